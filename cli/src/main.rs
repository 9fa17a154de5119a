//! `annexa`: the command-line tool on Annexa's domain core.
//!
//! Run `annexa help` for the commands. Exit codes: 0 success, 1 lint
//! findings, 2 invalid input or usage.

use std::io::{Read, Write};
use std::process::ExitCode;

use annexa_core::{self as domain, quant, report, Assessment, Date, Timestamp};

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

/// A failure: the message for stderr and the exit code.
/// What went wrong and the exit code. A failure of several faults holds
/// them separated by [`LINE_BREAK`]; each is printed on its own line.
struct Failure(String, u8);

/// Separates the faults of one failure (the ASCII unit separator, which
/// [`one_line`] would otherwise escape).
const LINE_BREAK: char = '\u{1f}';

fn usage(msg: impl Into<String>) -> Failure {
    Failure(
        format!("{}; run `annexa help` for the commands", msg.into()),
        2,
    )
}

struct Args {
    positional: Vec<String>,
    options: Vec<(String, String)>,
}

impl Args {
    fn parse(raw: &[String], allowed: &[&str]) -> Result<Args, Failure> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = raw.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, value) = match name.split_once('=') {
                    Some((n, v)) => (n.to_owned(), v.to_owned()),
                    None => {
                        let v = it
                            .next()
                            .ok_or_else(|| usage(format!("--{name} needs a value")))?;
                        (name.to_owned(), v.clone())
                    }
                };
                if !allowed.contains(&name.as_str()) {
                    return Err(usage(format!("unknown option --{name}")));
                }
                options.push((name, value));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args {
            positional,
            options,
        })
    }

    fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn format(&self, allowed: &[&'static str]) -> Result<&'static str, Failure> {
        match self.option("format") {
            None => Ok(allowed[0]),
            Some(f) => allowed.iter().copied().find(|a| *a == f).ok_or_else(|| {
                usage(format!(
                    "--format must be one of {}, not \"{f}\"",
                    allowed.join(", ")
                ))
            }),
        }
    }

    fn file(&self) -> Result<&str, Failure> {
        match self.positional.as_slice() {
            [f] => Ok(f.as_str()),
            [] => Err(usage("this command needs a FILE (or - for standard input)")),
            _ => Err(usage("this command takes one FILE")),
        }
    }

    fn none(&self) -> Result<(), Failure> {
        match self.positional.first() {
            None => Ok(()),
            Some(p) => Err(usage(format!("unexpected argument \"{p}\""))),
        }
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    let cap = domain::MAX_IMPORT_BYTES as u64;
    let mut buf = Vec::new();
    let result = if path == "-" {
        std::io::stdin().take(cap + 1).read_to_end(&mut buf)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| Failure(format!("cannot open {path}: {e}"), 2))?;
        if file.metadata().map(|m| m.len() > cap).unwrap_or(false) {
            return Err(Failure(
                format!(
                    "{path}: the file is larger than {} MB, the most Annexa reads",
                    cap / 1_048_576
                ),
                2,
            ));
        }
        file.take(cap + 1).read_to_end(&mut buf)
    };
    result.map_err(|e| Failure(format!("cannot read {path}: {e}"), 2))?;
    Ok(buf)
}

fn load(args: &Args) -> Result<Assessment, Failure> {
    let path = args.file()?;
    let bytes = read_input(path)?;
    let name = if path == "-" { "<stdin>" } else { path };
    domain::import(&bytes)
        .map(|e| e.assessment)
        .map_err(|e| Failure(format!("{name}: {e}"), 2))
}

fn today(args: &Args) -> Result<Date, Failure> {
    match args.option("today") {
        Some(t) => t
            .parse()
            .map_err(|e: domain::TimeParseError| usage(e.to_string())),
        None => Ok(now().date()),
    }
}

fn now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Timestamp(secs)
}

/// What a command writes to standard output.
enum Output {
    /// The whole text.
    Text(String),
    /// `recommend --format json`: written risk by risk as it is made, so
    /// that a large register's report (about 5 KB per risk) is never held
    /// in memory whole.
    Recommend(Box<Assessment>),
}

/// Runs a command; `Ok` holds what goes to stdout and the exit code.
fn run(argv: &[String]) -> Result<(Output, u8), Failure> {
    if let Some(("recommend", rest)) = argv.split_first().map(|(c, r)| (c.as_str(), r)) {
        let args = Args::parse(rest, &["format"])?;
        if args.format(&["json", "md"])? == "json" {
            return Ok((Output::Recommend(Box::new(load(&args)?)), 0));
        }
    }
    run_text(argv).map(|(text, code)| (Output::Text(text), code))
}

/// Runs a command whose output is text; `Ok` holds stdout's text and the
/// exit code.
fn run_text(argv: &[String]) -> Result<(String, u8), Failure> {
    let Some((command, rest)) = argv.split_first() else {
        return Err(usage("no command given"));
    };
    let out = match command.as_str() {
        "help" | "--help" | "-h" => (USAGE.to_owned(), 0),
        "catalogue" | "catalog" => {
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
            (text, 0)
        }
        "example" => {
            Args::parse(rest, &[])?.none()?;
            let stamp = Timestamp(Date::new(2026, 11, 23).map_or(0, |d| d.days() * 86_400));
            (domain::export(&domain::example(), stamp), 0)
        }
        "generate" => {
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
            (domain::export(&a, Timestamp(0)), 0)
        }
        "import" => import_sheet(rest)?,
        "schema" => {
            Args::parse(rest, &[])?.none()?;
            (domain::json_schema(), 0)
        }
        "validate" => {
            let args = Args::parse(rest, &[])?;
            // Every fault (up to 50), each on its own line with its path
            // and position, not only the first.
            let path = args.file()?;
            let name = if path == "-" { "<stdin>" } else { path };
            let bytes = read_input(path)?;
            let faults = domain::file_problems(&bytes);
            if !faults.is_empty() {
                let lines: Vec<String> = faults.iter().map(|e| format!("{name}: {e}")).collect();
                return Err(Failure(lines.join(&LINE_BREAK.to_string()), 2));
            }
            let a = domain::import(&bytes)
                .map(|e| e.assessment)
                .map_err(|e| Failure(format!("{name}: {e}"), 2))?;
            (
                format!(
                    "valid: {} asset(s), {} risk(s), {} SoA entr{}\n",
                    a.assets.len(),
                    a.risks.len(),
                    a.soa.entries.len(),
                    if a.soa.entries.len() == 1 { "y" } else { "ies" }
                ),
                0,
            )
        }
        "score" => {
            let args = Args::parse(rest, &["format"])?;
            let format = args.format(&["json", "csv"])?;
            let a = load(&args)?;
            let text = match format {
                "json" => report::to_json(&report::score_json(&a)),
                _ => report::score_csv(&a),
            };
            (text, 0)
        }
        "recommend" => {
            let args = Args::parse(rest, &["format"])?;
            let format = args.format(&["json", "md"])?;
            let a = load(&args)?;
            let text = match format {
                // The same text as to_json(&recommend_json(&a)), written
                // risk by risk without the JSON tree.
                "json" => report::recommend_json_text(&a),
                _ => report::recommend_md(&a),
            };
            (text, 0)
        }
        "soa" => {
            let args = Args::parse(rest, &["format"])?;
            let format = args.format(&["json", "csv", "md"])?;
            let a = load(&args)?;
            let soa = domain::generate_soa(&a);
            let text = match format {
                "json" => report::to_json(&soa),
                "csv" => report::soa_csv(&soa),
                _ => report::soa_md(&soa),
            };
            (text, 0)
        }
        "lint" => {
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
            (text, code)
        }
        "gap" => {
            let args = Args::parse(rest, &["format"])?;
            let format = args.format(&["json", "md"])?;
            let a = load(&args)?;
            let results = domain::gap_results(&a.gap_check);
            let text = match format {
                "json" => report::to_json(&results),
                _ => report::gap_md(&a, &results),
            };
            (text, 0)
        }
        "quant" => {
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
            let name = if args.file()? == "-" {
                "<stdin>"
            } else {
                args.file()?
            };
            let results =
                quant::simulate(&a, &[], trials).map_err(|e| Failure(format!("{name}: {e}"), 2))?;
            let text = match format {
                "json" => report::to_json(&results),
                _ => results.markdown(),
            };
            (text, 0)
        }
        "docs" => {
            let args = Args::parse(rest, &["out", "format", "today"])?;
            let a = load(&args)?;
            let out = args
                .option("out")
                .ok_or_else(|| usage("docs needs --out DIR, the folder to write the files to"))?;
            let formats = doc_formats(args.option("format"))?;
            let today = today(&args)?;
            let written = write_docs(&a, std::path::Path::new(out), &formats, today)?;
            (written.join("\n") + "\n", 0)
        }
        other => return Err(usage(format!("unknown command \"{other}\""))),
    };
    Ok(out)
}

/// Reads a spreadsheet file whole, refusing one over the import's limit.
fn read_sheet_file(path: &str) -> Result<Vec<u8>, Failure> {
    let cap = domain::import::MAX_FILE_BYTES as u64;
    let mut buf = Vec::new();
    let result = if path == "-" {
        std::io::stdin().take(cap + 1).read_to_end(&mut buf)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| Failure(format!("cannot open {path}: {e}"), 2))?;
        file.take(cap + 1).read_to_end(&mut buf)
    };
    result.map_err(|e| Failure(format!("cannot read {path}: {e}"), 2))?;
    Ok(buf)
}

/// `annexa import`: a spreadsheet through a mapping (given, or proposed
/// and printed to stderr) into the assessment given with --into (or a new
/// one); the result as Annexa JSON, or the rejected rows and exit 2.
fn import_sheet(rest: &[String]) -> Result<(String, u8), Failure> {
    use domain::import::{self as imp, ImportMode, Mapping, RowKind};
    let args = Args::parse(
        rest,
        &["mapping", "into", "sheet", "header-row", "kind", "mode"],
    )?;
    let path = args.file()?;
    let bytes = read_sheet_file(path)?;
    let fail = |e: imp::ImportError| Failure(format!("{path}: {e}"), 2);
    let current = match args.option("into") {
        Some(into) => {
            let bytes = read_input(into)?;
            domain::import(&bytes)
                .map(|e| e.assessment)
                .map_err(|e| Failure(format!("{into}: {e}"), 2))?
        }
        None => Assessment::default(),
    };
    let given = match args.option("mapping") {
        Some(m) => {
            let text = std::fs::read_to_string(m)
                .map_err(|e| Failure(format!("cannot read {m}: {e}"), 2))?;
            Some(Mapping::from_json(&text).map_err(|e| Failure(format!("{m}: {e}"), 2))?)
        }
        None => None,
    };
    let header_row = match args.option("header-row") {
        None => given.as_ref().and_then(|m| m.header_row),
        Some(n) => Some(
            n.parse::<u32>()
                .map_err(|_| usage(format!("--header-row takes a row number, not \"{n}\"")))?,
        ),
    };
    let sheet = args
        .option("sheet")
        .map(str::to_owned)
        .or_else(|| given.as_ref().and_then(|m| m.sheet.clone()));
    let table = imp::read::read(&bytes, sheet.as_deref(), header_row).map_err(fail)?;
    let kind = match args.option("kind") {
        None => None,
        Some("asset") => Some(RowKind::Asset),
        Some("risk") => Some(RowKind::Risk),
        Some("soa") => Some(RowKind::Soa),
        Some(k) => return Err(usage(format!("--kind is asset, risk or soa, not \"{k}\""))),
    };
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
        eprintln!(
            "annexa: 2013 SoA: {} ISO/IEC 27001:2022 controls fed by 2013 lines, {} disagreement(s), {} control(s) new in 2022 need a decision: {}",
            t.fed.len(),
            t.disagreements.len(),
            t.new_in_2022.len(),
            t.new_in_2022.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        );
    }
    if !p.rejected.is_empty() {
        let mut out = format!(
            "{} row(s) rejected ({} would be new, {} updated); fix them or the mapping, then import again:\n",
            p.rejected.len(),
            p.new_count(),
            p.updated_count()
        );
        for r in &p.rejected {
            out.push_str(&format!("line {}\n", one_line(&r.message())));
        }
        return Ok((out, 2));
    }
    let mode = match args.option("mode") {
        None | Some("merge") => ImportMode::Merge,
        Some("replace") => ImportMode::Replace,
        Some(m) => return Err(usage(format!("--mode is merge or replace, not \"{m}\""))),
    };
    let a = imp::apply(&current, &p, mode).map_err(fail)?;
    Ok((domain::export(&a, now()), 0))
}

/// The formats `annexa docs` writes, from `--format docx,xlsx,csv,md`
/// (all four when absent).
fn doc_formats(option: Option<&str>) -> Result<Vec<&'static str>, Failure> {
    const ALL: [&str; 4] = ["docx", "xlsx", "csv", "md"];
    let Some(list) = option else {
        return Ok(ALL.to_vec());
    };
    list.split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|f| {
            ALL.iter().copied().find(|a| *a == f).ok_or_else(|| {
                usage(format!(
                    "--format takes a comma-separated list of {}, not \"{f}\"",
                    ALL.join(", ")
                ))
            })
        })
        .collect()
}

/// Writes the pack into `dir` (made if missing); the names written, in order.
fn write_docs(
    a: &Assessment,
    dir: &std::path::Path,
    formats: &[&str],
    today: Date,
) -> Result<Vec<String>, Failure> {
    use domain::documents::{self, DocumentKind};
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure(format!("cannot make the folder {}: {e}", dir.display()), 2))?;
    let docs = documents::documents(a, today);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let failed = |e: domain::Error| Failure(e.to_string(), 2);
    for format in formats {
        match *format {
            "docx" => {
                for d in &docs {
                    files.push((
                        format!("{}.docx", d.kind.slug()),
                        documents::document_docx(d, today).map_err(failed)?,
                    ));
                }
                let stage1: Vec<_> = docs
                    .iter()
                    .filter(|d| DocumentKind::STAGE_1.contains(&d.kind))
                    .cloned()
                    .collect();
                files.push((
                    "stage-1-pack.docx".to_owned(),
                    documents::pack_docx(&stage1, today).map_err(failed)?,
                ));
            }
            "xlsx" => files.push((
                "annexa-workbook.xlsx".to_owned(),
                domain::workbook(a, today).map_err(failed)?,
            )),
            "csv" => {
                for (name, text) in [
                    (
                        "statement-of-applicability.csv",
                        report::soa_csv(&domain::generate_soa(a)),
                    ),
                    ("risk-register.csv", report::risk_register_csv(a)),
                    (
                        "risk-treatment-plan.csv",
                        documents::risk_treatment_plan_csv(a, today),
                    ),
                    ("asset-register.csv", documents::asset_register_csv(a)),
                ] {
                    files.push((name.to_owned(), text.into_bytes()));
                }
            }
            _ => {
                for d in &docs {
                    files.push((
                        format!("{}.md", d.kind.slug()),
                        documents::document_md(d).into_bytes(),
                    ));
                }
            }
        }
    }
    let mut names = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(&name);
        std::fs::write(&path, bytes)
            .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()), 2))?;
        names.push(path.display().to_string());
    }
    Ok(names)
}

/// A message as one line that shows what the file holds but cannot act on
/// the terminal: newlines, tabs, ESC and every other control character
/// (and Unicode's line separators and direction overrides) are written as
/// escapes (`\n`, `\t`, `\u{1b}`), so text from a file can neither start a
/// line of its own (a fake "valid:") nor move the cursor or clear the screen.
fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}') =>
            {
                out.extend(c.escape_unicode())
            }
            c => out.push(c),
        }
    }
    out
}

fn main() -> ExitCode {
    // No input may crash the tool: a bug still ends with exit code 2 and one
    // line that says what to do, even in the release build (panic = abort).
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "annexa: internal error ({}); this is a bug in Annexa, please report it with the file that caused it",
            one_line(&info.to_string())
        );
        std::process::exit(2);
    }));
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok((output, code)) => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe (e.g. `| head`) is not an error worth a message.
            let _ = match output {
                Output::Text(text) => stdout.write_all(text.as_bytes()),
                Output::Recommend(a) => report::write_recommend_json(&a, &mut stdout),
            }
            .and_then(|_| stdout.flush());
            ExitCode::from(code)
        }
        Err(Failure(message, code)) => {
            for line in message.split(LINE_BREAK) {
                eprintln!("annexa: {}", one_line(line));
            }
            ExitCode::from(code)
        }
    }
}
