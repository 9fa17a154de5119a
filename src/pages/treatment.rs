//! Treatment: per-risk decisions with ranked control recommendations, and
//! the register-wide treatment plan.

use yew::prelude::*;

use crate::components::{
    badge, edit_text, Check, Choice, Edit, Pager, QuantifyPanel, ScaleChoice, TextField, PAGE,
};
use crate::domain::catalogue::{snake, ControlId};
use crate::domain::{
    plan, recommend, score_risk, set_member, Acceptance, Date, Impact, Likelihood, Rating, Risk,
    ScoredRegister, TreatmentOption, NOT_DECIDED,
};
use crate::store::{use_store, Action};

/// The Treatment page.
#[function_component]
pub fn TreatmentPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let editing = use_state(|| None::<Risk>);
    let only_above = use_state(|| false);
    let page = use_state(|| 0usize);
    let scored = use_memo(a.clone(), |a| ScoredRegister::new(a));
    let the_plan = use_memo(a.clone(), |a| plan(a));
    let m = &a.method;

    let rows: Vec<_> = scored
        .rows(&a)
        .map(|x| (x.risk, x.score))
        .filter(|(_, s)| !*only_above || !s.current_within_tolerance)
        .collect();
    let total = rows.len();
    let page_n = (*page).min(total.saturating_sub(1) / PAGE);
    let body = rows.iter().skip(page_n * PAGE).take(PAGE).map(|(r, s)| {
        let open = {
            let editing = editing.clone();
            let r = (*r).clone();
            Callback::from(move |_: MouseEvent| editing.set(Some(r.clone())))
        };
        html! {
            <tr key={r.id.to_string()}>
                <td>{ r.id.to_string() }</td>
                <td>{ r.title.clone() }</td>
                <td>{ badge(m, s.current) }</td>
                <td>{ r.treatment.option_label() }</td>
                <td>{ r.treatment.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ") }</td>
                <td>{ badge(m, s.residual) }</td>
                <td><button type="button" class="link" onclick={open} aria-label={format!("Treat {}", r.id)}>{ "Treat" }</button></td>
            </tr>
        }
    });
    let editor = editing.as_ref().map(|r| {
        html! {
            <TreatmentEditor risk={r.clone()}
                onchange={{ let editing = editing.clone(); Callback::from(move |r: Risk| editing.set(Some(r))) }}
                onsave={{ let editing = editing.clone(); let store = store.clone(); Callback::from(move |r: Risk| {
                    // The Quantify panel shows its problems inline; an invalid estimate is not saved.
                    if r.quant.is_some_and(|q| !q.problems("quant").is_empty()) { return; }
                    store.dispatch(Action::UpsertRisk(Box::new(r))); editing.set(None);
                }) }}
                oncancel={{ let editing = editing.clone(); Callback::from(move |_| editing.set(None)) }} />
        }
    });
    let toggle_above = {
        let only_above = only_above.clone();
        let page = page.clone();
        Callback::from(move |v: bool| {
            only_above.set(v);
            page.set(0);
        })
    };
    let onpage = {
        let page = page.clone();
        Callback::from(move |p: usize| page.set(p))
    };
    let p = &*the_plan;
    html! {
        <section class="page treatment">
            <h1>{ "Treatment" }</h1>
            <p class="lead">{ "Decide what to do about each risk: mitigate with Annex A controls, accept it knowingly, avoid the activity, or transfer it. Recommendations are ranked by how well each control fits the risk." }</p>
            { for editor }
            <Check id="only-above" label="Only risks above tolerance" checked={*only_above} onchange={toggle_above} />
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
            <Pager {total} page={page_n} {onpage} />
            <h2>{ "Treatment plan" }</h2>
            if p.above_tolerance.is_empty() {
                <p>{ p.headline(m) }</p>
            } else {
                <p>{ format!("{} Putting these missing controls in place, in this order, gives the largest drop in likelihood × impact per unit of effort:", p.headline(m)) }</p>
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
                    <p>{ p.outcome() }</p>
                } else {
                    <p class="warning-text">{ p.outcome() }</p>
                }
            }
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
    let num = |f: fn(&mut Risk, u8)| {
        let cb = p.onchange.clone();
        let r = r.clone();
        Callback::from(move |v: u8| {
            let mut x = r.clone();
            f(&mut x, v);
            cb.emit(x);
        })
    };
    let flag = |f: fn(&mut Risk, bool, Rating)| {
        let cb = p.onchange.clone();
        let r = r.clone();
        let cur = scored.current.rating();
        Callback::from(move |v: bool| {
            let mut x = r.clone();
            f(&mut x, v, cur);
            cb.emit(x);
        })
    };
    let options: Vec<(String, String)> =
        std::iter::once((String::new(), crate::domain::text::text(NOT_DECIDED)))
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
        let onchange = {
            let cb = p.onchange.clone();
            let r = r.clone();
            let c: ControlId = rec.control;
            Callback::from(move |on: bool| {
                let mut x = r.clone();
                set_member(&mut x.treatment.planned_controls, c, on);
                cb.emit(x);
            })
        };
        let effect = rec.effect.describe();
        html! {
            <li class={classes!("rec", rec.implemented.then_some("implemented"))}>
                <Check id={id} label={format!("{} {}", rec.control, rec.title)} checked={planned} onchange={onchange} />
                <span class="rec-meta">{ format!(" score {} · expected {effect}{}", rec.score, if rec.implemented { " · already in place" } else { "" }) }</span>
                <ul class="reasons">{ for rec.reasons.iter().map(|x| html! { <li>{ x.text.clone() }</li> }) }</ul>
            </li>
        }
    });
    let save = {
        let cb = p.onsave.clone();
        let r = r.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(r.clone());
        })
    };
    let cancel = {
        let cb = p.oncancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
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
