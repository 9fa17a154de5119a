//! The requirement clauses of ISO/IEC 27001:2022 (4.1 … 10.2), with
//! Amendment 1:2024 (climate change) folded into 4.1 and 4.2.
//!
//! Titles are the official clause titles; the requirement texts are short
//! plain-English summaries written by the Annexa team, not the standard's
//! wording.

use super::types::*;

/// Shorthand for a maintained piece of documented information.
const fn maintained(name: &'static str) -> DocumentedInfo {
    DocumentedInfo {
        name,
        kind: DocumentedInfoKind::Maintained,
    }
}

/// Shorthand for a retained piece of documented information.
const fn retained(name: &'static str) -> DocumentedInfo {
    DocumentedInfo {
        name,
        kind: DocumentedInfoKind::Retained,
    }
}

/// The 30 leaf requirement clauses, in the standard's order.
pub static CLAUSES: [Clause; 30] = [
    Clause {
        id: ClauseId::new(4, 1, 0),
        title: "Understanding the organization and its context",
        requirement: "Work out which internal and external matters affect what your security \
                      management is meant to achieve, such as your market, your systems and the \
                      law. Decide explicitly whether climate change is one of those matters for \
                      you.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(4, 2, 0),
        title: "Understanding the needs and expectations of interested parties",
        requirement: "List the people and bodies that care about your information security, such \
                      as customers, staff, regulators and suppliers, and what each of them needs \
                      from you. Decide which of those needs you will meet through the management \
                      system, remembering that some parties may have climate-change \
                      expectations.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(4, 3, 0),
        title: "Determining the scope of the information security management system",
        requirement: "Draw a clear boundary around what the management system covers: which \
                      sites, teams, services and systems, and where you depend on others. The \
                      boundary must take the context and the interested parties into account.",
        documented_information: &[maintained("Scope of the ISMS")],
    },
    Clause {
        id: ClauseId::new(4, 4, 0),
        title: "Information security management system",
        requirement: "Set up the management system, run it, keep it up to date and keep \
                      improving it, including the processes it needs and how they connect.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(5, 1, 0),
        title: "Leadership and commitment",
        requirement: "Senior management must visibly own information security: set the \
                      direction, give it money and people, build it into everyday business \
                      processes and back the staff who make it work.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(5, 2, 0),
        title: "Policy",
        requirement: "Senior management sets a short information security policy that fits the \
                      business, frames the objectives and commits to meeting requirements and to \
                      improving. Share it with staff and make it available to others who need \
                      it.",
        documented_information: &[maintained("Information security policy")],
    },
    Clause {
        id: ClauseId::new(5, 3, 0),
        title: "Organizational roles, responsibilities and authorities",
        requirement: "Name who is responsible for what in information security, and make sure \
                      they know it. Someone must be tasked with keeping the system in line with \
                      the standard and with reporting on how it performs to senior management.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(6, 1, 1),
        title: "General",
        requirement: "When planning, consider your context and interested parties and decide \
                      which risks and opportunities you must deal with so the system works and \
                      keeps getting better. Plan the actions and how you will check they worked.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(6, 1, 2),
        title: "Information security risk assessment",
        requirement: "Define a repeatable way to find, analyse and rank information security \
                      risks, with criteria for deciding which risks are acceptable. Every risk \
                      needs an owner, and assessments done twice should give comparable results.",
        documented_information: &[retained("Information security risk assessment process")],
    },
    Clause {
        id: ClauseId::new(6, 1, 3),
        title: "Information security risk treatment",
        requirement: "Decide how to deal with each risk, pick the controls needed and compare \
                      them with Annex A so nothing important is missed. Record which Annex A \
                      controls apply and why, write a treatment plan and get risk owners to \
                      approve it and the remaining risk.",
        documented_information: &[
            retained("Information security risk treatment process"),
            maintained("Statement of Applicability"),
        ],
    },
    Clause {
        id: ClauseId::new(6, 2, 0),
        title: "Information security objectives and planning to achieve them",
        requirement: "Set measurable security objectives that follow the policy, track and \
                      communicate them, and update them when needed. For each one, plan what \
                      will be done, with what resources, by whom, by when and how success is \
                      judged.",
        documented_information: &[retained("Information security objectives")],
    },
    Clause {
        id: ClauseId::new(6, 3, 0),
        title: "Planning of changes",
        requirement: "When the management system itself needs to change, plan the change \
                      instead of improvising it.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(7, 1, 0),
        title: "Resources",
        requirement: "Provide the people, time, money and tools the management system needs.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(7, 2, 0),
        title: "Competence",
        requirement: "Decide what skills people with security duties need, make sure they have \
                      them through education, training or experience, and close any gaps.",
        documented_information: &[retained("Evidence of competence")],
    },
    Clause {
        id: ClauseId::new(7, 3, 0),
        title: "Awareness",
        requirement: "Everyone working for you should know the security policy, how their work \
                      helps keep information safe, and what happens if they ignore the rules.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(7, 4, 0),
        title: "Communication",
        requirement: "Decide what to communicate about security, inside and outside the \
                      company: what, when, to whom and how.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(7, 5, 1),
        title: "General",
        requirement: "Keep the documents and records the standard asks for, plus any others you \
                      find you need to run the system well. How much depends on your size, \
                      activities and people.",
        documented_information: &[maintained(
            "Documented information the organization determines necessary for the ISMS",
        )],
    },
    Clause {
        id: ClauseId::new(7, 5, 2),
        title: "Creating and updating",
        requirement: "Documents should be identifiable (title, date, author or reference), in a \
                      suitable format, and reviewed and approved before use.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(7, 5, 3),
        title: "Control of documented information",
        requirement: "Keep documents available to those who need them and protected from \
                      leaks, misuse and loss. Manage their distribution, versions, storage, \
                      retention and disposal, including documents that come from outside.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(8, 1, 0),
        title: "Operational planning and control",
        requirement: "Run the security processes as planned, with criteria to judge them, and \
                      control changes and anything supplied from outside that matters to the \
                      system. Deal with the side effects of unplanned changes.",
        documented_information: &[retained(
            "Evidence that processes have been carried out as planned",
        )],
    },
    Clause {
        id: ClauseId::new(8, 2, 0),
        title: "Information security risk assessment",
        requirement: "Repeat the risk assessment at planned intervals and whenever something \
                      significant changes.",
        documented_information: &[retained("Results of information security risk assessments")],
    },
    Clause {
        id: ClauseId::new(8, 3, 0),
        title: "Information security risk treatment",
        requirement: "Carry out the risk treatment plan.",
        documented_information: &[retained("Results of information security risk treatment")],
    },
    Clause {
        id: ClauseId::new(9, 1, 0),
        title: "Monitoring, measurement, analysis and evaluation",
        requirement: "Decide what to measure about security and the management system, how, \
                      when and by whom, and who will analyse the results. Use the results to \
                      judge how well security works.",
        documented_information: &[retained("Monitoring and measurement results")],
    },
    Clause {
        id: ClauseId::new(9, 2, 1),
        title: "General",
        requirement: "Check at planned intervals, through internal audits, that the system meets \
                      your own rules and the standard, and that it actually works in practice.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(9, 2, 2),
        title: "Internal audit programme",
        requirement: "Plan the audits: how often, what methods, who is responsible and what each \
                      audit covers. Choose auditors who are objective, and report the findings \
                      to the managers concerned.",
        documented_information: &[
            retained("Evidence of the implementation of the audit programme"),
            retained("Internal audit results"),
        ],
    },
    Clause {
        id: ClauseId::new(9, 3, 1),
        title: "General",
        requirement: "Senior management reviews the management system at planned intervals to \
                      confirm it is still suitable, adequate and effective.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(9, 3, 2),
        title: "Management review inputs",
        requirement: "The review looks at earlier actions, changes in context and interested \
                      parties, performance figures, audit findings, risk status, feedback and \
                      chances to improve.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(9, 3, 3),
        title: "Management review results",
        requirement: "The review ends with decisions on improvements and on any changes the \
                      management system needs.",
        documented_information: &[retained("Results of management reviews")],
    },
    Clause {
        id: ClauseId::new(10, 1, 0),
        title: "Continual improvement",
        requirement: "Keep making the management system more suitable, adequate and effective \
                      over time.",
        documented_information: &[],
    },
    Clause {
        id: ClauseId::new(10, 2, 0),
        title: "Nonconformity and corrective action",
        requirement: "When something does not meet a requirement, fix it and deal with the \
                      consequences, find the root cause and act so it does not happen again. \
                      Check that the corrective action worked.",
        documented_information: &[
            retained("Nature of the nonconformities and any subsequent actions taken"),
            retained("Results of any corrective action"),
        ],
    },
];
