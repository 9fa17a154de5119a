//! The checker behind [`super::problems`]: one method per kind of item,
//! each pushing every problem it finds with its JSON path.

use std::collections::BTreeSet;

use super::{MAX_ITEMS, MAX_TEXT};
use crate::catalogue;
use crate::error::{Error, ErrorKind};
use crate::method::{Impact, Likelihood, Method};
use crate::model::{Asset, AssetId, Identification, Rating, Risk};

/// A JSON path, written only when a problem is found: most items have
/// none, and a register of thousands of risks would otherwise format tens
/// of thousands of paths on every check.
pub(super) type Path<'a> = &'a dyn Fn() -> String;

/// Collects the problems of an assessment, item by item.
pub(super) struct Checker<'a> {
    pub(super) method: &'a Method,
    pub(super) problems: Vec<Error>,
}

impl Checker<'_> {
    pub(super) fn push(&mut self, kind: ErrorKind, path: String, message: String) {
        self.problems.push(Error::new(kind, message).at(path));
    }

    pub(super) fn text(&mut self, path: Path<'_>, s: &str) {
        // A text of no more bytes than the limit has no more characters.
        if s.len() <= MAX_TEXT {
            return;
        }
        let n = s.chars().count();
        if n > MAX_TEXT {
            self.push(
                ErrorKind::TooLong,
                path(),
                format!("the text is {n} characters long; the limit is {MAX_TEXT}: shorten it"),
            );
        }
    }

    pub(super) fn texts(&mut self, path: Path<'_>, list: &[String]) {
        self.count(path, list.len());
        for (i, s) in list.iter().enumerate() {
            self.text(&|| format!("{}[{i}]", path()), s);
        }
    }

    pub(super) fn count(&mut self, path: Path<'_>, n: usize) {
        if n > MAX_ITEMS {
            self.push(
                ErrorKind::TooMany,
                path(),
                format!("the list has {n} items; the limit is {MAX_ITEMS}"),
            );
        }
    }

    pub(super) fn likelihood(&mut self, path: Path<'_>, l: Likelihood) {
        let n = self.method.likelihood.len();
        if l.0 < 1 || usize::from(l.0) > n {
            self.push(
                ErrorKind::OutOfRange,
                path(),
                format!(
                    "likelihood {} is outside the likelihood scale, which runs from 1 to {n}",
                    l.0
                ),
            );
        }
    }

    pub(super) fn impact(&mut self, path: Path<'_>, i: Impact) {
        let n = self.method.impact.len();
        if i.0 < 1 || usize::from(i.0) > n {
            self.push(
                ErrorKind::OutOfRange,
                path(),
                format!(
                    "impact {} is outside the impact scale, which runs from 1 to {n}",
                    i.0
                ),
            );
        }
    }

    pub(super) fn rating(&mut self, path: Path<'_>, r: &Rating) {
        self.likelihood(&|| format!("{}.likelihood", path()), r.likelihood);
        self.impact(&|| format!("{}.impact", path()), r.impact);
    }

    pub(super) fn control(&mut self, path: Path<'_>, id: catalogue::ControlId) {
        if catalogue::control(id).is_none() {
            self.push(
                ErrorKind::DanglingReference,
                path(),
                format!("unknown control \"{id}\": Annex A (2022) has 5.1–5.37, 6.1–6.8, 7.1–7.14 and 8.1–8.34"),
            );
        }
    }

    /// The rules of one asset, at `at` (e.g. `assets[2]`).
    pub(super) fn asset(&mut self, at: &str, asset: &Asset) {
        if asset.name.trim().is_empty() {
            self.push(
                ErrorKind::Invalid,
                format!("{at}.name"),
                "an asset needs a name".into(),
            );
        }
        self.text(&|| format!("{at}.name"), &asset.name);
        self.text(&|| format!("{at}.owner"), &asset.owner);
        self.text(&|| format!("{at}.location"), &asset.location);
        self.text(&|| format!("{at}.description"), &asset.description);
        self.impact(
            &|| format!("{at}.ratings.confidentiality"),
            asset.ratings.confidentiality,
        );
        self.impact(
            &|| format!("{at}.ratings.integrity"),
            asset.ratings.integrity,
        );
        self.impact(
            &|| format!("{at}.ratings.availability"),
            asset.ratings.availability,
        );
    }

    /// The rules of one risk, at `at`; `asset_ids` are the assets it may name.
    pub(super) fn risk(&mut self, at: &str, risk: &Risk, asset_ids: &BTreeSet<AssetId>) {
        self.text(&|| format!("{at}.title"), &risk.title);
        if risk.title.trim().is_empty() {
            self.push(
                ErrorKind::Invalid,
                format!("{at}.title"),
                "a risk needs a title".into(),
            );
        }
        self.text(&|| format!("{at}.description"), &risk.description);
        self.text(&|| format!("{at}.owner"), &risk.owner);
        match &risk.identification {
            Identification::AssetBased { assets } => {
                self.count(&|| format!("{at}.identification.assets"), assets.len());
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
                self.impact(&|| format!("{at}.identification.impact"), *impact)
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
        self.count(
            &|| format!("{at}.vulnerabilities"),
            risk.vulnerabilities.len(),
        );
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
        self.likelihood(&|| format!("{at}.likelihood"), risk.likelihood);
        if let Some(o) = &risk.impact_override {
            self.impact(&|| format!("{at}.impact_override.impact"), o.impact);
            self.text(&|| format!("{at}.impact_override.reason"), &o.reason);
            if o.reason.trim().is_empty() {
                self.push(
                    ErrorKind::Invalid,
                    format!("{at}.impact_override.reason"),
                    "an impact override needs a reason".into(),
                );
            }
        }
        self.count(
            &|| format!("{at}.existing_controls"),
            risk.existing_controls.len(),
        );
        for (j, id) in risk.existing_controls.iter().enumerate() {
            self.control(&|| format!("{at}.existing_controls[{j}]"), *id);
        }
        if let Some(r) = &risk.current {
            self.rating(&|| format!("{at}.current"), r);
        }
        let t = &risk.treatment;
        self.count(
            &|| format!("{at}.treatment.planned_controls"),
            t.planned_controls.len(),
        );
        for (j, id) in t.planned_controls.iter().enumerate() {
            self.control(&|| format!("{at}.treatment.planned_controls[{j}]"), *id);
        }
        self.text(&|| format!("{at}.treatment.owner"), &t.owner);
        if let Some(r) = &t.target {
            self.rating(&|| format!("{at}.treatment.target"), r);
        }
        if let Some(q) = &risk.quant {
            for (path, message) in q.problems(&format!("{at}.quant")) {
                self.push(ErrorKind::Invalid, path, message);
            }
        }
        if let Some(acc) = &t.acceptance {
            self.text(&|| format!("{at}.treatment.acceptance.by"), &acc.by);
            self.text(&|| format!("{at}.treatment.acceptance.reason"), &acc.reason);
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
