//! The fields of one SoA control: applicability, status and owner, the
//! inclusion reasons, the justifications and the evidence.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};
use yew_router::prelude::*;

use crate::components::{edit, edit_text, Choice, Edit};
use crate::domain::catalogue::snake;
use crate::domain::{ImplementationStatus, InclusionReason, SoaEntry, SoaRow};
use crate::store::Route;

/// How many linked risks a control shows before "and N more".
const LINKED_RISKS: usize = 12;

/// What the field groups of a control share.
pub(super) struct ControlForm<'a> {
    /// The generated row.
    pub(super) r: &'a SoaRow,
    /// The entry shown: the typed draft, else the saved entry.
    pub(super) e: &'a SoaEntry,
    /// The control's id with dashes, for element ids.
    pub(super) key: &'a str,
    /// Saves an edited entry at once.
    pub(super) emit: &'a Callback<SoaEntry>,
    /// Saves the typed drafts (leaving a field).
    pub(super) commit: &'a Callback<Event>,
    /// A typed edit: kept as a draft, saved a moment later.
    pub(super) typing: &'a dyn Fn(Edit<SoaEntry>) -> Callback<InputEvent>,
}

impl ControlForm<'_> {
    /// A choice's edit, saved at once.
    fn set(&self, f: Edit<SoaEntry>) -> Callback<String> {
        edit_text(self.e, self.emit, f)
    }
}

/// Applicability, implementation status and owner.
pub(super) fn choices(form: &ControlForm) -> Html {
    let (r, e, key) = (form.r, form.e, form.key);
    let set = |f: Edit<SoaEntry>| form.set(f);
    let typing = form.typing;
    let commit = form.commit;
    let applicable_opts = vec![
        (
            "auto".to_owned(),
            if !r.reasons.is_empty() || e.applicable == Some(true) {
                text(msg::PG_FROM_REASONS)
            } else {
                text(msg::PG_NO_REASON_YET)
            },
        ),
        ("yes".to_owned(), text(msg::PG_APPLICABLE)),
        ("no".to_owned(), text(msg::PG_EXCLUDED)),
    ];
    let status_opts: Vec<(String, String)> =
        std::iter::once(("auto".to_owned(), text(msg::PG_AUTOMATIC_FROM_THE_REGISTER)))
            .chain(
                ImplementationStatus::SETTABLE
                    .iter()
                    .map(|s| (snake(s), s.label().to_owned())),
            )
            .collect();
    html! {
    <div class="form-grid">
        <Choice id={format!("soa-{key}-applicable")} label={text(msg::PG_APPLICABILITY)} options={applicable_opts}
            value={match e.applicable { None => "auto", Some(true) => "yes", Some(false) => "no" }}
            onchange={set(Box::new(|x, v| x.applicable = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }))} />
        <Choice id={format!("soa-{key}-status")} label={text(msg::PG_IMPLEMENTATION_STATUS)} options={status_opts}
            value={e.status.map(|s| snake(&s)).unwrap_or_else(|| "auto".to_owned())}
            onchange={set(Box::new(|x, v| x.status = ImplementationStatus::SETTABLE.iter().copied().find(|s| snake(s) == v)))} />
        <div class="field">
            <label for={format!("soa-{key}-owner")}>{ text(msg::COL_OWNER) }</label>
            <input id={format!("soa-{key}-owner")} value={e.owner.clone()} oninput={typing(Box::new(|x, v| x.owner = v))} onchange={commit.clone()} />
        </div>
    </div>
    }
}

/// The inclusion reasons: the linked risks, and a checkbox per reason.
pub(super) fn reasons(form: &ControlForm) -> Html {
    let (r, e, key, emit) = (form.r, form.e, form.key, form.emit);
    let reason_checks = InclusionReason::ALL.iter().filter(|x| **x != InclusionReason::RiskTreatment).map(|reason| {
        let checked = e.reasons.contains(reason);
        let reason = *reason;
        let onchange = edit(e, emit, move |x, _: Event| {
            crate::domain::set_member(&mut x.reasons, reason, !checked);
        });
        let cid = format!("soa-{key}-{}", snake(&reason));
        html! { <label class="check" for={cid.clone()}><input type="checkbox" id={cid} {checked} {onchange} />{ format!(" {}", reason.label()) }</label> }
    });
    html! {
    <fieldset class="reasons">
        <legend>{ text(msg::PG_INCLUSION_REASONS) }</legend>
        if !r.risks.is_empty() {
            <span class="pill">{ text(msg::PG_RISK_TREATMENT) }{ " " }
                { for r.risks.iter().take(LINKED_RISKS).map(|rid| html! { <><Link<Route> to={Route::Risks}>{ rid.to_string() }</Link<Route>>{ " " }</> }) }
                if r.risks.len() > LINKED_RISKS {
                    { text_with(msg::PG_AND_MORE, &[("count", (r.risks.len() - LINKED_RISKS).to_string().into())]) }
                }
            </span>
        }
        { for reason_checks }
    </fieldset>
    }
}

/// The justification (or the exclusion's) and the evidence.
pub(super) fn texts(form: &ControlForm) -> Html {
    let (r, e, key) = (form.r, form.e, form.key);
    let typing = form.typing;
    let commit = form.commit;
    let reset = edit(e, form.emit, |x, _: MouseEvent| x.justification = None);
    html! {
        <>
            if r.applicable {
                <div class="field">
                    <label for={format!("soa-{key}-justification")}>{ if r.justification_edited { text(msg::PG_JUSTIFICATION_EDITED) } else { text(msg::PG_JUSTIFICATION_GENERATED_UNTIL_YOU_EDIT_IT) } }</label>
                    <textarea id={format!("soa-{key}-justification")} rows="2" value={e.justification.clone().unwrap_or_else(|| r.justification.clone())}
                        oninput={typing(Box::new(|x, v| x.justification = Some(v)))} onchange={commit.clone()} />
                    if r.justification_edited {
                        <button type="button" class="link" onclick={reset}>{ text(msg::PG_USE_THE_GENERATED_TEXT_AGAIN) }</button>
                    }
                </div>
            } else {
                <div class="field">
                    <label for={format!("soa-{key}-exclusion")}>{ text(msg::PG_EXCLUSION_JUSTIFICATION_REQUIRED) }</label>
                    <textarea id={format!("soa-{key}-exclusion")} rows="2" value={e.exclusion_justification.clone()}
                        oninput={typing(Box::new(|x, v| x.exclusion_justification = v))} onchange={commit.clone()} />
                </div>
            }
            <div class="field">
                <label for={format!("soa-{key}-evidence")}>{ text(msg::PG_EVIDENCE_ONE_REFERENCE_PER_LINE) }</label>
                <textarea id={format!("soa-{key}-evidence")} rows="1" value={e.evidence.join("\n")}
                    oninput={typing(Box::new(|x, v| x.evidence = crate::domain::evidence_as_typed(&v)))} onchange={commit.clone()} />
            </div>
        </>
    }
}
