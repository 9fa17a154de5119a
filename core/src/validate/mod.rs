//! Semantic validation of an assessment: ranges, ids, references and limits.
//! Every problem names its JSON path and says what was expected.

use std::collections::BTreeSet;

use super::error::{Error, ErrorKind, Result};
use super::model::{Assessment, Asset, AssetId, Risk, MAX_ID};

mod checker;

use checker::Checker;

/// The longest text field Annexa accepts, in characters.
pub const MAX_TEXT: usize = 20_000;
/// The most items a list may hold (assets, risks, references, …).
pub const MAX_ITEMS: usize = 100_000;

/// The problems of one asset, as [`problems`] reports them for the
/// register: its name, texts and ratings. The path is the asset's place in
/// the register (`assets[i]`), or the next place (`assets[n]`) for an asset
/// not in it yet, such as a new one with id 0. The forms and the import
/// both apply these rules.
pub fn asset_problems(a: &Assessment, asset: &Asset) -> Vec<Error> {
    let i = a
        .assets
        .iter()
        .position(|x| x.id == asset.id)
        .unwrap_or(a.assets.len());
    let mut c = Checker {
        method: &a.method,
        problems: Vec::new(),
    };
    c.asset(&format!("assets[{i}]"), asset);
    c.problems
}

/// The problems of one risk, as [`problems`] reports them for the register:
/// a title, texts, ranges on the method's scales, references to assets,
/// library entries and controls, the override's reason, the acceptance and
/// the quantitative estimate. The path is the risk's place in the register
/// (`risks[i]`), or the next place (`risks[n]`) for a risk not in it yet.
pub fn risk_problems(a: &Assessment, risk: &Risk) -> Vec<Error> {
    let i = a
        .risks
        .iter()
        .position(|x| x.id == risk.id)
        .unwrap_or(a.risks.len());
    let asset_ids: BTreeSet<AssetId> = crate::sort::set(a.assets.iter().map(|x| x.id));
    risk_problems_at(a, risk, i, &asset_ids)
}

/// [`risk_problems`] with the risk's place and the register's asset ids
/// given, for callers that check many risks (the spreadsheet import).
pub(crate) fn risk_problems_at(
    a: &Assessment,
    risk: &Risk,
    i: usize,
    asset_ids: &BTreeSet<AssetId>,
) -> Vec<Error> {
    let mut c = Checker {
        method: &a.method,
        problems: Vec::new(),
    };
    c.risk(&format!("risks[{i}]"), risk, asset_ids);
    c.problems
}

/// Checks every rule of the data; the first problem found is returned, and
/// [`problems`] lists them all.
pub fn validate(assessment: &Assessment, root: &str) -> Result<()> {
    match problems(assessment, root).into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Every problem of the data, in document order.
pub fn problems(a: &Assessment, root: &str) -> Vec<Error> {
    let p = |s: &str| {
        if root.is_empty() {
            s.to_owned()
        } else {
            format!("{root}.{s}")
        }
    };
    let mut c = Checker {
        method: &a.method,
        problems: Vec::new(),
    };
    for (path, message) in a.method.problems(&p("method")) {
        c.push(ErrorKind::Invalid, path, message);
    }
    if !c.problems.is_empty() {
        // Ranges below depend on a sound method.
        return c.problems;
    }
    for (name, scale) in [
        ("likelihood", &a.method.likelihood),
        ("impact", &a.method.impact),
    ] {
        for (n, step) in scale.steps.iter().enumerate() {
            c.text(&|| p(&format!("method.{name}.steps[{n}].name")), &step.name);
            c.text(
                &|| p(&format!("method.{name}.steps[{n}].description")),
                &step.description,
            );
        }
    }
    for (n, level) in a.method.levels.iter().enumerate() {
        c.text(&|| p(&format!("method.levels[{n}].name")), &level.name);
    }
    let ctx = &a.context;
    c.text(&|| p("context.organisation"), &ctx.organisation);
    c.text(&|| p("context.scope"), &ctx.scope);
    c.texts(&|| p("context.sites"), &ctx.sites);
    c.texts(&|| p("context.services"), &ctx.services);
    c.texts(&|| p("context.teams"), &ctx.teams);
    c.count(
        &|| p("context.interested_parties"),
        ctx.interested_parties.len(),
    );
    for (i, ip) in ctx.interested_parties.iter().enumerate() {
        c.text(
            &|| p(&format!("context.interested_parties[{i}].name")),
            &ip.name,
        );
        c.text(
            &|| p(&format!("context.interested_parties[{i}].requirements")),
            &ip.requirements,
        );
        c.count(
            &|| p(&format!("context.interested_parties[{i}].controls")),
            ip.controls.len(),
        );
    }

    c.count(&|| p("assets"), a.assets.len());
    let mut asset_ids = BTreeSet::new();
    for (i, asset) in a.assets.iter().enumerate() {
        let at = p(&format!("assets[{i}]"));
        if !asset.id.fits() {
            c.push(
                ErrorKind::OutOfRange,
                format!("{at}.id"),
                format!(
                    "asset id \"{}\" does not fit the id format, which runs from A-01 to A-{MAX_ID}: renumber the asset",
                    asset.id
                ),
            );
        }
        if !asset_ids.insert(asset.id) {
            c.push(
                ErrorKind::DuplicateId,
                format!("{at}.id"),
                format!(
                    "duplicate asset id \"{}\": each asset needs its own id",
                    asset.id
                ),
            );
        }
        c.asset(&at, asset);
    }

    c.count(&|| p("risks"), a.risks.len());
    let mut risk_ids = BTreeSet::new();
    for (i, risk) in a.risks.iter().enumerate() {
        let at = p(&format!("risks[{i}]"));
        if !risk.id.fits() {
            c.push(
                ErrorKind::OutOfRange,
                format!("{at}.id"),
                format!(
                    "risk id \"{}\" does not fit the id format, which runs from R-01 to R-{MAX_ID}: renumber the risk",
                    risk.id
                ),
            );
        }
        if !risk_ids.insert(risk.id) {
            c.push(
                ErrorKind::DuplicateId,
                format!("{at}.id"),
                format!(
                    "duplicate risk id \"{}\": each risk needs its own id",
                    risk.id
                ),
            );
        }
        c.risk(&at, risk, &asset_ids);
    }

    c.text(&|| p("soa.document.version"), &a.soa.document.version);
    c.text(&|| p("soa.document.approver"), &a.soa.document.approver);
    for (id, e) in &a.soa.entries {
        let at = p(&format!("soa.entries.\"{id}\""));
        c.control(&|| at.clone(), *id);
        if let Some(j) = &e.justification {
            c.text(&|| format!("{at}.justification"), j);
        }
        c.text(
            &|| format!("{at}.exclusion_justification"),
            &e.exclusion_justification,
        );
        c.text(&|| format!("{at}.owner"), &e.owner);
        c.texts(&|| format!("{at}.evidence"), &e.evidence);
    }
    c.count(&|| p("gap_check.answers"), a.gap_check.answers.len());
    for q in a.gap_check.answers.keys() {
        c.text(&|| p("gap_check.answers"), &q.0);
    }
    c.count(
        &|| p("gap_check.raised_risks"),
        a.gap_check.raised_risks.len(),
    );
    for q in a.gap_check.raised_risks.keys() {
        c.text(&|| p("gap_check.raised_risks"), &q.0);
    }
    for (path, message) in a.quant_settings.problems(&p("quant_settings")) {
        c.push(ErrorKind::Invalid, path, message);
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example, import, Identification, ImpactOverride, Risk, RiskId};

    #[test]
    fn the_example_has_no_problem_item_by_item() {
        let a = example();
        for x in &a.assets {
            assert_eq!(asset_problems(&a, x), vec![], "{}", x.id);
        }
        for r in &a.risks {
            assert_eq!(risk_problems(&a, r), vec![], "{}", r.id);
        }
    }

    #[test]
    fn a_risk_needs_a_title() {
        let a = example();
        for title in ["", "  \t\n"] {
            let mut r = a.risks[2].clone();
            r.title = title.into();
            let found = risk_problems(&a, &r);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].kind, ErrorKind::Invalid);
            assert_eq!(found[0].path.as_deref(), Some("risks[2].title"));
            assert_eq!(found[0].message, "a risk needs a title");
        }
        // A new risk is checked at the place it will take.
        let mut new = Risk::new_default(&a.method);
        let found = risk_problems(&a, &new);
        let at = format!("risks[{}].title", a.risks.len());
        assert_eq!(found[0].path.as_deref(), Some(at.as_str()));
        new.title = "Laptop stolen".into();
        assert_eq!(risk_problems(&a, &new), vec![]);
    }

    #[test]
    fn the_register_and_the_import_apply_the_same_rule() {
        let mut a = example();
        a.risks[1].title = " ".into();
        let e = problems(&a, "assessment");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].path.as_deref(), Some("assessment.risks[1].title"));
        assert_eq!(e[0].message, risk_problems(&a, &a.risks[1])[0].message);
        let text = crate::export(&a, crate::Timestamp(0));
        let refused = import(text.as_bytes()).expect_err("an empty title is refused");
        assert_eq!(refused.kind, ErrorKind::Invalid);
        assert_eq!(refused.path.as_deref(), Some("assessment.risks[1].title"));
        assert!(
            refused.to_string().contains("a risk needs a title"),
            "{refused}"
        );
    }

    #[test]
    fn an_override_needs_a_reason_and_assets_must_exist() {
        let a = example();
        let mut r = a.risks[0].clone();
        r.id = RiskId(0);
        r.impact_override = Some(ImpactOverride {
            impact: crate::Impact(2),
            reason: " ".into(),
        });
        r.identification = Identification::AssetBased {
            assets: vec![AssetId(999)],
        };
        let kinds: Vec<ErrorKind> = risk_problems(&a, &r).iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [ErrorKind::DanglingReference, ErrorKind::Invalid],
            "{:?}",
            risk_problems(&a, &r)
        );
    }

    #[test]
    fn an_asset_needs_a_name_and_ratings_on_the_scale() {
        let a = example();
        let mut x = Asset::new_default(&a.method);
        let found = asset_problems(&a, &x);
        assert_eq!(found.len(), 1, "{found:?}");
        let at = format!("assets[{}].name", a.assets.len());
        assert_eq!(found[0].path.as_deref(), Some(at.as_str()));
        assert_eq!(found[0].message, "an asset needs a name");
        x.name = "Laptops".into();
        x.ratings.integrity = crate::Impact(9);
        let found = asset_problems(&a, &x);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, ErrorKind::OutOfRange);
        let mut known = a.assets[3].clone();
        known.name.clear();
        assert_eq!(
            asset_problems(&a, &known)[0].path.as_deref(),
            Some("assets[3].name")
        );
    }
}
