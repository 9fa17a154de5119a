//! Control recommendations per risk and the register-wide treatment plan,
//! as JSON, Markdown and rows.

use serde_json::{json, Value};

use super::{join, md_cell};
use crate::model::Assessment;
use crate::recommend::{plan, recommend, TreatmentPlan};
use crate::scoring::{Scored, ScoredRegister};

/// Per-risk recommendations and the plan, as JSON.
pub fn recommend_json(a: &Assessment) -> Value {
    let per_risk: Vec<Value> = a
        .risks
        .iter()
        .map(|r| json!({ "risk": r.id, "title": r.title, "controls": recommend(a, r) }))
        .collect();
    json!({ "risks": per_risk, "plan": plan(a) })
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
