//! One line that names an assessment and counts what it holds, for import
//! previews and offers ("Acme — 3 asset(s), 5 risk(s), 93 SoA entries"),
//! and what the start page offers to someone coming back.

use crate::lint::Progress;
use crate::text::{self, msg, Arg};
use crate::time::Timestamp;
use crate::Assessment;

/// A step of the guided assessment, in the order of ISO/IEC 27001:2022
/// clauses 4.1–4.3 (context), 6.1.2 (assets and risks), 6.1.3 (treatment,
/// then the Statement of Applicability).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The organisation, its scope and interested parties (clause 4).
    Context,
    /// The asset register.
    Assets,
    /// The risk register (6.1.2).
    Risks,
    /// The risk treatment plan (6.1.3 e).
    Treatment,
    /// The Statement of Applicability (6.1.3 d).
    Soa,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [
        Step::Context,
        Step::Assets,
        Step::Risks,
        Step::Treatment,
        Step::Soa,
    ];

    /// Whether `progress` counts this step as done.
    pub fn done(self, progress: &Progress) -> bool {
        match self {
            Step::Context => progress.context,
            Step::Assets => progress.assets,
            Step::Risks => progress.risks,
            Step::Treatment => progress.treatment,
            Step::Soa => progress.soa,
        }
    }

    /// The step after this one, or `None` after the last (the Statement
    /// of Applicability, after which the documents are exported).
    pub fn following(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(i + 1).copied()
    }

    /// The step before this one, or `None` before the first.
    pub fn preceding(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).and_then(|j| Step::ALL.get(j).copied())
    }

    /// The first step not yet done, or `None` when every step is.
    pub fn next(progress: &Progress) -> Option<Step> {
        Step::ALL.into_iter().find(|s| !s.done(progress))
    }
}

/// What the start page says to someone coming back: the organisation's
/// name, when the data was last saved, and the step to go on with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resume {
    /// "Continue Acme Accounting".
    pub title: String,
    /// "Last saved 2026-11-30 07:20 UTC. Next step: Risks." (the step's
    /// name is the caller's: `step_label`).
    pub detail: String,
    /// Where to go on; `None` when every step is done.
    pub step: Option<Step>,
}

/// The start page's offer to continue `a`, saved at `saved` (if known);
/// `step_label` names a step as the navigation does.
pub fn resume(
    a: &Assessment,
    progress: &Progress,
    saved: Option<Timestamp>,
    step_label: impl Fn(Step) -> String,
) -> Resume {
    let step = Step::next(progress);
    let mut detail = Vec::new();
    if let Some(at) = saved {
        detail.push(text::text_with(
            msg::HOME_LAST_SAVED,
            &[("when", Arg::from(at.to_minute()))],
        ));
    }
    detail.push(match step {
        Some(s) => text::text_with(msg::HOME_NEXT_STEP, &[("step", Arg::from(step_label(s)))]),
        None => text::text(msg::HOME_ALL_STEPS_DONE),
    });
    Resume {
        title: text::text_with(
            msg::HOME_CONTINUE,
            &[("organisation", Arg::from(a.context.display_name()))],
        ),
        detail: detail.join(" "),
        step,
    }
}

/// The assessment's one-line summary: organisation, then the number of
/// assets, risks and SoA entries.
pub fn summary(a: &Assessment) -> String {
    text::text_with(
        msg::SUMMARY,
        &[
            ("organisation", Arg::from(a.context.display_name())),
            ("assets", Arg::from(a.assets.len())),
            ("risks", Arg::from(a.risks.len())),
            ("entries", Arg::from(a.soa.entries.len())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_knows_its_neighbours_in_the_clause_order() {
        assert_eq!(Step::Context.preceding(), None);
        assert_eq!(Step::Context.following(), Some(Step::Assets));
        assert_eq!(Step::Risks.preceding(), Some(Step::Assets));
        assert_eq!(Step::Risks.following(), Some(Step::Treatment));
        assert_eq!(Step::Soa.following(), None);
        for pair in Step::ALL.windows(2) {
            assert_eq!(pair[0].following(), Some(pair[1]));
            assert_eq!(pair[1].preceding(), Some(pair[0]));
        }
    }

    #[test]
    fn resume_names_the_organisation_the_save_and_the_next_step() {
        let a = crate::example();
        let mut p = Progress {
            context: true,
            assets: true,
            risks: false,
            treatment: false,
            soa: false,
        };
        let at: Timestamp = "2026-11-30T07:20:59Z".parse().unwrap();
        let r = resume(&a, &p, Some(at), |s| format!("{s:?}"));
        assert_eq!(r.title, format!("Continue {}", a.context.organisation));
        assert_eq!(
            r.detail,
            "Last saved 2026-11-30 07:20 UTC. Next step: Risks."
        );
        assert_eq!(r.step, Some(Step::Risks));
        p = Progress {
            context: true,
            assets: true,
            risks: true,
            treatment: true,
            soa: true,
        };
        let r = resume(&a, &p, None, |s| format!("{s:?}"));
        assert_eq!(r.step, None);
        assert!(!r.detail.contains("Last saved"), "{}", r.detail);
        assert!(r.detail.contains("Every step"), "{}", r.detail);
    }

    #[test]
    fn counts_and_names() {
        let mut a = crate::example();
        assert!(summary(&a).starts_with(&a.context.organisation));
        a.context.organisation.clear();
        let first = a.soa.entries.keys().next().cloned();
        a.soa.entries.retain(|k, _| Some(k) == first.as_ref());
        let s = summary(&a);
        assert!(s.starts_with("Unnamed organisation — "), "{s}");
        assert!(s.ends_with("1 SoA entry"), "{s}");
    }
}
