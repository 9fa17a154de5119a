//! The treatment form of one risk.

use yew::prelude::*;

use crate::components::{
    badge, edit, edit_text, emit_unit, submit, Check, Edit, EnumChoice, QuantifyPanel, ScaleChoice,
    TextField,
};
use crate::domain::catalogue::ControlId;
use crate::domain::{
    recommend, score_risk, set_member, Acceptance, Date, Impact, Likelihood, Rating, Risk,
    TreatmentOption, NOT_DECIDED,
};
use crate::store::use_store;

/// Props of [`TreatmentEditor`].
#[derive(Properties, PartialEq)]
pub struct TreatmentEditorProps {
    /// The risk being treated.
    pub risk: Risk,
    /// Called on every change of the draft.
    pub onchange: Callback<Risk>,
    /// Called to save.
    pub onsave: Callback<Risk>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// The treatment form of one risk.
#[function_component]
pub fn TreatmentEditor(p: &TreatmentEditorProps) -> Html {
    let store = use_store();
    let a = &store.assessment;
    let r = p.risk.clone();
    let scored = score_risk(a, &r);
    let recs = recommend(a, &r);
    let m = &a.method;
    let upd = |f: Edit<Risk>| edit_text(&r, &p.onchange, f);
    let num = |f: fn(&mut Risk, u8)| edit(&r, &p.onchange, f);
    let cur = scored.current.rating();
    let flag =
        |f: fn(&mut Risk, bool, Rating)| edit(&r, &p.onchange, move |x, v: bool| f(x, v, cur));
    let t = &r.treatment;
    let target = t.target.unwrap_or(scored.current.rating());
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
                <ul class="reasons">{ for rec.reasons.iter().map(|x| html! { <li>{ x.text.clone() }</li> }) }</ul>
            </li>
        }
    });
    let save = submit(&p.onsave, &r);
    let cancel = emit_unit(&p.oncancel);
    let date_of = |d: &Option<Date>| d.map(|x| x.to_string()).unwrap_or_default();
    html! {
        <form class="editor" onsubmit={save} aria-label={format!("Treatment of {}", r.id)}>
            <h2>{ format!("Treat {} {}", r.id, r.title) }</h2>
            <p>{ "Current level: " }{ badge(m, scored.current) }</p>
            <div class="form-grid">
                <EnumChoice<TreatmentOption> id="t-option" label="Treatment option" none={crate::domain::text::text(NOT_DECIDED)} value={t.option}
                    onchange={edit(&r, &p.onchange, |x, v| x.treatment.option = v)} />
                <TextField id="t-owner" label="Treatment owner" value={t.owner.clone()} oninput={upd(Box::new(|x, v| x.treatment.owner = v))} />
                <TextField id="t-due" label="Due date" kind="date" value={date_of(&t.due)} oninput={upd(Box::new(|x, v| x.treatment.due = v.parse().ok()))} />
            </div>
            <h3>{ "Recommended controls" }</h3>
            if recs.is_empty() {
                <p>{ "Choose a threat or vulnerabilities for this risk to get recommendations." }</p>
            } else {
                <ul class="recs">{ for rec_rows }</ul>
            }
            <Check id="t-target" label="Set the target (residual) likelihood and impact" checked={t.target.is_some()}
                onchange={flag(|x, on, cur| x.treatment.target = on.then_some(cur))} />
            if t.target.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="t-target-l" label="Target likelihood" scale={m.likelihood.clone()} value={target.likelihood.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="t-target-i" label="Target impact" scale={m.impact.clone()} value={target.impact.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.impact = Impact(v) })} />
                </div>
                <p>{ "Residual level: " }{ badge(m, scored.residual) }</p>
            }
            <Check id="t-accept" label="Record a risk acceptance" checked={t.acceptance.is_some()}
                onchange={flag(|x, on, _| x.treatment.acceptance = on.then(|| Acceptance::new_default(crate::platform::now().date())))} />
            if let Some(acc) = &t.acceptance {
                <div class="form-grid">
                    <TextField id="t-acc-by" label="Accepted by" value={acc.by.clone()} oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.by = v }))} />
                    <TextField id="t-acc-on" label="Accepted on" kind="date" value={acc.on.to_string()}
                        oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.on = d }))} />
                    <TextField id="t-acc-until" label="Valid until" kind="date" value={acc.until.to_string()}
                        oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.until = d }))} />
                </div>
                <TextField id="t-acc-reason" label="Why it is acceptable" multiline=true value={acc.reason.clone()}
                    oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.reason = v }))} />
            }
            <QuantifyPanel risk={r.clone()} currency={a.quant_settings.currency.clone()} onchange={p.onchange.clone()} />
            <button type="submit" class="primary">{ "Save treatment" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}
