//! The roadmap to certification: the phases with their open gaps and
//! efforts, and a timeline adjusted for the organisation's size.

use serde::Serialize;

use super::results::Gap;
use super::types::Phase;
use crate::model::SizeBand;
use crate::text::{self, msg, Arg};

/// One phase of the roadmap.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoadmapPhase {
    /// The phase.
    pub phase: Phase,
    /// Its label.
    pub label: String,
    /// What it is about.
    pub description: String,
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
        None => text::text(msg::GAP_TIMELINE_MOST),
        Some(s) => text::text_with(
            msg::GAP_TIMELINE_OF_SIZE,
            &[("size", Arg::from(crate::text::case::lower(&s.label())))],
        ),
    };
    let mut args = vec![
        ("who", Arg::from(who)),
        ("min", Arg::from(u32::from(lo))),
        ("max", Arg::from(u32::from(hi))),
    ];
    let id = match overall {
        Some(score) => {
            args.push(("score", Arg::from(u32::from(score))));
            args.push(("likely", Arg::from(u32::from(likely))));
            msg::GAP_TIMELINE_SCORED
        }
        None => msg::GAP_TIMELINE_UNSCORED,
    };
    let note = text::text_with(id, &args);
    Timeline {
        min_months: lo,
        max_months: hi,
        likely_months: likely,
        note,
    }
}

/// The roadmap of the open `gaps` (each with its work left, in half-days,
/// highest priority first), with efforts and the timeline adjusted for the
/// organisation's size.
pub(super) fn roadmap(gaps: &[(u32, Gap)], size: Option<SizeBand>, score: Option<u8>) -> Roadmap {
    let factor = size_factor(size);
    let phases: Vec<RoadmapPhase> = Phase::ALL
        .iter()
        .map(|&phase| {
            let open: Vec<&(u32, Gap)> = gaps.iter().filter(|(_, g)| g.phase == phase).collect();
            // Σ effort × (1 − value) in half-days, times the size factor in tenths.
            let raw: u32 = open.iter().map(|(half_days, _)| half_days).sum();
            let effort_days = if phase == Phase::CertificationAudit {
                audit_days(size)
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
    Roadmap {
        total_effort_days: phases.iter().map(|p| p.effort_days).sum(),
        phases,
        timeline: timeline(size, score),
    }
}
