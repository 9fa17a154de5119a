//! The small rules every screen shares: what a new asset, risk or
//! acceptance starts as, how an item joins or leaves a list, and the one
//! wording for a missing organisation name or treatment decision.
//!
//! The methods here belong to types of `model` and `method`; they live in
//! their own file so those files stay as they are.

use super::catalogue::AssetType;
use super::method::{Impact, Likelihood, Method, Scale};
use super::model::{
    Acceptance, Asset, AssetId, Cia, Context, Identification, Risk, RiskId, Treatment,
    TreatmentOption,
};
use super::text::{self, msg, MessageId};
use super::time::Date;

/// The message a missing organisation name reads as ("Unnamed
/// organisation").
pub const UNNAMED_ORGANISATION: MessageId = msg::UNNAMED_ORGANISATION;

/// The message a risk without a treatment decision reads as ("Not
/// decided").
pub const NOT_DECIDED: MessageId = msg::TREATMENT_NOT_DECIDED;

/// How long a new acceptance holds, in days.
pub const ACCEPTANCE_DAYS: i64 = 365;

/// The name to show for an organisation: the name, or
/// [`UNNAMED_ORGANISATION`] when it is blank.
pub fn organisation_name(name: &str) -> String {
    if name.trim().is_empty() {
        text::text(UNNAMED_ORGANISATION)
    } else {
        name.to_owned()
    }
}

/// Puts `item` in `list` (`on`) or takes it out (every copy), keeping the
/// list sorted and free of duplicates of `item`.
pub fn set_member<T: Ord>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
        list.sort();
    }
}

impl Scale {
    /// The middle step (rounded up), where a new rating starts: 3 of 5,
    /// 2 of 4; 1 for an empty scale.
    pub fn middle(&self) -> u8 {
        u8::try_from(self.len().div_ceil(2).max(1)).unwrap_or(u8::MAX)
    }
}

impl Context {
    /// The organisation's name for display: see [`organisation_name`].
    pub fn display_name(&self) -> String {
        organisation_name(&self.organisation)
    }
}

impl Asset {
    /// A new, unsaved asset (id 0): an information asset with every rating
    /// in the middle of the method's impact scale.
    pub fn new_default(method: &Method) -> Asset {
        let mid = Impact(method.impact.middle());
        Asset {
            id: AssetId(0),
            name: String::new(),
            asset_type: AssetType::Information,
            reference: None,
            owner: String::new(),
            location: String::new(),
            description: String::new(),
            ratings: Cia {
                confidentiality: mid,
                integrity: mid,
                availability: mid,
            },
        }
    }
}

impl Risk {
    /// A new, unsaved risk (id 0): asset-based with no assets yet, the
    /// likelihood in the middle of the method's scale, nothing decided.
    pub fn new_default(method: &Method) -> Risk {
        Risk {
            id: RiskId(0),
            title: String::new(),
            description: String::new(),
            identification: Identification::AssetBased { assets: vec![] },
            threat: None,
            vulnerabilities: vec![],
            owner: String::new(),
            likelihood: Likelihood(method.likelihood.middle()),
            impact_override: None,
            existing_controls: vec![],
            current: None,
            treatment: Treatment::default(),
            quant: None,
            reference: None,
        }
    }
}

impl Treatment {
    /// The chosen option's label, or [`NOT_DECIDED`].
    pub fn option_label(&self) -> String {
        self.option
            .map_or_else(|| text::text(NOT_DECIDED), TreatmentOption::label)
    }
}

impl Acceptance {
    /// A new acceptance recorded today, holding for [`ACCEPTANCE_DAYS`],
    /// with nobody and no reason yet.
    pub fn new_default(today: Date) -> Acceptance {
        Acceptance {
            by: String::new(),
            on: today,
            until: Date::from_unix((today.days() + ACCEPTANCE_DAYS) * 86_400),
            reason: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TreatmentOption;
    use crate::{example, problems, upsert_asset, upsert_risk};

    #[test]
    fn the_middle_of_a_scale_rounds_up() {
        for (n, mid) in [(3, 2), (4, 2), (5, 3), (6, 3)] {
            let m = Method::with_size(n, n);
            assert_eq!(m.likelihood.middle(), mid, "{n} steps");
            assert_eq!(m.impact.middle(), mid, "{n} steps");
        }
        let mut empty = Method::default().likelihood;
        empty.steps.clear();
        assert_eq!(empty.middle(), 1);
    }

    #[test]
    fn new_items_start_in_the_middle_and_are_unsaved() {
        let m = Method::with_size(4, 6);
        let asset = Asset::new_default(&m);
        assert_eq!(asset.id, AssetId(0));
        assert_eq!(asset.asset_type, AssetType::Information);
        assert_eq!(asset.ratings.confidentiality, Impact(3));
        assert_eq!(asset.ratings.integrity, Impact(3));
        assert_eq!(asset.ratings.availability, Impact(3));
        let risk = Risk::new_default(&m);
        assert_eq!(risk.id, RiskId(0));
        assert_eq!(risk.likelihood, Likelihood(2));
        assert_eq!(
            risk.identification,
            Identification::AssetBased { assets: vec![] }
        );
        assert_eq!(risk.treatment, Treatment::default());
    }

    #[test]
    fn a_new_item_needs_only_its_name_to_be_valid() {
        let mut a = example();
        let mut asset = Asset::new_default(&a.method);
        asset.name = "Laptop fleet".into();
        upsert_asset(&mut a, asset);
        let mut risk = Risk::new_default(&a.method);
        risk.title = "Laptop stolen".into();
        upsert_risk(&mut a, risk);
        assert_eq!(problems(&a, ""), vec![]);
    }

    #[test]
    fn an_acceptance_holds_a_year_from_today() {
        let today = Date::new(2026, 3, 1).unwrap();
        let acc = Acceptance::new_default(today);
        assert_eq!(acc.on, today);
        assert_eq!(acc.until, Date::new(2027, 3, 1).unwrap());
        assert!(acc.by.is_empty() && acc.reason.is_empty());
        let leap = Date::new(2027, 3, 1).unwrap();
        assert_eq!(
            Acceptance::new_default(leap).until,
            Date::new(2028, 2, 29).unwrap()
        );
    }

    #[test]
    fn set_member_adds_once_in_order_and_removes() {
        let mut list = vec![5, 1];
        set_member(&mut list, 3, true);
        assert_eq!(list, [1, 3, 5]);
        set_member(&mut list, 3, true);
        assert_eq!(list, [1, 3, 5]);
        set_member(&mut list, 1, false);
        assert_eq!(list, [3, 5]);
        set_member(&mut list, 9, false);
        assert_eq!(list, [3, 5]);
    }

    #[test]
    fn one_wording_for_missing_names_and_decisions() {
        let mut c = Context::default();
        assert_eq!(c.display_name(), "Unnamed organisation");
        c.organisation = "  ".into();
        assert_eq!(c.display_name(), text::text(UNNAMED_ORGANISATION));
        c.organisation = "Acme Ltd".into();
        assert_eq!(c.display_name(), "Acme Ltd");
        let mut t = Treatment::default();
        assert_eq!(t.option_label(), "Not decided");
        t.option = Some(TreatmentOption::Accept);
        assert_eq!(t.option_label(), "Accept");
    }
}
