//! The `method` object: the scales, levels, matrix and tolerance a new
//! assessment starts with.

use serde::Deserialize;

use super::ConfigError;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    default_levels, LevelIndex, Matrix, Method, RiskLevel, Scale, ScaleStep, MAX_METHOD_NAME,
    MAX_SCALE, MIN_SCALE,
};

/// A likelihood or impact scale in a config: a number of steps (3–6), or
/// the step names, lowest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScaleConfig {
    /// That many steps with the default names.
    Steps(u64),
    /// These step names.
    Names(Vec<String>),
}

impl<'de> Deserialize<'de> for ScaleConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = ScaleConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&text_with(
                    msg::CONFIG_EXPECT_SCALE,
                    &[
                        ("min", MIN_SCALE.to_string().into()),
                        ("max", MAX_SCALE.to_string().into()),
                    ],
                ))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ScaleConfig, E> {
                Ok(ScaleConfig::Steps(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ScaleConfig, E> {
                u64::try_from(v)
                    .map(ScaleConfig::Steps)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<ScaleConfig, E> {
                if v.fract() == 0.0 && (0.0..=1e6).contains(&v) {
                    Ok(ScaleConfig::Steps(v as u64))
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Float(v), &self))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ScaleConfig, A::Error> {
                let mut names = Vec::new();
                while let Some(n) = seq.next_element::<String>()? {
                    names.push(n);
                }
                Ok(ScaleConfig::Names(names))
            }
        }
        d.deserialize_any(V)
    }
}

impl ScaleConfig {
    fn len(&self) -> u64 {
        match self {
            ScaleConfig::Steps(n) => *n,
            ScaleConfig::Names(v) => v.len() as u64,
        }
    }
}

/// The risk tolerance in a config: a level's name or its index from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToleranceConfig {
    /// A level index, 0 the lowest.
    Index(u64),
    /// A level name such as `"Medium"`.
    Name(String),
}

impl<'de> Deserialize<'de> for ToleranceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = ToleranceConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&text(msg::CONFIG_EXPECT_TOLERANCE))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ToleranceConfig, E> {
                Ok(ToleranceConfig::Index(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ToleranceConfig, E> {
                u64::try_from(v)
                    .map(ToleranceConfig::Index)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<ToleranceConfig, E> {
                if v.fract() == 0.0 && (0.0..=1e6).contains(&v) {
                    Ok(ToleranceConfig::Index(v as u64))
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Float(v), &self))
                }
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ToleranceConfig, E> {
                Ok(ToleranceConfig::Name(v.to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The `method` object: the risk method a new assessment starts with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodConfig {
    /// The likelihood scale.
    pub likelihood: Option<ScaleConfig>,
    /// The impact scale.
    pub impact: Option<ScaleConfig>,
    /// The risk levels, lowest first (1 to 8).
    pub levels: Option<Vec<RiskLevel>>,
    /// The matrix: one row per likelihood step (lowest first), one level
    /// index (from 0) per impact step.
    pub matrix: Option<Vec<Vec<u8>>>,
    /// The highest level acceptable without treatment.
    pub tolerance: Option<ToleranceConfig>,
}

impl MethodConfig {
    /// The `which` scale (`likelihood` or `impact`): `default` names the
    /// steps, or the config's names do; a size outside 3–6 or a name
    /// outside 1 to [`MAX_METHOD_NAME`] characters is refused at its path.
    fn scale(
        which: &str,
        s: &ScaleConfig,
        default: fn(usize) -> Scale,
    ) -> Result<Scale, ConfigError> {
        let n = s.len();
        if !(MIN_SCALE as u64..=MAX_SCALE as u64).contains(&n) {
            return Err(ConfigError::at(
                format!("method.{which}"),
                text_with(
                    msg::CONFIG_SCALE_SIZE,
                    &[
                        ("min", MIN_SCALE.to_string().into()),
                        ("max", MAX_SCALE.to_string().into()),
                        ("steps", n.to_string().into()),
                    ],
                ),
            ));
        }
        let mut scale = default(n as usize);
        if let ScaleConfig::Names(names) = s {
            for (k, (step, name)) in scale.steps.iter_mut().zip(names).enumerate() {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > MAX_METHOD_NAME {
                    return Err(ConfigError::at(
                        format!("method.{which}[{k}]"),
                        too_long(msg::CONFIG_STEP_NAME, name.chars().count()),
                    ));
                }
                *step = ScaleStep {
                    name: name.to_owned(),
                    description: String::new(),
                };
            }
        }
        Ok(scale)
    }

    /// The method this describes, checked like an imported one.
    pub fn resolve(&self) -> Result<Method, ConfigError> {
        let base = Method::default();
        let likelihood = match &self.likelihood {
            Some(s) => Self::scale("likelihood", s, Scale::default_likelihood)?,
            None => base.likelihood,
        };
        let impact = match &self.impact {
            Some(s) => Self::scale("impact", s, Scale::default_impact)?,
            None => base.impact,
        };
        let levels = self.levels()?;
        let matrix = match &self.matrix {
            Some(rows) => Matrix {
                grid: rows
                    .iter()
                    .map(|r| r.iter().map(|&c| LevelIndex(c)).collect())
                    .collect(),
            },
            None => Matrix::banded(likelihood.len(), impact.len(), levels.len()),
        };
        let tolerance = self.tolerance(&levels)?;
        let method = Method {
            likelihood,
            impact,
            levels,
            matrix,
            tolerance,
        };
        if let Some((path, message)) = method.problems("method").into_iter().next() {
            return Err(ConfigError::at(path, message));
        }
        Ok(method)
    }

    /// The risk levels (the default ones when the config names none): 1 to
    /// 8 of them, each name 1 to [`MAX_METHOD_NAME`] characters.
    fn levels(&self) -> Result<Vec<RiskLevel>, ConfigError> {
        let levels = self.levels.clone().unwrap_or_else(default_levels);
        if levels.is_empty() || levels.len() > 8 {
            return Err(ConfigError::at(
                "method.levels",
                text_with(
                    msg::CONFIG_LEVEL_COUNT,
                    &[("levels", levels.len().to_string().into())],
                ),
            ));
        }
        // A level name the app could save but never load again would lose
        // the data at the next start: refuse it here, with the same bound
        // as step names.
        for (k, level) in levels.iter().enumerate() {
            let n = level.name.trim().chars().count();
            if n == 0 || n > MAX_METHOD_NAME {
                return Err(ConfigError::at(
                    format!("method.levels[{k}].name"),
                    too_long(msg::CONFIG_LEVEL_NAME, n),
                ));
            }
        }
        Ok(levels)
    }

    /// The risk acceptance tolerance among `levels` (not empty): the
    /// config's index or level name (any case), or the second level (the
    /// first when there is one).
    fn tolerance(&self, levels: &[RiskLevel]) -> Result<LevelIndex, ConfigError> {
        match &self.tolerance {
            None => Ok(LevelIndex(1.min(levels.len() as u8 - 1))),
            Some(ToleranceConfig::Index(i)) => {
                if *i >= levels.len() as u64 {
                    return Err(ConfigError::at(
                        "method.tolerance",
                        text_with(
                            msg::CONFIG_NO_LEVEL_INDEX,
                            &[
                                ("index", i.to_string().into()),
                                ("last", (levels.len() - 1).to_string().into()),
                            ],
                        ),
                    ));
                }
                Ok(LevelIndex(*i as u8))
            }
            Some(ToleranceConfig::Name(name)) => levels
                .iter()
                .position(|l| l.name.eq_ignore_ascii_case(name.trim()))
                .map(|i| LevelIndex(i as u8))
                .ok_or_else(|| {
                    let names: Vec<&str> = levels.iter().map(|l| l.name.as_str()).collect();
                    ConfigError::at(
                        "method.tolerance",
                        text_with(
                            msg::CONFIG_NO_LEVEL_NAME,
                            &[
                                ("name", name.as_str().into()),
                                ("levels", names.join(", ").into()),
                            ],
                        ),
                    )
                }),
        }
    }
}

/// A name of `length` characters outside 1 to [`MAX_METHOD_NAME`], as the
/// message `id` (a step's or a level's) says it.
fn too_long(id: crate::domain::text::MessageId, length: usize) -> String {
    text_with(
        id,
        &[
            ("max", MAX_METHOD_NAME.to_string().into()),
            ("length", length.to_string().into()),
        ],
    )
}
