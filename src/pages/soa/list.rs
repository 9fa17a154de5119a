//! The SoA page: document control, a sticky filter bar and the controls,
//! folded by theme (the four themes of ISO/IEC 27002:2022) with counts per
//! theme, so the page opens short on a laptop and on a phone.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::Step;

use super::bulk::BulkDecision;
use super::filter::SoaFilter;
use super::filters_bar::{document_control, filters_bar};
use super::hooks::{
    use_commit_soa_drafts, use_control_link, use_open_themes, use_whole_themes, ControlLink,
};
use super::SoaControl;
use crate::components::{make_callback, use_register, TermHelp};
use crate::domain::catalogue::{snake, ControlId, Theme};
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{sort, Assessment, Decision, Finding, SoaCounts, SoaEntry, SoaRow, Subject};
use crate::store::{use_store, State};

/// How many cards the themes that just opened render before the next
/// paint, all themes together; the rest follow after it. Six cards fill
/// more than a tall screen, and building a theme's 37 cards and laying them
/// out takes several frames at 5,000 risks.
pub const FIRST_CARDS: usize = 6;

/// The HTML id of a control's card, e.g. `control-7-4`.
pub fn control_card_id(id: ControlId) -> String {
    format!("control-{}", id.to_string().replace('.', "-"))
}

/// The SoA page.
#[function_component]
pub fn SoaPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    // Computed once per version of the assessment, in the store (shared
    // with the navigation badge).
    let soa = store.soa();
    let findings = store.findings(crate::platform::now().date());
    let reg = use_register((), SoaFilter::default());
    let link = use_control_link();
    let target = link.target();
    use_commit_soa_drafts(&store);
    let open = use_open_themes(&reg, target);
    let whole = use_whole_themes(&open);
    let filter = (*reg.filter).clone();

    let mut by_control: BTreeMap<Subject, Vec<&Finding>> = BTreeMap::new();
    for f in findings.iter() {
        by_control.entry(f.subject).or_default().push(f);
    }
    let rows: Vec<&SoaRow> = soa
        .rows
        .iter()
        .filter(|r| {
            // A finding to fix, as the filter's count: "to be decided" is
            // a step still to take, shown by the decision filter.
            let faults = by_control
                .get(&Subject::Control(r.control))
                .is_some_and(|fs| fs.iter().any(|f| !f.code.is_to_do()));
            filter.matches(r, faults)
        })
        .collect();
    let soa_findings = SoaCounts::of(&findings).findings;
    let shown: Vec<ControlId> = rows.iter().map(|r| r.control).collect();
    let shown_to_decide = rows
        .iter()
        .filter(|r| r.decision == Decision::ToDecide)
        .count();
    let themes: Vec<Theme> = Theme::ALL
        .into_iter()
        .filter(|t| rows.iter().any(|r| r.theme == *t))
        .collect();
    // With no control shown there is nothing to open or close.
    let all_open = !themes.is_empty() && themes.iter().all(|t| open.contains(t));
    let toggle_all = make_callback(
        &(open.clone(), themes.clone()),
        move |(open, themes), _: MouseEvent| {
            if all_open {
                open.set(BTreeSet::new());
            } else {
                open.set(sort::set(themes.iter().copied()));
            }
        },
    );
    let dispatcher = store.dispatcher();
    let view = ThemeView {
        rows: &rows,
        a: &a,
        drafts: &store.drafts.soa,
        dispatcher: &dispatcher,
        by_control: &by_control,
        open: &open,
        whole: &whole,
        budget: Cell::new(FIRST_CARDS),
        target,
    };
    html! {
        <section class="page soa">
            <h1>{ text(msg::SOA_TITLE) }</h1>
            <p class="lead">
                { text_with(msg::SOA_LEAD, &[("applicable", soa.applicable_count().into()), ("to_decide", soa.to_decide_count().into())]) }
                <TermHelp term={Term::Soa} at="soa-lead" />
                <TermHelp term={Term::ToBeDecided} at="soa-lead" />
            </p>
            if !soa.document.mapped_from_2013.is_empty() {
                <p class="note">{ crate::domain::report::mapping_sentence(&soa) }</p>
            }
            if let ControlLink::Unknown(given) = &link {
                <p class="banner error" role="alert">
                    { text_with(msg::SOA_LINK_UNKNOWN, &[("given", given.as_str().into())]) }
                </p>
            }
            { document_control(&store) }
            <div class="soa-filters">
                { filters_bar(&reg, soa_findings) }
                <p class="count" role="status">{ text_with(msg::PG_CONTROLS_SHOWN, &[("count", rows.len().to_string().into())]) }</p>
                <button type="button" class="secondary theme-all" aria-pressed={all_open.to_string()} disabled={themes.is_empty()} onclick={toggle_all}>
                    { text(if all_open { msg::SOA_COLLAPSE_ALL } else { msg::SOA_EXPAND_ALL }) }
                </button>
            </div>
            <BulkDecision controls={shown} to_decide={shown_to_decide} />
            { for themes.iter().map(|t| view.theme(*t)) }
            <StepNav step={Step::Soa} />
        </section>
    }
}

/// What the theme sections of the page share.
struct ThemeView<'a> {
    /// The controls the filters show.
    rows: &'a [&'a SoaRow],
    /// The assessment (for the user's entries).
    a: &'a Assessment,
    /// What the user typed and is not saved yet, per control.
    drafts: &'a BTreeMap<ControlId, SoaEntry>,
    /// The store's dispatcher, for the cards' edits.
    dispatcher: &'a UseReducerDispatcher<State>,
    /// The findings of each subject.
    by_control: &'a BTreeMap<Subject, Vec<&'a Finding>>,
    /// The themes the user opened.
    open: &'a UseStateHandle<BTreeSet<Theme>>,
    /// The open themes rendered whole since they opened.
    whole: &'a BTreeSet<Theme>,
    /// The cards left for the themes that just opened, before the paint.
    budget: Cell<usize>,
    /// The control a link asked for, highlighted.
    target: Option<ControlId>,
}

impl ThemeView<'_> {
    /// One theme: a heading whose button opens and closes it (the WAI-ARIA
    /// disclosure pattern), with its counts, and its controls.
    fn theme(&self, t: Theme) -> Html {
        let rows: Vec<&SoaRow> = self.rows.iter().copied().filter(|r| r.theme == t).collect();
        let to_decide = rows
            .iter()
            .filter(|r| r.decision == Decision::ToDecide)
            .count();
        let findings = rows
            .iter()
            .flat_map(|r| self.by_control.get(&Subject::Control(r.control)))
            .flatten()
            .filter(|f| !f.code.is_to_do())
            .count();
        let counts = text_with(
            msg::SOA_THEME_COUNTS,
            &[
                ("shown", (rows.len() as f64).into()),
                ("to_decide", (to_decide as f64).into()),
                ("findings", (findings as f64).into()),
            ],
        );
        let is_open = self.open.contains(&t);
        let toggle = make_callback(self.open, move |open, _: MouseEvent| {
            let mut next = (**open).clone();
            if !next.remove(&t) {
                next.insert(t);
            }
            open.set(next);
        });
        let key = snake(&t);
        let body = format!("theme-{key}-controls");
        html! {
            <section class={classes!("soa-theme", is_open.then_some("open"))} key={key.clone()}>
                <h2 class="theme-heading">
                    <button type="button" class="disclosure-toggle theme-toggle" aria-expanded={is_open.to_string()}
                        aria-controls={body.clone()} onclick={toggle}>
                        <span aria-hidden="true">{ if is_open { "▾ " } else { "▸ " } }</span>
                        { t.label() }
                        <span class="theme-counts">{ counts }</span>
                    </button>
                </h2>
                // A closed theme renders no cards: opening the page
                // builds only the open themes' (none at first), not all 93.
                <div id={body} hidden={!is_open}>
                    if is_open {
                        { for rows[..self.cards_now(t, rows.len())].iter().map(|r| self.control(r)) }
                    }
                </div>
            </section>
        }
    }

    /// How many of an open theme's `n` cards this render builds: all of
    /// them once the theme rendered whole, or when a link asks for one of
    /// its controls; otherwise what is left of [`FIRST_CARDS`].
    fn cards_now(&self, t: Theme, n: usize) -> usize {
        if self.whole.contains(&t) || self.target.and_then(Theme::of) == Some(t) {
            return n;
        }
        let now = n.min(self.budget.get());
        self.budget.set(self.budget.get() - now);
        now
    }

    /// One control's card.
    fn control(&self, r: &SoaRow) -> Html {
        let entry = self
            .a
            .soa
            .entries
            .get(&r.control)
            .cloned()
            .unwrap_or_default();
        let fs: Vec<Finding> = self
            .by_control
            .get(&Subject::Control(r.control))
            .map(|v| v.iter().map(|f| (*f).clone()).collect())
            .unwrap_or_default();
        let targeted = self.target == Some(r.control);
        let draft = self.drafts.get(&r.control).cloned();
        html! {
            <SoaControl key={r.control.to_string()} row={(*r).clone()} {entry} {draft}
                dispatcher={self.dispatcher.clone()} findings={fs} {targeted} />
        }
    }
}
