//! What the pages show that is derived from the assessment: the scored
//! register, the Statement of Applicability and the lint's findings
//! (ISO/IEC 27001:2022 6.1.2–6.1.3). Each is computed at most once per
//! version of the assessment, on first use, and shared by every view that
//! reads it (the navigation badge and the SoA page run one lint, not two).

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use crate::domain::{lint_with, Assessment, Date, Finding, ScoredRegister, Soa};

/// The findings with the assessment and the day they were computed for.
type DatedFindings = (Rc<Assessment>, Date, Rc<Vec<Finding>>);

/// The cache: each entry remembers the assessment it was computed from
/// (the same `Rc`, so a later version never reads an older result).
#[derive(Default)]
pub struct Derived {
    scored: RefCell<Option<(Rc<Assessment>, Rc<ScoredRegister>)>>,
    soa: RefCell<Option<(Rc<Assessment>, Rc<Soa>)>>,
    findings: RefCell<Option<DatedFindings>>,
}

impl Derived {
    /// The scored register of `a`. Scores read only the method, the assets
    /// and the risks ([`ScoredRegister::new`]), so a version that changed
    /// none of them (an SoA, context or gap-check edit) keeps the scores
    /// of the version before (comparing costs far less than scoring), and
    /// a version that changed some risks scores only those
    /// ([`ScoredRegister::rescored`]).
    pub(super) fn scored(&self, a: &Rc<Assessment>) -> Rc<ScoredRegister> {
        let cached = self.scored.borrow().clone();
        let s = match cached {
            Some((of, s)) if Rc::ptr_eq(&of, a) => return s,
            Some((of, s)) => s.rescored(&of, a).map_or(s, Rc::new),
            None => Rc::new(ScoredRegister::new(a)),
        };
        *self.scored.borrow_mut() = Some((a.clone(), s.clone()));
        s
    }

    /// The SoA of `a`.
    pub(super) fn soa(&self, a: &Rc<Assessment>) -> Rc<Soa> {
        if let Some((of, s)) = &*self.soa.borrow() {
            if Rc::ptr_eq(of, a) {
                return s.clone();
            }
        }
        let s = Rc::new(crate::domain::generate_soa(a));
        *self.soa.borrow_mut() = Some((a.clone(), s.clone()));
        s
    }

    /// The findings on `a` on `today` when they are computed already.
    pub(super) fn cached_findings(
        &self,
        a: &Rc<Assessment>,
        today: Date,
    ) -> Option<Rc<Vec<Finding>>> {
        match &*self.findings.borrow() {
            Some((of, day, f)) if Rc::ptr_eq(of, a) && *day == today => Some(f.clone()),
            _ => None,
        }
    }

    /// The lint's findings on `a` on `today`, from the cached SoA and
    /// scored register.
    pub(super) fn findings(&self, a: &Rc<Assessment>, today: Date) -> Rc<Vec<Finding>> {
        if let Some(f) = self.cached_findings(a, today) {
            return f;
        }
        let f = Rc::new(lint_with(a, &self.soa(a), &self.scored(a), today));
        *self.findings.borrow_mut() = Some((a.clone(), today, f.clone()));
        f
    }
}

/// The cache is part of no state's identity: it follows the assessment,
/// which [`super::State`] compares.
impl PartialEq for Derived {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for Derived {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Derived")
    }
}
