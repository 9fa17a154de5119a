//! Browser tests (wasm-bindgen-test in headless Chromium): the store and
//! autosave, with the real DOM and the real localStorage.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use annexa::app::{Action, Shell, State};
use annexa::domain;
use annexa::platform::storage;
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

#[wasm_bindgen_test]
async fn autosave_writes_storage() {
    storage::remove(storage::ASSESSMENT_KEY).expect("storage");
    let root = mount("/").await;
    click_button(&root, "Load example");
    yew::scheduler::flush().await;
    // Effects run after rendering; give the scheduler a turn.
    gloo::timers::future::TimeoutFuture::new(50).await;
    yew::scheduler::flush().await;
    let saved = storage::read(storage::ASSESSMENT_KEY)
        .expect("storage")
        .expect("autosave wrote the key");
    let env = domain::import(saved.as_bytes()).expect("saved data is a valid Annexa file");
    assert_eq!(env.assessment, domain::example());
    storage::remove(storage::ASSESSMENT_KEY).expect("storage");
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
