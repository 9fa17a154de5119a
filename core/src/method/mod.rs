//! The risk method: likelihood and impact scales, the risk matrix, the risk
//! levels and the risk tolerance. Like an ISMS methodology document, every
//! part is configurable; [`Method::default`] is a common 5×5 method.

mod scale;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use scale::{Impact, Likelihood, Scale, ScaleStep, MAX_METHOD_NAME, MAX_SCALE, MIN_SCALE};

/// An index into [`Method::levels`], from 0 (the lowest risk level).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct LevelIndex(pub u8);

/// A named, coloured risk level such as "High".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskLevel {
    /// Its name, e.g. "Critical".
    pub name: String,
    /// A CSS colour `#rrggbb` for badges and the heatmap.
    pub colour: Colour,
}

/// A `#rrggbb` colour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Colour(pub String);

impl Colour {
    /// True for `#` followed by six hex digits.
    pub fn is_valid(&self) -> bool {
        let b = self.0.as_bytes();
        b.len() == 7 && b[0] == b'#' && b[1..].iter().all(u8::is_ascii_hexdigit)
    }
}

/// The risk matrix: `grid[likelihood - 1][impact - 1]` is the risk level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// One row per likelihood step (lowest first), one cell per impact step.
    pub grid: Vec<Vec<LevelIndex>>,
}

/// The whole risk method.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// The likelihood scale.
    pub likelihood: Scale,
    /// The impact scale (also used for the assets' C, I and A ratings).
    pub impact: Scale,
    /// The risk levels, lowest first.
    pub levels: Vec<RiskLevel>,
    /// The matrix from likelihood and impact to level.
    pub matrix: Matrix,
    /// The highest level that is acceptable without treatment.
    pub tolerance: LevelIndex,
}

impl Default for Method {
    fn default() -> Self {
        Method::with_size(5, 5)
    }
}

/// The default four levels.
pub fn default_levels() -> Vec<RiskLevel> {
    [
        ("Low", "#2e7d32"),
        ("Medium", "#f9a825"),
        ("High", "#ef6c00"),
        ("Critical", "#c62828"),
    ]
    .iter()
    .map(|(n, c)| RiskLevel {
        name: (*n).to_owned(),
        colour: Colour((*c).to_owned()),
    })
    .collect()
}

/// The level a band of L×I gives, for `levels` levels on an `nl`×`ni` grid.
///
/// The product is compared with the grid's largest product: up to 16 % is the
/// lowest band, up to 36 % the next, up to 64 % the next, the rest the top
/// (on 5×5: 1–4, 5–9, 10–16, 20–25). With other numbers of levels the
/// fraction is split evenly.
pub fn band(l: u8, i: u8, nl: usize, ni: usize, levels: usize) -> LevelIndex {
    let p = u32::from(l) * u32::from(i);
    let max = (nl * ni).max(1) as u32;
    let levels = levels.max(1) as u32;
    if levels == 4 {
        let pct = p * 100;
        let idx = if pct <= 16 * max {
            0
        } else if pct <= 36 * max {
            1
        } else if pct <= 64 * max {
            2
        } else {
            3
        };
        return LevelIndex(idx);
    }
    // Even split of (0, 1] into `levels` bands.
    let idx = ((p * levels).saturating_sub(1) / max).min(levels - 1);
    LevelIndex(idx as u8)
}

impl Method {
    /// A method with `nl` likelihood steps and `ni` impact steps (each
    /// clamped to 3–6), the default four levels, a banded grid and a tolerance
    /// of "Medium".
    pub fn with_size(nl: usize, ni: usize) -> Self {
        let nl = nl.clamp(MIN_SCALE, MAX_SCALE);
        let ni = ni.clamp(MIN_SCALE, MAX_SCALE);
        let levels = default_levels();
        let grid = Matrix::banded(nl, ni, levels.len());
        Method {
            likelihood: Scale::default_likelihood(nl),
            impact: Scale::default_impact(ni),
            levels,
            matrix: grid,
            tolerance: LevelIndex(1),
        }
    }

    /// The risk level of a likelihood and an impact. Values outside the
    /// scales are clamped onto them (validation rejects them earlier).
    pub fn level(&self, l: Likelihood, i: Impact) -> LevelIndex {
        let row = usize::from(l.0.max(1) - 1).min(self.matrix.grid.len().saturating_sub(1));
        self.matrix
            .grid
            .get(row)
            .and_then(|r| {
                let col = usize::from(i.0.max(1) - 1).min(r.len().saturating_sub(1));
                r.get(col)
            })
            .copied()
            .unwrap_or(LevelIndex(0))
    }

    /// The level's definition.
    pub fn level_def(&self, level: LevelIndex) -> Option<&RiskLevel> {
        self.levels.get(usize::from(level.0))
    }

    /// The level's name, or `"?"`.
    pub fn level_name(&self, level: LevelIndex) -> &str {
        self.level_def(level).map_or("?", |l| l.name.as_str())
    }

    /// True when the level is at or below the tolerance.
    pub fn within_tolerance(&self, level: LevelIndex) -> bool {
        level <= self.tolerance
    }

    /// Changes the scale sizes, keeping step names where they exist and
    /// refilling the grid from the bands (overrides are lost on resize).
    pub fn resize(&mut self, nl: usize, ni: usize) {
        let nl = nl.clamp(MIN_SCALE, MAX_SCALE);
        let ni = ni.clamp(MIN_SCALE, MAX_SCALE);
        let fresh_l = Scale::default_likelihood(nl);
        let fresh_i = Scale::default_impact(ni);
        if self.likelihood.len() != nl {
            self.likelihood = fresh_l;
        }
        if self.impact.len() != ni {
            self.impact = fresh_i;
        }
        self.matrix = Matrix::banded(nl, ni, self.levels.len());
    }

    /// Moves a cell to the next level, wrapping from the top to the lowest.
    pub fn cycle_cell(&mut self, l: Likelihood, i: Impact) {
        let n = self.levels.len().max(1) as u8;
        if let Some(cell) = self
            .matrix
            .grid
            .get_mut(usize::from(l.0.max(1) - 1))
            .and_then(|r| r.get_mut(usize::from(i.0.max(1) - 1)))
        {
            cell.0 = (cell.0 + 1) % n;
        }
    }

    /// Checks the method is usable; each problem names its JSON path.
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (name, scale) in [("likelihood", &self.likelihood), ("impact", &self.impact)] {
            if !(MIN_SCALE..=MAX_SCALE).contains(&scale.len()) {
                out.push((
                    format!("{path}.{name}.steps"),
                    format!(
                        "a scale needs {MIN_SCALE} to {MAX_SCALE} steps, this one has {}",
                        scale.len()
                    ),
                ));
            }
        }
        if self.levels.is_empty() || self.levels.len() > 8 {
            out.push((
                format!("{path}.levels"),
                format!(
                    "the method needs 1 to 8 risk levels, it has {}",
                    self.levels.len()
                ),
            ));
        }
        for (n, level) in self.levels.iter().enumerate() {
            if !level.colour.is_valid() {
                out.push((
                    format!("{path}.levels[{n}].colour"),
                    format!("\"{}\" is not a colour like \"#c62828\"", level.colour.0),
                ));
            }
        }
        if self.matrix.grid.len() != self.likelihood.len() {
            out.push((
                format!("{path}.matrix.grid"),
                format!(
                    "the grid has {} rows but the likelihood scale has {} steps",
                    self.matrix.grid.len(),
                    self.likelihood.len()
                ),
            ));
        }
        for (r, row) in self.matrix.grid.iter().enumerate() {
            if row.len() != self.impact.len() {
                out.push((
                    format!("{path}.matrix.grid[{r}]"),
                    format!(
                        "the row has {} cells but the impact scale has {} steps",
                        row.len(),
                        self.impact.len()
                    ),
                ));
            }
            for (c, cell) in row.iter().enumerate() {
                if usize::from(cell.0) >= self.levels.len() {
                    out.push((
                        format!("{path}.matrix.grid[{r}][{c}]"),
                        format!(
                            "level {} does not exist: the method has levels 0 to {}",
                            cell.0,
                            self.levels.len().saturating_sub(1)
                        ),
                    ));
                }
            }
        }
        if usize::from(self.tolerance.0) >= self.levels.len() {
            out.push((
                format!("{path}.tolerance"),
                format!("level {} does not exist", self.tolerance.0),
            ));
        }
        out
    }
}

impl Matrix {
    /// A grid filled from the bands of L×I (see [`band`]).
    pub fn banded(nl: usize, ni: usize, levels: usize) -> Self {
        let grid = (1..=nl)
            .map(|l| {
                (1..=ni)
                    .map(|i| band(l as u8, i as u8, nl, ni, levels))
                    .collect()
            })
            .collect();
        Matrix { grid }
    }
}
