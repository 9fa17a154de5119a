//! One control of the SoA with its editable fields.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    dispatch_on, edit, edit_text, make_callback, on_commit, on_input, Choice, Edit,
};
use crate::domain::catalogue::{snake, ControlId};
use crate::domain::{Finding, ImplementationStatus, InclusionReason, SoaEntry, SoaRow};
use crate::platform::{self, Pending};
use crate::store::{use_store, Action, Draft, Route};

/// How many linked risks a control shows before "and N more".
const LINKED_RISKS: usize = 12;

/// How long after the last keystroke typed SoA text is saved.
const SOA_SAVE_DELAY_MS: u32 = 400;

/// Props of [`SoaControl`].
#[derive(Properties, PartialEq)]
pub struct SoaControlProps {
    /// The generated row.
    pub row: SoaRow,
    /// The user's entry.
    pub entry: SoaEntry,
    /// Lint findings about this control.
    pub findings: Vec<Finding>,
}

/// One control of the SoA with its editable fields.
#[function_component]
pub fn SoaControl(p: &SoaControlProps) -> Html {
    let store = use_store();
    let id: ControlId = p.row.control;
    // What the user typed and is not saved yet, else the saved entry.
    let entry = store
        .drafts
        .soa
        .get(&id)
        .cloned()
        .unwrap_or_else(|| p.entry.clone());
    let e = &entry;
    // A choice saves at once (with any typed text of this control).
    let emit = make_callback(&store, move |store, x: SoaEntry| {
        store.dispatch(Action::SetDraft(Draft::Soa(id, x)));
        store.dispatch(Action::CommitSoaDrafts);
    });
    // Typing keeps a draft and saves a moment after the last keystroke;
    // leaving the field saves at once.
    let pending = use_mut_ref(|| None::<Pending>);
    let typed = make_callback(
        &(store.clone(), pending),
        move |(store, pending), x: SoaEntry| {
            store.dispatch(Action::SetDraft(Draft::Soa(id, x)));
            let store = store.clone();
            *pending.borrow_mut() = Some(platform::after(SOA_SAVE_DELAY_MS, move || {
                store.dispatch(Action::CommitSoaDrafts)
            }));
        },
    );
    let typing = |f: Edit<SoaEntry>| on_input(edit_text(e, &typed, f));
    let commit = dispatch_on(&store, Action::CommitSoaDrafts);
    let set = |f: Edit<SoaEntry>| edit_text(e, &emit, f);
    let r = &p.row;
    let applicable_opts = vec![
        (
            "auto".to_owned(),
            format!(
                "Automatic ({})",
                if !r.reasons.is_empty() || e.applicable == Some(true) {
                    "from reasons"
                } else {
                    "no reason yet"
                }
            ),
        ),
        ("yes".to_owned(), "Applicable".to_owned()),
        ("no".to_owned(), "Not applicable".to_owned()),
    ];
    let status_opts: Vec<(String, String)> = std::iter::once((
        "auto".to_owned(),
        "Automatic (from the register)".to_owned(),
    ))
    .chain(
        ImplementationStatus::ALL
            .iter()
            .map(|s| (snake(s), s.label().to_owned())),
    )
    .collect();
    let key = r.control.to_string().replace('.', "-");
    let reason_checks = InclusionReason::ALL.iter().filter(|x| **x != InclusionReason::RiskTreatment).map(|reason| {
        let checked = e.reasons.contains(reason);
        let reason = *reason;
        let onchange = edit(e, &emit, move |x, _: Event| {
            crate::domain::set_member(&mut x.reasons, reason, !checked);
        });
        let cid = format!("soa-{key}-{}", snake(&reason));
        html! { <label class="check" for={cid.clone()}><input type="checkbox" id={cid} {checked} {onchange} />{ format!(" {}", reason.label()) }</label> }
    });
    let reset = edit(e, &emit, |x, _: MouseEvent| x.justification = None);
    html! {
        <article class={classes!("soa-control", (!r.applicable).then_some("excluded"), (!p.findings.is_empty()).then_some("has-findings"))}
            id={format!("control-{key}")} aria-labelledby={format!("title-{key}")}>
            <h3 id={format!("title-{key}")}>
                <span class="cid">{ r.control.to_string() }</span>{ " " }{ r.title }
                <span class={classes!("pill", if r.applicable { "yes" } else { "no" })}>{ if r.applicable { "Applicable" } else { "Not applicable" } }</span>
                <span class="pill status">{ r.status.label() }</span>
            </h3>
            { for p.findings.iter().map(|f| html! {
                <p class="finding" role="note"><strong>{ f.code.code() }</strong>{ format!(" {}", f.message()) }</p>
            }) }
            <div class="form-grid">
                <Choice id={format!("soa-{key}-applicable")} label="Applicability" options={applicable_opts}
                    value={match e.applicable { None => "auto", Some(true) => "yes", Some(false) => "no" }}
                    onchange={set(Box::new(|x, v| x.applicable = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }))} />
                <Choice id={format!("soa-{key}-status")} label="Implementation status" options={status_opts}
                    value={e.status.map(|s| snake(&s)).unwrap_or_else(|| "auto".to_owned())}
                    onchange={set(Box::new(|x, v| x.status = ImplementationStatus::ALL.iter().copied().find(|s| snake(s) == v)))} />
                <div class="field">
                    <label for={format!("soa-{key}-owner")}>{ "Owner" }</label>
                    <input id={format!("soa-{key}-owner")} value={e.owner.clone()} oninput={typing(Box::new(|x, v| x.owner = v))} onchange={commit.clone()} />
                </div>
            </div>
            <fieldset class="reasons">
                <legend>{ "Inclusion reasons" }</legend>
                if !r.risks.is_empty() {
                    <span class="pill">{ "Risk treatment: " }
                        { for r.risks.iter().take(LINKED_RISKS).map(|rid| html! { <><Link<Route> to={Route::Risks}>{ rid.to_string() }</Link<Route>>{ " " }</> }) }
                        if r.risks.len() > LINKED_RISKS {
                            { format!("and {} more", r.risks.len() - LINKED_RISKS) }
                        }
                    </span>
                }
                { for reason_checks }
            </fieldset>
            if r.applicable {
                <div class="field">
                    <label for={format!("soa-{key}-justification")}>{ if r.justification_edited { "Justification (edited)" } else { "Justification (generated until you edit it)" } }</label>
                    <textarea id={format!("soa-{key}-justification")} rows="2" value={e.justification.clone().unwrap_or_else(|| r.justification.clone())}
                        oninput={typing(Box::new(|x, v| x.justification = Some(v)))} onchange={commit.clone()} />
                    if r.justification_edited {
                        <button type="button" class="link" onclick={reset}>{ "Use the generated text again" }</button>
                    }
                </div>
            } else {
                <div class="field">
                    <label for={format!("soa-{key}-exclusion")}>{ "Exclusion justification (required)" }</label>
                    <textarea id={format!("soa-{key}-exclusion")} rows="2" value={e.exclusion_justification.clone()}
                        oninput={typing(Box::new(|x, v| x.exclusion_justification = v))} onchange={commit.clone()} />
                </div>
            }
            <div class="field">
                <label for={format!("soa-{key}-evidence")}>{ "Evidence (one reference per line)" }</label>
                <textarea id={format!("soa-{key}-evidence")} rows="1" value={e.evidence.join("\n")}
                    onchange={on_commit(set(Box::new(|x, v| x.evidence = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())))} />
            </div>
            if !r.iso27001_2013.is_empty() {
                <p class="mapping">{ format!("ISO/IEC 27001:2013: {}", r.iso27001_2013.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }</p>
            }
        </article>
    }
}
