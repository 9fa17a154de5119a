//! The quick gap check: a readiness self-assessment against ISO/IEC 27001.
//!
//! A bank of plain-English questions covers every requirement clause
//! (4.1–10.2) and the everyday Annex A controls. The **short** mode asks
//! those ([`SHORT_COUNT`] questions, about ten minutes); the **thorough**
//! mode adds one generated question for every Annex A control the short
//! questions do not already evidence, so all 93 controls are covered.
//!
//! # Scoring
//!
//! Each answer has a value: Yes = 1, Partly = 0.5, No = 0 and Don't know = 0
//! (not knowing counts as a gap). Not applicable is left out of both the
//! numerator and the denominator, except on a mandatory question (every
//! clause question: a certifiable ISMS must meet every clause), where it
//! counts as No. Unanswered questions are left out too, and reported as
//! "n of m answered". For any set of questions (all of them, one clause 4–10,
//! one Annex A theme) the score is
//!
//! ```text
//! score = round(100 × Σ(weight × value) / Σ(weight))
//! ```
//!
//! over the answered questions that count, rounded half up to a whole number
//! from 0 to 100; with no such question there is no score yet. Weights are 1
//! to 3.
//!
//! # Results
//!
//! [`gap_results`] gives the overall score, the scores per clause and per
//! theme, the mandatory documented information checklist, the top ten gaps
//! ranked by weight × (1 − value), and a roadmap in certification order with
//! a rough effort per phase and a timeline adjusted for the organisation's
//! size. [`continue_to_full`] carries the answers into the full assessment.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::catalogue::{
    self, ClauseId, ControlId, DocumentedInfoKind, Effort, Theme, ThreatId, VulnerabilityId,
    CLAUSES, CONTROLS, THREATS, VULNERABILITIES,
};
use super::method::{Impact, Likelihood};
use super::model::{
    Answer, Assessment, GapCheck, GapMode, Identification, ImplementationStatus, InclusionReason,
    QuestionId, Risk, RiskId, SizeBand, Treatment,
};

/// The number of questions in the short mode.
pub const SHORT_COUNT: usize = SPECS.len();

/// How many gaps [`GapResults::top_gaps`] lists.
pub const TOP_GAPS: usize = 10;

/// What part of the standard a question belongs to: a clause 4–10 or an
/// Annex A theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Clause 4, context of the organization.
    Context,
    /// Clause 5, leadership.
    Leadership,
    /// Clause 6, planning.
    Planning,
    /// Clause 7, support.
    Support,
    /// Clause 8, operation.
    Operation,
    /// Clause 9, performance evaluation.
    Performance,
    /// Clause 10, improvement.
    Improvement,
    /// Annex A theme 5, organizational controls.
    Organizational,
    /// Annex A theme 6, people controls.
    People,
    /// Annex A theme 7, physical controls.
    Physical,
    /// Annex A theme 8, technological controls.
    Technological,
}

impl Area {
    /// The seven clause areas, 4 to 10.
    pub const CLAUSES: [Area; 7] = [
        Area::Context,
        Area::Leadership,
        Area::Planning,
        Area::Support,
        Area::Operation,
        Area::Performance,
        Area::Improvement,
    ];

    /// The four Annex A theme areas.
    pub const THEMES: [Area; 4] = [
        Area::Organizational,
        Area::People,
        Area::Physical,
        Area::Technological,
    ];

    /// All areas: clauses, then themes.
    pub const ALL: [Area; 11] = [
        Area::Context,
        Area::Leadership,
        Area::Planning,
        Area::Support,
        Area::Operation,
        Area::Performance,
        Area::Improvement,
        Area::Organizational,
        Area::People,
        Area::Physical,
        Area::Technological,
    ];

    /// The clause number (4–10), for a clause area.
    pub fn clause(self) -> Option<u8> {
        Area::CLAUSES
            .iter()
            .position(|a| *a == self)
            .map(|i| i as u8 + 4)
    }

    /// The Annex A theme, for a theme area.
    pub fn theme(self) -> Option<Theme> {
        match self {
            Area::Organizational => Some(Theme::Organizational),
            Area::People => Some(Theme::People),
            Area::Physical => Some(Theme::Physical),
            Area::Technological => Some(Theme::Technological),
            _ => None,
        }
    }

    /// The area of an Annex A theme.
    pub fn of_theme(theme: Theme) -> Area {
        match theme {
            Theme::Organizational => Area::Organizational,
            Theme::People => Area::People,
            Theme::Physical => Area::Physical,
            Theme::Technological => Area::Technological,
        }
    }

    /// The area of a clause id (4.x to 10.x).
    pub fn of_clause(id: ClauseId) -> Option<Area> {
        id.clause
            .checked_sub(4)
            .and_then(|i| Area::CLAUSES.get(usize::from(i)).copied())
    }

    /// A display label, e.g. "4 Context of the organization".
    pub fn label(self) -> &'static str {
        match self {
            Area::Context => "4 Context of the organization",
            Area::Leadership => "5 Leadership",
            Area::Planning => "6 Planning",
            Area::Support => "7 Support",
            Area::Operation => "8 Operation",
            Area::Performance => "9 Performance evaluation",
            Area::Improvement => "10 Improvement",
            Area::Organizational => "A.5 Organizational controls",
            Area::People => "A.6 People controls",
            Area::Physical => "A.7 Physical controls",
            Area::Technological => "A.8 Technological controls",
        }
    }

    /// A short label for charts, e.g. "4 Context" or "A.8 Technological".
    pub fn short_label(self) -> &'static str {
        match self {
            Area::Context => "4 Context",
            Area::Leadership => "5 Leadership",
            Area::Planning => "6 Planning",
            Area::Support => "7 Support",
            Area::Operation => "8 Operation",
            Area::Performance => "9 Performance",
            Area::Improvement => "10 Improvement",
            Area::Organizational => "A.5 Organizational",
            Area::People => "A.6 People",
            Area::Physical => "A.7 Physical",
            Area::Technological => "A.8 Technological",
        }
    }

    /// A stable slug for anchors and test ids, e.g. `context`.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Context => "context",
            Area::Leadership => "leadership",
            Area::Planning => "planning",
            Area::Support => "support",
            Area::Operation => "operation",
            Area::Performance => "performance",
            Area::Improvement => "improvement",
            Area::Organizational => "organizational",
            Area::People => "people",
            Area::Physical => "physical",
            Area::Technological => "technological",
        }
    }
}

/// The phases of the usual journey to certification, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Context, scope, leadership and policy.
    ScopeAndLeadership,
    /// Risk method, risk assessment, treatment, SoA and objectives.
    RiskAssessmentAndTreatment,
    /// Putting controls in place, skills, documents.
    ImplementationAndDocumentation,
    /// Running the ISMS, measuring it, internal audit, management review.
    OperationAndInternalAudit,
    /// The certification body's stage 1 and stage 2 audits.
    CertificationAudit,
}

impl Phase {
    /// All phases in journey order.
    pub const ALL: [Phase; 5] = [
        Phase::ScopeAndLeadership,
        Phase::RiskAssessmentAndTreatment,
        Phase::ImplementationAndDocumentation,
        Phase::OperationAndInternalAudit,
        Phase::CertificationAudit,
    ];

    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            Phase::ScopeAndLeadership => "Scope and leadership",
            Phase::RiskAssessmentAndTreatment => "Risk assessment and treatment",
            Phase::ImplementationAndDocumentation => "Implementation and documentation",
            Phase::OperationAndInternalAudit => "Operation and internal audit",
            Phase::CertificationAudit => "Stage 1 and stage 2 audit",
        }
    }

    /// What the phase is about, in a sentence.
    pub fn description(self) -> &'static str {
        match self {
            Phase::ScopeAndLeadership => {
                "Agree with management why you want the ISMS, what it covers and who owns it."
            }
            Phase::RiskAssessmentAndTreatment => {
                "Assess your risks with a documented method, decide how to treat them, and record the controls in the Statement of Applicability."
            }
            Phase::ImplementationAndDocumentation => {
                "Put the chosen controls in place, train people, and write the policies and procedures the ISMS needs."
            }
            Phase::OperationAndInternalAudit => {
                "Run the ISMS for a few months to build up records, measure it, audit it internally and hold a management review."
            }
            Phase::CertificationAudit => {
                "Choose an accredited certification body. Stage 1 reviews your documents; stage 2 checks that the ISMS works in practice. Close any findings they raise."
            }
        }
    }
}

/// How much a question counts in the score: 1 (low) to 3 (high).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Weight(u8);

impl Weight {
    /// Counts once.
    pub const LOW: Weight = Weight(1);
    /// Counts twice.
    pub const MEDIUM: Weight = Weight(2);
    /// Counts three times: a core requirement or a control that stops common attacks.
    pub const HIGH: Weight = Weight(3);

    /// A weight from 1 to 3; `None` outside that range.
    pub fn new(w: u8) -> Option<Weight> {
        (1..=3).contains(&w).then_some(Weight(w))
    }

    /// The weight as a number, 1 to 3.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// The risk "Continue to full assessment" suggests when a question is
/// answered No.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedRisk {
    /// The risk's title.
    pub title: Cow<'static, str>,
    /// A fitting threat from the library, if any.
    pub threat: Option<ThreatId>,
    /// A fitting vulnerability from the library, if any.
    pub vulnerability: Option<VulnerabilityId>,
}

/// One question of the gap check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its stable id, e.g. `q-4.3-scope`.
    pub id: QuestionId,
    /// The question, in plain English.
    pub text: Cow<'static, str>,
    /// Why this matters.
    pub hint: Cow<'static, str>,
    /// How much it counts.
    pub weight: Weight,
    /// The clause or theme it belongs to.
    pub area: Area,
    /// The clauses it evidences (clause questions).
    pub clauses: Vec<ClauseId>,
    /// The Annex A controls it evidences (control questions).
    pub controls: Vec<ControlId>,
    /// True when Not applicable is not an option (it then counts as No).
    pub mandatory: bool,
    /// What to do when it is a gap.
    pub todo: Cow<'static, str>,
    /// The roadmap phase its gap belongs to.
    pub phase: Phase,
    /// A rough effort to close the gap from nothing, in person-days for an
    /// organisation of 11–50 people.
    pub effort_days: u16,
    /// The risk to suggest when the answer is No (control questions).
    pub risk: Option<SuggestedRisk>,
}

/// The static description of a short-mode question.
struct Spec {
    id: &'static str,
    area: Area,
    weight: Weight,
    clauses: &'static [ClauseId],
    controls: &'static [ControlId],
    phase: Phase,
    days: u16,
    text: &'static str,
    hint: &'static str,
    todo: &'static str,
    /// Title, threat number and vulnerability number of the suggested risk.
    risk: Option<(&'static str, Option<u16>, Option<u16>)>,
}

const fn cl(clause: u8, sub: u8, subsub: u8) -> ClauseId {
    ClauseId::new(clause, sub, subsub)
}

const fn ct(theme: u8, number: u8) -> ControlId {
    ControlId::new(theme, number)
}

use Area as A;
use Phase as P;

/// The short-mode questions: 15 on the clauses, 13 on everyday controls.
static SPECS: [Spec; 28] = [
    // ------------------------------------------------------------ clause 4
    Spec {
        id: "q-4.1-context",
        area: A::Context,
        weight: Weight::MEDIUM,
        clauses: &[cl(4, 1, 0), cl(4, 2, 0)],
        controls: &[],
        phase: P::ScopeAndLeadership,
        days: 2,
        text: "Have you listed the internal and external issues that shape your information security (including whether climate change is one of them), and the interested parties with what each of them needs from you?",
        hint: "An auditor starts here: the ISMS has to be built around your real situation and the people who rely on you, not around a generic template.",
        todo: "Hold a short workshop to list your internal and external issues and your interested parties with their requirements, and note whether climate change matters to you.",
        risk: None,
    },
    Spec {
        id: "q-4.3-scope",
        area: A::Context,
        weight: Weight::HIGH,
        clauses: &[cl(4, 3, 0), cl(4, 4, 0)],
        controls: &[],
        phase: P::ScopeAndLeadership,
        days: 2,
        text: "Is the scope of your ISMS written down, naming the sites, teams, services and systems it covers and where it depends on others?",
        hint: "The scope is a mandatory document and fixes what the certificate will cover. The risk assessment, the SoA and the audit plan are all measured against it.",
        todo: "Write a one-page scope statement: what is in, what is out and why, and the interfaces with suppliers and the rest of the business.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 5
    Spec {
        id: "q-5-leadership",
        area: A::Leadership,
        weight: Weight::HIGH,
        clauses: &[cl(5, 1, 0), cl(5, 2, 0), cl(5, 3, 0)],
        controls: &[],
        phase: P::ScopeAndLeadership,
        days: 3,
        text: "Has top management approved an information security policy, named who is responsible for security, and given the ISMS a budget and time?",
        hint: "Without visible backing from the top an ISMS stalls. The policy is a mandatory document, and auditors interview leaders to see whether their commitment is real.",
        todo: "Have management approve a short security policy, appoint an ISMS owner with clear authority, and agree a budget for the project.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 6
    Spec {
        id: "q-6.1.2-risk-assessment",
        area: A::Planning,
        weight: Weight::HIGH,
        clauses: &[cl(6, 1, 1), cl(6, 1, 2)],
        controls: &[],
        phase: P::RiskAssessmentAndTreatment,
        days: 5,
        text: "Do you have a written, repeatable method for finding and rating information security risks, with criteria for which risks are acceptable, and has every risk an owner?",
        hint: "Risk assessment is the heart of ISO 27001: controls are chosen because of risks, so the method and its results have to be documented and give comparable results each time.",
        todo: "Define your risk method (scales, matrix, acceptance level), assess the risks to your key assets and give each risk an owner. Annexa's risk register does this with you.",
        risk: None,
    },
    Spec {
        id: "q-6.1.3-soa",
        area: A::Planning,
        weight: Weight::HIGH,
        clauses: &[cl(6, 1, 3)],
        controls: &[],
        phase: P::RiskAssessmentAndTreatment,
        days: 4,
        text: "Have you decided how to treat each significant risk, checked the chosen controls against Annex A, and recorded which controls apply and why in a Statement of Applicability, with a treatment plan the risk owners approved?",
        hint: "Auditors trace each risk to a decision and each control to a reason. The SoA and the owners' approval of the remaining risk are explicit requirements.",
        todo: "For each risk above your acceptance level choose a treatment and controls, record all 93 Annex A controls in a Statement of Applicability, and have risk owners approve the plan and the residual risk.",
        risk: None,
    },
    Spec {
        id: "q-6.2-objectives",
        area: A::Planning,
        weight: Weight::MEDIUM,
        clauses: &[cl(6, 2, 0)],
        controls: &[],
        phase: P::RiskAssessmentAndTreatment,
        days: 2,
        text: "Have you set measurable information security objectives, each with a plan saying what will be done, by whom and by when?",
        hint: "Objectives turn the policy into targets you can track, such as \"every member of staff trained by June\". They must be kept as documented information.",
        todo: "Set three to five measurable security objectives that follow from the policy, each with an owner, resources, a deadline and a way to judge success.",
        risk: None,
    },
    Spec {
        id: "q-6.3-changes",
        area: A::Planning,
        weight: Weight::LOW,
        clauses: &[cl(6, 3, 0)],
        controls: &[],
        phase: P::ImplementationAndDocumentation,
        days: 1,
        text: "When the ISMS itself has to change (a new scope, a new owner, a new process), is the change planned rather than improvised?",
        hint: "Clause 6.3 arrived in the 2022 edition: changes to the management system should be thought through so that no duty falls between two chairs.",
        todo: "Add a short step to your ISMS procedures for planning changes to the ISMS: the purpose, the consequences, the resources and who is responsible.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 7
    Spec {
        id: "q-7.2-competence",
        area: A::Support,
        weight: Weight::MEDIUM,
        clauses: &[cl(7, 1, 0), cl(7, 2, 0), cl(7, 3, 0), cl(7, 4, 0)],
        controls: &[],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Do the people with security duties have the skills, time and tools they need, with records to show it, and does everyone know the policy, their part in it and how security news is communicated?",
        hint: "Auditors ask for evidence of competence, such as training records or certificates, and they ask ordinary staff what the policy means for their work.",
        todo: "Write down the skills each security role needs, close the gaps with training, keep the records, and plan what you communicate about security, to whom and when.",
        risk: None,
    },
    Spec {
        id: "q-7.5-documents",
        area: A::Support,
        weight: Weight::MEDIUM,
        clauses: &[cl(7, 5, 1), cl(7, 5, 2), cl(7, 5, 3)],
        controls: &[],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Are your ISMS documents and records identified, reviewed and approved, kept current, and stored where the right people can find them and nobody else can change them?",
        hint: "Document control keeps everyone on the current version and shows the auditor that policies and records are managed rather than scattered across inboxes.",
        todo: "Keep ISMS documents in one controlled place with owners, versions, review dates and approvals, and decide how long each kind of record is kept.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 8
    Spec {
        id: "q-8.1-operation",
        area: A::Operation,
        weight: Weight::HIGH,
        clauses: &[cl(8, 1, 0), cl(8, 2, 0), cl(8, 3, 0)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 4,
        text: "Are the security processes run as planned with records to prove it, is the risk assessment repeated at planned times and after big changes, and is the treatment plan being carried out?",
        hint: "In stage 2 the auditor looks for proof that the ISMS is lived, not just written: completed tasks, updated risk assessments and progress on treatment.",
        todo: "Schedule the recurring ISMS tasks (risk review, access reviews, restore tests), keep evidence that they happened, and track the treatment plan to completion.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 9
    Spec {
        id: "q-9.1-monitoring",
        area: A::Performance,
        weight: Weight::MEDIUM,
        clauses: &[cl(9, 1, 0)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 2,
        text: "Have you decided what to measure about security (for example incidents, patching times or training completion), and are the results collected and looked at?",
        hint: "Measurements show whether the ISMS works. The results are mandatory records and feed the management review.",
        todo: "Choose a handful of security measures, decide who collects them and how often, and keep the results.",
        risk: None,
    },
    Spec {
        id: "q-9.2-internal-audit",
        area: A::Performance,
        weight: Weight::HIGH,
        clauses: &[cl(9, 2, 1), cl(9, 2, 2)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 5,
        text: "Is there an internal audit programme, and has an objective auditor audited the whole ISMS at least once, with the findings reported to management?",
        hint: "A full internal audit is required before certification and is your best rehearsal: it finds the nonconformities before the certification body does.",
        todo: "Plan an internal audit of every clause and the applicable controls, have someone independent carry it out (a trained colleague or a consultant), and report the findings.",
        risk: None,
    },
    Spec {
        id: "q-9.3-management-review",
        area: A::Performance,
        weight: Weight::HIGH,
        clauses: &[cl(9, 3, 1), cl(9, 3, 2), cl(9, 3, 3)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 1,
        text: "Has top management held a management review of the ISMS, covering the required inputs, with its decisions recorded?",
        hint: "The management review closes the loop: leaders look at audit results, measurements, risks and feedback, and decide on improvements. Its results are a mandatory record.",
        todo: "Hold a management review meeting with the inputs of clause 9.3.2 as the agenda, and minute the decisions and actions.",
        risk: None,
    },
    // ------------------------------------------------------------ clause 10
    Spec {
        id: "q-10.2-corrective-action",
        area: A::Improvement,
        weight: Weight::MEDIUM,
        clauses: &[cl(10, 2, 0)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 2,
        text: "When something goes wrong or a requirement is not met, do you fix it, find the root cause, act so it does not happen again, and keep a record?",
        hint: "Auditors expect a log of nonconformities with the cause, the corrective action and a check that the action worked.",
        todo: "Start a nonconformity and corrective action log: what happened, the root cause, the action, its owner and the check that it worked.",
        risk: None,
    },
    Spec {
        id: "q-10.1-improvement",
        area: A::Improvement,
        weight: Weight::LOW,
        clauses: &[cl(10, 1, 0)],
        controls: &[],
        phase: P::OperationAndInternalAudit,
        days: 1,
        text: "Do you regularly look for ways to improve the ISMS and act on them, for example after audits, incidents and reviews?",
        hint: "ISO 27001 is a cycle, not a one-off project. A few completed improvements show the auditor that the ISMS is alive.",
        todo: "Keep an improvement list fed by audits, incidents, reviews and staff ideas, and review its progress at each management review.",
        risk: None,
    },
    // ------------------------------------------------------------ Annex A
    Spec {
        id: "q-a-access-reviews",
        area: A::Organizational,
        weight: Weight::HIGH,
        clauses: &[],
        controls: &[ct(5, 15), ct(5, 16), ct(5, 18)],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "When people join, change role or leave, are their accounts created, changed or removed promptly, and are access rights reviewed at least once a year?",
        hint: "Former staff and people who changed jobs often keep access they should have lost. It is one of the most common findings in audits and in incidents.",
        todo: "Agree a joiner, mover and leaver checklist with HR and IT, remove access on the last working day, and review who can reach key systems at least yearly.",
        risk: Some(("Leavers and movers keep access they no longer need", Some(7), Some(1))),
    },
    Spec {
        id: "q-a-mfa",
        area: A::Technological,
        weight: Weight::HIGH,
        clauses: &[],
        controls: &[ct(8, 5), ct(5, 17)],
        phase: P::ImplementationAndDocumentation,
        days: 2,
        text: "Is multi-factor authentication switched on for email, cloud services, remote access and every administrator account?",
        hint: "A second factor stops most attacks that rely on stolen or guessed passwords, and it is often a setting in a service you already pay for.",
        todo: "Turn on multi-factor authentication for email, cloud applications, remote access and all administrator accounts, administrators first.",
        risk: Some(("Accounts taken over with stolen or guessed passwords", Some(3), Some(7))),
    },
    Spec {
        id: "q-a-backups",
        area: A::Technological,
        weight: Weight::HIGH,
        clauses: &[],
        controls: &[ct(8, 13)],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Are important systems and data backed up, with one copy out of reach of the main network, and has a restore been tested in the last year?",
        hint: "A backup nobody has restored is a hope, not a control. Ransomware goes after the backups it can reach first.",
        todo: "Back up critical data with at least one offline or immutable copy, and test a full restore at least once a year, keeping a record of the result.",
        risk: Some(("Data cannot be restored after ransomware or a failure", Some(1), Some(2))),
    },
    Spec {
        id: "q-a-patching",
        area: A::Technological,
        weight: Weight::HIGH,
        clauses: &[],
        controls: &[ct(8, 8)],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Are security updates installed on computers, servers, network devices and applications within a set time, and do you know which software is out of support?",
        hint: "Most successful attacks use flaws for which a fix already exists. Patching on time closes that door.",
        todo: "Set patch deadlines by severity (for example critical fixes within 14 days), switch on automatic updates where you can, and replace software that is out of support.",
        risk: Some(("Known software flaws exploited on unpatched systems", Some(19), Some(8))),
    },
    Spec {
        id: "q-a-logging",
        area: A::Technological,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(8, 15), ct(8, 16)],
        phase: P::ImplementationAndDocumentation,
        days: 4,
        text: "Do your important systems record security events, and does someone look at the alerts and at unusual activity?",
        hint: "Without logs you cannot tell what happened during an incident; without someone watching them you find out late, often from a customer.",
        todo: "Switch on security logging for key systems and cloud services, keep the logs long enough to investigate, and name someone to review alerts.",
        risk: Some(("Attacks go unnoticed for lack of logging and monitoring", Some(22), Some(13))),
    },
    Spec {
        id: "q-a-incidents",
        area: A::Organizational,
        weight: Weight::HIGH,
        clauses: &[],
        controls: &[ct(5, 24), ct(5, 25), ct(5, 26), ct(5, 27), ct(6, 8)],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Is there an incident response plan, do staff know how to report a suspected incident, and has the plan been tried out?",
        hint: "A clear plan and a known way to report shorten incidents and limit the damage. Plans that were never rehearsed tend to fail on the day.",
        todo: "Write a short incident response plan with roles and contacts, tell staff how to report, rehearse it with a tabletop exercise, and record the lessons learned.",
        risk: Some(("Security incidents are handled too late or badly", None, Some(4))),
    },
    Spec {
        id: "q-a-suppliers",
        area: A::Organizational,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(5, 19), ct(5, 20), ct(5, 22), ct(5, 23)],
        phase: P::ImplementationAndDocumentation,
        days: 4,
        text: "Do you check the security of key suppliers and cloud services before you sign, put security terms in their contracts, and review them from time to time?",
        hint: "Much of your data lives with suppliers. Their weaknesses become yours, and auditors expect you to manage that.",
        todo: "List the suppliers that hold your data or reach your systems, rate them by risk, check their security (certificates, questionnaires), add security clauses to contracts and review them yearly.",
        risk: Some(("A supplier's weak security exposes your data", Some(14), Some(17))),
    },
    Spec {
        id: "q-a-remote-work",
        area: A::People,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(6, 7), ct(8, 1)],
        phase: P::ImplementationAndDocumentation,
        days: 2,
        text: "Are there rules for working from home and on the move, and are work laptops and phones encrypted, locked and managed?",
        hint: "Remote work takes company data onto home networks, trains and cafés. With encryption, a lost laptop is lost hardware rather than a data breach.",
        todo: "Publish remote working rules, encrypt and manage every work device, and decide whether personal devices may be used and on what conditions.",
        risk: Some(("Data exposed through insecure remote working", Some(11), Some(39))),
    },
    Spec {
        id: "q-a-awareness",
        area: A::People,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(6, 3)],
        phase: P::ImplementationAndDocumentation,
        days: 2,
        text: "Do all staff get security awareness training when they start and at least once a year, covering phishing and how to report problems?",
        hint: "People are the most targeted part of your defences and can be the most useful one. Short, regular training lowers the number who click on phishing.",
        todo: "Run security awareness training at induction and every year, include phishing exercises, and keep attendance records.",
        risk: Some(("Staff fall for phishing and other scams", Some(2), Some(15))),
    },
    Spec {
        id: "q-a-assets",
        area: A::Organizational,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(5, 9), ct(5, 12)],
        phase: P::ImplementationAndDocumentation,
        days: 3,
        text: "Is there an up-to-date inventory of your information, systems and devices, each with an owner, and is information classified by how sensitive it is?",
        hint: "You cannot protect what you do not know you have. The inventory and the classification also drive the risk assessment.",
        todo: "Build an inventory of information, systems, devices and cloud services with an owner for each, and introduce a simple classification such as public, internal and confidential.",
        risk: Some(("Critical information is left unprotected because nobody knows where it is", None, Some(11))),
    },
    Spec {
        id: "q-a-change",
        area: A::Technological,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(8, 32)],
        phase: P::ImplementationAndDocumentation,
        days: 2,
        text: "Are changes to systems and software requested, assessed, tested and approved before they go live?",
        hint: "Many outages and security holes come from well-meant changes nobody tested. A light change process prevents most of them.",
        todo: "Introduce a lightweight change process (request, impact check, test, approval and a way back), scaled to the size of the change.",
        risk: Some(("Untested changes break systems or open security holes", Some(33), Some(16))),
    },
    Spec {
        id: "q-a-secure-dev",
        area: A::Technological,
        weight: Weight::MEDIUM,
        clauses: &[],
        controls: &[ct(8, 25), ct(8, 28), ct(8, 29), ct(8, 31)],
        phase: P::ImplementationAndDocumentation,
        days: 5,
        text: "If you build or commission software, do you follow secure development practice: security requirements, secure coding, code review, security testing and separate test and live environments?",
        hint: "Flaws are cheapest to fix before release. If you neither build nor commission software, answer Not applicable.",
        todo: "Adopt a secure development policy: security requirements for each project, secure coding guidance, review and testing before release, and separate environments.",
        risk: Some(("Vulnerabilities built into your own software", Some(10), Some(22))),
    },
    Spec {
        id: "q-a-physical",
        area: A::Physical,
        weight: Weight::LOW,
        clauses: &[],
        controls: &[ct(7, 2), ct(7, 7), ct(7, 14)],
        phase: P::ImplementationAndDocumentation,
        days: 2,
        text: "Are offices and equipment physically protected: controlled entry, locked network cabinets, clear desks and screens, and secure wiping or destruction of old devices?",
        hint: "Physical gaps are easy to miss in a cloud-first company, yet a stolen laptop or a discarded drive full of data is a breach all the same.",
        todo: "Control who can enter your premises, lock network and server cabinets, adopt a clear desk and clear screen rule, and wipe or destroy devices before disposal.",
        risk: Some(("Information stolen or leaked through weak physical security", Some(12), Some(45))),
    },
];

impl Spec {
    fn question(&self) -> Question {
        Question {
            id: QuestionId(self.id.to_owned()),
            text: Cow::Borrowed(self.text),
            hint: Cow::Borrowed(self.hint),
            weight: self.weight,
            area: self.area,
            clauses: self.clauses.to_vec(),
            controls: self.controls.to_vec(),
            mandatory: !self.clauses.is_empty(),
            todo: Cow::Borrowed(self.todo),
            phase: self.phase,
            effort_days: self.days,
            risk: self.risk.map(|(title, t, v)| SuggestedRisk {
                title: Cow::Borrowed(title),
                threat: t.map(ThreatId),
                vulnerability: v.map(VulnerabilityId),
            }),
        }
    }
}

/// Person-days to put a control in place from nothing, by its effort.
fn effort_days(effort: Effort) -> u16 {
    match effort {
        Effort::XS => 1,
        Effort::S => 2,
        Effort::M => 5,
        Effort::L => 10,
        Effort::XL => 20,
    }
}

/// The generated question for an Annex A control no short question covers.
fn control_question(c: &catalogue::Control) -> Question {
    let treats = |links: &[catalogue::ControlLink]| links.iter().any(|l| l.control == c.id);
    Question {
        id: QuestionId(format!("q-a-{}", c.id)),
        text: Cow::Owned(format!("Is Annex A {} \"{}\" in place?", c.id, c.title)),
        hint: Cow::Borrowed(c.summary),
        weight: Weight::LOW,
        area: Area::of_theme(c.theme()),
        clauses: Vec::new(),
        controls: vec![c.id],
        mandatory: false,
        todo: Cow::Owned(format!(
            "Put {} {} in place, or record in the SoA why it does not apply to you.",
            c.id, c.title
        )),
        phase: Phase::ImplementationAndDocumentation,
        effort_days: effort_days(c.effort),
        risk: Some(SuggestedRisk {
            title: Cow::Owned(format!("No control for {} ({})", c.title, c.id)),
            threat: THREATS.iter().find(|t| treats(t.controls)).map(|t| t.id),
            vulnerability: VULNERABILITIES
                .iter()
                .find(|v| treats(v.controls))
                .map(|v| v.id),
        }),
    }
}

/// The questions of a mode: the short bank, and in thorough mode one more
/// per Annex A control the short bank does not evidence, in control order.
pub fn gap_questions(mode: GapMode) -> &'static [Question] {
    static SHORT: OnceLock<Vec<Question>> = OnceLock::new();
    static THOROUGH: OnceLock<Vec<Question>> = OnceLock::new();
    let short = SHORT.get_or_init(|| SPECS.iter().map(Spec::question).collect());
    match mode {
        GapMode::Short => short,
        GapMode::Thorough => THOROUGH.get_or_init(|| {
            let mut all = short.clone();
            let covered: Vec<ControlId> = short
                .iter()
                .flat_map(|q| q.controls.iter().copied())
                .collect();
            all.extend(
                CONTROLS
                    .iter()
                    .filter(|c| !covered.contains(&c.id))
                    .map(control_question),
            );
            all
        }),
    }
}

/// The question with this id, in either mode.
pub fn gap_question(id: &QuestionId) -> Option<&'static Question> {
    gap_questions(GapMode::Thorough)
        .iter()
        .find(|q| q.id == *id)
}

/// An answer's value in half points (Yes 2, Partly 1, No and Don't know 0),
/// or `None` when it does not count (Not applicable on a question that is
/// not mandatory).
fn halves(answer: Answer, mandatory: bool) -> Option<u32> {
    match answer {
        Answer::Yes => Some(2),
        Answer::Partly => Some(1),
        Answer::No | Answer::DontKnow => Some(0),
        Answer::NotApplicable if mandatory => Some(0),
        Answer::NotApplicable => None,
    }
}

/// An answer's value for the score: Yes 1, Partly 0.5, No and Don't know 0;
/// `None` for Not applicable, except on a mandatory question where it counts
/// as No.
pub fn answer_value(answer: Answer, mandatory: bool) -> Option<f64> {
    halves(answer, mandatory).map(|h| f64::from(h) / 2.0)
}

/// Running sums for a score.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    /// Σ weight × value, in half points.
    earned: u32,
    /// Σ weight over the questions that count.
    possible: u32,
    answered: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, q: &Question, answer: Option<Answer>) {
        self.total += 1;
        let Some(answer) = answer else { return };
        self.answered += 1;
        if let Some(h) = halves(answer, q.mandatory) {
            let w = u32::from(q.weight.get());
            self.earned += w * h;
            self.possible += w;
        }
    }

    /// round(100 × earned / (2 × possible)), half up.
    fn score(&self) -> Option<u8> {
        (self.possible > 0).then(|| {
            let s = (100 * self.earned + self.possible) / (2 * self.possible);
            s.min(100) as u8
        })
    }
}

/// The score (0–100) of some questions under the module's formula, or `None`
/// when no answered question counts.
pub fn gap_score<'a>(
    questions: impl IntoIterator<Item = &'a Question>,
    answers: &BTreeMap<QuestionId, Answer>,
) -> Option<u8> {
    let mut t = Tally::default();
    for q in questions {
        t.add(q, answers.get(&q.id).copied());
    }
    t.score()
}

/// The score of one clause or theme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AreaScore {
    /// The clause or theme.
    pub area: Area,
    /// Its display label.
    pub label: &'static str,
    /// 0–100, or `None` before any counted answer.
    pub score: Option<u8>,
    /// How many of its questions are answered.
    pub answered: usize,
    /// How many questions it has.
    pub total: usize,
}

/// Whether a mandatory document seems to exist, judged from the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Every question on its clause was answered Yes.
    Present,
    /// The weakest answer on its clause was Partly.
    Partial,
    /// An answer on its clause was No, Don't know or Not applicable.
    Missing,
    /// Its clause's questions are not answered yet.
    NotAnswered,
}

impl DocumentStatus {
    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            DocumentStatus::Present => "Present",
            DocumentStatus::Partial => "Partly there",
            DocumentStatus::Missing => "Missing",
            DocumentStatus::NotAnswered => "Not answered",
        }
    }
}

/// One entry of the mandatory documented information checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentCheck {
    /// The clause that requires it.
    pub clause: ClauseId,
    /// What it is.
    pub name: &'static str,
    /// Maintained (a living document) or retained (a record).
    pub kind: DocumentedInfoKind,
    /// Present, partly there, missing or not answered.
    pub status: DocumentStatus,
}

/// One gap: a question answered below Yes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// The question.
    pub question: QuestionId,
    /// Its text.
    pub text: Cow<'static, str>,
    /// Its clause or theme.
    pub area: Area,
    /// The answer given.
    pub answer: Answer,
    /// The question's weight.
    pub weight: Weight,
    /// weight × (1 − value): the ranking key, 0.5 to 3.
    pub priority: f64,
    /// What to do.
    pub todo: Cow<'static, str>,
    /// The roadmap phase.
    pub phase: Phase,
    /// The clauses it evidences.
    pub clauses: Vec<ClauseId>,
    /// The controls it evidences.
    pub controls: Vec<ControlId>,
}

/// One phase of the roadmap.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoadmapPhase {
    /// The phase.
    pub phase: Phase,
    /// Its label.
    pub label: &'static str,
    /// What it is about.
    pub description: &'static str,
    /// Its open gaps, highest priority first.
    pub gaps: Vec<Gap>,
    /// A rough effort for the phase, in person-days, adjusted for size.
    pub effort_days: u32,
}

/// A rough time to certification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The typical shortest time for this size, in months.
    pub min_months: u8,
    /// The typical longest time for this size, in months.
    pub max_months: u8,
    /// Where in that range this readiness score puts you.
    pub likely_months: u8,
    /// A sentence explaining the estimate.
    pub note: String,
}

/// The roadmap to certification.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Roadmap {
    /// The five phases, in order.
    pub phases: Vec<RoadmapPhase>,
    /// The total effort, in person-days.
    pub total_effort_days: u32,
    /// The time estimate.
    pub timeline: Timeline,
}

/// Everything the gap check concludes from the answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapResults {
    /// The mode the results are for.
    pub mode: GapMode,
    /// The organisation's size, if given.
    pub size: Option<SizeBand>,
    /// Answered questions.
    pub answered: usize,
    /// Questions in this mode.
    pub total: usize,
    /// The overall score, 0–100.
    pub overall: Option<u8>,
    /// Scores per clause 4–10.
    pub clauses: Vec<AreaScore>,
    /// Scores per Annex A theme.
    pub themes: Vec<AreaScore>,
    /// The mandatory documented information checklist.
    pub documents: Vec<DocumentCheck>,
    /// How many gaps there are in all.
    pub gap_count: usize,
    /// The ten biggest gaps, by weight × (1 − value).
    pub top_gaps: Vec<Gap>,
    /// The roadmap.
    pub roadmap: Roadmap,
}

/// The effort multiplier of a size band, in tenths.
fn size_factor(size: Option<SizeBand>) -> u32 {
    match size {
        Some(SizeBand::Micro) => 6,
        Some(SizeBand::Small) | None => 10,
        Some(SizeBand::Medium) => 16,
        Some(SizeBand::Large) => 25,
    }
}

/// Person-days for the certification audits themselves (preparing,
/// attending stage 1 and stage 2, closing findings).
fn audit_days(size: Option<SizeBand>) -> u32 {
    match size {
        Some(SizeBand::Micro) => 4,
        Some(SizeBand::Small) | None => 6,
        Some(SizeBand::Medium) => 10,
        Some(SizeBand::Large) => 15,
    }
}

/// The typical months to certification for a size band.
fn months(size: Option<SizeBand>) -> (u8, u8) {
    match size {
        None => (6, 12),
        Some(SizeBand::Micro) => (4, 7),
        Some(SizeBand::Small) => (6, 9),
        Some(SizeBand::Medium) => (8, 12),
        Some(SizeBand::Large) => (12, 18),
    }
}

fn timeline(size: Option<SizeBand>, overall: Option<u8>) -> Timeline {
    let (lo, hi) = months(size);
    let readiness = u32::from(overall.unwrap_or(0));
    // Ready organisations land near the short end: lo + (hi − lo) × (1 − score/100).
    let likely = u32::from(lo) + (u32::from(hi - lo) * (100 - readiness) + 50) / 100;
    let likely = likely as u8;
    let who = match size {
        None => "Most organisations".to_owned(),
        Some(s) => format!("Organisations of {}", s.label().to_lowercase()),
    };
    let note = match overall {
        Some(score) => format!(
            "{who} typically need {lo} to {hi} months from start to certificate. With a readiness score of {score}, expect about {likely} months."
        ),
        None => format!(
            "{who} typically need {lo} to {hi} months from start to certificate. Answer the questions to narrow this down."
        ),
    };
    Timeline {
        min_months: lo,
        max_months: hi,
        likely_months: likely,
        note,
    }
}

/// Computes the results of the gap check in its current mode. Answers to
/// questions of the other mode (or unknown ids) are ignored.
pub fn gap_results(check: &GapCheck) -> GapResults {
    let questions = gap_questions(check.mode);
    let answer = |q: &Question| check.answers.get(&q.id).copied();

    let mut overall = Tally::default();
    let mut per_area: BTreeMap<Area, Tally> = BTreeMap::new();
    for q in questions {
        overall.add(q, answer(q));
        per_area.entry(q.area).or_default().add(q, answer(q));
    }
    let area_score = |area: Area| {
        let t = per_area.get(&area).copied().unwrap_or_default();
        AreaScore {
            area,
            label: area.label(),
            score: t.score(),
            answered: t.answered,
            total: t.total,
        }
    };

    let documents = CLAUSES
        .iter()
        .flat_map(|c| {
            let on_clause: Vec<Option<u32>> = questions
                .iter()
                .filter(|q| q.clauses.contains(&c.id))
                .map(|q| answer(q).map(|a| halves(a, q.mandatory).unwrap_or(0)))
                .collect();
            let weakest = on_clause.iter().flatten().min().copied();
            let status = match weakest {
                Some(0) => DocumentStatus::Missing,
                Some(1) => DocumentStatus::Partial,
                _ if on_clause.iter().any(Option::is_none) => DocumentStatus::NotAnswered,
                _ => DocumentStatus::Present,
            };
            c.documented_information.iter().map(move |d| DocumentCheck {
                clause: c.id,
                name: d.name,
                kind: d.kind,
                status,
            })
        })
        .collect();

    let mut gaps: Vec<(u32, Gap)> = questions
        .iter()
        .filter_map(|q| {
            let a = answer(q)?;
            let h = halves(a, q.mandatory)?;
            (h < 2).then(|| {
                let key = u32::from(q.weight.get()) * (2 - h);
                let gap = Gap {
                    question: q.id.clone(),
                    text: q.text.clone(),
                    area: q.area,
                    answer: a,
                    weight: q.weight,
                    priority: f64::from(key) / 2.0,
                    todo: q.todo.clone(),
                    phase: q.phase,
                    clauses: q.clauses.clone(),
                    controls: q.controls.clone(),
                };
                // The work left, in half-days: effort × (1 − value).
                (u32::from(q.effort_days) * (2 - h), gap)
            })
        })
        .collect();
    // Highest priority first; the sort is stable, so ties keep question order.
    gaps.sort_by(|a, b| b.1.priority.total_cmp(&a.1.priority));

    let factor = size_factor(check.size);
    let phases: Vec<RoadmapPhase> = Phase::ALL
        .iter()
        .map(|&phase| {
            let open: Vec<&(u32, Gap)> = gaps.iter().filter(|(_, g)| g.phase == phase).collect();
            // Σ effort × (1 − value) in half-days, times the size factor in tenths.
            let raw: u32 = open.iter().map(|(half_days, _)| half_days).sum();
            let effort_days = if phase == Phase::CertificationAudit {
                audit_days(check.size)
            } else {
                (raw * factor + 10) / 20
            };
            RoadmapPhase {
                phase,
                label: phase.label(),
                description: phase.description(),
                gaps: open.into_iter().map(|(_, g)| g.clone()).collect(),
                effort_days,
            }
        })
        .collect();
    let score = overall.score();
    GapResults {
        mode: check.mode,
        size: check.size,
        answered: overall.answered,
        total: overall.total,
        overall: score,
        clauses: Area::CLAUSES.iter().map(|a| area_score(*a)).collect(),
        themes: Area::THEMES.iter().map(|a| area_score(*a)).collect(),
        documents,
        gap_count: gaps.len(),
        top_gaps: gaps.iter().take(TOP_GAPS).map(|(_, g)| g.clone()).collect(),
        roadmap: Roadmap {
            total_effort_days: phases.iter().map(|p| p.effort_days).sum(),
            phases,
            timeline: timeline(check.size, score),
        },
    }
}

impl GapCheck {
    /// Records an answer.
    pub fn set_answer(&mut self, id: QuestionId, answer: Answer) {
        self.answers.insert(id, answer);
    }

    /// Removes an answer.
    pub fn clear_answer(&mut self, id: &QuestionId) {
        self.answers.remove(id);
    }

    /// Switches the mode; answers of both modes are kept.
    pub fn set_mode(&mut self, mode: GapMode) {
        self.mode = mode;
    }

    /// Sets or clears the organisation's size band.
    pub fn set_size(&mut self, size: Option<SizeBand>) {
        self.size = size;
    }
}

/// What "Continue to full assessment" changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Continued {
    /// Controls whose SoA status was set or changed.
    pub statuses_changed: Vec<ControlId>,
    /// Controls whose SoA status follows from an answer (changed or not).
    pub controls_prefilled: Vec<ControlId>,
    /// The suggested risks added.
    pub risks_added: Vec<RiskId>,
}

impl Continued {
    /// A one-line summary for the user.
    pub fn summary(&self) -> String {
        format!(
            "Carried the gap check into the full assessment: {} SoA status{} pre-filled ({} changed) and {} suggested risk{} added. Review them on the SoA and Risks pages.",
            self.controls_prefilled.len(),
            if self.controls_prefilled.len() == 1 { "" } else { "es" },
            self.statuses_changed.len(),
            self.risks_added.len(),
            if self.risks_added.len() == 1 { "" } else { "s" },
        )
    }
}

/// The SoA status an answer implies; `None` for Not applicable.
pub fn implied_status(answer: Answer) -> Option<ImplementationStatus> {
    match answer {
        Answer::Yes => Some(ImplementationStatus::Implemented),
        Answer::Partly => Some(ImplementationStatus::PartiallyImplemented),
        Answer::No | Answer::DontKnow => Some(ImplementationStatus::NotStarted),
        Answer::NotApplicable => None,
    }
}

/// Carries the gap check into the full assessment:
///
/// - sets the SoA implementation status of every control an answered
///   Annex A question evidences (Yes → implemented, Partly → partially
///   implemented, No and Don't know → not started; Not applicable leaves the
///   entry alone; where two answers touch one control the weaker wins);
/// - adds an event-based suggested risk (likelihood 3, impact 3, with a
///   fitting threat and vulnerability from the libraries) for every Annex A
///   question answered No, once: the question is remembered in
///   [`GapCheck::raised_risks`], so a second run adds nothing, even if the
///   risk was deleted since.
pub fn continue_to_full(a: &mut Assessment) -> Continued {
    let questions = gap_questions(a.gap_check.mode);
    let mut statuses: BTreeMap<ControlId, ImplementationStatus> = BTreeMap::new();
    for q in questions {
        let Some(status) = a
            .gap_check
            .answers
            .get(&q.id)
            .copied()
            .and_then(implied_status)
        else {
            continue;
        };
        for c in &q.controls {
            statuses
                .entry(*c)
                .and_modify(|s| *s = (*s).min(status))
                .or_insert(status);
        }
    }
    let mut done = Continued::default();
    for (control, status) in statuses {
        let entry = a.soa.entries.entry(control).or_default();
        if entry.status != Some(status) {
            entry.status = Some(status);
            done.statuses_changed.push(control);
        }
        // The gap check asked about it as everyday good practice: it is
        // applicable for that reason unless the user already decided.
        if entry.applicable.is_none() && entry.reasons.is_empty() {
            entry.reasons.push(InclusionReason::BusinessPractice);
        }
        done.controls_prefilled.push(control);
    }
    for q in questions {
        let (Some(Answer::No), Some(risk)) = (a.gap_check.answers.get(&q.id), &q.risk) else {
            continue;
        };
        if a.gap_check.raised_risks.contains_key(&q.id) {
            continue;
        }
        let id = a.next_risk_id();
        a.risks.push(Risk {
            id,
            title: risk.title.to_string(),
            description: format!(
                "Suggested by the gap check, where the answer to \"{}\" was No. Check the likelihood and impact, then decide how to treat it.",
                q.text
            ),
            identification: Identification::EventBased { impact: Impact(3) },
            threat: risk.threat,
            vulnerabilities: risk.vulnerability.into_iter().collect(),
            owner: String::new(),
            likelihood: Likelihood(3),
            impact_override: None,
            existing_controls: Vec::new(),
            current: None,
            treatment: Treatment::default(),
            quant: None,
        });
        a.gap_check.raised_risks.insert(q.id.clone(), id);
        done.risks_added.push(id);
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up() {
        // (earned half points, possible weight, expected score)
        let cases: &[(u32, u32, u8)] =
            &[(0, 1, 0), (1, 1, 50), (2, 1, 100), (1, 3, 17), (5, 3, 83)];
        for (earned, possible, expected) in cases {
            let t = Tally {
                earned: *earned,
                possible: *possible,
                answered: 1,
                total: 1,
            };
            assert_eq!(t.score(), Some(*expected), "{earned}/{possible}");
        }
        assert_eq!(Tally::default().score(), None);
    }

    #[test]
    fn area_clause_numbers() {
        assert_eq!(Area::Context.clause(), Some(4));
        assert_eq!(Area::Improvement.clause(), Some(10));
        assert_eq!(Area::People.clause(), None);
        assert_eq!(
            Area::of_clause(ClauseId::new(9, 2, 1)),
            Some(Area::Performance)
        );
        assert_eq!(Area::of_clause(ClauseId::new(3, 1, 0)), None);
    }
}
