//! The inventory's rules (`ASSET-…`): every asset has an owner, and every
//! highly rated asset has a risk (ISO/IEC 27001:2022 6.1.2 c).

use std::collections::BTreeSet;

use super::{Finding, LintCode, Subject};
use crate::method::Method;
use crate::model::{Assessment, AssetId};
use crate::text::Arg;

/// The impact step from which an asset counts as highly rated: the top
/// step, or the two top steps on a scale of more than three.
fn high_rating(method: &Method) -> u8 {
    let n = method.impact.len() as u8;
    if n > 3 {
        n - 1
    } else {
        n
    }
}

/// The findings of the inventory, pushed to `out` in asset order;
/// `covered` holds the assets an asset-based risk names.
pub(super) fn check_assets(
    assessment: &Assessment,
    covered: &BTreeSet<AssetId>,
    out: &mut Vec<Finding>,
) {
    let method = &assessment.method;
    let high = high_rating(method);
    for asset in &assessment.assets {
        let args = || {
            vec![
                ("asset", Arg::from(asset.id.to_string())),
                ("name", Arg::from(asset.name.as_str())),
            ]
        };
        if asset.owner.trim().is_empty() {
            out.push(Finding {
                code: LintCode::AssetWithoutOwner,
                subject: Subject::Asset(asset.id),
                args: args(),
            });
        }
        let r = asset.ratings;
        let top = r.confidentiality.max(r.integrity).max(r.availability);
        if top.0 >= high && !covered.contains(&asset.id) {
            let mut a = args();
            a.push(("rating", Arg::from(method.impact.name(top.0))));
            out.push(Finding {
                code: LintCode::AssetWithoutRisk,
                subject: Subject::Asset(asset.id),
                args: a,
            });
        }
    }
}
