//! The commands: [`run_text`] picks one by name and runs it. The data
//! commands (catalogue, example, generate, schema, validate) are here; the
//! reports on a file in [`reports`], the spreadsheet import in [`import`],
//! the documentation pack in [`docs`].

mod docs;
mod import;
mod reports;

use annexa_core::{self as domain, report, Date, Timestamp};

use crate::args::{usage, Args, Failure, LINE_BREAK};
use crate::input::{display_name, read_input};

/// What `annexa help` prints.
const USAGE: &str = "\
annexa: ISO/IEC 27001 risk workbench on the command line

Usage:
  annexa catalogue [--edition 2022|2013] [--format json|csv]
  annexa example
  annexa validate FILE
  annexa score FILE [--format json|csv]
  annexa recommend FILE [--format json|md]
  annexa soa FILE [--format json|csv|md]
  annexa lint FILE [--today YYYY-MM-DD]
  annexa gap FILE [--format json|md]
  annexa quant FILE [--format json|md] [--trials N]   FAIR Monte Carlo of the quantified risks
  annexa import SHEET [--mapping MAPPING.json] [--into FILE] [--sheet NAME]
                [--header-row N] [--kind asset|risk|soa] [--mode merge|replace]
      a CSV, XLSX or ODS register into Annexa JSON (stdout); without
      --mapping the proposed mapping goes to stderr, to save, edit and pass
      back; rejected rows (line: what to fix) and exit 2 when any row fails
  annexa docs FILE --out DIR [--format docx,xlsx,csv,md] [--today YYYY-MM-DD]
                      the Stage 1 pack: every document as DOCX (one file each and
                      stage-1-pack.docx), the XLSX workbook, the CSVs, Markdown;
                      the same file and --today give the same bytes
  annexa schema
  annexa generate [--assets N] [--risks N] [--assets-per-risk N]
                      a large synthetic assessment (benchmarks); with
                      --assets-per-risk every risk names N assets (e.g.
                      --assets 2000 --risks 150 --assets-per-risk 2000: ~6 MB)
  annexa help

FILE is an Annexa JSON file (as `annexa example` prints or the app exports);
`-` reads standard input.
Exit codes: 0 success, 1 lint findings, 2 invalid input or usage.
";

/// What a command prints to stdout, and its exit code.
type Printed = (String, u8);

/// Runs a command whose output is text; `Ok` holds stdout's text and the
/// exit code.
pub fn run_text(argv: &[String]) -> Result<Printed, Failure> {
    let Some((command, rest)) = argv.split_first() else {
        return Err(usage("no command given"));
    };
    match command.as_str() {
        "help" | "--help" | "-h" => Ok((USAGE.to_owned(), 0)),
        "catalogue" | "catalog" => catalogue(rest),
        "example" => {
            Args::parse(rest, &[])?.none()?;
            let stamp = Timestamp(Date::new(2026, 11, 23).map_or(0, |d| d.days() * 86_400));
            Ok((domain::export(&domain::example(), stamp), 0))
        }
        "generate" => generate(rest),
        "import" => import::import_sheet(rest),
        "schema" => {
            Args::parse(rest, &[])?.none()?;
            Ok((domain::json_schema(), 0))
        }
        "validate" => validate(rest),
        "score" => reports::score(rest),
        "recommend" => reports::recommend(rest),
        "soa" => reports::soa(rest),
        "lint" => reports::lint(rest),
        "gap" => reports::gap(rest),
        "quant" => reports::quant(rest),
        "docs" => docs::docs(rest),
        other => Err(usage(format!("unknown command \"{other}\""))),
    }
}

/// `annexa catalogue`: the Annex A controls of `--edition` 2022 or 2013,
/// as JSON or CSV.
fn catalogue(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["edition", "format"])?;
    args.none()?;
    let format = args.format(&["json", "csv"])?;
    let text = match (args.option("edition").unwrap_or("2022"), format) {
        ("2022", "json") => report::to_json(&report::catalogue_2022_json()),
        ("2022", _) => report::catalogue_2022_csv(),
        ("2013", "json") => report::to_json(&report::catalogue_2013_json()),
        ("2013", _) => report::catalogue_2013_csv(),
        (e, _) => {
            return Err(usage(format!(
                "--edition must be 2022 or 2013, not \"{e}\""
            )))
        }
    };
    Ok((text, 0))
}

/// `annexa generate`: a large synthetic assessment for benchmarks.
fn generate(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["assets", "risks", "assets-per-risk"])?;
    args.none()?;
    let count = |name: &str, default: usize| -> Result<usize, Failure> {
        match args.option(name) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= domain::MAX_ITEMS)
                .ok_or_else(|| {
                    usage(format!(
                        "--{name} takes a whole number up to {}",
                        domain::MAX_ITEMS
                    ))
                }),
        }
    };
    let (assets, risks) = (count("assets", 1000)?, count("risks", 5000)?);
    // Every risk naming thousands of assets: the look-up benchmark.
    let a = match args.option("assets-per-risk") {
        None => domain::synthetic(assets, risks),
        Some(_) => domain::synthetic_wide(assets, risks, count("assets-per-risk", 0)?),
    };
    Ok((domain::export(&a, Timestamp(0)), 0))
}

/// `annexa validate`: every fault of the FILE (up to 50), each on its own
/// line with its path and position, not only the first; or what it holds.
fn validate(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &[])?;
    let path = args.file()?;
    let name = display_name(path);
    let bytes = read_input(path)?;
    let faults = domain::file_problems(&bytes);
    if !faults.is_empty() {
        let lines: Vec<String> = faults.iter().map(|e| format!("{name}: {e}")).collect();
        return Err(Failure(lines.join(&LINE_BREAK.to_string()), 2));
    }
    let a = domain::import(&bytes)
        .map(|e| e.assessment)
        .map_err(|e| Failure(format!("{name}: {e}"), 2))?;
    Ok((
        format!(
            "valid: {} asset(s), {} risk(s), {} SoA entr{}\n",
            a.assets.len(),
            a.risks.len(),
            a.soa.entries.len(),
            if a.soa.entries.len() == 1 { "y" } else { "ies" }
        ),
        0,
    ))
}
