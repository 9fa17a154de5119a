//! Reading one cell into Annexa's values: the mapping's value tables, control, threat and vulnerability references and inclusion reasons.

use super::*;

impl Values<'_> {
    /// The mapped value of a label cell: `Ok(None)` for an empty or blank
    /// cell; an error for a label the value table does not map.
    pub(super) fn get(
        &self,
        field: TargetField,
        cell: Option<&str>,
    ) -> Result<Option<MappedValue>, RowProblem> {
        let Some(cell) = cell.filter(|c| !c.is_empty()) else {
            return Ok(None);
        };
        let found = self
            .mapping
            .values_of(field)
            .and_then(|v| v.values.iter().find(|c| c.found == cell))
            .and_then(|c| c.to);
        match found {
            Some(MappedValue::Blank) => Ok(None),
            Some(v) => Ok(Some(v)),
            None => Err(RowProblem::Unmapped {
                field,
                value: cell.to_owned(),
            }),
        }
    }

    pub(super) fn step(
        &self,
        field: TargetField,
        cell: Option<&str>,
    ) -> Result<Option<u8>, RowProblem> {
        let steps = match field.value_kind() {
            Some(values::ValueKind::Likelihood) => self.likelihood_steps,
            _ => self.impact_steps,
        };
        match self.get(field, cell)? {
            Some(MappedValue::Step(s)) if (1..=steps).contains(&usize::from(s)) => Ok(Some(s)),
            Some(MappedValue::Step(step)) => Err(RowProblem::OutOfScale { field, step, steps }),
            Some(_) => Err(RowProblem::Unmapped {
                field,
                value: cell.unwrap_or_default().to_owned(),
            }),
            None => Ok(None),
        }
    }
}

/// Reads a list of controls; 2013 ids become their 2022 controls.
pub(super) fn controls(cell: Option<&str>) -> Result<Vec<ControlId>, RowProblem> {
    let refs = values::split_items(cell.unwrap_or(""), values::parse_control)
        .map_err(|value| RowProblem::NotAControl { value })?;
    let mut out = Vec::new();
    for r in refs {
        match r {
            ControlRef::Current(id) => out.push(id),
            ControlRef::Legacy(id) => out.extend_from_slice(catalogue::current_of(id)),
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(*c));
    Ok(out)
}

/// The first word of a cell ("T07 Malware" → "T07").
pub(super) fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

pub(super) fn threat_of(s: &str) -> Option<ThreatId> {
    first_word(s)
        .parse::<ThreatId>()
        .ok()
        .filter(|t| catalogue::threat(*t).is_some())
        .or_else(|| {
            let n = values::normalise(s);
            catalogue::THREATS
                .iter()
                .find(|t| values::normalise(t.name) == n)
                .map(|t| t.id)
        })
}

pub(super) fn vulnerability_of(s: &str) -> Option<VulnerabilityId> {
    first_word(s)
        .parse::<VulnerabilityId>()
        .ok()
        .filter(|v| catalogue::vulnerability(*v).is_some())
        .or_else(|| {
            let n = values::normalise(s);
            catalogue::VULNERABILITIES
                .iter()
                .find(|v| values::normalise(v.name) == n)
                .map(|v| v.id)
        })
}

pub(super) fn reasons_of(cell: Option<&str>) -> Vec<InclusionReason> {
    let mut out = Vec::new();
    for part in cell.map(split_list).unwrap_or_default() {
        let n = values::normalise(part);
        if let Some(r) = InclusionReason::ALL.iter().find(|r| {
            values::normalise(&r.label()) == n || values::normalise(&catalogue::snake(*r)) == n
        }) {
            if *r != InclusionReason::RiskTreatment && !out.contains(r) {
                out.push(*r);
            }
        }
    }
    out
}

pub(super) fn blank(s: &str) -> bool {
    matches!(s.trim(), "" | "-" | "—" | "–" | "n/a" | "N/A")
}
