//! The ids of what the embedding API (`Annexa.mount`, `startPage`, the
//! handle's `importJson`) and the host's configuration (`#config=` or the
//! object given to `mount`) say when something is wrong: each names what to
//! change. Re-exported from [`super`]; the English is in the `embed-` and
//! `config-` blocks of `en.ftl`.

use super::MessageId;

messages! {
    /// The standalone page cannot start. Argument: `why`.
    EMBED_CANNOT_START = "embed-cannot-start",
    /// The standalone page cannot start because of its `#config=`.
    /// Argument: `why`.
    EMBED_CANNOT_START_CONFIG = "embed-cannot-start-config",
    /// A share link does not decompress. Argument: `why`.
    EMBED_SHARE_NOT_INFLATED = "embed-share-not-inflated",
    /// `Annexa.mount` failed. Argument: `why`.
    EMBED_MOUNT_FAILED = "embed-mount-failed",
    /// `Annexa.mount` on an element that already shows an instance.
    EMBED_ALREADY_MOUNTED = "embed-already-mounted",
    /// `Annexa.mount` with a namespace another instance uses. Argument:
    /// `namespace`.
    EMBED_NAMESPACE_IN_USE = "embed-namespace-in-use",
    /// `Annexa.mount` given a config that is not JSON text.
    EMBED_CONFIG_NOT_TEXT = "embed-config-not-text",
    /// A call on an unmounted instance.
    EMBED_UNMOUNTED = "embed-unmounted",
    /// `importJson` given something other than a string. Argument: `kind`
    /// (the JavaScript type).
    EMBED_IMPORT_NOT_TEXT = "embed-import-not-text",
    /// `importJson` refused a file. Argument: `why`.
    EMBED_IMPORT_FAILED = "embed-import-failed",
    /// The host's import refused a file. Argument: `why`.
    EMBED_NOT_IMPORTED = "embed-not-imported",
    /// The host called an instance that is not running.
    EMBED_NOT_RUNNING = "embed-not-running",
    /// `Annexa.mount` given something other than an element. Argument:
    /// `kind` (the JavaScript type).
    EMBED_NOT_AN_ELEMENT = "embed-not-an-element",
    /// The element holds another component's shadow root.
    EMBED_FOREIGN_SHADOW = "embed-foreign-shadow",
    /// The element cannot have a shadow root. Argument: `tag`.
    EMBED_NO_SHADOW = "embed-no-shadow",
    /// A mount step: the shadow root is missing.
    EMBED_SHADOW_MISSING = "embed-shadow-missing",
    /// A mount step: the page has no document.
    EMBED_NO_DOCUMENT = "embed-no-document",
    /// A mount step: the stylesheet link could not be made.
    EMBED_LINK_NOT_MADE = "embed-link-not-made",
    /// A mount step: the stylesheet could not be added.
    EMBED_STYLESHEET_NOT_ADDED = "embed-stylesheet-not-added",
    /// A mount step: the root element could not be made.
    EMBED_ROOT_NOT_MADE = "embed-root-not-made",
    /// A mount step: the root element could not be added.
    EMBED_ROOT_NOT_ADDED = "embed-root-not-added",
    /// The stylesheet did not load. Argument: `stylesheet` (its URL).
    EMBED_STYLESHEET_NOT_LOADED = "embed-stylesheet-not-loaded",

    /// A config error. Argument: `message`.
    CONFIG_INVALID = "config-invalid",
    /// A config error at a key. Arguments: `path` (e.g. `theme.accent`),
    /// `message`.
    CONFIG_INVALID_AT = "config-invalid-at",
    /// The config is not an object. Argument: `kind` (e.g. the
    /// [`CONFIG_KIND_ARRAY`] text).
    CONFIG_NOT_OBJECT = "config-not-object",
    /// A JSON value's kind: a boolean.
    CONFIG_KIND_BOOLEAN = "config-kind-boolean",
    /// A JSON value's kind: a number.
    CONFIG_KIND_NUMBER = "config-kind-number",
    /// A JSON value's kind: a string.
    CONFIG_KIND_STRING = "config-kind-string",
    /// A JSON value's kind: an array.
    CONFIG_KIND_ARRAY = "config-kind-array",
    /// A JSON value's kind: an object.
    CONFIG_KIND_OBJECT = "config-kind-object",
    /// The config is not JSON. Argument: `why` (the parser's message).
    CONFIG_NOT_JSON = "config-not-json",
    /// The `#config=` fragment is not base64url. Argument: `why`.
    CONFIG_NOT_BASE64URL = "config-not-base64url",
    /// The `#config=` fragment is not UTF-8.
    CONFIG_NOT_UTF8 = "config-not-utf8",
    /// The address ends in an unknown part. Argument: `part`.
    CONFIG_UNKNOWN_FRAGMENT = "config-unknown-fragment",
    /// What a scale may be. Arguments: `min`, `max` (steps).
    CONFIG_EXPECT_SCALE = "config-expect-scale",
    /// What a risk acceptance tolerance may be.
    CONFIG_EXPECT_TOLERANCE = "config-expect-tolerance",
    /// A scale of the wrong size. Arguments: `min`, `max`, `steps`.
    CONFIG_SCALE_SIZE = "config-scale-size",
    /// A step name of the wrong length. Arguments: `max`, `length`.
    CONFIG_STEP_NAME = "config-step-name",
    /// A method with too few or too many levels. Argument: `levels`.
    CONFIG_LEVEL_COUNT = "config-level-count",
    /// A level name of the wrong length. Arguments: `max`, `length`.
    CONFIG_LEVEL_NAME = "config-level-name",
    /// A tolerance index past the levels. Arguments: `index`, `last`.
    CONFIG_NO_LEVEL_INDEX = "config-no-level-index",
    /// A tolerance name that is no level. Arguments: `name`, `levels` (the
    /// names, separated by ", ").
    CONFIG_NO_LEVEL_NAME = "config-no-level-name",
    /// A namespace of the wrong form. Arguments: `name`, `max`.
    CONFIG_NAMESPACE = "config-namespace",
    /// A language tag of the wrong form. Argument: `tag`.
    CONFIG_LANG_FORM = "config-lang-form",
    /// A language tag other than English. Argument: `tag`.
    CONFIG_LANG_NOT_ENGLISH = "config-lang-not-english",
    /// A theme value that is not what its key takes. Arguments: `value`,
    /// `want` (one of the `config-want-` texts).
    CONFIG_THEME_VALUE = "config-theme-value",
    /// What a theme colour takes.
    CONFIG_WANT_COLOUR = "config-want-colour",
    /// What a theme font takes.
    CONFIG_WANT_FONT = "config-want-font",
    /// What a theme length takes.
    CONFIG_WANT_LENGTH = "config-want-length",
}
