//! Value mapping: what each distinct label of a spreadsheet column becomes
//! in Annexa (a step of a scale, an asset type, an SoA status, …), the
//! proposals Annexa makes for them, and control ids in any spelling.

use serde::{Deserialize, Serialize};

use crate::catalogue::{self, AssetType};
use crate::model::{ImplementationStatus, TreatmentOption, TreatmentStatus};

mod lists;

pub use lists::{parse_control, split_items, split_list, ControlRef};

/// What one spreadsheet label becomes in Annexa.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum MappedValue {
    /// Treated as an empty cell (e.g. "—" or "n/a" in a status column).
    Blank,
    /// A step of the method's likelihood or impact scale, from 1.
    Step(u8),
    /// An asset type.
    AssetType(AssetType),
    /// An SoA implementation status.
    Status(ImplementationStatus),
    /// Applicable (`true`) or excluded.
    Applicable(bool),
    /// A risk treatment option.
    Option(TreatmentOption),
    /// How far a risk's treatment has got.
    TreatmentStatus(TreatmentStatus),
}

/// One line of a value table: a label found in the column and what it
/// becomes (`None`: not mapped yet; rows with it are rejected).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueChoice {
    /// The label as found in the spreadsheet (trimmed).
    pub found: String,
    /// What it becomes.
    pub to: Option<MappedValue>,
}

/// What kind of values a label column holds, which decides what its labels
/// may become.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// Likelihood steps (1 to the scale's length).
    Likelihood,
    /// Impact steps (1 to the scale's length); also C, I and A ratings.
    Impact,
    /// Asset types.
    AssetType,
    /// SoA implementation statuses.
    Status,
    /// Applicable or not.
    Applicable,
    /// Risk treatment options.
    Option,
    /// Treatment statuses.
    TreatmentStatus,
}

/// A label in a comparable form: lower case, punctuation and runs of
/// spaces made one space, trimmed ("In place" and "in-place" are equal).
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            crate::text::case::push_lower(&mut out, c);
        } else {
            space = true;
        }
    }
    out
}

/// True for the marks spreadsheets use for "nothing here".
fn blank_mark(s: &str) -> bool {
    let t = s.trim();
    t.is_empty()
        || matches!(
            t,
            "-" | "—" | "–" | "n/a" | "N/A" | "NA" | "na" | "n.a." | "tbd" | "TBD" | "?"
        )
}

/// The position of a rating word on a ladder, as a fraction from 0 (the
/// lowest) to 1, and whether the word belongs to five-level ladders
/// ("very low", "critical").
fn rating_word(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "very low" | "negligible" | "insignificant" | "very rare" | "minimal" | "very unlikely"
        | "public" | "none" => (0.0, true),
        "low" | "minor" | "rare" | "unlikely" | "limited" => (0.0, false),
        "internal" | "internal use" | "internal only" => (1.0 / 3.0, false),
        "medium" | "moderate" | "possible" | "significant" | "med" | "average" => (0.5, false),
        "confidential" | "sensitive" => (2.0 / 3.0, false),
        "high" | "major" | "likely" | "serious" | "important" => (1.0, false),
        "very high" | "critical" | "severe" | "almost certain" | "catastrophic" | "extreme"
        | "very likely" | "certain" => (1.0, true),
        "restricted"
        | "secret"
        | "strictly confidential"
        | "highly confidential"
        | "top secret" => (1.0, false),
        _ => return None,
    })
}

/// On five-level ladders, "low" and "high" move inwards.
fn five_level(w: &str, f: f64) -> f64 {
    match w {
        "low" | "minor" | "rare" | "unlikely" | "limited" => 0.25,
        "high" | "major" | "likely" | "serious" | "important" => 0.75,
        _ => f,
    }
}

/// A number written in a cell ("3", "7.5", "3,0"), if it is one.
pub fn number(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', ".");
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// The step of a `steps`-long scale for a fraction 0..=1.
fn step_of(f: f64, steps: usize) -> u8 {
    let n = steps.max(1) as f64;
    ((f * (n - 1.0)).round() + 1.0).clamp(1.0, n) as u8
}

/// Proposes a step for each rating label found in a column, on a scale of
/// `steps` steps whose names are `names` (lowest first):
///
/// - a label equal to a step's name (any case) is that step;
/// - whole numbers that all fit the method's scale (1 to `steps`) are its
///   steps (Annexa's own exports, a register on the same method), unless
///   they are exactly a whole smaller scale: every step of 1–3 found, on a
///   method of more steps, is a 1–3 register and is spread like the next
///   case (1 → 1, 2 → 3, 3 → 5 on five steps);
/// - other numbers are read on the smallest common scale that holds them
///   all (1–3, 1–4, 1–5, 1–6, 1–10 or 0–100; 0–… when a 0 is found) and
///   spread linearly onto the method's steps, so 1–10 on a 5-step scale
///   gives 1 for 1 and 5 for 10;
/// - words of a known ladder ("Low/Medium/High", "Public/Internal/
///   Confidential/Restricted", "Very low … Critical") are spread the same way.
///
/// Labels it cannot place are left unmapped (`None`).
pub fn propose_steps(found: &[String], steps: usize, names: &[&str]) -> Vec<ValueChoice> {
    propose_steps_among(found, found, steps, names)
}

/// [`propose_steps`] for one column of several on the same scale: whether
/// the numbers are a whole 1–3 scale is judged on `same_scale`, every
/// label of those columns (in Annexa's own risk register a residual
/// likelihood column may hold only 1–3 while the inherent one holds a 4:
/// both are on the method's scale).
pub fn propose_steps_among(
    found: &[String],
    same_scale: &[String],
    steps: usize,
    names: &[&str],
) -> Vec<ValueChoice> {
    let numbers: Vec<f64> = found.iter().filter_map(|s| number(s)).collect();
    let scale_numbers: Vec<f64> = same_scale.iter().filter_map(|s| number(s)).collect();
    let whole = numbers
        .iter()
        .all(|n| n.fract() == 0.0 && *n >= 1.0 && *n <= steps as f64);
    // Every step of a 1–3 scale and nothing else: a smaller scale, not
    // the lower half of the method's.
    let small_scale = steps > 3
        && !numbers.is_empty()
        && (1..=3).all(|k| scale_numbers.contains(&f64::from(k)))
        && scale_numbers.iter().chain(&numbers).all(|n| *n <= 3.0);
    let on_scale = whole && !small_scale;
    let max = numbers.iter().copied().fold(0.0_f64, f64::max);
    let zero = numbers.iter().any(|n| *n < 1.0);
    let top = [3.0, 4.0, 5.0, 6.0, 10.0, 100.0]
        .into_iter()
        .find(|t| max <= *t)
        .unwrap_or(max.max(1.0));
    let bottom = if zero { 0.0 } else { 1.0 };
    let words: Vec<String> = found.iter().map(|s| normalise(s)).collect();
    let five = words
        .iter()
        .any(|w| rating_word(w).is_some_and(|(_, five)| five));
    found
        .iter()
        .zip(&words)
        .map(|(f, w)| {
            let to = if blank_mark(f) {
                Some(MappedValue::Blank)
            } else if let Some(i) = names.iter().position(|n| normalise(n) == *w) {
                Some(MappedValue::Step(i as u8 + 1))
            } else if let Some(n) = number(f).filter(|_| !on_scale) {
                let frac = if top > bottom {
                    (n - bottom) / (top - bottom)
                } else {
                    0.0
                };
                (0.0..=1.0)
                    .contains(&frac)
                    .then(|| MappedValue::Step(step_of(frac, steps)))
            } else if let Some(n) = number(f) {
                Some(MappedValue::Step(n as u8))
            } else {
                rating_word(w).map(|(frac, _)| {
                    let frac = if five { five_level(w, frac) } else { frac };
                    MappedValue::Step(step_of(frac, steps))
                })
            };
            ValueChoice {
                found: f.clone(),
                to,
            }
        })
        .collect()
}

fn asset_type_word(w: &str) -> Option<AssetType> {
    let t = |x| Some(x);
    if let Some(a) = AssetType::ALL
        .iter()
        .find(|a| normalise(&catalogue::snake(*a)) == w || normalise(&a.label()) == w)
    {
        return Some(*a);
    }
    match w {
        "data" | "information" | "document" | "documents" | "database" | "records" | "record"
        | "dataset" | "info" | "information asset" | "paper" => t(AssetType::Information),
        "software" | "application" | "applications" | "app" | "system" | "systems" | "platform"
        | "tool" => t(AssetType::Software),
        "hardware" | "device" | "devices" | "laptop" | "laptops" | "server" | "servers"
        | "equipment" | "network" | "infrastructure" | "physical asset" => t(AssetType::Hardware),
        "service" | "services" | "process" | "business process" => t(AssetType::Service),
        "people" | "person" | "staff" | "personnel" | "human" | "employee" | "employees"
        | "role" => t(AssetType::People),
        "site" | "location" | "facility" | "premises" | "building" | "office" => t(AssetType::Site),
        "supplier" | "vendor" | "third party" | "partner" | "contractor" => t(AssetType::Supplier),
        "cloud" | "saas" | "paas" | "iaas" | "cloud service" | "cloud services" => {
            t(AssetType::CloudService)
        }
        _ => None,
    }
}

fn status_word(w: &str) -> Option<MappedValue> {
    use ImplementationStatus as S;
    let s = |x| Some(MappedValue::Status(x));
    if let Some(x) = S::ALL
        .iter()
        .find(|x| normalise(&catalogue::snake(*x)) == w || normalise(&x.label()) == w)
    {
        return s(*x);
    }
    match w {
        "implemented" | "in place" | "yes" | "done" | "complete" | "completed"
        | "fully implemented" | "effective" | "operational" | "y" | "full" => s(S::Implemented),
        "partial" | "partially" | "partly" | "in progress" | "ongoing" | "partially in place"
        | "partly implemented" | "some" => s(S::PartiallyImplemented),
        "planned" | "scheduled" | "to do" | "todo" | "intended" => s(S::Planned),
        "not started" | "no" | "not implemented" | "missing" | "none" | "not in place" | "n"
        | "open" | "absent" => s(S::NotStarted),
        _ => None,
    }
}

fn applicable_word(w: &str) -> Option<bool> {
    match w {
        "yes" | "y" | "true" | "applicable" | "1" | "x" | "included" | "include" | "in scope"
        | "required" | "ja" | "oui" | "si" => Some(true),
        "no" | "n" | "false" | "not applicable" | "0" | "excluded" | "exclude" | "out of scope"
        | "na" | "n a" | "nein" | "non" => Some(false),
        _ => None,
    }
}

fn option_word(w: &str) -> Option<MappedValue> {
    use TreatmentOption as O;
    let o = |x| Some(MappedValue::Option(x));
    if let Some(x) = O::ALL
        .iter()
        .find(|x| normalise(&catalogue::snake(*x)) == w || normalise(&x.label()) == w)
    {
        return o(*x);
    }
    match w {
        "mitigate" | "reduce" | "treat" | "modify" | "mitigation" | "reduction" | "control"
        | "modification" => o(O::Mitigate),
        "accept" | "accepted" | "retain" | "retention" | "tolerate" | "acceptance" => o(O::Accept),
        "avoid" | "avoidance" | "terminate" | "avoided" => o(O::Avoid),
        "transfer" | "share" | "sharing" | "insure" | "transferred" | "shared" => o(O::Transfer),
        "open" | "undecided" | "not decided" | "tbd" => Some(MappedValue::Blank),
        _ => None,
    }
}

fn treatment_status_word(w: &str) -> Option<MappedValue> {
    use TreatmentStatus as T;
    let t = |x| Some(MappedValue::TreatmentStatus(x));
    if let Some(x) = T::ALL
        .iter()
        .find(|x| normalise(&catalogue::snake(*x)) == w || normalise(&x.label()) == w)
    {
        return t(*x);
    }
    match w {
        "not started" | "open" | "to do" | "todo" | "new" | "planned" => t(T::NotStarted),
        "in progress" | "ongoing" | "started" | "active" => t(T::InProgress),
        "done" | "complete" | "completed" | "closed" | "finished" | "implemented" => t(T::Done),
        _ => None,
    }
}

/// Proposes a value for each label of a column of `kind` (see
/// [`propose_steps`] for ratings; `steps`/`names` describe the scale).
pub fn propose(
    kind: ValueKind,
    found: &[String],
    steps: usize,
    names: &[&str],
) -> Vec<ValueChoice> {
    propose_among(kind, found, found, steps, names)
}

/// [`propose`] for one column of several of the same kind: `same_kind`
/// holds every label of those columns (see [`propose_steps_among`]).
pub fn propose_among(
    kind: ValueKind,
    found: &[String],
    same_kind: &[String],
    steps: usize,
    names: &[&str],
) -> Vec<ValueChoice> {
    match kind {
        ValueKind::Likelihood | ValueKind::Impact => {
            propose_steps_among(found, same_kind, steps, names)
        }
        _ => found
            .iter()
            .map(|f| {
                let w = normalise(f);
                let to = match kind {
                    ValueKind::AssetType => asset_type_word(&w).map(MappedValue::AssetType),
                    ValueKind::Status => status_word(&w),
                    ValueKind::Applicable => applicable_word(&w).map(MappedValue::Applicable),
                    ValueKind::Option => option_word(&w),
                    ValueKind::TreatmentStatus => treatment_status_word(&w),
                    ValueKind::Likelihood | ValueKind::Impact => None,
                };
                let to = to.or_else(|| blank_mark(f).then_some(MappedValue::Blank));
                ValueChoice {
                    found: f.clone(),
                    to,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
