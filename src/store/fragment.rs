//! The URL fragment of `index.html`: either a route (`#/risks`) or
//! parameters for iframes and share links (`#config=…&share=…`). Browsers
//! never send the fragment to the server.

use crate::domain::base64url;
use crate::domain::text::{msg, text, text_with};

use super::config::{Config, ConfigError, Host};

/// What a parameter fragment carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FragmentParams {
    /// The `config` parameter, decoded to JSON text.
    pub config: Option<String>,
    /// The `share` parameter, still encoded (see `domain::open_share`).
    pub share: Option<String>,
}

impl FragmentParams {
    /// The configuration the fragment gives, if any, checked.
    pub fn config(&self) -> Option<Result<Config, ConfigError>> {
        self.config
            .as_deref()
            .map(|json| Config::from_json(json, Host::Frame))
    }
}

/// Reads `location.hash`. A route (empty, `#` or `#/…`) gives `Ok(None)`;
/// `#config=<base64url JSON>` and `#share=<payload>`, joined by `&`, give
/// their values; anything else is an error that says what is expected.
pub fn parse_fragment(hash: &str) -> Result<Option<FragmentParams>, ConfigError> {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    if body.is_empty() || body.starts_with('/') {
        return Ok(None);
    }
    let mut params = FragmentParams::default();
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "config" => {
                let bytes = base64url::decode(value).map_err(|e| {
                    ConfigError::at(
                        "",
                        text_with(msg::CONFIG_NOT_BASE64URL, &[("why", e.to_string().into())]),
                    )
                })?;
                let text = String::from_utf8(bytes)
                    .map_err(|_| ConfigError::at("", text(msg::CONFIG_NOT_UTF8)))?;
                params.config = Some(text);
            }
            "share" => params.share = Some(value.to_owned()),
            other => {
                return Err(ConfigError::at(
                    "",
                    text_with(msg::CONFIG_UNKNOWN_FRAGMENT, &[("part", other.into())]),
                ))
            }
        }
    }
    Ok(Some(params))
}

/// The fragment for a configuration given as JSON text, e.g. for an
/// iframe's `src`: `#config=` and the text in base64url.
pub fn config_fragment(json: &str) -> String {
    format!("#config={}", base64url::encode(json.as_bytes()))
}
