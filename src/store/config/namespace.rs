//! The storage namespace of an instance and the language tag of its root
//! element: the config's two free-text keys, checked.

use crate::domain::text::{msg, text_with};

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
            Err(text_with(
                msg::CONFIG_NAMESPACE,
                &[
                    ("name", name.into()),
                    ("max", MAX_NAMESPACE.to_string().into()),
                ],
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

    /// The storage key of the spreadsheet import's saved column mappings
    /// (a JSON list, each under the name the user gave it).
    pub fn mappings_key(&self) -> String {
        self.key("import-mappings")
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
            return Err(text_with(msg::CONFIG_LANG_FORM, &[("tag", tag.into())]));
        }
        if !primary.eq_ignore_ascii_case("en") {
            return Err(text_with(
                msg::CONFIG_LANG_NOT_ENGLISH,
                &[("tag", tag.into())],
            ));
        }
        Ok(LanguageTag(tag.to_owned()))
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
