//! The text layer: every sentence Annexa shows a user about their
//! assessment — labels of options and statuses, findings, effects, plan
//! narratives, fallbacks — is a [Fluent](https://projectfluent.org) message
//! in one file per language (`core/src/text/en.ftl`), read through
//! `fluent-bundle`.
//!
//! Code never spells a sentence. It names a message by a typed
//! [`MessageId`] (declared in [`msg`]) and passes typed arguments:
//!
//! ```
//! use annexa_core::text::{self, msg, Arg};
//! assert_eq!(text::text(msg::UNNAMED_ORGANISATION), "Unnamed organisation");
//! assert_eq!(
//!     text::text_with(msg::RISK_TITLE_MISSING, &[("risk", Arg::from("R-07"))]),
//!     "R-07 has no title: give the risk a short name, e.g. \"Ransomware encrypts the file server\"."
//! );
//! ```
//!
//! A second language is one more `.ftl` file and one more [`Language`]
//! variant: no other code changes. The test `every_message_is_in_every_language`
//! checks that each language file has every message with the same
//! variables, and that no file holds a message the code never names.
//!
//! Nothing here panics: a message missing at run time (which the tests
//! prevent) shows as its id, so the user sees something and a bug report
//! names it.

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub mod case;
pub mod msg;

pub use msg::MessageId;

/// A language Annexa's texts are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// British English, the language of ISO/IEC 27001's official text.
    #[default]
    English,
}

impl Language {
    /// Every language with a message file.
    pub const ALL: [Language; 1] = [Language::English];

    /// The BCP 47 tag, e.g. `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    /// The language's Fluent source.
    pub fn source(self) -> &'static str {
        match self {
            Language::English => include_str!("en.ftl"),
        }
    }
}

/// One argument of a message: text (a name, an id) or a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number; Fluent picks the plural form from it (`{ $n -> [one] … }`).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

/// A language's messages, parsed once per thread on first use.
struct Bundle(FluentBundle<FluentResource>);

impl Bundle {
    fn new(language: Language) -> Self {
        let id = language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new(vec![id]);
        // The text goes into HTML, CSV, XLSX and DOCX, not into a bidi
        // context: no U+2068/U+2069 isolation marks around arguments.
        bundle.set_use_isolating(false);
        // A parse error leaves the rest of the file usable (the tests keep
        // the files free of errors).
        let resource = FluentResource::try_new(language.source().to_owned())
            .unwrap_or_else(|(partial, _)| partial);
        // A duplicate id keeps the first message (the tests forbid it).
        let _ = bundle.add_resource(resource);
        Bundle(bundle)
    }

    fn format(&self, id: MessageId, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.0.get_message(id.0).and_then(|m| m.value()) else {
            return id.0.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = self.0.format_pattern(
            pattern,
            (!args.is_empty()).then_some(&fluent_args),
            &mut errors,
        );
        out.into_owned()
    }
}

thread_local! {
    static ENGLISH: RefCell<Option<Bundle>> = const { RefCell::new(None) };
}

/// The message `id` in `language`, with `args` in its placeables.
pub fn text_in(language: Language, id: MessageId, args: &[(&str, Arg)]) -> String {
    match language {
        Language::English => ENGLISH.with(|cell| {
            let mut slot = cell.borrow_mut();
            let bundle = slot.get_or_insert_with(|| Bundle::new(Language::English));
            bundle.format(id, args)
        }),
    }
}

/// The message `id` in English, with no arguments.
pub fn text(id: MessageId) -> String {
    text_in(Language::default(), id, &[])
}

/// The message `id` in English, with `args` in its placeables.
pub fn text_with(id: MessageId, args: &[(&str, Arg)]) -> String {
    text_in(Language::default(), id, args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a Fluent source with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("the Fluent file does not parse: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(out.insert(id.clone(), vars).is_none(), "{id} twice");
            }
        }
        out
    }

    fn variables(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, vars);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, vars);
                for v in variants {
                    variables(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_variables(i, vars),
        }
    }

    fn inline_variables(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, vars)
            }
            _ => {}
        }
    }

    #[test]
    fn every_message_is_in_every_language() {
        let declared: BTreeSet<&str> = msg::every().map(|m| m.0).collect();
        assert_eq!(
            declared.len(),
            msg::every().count(),
            "a message id is declared twice"
        );
        let english = messages(Language::English.source());
        for language in Language::ALL {
            let these = messages(language.source());
            let ids: BTreeSet<&str> = these.keys().map(String::as_str).collect();
            let missing: Vec<_> = declared.difference(&ids).collect();
            let unused: Vec<_> = ids.difference(&declared).collect();
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
            assert!(
                unused.is_empty(),
                "{language:?} has messages no code names: {unused:?}"
            );
            for (id, vars) in &these {
                assert_eq!(
                    Some(vars),
                    english.get(id),
                    "{language:?} {id} uses other variables than English"
                );
            }
        }
    }

    #[test]
    fn arguments_and_plurals_are_filled_in() {
        assert_eq!(
            text_with(
                msg::SUMMARY,
                &[
                    ("organisation", Arg::from("Acme")),
                    ("assets", Arg::from(1usize)),
                    ("risks", Arg::from(2usize)),
                    ("entries", Arg::from(1usize)),
                ]
            ),
            "Acme — 1 asset(s), 2 risk(s), 1 SoA entry"
        );
        assert_eq!(
            text_with(
                msg::SUMMARY,
                &[
                    ("organisation", Arg::from("Acme")),
                    ("assets", Arg::from(0usize)),
                    ("risks", Arg::from(0usize)),
                    ("entries", Arg::from(93usize)),
                ]
            ),
            "Acme — 0 asset(s), 0 risk(s), 93 SoA entries"
        );
    }

    #[test]
    fn an_unknown_id_shows_as_itself() {
        assert_eq!(text(MessageId("no-such-message")), "no-such-message");
    }
}
