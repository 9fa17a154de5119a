//! The scored risk register as JSON and CSV, and its rows for the
//! spreadsheet exports (CISO Assistant's columns first).

use serde_json::{json, Value};

use super::csv;
use crate::catalogue::{self, snake};
use crate::method::{LevelIndex, Method};
use crate::model::Assessment;
use crate::scoring::{Evaluation, Scored, ScoredRegister};
use crate::text::{self, msg, Arg};

fn evaluation_json(method: &Method, e: &Evaluation) -> Value {
    json!({
        "likelihood": e.likelihood,
        "impact": e.impact,
        "level": method.level_name(e.level),
    })
}

/// The scored register as JSON.
pub fn score_json(a: &Assessment) -> Value {
    let m = &a.method;
    let register = ScoredRegister::new(a);
    Value::Array(
        register
            .rows(a)
            .map(|Scored { risk: r, score: s }| {
                json!({
                    "id": r.id,
                    "title": r.title,
                    "inherent": evaluation_json(m, &s.inherent),
                    "current": evaluation_json(m, &s.current),
                    "residual": evaluation_json(m, &s.residual),
                    "impact_basis": s.impact_basis,
                    "current_within_tolerance": s.current_within_tolerance,
                    "residual_within_tolerance": s.residual_within_tolerance,
                })
            })
            .collect(),
    )
}

fn level(m: &Method, l: LevelIndex) -> String {
    m.level_name(l).to_owned()
}

/// The scored register as CSV.
pub fn score_csv(a: &Assessment) -> String {
    let m = &a.method;
    let register = ScoredRegister::new(a);
    let rows: Vec<Vec<String>> = register
        .rows(a)
        .map(|Scored { risk: r, score: s }| {
            let mut row = vec![r.id.to_string(), r.title.clone(), r.owner.clone()];
            for e in [&s.inherent, &s.current, &s.residual] {
                row.push(e.likelihood.0.to_string());
                row.push(e.impact.0.to_string());
                row.push(level(m, e.level));
            }
            row.push(r.treatment.option.map_or(String::new(), |o| snake(&o)));
            row.push(s.residual_within_tolerance.to_string());
            row
        })
        .collect();
    csv(
        &[
            "id",
            "title",
            "owner",
            "inherent_likelihood",
            "inherent_impact",
            "inherent_level",
            "current_likelihood",
            "current_impact",
            "current_level",
            "residual_likelihood",
            "residual_impact",
            "residual_level",
            "treatment",
            "residual_within_tolerance",
        ],
        &rows,
    )
}

fn scale_name(m: &Method, likelihood: bool, n: u8) -> String {
    if likelihood {
        m.likelihood.name(n).to_owned()
    } else {
        m.impact.name(n).to_owned()
    }
}

/// One item of a multi-value cell as CISO Assistant reads it: its import
/// splits such a cell on line ends, `|`, `;` and `,`, so each of those
/// inside the item becomes " - " (a control title such as 5.31 "Legal,
/// statutory, regulatory and contractual requirements" would otherwise
/// arrive as three controls). Runs of white space shrink to one space.
pub fn multi_value_item(s: &str) -> String {
    let replaced: String = s
        .chars()
        .map(|c| {
            if matches!(c, ',' | ';' | '|' | '\n' | '\r') {
                '\u{1}'
            } else {
                c
            }
        })
        .collect();
    replaced
        .split('\u{1}')
        .map(|part| part.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" - ")
}

/// A multi-value cell for CISO Assistant: the items, each made whole by
/// [`multi_value_item`], joined with `|`.
pub fn multi_value(items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .map(|i| multi_value_item(&i))
        .filter(|i| !i.is_empty())
        .collect::<Vec<_>>()
        .join("|")
}

/// Control ids only (`5.31|8.5`): CISO Assistant matches them to its own
/// copy of Annex A.
fn control_ids(ids: &[crate::catalogue::ControlId]) -> String {
    multi_value(ids.iter().map(ToString::to_string))
}

/// The column names of [`risk_register_rows`]: CISO Assistant's risk-import
/// columns first (so the file imports there), then Annexa's own.
pub const RISK_REGISTER_COLUMNS: [&str; 29] = [
    "ref_id",
    "name",
    "description",
    "inherent_impact",
    "inherent_proba",
    "inherent_level",
    "existing_controls",
    "current_impact",
    "current_proba",
    "current_level",
    "additional_controls",
    "residual_impact",
    "residual_proba",
    "residual_level",
    "treatment",
    "owner",
    "assets",
    "threat",
    "vulnerabilities",
    "inherent_likelihood_value",
    "inherent_impact_value",
    "current_likelihood_value",
    "current_impact_value",
    "residual_likelihood_value",
    "residual_impact_value",
    "acceptance",
    "treatment_owner",
    "due",
    "status",
];

/// The risk register as rows of text, in [`RISK_REGISTER_COLUMNS`] order.
pub fn risk_register_rows(a: &Assessment) -> Vec<Vec<String>> {
    let m = &a.method;
    let register = ScoredRegister::new(a);
    register
        .rows(a)
        .map(|Scored { risk: r, score: s }| {
            // Bare asset names: CISO Assistant matches assets by name.
            let assets = match &r.identification {
                crate::model::Identification::AssetBased { assets } => multi_value(
                    assets
                        .iter()
                        .map(|id| a.asset(*id).map_or(id.to_string(), |x| x.name.clone())),
                ),
                crate::model::Identification::EventBased { .. } => String::new(),
            };
            let threat = multi_value(
                r.threat
                    .and_then(catalogue::threat)
                    .map(|t| format!("{} {}", t.id, t.name)),
            );
            let vulns = multi_value(
                r.vulnerabilities
                    .iter()
                    .filter_map(|v| catalogue::vulnerability(*v))
                    .map(|v| format!("{} {}", v.id, v.name)),
            );
            let treatment = r.treatment.option.map_or("open".to_owned(), |o| snake(&o));
            let acceptance = r.treatment.acceptance.as_ref().map_or(String::new(), |x| {
                text::text_with(
                    msg::REGISTER_ACCEPTANCE,
                    &[
                        ("by", Arg::from(x.by.as_str())),
                        ("on", Arg::from(x.on.to_string())),
                        ("until", Arg::from(x.until.to_string())),
                        ("reason", Arg::from(x.reason.as_str())),
                    ],
                )
            });
            vec![
                r.id.to_string(),
                r.title.clone(),
                r.description.clone(),
                scale_name(m, false, s.inherent.impact.0),
                scale_name(m, true, s.inherent.likelihood.0),
                level(m, s.inherent.level),
                control_ids(&r.existing_controls),
                scale_name(m, false, s.current.impact.0),
                scale_name(m, true, s.current.likelihood.0),
                level(m, s.current.level),
                control_ids(&r.treatment.planned_controls),
                scale_name(m, false, s.residual.impact.0),
                scale_name(m, true, s.residual.likelihood.0),
                level(m, s.residual.level),
                treatment,
                r.owner.clone(),
                assets,
                threat,
                vulns,
                s.inherent.likelihood.0.to_string(),
                s.inherent.impact.0.to_string(),
                s.current.likelihood.0.to_string(),
                s.current.impact.0.to_string(),
                s.residual.likelihood.0.to_string(),
                s.residual.impact.0.to_string(),
                acceptance,
                r.treatment.owner.clone(),
                r.treatment.due.map(|d| d.to_string()).unwrap_or_default(),
                snake(&r.treatment.status),
            ]
        })
        .collect()
}

/// The risk register as CSV (CISO Assistant's columns, then Annexa's).
/// Its multi-value cells (controls, assets, threat, vulnerabilities) hold
/// whole items joined with `|` (see [`multi_value`]), so CISO Assistant's
/// import, which splits on line ends, `|`, `;` and `,`, reads each item
/// whole.
pub fn risk_register_csv(a: &Assessment) -> String {
    csv(&RISK_REGISTER_COLUMNS, &risk_register_rows(a))
}
