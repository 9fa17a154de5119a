//! The `method` object: the scales, levels, matrix and tolerance a new
//! assessment starts with.

use serde::Deserialize;

use super::ConfigError;
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
                write!(
                    f,
                    "a number of steps ({MIN_SCALE} to {MAX_SCALE}) or a list of step names, lowest first"
                )
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
                f.write_str("a level name such as \"Medium\" or a level index from 0")
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
    fn scale(
        which: &str,
        s: &ScaleConfig,
        default: fn(usize) -> Scale,
    ) -> Result<Scale, ConfigError> {
        let n = s.len();
        if !(MIN_SCALE as u64..=MAX_SCALE as u64).contains(&n) {
            return Err(ConfigError::at(
                format!("method.{which}"),
                format!("a scale needs {MIN_SCALE} to {MAX_SCALE} steps, this one has {n}"),
            ));
        }
        let mut scale = default(n as usize);
        if let ScaleConfig::Names(names) = s {
            for (k, (step, name)) in scale.steps.iter_mut().zip(names).enumerate() {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > MAX_METHOD_NAME {
                    return Err(ConfigError::at(
                        format!("method.{which}[{k}]"),
                        format!(
                            "a step name needs 1 to {MAX_METHOD_NAME} characters, this one has {}: shorten it",
                            name.chars().count()
                        ),
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
        let levels = self.levels.clone().unwrap_or_else(default_levels);
        if levels.is_empty() || levels.len() > 8 {
            return Err(ConfigError::at(
                "method.levels",
                format!(
                    "the method needs 1 to 8 risk levels, this one has {}",
                    levels.len()
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
                    format!(
                        "a level name needs 1 to {MAX_METHOD_NAME} characters, this one has {n}: shorten it"
                    ),
                ));
            }
        }
        let matrix = match &self.matrix {
            Some(rows) => Matrix {
                grid: rows
                    .iter()
                    .map(|r| r.iter().map(|&c| LevelIndex(c)).collect())
                    .collect(),
            },
            None => Matrix::banded(likelihood.len(), impact.len(), levels.len()),
        };
        let tolerance = match &self.tolerance {
            None => LevelIndex(1.min(levels.len() as u8 - 1)),
            Some(ToleranceConfig::Index(i)) => {
                if *i >= levels.len() as u64 {
                    return Err(ConfigError::at(
                        "method.tolerance",
                        format!(
                            "level {i} does not exist: the method has levels 0 to {}",
                            levels.len() - 1
                        ),
                    ));
                }
                LevelIndex(*i as u8)
            }
            Some(ToleranceConfig::Name(name)) => levels
                .iter()
                .position(|l| l.name.eq_ignore_ascii_case(name.trim()))
                .map(|i| LevelIndex(i as u8))
                .ok_or_else(|| {
                    let names: Vec<&str> = levels.iter().map(|l| l.name.as_str()).collect();
                    ConfigError::at(
                        "method.tolerance",
                        format!(
                            "there is no level \"{name}\"; the levels are {}",
                            names.join(", ")
                        ),
                    )
                })?,
        };
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
}
