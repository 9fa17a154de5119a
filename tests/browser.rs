//! Browser tests (wasm-bindgen-test in headless Chromium): the store and
//! autosave, with the real DOM and the real localStorage.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use annexa::domain;
use annexa::platform::storage;
use annexa::shell::Shell;
use annexa::store::{Action, State};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew::Reducible;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn store_applies_actions() {
    let s = Rc::new(State::default());
    let s = s.reduce(Action::LoadExample);
    assert_eq!(s.assessment.risks.len(), 8);
    assert_eq!(s.revision, 1);
    let s = s.reduce(Action::SetOrganisation("Acme".into()));
    assert_eq!(s.assessment.context.organisation, "Acme");
    assert_eq!(s.assessment.assets.len(), 8, "other data is kept");
    assert_eq!(s.revision, 2);
    let s = s.reduce(Action::Clear);
    assert_eq!(*s.assessment, domain::Assessment::default());
    assert_eq!(s.revision, 3);
    // Status changes do not count as data changes.
    let s = s.reduce(Action::SaveFailed("full".into()));
    assert_eq!(s.revision, 3);
    // A refused import changes nothing but the message.
    let before = s.clone();
    let s = s.reduce(Action::Import {
        name: "bad.json".into(),
        bytes: b"{\"format\": \"annexa\"".to_vec().into(),
    });
    assert!(Rc::ptr_eq(&before.assessment, &s.assessment));
    assert_eq!(s.revision, 3);
    assert!(s
        .import_error
        .as_deref()
        .is_some_and(|e| e.contains("ends too early")));
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    path: AttrValue,
}

#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    let history = use_memo(props.path.clone(), |p| {
        let h = AnyHistory::from(MemoryHistory::new());
        h.push(p.as_str());
        h
    });
    html! {
        <Router history={(*history).clone()}>
            <Shell initial={Rc::new(State::default())} />
        </Router>
    }
}

async fn mount(path: &str) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps {
            path: path.to_owned().into(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn click_button(root: &web_sys::Element, text: &str) {
    let buttons = root.query_selector_all("button").expect("query");
    for i in 0..buttons.length() {
        let b: web_sys::HtmlElement = buttons
            .item(i)
            .expect("item")
            .dyn_into()
            .expect("html element");
        if b.text_content().as_deref() == Some(text) {
            b.click();
            return;
        }
    }
    panic!("no button {text:?}");
}

/// Waits until the debounced autosave of the last change has run (it runs
/// `AUTOSAVE_DELAY_MS` after the last change), and renders what it changed.
async fn after_autosave() {
    gloo::timers::future::TimeoutFuture::new(annexa::shell::AUTOSAVE_DELAY_MS + 250).await;
    yew::scheduler::flush().await;
}

/// Leaves storage as a first visit finds it.
fn clear_storage() {
    storage::remove(storage::ASSESSMENT_KEY).expect("storage");
    storage::remove(storage::REVISION_KEY).expect("storage");
}

#[wasm_bindgen_test]
async fn autosave_writes_storage() {
    clear_storage();
    let root = mount("/").await;
    click_button(&root, "Load example");
    yew::scheduler::flush().await;
    after_autosave().await;
    let saved = storage::read(storage::ASSESSMENT_KEY)
        .expect("storage")
        .expect("autosave wrote the key");
    let env = domain::import(saved.as_bytes()).expect("saved data is a valid Annexa file");
    assert_eq!(env.assessment, domain::example());
    assert_eq!(
        storage::stored_revision(storage::REVISION_KEY),
        Ok(1),
        "the save counter went up"
    );
    clear_storage();
}

#[wasm_bindgen_test]
async fn autosave_never_overwrites_a_newer_save_of_another_tab() {
    clear_storage();
    // Another tab saved (counter 5) after this tab started (counter 0).
    let root = mount("/").await;
    storage::write(storage::REVISION_KEY, "5").expect("storage");
    storage::write(storage::ASSESSMENT_KEY, "other tab's data").expect("storage");
    click_button(&root, "Load example");
    yew::scheduler::flush().await;
    after_autosave().await;
    assert_eq!(
        storage::read(storage::ASSESSMENT_KEY)
            .expect("storage")
            .as_deref(),
        Some("other tab's data"),
        "not overwritten"
    );
    assert!(
        root.query_selector(r#"[data-testid="banner-conflict"]"#)
            .expect("query")
            .is_some(),
        "the conflict banner is shown"
    );
    // Keep mine: now this tab's data is written, with the next counter.
    click_button(&root, "Keep mine");
    yew::scheduler::flush().await;
    after_autosave().await;
    let saved = storage::read(storage::ASSESSMENT_KEY)
        .expect("storage")
        .expect("saved");
    assert_eq!(
        domain::import(saved.as_bytes()).map(|e| e.assessment),
        Ok(domain::example())
    );
    assert_eq!(storage::stored_revision(storage::REVISION_KEY), Ok(6));
    clear_storage();
}

#[wasm_bindgen_test]
async fn pages_render_their_headings() {
    let root = mount("/data").await;
    let h1 = root
        .query_selector("main h1")
        .expect("query")
        .expect("a heading");
    assert_eq!(h1.text_content().as_deref(), Some("Data & reports"));
}

#[wasm_bindgen_test]
fn store_applies_gap_check_actions() {
    use domain::{Answer, GapMode, QuestionId, SizeBand};
    let s = Rc::new(State::default());
    let s = s.reduce(Action::SetAnswer(
        QuestionId("q-a-mfa".into()),
        Answer::Partly,
    ));
    let s = s.reduce(Action::SetAnswer(
        QuestionId("q-a-backups".into()),
        Answer::No,
    ));
    let s = s.reduce(Action::SetGapMode(GapMode::Thorough));
    let s = s.reduce(Action::SetGapSize(Some(SizeBand::Micro)));
    assert_eq!(s.revision, 4);
    assert_eq!(s.assessment.gap_check.answers.len(), 2);
    assert_eq!(s.assessment.gap_check.mode, GapMode::Thorough);
    assert_eq!(s.assessment.gap_check.size, Some(SizeBand::Micro));
    let s = s.reduce(Action::ContinueFromGap);
    let status = |id: &str| {
        s.assessment
            .soa
            .entries
            .get(&id.parse().expect("control id"))
            .and_then(|e| e.status)
    };
    assert_eq!(
        status("8.5"),
        Some(domain::ImplementationStatus::PartiallyImplemented)
    );
    assert_eq!(
        status("8.13"),
        Some(domain::ImplementationStatus::NotStarted)
    );
    assert_eq!(s.assessment.risks.len(), 1, "one suggested risk for the No");
    assert!(s
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("1 suggested risk added"));
    let s = s.reduce(Action::ContinueFromGap);
    assert_eq!(s.assessment.risks.len(), 1, "no duplicate on a second run");
}

#[wasm_bindgen_test]
async fn gap_check_answers_by_clicking_a_radio() {
    clear_storage();
    let root = mount("/gap-check").await;
    let radio: web_sys::HtmlElement = root
        .query_selector(r#"fieldset[data-question="q-4.3-scope"] input[type="radio"]"#)
        .expect("query")
        .expect("a radio")
        .dyn_into()
        .expect("html element");
    radio.click();
    yew::scheduler::flush().await;
    let label = root
        .query_selector(r#"label[for="gap-progress"]"#)
        .expect("query")
        .expect("the progress label");
    let total = domain::gap_questions(domain::GapMode::Short).len();
    assert_eq!(label.text_content(), Some(format!("1 of {total} answered")));
    // The autosave wrote the answer; leave storage clean for other tests.
    after_autosave().await;
    clear_storage();
}

#[derive(Properties, PartialEq)]
struct NamespacedProps {
    config: Rc<annexa::store::Config>,
    link: annexa::store::HostLink,
}

#[function_component]
fn Namespaced(props: &NamespacedProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    html! {
        <Router history={(*history).clone()}>
            <Shell initial={Rc::new(State::default())} config={props.config.clone()} link={props.link.clone()} />
        </Router>
    }
}

#[wasm_bindgen_test]
async fn a_namespace_autosaves_under_its_own_key_and_the_host_link_reads_it() {
    use annexa::store::{Config, Host, HostLink};
    let config = Config::from_value(
        serde_json::json!({ "namespace": "browser-test" }),
        Host::Element,
    )
    .expect("valid config");
    let key = config.namespace.assessment_key();
    storage::remove(&key).expect("storage");
    storage::remove(storage::ASSESSMENT_KEY).expect("storage");
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let link = HostLink::default();
    yew::Renderer::<Namespaced>::with_root_and_props(
        root.clone(),
        NamespacedProps {
            config: Rc::new(config),
            link: link.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    click_button(&root, "Load example");
    yew::scheduler::flush().await;
    after_autosave().await;
    let saved = storage::read(&key).expect("storage").expect("autosaved");
    assert_eq!(
        domain::import(saved.as_bytes()).expect("valid").assessment,
        domain::example()
    );
    assert_eq!(
        storage::read(storage::ASSESSMENT_KEY).expect("storage"),
        None,
        "the default namespace is untouched"
    );
    // The host's handle: export what is shown; import only valid files.
    let exported = link.export(domain::Timestamp(0));
    assert_eq!(
        domain::import(exported.as_bytes())
            .expect("valid")
            .assessment,
        domain::example()
    );
    let refused = link.import("{}").expect_err("not an Annexa file");
    assert!(refused.starts_with("the JSON was not imported and the data is unchanged"));
    let blank = domain::export(&domain::Assessment::default(), domain::Timestamp(0));
    assert!(link
        .import(&blank)
        .expect("valid")
        .starts_with("Unnamed organisation"));
    assert_eq!(
        domain::import(link.export(domain::Timestamp(0)).as_bytes())
            .expect("valid")
            .assessment,
        domain::Assessment::default(),
        "the import is visible at once"
    );
    after_autosave().await;
    storage::remove(&key).expect("storage");
}

#[wasm_bindgen_test]
async fn mount_rejects_what_it_cannot_use() {
    use annexa::shell::embed::mount;
    let message = |e: wasm_bindgen::JsValue| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_default()
    };
    let no_element = mount(
        wasm_bindgen::JsValue::NULL,
        wasm_bindgen::JsValue::UNDEFINED,
        String::new(),
    )
    .await
    .err()
    .map(message)
    .unwrap_or_default();
    assert!(
        no_element.starts_with("Annexa.mount needs a DOM element"),
        "{no_element}"
    );
    let div = gloo::utils::document().create_element("div").expect("div");
    // The wasm export takes the config as JSON text: annexa.js reads the
    // host's object defensively and hands it over as text.
    let config = wasm_bindgen::JsValue::from_str(r#"{"mode":"calculator","extra":1}"#);
    let bad = mount(div.into(), config, String::new())
        .await
        .err()
        .map(message)
        .unwrap_or_default();
    assert_eq!(
        bad,
        "Annexa.mount: invalid Annexa config: unknown field \"extra\", expected one of \"mode\", \"method\", \"sector\", \"theme\", \"namespace\", \"importExport\", \"lang\""
    );
    let div = gloo::utils::document().create_element("div").expect("div");
    let object = js_sys::JSON::parse(r#"{"mode":"calculator"}"#).expect("json");
    let refused = mount(div.into(), object, String::new())
        .await
        .err()
        .map(message)
        .unwrap_or_default();
    assert!(
        refused.contains("call Annexa.mount from annexa.js"),
        "{refused}"
    );
}

/// Same seed, same numbers: the draws tests/quant.rs pins natively.
#[wasm_bindgen_test]
fn quant_draws_match_native() {
    use domain::quant::{stream, Amount, Compiled, Estimate, Frequency, Magnitude, Rate, Scenario};
    let c = Compiled::new(&Scenario {
        frequency: Frequency::Direct {
            lef: Estimate::Fixed { value: Rate(3.0) },
        },
        primary: Magnitude::Range90 {
            low: Amount(1_000.0),
            high: Amount(10_000.0),
        },
        secondary: None,
    });
    let mut rng = stream(2026, domain::RiskId(1));
    let years: Vec<f64> = c
        .sample_years(&mut rng, 4)
        .iter()
        .map(|v| v.round())
        .collect();
    assert_eq!(years, [10400.0, 4782.0, 9454.0, 5185.0]);
}
