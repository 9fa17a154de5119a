//! The treatment form's controls: the ranked recommendations with a search
//! for any other Annex A control, and the planned controls a user marks
//! done when they are in place (ISO/IEC 27001:2022 6.1.3 b–c).

use yew::prelude::*;

use super::decision::DraftProps;
use crate::components::{control_search, edit, make_callback, Check, Combobox};
use crate::domain::catalogue::{control, ControlId};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{recommend, set_member, Recommendation, Risk};
use crate::store::{use_store, Action};

/// The recommended controls, and a search for any other.
#[function_component]
pub(super) fn Recommendations(p: &DraftProps) -> Html {
    let store = use_store();
    let r = &p.risk;
    let recs = recommend(&store.assessment, r);
    let t = &r.treatment;
    html! {
        <>
            <h3>{ text(msg::TREATMENT_RECOMMENDED) }</h3>
            if recs.is_empty() {
                <p>{ text(msg::PG_CHOOSE_A_THREAT_OR_VULNERABILITIES_FOR) }</p>
            } else {
                <ul class="recs">{ for recs.iter().map(|rec| recommendation(rec, r, &p.onchange)) }</ul>
            }
            <Combobox id="t-other-control" label={text(msg::TREATMENT_OTHER_CONTROL_LABEL)} multi=true search={control_search()}
                selected={t.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                onpick={edit(r, &p.onchange, |x, v: String| {
                    if let Ok(id) = v.parse::<ControlId>() {
                        let on = !x.treatment.planned_controls.contains(&id);
                        set_member(&mut x.treatment.planned_controls, id, on);
                    }
                })} />
        </>
    }
}

/// One recommended control: a check to plan it, its score and effect, its
/// summary and the reasons for it.
fn recommendation(rec: &Recommendation, r: &Risk, onchange: &Callback<Risk>) -> Html {
    let planned = r.treatment.planned_controls.contains(&rec.control);
    let id = format!("plan-{}", rec.control);
    let c: ControlId = rec.control;
    let onchange = edit(r, onchange, move |x, on: bool| {
        set_member(&mut x.treatment.planned_controls, c, on);
    });
    let effect = rec.effect.describe();
    let meta = if rec.implemented {
        msg::PG_REC_META_IN_PLACE
    } else {
        msg::PG_REC_META
    };
    html! {
        <li class={classes!("rec", rec.implemented.then_some("implemented"))}>
            <Check id={id} label={format!("{} {}", rec.control, rec.title)} checked={planned} onchange={onchange} />
            <span class="rec-meta">{ format!(" {}", text_with(meta, &[("score", rec.score.to_string().into()), ("effect", effect.to_string().into())])) }</span>
            if let Some(ctl) = control(rec.control) {
                <p class="control-summary">{ ctl.summary }</p>
            }
            <ul class="reasons">{ for rec.reasons.iter().map(|x| html! { <li>{ x.text.clone() }</li> }) }</ul>
        </li>
    }
}

/// The planned controls, each with a button that marks it done.
#[function_component]
pub(super) fn PlannedControls(p: &DraftProps) -> Html {
    let store = use_store();
    let r = &p.risk;
    if r.treatment.planned_controls.is_empty() {
        return html! {};
    }
    let rows = r.treatment.planned_controls.iter().map(|&c| {
        // A control already planned in the store is marked done there too.
        let in_store = store
            .assessment
            .risk(r.id)
            .is_some_and(|s| s.treatment.planned_controls.contains(&c));
        let done = make_callback(
            &(r.clone(), p.onchange.clone(), store.clone()),
            move |(r, onchange, store), _: MouseEvent| {
                let mut next = r.clone();
                next.complete_control(c);
                onchange.emit(next);
                if in_store {
                    store.dispatch(Action::MarkControlDone(r.id, c));
                }
            },
        );
        html! {
            <li>
                { control(c).map_or_else(|| c.to_string(), |x| format!("{c} {}", x.title)) }{ " " }
                <button type="button" id={format!("done-{c}")} onclick={done}>{ text_with(msg::PG_MARK_DONE, &[("control", c.to_string().into())]) }</button>
                if let Some(x) = control(c) {
                    <p class="control-summary">{ x.summary }</p>
                }
            </li>
        }
    });
    html! {
        <>
            <h3>{ text(msg::TREATMENT_PLANNED) }</h3>
            <p class="hint">{ text(msg::PG_WHEN_A_CONTROL_IS_IN_PLACE) }</p>
            <ul class="planned">{ for rows }</ul>
        </>
    }
}
