//! The Annex A catalogues (2022 and 2013) as JSON and CSV.

use serde_json::{json, Value};

use super::{csv, join, snakes};
use crate::catalogue::{self, snake, CONTROLS, LEGACY_CONTROLS};

/// The 2022 catalogue as JSON values (one object per control).
pub fn catalogue_2022_json() -> Value {
    Value::Array(
        CONTROLS
            .iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "theme": c.theme(),
                    "title": c.title,
                    "summary": c.summary,
                    "control_type": snakes(c.control_types),
                    "security_properties": snakes(c.properties),
                    "cybersecurity_concepts": snakes(c.concepts),
                    "operational_capabilities": snakes(c.capabilities),
                    "security_domains": snakes(c.domains),
                    "new_in_2022": c.new_in_2022,
                    "effort": c.effort,
                    "iso27001_2013": catalogue::legacy_of(c.id),
                })
            })
            .collect(),
    )
}

/// The 2022 catalogue as CSV.
pub fn catalogue_2022_csv() -> String {
    let rows: Vec<Vec<String>> = CONTROLS
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                snake(&c.theme()),
                c.title.to_owned(),
                join(&snakes(c.control_types)),
                join(&snakes(c.properties)),
                join(&snakes(c.concepts)),
                join(&snakes(c.capabilities)),
                join(&snakes(c.domains)),
                join(catalogue::legacy_of(c.id)),
                c.new_in_2022.to_string(),
                c.summary.to_owned(),
            ]
        })
        .collect();
    csv(
        &[
            "id",
            "theme",
            "title",
            "control_type",
            "security_properties",
            "cybersecurity_concepts",
            "operational_capabilities",
            "security_domains",
            "iso27001_2013",
            "new_in_2022",
            "summary",
        ],
        &rows,
    )
}

/// The 2013 catalogue as JSON values.
pub fn catalogue_2013_json() -> Value {
    Value::Array(
        LEGACY_CONTROLS
            .iter()
            .map(|c| {
                let domain = catalogue::legacy_domain(c.id.domain).map_or("", |d| d.title);
                json!({
                    "id": c.id,
                    "domain": format!("A.{} {}", c.id.domain, domain),
                    "title": c.title,
                    "iso27001_2022": catalogue::current_of(c.id),
                })
            })
            .collect(),
    )
}

/// The 2013 catalogue as CSV.
pub fn catalogue_2013_csv() -> String {
    let rows: Vec<Vec<String>> = LEGACY_CONTROLS
        .iter()
        .map(|c| {
            let domain = catalogue::legacy_domain(c.id.domain).map_or("", |d| d.title);
            vec![
                c.id.to_string(),
                format!("A.{} {}", c.id.domain, domain),
                c.title.to_owned(),
                join(catalogue::current_of(c.id)),
            ]
        })
        .collect();
    csv(&["id", "domain", "title", "iso27001_2022"], &rows)
}
