//! The reports on one Annexa FILE: scores, recommendations, the Statement
//! of Applicability, lint findings, the gap check and the quantified
//! (FAIR Monte Carlo) simulation.

use annexa_core::{self as domain, quant, report};

use super::Printed;
use crate::args::{usage, Args, Failure};
use crate::input::{display_name, load, today};

/// `annexa score`: each risk's scores, as JSON or CSV.
pub fn score(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["format"])?;
    let format = args.format(&["json", "csv"])?;
    let a = load(&args)?;
    let text = match format {
        "json" => report::to_json(&report::score_json(&a)),
        _ => report::score_csv(&a),
    };
    Ok((text, 0))
}

/// `annexa recommend`: the recommended controls per risk, as JSON or
/// Markdown (`main` streams the JSON of a large register instead).
pub fn recommend(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["format"])?;
    let format = args.format(&["json", "md"])?;
    let a = load(&args)?;
    let text = match format {
        // The same text as to_json(&recommend_json(&a)), written
        // risk by risk without the JSON tree.
        "json" => report::recommend_json_text(&a),
        _ => report::recommend_md(&a),
    };
    Ok((text, 0))
}

/// `annexa soa`: the Statement of Applicability (ISO/IEC 27001:2022
/// 6.1.3 d), as JSON, CSV or Markdown.
pub fn soa(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["format"])?;
    let format = args.format(&["json", "csv", "md"])?;
    let a = load(&args)?;
    let soa = domain::generate_soa(&a);
    let text = match format {
        "json" => report::to_json(&soa),
        "csv" => report::soa_csv(&soa),
        _ => report::soa_md(&soa),
    };
    Ok((text, 0))
}

/// `annexa lint`: the findings on `--today`, as text or JSON; exit code 1
/// when there are any.
pub fn lint(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["today", "format"])?;
    let format = args.format(&["text", "json"])?;
    let today = today(&args)?;
    let a = load(&args)?;
    let findings = domain::lint(&a, today);
    let code = u8::from(!findings.is_empty());
    let text = match format {
        "json" => report::to_json(&findings),
        _ if findings.is_empty() => "no findings\n".to_owned(),
        _ => findings
            .iter()
            .map(|f| format!("{} {}: {}\n", f.code, f.subject, f.message()))
            .collect(),
    };
    Ok((text, code))
}

/// `annexa gap`: the gap check's results, as JSON or Markdown.
pub fn gap(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["format"])?;
    let format = args.format(&["json", "md"])?;
    let a = load(&args)?;
    let results = domain::gap_results(&a.gap_check);
    let text = match format {
        "json" => report::to_json(&results),
        _ => report::gap_md(&a, &results),
    };
    Ok((text, 0))
}

/// `annexa quant`: the FAIR Monte Carlo simulation of the quantified
/// risks with `--trials` trials, as JSON or Markdown.
pub fn quant(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["format", "trials"])?;
    let format = args.format(&["json", "md"])?;
    let trials = match args.option("trials") {
        None => None,
        Some(v) => Some(
            v.parse::<u32>()
                .ok()
                .filter(|n| (quant::MIN_TRIALS..=quant::MAX_TRIALS).contains(n))
                .ok_or_else(|| {
                    usage(format!(
                        "--trials takes a whole number from {} to {}, not \"{v}\"",
                        quant::MIN_TRIALS,
                        quant::MAX_TRIALS
                    ))
                })?,
        ),
    };
    let a = load(&args)?;
    let name = display_name(args.file()?);
    let results =
        quant::simulate(&a, &[], trials).map_err(|e| Failure(format!("{name}: {e}"), 2))?;
    let text = match format {
        "json" => report::to_json(&results),
        _ => results.markdown(),
    };
    Ok((text, 0))
}
