//! The small rules every screen shares: what a new asset, risk or
//! acceptance starts as, how an item joins or leaves a list, and the one
//! wording for a missing organisation name or treatment decision.
//!
//! The methods here belong to types of `model` and `method`; they live in
//! their own file so those files stay as they are.

use super::catalogue::{self as lib, AssetType, SecurityProperty};
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
        crate::sort::sort(list);
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
            properties: vec![],
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

impl Risk {
    /// The security properties the threat harms: the catalogue threat's
    /// `harms`, or all three (C, I, A) when no threat is chosen or the
    /// threat names none. In C, I, A order.
    pub fn threat_properties(&self) -> Vec<SecurityProperty> {
        match self.threat.and_then(lib::threat) {
            Some(t) if !t.harms.is_empty() => {
                let mut p = t.harms.to_vec();
                crate::sort::sort(&mut p);
                p.dedup();
                p
            }
            _ => SecurityProperty::ALL.to_vec(),
        }
    }

    /// The security properties this scenario harms, which the high-water
    /// mark runs over (ISO/IEC 27005:2022 8.3): the user's
    /// [`Risk::properties`] when any are named, else
    /// [`Risk::threat_properties`]. Never empty; in C, I, A order.
    pub fn harmed_properties(&self) -> Vec<SecurityProperty> {
        if self.properties.is_empty() {
            return self.threat_properties();
        }
        let mut p = self.properties.clone();
        crate::sort::sort(&mut p);
        p.dedup();
        p
    }

    /// True when the user named the harmed properties and they differ from
    /// the threat's.
    pub fn properties_chosen(&self) -> bool {
        !self.properties.is_empty() && self.harmed_properties() != self.threat_properties()
    }

    /// Ticks (`on`) or unticks property `p` among the properties this
    /// scenario harms, starting from [`Risk::harmed_properties`]. The
    /// result is stored only where it differs from the threat's (else
    /// `properties` goes back to empty, "the threat's", so a later change
    /// of threat is followed). Unticking the last property is refused (a
    /// scenario harms at least one): returns false and changes nothing.
    pub fn set_harmed(&mut self, p: SecurityProperty, on: bool) -> bool {
        let mut now = self.harmed_properties();
        set_member(&mut now, p, on);
        if now.is_empty() {
            return false;
        }
        self.properties = if now == self.threat_properties() {
            vec![]
        } else {
            now
        };
        true
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
