//! `annexa docs`: the documentation pack for a Stage 1 audit (every
//! document as DOCX and Markdown, the XLSX workbook, the CSVs) written into
//! a folder; the same file and `--today` give the same bytes.

use std::path::Path;

use annexa_core::documents::{self, Document, DocumentKind};
use annexa_core::{self as domain, report, Assessment, Date};

use super::Printed;
use crate::args::{usage, Args, Failure};
use crate::input::{load, today};

/// A file of the pack: its name and bytes.
type PackFile = (String, Vec<u8>);

/// `annexa docs`: writes the pack into `--out` and prints the paths
/// written, one a line.
pub fn docs(rest: &[String]) -> Result<Printed, Failure> {
    let args = Args::parse(rest, &["out", "format", "today"])?;
    let a = load(&args)?;
    let out = args
        .option("out")
        .ok_or_else(|| usage("docs needs --out DIR, the folder to write the files to"))?;
    let formats = doc_formats(args.option("format"))?;
    let today = today(&args)?;
    let written = write_docs(&a, Path::new(out), &formats, today)?;
    Ok((written.join("\n") + "\n", 0))
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

/// A failure of the core's writers (exit code 2).
fn failed(e: domain::Error) -> Failure {
    Failure(e.to_string(), 2)
}

/// Writes the pack into `dir` (made if missing); the names written, in order.
fn write_docs(
    a: &Assessment,
    dir: &Path,
    formats: &[&str],
    today: Date,
) -> Result<Vec<String>, Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure(format!("cannot make the folder {}: {e}", dir.display()), 2))?;
    let docs = documents::documents(a, today);
    let mut files: Vec<PackFile> = Vec::new();
    for format in formats {
        match *format {
            "docx" => files.extend(docx_files(&docs, today)?),
            "xlsx" => files.push((
                "annexa-workbook.xlsx".to_owned(),
                domain::workbook(a, today).map_err(failed)?,
            )),
            "csv" => files.extend(csv_files(a, today)),
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

/// Every document as DOCX, then the Stage 1 documents in one
/// `stage-1-pack.docx`.
fn docx_files(docs: &[Document], today: Date) -> Result<Vec<PackFile>, Failure> {
    let mut files = Vec::new();
    for d in docs {
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
    Ok(files)
}

/// The registers as CSV: the SoA, the risk register, the risk treatment
/// plan and the asset register.
fn csv_files(a: &Assessment, today: Date) -> Vec<PackFile> {
    [
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
    ]
    .into_iter()
    .map(|(name, text)| (name.to_owned(), text.into_bytes()))
    .collect()
}
