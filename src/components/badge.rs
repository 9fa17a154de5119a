//! Risk level badges: colour plus the level's name, never colour alone.

use yew::prelude::*;

use crate::domain::text::{msg, text_with};
use crate::domain::{Evaluation, LevelIndex, Method};

/// Props of [`LevelBadge`].
#[derive(Properties, PartialEq)]
pub struct LevelBadgeProps {
    /// The level.
    pub level: LevelIndex,
    /// The level's name.
    pub name: AttrValue,
    /// Likelihood × impact shown next to the name, if given.
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    /// True when the level is within tolerance.
    #[prop_or_default]
    pub within: bool,
    /// What the badge means in words (its tooltip and accessible
    /// description), if given.
    #[prop_or_default]
    pub tip: Option<AttrValue>,
}

/// A coloured badge with the level's name (and L×I).
#[function_component]
pub fn LevelBadge(p: &LevelBadgeProps) -> Html {
    html! {
        <span class={classes!("badge", format!("level-{}", p.level.0.min(7)), p.within.then_some("within"))}
            title={p.tip.clone()} aria-description={p.tip.clone()}>
            { p.name.clone() }
            if let Some(d) = &p.detail {
                <span class="detail">{ format!(" {d}") }</span>
            }
        </span>
    }
}

/// A badge for an evaluation, built from the method, with its tooltip
/// ("Risk level High: likelihood step 4 × impact step 5. Above your risk
/// tolerance: …").
pub fn badge(method: &Method, e: Evaluation) -> Html {
    let within = method.within_tolerance(e.level);
    let args = [
        ("level", method.level_name(e.level).into()),
        ("l", e.likelihood.0.into()),
        ("i", e.impact.0.into()),
    ];
    let tip = text_with(
        if within {
            msg::BADGE_TIP_WITHIN
        } else {
            msg::BADGE_TIP_ABOVE
        },
        &args,
    );
    html! {
        <LevelBadge level={e.level} name={method.level_name(e.level).to_owned()}
            detail={Some(AttrValue::from(format!("L{}×I{}", e.likelihood.0, e.impact.0)))}
            {within} tip={Some(AttrValue::from(tip))} />
    }
}
