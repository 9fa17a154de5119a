//! The spreadsheet import's native benchmark (`cargo bench -p annexa-core
//! --features spreadsheets --bench import`): a workbook of 10,000 assets
//! (sheet "Assets", foreign column names and labels) and 50,000 risks
//! (sheet "Risk register", Annexa's own export columns) read, mapped and
//! previewed, then applied. Prints the time of each step (median of RUNS,
//! default 3) and writes the workbook to target/bench/import-60k.xlsx for
//! the browser bench (e2e/bench/import.mjs).
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

use std::time::Instant;

use annexa_core::import::{apply, preview, propose, read, ImportMode, RowKind};
use annexa_core::report::{risk_register_rows, RISK_REGISTER_COLUMNS};
use annexa_core::{synthetic, Assessment};

fn workbook(a: &Assessment) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Assets").expect("sheet name");
    let header = [
        "Asset ID",
        "Asset Name",
        "Category",
        "Owner",
        "Sensitivity",
        "Criticality",
        "Location",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("cell");
    }
    let words = ["Low", "Low", "Medium", "High", "High"];
    let labels = [
        "Public",
        "Internal",
        "Internal",
        "Confidential",
        "Restricted",
    ];
    for (r, x) in a.assets.iter().enumerate() {
        let row = r as u32 + 1;
        let cells = [
            x.id.to_string(),
            x.name.clone(),
            annexa_core::catalogue::snake(&x.asset_type),
            x.owner.clone(),
            labels[usize::from(x.ratings.confidentiality.0 - 1).min(4)].to_owned(),
            words[usize::from(x.ratings.availability.0 - 1).min(4)].to_owned(),
            x.location.clone(),
        ];
        for (c, v) in cells.iter().enumerate() {
            ws.write_string(row, c as u16, v).expect("cell");
        }
    }
    let ws = book.add_worksheet();
    ws.set_name("Risk register").expect("sheet name");
    for (c, h) in RISK_REGISTER_COLUMNS.iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("cell");
    }
    for (r, row) in risk_register_rows(a).iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, v).expect("cell");
        }
    }
    book.save_to_buffer().expect("workbook")
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let source = synthetic(10_000, 50_000);
    let bytes = workbook(&source);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/bench");
    std::fs::create_dir_all(dir).expect("target/bench");
    std::fs::write(format!("{dir}/import-60k.xlsx"), &bytes).expect("write the workbook");
    println!(
        "workbook: {:.1} MiB, 10,000 assets and 50,000 risks",
        bytes.len() as f64 / 1_048_576.0
    );
    let mut steps: Vec<(&str, Vec<f64>)> = vec![
        ("assets: read + propose + preview", vec![]),
        ("assets: apply", vec![]),
        ("risks: read + propose + preview", vec![]),
        ("risks: apply", vec![]),
    ];
    for _ in 0..runs {
        let t = Instant::now();
        let table = read::read(&bytes, Some("Assets"), None).expect("assets sheet");
        let empty = Assessment::default();
        let m = propose(&table, None, &empty.method);
        assert_eq!(m.kind, RowKind::Asset);
        let p = preview(&empty, &table, &m);
        assert_eq!((p.new_count(), p.rejected_count()), (10_000, 0));
        steps[0].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let mut a = apply(&empty, &p, ImportMode::Merge).expect("assets apply");
        a.method = source.method.clone();
        steps[1].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let table = read::read(&bytes, Some("Risk register"), None).expect("risk sheet");
        let m = propose(&table, None, &a.method);
        assert_eq!(m.kind, RowKind::Risk);
        let p = preview(&a, &table, &m);
        assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected.first());
        assert_eq!(p.new_count(), 50_000);
        steps[2].1.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let b = apply(&a, &p, ImportMode::Merge).expect("risks apply");
        assert_eq!(b.risks.len(), 50_000);
        steps[3].1.push(t.elapsed().as_secs_f64());
    }
    for (name, times) in steps {
        println!("{name:<36} {:>8.3} s (median of {runs})", median(times));
    }
}
