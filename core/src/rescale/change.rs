//! What a scale change does ([`ScaleChange`]): every rating it moves, and
//! the preview's lines.

use super::{Group, Rated};
use crate::text::{self, msg, Arg};

/// One rating a change moves, with the step names before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// Which rating.
    pub rated: Rated,
    /// The step before (1-based) and its name.
    pub from: (u8, String),
    /// The step after and its name.
    pub to: (u8, String),
    /// True when the change restores the rating's original step.
    pub restored: bool,
}

/// What a scale change does: every rating it moves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScaleChange {
    /// The ratings it moves, in register order.
    pub moved: Vec<Moved>,
}

impl ScaleChange {
    /// True when the change moves no rating.
    pub fn is_empty(&self) -> bool {
        self.moved.is_empty()
    }

    /// One line per kind of rating and pair of steps, e.g. "12 asset
    /// ratings: Severe → Major" or "12 asset ratings restored: Major →
    /// Severe": by kind of rating, then from the highest step down, so the
    /// lines read like the scale (Severe, Major, Moderate, …).
    pub fn lines(&self) -> Vec<String> {
        let mut groups: Vec<(Group, bool, &str, &str, usize, u8)> = Vec::new();
        for m in &self.moved {
            let key = (
                m.rated.group(),
                m.restored,
                m.from.1.as_str(),
                m.to.1.as_str(),
            );
            match groups.iter_mut().find(|g| (g.0, g.1, g.2, g.3) == key) {
                Some(g) => g.4 += 1,
                None => groups.push((key.0, key.1, key.2, key.3, 1, m.from.0)),
            }
        }
        crate::sort::sort_by_key(&mut groups, |g| (g.0, g.1, std::cmp::Reverse(g.5)));
        groups
            .into_iter()
            .map(|(group, restored, from, to, count, _)| {
                text::text_with(
                    if restored {
                        msg::RESCALE_LINE_RESTORED
                    } else {
                        msg::RESCALE_LINE
                    },
                    &[
                        (
                            "what",
                            Arg::from(text::text_with(
                                group.label(),
                                &[("count", Arg::from(count))],
                            )),
                        ),
                        ("from", Arg::from(from)),
                        ("to", Arg::from(to)),
                    ],
                )
            })
            .collect()
    }
}
