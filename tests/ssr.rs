//! Server-side render tests: pages render natively with yew's SSR, so their
//! markup is checked without a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use annexa::app::{Shell, State};
use annexa::domain;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct Props {
    path: AttrValue,
    state: Rc<State>,
}

#[function_component]
fn At(props: &Props) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path.as_str());
    html! {
        <Router {history}>
            <Shell initial={props.state.clone()} />
        </Router>
    }
}

fn render(path: &str, state: State) -> String {
    let props = Props {
        path: path.to_owned().into(),
        state: Rc::new(state),
    };
    futures::executor::block_on(
        LocalServerRenderer::<At>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn start_page_renders_heading_promise_and_actions() {
    let html = render("/", State::default());
    assert!(
        html.contains("<h1>Annexa: ISO/IEC 27001 risk workbench</h1>"),
        "{html}"
    );
    assert!(html.contains("Your data never leaves this browser."));
    for action in ["Start new assessment", "Load example", "Quick gap check"] {
        assert!(html.contains(action), "missing {action}");
    }
    assert!(html.contains(r#"aria-label="Workflow""#));
}

#[test]
fn data_page_summarises_the_current_assessment() {
    let html = render("/data", State::with(domain::example()));
    assert!(html.contains("<h1>Data &amp; reports</h1>"), "{html}");
    assert!(html.contains("Brightline Client Services Ltd — 8 asset(s), 8 risk(s)"));
    assert!(html.contains("Export JSON"));
    assert!(html.contains("Import JSON"));
    assert!(html.contains("Clear all data"));
}

#[test]
fn every_route_has_its_heading() {
    let cases = [
        ("/context", "Context &amp; scope"),
        ("/assets", "Assets"),
        ("/risks", "Risks"),
        ("/treatment", "Treatment"),
        ("/soa", "Statement of Applicability"),
        ("/gap-check", "Quick gap check"),
        ("/nowhere", "Page not found"),
    ];
    for (path, heading) in cases {
        let html = render(path, State::default());
        assert!(
            html.contains(&format!("<h1>{heading}</h1>")),
            "{path}: {html}"
        );
    }
}

#[test]
fn user_text_is_escaped() {
    let mut a = domain::example();
    a.context.organisation = "<script>alert(1)</script>".into();
    let html = render("/data", State::with(a));
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
