//! The glossary: the words of ISO/IEC 27001 and of Annexa's screens,
//! explained for the owner of a small firm. The help page (`#/help`)
//! lists every [`Term`]; a "?" next to a term on a form opens its entry in
//! place. The words themselves live in the text layer
//! (`glossary-<slug>` and `glossary-<slug>-name`).

use crate::text::{msg, text, MessageId};

/// A term the glossary explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    /// Information security management system (ISO/IEC 27001:2022 4.4).
    Isms,
    /// The highest rating of the assets a risk touches, used as its impact.
    HighWaterMark,
    /// The risk before any control (ISO/IEC 27001:2022 6.1.2 d).
    InherentRisk,
    /// The risk with the controls already in place.
    CurrentRisk,
    /// The risk left after the treatment (6.1.3 f).
    ResidualRisk,
    /// The "L4×I5" notation of a rating.
    LikelihoodTimesImpact,
    /// The ✓ on a level badge: within the risk tolerance.
    WithinTolerance,
    /// Confidentiality, integrity and availability.
    Cia,
    /// The codes of findings such as SOA-001.
    FindingCode,
    /// The effort sizes XS, S, M, L, XL.
    Effort,
    /// Factor Analysis of Information Risk.
    Fair,
    /// The lognormal distribution of the loss estimates.
    Lognormal,
    /// The random seed of the simulation.
    RandomSeed,
    /// The person accountable for a risk (6.1.2 c 2).
    RiskOwner,
    /// The risk treatment plan (6.1.3 e).
    RiskTreatmentPlan,
    /// The Statement of Applicability (6.1.3 d).
    Soa,
    /// The risk criteria: scales, matrix and tolerance (6.1.2 a).
    RiskCriteria,
    /// A nonconformity (10.2).
    Nonconformity,
    /// Documented information (7.5).
    DocumentedInformation,
    /// A control's applicability and its justification in the SoA
    /// (6.1.3 d).
    Applicability,
    /// A control nothing has decided yet: neither included nor excluded.
    ToBeDecided,
    /// A control's implementation status in the SoA (6.1.3 d).
    ImplementationStatus,
}

impl Term {
    /// Every term, in the order of the help page.
    pub const ALL: [Term; 22] = [
        Term::Isms,
        Term::RiskCriteria,
        Term::RiskOwner,
        Term::Cia,
        Term::HighWaterMark,
        Term::InherentRisk,
        Term::CurrentRisk,
        Term::ResidualRisk,
        Term::LikelihoodTimesImpact,
        Term::WithinTolerance,
        Term::RiskTreatmentPlan,
        Term::Effort,
        Term::Soa,
        Term::Applicability,
        Term::ToBeDecided,
        Term::ImplementationStatus,
        Term::FindingCode,
        Term::Nonconformity,
        Term::DocumentedInformation,
        Term::Fair,
        Term::Lognormal,
        Term::RandomSeed,
    ];

    /// A stable slug for element ids and links (`#/help` anchors):
    /// lower-case letters and dashes, e.g. `residual-risk`.
    pub fn slug(self) -> &'static str {
        match self {
            Term::Isms => "isms",
            Term::HighWaterMark => "high-water-mark",
            Term::InherentRisk => "inherent-risk",
            Term::CurrentRisk => "current-risk",
            Term::ResidualRisk => "residual-risk",
            Term::LikelihoodTimesImpact => "l-x-i",
            Term::WithinTolerance => "within-tolerance",
            Term::Cia => "cia",
            Term::FindingCode => "finding-code",
            Term::Effort => "effort",
            Term::Fair => "fair",
            Term::Lognormal => "lognormal",
            Term::RandomSeed => "random-seed",
            Term::RiskOwner => "risk-owner",
            Term::RiskTreatmentPlan => "risk-treatment-plan",
            Term::Soa => "soa",
            Term::RiskCriteria => "risk-criteria",
            Term::Nonconformity => "nonconformity",
            Term::DocumentedInformation => "documented-information",
            Term::Applicability => "applicability",
            Term::ToBeDecided => "to-be-decided",
            Term::ImplementationStatus => "implementation-status",
        }
    }

    /// The message ids of the term's name and of its entry.
    fn ids(self) -> (MessageId, MessageId) {
        use msg::*;
        match self {
            Term::Isms => (GLOSSARY_ISMS_NAME, GLOSSARY_ISMS),
            Term::HighWaterMark => (GLOSSARY_HIGH_WATER_MARK_NAME, GLOSSARY_HIGH_WATER_MARK),
            Term::InherentRisk => (GLOSSARY_INHERENT_RISK_NAME, GLOSSARY_INHERENT_RISK),
            Term::CurrentRisk => (GLOSSARY_CURRENT_RISK_NAME, GLOSSARY_CURRENT_RISK),
            Term::ResidualRisk => (GLOSSARY_RESIDUAL_RISK_NAME, GLOSSARY_RESIDUAL_RISK),
            Term::LikelihoodTimesImpact => (GLOSSARY_L_X_I_NAME, GLOSSARY_L_X_I),
            Term::WithinTolerance => (GLOSSARY_WITHIN_TOLERANCE_NAME, GLOSSARY_WITHIN_TOLERANCE),
            Term::Cia => (GLOSSARY_CIA_NAME, GLOSSARY_CIA),
            Term::FindingCode => (GLOSSARY_FINDING_CODE_NAME, GLOSSARY_FINDING_CODE),
            Term::Effort => (GLOSSARY_EFFORT_NAME, GLOSSARY_EFFORT),
            Term::Fair => (GLOSSARY_FAIR_NAME, GLOSSARY_FAIR),
            Term::Lognormal => (GLOSSARY_LOGNORMAL_NAME, GLOSSARY_LOGNORMAL),
            Term::RandomSeed => (GLOSSARY_RANDOM_SEED_NAME, GLOSSARY_RANDOM_SEED),
            Term::RiskOwner => (GLOSSARY_RISK_OWNER_NAME, GLOSSARY_RISK_OWNER),
            Term::RiskTreatmentPlan => (
                GLOSSARY_RISK_TREATMENT_PLAN_NAME,
                GLOSSARY_RISK_TREATMENT_PLAN,
            ),
            Term::Soa => (GLOSSARY_SOA_NAME, GLOSSARY_SOA),
            Term::RiskCriteria => (GLOSSARY_RISK_CRITERIA_NAME, GLOSSARY_RISK_CRITERIA),
            Term::Nonconformity => (GLOSSARY_NONCONFORMITY_NAME, GLOSSARY_NONCONFORMITY),
            Term::DocumentedInformation => (
                GLOSSARY_DOCUMENTED_INFORMATION_NAME,
                GLOSSARY_DOCUMENTED_INFORMATION,
            ),
            Term::Applicability => (GLOSSARY_APPLICABILITY_NAME, GLOSSARY_APPLICABILITY),
            Term::ToBeDecided => (GLOSSARY_TO_BE_DECIDED_NAME, GLOSSARY_TO_BE_DECIDED),
            Term::ImplementationStatus => (
                GLOSSARY_IMPLEMENTATION_STATUS_NAME,
                GLOSSARY_IMPLEMENTATION_STATUS,
            ),
        }
    }

    /// The term as the glossary heads it, e.g. "Residual risk".
    pub fn name(self) -> String {
        text(self.ids().0)
    }

    /// The entry: a few plain sentences for the owner of a small firm.
    pub fn entry(self) -> String {
        text(self.ids().1)
    }

    /// The term with this slug, if any (`Term::from_slug("soa")`).
    pub fn from_slug(slug: &str) -> Option<Term> {
        Term::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_term_has_a_name_an_entry_and_a_unique_slug() {
        let slugs: BTreeSet<&str> = Term::ALL.iter().map(|t| t.slug()).collect();
        assert_eq!(slugs.len(), Term::ALL.len());
        for t in Term::ALL {
            assert!(!t.name().trim().is_empty(), "{t:?}");
            // An entry is a few sentences, not a stub.
            assert!(t.entry().len() > 80, "{t:?}: {}", t.entry());
            assert_eq!(Term::from_slug(t.slug()), Some(t));
            assert!(t.slug().chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
    }

    #[test]
    fn entries_use_the_examples_the_screens_show() {
        assert!(Term::LikelihoodTimesImpact.entry().contains("L4×I5"));
        assert!(Term::FindingCode.entry().contains("SOA-001"));
        assert!(Term::WithinTolerance.entry().contains('✓'));
        assert!(Term::Effort.entry().contains("XS"));
        assert_eq!(Term::Soa.name(), "Statement of Applicability (SoA)");
        // The SoA's own words are explained where the SoA page uses them.
        assert!(Term::Applicability.entry().contains("justification"));
        assert!(Term::ToBeDecided.entry().contains("to be decided"));
        assert!(Term::ImplementationStatus.entry().contains("in place"));
    }
}
