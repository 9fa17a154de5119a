//! Semantic validation of an assessment: ranges, ids, references and limits.
//! Every problem names its JSON path and says what was expected.

use std::collections::BTreeSet;

use super::catalogue;
use super::error::{Error, ErrorKind, Result};
use super::method::{Impact, Likelihood, Method};
use super::model::{Assessment, Asset, AssetId, Identification, Rating, Risk, MAX_ID};

/// The longest text field Annexa accepts, in characters.
pub const MAX_TEXT: usize = 20_000;
/// The most items a list may hold (assets, risks, references, …).
pub const MAX_ITEMS: usize = 100_000;

struct Checker<'a> {
    method: &'a Method,
    problems: Vec<Error>,
}

impl Checker<'_> {
    fn push(&mut self, kind: ErrorKind, path: String, message: String) {
        self.problems.push(Error::new(kind, message).at(path));
    }

    fn text(&mut self, path: String, s: &str) {
        let n = s.chars().count();
        if n > MAX_TEXT {
            self.push(
                ErrorKind::TooLong,
                path,
                format!("the text is {n} characters long; the limit is {MAX_TEXT}: shorten it"),
            );
        }
    }

    fn texts(&mut self, path: String, list: &[String]) {
        self.count(path.clone(), list.len());
        for (i, s) in list.iter().enumerate() {
            self.text(format!("{path}[{i}]"), s);
        }
    }

    fn count(&mut self, path: String, n: usize) {
        if n > MAX_ITEMS {
            self.push(
                ErrorKind::TooMany,
                path,
                format!("the list has {n} items; the limit is {MAX_ITEMS}"),
            );
        }
    }

    fn likelihood(&mut self, path: String, l: Likelihood) {
        let n = self.method.likelihood.len();
        if l.0 < 1 || usize::from(l.0) > n {
            self.push(
                ErrorKind::OutOfRange,
                path,
                format!(
                    "likelihood {} is outside the likelihood scale, which runs from 1 to {n}",
                    l.0
                ),
            );
        }
    }

    fn impact(&mut self, path: String, i: Impact) {
        let n = self.method.impact.len();
        if i.0 < 1 || usize::from(i.0) > n {
            self.push(
                ErrorKind::OutOfRange,
                path,
                format!(
                    "impact {} is outside the impact scale, which runs from 1 to {n}",
                    i.0
                ),
            );
        }
    }

    fn rating(&mut self, path: String, r: &Rating) {
        self.likelihood(format!("{path}.likelihood"), r.likelihood);
        self.impact(format!("{path}.impact"), r.impact);
    }

    fn control(&mut self, path: String, id: catalogue::ControlId) {
        if catalogue::control(id).is_none() {
            self.push(
                ErrorKind::DanglingReference,
                path,
                format!("unknown control \"{id}\": Annex A (2022) has 5.1–5.37, 6.1–6.8, 7.1–7.14 and 8.1–8.34"),
            );
        }
    }

    /// The rules of one asset, at `at` (e.g. `assets[2]`).
    fn asset(&mut self, at: &str, asset: &Asset) {
        if asset.name.trim().is_empty() {
            self.push(
                ErrorKind::Invalid,
                format!("{at}.name"),
                "an asset needs a name".into(),
            );
        }
        self.text(format!("{at}.name"), &asset.name);
        self.text(format!("{at}.owner"), &asset.owner);
        self.text(format!("{at}.location"), &asset.location);
        self.text(format!("{at}.description"), &asset.description);
        self.impact(
            format!("{at}.ratings.confidentiality"),
            asset.ratings.confidentiality,
        );
        self.impact(format!("{at}.ratings.integrity"), asset.ratings.integrity);
        self.impact(
            format!("{at}.ratings.availability"),
            asset.ratings.availability,
        );
    }

    /// The rules of one risk, at `at`; `asset_ids` are the assets it may name.
    fn risk(&mut self, at: &str, risk: &Risk, asset_ids: &BTreeSet<AssetId>) {
        self.text(format!("{at}.title"), &risk.title);
        if risk.title.trim().is_empty() {
            self.push(
                ErrorKind::Invalid,
                format!("{at}.title"),
                "a risk needs a title".into(),
            );
        }
        self.text(format!("{at}.description"), &risk.description);
        self.text(format!("{at}.owner"), &risk.owner);
        match &risk.identification {
            Identification::AssetBased { assets } => {
                self.count(format!("{at}.identification.assets"), assets.len());
                for (j, id) in assets.iter().enumerate() {
                    if !asset_ids.contains(id) {
                        self.push(
                        ErrorKind::DanglingReference,
                        format!("{at}.identification.assets[{j}]"),
                        format!("unknown asset id \"{id}\": add the asset or remove it from the risk"),
                    );
                    }
                }
            }
            Identification::EventBased { impact } => {
                self.impact(format!("{at}.identification.impact"), *impact)
            }
        }
        if let Some(t) = risk.threat {
            if catalogue::threat(t).is_none() {
                self.push(
                    ErrorKind::DanglingReference,
                    format!("{at}.threat"),
                    format!(
                        "unknown threat id \"{t}\": the threat library runs T01–T{:02}",
                        catalogue::THREATS.len()
                    ),
                );
            }
        }
        self.count(format!("{at}.vulnerabilities"), risk.vulnerabilities.len());
        for (j, v) in risk.vulnerabilities.iter().enumerate() {
            if catalogue::vulnerability(*v).is_none() {
                self.push(
                    ErrorKind::DanglingReference,
                    format!("{at}.vulnerabilities[{j}]"),
                    format!(
                        "unknown vulnerability id \"{v}\": the library runs V01–V{:02}",
                        catalogue::VULNERABILITIES.len()
                    ),
                );
            }
        }
        self.likelihood(format!("{at}.likelihood"), risk.likelihood);
        if let Some(o) = &risk.impact_override {
            self.impact(format!("{at}.impact_override.impact"), o.impact);
            self.text(format!("{at}.impact_override.reason"), &o.reason);
            if o.reason.trim().is_empty() {
                self.push(
                    ErrorKind::Invalid,
                    format!("{at}.impact_override.reason"),
                    "an impact override needs a reason".into(),
                );
            }
        }
        self.count(
            format!("{at}.existing_controls"),
            risk.existing_controls.len(),
        );
        for (j, id) in risk.existing_controls.iter().enumerate() {
            self.control(format!("{at}.existing_controls[{j}]"), *id);
        }
        if let Some(r) = &risk.current {
            self.rating(format!("{at}.current"), r);
        }
        let t = &risk.treatment;
        self.count(
            format!("{at}.treatment.planned_controls"),
            t.planned_controls.len(),
        );
        for (j, id) in t.planned_controls.iter().enumerate() {
            self.control(format!("{at}.treatment.planned_controls[{j}]"), *id);
        }
        self.text(format!("{at}.treatment.owner"), &t.owner);
        if let Some(r) = &t.target {
            self.rating(format!("{at}.treatment.target"), r);
        }
        if let Some(q) = &risk.quant {
            for (path, message) in q.problems(&format!("{at}.quant")) {
                self.push(ErrorKind::Invalid, path, message);
            }
        }
        if let Some(acc) = &t.acceptance {
            self.text(format!("{at}.treatment.acceptance.by"), &acc.by);
            self.text(format!("{at}.treatment.acceptance.reason"), &acc.reason);
            if acc.until < acc.on {
                self.push(
                    ErrorKind::Invalid,
                    format!("{at}.treatment.acceptance.until"),
                    format!(
                        "the acceptance ends ({}) before it starts ({})",
                        acc.until, acc.on
                    ),
                );
            }
        }
    }
}

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
    let asset_ids: BTreeSet<AssetId> = a.assets.iter().map(|x| x.id).collect();
    let mut c = Checker {
        method: &a.method,
        problems: Vec::new(),
    };
    c.risk(&format!("risks[{i}]"), risk, &asset_ids);
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
            c.text(p(&format!("method.{name}.steps[{n}].name")), &step.name);
            c.text(
                p(&format!("method.{name}.steps[{n}].description")),
                &step.description,
            );
        }
    }
    for (n, level) in a.method.levels.iter().enumerate() {
        c.text(p(&format!("method.levels[{n}].name")), &level.name);
    }
    let ctx = &a.context;
    c.text(p("context.organisation"), &ctx.organisation);
    c.text(p("context.scope"), &ctx.scope);
    c.texts(p("context.sites"), &ctx.sites);
    c.texts(p("context.services"), &ctx.services);
    c.texts(p("context.teams"), &ctx.teams);
    c.count(
        p("context.interested_parties"),
        ctx.interested_parties.len(),
    );
    for (i, ip) in ctx.interested_parties.iter().enumerate() {
        c.text(
            p(&format!("context.interested_parties[{i}].name")),
            &ip.name,
        );
        c.text(
            p(&format!("context.interested_parties[{i}].requirements")),
            &ip.requirements,
        );
    }

    c.count(p("assets"), a.assets.len());
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

    c.count(p("risks"), a.risks.len());
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

    c.text(p("soa.document.version"), &a.soa.document.version);
    c.text(p("soa.document.approver"), &a.soa.document.approver);
    for (id, e) in &a.soa.entries {
        let at = p(&format!("soa.entries.\"{id}\""));
        c.control(at.clone(), *id);
        if let Some(j) = &e.justification {
            c.text(format!("{at}.justification"), j);
        }
        c.text(
            format!("{at}.exclusion_justification"),
            &e.exclusion_justification,
        );
        c.text(format!("{at}.owner"), &e.owner);
        c.texts(format!("{at}.evidence"), &e.evidence);
    }
    c.count(p("gap_check.answers"), a.gap_check.answers.len());
    for q in a.gap_check.answers.keys() {
        c.text(p("gap_check.answers"), &q.0);
    }
    c.count(p("gap_check.raised_risks"), a.gap_check.raised_risks.len());
    for q in a.gap_check.raised_risks.keys() {
        c.text(p("gap_check.raised_risks"), &q.0);
    }
    for (path, message) in a.quant_settings.problems(&p("quant_settings")) {
        c.push(ErrorKind::Invalid, path, message);
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example, import, ImpactOverride, Risk, RiskId};

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
