//! Unsaved work: the forms a user has started, kept in the store beside
//! the assessment and never inside it.

use std::collections::BTreeMap;

use crate::domain::catalogue::ControlId;
use crate::domain::{Asset, Risk, SoaEntry};

/// Unsaved work: forms the user has started but not saved. They live in
/// the store, so leaving a page never loses them, and the autosave keeps
/// them under their own storage key (never inside the assessment, so a
/// saved file is never affected by them).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Drafts {
    /// The risk being added or edited on the Risks page.
    pub risk: Option<Risk>,
    /// The asset being added or edited on the Assets page.
    pub asset: Option<Asset>,
    /// The risk whose treatment is open on the Treatment page.
    pub treatment: Option<Risk>,
    /// SoA entries typed but not yet saved (saved a moment after typing).
    pub soa: BTreeMap<ControlId, SoaEntry>,
    /// The justification typed for a bulk exclusion on the SoA page, until
    /// the exclusion is made.
    pub soa_bulk: String,
}

impl Drafts {
    /// Whether there is no unsaved work.
    pub fn is_empty(&self) -> bool {
        *self == Drafts::default()
    }

    /// The drafts as the text the autosave stores. A new item's id is 0,
    /// which the file format's ids cannot write (`R-00` does not read
    /// back), so such an item is stored without its id and marked
    /// `"new": true`; [`Drafts::from_json`] restores it.
    pub fn to_json(&self) -> Option<String> {
        let mut value = crate::domain::json::to_value(self).ok()?;
        for (key, new) in [
            ("risk", self.risk.as_ref().is_some_and(|r| r.id.0 == 0)),
            ("asset", self.asset.as_ref().is_some_and(|a| a.id.0 == 0)),
            (
                "treatment",
                self.treatment.as_ref().is_some_and(|r| r.id.0 == 0),
            ),
        ] {
            if let Some(item) = value.get_mut(key).and_then(|v| v.as_object_mut()) {
                if new {
                    item.remove("id");
                    item.insert("new".into(), serde_json::Value::Bool(true));
                }
            }
        }
        crate::domain::json::try_to_string(&value, crate::domain::json::Layout::Compact).ok()
    }

    /// Drafts from the text [`Drafts::to_json`] stored; whatever cannot be
    /// read is dropped (drafts never block the assessment).
    pub fn from_json(text: &str) -> Drafts {
        let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
            return Drafts::default();
        };
        let mut new = Vec::new();
        for (key, placeholder) in [("risk", "R-01"), ("asset", "A-01"), ("treatment", "R-01")] {
            if let Some(item) = value.get_mut(key).and_then(|v| v.as_object_mut()) {
                if item.remove("new") == Some(serde_json::Value::Bool(true)) {
                    item.insert("id".into(), serde_json::Value::from(placeholder));
                    new.push(key);
                }
            }
        }
        let mut drafts: Drafts = crate::domain::json::from_value(&value).unwrap_or_default();
        for key in new {
            match key {
                "risk" => drafts.risk.iter_mut().for_each(|r| r.id.0 = 0),
                "asset" => drafts.asset.iter_mut().for_each(|a| a.id.0 = 0),
                _ => drafts.treatment.iter_mut().for_each(|r| r.id.0 = 0),
            }
        }
        drafts
    }
}

/// One draft, as set by [`Action::SetDraft`](super::Action::SetDraft).
#[derive(Clone, Debug, PartialEq)]
pub enum Draft {
    /// The risk form.
    Risk(Box<Risk>),
    /// The asset form.
    Asset(Asset),
    /// The open treatment.
    Treatment(Box<Risk>),
    /// A control's SoA entry as typed.
    Soa(ControlId, SoaEntry),
    /// The bulk exclusion's justification as typed.
    SoaBulk(String),
}

/// Which draft [`Action::ClearDraft`](super::Action::ClearDraft) drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// The risk form.
    Risk,
    /// The asset form.
    Asset,
    /// The open treatment.
    Treatment,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{example, Method};

    #[test]
    fn new_and_saved_items_survive_the_round_trip() {
        let method = Method::default();
        let mut risk = Risk::new_default(&method);
        risk.title = "Ransomware encrypts the client ledger".into();
        let mut asset = Asset::new_default(&method);
        asset.name = "Client ledger".into();
        let saved = example().risks[0].clone();
        let drafts = Drafts {
            risk: Some(risk),
            asset: Some(asset),
            treatment: Some(saved),
            soa: BTreeMap::new(),
            soa_bulk: "Fully remote: no premises.".into(),
        };
        let text = drafts.to_json().expect("drafts serialise");
        assert!(!text.contains("R-00") && !text.contains("A-00"), "{text}");
        assert_eq!(Drafts::from_json(&text), drafts);
        assert_eq!(Drafts::from_json("not JSON"), Drafts::default());
    }
}
