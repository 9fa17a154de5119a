//! The configuration an embedding host gives: `Annexa.mount(element, config)`
//! or `index.html#config=<base64url JSON>`. Both arrive as JSON-like values
//! and go through [`Config::from_value`]: serde into typed structs that deny
//! unknown keys, then checks that name the key at fault.

mod method;
mod namespace;
mod theme;

pub use method::{MethodConfig, ScaleConfig, ToleranceConfig};
pub use namespace::{LanguageTag, Namespace, MAX_NAMESPACE};
pub use theme::{Theme, ThemeConfig, ThemeVar};

use serde::Deserialize;

use crate::domain::text::{msg, text, text_with};
use crate::domain::{Assessment, Method, Sector};

/// What the app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The whole workbench with its navigation.
    #[default]
    Full,
    /// Only the quick gap check.
    GapCheck,
    /// A single-risk likelihood × impact calculator with the matrix.
    Calculator,
}

/// Where the app runs, which decides routing and what it may touch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Host {
    /// `index.html` as a page of its own: hash routes, the service worker.
    #[default]
    Page,
    /// `index.html#config=…`, usually in an iframe: routes in memory, so the
    /// fragment that carries the configuration stays as it is.
    Frame,
    /// Mounted into an element of another page with `Annexa.mount`: routes
    /// in memory, no skip link or `<main>` of its own.
    Element,
}

impl Host {
    /// True when routes live in memory instead of `location.hash`.
    pub fn memory_routes(self) -> bool {
        self != Host::Page
    }
}
/// The configuration exactly as given (keys are camelCase, unknown keys are
/// refused). See [`Config`] for the checked form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawConfig {
    /// `"full"`, `"gap-check"` or `"calculator"`.
    #[serde(default)]
    pub mode: Mode,
    /// The method a new assessment starts with.
    pub method: Option<MethodConfig>,
    /// The sector preset of a new assessment (e.g. `"healthcare"`).
    pub sector: Option<Sector>,
    /// Colours and font.
    pub theme: Option<ThemeConfig>,
    /// The storage namespace.
    pub namespace: Option<String>,
    /// Whether import and export are shown (default true).
    pub import_export: Option<bool>,
    /// The language tag of the app's root element.
    pub lang: Option<String>,
}

/// A configuration that failed: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The key at fault, e.g. `theme.accent` (empty: the whole config).
    pub path: String,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl ConfigError {
    /// An error at `path`.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = self.message.replace('`', "\"");
        let message = if self.path.is_empty() {
            text_with(msg::CONFIG_INVALID, &[("message", message.into())])
        } else {
            text_with(
                msg::CONFIG_INVALID_AT,
                &[
                    ("path", self.path.as_str().into()),
                    ("message", message.into()),
                ],
            )
        };
        f.write_str(&message)
    }
}

impl std::error::Error for ConfigError {}

/// The checked configuration the app runs with. The default is the
/// standalone page's: full mode, the default namespace, import and export.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// What is shown.
    pub mode: Mode,
    /// The method of a new assessment, if the host chose one.
    pub method: Option<Method>,
    /// The sector of a new assessment, if the host chose one.
    pub sector: Option<Sector>,
    /// Theme values for the root element.
    pub theme: Theme,
    /// Where the data is stored.
    pub namespace: Namespace,
    /// Whether import and export are shown.
    pub import_export: bool,
    /// The language tag of the root element.
    pub lang: Option<LanguageTag>,
    /// Where the app runs (set by the code, not by the host).
    pub host: Host,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Full,
            method: None,
            sector: None,
            theme: Theme::default(),
            namespace: Namespace::DEFAULT,
            import_export: true,
            lang: None,
            host: Host::Page,
        }
    }
}

impl Config {
    /// Checks a configuration given as a JSON value (`null`: all defaults).
    pub fn from_value(value: serde_json::Value, host: Host) -> Result<Config, ConfigError> {
        let value = match value {
            serde_json::Value::Null => serde_json::Value::Object(Default::default()),
            serde_json::Value::Object(m) => serde_json::Value::Object(m),
            other => {
                return Err(ConfigError::at(
                    "",
                    text_with(msg::CONFIG_NOT_OBJECT, &[("kind", kind_of(&other).into())]),
                ))
            }
        };
        // Through the same path-naming reader as domain::import.
        let raw: RawConfig =
            crate::domain::deserialize_with_path(&value).map_err(|(message, path)| {
                let mut path = path;
                // An unknown key's path ends in the key itself; name its parent.
                if message.starts_with("unknown field") {
                    path = path
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_owned());
                }
                ConfigError::at(path, message)
            })?;
        Config::check(raw, host)
    }

    /// Checks a configuration given as JSON text.
    /// Keys written twice (at any depth) are refused, as the import
    /// refuses them, before the text is parsed.
    pub fn from_json(text: &str, host: Host) -> Result<Config, ConfigError> {
        // The message names the line and column of both keys.
        crate::domain::check_unique_keys(text)
            .map_err(|e| ConfigError::at(e.path.unwrap_or_default(), e.message))?;
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            ConfigError::at(
                "",
                text_with(msg::CONFIG_NOT_JSON, &[("why", e.to_string().into())]),
            )
        })?;
        Config::from_value(value, host)
    }

    fn check(raw: RawConfig, host: Host) -> Result<Config, ConfigError> {
        let method = raw.method.as_ref().map(MethodConfig::resolve).transpose()?;
        let theme = match &raw.theme {
            Some(t) => Theme::check(t)?,
            None => Theme::default(),
        };
        let namespace = match &raw.namespace {
            Some(n) => Namespace::named(n).map_err(|m| ConfigError::at("namespace", m))?,
            None => Namespace::DEFAULT,
        };
        let lang = raw
            .lang
            .as_deref()
            .map(LanguageTag::parse)
            .transpose()
            .map_err(|m| ConfigError::at("lang", m))?;
        Ok(Config {
            mode: raw.mode,
            method,
            sector: raw.sector,
            theme,
            namespace,
            import_export: raw.import_export.unwrap_or(true),
            lang,
            host,
        })
    }

    /// The assessment that "Start new assessment", "Clear" and an empty
    /// storage start from: the host's method and sector, nothing else.
    pub fn blank_assessment(&self) -> Assessment {
        let mut a = Assessment::default();
        if let Some(m) = &self.method {
            a.method = m.clone();
        } else if let Some(sector) = self.sector {
            // No method from the host: the sector's impact definitions.
            sector.apply_impact_definitions(&mut a.method);
        }
        a.context.sector = self.sector;
        a
    }
}

/// What kind of JSON value `v` is, in words ("null" is JSON's own word).
fn kind_of(v: &serde_json::Value) -> String {
    text(match v {
        serde_json::Value::Null => return "null".to_owned(),
        serde_json::Value::Bool(_) => msg::CONFIG_KIND_BOOLEAN,
        serde_json::Value::Number(_) => msg::CONFIG_KIND_NUMBER,
        serde_json::Value::String(_) => msg::CONFIG_KIND_STRING,
        serde_json::Value::Array(_) => msg::CONFIG_KIND_ARRAY,
        serde_json::Value::Object(_) => msg::CONFIG_KIND_OBJECT,
    })
}
