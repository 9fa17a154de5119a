//! The `theme` object: the `--ax-*` custom properties a host may set, and
//! the checks of their values.

use serde::Deserialize;

use super::ConfigError;
use crate::domain::text::{msg, text, text_with};

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
    pub(super) fn check(raw: &ThemeConfig) -> Result<Theme, ConfigError> {
        let mut out = Vec::new();
        for var in ThemeVar::ALL {
            let Some(value) = raw.get(var) else { continue };
            let value = value.trim();
            let (ok, want) = match var.kind() {
                ThemeKind::Colour => (is_hex_colour(value), msg::CONFIG_WANT_COLOUR),
                ThemeKind::Font => (is_font_list(value), msg::CONFIG_WANT_FONT),
                ThemeKind::Length => (is_length(value), msg::CONFIG_WANT_LENGTH),
            };
            if !ok {
                let key = var.property().trim_start_matches("--ax-");
                return Err(ConfigError::at(
                    format!("theme.{}", camel(key)),
                    text_with(
                        msg::CONFIG_THEME_VALUE,
                        &[("value", value.into()), ("want", text(want).into())],
                    ),
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
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
