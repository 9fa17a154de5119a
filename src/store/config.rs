//! The configuration an embedding host gives: `Annexa.mount(element, config)`
//! or `index.html#config=<base64url JSON>`. Both arrive as JSON-like values
//! and go through [`Config::from_value`]: serde into typed structs that deny
//! unknown keys, then checks that name the key at fault.

use serde::Deserialize;

use crate::domain::{
    default_levels, Assessment, LevelIndex, Matrix, Method, RiskLevel, Scale, ScaleStep, Sector,
    MAX_SCALE, MIN_SCALE,
};

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

/// A storage namespace: several instances on one origin keep their data
/// apart. The default namespace uses the keys of the standalone app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Namespace(Option<String>);

/// The longest namespace.
pub const MAX_NAMESPACE: usize = 40;

impl Namespace {
    /// The standalone app's namespace.
    pub const DEFAULT: Namespace = Namespace(None);

    /// A named namespace: 1 to 40 letters, digits, `-` or `_`.
    pub fn named(name: &str) -> Result<Namespace, String> {
        let ok = !name.is_empty()
            && name.len() <= MAX_NAMESPACE
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            Ok(Namespace(Some(name.to_owned())))
        } else {
            Err(format!(
                "\"{name}\" is not a namespace: use 1 to {MAX_NAMESPACE} letters, digits, '-' or '_', such as \"team-a\""
            ))
        }
    }

    /// The name, or `"default"`.
    pub fn label(&self) -> &str {
        self.0.as_deref().unwrap_or("default")
    }

    /// `annexa.v1.<what>` for the standalone app, and
    /// `annexa.v1.ns.<name>.<what>` for a named namespace.
    fn key(&self, what: &str) -> String {
        match &self.0 {
            None => format!("annexa.v1.{what}"),
            Some(n) => format!("annexa.v1.ns.{n}.{what}"),
        }
    }

    /// The storage key of the autosaved assessment.
    pub fn assessment_key(&self) -> String {
        self.key("assessment")
    }

    /// The key prefix of copies kept when stored data could not be read.
    pub fn backup_prefix(&self) -> String {
        self.key("backup.")
    }

    /// The key prefix of copies of autosaved data kept before it was
    /// migrated from an older schema version.
    pub fn premigration_prefix(&self) -> String {
        self.key("pre-migration.")
    }

    /// The key of the save counter: every autosave bumps it, so a tab can
    /// tell that another tab has saved since it last loaded or saved.
    pub fn revision_key(&self) -> String {
        self.key("revision")
    }

    /// The key of the unsaved forms ([`crate::store::Drafts`]), kept
    /// beside the assessment and never inside it.
    pub fn drafts_key(&self) -> String {
        self.key("drafts")
    }
}

/// A custom property of the stylesheet a host may set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeVar {
    /// Page background.
    Bg,
    /// Panels and forms.
    Surface,
    /// Body text.
    Text,
    /// Secondary text.
    Muted,
    /// Borders.
    Border,
    /// Links and primary buttons.
    Accent,
    /// Text on the accent colour.
    AccentText,
    /// Destructive actions and errors.
    Danger,
    /// Warning banners.
    WarningBg,
    /// Error banners.
    ErrorBg,
    /// Information banners.
    InfoBg,
    /// The keyboard focus ring.
    Focus,
    /// The font stack.
    Font,
    /// The corner radius.
    Radius,
}

/// What kind of value a theme property takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ThemeKind {
    Colour,
    Font,
    Length,
}

impl ThemeVar {
    /// Every property, in the order of the `theme` keys.
    pub const ALL: [ThemeVar; 14] = [
        ThemeVar::Bg,
        ThemeVar::Surface,
        ThemeVar::Text,
        ThemeVar::Muted,
        ThemeVar::Border,
        ThemeVar::Accent,
        ThemeVar::AccentText,
        ThemeVar::Danger,
        ThemeVar::WarningBg,
        ThemeVar::ErrorBg,
        ThemeVar::InfoBg,
        ThemeVar::Focus,
        ThemeVar::Font,
        ThemeVar::Radius,
    ];

    /// The CSS custom property, e.g. `--ax-accent`.
    pub fn property(self) -> &'static str {
        match self {
            ThemeVar::Bg => "--ax-bg",
            ThemeVar::Surface => "--ax-surface",
            ThemeVar::Text => "--ax-text",
            ThemeVar::Muted => "--ax-muted",
            ThemeVar::Border => "--ax-border",
            ThemeVar::Accent => "--ax-accent",
            ThemeVar::AccentText => "--ax-accent-text",
            ThemeVar::Danger => "--ax-danger",
            ThemeVar::WarningBg => "--ax-warning-bg",
            ThemeVar::ErrorBg => "--ax-error-bg",
            ThemeVar::InfoBg => "--ax-info-bg",
            ThemeVar::Focus => "--ax-focus",
            ThemeVar::Font => "--ax-font",
            ThemeVar::Radius => "--ax-radius",
        }
    }

    fn kind(self) -> ThemeKind {
        match self {
            ThemeVar::Font => ThemeKind::Font,
            ThemeVar::Radius => ThemeKind::Length,
            _ => ThemeKind::Colour,
        }
    }
}

/// The `theme` object: CSS values for the `--ax-*` custom properties.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ThemeConfig {
    /// `--ax-bg`, a colour such as `"#f7f8fa"`.
    pub bg: Option<String>,
    /// `--ax-surface`.
    pub surface: Option<String>,
    /// `--ax-text`.
    pub text: Option<String>,
    /// `--ax-muted`.
    pub muted: Option<String>,
    /// `--ax-border`.
    pub border: Option<String>,
    /// `--ax-accent`.
    pub accent: Option<String>,
    /// `--ax-accent-text`.
    pub accent_text: Option<String>,
    /// `--ax-danger`.
    pub danger: Option<String>,
    /// `--ax-warning-bg`.
    pub warning_bg: Option<String>,
    /// `--ax-error-bg`.
    pub error_bg: Option<String>,
    /// `--ax-info-bg`.
    pub info_bg: Option<String>,
    /// `--ax-focus`.
    pub focus: Option<String>,
    /// `--ax-font`, a font-family list of fonts the reader has installed
    /// (Annexa loads no web fonts).
    pub font: Option<String>,
    /// `--ax-radius`, a length such as `"4px"` or `"0.25rem"`.
    pub radius: Option<String>,
}

impl ThemeConfig {
    fn get(&self, var: ThemeVar) -> Option<&String> {
        match var {
            ThemeVar::Bg => self.bg.as_ref(),
            ThemeVar::Surface => self.surface.as_ref(),
            ThemeVar::Text => self.text.as_ref(),
            ThemeVar::Muted => self.muted.as_ref(),
            ThemeVar::Border => self.border.as_ref(),
            ThemeVar::Accent => self.accent.as_ref(),
            ThemeVar::AccentText => self.accent_text.as_ref(),
            ThemeVar::Danger => self.danger.as_ref(),
            ThemeVar::WarningBg => self.warning_bg.as_ref(),
            ThemeVar::ErrorBg => self.error_bg.as_ref(),
            ThemeVar::InfoBg => self.info_bg.as_ref(),
            ThemeVar::Focus => self.focus.as_ref(),
            ThemeVar::Font => self.font.as_ref(),
            ThemeVar::Radius => self.radius.as_ref(),
        }
    }
}

/// Checked theme values, ready for `style.setProperty`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme(pub Vec<(ThemeVar, String)>);

fn is_hex_colour(v: &str) -> bool {
    let b = v.as_bytes();
    (b.len() == 7 || b.len() == 4) && b[0] == b'#' && b[1..].iter().all(u8::is_ascii_hexdigit)
}

fn is_font_list(v: &str) -> bool {
    !v.trim().is_empty()
        && v.len() <= 200
        && v.chars()
            .all(|c| c.is_alphanumeric() || " ,-_'\"".contains(c))
}

fn is_length(v: &str) -> bool {
    if v == "0" {
        return true;
    }
    let unit_at = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(v.len());
    let (number, unit) = v.split_at(unit_at);
    !number.is_empty()
        && number.len() <= 6
        && number.parse::<f64>().is_ok()
        && ["px", "rem", "em"].contains(&unit)
}

impl Theme {
    fn check(raw: &ThemeConfig) -> Result<Theme, ConfigError> {
        let mut out = Vec::new();
        for var in ThemeVar::ALL {
            let Some(value) = raw.get(var) else { continue };
            let value = value.trim();
            let (ok, want) = match var.kind() {
                ThemeKind::Colour => (is_hex_colour(value), "a colour like \"#1f5fbf\" or \"#15b\""),
                ThemeKind::Font => (
                    is_font_list(value),
                    "a font-family list such as \"Georgia, serif\" (letters, digits, spaces, commas, quotes and '-')",
                ),
                ThemeKind::Length => (is_length(value), "a length such as \"4px\", \"0.25rem\" or \"0\""),
            };
            if !ok {
                let key = var.property().trim_start_matches("--ax-");
                return Err(ConfigError::at(
                    format!("theme.{}", camel(key)),
                    format!("\"{value}\" is not {want}"),
                ));
            }
            out.push((var, value.to_owned()));
        }
        Ok(Theme(out))
    }
}

fn camel(kebab: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in kebab.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A BCP 47 language tag for the app's root element. The interface text is
/// English, so the tag must be an English one (`en`, `en-GB`, `en-US`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Checks a tag such as `en-GB`.
    pub fn parse(tag: &str) -> Result<LanguageTag, String> {
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or_default();
        let well_formed = (2..=3).contains(&primary.len())
            && primary.chars().all(|c| c.is_ascii_alphabetic())
            && parts.all(|p| {
                (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !well_formed {
            return Err(format!(
                "\"{tag}\" is not a language tag; use one such as \"en-GB\""
            ));
        }
        if !primary.eq_ignore_ascii_case("en") {
            return Err(format!(
                "Annexa's interface is only in English so far, so \"{tag}\" would mislabel it for screen readers and translation tools; use an English tag such as \"en-GB\" or \"en-US\""
            ));
        }
        Ok(LanguageTag(tag.to_owned()))
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

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
                if name.is_empty() || name.chars().count() > 40 {
                    return Err(ConfigError::at(
                        format!("method.{which}[{k}]"),
                        "a step name needs 1 to 40 characters",
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
        if self.path.is_empty() {
            write!(f, "invalid Annexa config: {message}")
        } else {
            write!(f, "invalid Annexa config at {}: {message}", self.path)
        }
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
                    format!(
                    "the config must be an object such as {{ \"mode\": \"calculator\" }}, not {}",
                    kind_of(&other)
                ),
                ))
            }
        };
        // By reference, like domain::import, so the two share the code of
        // the path-tracking deserializer.
        let raw: RawConfig = serde_path_to_error::deserialize(&value).map_err(|e| {
            let mut path = e.path().to_string();
            let message = e.into_inner().to_string();
            // An unknown key's path ends in the key itself; name its parent.
            if message.starts_with("unknown field") {
                path = path
                    .rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_owned());
            }
            let path = if path == "." { String::new() } else { path };
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
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| ConfigError::at("", format!("the config is not valid JSON ({e})")))?;
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
        }
        a.context.sector = self.sector;
        a
    }
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}
