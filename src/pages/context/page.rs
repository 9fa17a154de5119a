//! The Context & scope page: the organisation, sector, edition, scope,
//! interested parties and the risk method.

use yew::prelude::*;

use super::parties::InterestedParties;
use super::MethodEditor;
use crate::components::{edit_dispatch, make_callback, Choice, StepNav, TextField};
use crate::domain::catalogue::snake;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Context, Edition, Sector, Step};
use crate::store::{use_store, Action};

fn lines(list: &[String]) -> String {
    list.join("\n")
}

fn parse_lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Puts the sector's impact definitions into the method's impact steps
/// (names, ratings and the matrix stay).
fn use_sector_impact(store: &crate::store::Store, sector: Sector) -> Callback<MouseEvent> {
    make_callback(store, move |store, _: MouseEvent| {
        let mut m = store.assessment.method.clone();
        sector.apply_impact_definitions(&mut m);
        store.dispatch(Action::SetMethod(m));
    })
}

/// What the sector suggests: its typical threats and assets, and its
/// impact definitions with a button to use them (until they are used).
fn sector_hints(store: &crate::store::Store, sector: Sector) -> Html {
    html! {
        <>
            <p class="hint">
                { text_with(msg::UI_CONTEXT_TYPICAL_THREATS, &[("sector", sector.label().into())]) }
                { sector.typical_threats().iter().filter_map(|t| crate::domain::catalogue::threat(*t)).map(|t| format!("{} {}", t.id, t.name)).collect::<Vec<_>>().join(", ") }
                { text(msg::UI_CONTEXT_SUGGESTED_ASSETS) }
            </p>
            if !sector.impact_definitions_applied(&store.assessment.method) {
                <p class="hint">
                    { text_with(msg::UI_CONTEXT_IMPACT_DEFINITIONS, &[("sector", sector.label().into()),
                        ("lowest", sector.impact_definitions()[0].into()), ("highest", sector.impact_definitions()[4].into())]) }
                    <button type="button" id="use-sector-impact" onclick={use_sector_impact(store, sector)}>
                        { text(msg::UI_USE_THESE_IMPACT_DEFINITIONS) }
                    </button>
                </p>
            }
        </>
    }
}

/// The Context & scope page.
#[function_component]
pub fn ContextPage() -> Html {
    let store = use_store();
    let ctx = store.assessment.context.clone();
    let set = |f: fn(&mut Context, String)| edit_dispatch(&store, &ctx, Action::SetContext, f);
    let sector_options: Vec<(String, String)> =
        std::iter::once((String::new(), text(msg::UI_CONTEXT_CHOOSE_SECTOR)))
            .chain(Sector::ALL.iter().map(|s| (snake(s), s.label().to_owned())))
            .collect();
    html! {
        <section class="page context">
            <h1>{ text(msg::UI_CONTEXT_SCOPE) }</h1>
            <p class="lead">{ text(msg::UI_WHO_YOU_ARE_WHAT_THE_ISMS) }</p>
            <div class="form-grid">
                <TextField id="org" label={text(msg::UI_ORGANISATION_NAME)} value={ctx.organisation.clone()} oninput={set(|c, v| c.organisation = v)} />
                <Choice id="sector" label={text(msg::UI_SECTOR)} options={sector_options}
                    value={ctx.sector.map(|s| snake(&s)).unwrap_or_default()}
                    onchange={set(|c, v| c.sector = Sector::ALL.iter().copied().find(|s| snake(s) == v))} />
                <Choice id="edition" label={text(msg::UI_STANDARD_EDITION)}
                    options={vec![("2022".into(), text(msg::UI_CONTEXT_EDITION_2022)), ("2013".into(), text(msg::UI_CONTEXT_EDITION_2013))]}
                    value={if ctx.edition == Edition::Iso2013 { "2013" } else { "2022" }}
                    onchange={set(|c, v| c.edition = if v == "2013" { Edition::Iso2013 } else { Edition::Iso2022 })} />
            </div>
            { for ctx.sector.map(|s| sector_hints(&store, s)) }
            <TextField id="scope" label={text(msg::UI_SCOPE_STATEMENT)} multiline=true value={ctx.scope.clone()} oninput={set(|c, v| c.scope = v)}
                hint={Some(AttrValue::from(text(msg::UI_CONTEXT_SCOPE_HINT)))} />
            <div class="form-grid">
                <TextField id="sites" label={text(msg::UI_SITES_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.sites)} oninput={set(|c, v| c.sites = parse_lines(&v))} />
                <TextField id="services" label={text(msg::UI_SERVICES_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.services)} oninput={set(|c, v| c.services = parse_lines(&v))} />
                <TextField id="teams" label={text(msg::UI_TEAMS_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.teams)} oninput={set(|c, v| c.teams = parse_lines(&v))} />
            </div>
            <h2>{ text(msg::UI_INTERESTED_PARTIES) }</h2>
            <InterestedParties context={ctx.clone()} />
            <MethodEditor method={store.assessment.method.clone()} />
            <StepNav step={Step::Context} />
        </section>
    }
}
