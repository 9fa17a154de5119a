//! The field cases of `shared/cases/` (see its README): what the app saves
//! always loads again, and hostile input never breaks it.
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use annexa_core::*;

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ------------------------------------------------------------------ ids

#[test]
fn adding_after_the_largest_id_still_imports() {
    let mut a = import(&case("R-999999.json")).unwrap().assessment;
    let mut risk = Risk::new_default(&a.method);
    risk.title = "Added after the largest id".into();
    let rid = upsert_risk(&mut a, risk).unwrap();
    assert_eq!(rid, RiskId(1), "the lowest free number");
    let mut asset = Asset::new_default(&a.method);
    asset.name = "Added asset".into();
    let first = upsert_asset(&mut a, asset.clone()).unwrap();
    assert_eq!(first, AssetId(1));
    // Assets up to the largest id, then one more: the lowest free number.
    asset.id = AssetId(MAX_ID);
    upsert_asset(&mut a, asset.clone()).unwrap();
    asset.id = AssetId(0);
    assert_eq!(upsert_asset(&mut a, asset).unwrap(), AssetId(2));
    let text = export(&a, Timestamp(0));
    let back = import(text.as_bytes()).expect("what the app saves imports again");
    assert_eq!(back.assessment, a);
}

#[test]
fn ids_outside_the_format_are_refused_by_validation() {
    let mut a = example();
    a.risks[0].id = RiskId(MAX_ID + 1);
    let e = validate(&a, "assessment").unwrap_err();
    assert_eq!(e.kind, ErrorKind::OutOfRange);
    assert_eq!(e.path.as_deref(), Some("assessment.risks[0].id"));
    assert!(e.message.contains("R-999999"), "{e}");
    // Validation agrees with the import: the text does not read back.
    let text = export(&a, Timestamp(0));
    assert!(import(text.as_bytes()).is_err());
}

#[test]
fn a_full_register_refuses_a_new_id_with_a_clear_error() {
    let mut a = Assessment::default();
    let template = Asset::new_default(&a.method);
    a.assets = (1..=MAX_ID)
        .map(|n| Asset {
            id: AssetId(n),
            ..template.clone()
        })
        .collect();
    let e = a.next_asset_id().unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooMany);
    assert!(e.message.contains("delete"), "{e}");
    let before = a.assets.len();
    assert_eq!(upsert_asset(&mut a, template), None);
    assert_eq!(a.assets.len(), before, "no change");
}

// --------------------------------------------------------------- limits

#[test]
fn an_escape_counts_as_one_character() {
    // 20,000 characters, each written as a \u escape (6 bytes): at the limit.
    let name = "\\u00e9".repeat(MAX_TEXT);
    let text = format!(
        "{{\"format\":\"annexa\",\"schema_version\":1,\"app_version\":\"0.1.0\",\"exported_at\":\"2026-11-23T00:00:00Z\",\"assessment\":{{\"context\":{{\"organisation\":\"{name}\"}}}}}}"
    );
    let a = import(text.as_bytes()).expect("20,000 decoded characters are allowed");
    assert_eq!(a.assessment.context.organisation.chars().count(), MAX_TEXT);
    // One more is refused, by the pre-scan and by validation alike.
    let over = text.replacen("\\u00e9", "\\u00e9\\n", 1);
    let e = import(over.as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooLong);
    assert_eq!(e.path.as_deref(), Some("assessment.context.organisation"));
    assert!(e.message.contains("20001 characters"), "{e}");
    // A surrogate pair is one character too.
    let pairs = "\\ud83d\\ude00".repeat(MAX_TEXT);
    let emoji = text.replace(&name, &pairs);
    assert!(import(emoji.as_bytes()).is_ok());
}

#[test]
fn what_the_app_saved_with_a_long_name_is_repaired_and_imports() {
    let bytes = case("org-20001-what-the-app-saves.json");
    let e = import(&bytes).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooLong);
    assert_eq!(e.path.as_deref(), Some("assessment.context.organisation"));
    let fixed = repair(&bytes).expect("the repair mends it");
    assert_eq!(
        fixed.changes,
        vec![Repair {
            path: "assessment.context.organisation".into(),
            change: RepairKind::Shortened {
                from_chars: 20_001,
                to_chars: MAX_TEXT,
            },
        }]
    );
    assert!(fixed.changes[0].to_string().contains("cut off"));
    let a = &fixed.envelope.assessment;
    assert_eq!(a.context.organisation.chars().count(), MAX_TEXT);
    // What the repair gives is saved and loads again.
    let text = export(a, Timestamp(0));
    assert_eq!(import(text.as_bytes()).unwrap().assessment, *a);
}

#[test]
fn the_repair_renumbers_ids_that_do_not_fit_and_their_references() {
    let mut a = example();
    let bad_asset = AssetId(MAX_ID + 5);
    let old = a.assets[1].id;
    a.assets[1].id = bad_asset;
    for r in &mut a.risks {
        if let Identification::AssetBased { assets } = &mut r.identification {
            for x in assets.iter_mut().filter(|x| **x == old) {
                *x = bad_asset;
            }
        }
    }
    a.risks[0].id = RiskId(0);
    a.risks[0].title = "x".repeat(MAX_TEXT + 3);
    assert!(validate(&a, "").is_err());
    let text = export(&a, Timestamp(0));
    let fixed = repair(text.as_bytes()).expect("mended");
    let paths: Vec<&str> = fixed.changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "assessment.risks[0].title",
            "assessment.assets[1].id",
            "assessment.risks[0].id"
        ]
    );
    let new_asset = fixed.envelope.assessment.assets[1].id;
    assert!(new_asset.fits());
    assert_eq!(
        fixed.changes[1].change,
        RepairKind::Renumbered {
            from: bad_asset.to_string(),
            to: new_asset.to_string()
        }
    );
    // References follow the asset.
    let refs = fixed
        .envelope
        .assessment
        .risks
        .iter()
        .filter(|r| matches!(&r.identification, Identification::AssetBased { assets } if assets.contains(&new_asset)))
        .count();
    assert!(refs > 0);
    // The same repair in memory.
    let changes = repair_assessment(&mut a);
    assert_eq!(changes.len(), 3);
    assert_eq!(changes[0].path, "risks[0].title");
    assert_eq!(problems(&a, ""), vec![]);
}

// -------------------------------------------------------- duplicate keys

#[test]
fn a_second_assessment_key_is_refused_with_both_positions() {
    let bytes = case("dup-assessment-key.json");
    let e = import(&bytes).unwrap_err();
    assert_eq!(e.kind, ErrorKind::DuplicateKey);
    assert_eq!(e.path.as_deref(), Some("assessment"));
    let text = std::str::from_utf8(&bytes).unwrap();
    let second = text.rfind("\"assessment\"").unwrap();
    assert_eq!(e.position, Some(line_column(text, second)));
    let (l1, c1) = line_column(text, text.find("\"assessment\"").unwrap());
    assert!(
        e.message
            .contains(&format!("first at line {l1}, column {c1}")),
        "{e}"
    );
    // A share link of the same text is refused the same way.
    let link = {
        use std::io::Write;
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        d.write_all(&bytes).unwrap();
        base64url::encode(&d.finish().unwrap())
    };
    assert_eq!(open_share(&link).unwrap_err(), e);
}

#[test]
fn duplicate_keys_are_refused_at_every_depth() {
    let base = export(&example(), Timestamp(0));
    let cases = [
        // (text to find, replacement, path of the duplicate)
        (
            "\"risks\": [",
            "\"risks\": [], \"risks\": [",
            "assessment.risks",
        ),
        (
            "\"organisation\": ",
            "\"organisation\": \"X\", \"organisation\": ",
            "assessment.context.organisation",
        ),
        (
            "\"title\": ",
            "\"title\": \"X\", \"title\": ",
            "assessment.risks[0].title",
        ),
        (
            "\"format\": ",
            "\"format\": \"annexa\", \"format\": ",
            "format",
        ),
    ];
    for (find, replace, path) in cases {
        let text = base.replacen(find, replace, 1);
        let e = import(text.as_bytes()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::DuplicateKey, "{path}: {e}");
        assert_eq!(e.path.as_deref(), Some(path));
        assert!(e.position.is_some());
        assert_eq!(check_unique_keys(&text).unwrap_err(), e);
    }
    // An escaped spelling of the same key is the same key.
    let text = base.replacen(
        "\"format\": ",
        "\"form\\u0061t\": \"annexa\", \"format\": ",
        1,
    );
    assert_eq!(
        import(text.as_bytes()).unwrap_err().kind,
        ErrorKind::DuplicateKey
    );
    // Two objects may share key names; keys in a list's objects are apart.
    assert!(check_unique_keys(&base).is_ok());
    assert!(check_unique_keys("{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}").is_ok());
    let deep = format!("{}{{\"k\":1,\"k\":2}}{}", "[".repeat(40), "]".repeat(40));
    assert!(check_unique_keys(&deep).is_err(), "at any depth");
}

// -------------------------------------------------------- unknown fields

#[test]
fn misspelt_simulation_keys_are_refused() {
    let bytes = case("quant-typos.json");
    let e = import(&bytes).unwrap_err();
    assert_eq!(e.kind, ErrorKind::UnknownField, "{e}");
    assert!(e.message.contains("tolerence"), "{e}");
    assert_eq!(
        e.path.as_deref(),
        Some("assessment.quant_settings.tolerence")
    );
    assert_eq!(e.position, Some((52, 20)));
    // With that typo corrected, the other is found.
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace("tolerence", "tolerance");
    let e = import(text.as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::UnknownField, "{e}");
    assert!(e.message.contains("residul"), "{e}");
    assert_eq!(e.path.as_deref(), Some("assessment.risks[0].quant.residul"));
    // Both corrected: it imports, the residual and the tolerance kept.
    let text = text.replace("residul", "residual");
    let a = import(text.as_bytes()).unwrap().assessment;
    assert!(a.risks[0].quant.unwrap().residual.is_some());
    assert_eq!(a.quant_settings.tolerance.len(), 1);
    // Unknown keys inside tagged estimates and nested structs too.
    for (find, replace) in [
        ("\"kind\": \"fixed\",", "\"kind\": \"fixed\", \"vlaue\": 3,"),
        (
            "\"kind\": \"range90\",",
            "\"kind\": \"range90\", \"hihg\": 3,",
        ),
        ("\"kind\": \"direct\",", "\"kind\": \"direct\", \"tef\": 3,"),
        ("\"loss\": 100000,", "\"loss\": 100000, \"los\": 1,"),
    ] {
        let bad = text.replacen(find, replace, 1);
        assert_ne!(bad, text);
        let e = import(bad.as_bytes()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::UnknownField, "{find}: {e}");
        // The path names the misspelt or misplaced key itself, inside the
        // tagged estimates too, where their reader meets it after the tag.
        // The error's path is found on the file's tree written out again,
        // whose keys are in alphabetical order: a key that sorts before
        // "kind" ("hihg") comes before the tag, and is reported, as serde's
        // derive reports every such key, at its object.
        let key = replace.rsplit('"').nth(1).unwrap();
        let path = e.path.as_deref().unwrap_or_default();
        if key > "kind" {
            assert!(path.ends_with(&format!(".{key}")), "{find}: {path}");
        } else {
            assert!(
                path.starts_with("assessment.risks[0].quant"),
                "{find}: {path}"
            );
        }
    }
}

/// Every object schema either lists its properties and allows no others,
/// or is a map whose values have a schema.
fn closed(v: &serde_json::Value, at: &str, open: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            let is_object = m.get("type").is_some_and(|t| {
                t == "object"
                    || t.as_array()
                        .is_some_and(|l| l.iter().any(|x| x == "object"))
            }) || m.contains_key("properties");
            if is_object {
                let ok = match m.get("additionalProperties") {
                    Some(serde_json::Value::Bool(false)) => true,
                    // A map (keyed by ids or control numbers): its values
                    // are checked by their own schema.
                    Some(serde_json::Value::Object(_)) => !m.contains_key("properties"),
                    _ => false,
                };
                if !ok {
                    open.push(at.to_owned());
                }
            }
            for (k, x) in m {
                closed(x, &format!("{at}/{k}"), open);
            }
        }
        serde_json::Value::Array(l) => {
            for (i, x) in l.iter().enumerate() {
                closed(x, &format!("{at}/{i}"), open);
            }
        }
        _ => {}
    }
}

#[test]
fn every_object_in_the_schema_refuses_unknown_keys() {
    let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    let mut open = Vec::new();
    closed(&schema, "#", &mut open);
    assert_eq!(
        open,
        Vec::<String>::new(),
        "object schemas that allow any key"
    );
}

// ------------------------------------------------------ extreme simulation

#[test]
fn extreme_event_rates_are_refused_with_the_path_and_the_maximum() {
    for name in ["quant-rate-1e6.json", "quant-rate-1e20.json"] {
        let e = import(&case(name)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid, "{name}: {e}");
        assert_eq!(
            e.path.as_deref(),
            Some("assessment.risks[0].quant.inherent.frequency.lef.value"),
            "{name}"
        );
        assert!(e.message.contains("10000 a year"), "{name}: {e}");
        assert!(e.position.is_some());
    }
    // At the maximum it is allowed.
    let text = String::from_utf8(case("quant-rate-1e6.json"))
        .unwrap()
        .replace("1000000.0", "10000.0");
    assert!(import(text.as_bytes()).is_ok());
}

#[test]
fn extreme_losses_are_refused_with_the_path_and_the_maximum() {
    let base = String::from_utf8(case("quant-rate-1e6.json"))
        .unwrap()
        .replace("1000000.0", "2.0");
    for (find, replace, path) in [
        (
            "\"high\": 5000",
            "\"high\": 2e15",
            "assessment.risks[0].quant.inherent.primary.high",
        ),
        (
            "\"tolerance\": []",
            "\"tolerance\": [{\"loss\": 1e16, \"probability\": 0.1}]",
            "assessment.quant_settings.tolerance[0].loss",
        ),
    ] {
        let text = base.replacen(find, replace, 1);
        let e = import(text.as_bytes()).unwrap_err();
        assert_eq!(e.path.as_deref(), Some(path), "{e}");
        assert!(e.message.contains("1e15"), "{e}");
    }
}

#[test]
fn the_run_is_estimated_before_it_starts() {
    use annexa_core::quant::{Job, MAX_EVENTS};
    let text = String::from_utf8(case("quant-rate-1e6.json"))
        .unwrap()
        .replace("1000000.0", "10000.0");
    let a = import(text.as_bytes()).unwrap().assessment;
    let job = Job::from_assessment(&a, &[], None).unwrap();
    let e = job.estimate();
    assert_eq!(e.scenario_years, 1_000);
    assert!((e.events - 1e7).abs() < 1.0, "{e:?}");
    assert!(e.seconds > 0.0 && e.within_limit());
    // The same rate over ten million years is over the limit: refused
    // before the run, saying what to change.
    let e = Job::from_assessment(&a, &[], Some(quant::MAX_TRIALS)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooLarge);
    assert!(e.message.contains("fewer trials"), "{e}");
    assert!(job.estimate().events < MAX_EVENTS);
    // A job built by hand (as the worker receives it) is checked too.
    let mut bad = job.clone();
    bad.risks[0].2.inherent.frequency = quant::Frequency::Direct {
        lef: quant::Estimate::Fixed {
            value: quant::Rate(1e20),
        },
    };
    assert!(bad.check().is_err());
    let mut reports = Vec::new();
    quant::run_json(
        &serde_json::to_string(&quant::WorkerRequest::Run(bad)).unwrap(),
        |r| reports.push(r.clone()),
    );
    assert!(
        matches!(reports.as_slice(), [quant::WorkerReport::Failed(m)] if m.contains("10000")),
        "{reports:?}"
    );
}

#[test]
fn every_result_is_checked_for_finite_numbers() {
    let text = String::from_utf8(case("quant-rate-1e6.json"))
        .unwrap()
        .replace("1000000.0", "2.0");
    let a = import(text.as_bytes()).unwrap().assessment;
    let results = quant::simulate(&a, &[], None).unwrap();
    assert!(results.check_finite().is_ok());
    assert!(results.portfolio_inherent.mean > 0.0);
    let mut broken = results.clone();
    broken.curve_inherent[3].loss = f64::INFINITY;
    let e = broken.check_finite().unwrap_err();
    assert_eq!(e.path.as_deref(), Some("curve_inherent[3]"));
    let mut broken = results;
    broken.risks[0].inherent.p99 = f64::NAN;
    assert_eq!(
        broken.check_finite().unwrap_err().path.as_deref(),
        Some("risks[0]")
    );
}

/// Issue 18 §4: the estimate the Quantify page shows before a run, in the
/// text layer, from scenario-years × the documented throughput.
#[test]
fn the_run_estimate_reads_as_a_sentence_with_its_basis() {
    let job = quant::bench_job(10, 100_000);
    let e = job.estimate();
    assert_eq!(e.scenario_years, 1_000_000);
    let m = e.message();
    let seconds = (e.seconds * 2.0).ceil().max(1.0);
    assert_eq!(
        m,
        format!(
            "Estimated run time: about {seconds} s in this browser, for 1000000 scenario-years and about {} loss events (the native simulation draws about 30000000 values a second; a browser takes about twice as long).",
            e.events.round()
        )
    );
}
