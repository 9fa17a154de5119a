//! Embedding, natively: the host's configuration (keys, values, messages),
//! the address fragment, share links, and server-side renders of the
//! modes an embedding can choose.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use annexa::domain::{self, ErrorKind, Impact, LevelIndex, Likelihood, Sector, Timestamp};
use annexa::shell::Shell;
use annexa::store::{
    config_fragment, parse_fragment, Config, Host, Mode, Namespace, State, ThemeVar,
};
use serde_json::json;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

fn config(value: serde_json::Value) -> Result<Config, String> {
    Config::from_value(value, Host::Element).map_err(|e| e.to_string())
}

#[test]
fn no_config_is_the_standalone_default() {
    let c = config(serde_json::Value::Null).expect("null is allowed");
    assert_eq!(c.mode, Mode::Full);
    assert_eq!(c.namespace, Namespace::DEFAULT);
    assert!(c.import_export);
    assert!(c.method.is_none() && c.sector.is_none() && c.lang.is_none());
    assert!(c.theme.0.is_empty());
    assert_eq!(c.host, Host::Element);
    assert_eq!(config(json!({})).expect("empty object"), c);
    assert_eq!(Config::default().host, Host::Page);
}

#[test]
fn every_key_is_read() {
    let c = config(json!({
        "mode": "gap-check",
        "method": { "likelihood": ["Low", "Medium", "High"], "impact": 4, "tolerance": "high" },
        "sector": "healthcare",
        "theme": { "accent": "#0b6e4f", "accentText": "#fff", "font": "Georgia, \"Times New Roman\", serif", "radius": "0.25rem" },
        "namespace": "team-a",
        "importExport": false,
        "lang": "en-GB"
    }))
    .expect("valid");
    assert_eq!(c.mode, Mode::GapCheck);
    let m = c.method.as_ref().expect("a method");
    assert_eq!((m.likelihood.len(), m.impact.len()), (3, 4));
    assert_eq!(m.likelihood.name(2), "Medium");
    assert_eq!(m.impact.name(4), "Severe", "default names for a size");
    assert_eq!(m.tolerance, LevelIndex(2), "names match case-insensitively");
    assert_eq!(m.matrix.grid.len(), 3);
    assert!(m.problems("method").is_empty());
    assert_eq!(c.sector, Some(Sector::Healthcare));
    assert_eq!(
        c.theme
            .0
            .iter()
            .map(|(v, x)| (v.property(), x.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("--ax-accent", "#0b6e4f"),
            ("--ax-accent-text", "#fff"),
            ("--ax-font", "Georgia, \"Times New Roman\", serif"),
            ("--ax-radius", "0.25rem"),
        ]
    );
    assert_eq!(
        c.namespace.assessment_key(),
        "annexa.v1.ns.team-a.assessment"
    );
    assert_eq!(c.namespace.backup_prefix(), "annexa.v1.ns.team-a.backup.");
    assert!(!c.import_export);
    assert_eq!(c.lang.as_ref().map(|l| l.as_str()), Some("en-GB"));
    // A new assessment starts from the method and the sector.
    let blank = c.blank_assessment();
    assert_eq!(&blank.method, m);
    assert_eq!(blank.context.sector, Some(Sector::Healthcare));
    assert!(blank.risks.is_empty() && blank.assets.is_empty());
}

#[test]
fn a_full_method_with_levels_matrix_and_tolerance_index() {
    let c = config(json!({ "method": {
        "likelihood": 3, "impact": 3,
        "levels": [{ "name": "Acceptable", "colour": "#2e7d32" }, { "name": "Unacceptable", "colour": "#c62828" }],
        "matrix": [[0, 0, 1], [0, 1, 1], [1, 1, 1]],
        "tolerance": 0
    }}))
    .expect("valid");
    let m = c.method.expect("a method");
    assert_eq!(m.level(Likelihood(1), Impact(2)), LevelIndex(0));
    assert_eq!(m.level(Likelihood(2), Impact(2)), LevelIndex(1));
    assert_eq!(m.level_name(m.tolerance), "Acceptable");
}

#[test]
fn bad_configs_say_which_key_and_what_to_write() {
    let cases = [
        (
            json!({ "colour": "red" }),
            "invalid Annexa config: unknown field \"colour\", expected one of \"mode\", \"method\", \"sector\", \"theme\", \"namespace\", \"importExport\", \"lang\"",
        ),
        (
            json!({ "mode": "wizard" }),
            "invalid Annexa config at mode: unknown variant \"wizard\", expected one of \"full\", \"gap-check\", \"calculator\"",
        ),
        (
            json!({ "theme": { "accentColour": "#fff" } }),
            "invalid Annexa config at theme: unknown field \"accentColour\"",
        ),
        (
            json!({ "theme": { "accent": "red" } }),
            "invalid Annexa config at theme.accent: \"red\" is not a colour like \"#1f5fbf\" or \"#15b\"",
        ),
        (
            json!({ "theme": { "accentText": "url(x)" } }),
            "invalid Annexa config at theme.accentText: \"url(x)\" is not a colour",
        ),
        (
            json!({ "theme": { "font": "x; background: url(//evil)" } }),
            "invalid Annexa config at theme.font: ",
        ),
        (
            json!({ "theme": { "radius": "calc(1px)" } }),
            "invalid Annexa config at theme.radius: \"calc(1px)\" is not a length",
        ),
        (
            json!({ "method": { "likelihood": 9 } }),
            "invalid Annexa config at method.likelihood: a scale needs 3 to 6 steps, this one has 9",
        ),
        (
            json!({ "method": { "impact": "five" } }),
            "invalid Annexa config at method.impact: invalid type: string \"five\", expected a number of steps (3 to 6) or a list of step names, lowest first",
        ),
        (
            json!({ "method": { "likelihood": ["A", "", "C"] } }),
            "invalid Annexa config at method.likelihood[1]: a step name needs 1 to 40 characters",
        ),
        (
            json!({ "method": { "tolerance": 7 } }),
            "invalid Annexa config at method.tolerance: level 7 does not exist: the method has levels 0 to 3",
        ),
        (
            json!({ "method": { "tolerance": "Severe" } }),
            "invalid Annexa config at method.tolerance: there is no level \"Severe\"; the levels are Low, Medium, High, Critical",
        ),
        (
            json!({ "method": { "matrix": [[0, 1]] } }),
            "invalid Annexa config at method.matrix.grid: the grid has 1 rows but the likelihood scale has 5 steps",
        ),
        (
            json!({ "method": { "levels": [{ "name": "Only", "colour": "red" }] } }),
            "invalid Annexa config at method.levels[0].colour: \"red\" is not a colour like \"#c62828\"",
        ),
        (
            json!({ "sector": "hospitals" }),
            "invalid Annexa config at sector: unknown variant \"hospitals\"",
        ),
        (
            json!({ "namespace": "" }),
            "invalid Annexa config at namespace: \"\" is not a namespace: use 1 to 40 letters, digits, '-' or '_'",
        ),
        (
            json!({ "namespace": "a.b" }),
            "invalid Annexa config at namespace: \"a.b\" is not a namespace",
        ),
        (
            json!({ "importExport": "yes" }),
            "invalid Annexa config at importExport: invalid type: string \"yes\", expected a boolean",
        ),
        (
            json!({ "lang": "fr" }),
            "invalid Annexa config at lang: Annexa's interface is only in English so far",
        ),
        (
            json!({ "lang": "en_GB" }),
            "invalid Annexa config at lang: \"en_GB\" is not a language tag",
        ),
        (
            json!("calculator"),
            "invalid Annexa config: the config must be an object such as { \"mode\": \"calculator\" }, not a string",
        ),
        (
            json!([1, 2]),
            "invalid Annexa config: the config must be an object such as { \"mode\": \"calculator\" }, not an array",
        ),
    ];
    for (value, expected) in cases {
        let got = config(value.clone()).expect_err("refused");
        assert!(
            got.starts_with(expected),
            "{value}\n got: {got}\nwant: {expected}…"
        );
    }
}

#[test]
fn theme_keys_match_the_stylesheet() {
    let css = include_str!("../www/annexa.css");
    for var in ThemeVar::ALL {
        assert!(
            css.contains(&format!("{}:", var.property())),
            "{} is not defined in www/annexa.css",
            var.property()
        );
    }
}

#[test]
fn the_default_namespace_keeps_the_standalone_keys() {
    assert_eq!(
        Namespace::DEFAULT.assessment_key(),
        annexa::platform::storage::ASSESSMENT_KEY
    );
    assert_eq!(
        Namespace::DEFAULT.backup_prefix(),
        annexa::platform::storage::BACKUP_PREFIX
    );
    assert_eq!(
        Namespace::DEFAULT.premigration_prefix(),
        annexa::platform::storage::PREMIGRATION_PREFIX
    );
    assert_eq!(
        Namespace::DEFAULT.revision_key(),
        annexa::platform::storage::REVISION_KEY
    );
    let other = Namespace::named("team-b").expect("valid");
    for key in [
        other.assessment_key(),
        other.revision_key(),
        other.backup_prefix(),
        other.premigration_prefix(),
    ] {
        assert!(key.starts_with("annexa.v1.ns.team-b."), "{key}");
    }
    let named = Namespace::named("backup").expect("valid");
    assert!(!named
        .assessment_key()
        .starts_with(&Namespace::DEFAULT.backup_prefix()));
}

#[test]
fn fragments_are_routes_or_parameters() {
    for route in ["", "#", "#/", "#/risks"] {
        assert_eq!(parse_fragment(route), Ok(None), "{route}");
    }
    let json = r#"{"mode":"calculator","method":{"likelihood":3,"impact":4}}"#;
    let hash = config_fragment(json);
    let encoded = hash.strip_prefix("#config=").expect("the prefix");
    assert!(
        !encoded.contains(['+', '/', '=']),
        "base64url without padding"
    );
    let params = parse_fragment(&hash).expect("valid").expect("parameters");
    assert_eq!(params.config.as_deref(), Some(json));
    let c = params.config().expect("a config").expect("valid");
    assert_eq!((c.mode, c.host), (Mode::Calculator, Host::Frame));
    assert_eq!(c.method.map(|m| m.matrix.grid[0].len()), Some(4));

    let both = parse_fragment(&format!("{hash}&share=abc"))
        .expect("valid")
        .expect("parameters");
    assert_eq!(both.share.as_deref(), Some("abc"));

    let bad = parse_fragment("#config=%%%").expect_err("not base64");
    assert!(
        bad.to_string().contains("not base64url-encoded JSON"),
        "{bad}"
    );
    let unknown = parse_fragment("#main").expect_err("unknown");
    assert!(
        unknown.to_string().contains("unknown \"#main=\" part"),
        "{unknown}"
    );
    let not_json = parse_fragment(&config_fragment("{nope"))
        .expect("decodes")
        .expect("parameters")
        .config()
        .expect("a config")
        .expect_err("not JSON");
    assert!(not_json
        .to_string()
        .contains("the config is not valid JSON"));
}

#[test]
fn share_links_round_trip_through_the_validated_import() {
    let a = domain::example();
    let payload = domain::share_payload(&a, Timestamp(1_790_000_000)).expect("small enough");
    assert!(payload.len() <= domain::MAX_SHARE_CHARS);
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let back = domain::open_share(&payload).expect("opens");
    assert_eq!(back.assessment, a);

    let damaged = domain::open_share(&payload[..payload.len() / 2]).expect_err("cut off");
    assert_eq!(damaged.kind, ErrorKind::WrongFormat);
    assert!(damaged.message.contains("this share link is damaged"));

    // A valid link to an invalid assessment is refused by the import.
    let mut bad = domain::example();
    bad.risks[0].likelihood = Likelihood(9);
    let bad = domain::share_payload(&bad, Timestamp(0)).expect("encodes");
    let refused = domain::open_share(&bad).expect_err("validated");
    assert_eq!(refused.kind, ErrorKind::OutOfRange);

    let big = domain::synthetic(300, 1_000);
    let too_big = domain::share_payload(&big, Timestamp(0)).expect_err("too large");
    assert_eq!(too_big.kind, ErrorKind::TooLarge);
    assert!(too_big.message.contains("export a JSON file"));
}

#[derive(Properties, PartialEq)]
struct Props {
    path: AttrValue,
    config: Rc<Config>,
    state: Rc<State>,
}

#[function_component]
fn At(props: &Props) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path.as_str());
    html! {
        <Router {history}>
            <Shell initial={props.state.clone()} config={props.config.clone()} />
        </Router>
    }
}

fn render(path: &str, config: Config, state: State) -> String {
    let props = Props {
        path: path.to_owned().into(),
        config: Rc::new(config),
        state: Rc::new(state),
    };
    futures::executor::block_on(
        LocalServerRenderer::<At>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn element(value: serde_json::Value) -> Config {
    Config::from_value(value, Host::Element).expect("valid config")
}

#[test]
fn calculator_mode_shows_only_the_calculator() {
    let c = element(
        json!({ "mode": "calculator", "method": { "likelihood": 4, "impact": 3, "tolerance": "Low" } }),
    );
    let blank = c.blank_assessment();
    let html = render("/data", c, State::with(blank));
    assert!(html.contains("<h1>Risk calculator</h1>"), "{html}");
    assert!(!html.contains(r#"aria-label="Workflow""#), "no navigation");
    assert_eq!(html.matches(r#"class="cell"#).count(), 12, "a 4 × 3 matrix");
    assert!(html.contains("activate to choose this cell"));
    // The default choice is the middle cell (2 × 2 here): Medium on 4 × 3.
    assert!(html.contains("L2×I2 = 4"), "{html}");
    assert!(html.contains("Above the risk tolerance (Low and below)"));
    // Embedded: a region instead of <main>, no skip link.
    assert!(html.contains(r#"role="region""#) && html.contains(r#"class="app-main""#));
    assert!(!html.contains("<main") && !html.contains("Skip to content"));
}

#[test]
fn gap_check_mode_hides_the_full_workflow() {
    let mut c = element(json!({ "mode": "gap-check", "importExport": false, "lang": "en-US" }));
    c.host = Host::Frame;
    let mut a = domain::Assessment::default();
    a.gap_check
        .set_answer(domain::QuestionId("q-a-mfa".into()), domain::Answer::No);
    let html = render("/soa", c, State::with(a));
    assert!(html.contains("<h1>Quick gap check</h1>"), "{html}");
    assert!(!html.contains(r#"aria-label="Workflow""#));
    assert!(!html.contains("Continue to full assessment"));
    assert!(html.contains(r#"lang="en-US""#));
    assert!(html.contains("<main"), "a frame is a document of its own");
}

#[test]
fn import_and_export_can_be_switched_off() {
    let on = render("/data", Config::default(), State::with(domain::example()));
    for text in [
        "Export JSON",
        "Export encrypted JSON…",
        "Make a share link",
        "Import JSON",
    ] {
        assert!(on.contains(text), "missing {text}");
    }
    let off = render(
        "/data",
        element(json!({ "importExport": false })),
        State::with(domain::example()),
    );
    for text in [
        "Export JSON",
        "Export encrypted JSON",
        "Make a share link",
        "Import JSON",
    ] {
        assert!(!off.contains(text), "still shows {text}");
    }
    assert!(off.contains("Import and export are switched off here"));
    // Embedded with import/export on: no share link (the address is the host's).
    let embedded = render("/data", element(json!({})), State::with(domain::example()));
    assert!(embedded.contains("Export encrypted JSON…") && !embedded.contains("Make a share link"));
}

#[test]
fn a_config_with_a_key_written_twice_is_refused() {
    for (text, path) in [
        (r#"{"mode": "full", "mode": "calculator"}"#, "mode"),
        (
            r##"{"theme": {"accent": "#000000", "accent": "#ffffff"}}"##,
            "theme.accent",
        ),
    ] {
        let params = parse_fragment(&config_fragment(text))
            .expect("a fragment")
            .expect("with a config");
        let e = params.config().expect("a config").unwrap_err();
        assert_eq!(e.path, path, "{e}");
        assert!(e.message.contains("written twice"), "{e}");
        assert!(e.message.contains("line 1, column"), "{e}");
        let e = Config::from_json(text, Host::Frame).unwrap_err();
        assert!(e.message.contains("written twice"), "{e}");
    }
}

#[test]
fn a_sector_without_a_method_starts_with_the_sectors_impact_definitions() {
    let c = element(json!({ "sector": "professional_services" }));
    let blank = c.blank_assessment();
    assert_eq!(blank.context.sector, Some(Sector::ProfessionalServices));
    assert!(Sector::ProfessionalServices.impact_definitions_applied(&blank.method));
    assert_eq!(
        blank.method.impact.definition(1),
        Some("Under €1k; no client notices")
    );
    // The scales' names, the matrix and the likelihood stay the default's.
    let default = annexa::domain::Method::default();
    assert_eq!(blank.method.likelihood, default.likelihood);
    assert_eq!(blank.method.matrix, default.matrix);
}

/// Issue 18 §1: a 25,000-character level name from `Annexa.mount` or
/// `#config=` would be saved and then refused at the next start; it is
/// refused at once, with the path and the limit.
#[test]
fn a_level_name_past_the_limit_is_refused_by_mount_and_config_fragment() {
    let long = "L".repeat(25_000);
    let raw = json!({ "method": { "levels": [
        { "name": "Low", "colour": "#2e7d32" },
        { "name": long, "colour": "#c62828" },
    ] } });
    let want = format!(
        "invalid Annexa config at method.levels[1].name: a level name needs 1 to {} characters, this one has 25000",
        domain::MAX_METHOD_NAME
    );
    let got = config(raw.clone()).expect_err("refused by mount");
    assert!(got.starts_with(&want), "{got}");
    let fragment = annexa::store::config_fragment(&raw.to_string());
    let params = annexa::store::parse_fragment(&fragment)
        .expect("a fragment")
        .expect("with a config");
    let got = params
        .config()
        .expect("a config")
        .expect_err("refused by #config=");
    assert!(
        got.to_string()
            .contains("method.levels[1].name: a level name needs"),
        "{got}"
    );
    // At the limit the name is taken, and an assessment with it saves.
    let at = "L".repeat(domain::MAX_METHOD_NAME);
    let ok = config(json!({ "method": { "levels": [
        { "name": "Low", "colour": "#2e7d32" },
        { "name": at, "colour": "#c62828" },
    ] } }))
    .expect("taken");
    annexa::store::checked_save(&ok.blank_assessment(), Timestamp(0)).expect("saves");
}
