//! The treatment form's decision: the option, owner, due date, status,
//! effort and cost; the residual risk the planned controls propose, or
//! another with a reason; and the risk owner's acceptance (ISO/IEC
//! 27001:2022 6.1.3 e–f, 8.3).

use yew::prelude::*;

use crate::components::{
    badge, edit, edit_text, Check, Edit, EnumChoice, ScaleChoice, TermHelp, TextField,
};
use crate::domain::catalogue::Effort;
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    acceptance_state, residual_proposal, score_risk, Acceptance, AcceptanceNeed, AcceptanceState,
    Cost, Date, Evaluation, Impact, Likelihood, Rating, Risk, TreatmentOption, TreatmentStatus,
    NOT_DECIDED,
};
use crate::store::use_store;

/// Props of each part of the treatment form: the risk's draft.
#[derive(Properties, PartialEq)]
pub(super) struct DraftProps {
    /// The risk being treated (the draft).
    pub(super) risk: Risk,
    /// Called with the draft after each change.
    pub(super) onchange: Callback<Risk>,
}

/// Sets the option; choosing Accept opens an acceptance record (dated
/// today, held a year) when there is none.
fn set_option(x: &mut Risk, v: Option<TreatmentOption>) {
    x.treatment.option = v;
    if v == Some(TreatmentOption::Accept) && x.treatment.acceptance.is_none() {
        x.treatment.acceptance = Some(Acceptance::new_default(crate::platform::now().date()));
    }
}

/// The option, owner, due date, status, effort and cost.
#[function_component]
pub(super) fn TreatmentFields(p: &DraftProps) -> Html {
    let store = use_store();
    let (r, t) = (&p.risk, &p.risk.treatment);
    let upd = |f: Edit<Risk>| edit_text(r, &p.onchange, f);
    let date_of = |d: &Option<Date>| d.map(|x| x.to_string()).unwrap_or_default();
    let cost = t.cost.map(|c| c.0.to_string()).unwrap_or_default();
    let currency = store.assessment.quant_settings.currency.to_string();
    let owner_hint = (t.owner.trim().is_empty() && !r.owner.is_empty()).then(|| {
        AttrValue::from(text_with(
            msg::PG_OWNER_FALLBACK,
            &[("owner", r.owner.to_string().into())],
        ))
    });
    html! {
        <div class="form-grid">
            <EnumChoice<TreatmentOption> id="t-option" label={text(msg::TREATMENT_OPTION_LABEL)} help={Term::RiskTreatmentPlan} none={text(NOT_DECIDED)} value={t.option}
                onchange={edit(r, &p.onchange, set_option)} />
            <TextField id="t-owner" label={text(msg::PG_TREATMENT_OWNER)} value={t.owner.clone()} oninput={upd(Box::new(|x, v| x.treatment.owner = v))}
                hint={owner_hint} />
            <TextField id="t-due" label={text(msg::PG_DUE_DATE)} kind="date" value={date_of(&t.due)} oninput={upd(Box::new(|x, v| x.treatment.due = v.parse().ok()))} />
            <EnumChoice<TreatmentStatus> id="t-status" label={text(msg::COL_STATUS)} value={Some(t.status)}
                onchange={edit(r, &p.onchange, |x, v: Option<TreatmentStatus>| x.treatment.status = v.unwrap_or_default())} />
            <EnumChoice<Effort> id="t-effort" label={text(msg::TREATMENT_EFFORT_LABEL)} help={Term::Effort} none={text(msg::PG_NOT_ESTIMATED)} value={t.effort}
                onchange={edit(r, &p.onchange, |x, v| x.treatment.effort = v)} />
            <TextField id="t-cost" label={text_with(msg::PG_COST_IN, &[("currency", currency.into())])} kind="number" value={cost}
                oninput={upd(Box::new(|x, v| x.treatment.cost = v.trim().parse().ok().map(Cost)))} />
        </div>
    }
}

/// The residual risk: what the planned controls propose, another with a
/// reason, the resulting level and whether it needs an acceptance.
#[function_component]
pub(super) fn ResidualFields(p: &DraftProps) -> Html {
    let store = use_store();
    let (a, r, t) = (&store.assessment, &p.risk, &p.risk.treatment);
    let m = &a.method;
    let scored = score_risk(a, r);
    let proposal = residual_proposal(a, r);
    let proposed = proposal.to;
    let target = t.target.unwrap_or(proposed);
    let upd = |f: Edit<Risk>| edit_text(r, &p.onchange, f);
    let num = |f: fn(&mut Risk, u8)| edit(r, &p.onchange, f);
    let flag =
        |f: fn(&mut Risk, bool, Rating)| edit(r, &p.onchange, move |x, v: bool| f(x, v, proposed));
    let acceptance = acceptance_state(m, r, &scored);
    html! {
        <>
            <p id="t-proposal" role="status">
                { text(msg::PG_RESIDUAL_PROPOSED) }{ " " }{ badge(m, Evaluation::of(m, proposed)) }
                { " " }<span class="proposal-reason">{ proposal.reason() }</span>
            </p>
            <Check id="t-target" label={text(msg::PG_SET_ANOTHER_RESIDUAL_WITH_A_REASON)} checked={t.target.is_some()}
                onchange={flag(|x, on, proposed| x.treatment.target = on.then_some(proposed))} />
            if t.target.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="t-target-l" label={text(msg::PG_RESIDUAL_LIKELIHOOD)} scale={m.likelihood.clone()} value={target.likelihood.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="t-target-i" label={text(msg::PG_RESIDUAL_IMPACT)} scale={m.impact.clone()} value={target.impact.0}
                        onchange={num(|x, v| if let Some(t) = &mut x.treatment.target { t.impact = Impact(v) })} />
                </div>
                <TextField id="t-target-reason" label={text(msg::PG_REASON_FOR_THIS_RESIDUAL)} multiline=true value={t.target_reason.clone()}
                    oninput={upd(Box::new(|x, v| x.treatment.target_reason = v))} />
            }
            <p id="t-residual">{ text(msg::TREATMENT_RESIDUAL_LEVEL) }{ " " }{ badge(m, scored.residual) }<TermHelp term={Term::ResidualRisk} at="t-residual" /></p>
            if let AcceptanceState::Missing { need: AcceptanceNeed::ResidualAboveTolerance } = &acceptance {
                <p class="hint">{ acceptance.problem(r).unwrap_or_default() }</p>
            }
        </>
    }
}

/// The risk owner's acceptance of the residual risk: who, when, until
/// when and why.
#[function_component]
pub(super) fn AcceptanceFields(p: &DraftProps) -> Html {
    let (r, t) = (&p.risk, &p.risk.treatment);
    let upd = |f: Edit<Risk>| edit_text(r, &p.onchange, f);
    let on_accept = edit(r, &p.onchange, |x, on: bool| {
        x.treatment.acceptance = on.then(|| Acceptance::new_default(crate::platform::now().date()));
    });
    let owner_hint = (!r.owner.is_empty()).then(|| {
        AttrValue::from(text_with(
            msg::PG_RISK_OWNER_IS,
            &[("owner", r.owner.to_string().into())],
        ))
    });
    html! {
        <>
            <Check id="t-accept" label={text(msg::PG_RECORD_A_RISK_ACCEPTANCE)} checked={t.acceptance.is_some()}
                onchange={on_accept} />
            if let Some(acc) = &t.acceptance {
                <fieldset class="acceptance">
                    <legend>{ text(msg::PG_RISK_ACCEPTANCE_APPROVED_BY_THE_RISK) }</legend>
                    <div class="form-grid">
                        <TextField id="t-acc-by" label={text(msg::PG_ACCEPTED_BY)} value={acc.by.clone()}
                            hint={owner_hint}
                            oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.by = v }))} />
                        <TextField id="t-acc-on" label={text(msg::PG_ACCEPTED_ON)} kind="date" value={acc.on.to_string()}
                            oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.on = d }))} />
                        <TextField id="t-acc-until" label={text(msg::PG_VALID_UNTIL)} kind="date" value={acc.until.to_string()}
                            oninput={upd(Box::new(|x, v| if let (Some(a), Ok(d)) = (&mut x.treatment.acceptance, v.parse()) { a.until = d }))} />
                    </div>
                    <TextField id="t-acc-reason" label={text(msg::PG_WHY_IT_IS_ACCEPTABLE)} multiline=true value={acc.reason.clone()}
                        oninput={upd(Box::new(|x, v| if let Some(a) = &mut x.treatment.acceptance { a.reason = v }))} />
                </fieldset>
            }
        </>
    }
}
