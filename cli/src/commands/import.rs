//! `annexa import`: a spreadsheet (CSV, XLSX or ODS) through a mapping
//! into Annexa JSON, with the same preview and validation as the app's
//! import.

use annexa_core::import::{self as imp, ImportMode, Mapping, Preview, RowKind, Transition};
use annexa_core::{self as domain, Assessment};

use super::Printed;
use crate::args::{usage, Args, Failure};
use crate::input::{now, read_input, read_sheet_file};
use crate::one_line;

/// `annexa import`: a spreadsheet through a mapping (given, or proposed
/// and printed to stderr) into the assessment given with --into (or a new
/// one); the result as Annexa JSON, or the rejected rows and exit 2.
pub fn import_sheet(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(
        rest,
        &["mapping", "into", "sheet", "header-row", "kind", "mode"],
    )?;
    let path = args.file()?;
    let bytes = read_sheet_file(path)?;
    let fail = |e: imp::ImportError| Failure(format!("{path}: {e}"), 2);
    let current = into_assessment(&args)?;
    let given = given_mapping(&args)?;
    let header_row = header_row(&args, given.as_ref())?;
    let sheet = args
        .option("sheet")
        .map(str::to_owned)
        .or_else(|| given.as_ref().and_then(|m| m.sheet.clone()));
    let table = imp::read::read(&bytes, sheet.as_deref(), header_row).map_err(fail)?;
    let kind = row_kind(&args)?;
    let mapping = match given {
        Some(mut m) => {
            // Labels the file has that the mapping does not know get a proposal.
            m.refresh_values(&table, &current.method);
            m
        }
        None => {
            let mut m = imp::propose(&table, kind, &current.method);
            m.sheet = sheet;
            m.header_row = header_row;
            eprint!("{}", m.to_json());
            m
        }
    };
    let p = imp::preview(&current, &table, &mapping);
    if let Some(t) = &p.transition {
        tell_transition(t);
    }
    if !p.rejected.is_empty() {
        return Ok((rejected_rows(&p), 2));
    }
    let mode = match args.option("mode") {
        None | Some("merge") => ImportMode::Merge,
        Some("replace") => ImportMode::Replace,
        Some(m) => return Err(usage(format!("--mode is merge or replace, not \"{m}\""))),
    };
    let a = imp::apply(&current, &p, mode).map_err(fail)?;
    Ok((domain::export(&a, now()), 0))
}

/// The assessment `--into` names (validated like any Annexa file), or a
/// new one.
fn into_assessment(args: &Args) -> Result<Assessment, Failure> {
    match args.option("into") {
        Some(into) => {
            let bytes = read_input(into)?;
            domain::import(&bytes)
                .map(|e| e.assessment)
                .map_err(|e| Failure(format!("{into}: {e}"), 2))
        }
        None => Ok(Assessment::default()),
    }
}

/// The mapping `--mapping` names (a JSON file), if any.
fn given_mapping(args: &Args) -> Result<Option<Mapping>, Failure> {
    match args.option("mapping") {
        Some(m) => {
            let text = std::fs::read_to_string(m)
                .map_err(|e| Failure(format!("cannot read {m}: {e}"), 2))?;
            Ok(Some(
                Mapping::from_json(&text).map_err(|e| Failure(format!("{m}: {e}"), 2))?,
            ))
        }
        None => Ok(None),
    }
}

/// The header row: `--header-row`, else the given mapping's, else none
/// (the reader finds it).
fn header_row(args: &Args, given: Option<&Mapping>) -> Result<Option<u32>, Failure> {
    match args.option("header-row") {
        None => Ok(given.and_then(|m| m.header_row)),
        Some(n) => Ok(Some(n.parse::<u32>().map_err(|_| {
            usage(format!("--header-row takes a row number, not \"{n}\""))
        })?)),
    }
}

/// What the rows are, from `--kind` (none: the proposal guesses).
fn row_kind(args: &Args) -> Result<Option<RowKind>, Failure> {
    match args.option("kind") {
        None => Ok(None),
        Some("asset") => Ok(Some(RowKind::Asset)),
        Some("risk") => Ok(Some(RowKind::Risk)),
        Some("soa") => Ok(Some(RowKind::Soa)),
        Some(k) => Err(usage(format!("--kind is asset, risk or soa, not \"{k}\""))),
    }
}

/// Tells stderr what a 2013 SoA's transition to the 2022 controls did.
fn tell_transition(t: &Transition) {
    eprintln!(
        "annexa: 2013 SoA: {} ISO/IEC 27001:2022 controls fed by 2013 lines, {} disagreement(s), {} control(s) new in 2022 need a decision: {}",
        t.fed.len(),
        t.disagreements.len(),
        t.new_in_2022.len(),
        t.new_in_2022.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
    );
}

/// The rejected rows of a preview, one line each (`line N: what to fix`),
/// under a line that counts them.
fn rejected_rows(p: &Preview) -> String {
    let mut out = format!(
        "{} row(s) rejected ({} would be new, {} updated); fix them or the mapping, then import again:\n",
        p.rejected.len(),
        p.new_count(),
        p.updated_count()
    );
    for r in &p.rejected {
        out.push_str(&format!("line {}\n", one_line(&r.message())));
    }
    out
}
