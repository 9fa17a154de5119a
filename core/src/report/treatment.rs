//! Control recommendations per risk, the user's risk treatment plan
//! (ISO/IEC 27001:2022 6.1.3 e) and the register-wide suggestions, as JSON,
//! Markdown and rows.

use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::{json, Value};

use super::{join, md_header, md_text, md_yes_no};
use crate::catalogue::{ControlId, Effort};
use crate::chain::plan::{risk_treatment_plan, RiskTreatmentRow};
use crate::model::{Assessment, AssetIndex, Assets, RiskId};
use crate::recommend::{plan, recommend, recommend_in, Reason, TreatmentPlan};
use crate::rules::NOT_DECIDED;
use crate::scoring::{Scored, ScoredRegister};
use crate::text::{self, msg, Arg};
use crate::time::Date;

/// Per-risk recommendations and the plan, as JSON. It builds the whole
/// JSON tree (about 5 KB per risk): for a large register write the same
/// text with [`recommend_json_text`] or [`write_recommend_json`].
pub fn recommend_json(a: &Assessment) -> Value {
    let per_risk: Vec<Value> = a
        .risks
        .iter()
        .map(|r| json!({ "risk": r.id, "title": r.title, "controls": recommend(a, r) }))
        .collect();
    json!({ "risks": per_risk, "plan": plan(a) })
}

/// The text of [`to_json`](super::to_json)`(&`[`recommend_json`]`(a))`,
/// byte for byte, without the JSON tree: see [`write_recommend_json`].
pub fn recommend_json_text(a: &Assessment) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and serde_json writes UTF-8.
    if write_recommend_json(a, &mut out).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the per-risk recommendations and the plan as pretty JSON (the
/// text of [`recommend_json`], keys in the same alphabetical order) to
/// `w`, one risk at a time: the memory it needs is one risk's
/// recommendations and the plan, not a tree of the whole register. The
/// assets are indexed once. Errors: those of `w`.
pub fn write_recommend_json(a: &Assessment, mut w: impl std::io::Write) -> std::io::Result<()> {
    let p = plan(a);
    let index = AssetIndex::new(a);
    let out = RecommendOut {
        plan: PlanOut {
            above_tolerance: &p.above_tolerance,
            remaining_above_tolerance: &p.remaining_above_tolerance,
            steps: p
                .steps
                .iter()
                .map(|s| StepOut {
                    brought_within_tolerance: &s.brought_within_tolerance,
                    control: s.control,
                    effort: s.effort,
                    reduction: s.reduction,
                    risks_improved: &s.risks_improved,
                    title: s.title,
                })
                .collect(),
        },
        risks: RisksOut { a, index: &index },
    };
    crate::json::to_writer(&mut w, &out, crate::json::Layout::Pretty)?;
    w.write_all(b"\n")
}

// The shapes of `recommend_json` with their fields in the order a JSON
// tree writes them (alphabetical), so that both give the same bytes.

#[derive(Serialize)]
struct RecommendOut<'a> {
    plan: PlanOut<'a>,
    risks: RisksOut<'a>,
}

#[derive(Serialize)]
struct PlanOut<'a> {
    above_tolerance: &'a [RiskId],
    remaining_above_tolerance: &'a [RiskId],
    steps: Vec<StepOut<'a>>,
}

#[derive(Serialize)]
struct StepOut<'a> {
    brought_within_tolerance: &'a [RiskId],
    control: ControlId,
    effort: Effort,
    reduction: u32,
    risks_improved: &'a [RiskId],
    title: &'static str,
}

struct RisksOut<'a> {
    a: &'a Assessment,
    index: &'a AssetIndex<'a>,
}

impl Serialize for RisksOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.a.risks.len()))?;
        for r in &self.a.risks {
            let controls: Vec<RecommendationOut> =
                recommend_in(self.a, Assets::Indexed(self.index), r)
                    .into_iter()
                    .map(|x| RecommendationOut {
                        control: x.control,
                        effect: EffectOut {
                            impact: x.effect.impact,
                            likelihood: x.effect.likelihood,
                        },
                        implemented: x.implemented,
                        planned: x.planned,
                        reasons: x.reasons,
                        score: x.score,
                        title: x.title,
                    })
                    .collect();
            seq.serialize_element(&RiskOut {
                controls,
                risk: r.id,
                title: &r.title,
            })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct RiskOut<'a> {
    controls: Vec<RecommendationOut>,
    risk: RiskId,
    title: &'a str,
}

#[derive(Serialize)]
struct RecommendationOut {
    control: ControlId,
    effect: EffectOut,
    implemented: bool,
    planned: bool,
    reasons: Vec<Reason>,
    score: u32,
    title: &'static str,
}

#[derive(Serialize)]
struct EffectOut {
    impact: u8,
    likelihood: u8,
}

fn rtp_cells(a: &Assessment, x: &RiskTreatmentRow) -> Vec<String> {
    vec![
        x.risk.to_string(),
        x.title.clone(),
        x.option
            .map_or_else(|| text::text(NOT_DECIDED), |o| o.label()),
        join(&x.controls),
        x.owner.clone(),
        x.due.map(|d| d.to_string()).unwrap_or_default(),
        x.status.label(),
        x.effort.map(|e| e.label()).unwrap_or_default(),
        x.cost.map(|c| c.0.to_string()).unwrap_or_default(),
        a.method.level_name(x.residual.level).to_string(),
    ]
}

/// The column names of [`risk_treatment_plan_rows`].
pub const RISK_TREATMENT_PLAN_COLUMNS: [&str; 10] = [
    "risk",
    "title",
    "option",
    "controls",
    "owner",
    "due",
    "status",
    "effort",
    "cost",
    "residual_level",
];

/// The user's risk treatment plan as rows of text, in
/// [`RISK_TREATMENT_PLAN_COLUMNS`] order, sorted by due date (undated
/// last). The cost is in whole units of the assessment's currency.
pub fn risk_treatment_plan_rows(a: &Assessment) -> Vec<Vec<String>> {
    // The overdue flag is not exported, so any date will do.
    let mut p = risk_treatment_plan(a, Date::from_unix(0));
    p.sort_by_due();
    p.rows.iter().map(|x| rtp_cells(a, x)).collect()
}

fn rtp_md(a: &Assessment, out: &mut String) {
    out.push_str(&format!("## {}\n\n", text::text(msg::MD_RTP_HEADING)));
    out.push_str(&md_header(&[
        msg::COLUMN_RISK,
        msg::COLUMN_OPTION,
        msg::COLUMN_CONTROL,
        msg::COLUMN_OWNER,
        msg::COLUMN_DUE,
        msg::COLUMN_STATUS,
        msg::COLUMN_RESIDUAL,
    ]));
    for row in risk_treatment_plan_rows(a) {
        let cell = |n: usize| md_text(row.get(n).map_or("", String::as_str));
        out.push_str(&format!(
            "| {} {} | {} | {} | {} | {} | {} | {} |\n",
            cell(0),
            cell(1),
            cell(2),
            cell(3),
            cell(4),
            cell(5),
            cell(6),
            cell(9)
        ));
    }
    out.push('\n');
}

fn plan_md(a: &Assessment, p: &TreatmentPlan, out: &mut String) {
    out.push_str(&format!("## {}\n\n", text::text(msg::MD_PLAN_HEADING)));
    out.push_str(&md_text(&p.headline(&a.method)));
    out.push('\n');
    if p.above_tolerance.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&md_header(&[
        msg::COLUMN_RANK,
        msg::COLUMN_CONTROL,
        msg::COLUMN_EFFORT,
        msg::COLUMN_LOWERS,
        msg::COLUMN_BRINGS_WITHIN_TOLERANCE,
    ]));
    for (n, s) in p.steps.iter().enumerate() {
        out.push_str(&format!(
            "| {} | {} {} | {:?} | {} | {} |\n",
            n + 1,
            s.control,
            md_text(s.title),
            s.effort,
            join(&s.risks_improved),
            join(&s.brought_within_tolerance)
        ));
    }
    out.push_str(&format!("\n{}\n", md_text(&p.outcome())));
}

/// Per-risk recommendations and the plan, as Markdown.
pub fn recommend_md(a: &Assessment) -> String {
    let mut out = format!("# {}\n\n", text::text(msg::MD_RECOMMENDATIONS_TITLE));
    let register = ScoredRegister::new(a);
    let index = AssetIndex::new(a);
    for Scored { risk: r, score: s } in register.rows(a) {
        let heading = text::text_with(
            msg::MD_RECOMMENDATIONS_RISK,
            &[
                ("risk", Arg::from(r.id.to_string())),
                ("title", Arg::from(md_text(&r.title))),
                (
                    "level",
                    Arg::from(md_text(a.method.level_name(s.current.level))),
                ),
            ],
        );
        out.push_str(&format!("## {heading}\n\n"));
        let recs = recommend_in(a, Assets::Indexed(&index), r);
        if recs.is_empty() {
            out.push_str(&text::text(msg::MD_NO_LIBRARY_MAPPING));
            out.push_str("\n\n");
            continue;
        }
        out.push_str(&md_header(&[
            msg::COLUMN_CONTROL,
            msg::COLUMN_SCORE,
            msg::COLUMN_EFFECT,
            msg::COLUMN_IN_PLACE,
            msg::COLUMN_WHY,
        ]));
        for rec in recs {
            let effect = rec.effect.describe();
            let why: Vec<String> = rec.reasons.iter().map(|x| md_text(&x.text)).collect();
            out.push_str(&format!(
                "| {} {} | {} | {} | {} | {} |\n",
                rec.control,
                md_text(rec.title),
                rec.score,
                effect,
                md_yes_no(rec.implemented),
                why.join("; ")
            ));
        }
        out.push('\n');
    }
    rtp_md(a, &mut out);
    plan_md(a, &plan(a), &mut out);
    out
}

/// The column names of [`plan_rows`] (the suggestions).
pub const PLAN_COLUMNS: [&str; 6] = [
    "step",
    "control",
    "title",
    "effort",
    "risks_lowered",
    "risks_brought_within_tolerance",
];

/// The suggestions as rows of text.
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
