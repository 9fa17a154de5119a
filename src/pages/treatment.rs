//! Treatment: per-risk decisions with ranked control recommendations, and
//! the register-wide treatment plan.

use yew::prelude::*;

use crate::components::{
    badge, edit, edit_text, emit_unit, make_callback, set_state, set_to, submit, use_register,
    Check, Choice, Edit, QuantifyPanel, RowActions, ScaleChoice, TextField,
};
use crate::domain::catalogue::{snake, ControlId};
use crate::domain::{
    plan, recommend, score, score_risk, Acceptance, Date, Impact, Likelihood, Method, Rating, Risk,
    ScoredRisk, TreatmentOption, TreatmentPlan,
};
use crate::store::{use_store, Action};

/// One row of the treatment register.
fn row(r: &Risk, s: &ScoredRisk, m: &Method, editing: &UseStateHandle<Option<Risk>>) -> Html {
    html! {
        <tr key={r.id.to_string()}>
            <td>{ r.id.to_string() }</td>
            <td>{ r.title.clone() }</td>
            <td>{ badge(m, s.current) }</td>
            <td>{ r.treatment.option.map_or("Not decided", |o| o.label()) }</td>
            <td>{ r.treatment.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ") }</td>
            <td>{ badge(m, s.residual) }</td>
            <RowActions name={r.id.to_string()} edit_label="Treat" classes={Classes::new()}
                onedit={set_to(editing, Some(r.clone()))} />
        </tr>
    }
}

/// The register-wide treatment plan.
fn plan_view(p: &TreatmentPlan, m: &Method) -> Html {
    html! {
        <>
            <h2>{ "Treatment plan" }</h2>
            if p.above_tolerance.is_empty() {
                <p>{ "Every risk's current level is within tolerance." }</p>
            } else {
                <p>{ format!("{} risk(s) are above the tolerance ({}). Putting these missing controls in place, in this order, gives the largest drop in likelihood × impact per unit of effort:", p.above_tolerance.len(), m.level_name(m.tolerance)) }</p>
                <ol class="plan">
                    { for p.steps.iter().map(|s| html! {
                        <li>
                            <strong>{ format!("{} {}", s.control, s.title) }</strong>
                            { format!(" — effort {:?}; lowers {}", s.effort, s.risks_improved.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }
                            if !s.brought_within_tolerance.is_empty() {
                                { format!("; brings {} within tolerance", s.brought_within_tolerance.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }
                            }
                        </li>
                    }) }
                </ol>
                if p.remaining_above_tolerance.is_empty() {
                    <p>{ "After these steps every risk is within tolerance." }</p>
                } else {
                    <p class="warning-text">{ format!("Still above tolerance after every step: {}. They need another option (avoid, transfer, accept) or further controls.", p.remaining_above_tolerance.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }</p>
                }
            }
        </>
    }
}

/// The Treatment page.
#[function_component]
pub fn TreatmentPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let editing = use_state(|| None::<Risk>);
    // Filter: only the risks above tolerance.
    let reg = use_register((), false);
    let scored = use_memo(a.clone(), |a| score(a));
    let the_plan = use_memo(a.clone(), |a| plan(a));
    let m = &a.method;

    let rows: Vec<_> = a
        .risks
        .iter()
        .zip(scored.iter())
        .filter(|(_, s)| !*reg.filter || !s.current_within_tolerance)
        .collect();
    let body = reg
        .window(&rows)
        .iter()
        .map(|(r, s)| row(r, s, m, &editing));
    let onsave = make_callback(
        &(editing.clone(), store.clone()),
        |(editing, store), r: Risk| {
            // The Quantify panel shows its problems inline; an invalid estimate is not saved.
            if r.quant.is_some_and(|q| !q.problems("quant").is_empty()) {
                return;
            }
            store.dispatch(Action::UpsertRisk(Box::new(r)));
            editing.set(None);
        },
    );
    let editor = editing.as_ref().map(|r| {
        html! {
            <TreatmentEditor risk={r.clone()} onchange={set_state(&editing, Some)} {onsave}
                oncancel={make_callback(&editing, |editing, ()| editing.set(None))} />
        }
    });
    html! {
        <section class="page treatment">
            <h1>{ "Treatment" }</h1>
            <p class="lead">{ "Decide what to do about each risk: mitigate with Annex A controls, accept it knowingly, avoid the activity, or transfer it. Recommendations are ranked by how well each control fits the risk." }</p>
            { for editor }
            <Check id="only-above" label="Only risks above tolerance" checked={*reg.filter} onchange={reg.onfilter(|v: bool, _| v)} />
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Risks and their treatment" }</caption>
                    <thead><tr>
                        <th scope="col">{ "ID" }</th><th scope="col">{ "Risk" }</th><th scope="col">{ "Current" }</th>
                        <th scope="col">{ "Option" }</th><th scope="col">{ "Planned controls" }</th><th scope="col">{ "Residual" }</th>
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(rows.len()) }
            { plan_view(&the_plan, m) }
        </section>
    }
}

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
    let options: Vec<(String, String)> = std::iter::once((String::new(), "Not decided".to_owned()))
        .chain(
            TreatmentOption::ALL
                .iter()
                .map(|o| (snake(o), o.label().to_owned())),
        )
        .collect();
    let t = &r.treatment;
    let target = t.target.unwrap_or(scored.current.rating());
    let rec_rows = recs.iter().map(|rec| {
        let planned = t.planned_controls.contains(&rec.control);
        let id = format!("plan-{}", rec.control);
        let c: ControlId = rec.control;
        let onchange = edit(&r, &p.onchange, move |x, on: bool| {
            x.treatment.planned_controls.retain(|y| *y != c);
            if on {
                x.treatment.planned_controls.push(c);
                x.treatment.planned_controls.sort();
            }
        });
        let effect = match (rec.effect.likelihood, rec.effect.impact) {
            (0, 0) => "no direct effect".to_owned(),
            (l, 0) => format!("likelihood −{l}"),
            (0, i) => format!("impact −{i}"),
            (l, i) => format!("likelihood −{l}, impact −{i}"),
        };
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
                <Choice id="t-option" label="Treatment option" options={options} value={t.option.map(|o| snake(&o)).unwrap_or_default()}
                    onchange={upd(Box::new(|x, v| x.treatment.option = TreatmentOption::ALL.iter().copied().find(|o| snake(o) == v)))} />
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
                onchange={flag(|x, on, _| x.treatment.acceptance = on.then(|| Acceptance {
                    by: String::new(),
                    on: crate::platform::now().date(),
                    until: Date::from_unix(crate::platform::now().0 + 365 * 86_400),
                    reason: String::new(),
                }))} />
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
