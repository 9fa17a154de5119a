//! Text renderings of the domain's results: CSV (with formula-injection
//! neutralised), Markdown and JSON. The CLI and the browser's downloads both
//! use these, so a file looks the same wherever it was made.

use serde::Serialize;
use serde_json::{json, Value};

use super::catalogue::{self, snake, DocumentedInfoKind, CONTROLS, LEGACY_CONTROLS};
use super::gap::{AreaScore, GapResults};
use super::method::{LevelIndex, Method};
use super::model::Assessment;
use super::recommend::{plan, recommend, TreatmentPlan};
use super::scoring::{Evaluation, Scored, ScoredRegister};
use super::soa::Soa;

/// Makes a cell safe for spreadsheets: text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return is prefixed with `'`, as OWASP advises,
/// so that no spreadsheet reads it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// One CSV field: neutralised, then quoted where needed (RFC 4180).
pub fn csv_field(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A CSV document from a header and rows, CRLF line ends.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let line =
        |cells: &mut dyn Iterator<Item = String>| cells.collect::<Vec<_>>().join(",") + "\r\n";
    out.push_str(&line(&mut header.iter().map(|h| csv_field(h))));
    for row in rows {
        out.push_str(&line(&mut row.iter().map(|c| csv_field(c))));
    }
    out
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

fn snakes<T: Serialize>(items: &[T]) -> Vec<String> {
    items.iter().map(snake).collect()
}

/// Pretty JSON with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

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

/// Per-risk recommendations and the plan, as JSON.
pub fn recommend_json(a: &Assessment) -> Value {
    let per_risk: Vec<Value> = a
        .risks
        .iter()
        .map(|r| json!({ "risk": r.id, "title": r.title, "controls": recommend(a, r) }))
        .collect();
    json!({ "risks": per_risk, "plan": plan(a) })
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn plan_md(a: &Assessment, p: &TreatmentPlan, out: &mut String) {
    out.push_str("## Treatment plan\n\n");
    out.push_str(&p.headline(&a.method));
    out.push('\n');
    if p.above_tolerance.is_empty() {
        return;
    }
    out.push_str(
        "\n| # | Control | Effort | Lowers | Brings within tolerance |\n|---|---|---|---|---|\n",
    );
    for (n, s) in p.steps.iter().enumerate() {
        out.push_str(&format!(
            "| {} | {} {} | {:?} | {} | {} |\n",
            n + 1,
            s.control,
            md_cell(s.title),
            s.effort,
            join(&s.risks_improved),
            join(&s.brought_within_tolerance)
        ));
    }
    out.push_str(&format!("\n{}\n", p.outcome()));
}

/// Per-risk recommendations and the plan, as Markdown.
pub fn recommend_md(a: &Assessment) -> String {
    let mut out = String::from("# Control recommendations\n\n");
    let register = ScoredRegister::new(a);
    for Scored { risk: r, score: s } in register.rows(a) {
        out.push_str(&format!(
            "## {} {} (current: {})\n\n",
            r.id,
            md_cell(&r.title),
            a.method.level_name(s.current.level)
        ));
        let recs = recommend(a, r);
        if recs.is_empty() {
            out.push_str(
                "No library mapping: pick a threat or vulnerabilities to get recommendations.\n\n",
            );
            continue;
        }
        out.push_str("| Control | Score | Effect | In place | Why |\n|---|---|---|---|---|\n");
        for rec in recs {
            let effect = rec.effect.describe();
            let why: Vec<String> = rec.reasons.iter().map(|x| md_cell(&x.text)).collect();
            out.push_str(&format!(
                "| {} {} | {} | {} | {} | {} |\n",
                rec.control,
                md_cell(rec.title),
                rec.score,
                effect,
                if rec.implemented { "yes" } else { "no" },
                why.join("; ")
            ));
        }
        out.push('\n');
    }
    plan_md(a, &plan(a), &mut out);
    out
}

/// The SoA as CSV.
pub fn soa_csv(soa: &Soa) -> String {
    csv(&SOA_COLUMNS, &soa_rows(soa))
}

/// The SoA as Markdown.
pub fn soa_md(soa: &Soa) -> String {
    let d = &soa.document;
    let mut out = format!(
        "# Statement of Applicability\n\n| | |\n|---|---|\n| Organisation | {} |\n| ISMS scope | {} |\n| Standard | {} |\n| SoA version | {} |\n| Date | {} |\n| Approved by | {} |\n\n{} of {} controls applicable.\n",
        md_cell(&d.organisation),
        md_cell(&d.scope),
        d.standard,
        md_cell(&d.version),
        d.date.map_or(String::new(), |x| x.to_string()),
        md_cell(&d.approver),
        soa.applicable_count(),
        soa.rows.len()
    );
    let mut theme = None;
    for r in &soa.rows {
        if theme != Some(r.theme) {
            theme = Some(r.theme);
            out.push_str(&format!(
                "\n## {}\n\n| Control | Applicable | Reasons | Risks | Justification | Status | Owner |\n|---|---|---|---|---|---|---|\n",
                r.theme.label()
            ));
        }
        let justification = if r.applicable {
            r.justification.clone()
        } else {
            format!("Excluded: {}", r.exclusion_justification)
        };
        out.push_str(&format!(
            "| {} {} | {} | {} | {} | {} | {} | {} |\n",
            r.control,
            md_cell(r.title),
            if r.applicable { "yes" } else { "no" },
            r.reasons
                .iter()
                .map(|x| x.label())
                .collect::<Vec<_>>()
                .join(", "),
            join(&r.risks),
            md_cell(&justification),
            r.status.label(),
            md_cell(&r.owner)
        ));
    }
    out
}

fn scale_name(m: &Method, likelihood: bool, n: u8) -> String {
    if likelihood {
        m.likelihood.name(n).to_owned()
    } else {
        m.impact.name(n).to_owned()
    }
}

fn control_lines(ids: &[super::catalogue::ControlId]) -> String {
    ids.iter()
        .map(|id| match catalogue::control(*id) {
            Some(c) => format!("{id} {}", c.title),
            None => id.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The column names of [`risk_register_rows`]: CISO Assistant's risk-import
/// columns first (so the file imports there), then Annexa's own.
pub const RISK_REGISTER_COLUMNS: [&str; 26] = [
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
];

/// The risk register as rows of text, in [`RISK_REGISTER_COLUMNS`] order.
pub fn risk_register_rows(a: &Assessment) -> Vec<Vec<String>> {
    let m = &a.method;
    let register = ScoredRegister::new(a);
    register
        .rows(a)
        .map(|Scored { risk: r, score: s }| {
            let assets = match &r.identification {
                super::model::Identification::AssetBased { assets } => assets
                    .iter()
                    .map(|id| {
                        a.asset(*id)
                            .map_or(id.to_string(), |x| format!("{id} {}", x.name))
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                super::model::Identification::EventBased { .. } => String::new(),
            };
            let threat = r
                .threat
                .and_then(catalogue::threat)
                .map_or(String::new(), |t| format!("{} {}", t.id, t.name));
            let vulns = r
                .vulnerabilities
                .iter()
                .filter_map(|v| catalogue::vulnerability(*v))
                .map(|v| format!("{} {}", v.id, v.name))
                .collect::<Vec<_>>()
                .join("\n");
            let treatment = r.treatment.option.map_or("open".to_owned(), |o| snake(&o));
            let acceptance = r.treatment.acceptance.as_ref().map_or(String::new(), |x| {
                format!("by {} on {} until {}: {}", x.by, x.on, x.until, x.reason)
            });
            vec![
                r.id.to_string(),
                r.title.clone(),
                r.description.clone(),
                scale_name(m, false, s.inherent.impact.0),
                scale_name(m, true, s.inherent.likelihood.0),
                level(m, s.inherent.level),
                control_lines(&r.existing_controls),
                scale_name(m, false, s.current.impact.0),
                scale_name(m, true, s.current.likelihood.0),
                level(m, s.current.level),
                control_lines(&r.treatment.planned_controls),
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
            ]
        })
        .collect()
}

/// The risk register as CSV (CISO Assistant's columns, then Annexa's).
pub fn risk_register_csv(a: &Assessment) -> String {
    csv(&RISK_REGISTER_COLUMNS, &risk_register_rows(a))
}

/// The column names of [`soa_rows`].
pub const SOA_COLUMNS: [&str; 12] = [
    "control",
    "theme",
    "title",
    "applicable",
    "inclusion_reasons",
    "risks",
    "justification",
    "exclusion_justification",
    "status",
    "owner",
    "evidence",
    "iso27001_2013",
];

/// The SoA as rows of text, in [`SOA_COLUMNS`] order.
pub fn soa_rows(soa: &Soa) -> Vec<Vec<String>> {
    soa.rows
        .iter()
        .map(|r| {
            vec![
                r.control.to_string(),
                snake(&r.theme),
                r.title.to_owned(),
                if r.applicable { "yes" } else { "no" }.to_owned(),
                r.reasons
                    .iter()
                    .map(|x| x.label())
                    .collect::<Vec<_>>()
                    .join("; "),
                join(&r.risks),
                r.justification.clone(),
                r.exclusion_justification.clone(),
                r.status.label().to_owned(),
                r.owner.clone(),
                r.evidence.join("; "),
                join(&r.iso27001_2013),
            ]
        })
        .collect()
}

/// The column names of [`plan_rows`].
pub const PLAN_COLUMNS: [&str; 6] = [
    "step",
    "control",
    "title",
    "effort",
    "risks_lowered",
    "risks_brought_within_tolerance",
];

/// The treatment plan as rows of text.
pub fn plan_rows(p: &TreatmentPlan) -> Vec<Vec<String>> {
    p.steps
        .iter()
        .enumerate()
        .map(|(n, s)| {
            vec![
                (n + 1).to_string(),
                s.control.to_string(),
                s.title.to_owned(),
                format!("{:?}", s.effort),
                join(&s.risks_improved),
                join(&s.brought_within_tolerance),
            ]
        })
        .collect()
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "not answered".to_owned(), |s| format!("{s} / 100"))
}

fn area_rows(out: &mut String, heading: &str, scores: &[AreaScore]) {
    out.push_str(&format!(
        "\n## {heading}\n\n| Area | Score | Answered |\n|---|---|---|\n"
    ));
    for s in scores {
        out.push_str(&format!(
            "| {} | {} | {} of {} |\n",
            s.label,
            score_text(s.score),
            s.answered,
            s.total
        ));
    }
}

/// The gap check's results as a Markdown report.
pub fn gap_md(a: &Assessment, r: &GapResults) -> String {
    let org = a.context.display_name();
    let mut out = format!(
        "# ISO/IEC 27001 gap check: {}\n\nMode: {}. Size: {}. {} of {} questions answered.\n\n**Overall readiness: {}**\n",
        md_cell(&org),
        r.mode.label(),
        r.size.map_or_else(|| "not given".to_owned(), |s| s.label()),
        r.answered,
        r.total,
        score_text(r.overall)
    );
    area_rows(&mut out, "Clauses 4–10", &r.clauses);
    area_rows(&mut out, "Annex A themes", &r.themes);
    out.push_str(
        "\n## Mandatory documented information\n\n| Clause | Document | Kind | Status |\n|---|---|---|---|\n",
    );
    for d in &r.documents {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            d.clause,
            md_cell(d.name),
            match d.kind {
                DocumentedInfoKind::Maintained => "maintained",
                DocumentedInfoKind::Retained => "retained",
            },
            d.status.label()
        ));
    }
    out.push_str(&format!(
        "\n## Top gaps\n\n{} gap(s) in all.\n\n",
        r.gap_count
    ));
    if r.top_gaps.is_empty() {
        out.push_str("No gaps among the answered questions.\n");
    } else {
        out.push_str("| # | Area | Answer | Priority | What to do |\n|---|---|---|---|---|\n");
        for (n, g) in r.top_gaps.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                n + 1,
                g.area.short_label(),
                g.answer.label(),
                g.priority,
                md_cell(&g.todo)
            ));
        }
    }
    out.push_str(&format!(
        "\n## Roadmap\n\n{}\n\n| Phase | Open gaps | Effort (person-days) |\n|---|---|---|\n",
        r.roadmap.timeline.note
    ));
    for p in &r.roadmap.phases {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            p.label,
            p.gaps.len(),
            p.effort_days
        ));
    }
    out.push_str(&format!(
        "| Total | {} | {} |\n",
        r.gap_count, r.roadmap.total_effort_days
    ));
    out
}
