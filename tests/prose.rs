//! The catalogue prose loads on demand: before it arrives the treatment
//! editor's reasons say "Loading…" (never another text, never a panic); a
//! failed or bad module leaves a notice that says what to do; once it
//! arrives the reasons carry the control rationales.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use annexa::domain;
use annexa::shell::Shell;
use annexa::store::{Action, Draft, ProseStatus, State};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew::Reducible;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct Props {
    state: Rc<State>,
}

#[function_component]
fn At(props: &Props) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push("/treatment");
    html! {
        <Router {history}>
            <Shell initial={props.state.clone()} />
        </Router>
    }
}

fn render(state: Rc<State>) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<At>::with_props(Props { state })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn treatment_reasons_wait_for_the_prose_and_bad_modules_are_refused_clearly() {
    // Whatever the features (the workspace's tests embed the prose), this
    // thread starts as the web app does: without it.
    domain::catalogue::prose::withhold_until_install();
    let a = domain::example();
    let r = a
        .risks
        .iter()
        .find(|r| r.threat.is_some())
        .expect("a risk with a threat")
        .clone();
    let t = domain::catalogue::threat(r.threat.expect("a threat")).expect("in the library");
    let first = t.controls[0].control;
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Treatment(Box::new(r))));
    assert_eq!(state.prose, ProseStatus::Missing);
    let html = render(state.clone());
    assert!(html.contains("Loading…"), "{html}");
    assert!(html.contains(&format!("{} {}", t.id, t.name)), "{html}");

    // The module could not be imported: a notice, the prose still missing.
    let failed = state
        .clone()
        .reduce(Action::ProseArrived(Err("offline".into())));
    assert!(
        matches!(&failed.prose, ProseStatus::Failed(m) if m.contains("offline") && m.contains("reload")),
        "{:?}",
        failed.prose
    );
    assert!(failed
        .notice
        .as_deref()
        .unwrap_or_default()
        .contains("could not be loaded"));
    // A module that is not the prose file: refused, with what to do.
    let bad = state
        .clone()
        .reduce(Action::ProseArrived(Ok(Rc::from("{\"threats\": 1}"))));
    assert!(
        matches!(&bad.prose, ProseStatus::Failed(m) if m.contains("could not be read") && m.contains("Reload the page")),
        "{:?}",
        bad.prose
    );
    assert!(render(bad).contains("Loading…"));

    // The prose arrives: the reasons carry the rationales.
    let json: Rc<str> = Rc::from(include_str!("../core/data/prose.en.json"));
    let ready = state.reduce(Action::ProseArrived(Ok(json)));
    assert_eq!(ready.prose, ProseStatus::Ready);
    let html = render(ready);
    assert!(!html.contains("Loading…"), "{html}");
    let rationale = domain::catalogue::prose::threat_rationale(t.id, first).expect("installed");
    let escaped = rationale.trim_end_matches('.').replace('\'', "&#39;");
    assert!(html.contains(&escaped), "{rationale} in {html}");
}
