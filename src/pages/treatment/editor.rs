//! The treatment form of one risk.

use yew::prelude::*;

use crate::components::{
    badge, control_search, edit, edit_text, emit_unit, make_callback, submit, Check, Combobox,
    Edit, EnumChoice, QuantifyPanel, ScaleChoice, TermHelp, TextField,
};
use crate::domain::catalogue::{control, ControlId, Effort};
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text};
use crate::domain::{
    acceptance_state, recommend, residual_proposal, score_risk, set_member, Acceptance,
    AcceptanceNeed, AcceptanceState, Cost, Date, Impact, Likelihood, Rating, Risk, TreatmentOption,
    TreatmentStatus, NOT_DECIDED,
};
use crate::store::{use_store, Action};

/// Props of [`TreatmentEditor`].
#[derive(Properties, PartialEq)]
pub struct TreatmentEditorProps {
    /// The risk being treated.
    pub risk: Risk,
    /// What stops the treatment from being saved, if anything.
    #[prop_or_default]
    pub error: Option<String>,
    /// Called on every change of the draft.
    pub onchange: Callback<Risk>,
    /// Called to save.
    pub onsave: Callback<Risk>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// Sets the option; choosing Accept opens an acceptance record (dated
/// today, held a year) when there is none.
fn set_option(x: &mut Risk, v: Option<TreatmentOption>) {
    x.treatment.option = v;
    if v == Some(TreatmentOption::Accept) && x.treatment.acceptance.is_none() {
        x.treatment.acceptance = Some(Acceptance::new_default(crate::platform::now().date()));
    }
}

/// The treatment form of one risk.
#[function_component]
pub fn TreatmentEditor(p: &TreatmentEditorProps) -> Html {
    let store = use_store();
    // The threat and vulnerability prose (search, recommendation reasons).
    crate::store::use_prose();
    let a = &store.assessment;
    let r = p.risk.clone();
    let scored = score_risk(a, &r);
    let recs = recommend(a, &r);
    let proposal = residual_proposal(a, &r);
    let m = &a.method;
    let upd = |f: Edit<Risk>| edit_text(&r, &p.onchange, f);
    let num = |f: fn(&mut Risk, u8)| edit(&r, &p.onchange, f);
    let proposed = proposal.to;
    let flag =
        |f: fn(&mut Risk, bool, Rating)| edit(&r, &p.onchange, move |x, v: bool| f(x, v, proposed));
    let t = &r.treatment;
    let target = t.target.unwrap_or(proposed);
    let rec_rows = recs.iter().map(|rec| {
        let planned = t.planned_controls.contains(&rec.control);
        let id = format!("plan-{}", rec.control);
        let c: ControlId = rec.control;
        let onchange = edit(&r, &p.onchange, move |x, on: bool| {
            set_member(&mut x.treatment.planned_controls, c, on);
        });
        let effect = rec.effect.describe();
        html! {
            <li class={classes!("rec", rec.implemented.then_some("implemented"))}>
                <Check id={id} label={format!("{} {}", rec.control, rec.title)} checked={planned} onchange={onchange} />
                <span class="rec-meta">{ format!(" score {} · expected {effect}{}", rec.score, if rec.implemented { " · already in place" } else { "" }) }</span>
                if let Some(ctl) = control(rec.control) {
                    <p class="control-summary">{ ctl.summary }</p>
                }
                <ul class="reasons">{ for rec.reasons.iter().map(|x| html! { <li>{ x.text.clone() }</li> }) }</ul>
            </li>
        }
    });
    let stored_planned = |c: ControlId| {
        a.risk(r.id)
            .is_some_and(|s| s.treatment.planned_controls.contains(&c))
    };
    let planned_rows = t.planned_controls.iter().map(|c| {
        let c = *c;
        let in_store = stored_planned(c);
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
                <button type="button" id={format!("done-{c}")} onclick={done}>{ format!("Mark {c} done") }</button>
                if let Some(x) = control(c) {
                    <p class="control-summary">{ x.summary }</p>
                }
            </li>
        }
    });
    let acceptance = acceptance_state(m, &r, &scored);
    let save = submit(&p.onsave, &r);
    let cancel = emit_unit(&p.oncancel);
    let date_of = |d: &Option<Date>| d.map(|x| x.to_string()).unwrap_or_default();
    let cost = t.cost.map(|c| c.0.to_string()).unwrap_or_default();
    // Opened from "Treat" low on the page: into view, focus in its first field.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(r.id, move |_| {
            crate::platform::scroll_into_view_and_focus(&node)
        });
    }
    html! {
        <form ref={node} class="editor" onsubmit={save} aria-label={format!("Treatment of {}", r.id)}>
            <h2>{ format!("Treat {} {}", r.id, r.title) }</h2>
            <p>{ text(msg::TREATMENT_CURRENT_LEVEL) }{ " " }{ badge(m, scored.current) }<TermHelp term={Term::CurrentRisk} at="t-current" /></p>
            <div class="form-grid">
                <EnumChoice<TreatmentOption> id="t-option" label={text(msg::TREATMENT_OPTION_LABEL)} help={Term::RiskTreatmentPlan} none={crate::domain::text::text(NOT_DECIDED)} value={t.option}
                    onchange={edit(&r, &p.onchange, set_option)} />
                <TextField id="t-owner" label="Treatment owner" value={t.owner.clone()} oninput={upd(Box::new(|x, v| x.treatment.owner = v))}
                    hint={(t.owner.trim().is_empty() && !r.owner.is_empty()).then(|| AttrValue::from(format!("Empty: the risk owner ({}) owns it.", r.owner)))} />
                <TextField id="t-due" label="Due date" kind="date" value={date_of(&t.due)} oninput={upd(Box::new(|x, v| x.treatment.due = v.parse().ok()))} />
                <EnumChoice<TreatmentStatus> id="t-status" label="Status" value={Some(t.status)}
                    onchange={edit(&r, &p.onchange, |x, v: Option<TreatmentStatus>| x.treatment.status = v.unwrap_or_default())} />
                <EnumChoice<Effort> id="t-effort" label={text(msg::TREATMENT_EFFORT_LABEL)} help={Term::Effort} none="Not estimated" value={t.effort}
                    onchange={edit(&r, &p.onchange, |x, v| x.treatment.effort = v)} />
                <TextField id="t-cost" label={format!("Cost ({})", a.quant_settings.currency)} kind="number" value={cost}
                    oninput={upd(Box::new(|x, v| x.treatment.cost = v.trim().parse().ok().map(Cost)))} />
            </div>
            <h3>{ text(msg::TREATMENT_RECOMMENDED) }</h3>
            if recs.is_empty() {
                <p>{ "Choose a threat or vulnerabilities for this risk to get recommendations." }</p>
            } else {
                <ul class="recs">{ for rec_rows }</ul>
            }
            <Combobox id="t-other-control" label={text(msg::TREATMENT_OTHER_CONTROL_LABEL)} multi=true search={control_search()}
                selected={t.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                onpick={edit(&r, &p.onchange, |x, v: String| {
                    if let Ok(id) = v.parse::<ControlId>() {
                        let on = !x.treatment.planned_controls.contains(&id);
                        set_member(&mut x.treatment.planned_controls, id, on);
                    }
                })} />
            if !t.planned_controls.is_empty() {
                <h3>{ text(msg::TREATMENT_PLANNED) }</h3>
                <p class="hint">{ "When a control is in place, mark it done: it joins the existing controls, the current level follows and the SoA shows it implemented." }</p>
                <ul class="planned">{ for planned_rows }</ul>
            }
            <p id="t-proposal" role="status">
                { "Residual proposed by the planned controls: " }{ badge(m, crate::domain::Evaluation::of(m, proposed)) }
                { " " }<span class="proposal-reason">{ proposal.reason() }</span>
            </p>
            <Check id="t-target" label="Set another residual (with a reason)" checked={t.target.is_some()}
                onchange={flag(|x, on, proposed| x.treatment.target = on.then_some(proposed))} />
            if t.target.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="t-target-l" label="Residual likelihood" scale={m.likelihood.clone()} value={target.likelihood.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="t-target-i" label="Residual impact" scale={m.impact.clone()} value={target.impact.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.impact = Impact(v) })} />
                </div>
                <TextField id="t-target-reason" label="Reason for this residual" multiline=true value={t.target_reason.clone()}
                    oninput={upd(Box::new(|x, v| x.treatment.target_reason = v))} />
            }
            <p id="t-residual">{ text(msg::TREATMENT_RESIDUAL_LEVEL) }{ " " }{ badge(m, scored.residual) }<TermHelp term={Term::ResidualRisk} at="t-residual" /></p>
            if let AcceptanceState::Missing { need: AcceptanceNeed::ResidualAboveTolerance } = &acceptance {
                <p class="hint">{ acceptance.problem(&r).unwrap_or_default() }</p>
            }
            <Check id="t-accept" label="Record a risk acceptance" checked={t.acceptance.is_some()}
                onchange={flag(|x, on, _| x.treatment.acceptance = on.then(|| Acceptance::new_default(crate::platform::now().date())))} />
            if let Some(acc) = &t.acceptance {
                <fieldset class="acceptance">
                    <legend>{ "Risk acceptance (approved by the risk owner)" }</legend>
                    <div class="form-grid">
                        <TextField id="t-acc-by" label="Accepted by" value={acc.by.clone()}
                            hint={(!r.owner.is_empty()).then(|| AttrValue::from(format!("The risk owner is {}.", r.owner)))}
                            oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.by = v }))} />
                        <TextField id="t-acc-on" label="Accepted on" kind="date" value={acc.on.to_string()}
                            oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.on = d }))} />
                        <TextField id="t-acc-until" label="Valid until" kind="date" value={acc.until.to_string()}
                            oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.until = d }))} />
                    </div>
                    <TextField id="t-acc-reason" label="Why it is acceptable" multiline=true value={acc.reason.clone()}
                        oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.reason = v }))} />
                </fieldset>
            }
            <QuantifyPanel risk={r.clone()} currency={a.quant_settings.currency.clone()} onchange={p.onchange.clone()} />
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ "Save treatment" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}
