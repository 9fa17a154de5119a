//! Context & scope, and the risk method.

use yew::prelude::*;

use crate::components::{dispatch, edit_dispatch, Choice, Heatmap, Picker, TextField};
use crate::domain::catalogue::{snake, ControlId, CONTROLS};
use crate::domain::{
    Context, Edition, InterestedParty, LevelIndex, Method, RequirementBasis, Sector, MAX_SCALE,
    MIN_SCALE,
};
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

/// The Context & scope page.
#[function_component]
pub fn ContextPage() -> Html {
    let store = use_store();
    let ctx = store.assessment.context.clone();
    let set = |f: fn(&mut Context, String)| edit_dispatch(&store, &ctx, Action::SetContext, f);
    let sector_options: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose a sector…".to_owned()))
            .chain(Sector::ALL.iter().map(|s| (snake(s), s.label().to_owned())))
            .collect();
    let control_options: Vec<(String, String)> = CONTROLS
        .iter()
        .map(|c| (c.id.to_string(), format!("{} {}", c.id, c.title)))
        .collect();
    let parties = ctx.interested_parties.iter().enumerate().map(|(n, p)| {
        let edit = |f: fn(&mut InterestedParty, String)| {
            edit_dispatch(&store, &ctx, Action::SetContext, move |c, v| {
                if let Some(p) = c.interested_parties.get_mut(n) {
                    f(p, v);
                }
            })
        };
        let remove = edit_dispatch(&store, &ctx, Action::SetContext, move |c, _: MouseEvent| {
            if n < c.interested_parties.len() {
                c.interested_parties.remove(n);
            }
        });
        let on_controls = edit_dispatch(
            &store,
            &ctx,
            Action::SetContext,
            move |c, picked: Vec<String>| {
                if let Some(p) = c.interested_parties.get_mut(n) {
                    p.controls = picked
                        .iter()
                        .filter_map(|s| s.parse::<ControlId>().ok())
                        .collect();
                }
            },
        );
        let basis_options: Vec<(String, String)> =
            std::iter::once((String::new(), "Neither / not stated".to_owned()))
                .chain(RequirementBasis::ALL.iter().map(|b| (snake(b), b.label())))
                .collect();
        html! {
            <li class="party">
                <TextField id={format!("party-{n}-name")} label="Party" value={p.name.clone()} oninput={edit(|p, v| p.name = v)} />
                <TextField id={format!("party-{n}-req")} label="Requirements" value={p.requirements.clone()} oninput={edit(|p, v| p.requirements = v)} />
                <Choice id={format!("party-{n}-basis")} label="Legal or contractual" options={basis_options}
                    value={p.basis.map(|b| snake(&b)).unwrap_or_default()}
                    onchange={edit(|p, v| p.basis = RequirementBasis::ALL.iter().copied().find(|b| snake(b) == v))} />
                <Picker id={format!("party-{n}-controls")} label="Annex A controls these requirements call for (applicable in the SoA)"
                    options={control_options.clone()} picked={p.controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                    onchange={on_controls} limit={6} />
                <button type="button" class="link" onclick={remove} aria-label={format!("Remove interested party {}", p.name)}>{ "Remove" }</button>
            </li>
        }
    });
    let add_party = edit_dispatch(&store, &ctx, Action::SetContext, |c, _: MouseEvent| {
        c.interested_parties.push(InterestedParty::default());
    });
    html! {
        <section class="page context">
            <h1>{ "Context & scope" }</h1>
            <p class="lead">{ "Who you are, what the ISMS covers (clauses 4.1–4.3), and how you rate risks." }</p>
            <div class="form-grid">
                <TextField id="org" label="Organisation name" value={ctx.organisation.clone()} oninput={set(|c, v| c.organisation = v)} />
                <Choice id="sector" label="Sector" options={sector_options}
                    value={ctx.sector.map(|s| snake(&s)).unwrap_or_default()}
                    onchange={set(|c, v| c.sector = Sector::ALL.iter().copied().find(|s| snake(s) == v))} />
                <Choice id="edition" label="Standard edition"
                    options={vec![("2022".into(), "ISO/IEC 27001:2022".into()), ("2013".into(), "ISO/IEC 27001:2013 (transition only)".into())]}
                    value={if ctx.edition == Edition::Iso2013 { "2013" } else { "2022" }}
                    onchange={set(|c, v| c.edition = if v == "2013" { Edition::Iso2013 } else { Edition::Iso2022 })} />
            </div>
            if let Some(sector) = ctx.sector {
                <p class="hint">
                    { format!("Typical threats for {}: ", sector.label()) }
                    { sector.typical_threats().iter().filter_map(|t| crate::domain::catalogue::threat(*t)).map(|t| format!("{} {}", t.id, t.name)).collect::<Vec<_>>().join(", ") }
                    { ". Suggested assets can be added on the Assets page." }
                </p>
            }
            <TextField id="scope" label="Scope statement" multiline=true value={ctx.scope.clone()} oninput={set(|c, v| c.scope = v)}
                hint={Some(AttrValue::from("What the ISMS covers: services, locations, teams and systems, and anything excluded."))} />
            <div class="form-grid">
                <TextField id="sites" label="Sites in scope (one per line)" multiline=true value={lines(&ctx.sites)} oninput={set(|c, v| c.sites = parse_lines(&v))} />
                <TextField id="services" label="Services in scope (one per line)" multiline=true value={lines(&ctx.services)} oninput={set(|c, v| c.services = parse_lines(&v))} />
                <TextField id="teams" label="Teams in scope (one per line)" multiline=true value={lines(&ctx.teams)} oninput={set(|c, v| c.teams = parse_lines(&v))} />
            </div>
            <h2>{ "Interested parties" }</h2>
            <ul class="parties">{ for parties }</ul>
            <button type="button" onclick={add_party}>{ "Add interested party" }</button>
            <MethodEditor method={store.assessment.method.clone()} />
        </section>
    }
}

/// Props of [`MethodEditor`].
#[derive(Properties, PartialEq)]
pub struct MethodEditorProps {
    /// The method being edited.
    pub method: Method,
}

/// Scales, level names, the matrix (click a cell to cycle its level) and the tolerance.
#[function_component]
pub fn MethodEditor(p: &MethodEditorProps) -> Html {
    let store = use_store();
    let m = p.method.clone();
    let sizes: Vec<(String, String)> = (MIN_SCALE..=MAX_SCALE)
        .map(|n| (n.to_string(), format!("{n} steps")))
        .collect();
    let (lik_len, imp_len) = (m.likelihood.len(), m.impact.len());
    let resize = |which: u8| {
        dispatch(&store, move |v: String| {
            let n: usize = v.parse().unwrap_or(5);
            let (l, i) = if which == 0 {
                (n, imp_len)
            } else {
                (lik_len, n)
            };
            Action::ResizeMethod(l, i)
        })
    };
    let step_name = |which: u8, n: usize| {
        edit_dispatch(&store, &m, Action::SetMethod, move |m, v: String| {
            let scale = if which == 0 {
                &mut m.likelihood
            } else {
                &mut m.impact
            };
            if let Some(s) = scale.steps.get_mut(n) {
                s.name = v;
            }
        })
    };
    let tolerance = edit_dispatch(&store, &m, Action::SetMethod, |m, v: String| {
        m.tolerance = LevelIndex(v.parse().unwrap_or(0));
    });
    let cycle = dispatch(&store, |(l, i)| Action::CycleCell(l, i));
    let level_options: Vec<(String, String)> = m
        .levels
        .iter()
        .enumerate()
        .map(|(n, l)| (n.to_string(), format!("{} and below", l.name)))
        .collect();
    html! {
        <div class="method">
            <h2>{ "Risk method" }</h2>
            <p>{ "How likelihood and impact are rated and combined. Changing a scale's size refills the matrix from its bands and fits existing ratings onto the new scale." }</p>
            <div class="form-grid">
                <Choice id="lik-size" label="Likelihood scale" options={sizes.clone()} value={m.likelihood.len().to_string()} onchange={resize(0)} />
                <Choice id="imp-size" label="Impact scale" options={sizes} value={m.impact.len().to_string()} onchange={resize(1)} />
                <Choice id="tolerance" label="Risk tolerance (acceptable without treatment)" options={level_options} value={m.tolerance.0.to_string()} onchange={tolerance} />
            </div>
            <div class="form-grid scales">
                <fieldset>
                    <legend>{ "Likelihood steps" }</legend>
                    { for m.likelihood.steps.iter().enumerate().map(|(n, s)| html! {
                        <TextField id={format!("lik-{n}")} label={format!("Likelihood {}", n + 1)} value={s.name.clone()} oninput={step_name(0, n)} />
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ "Impact steps" }</legend>
                    { for m.impact.steps.iter().enumerate().map(|(n, s)| html! {
                        <TextField id={format!("imp-{n}")} label={format!("Impact {}", n + 1)} value={s.name.clone()} oninput={step_name(1, n)} />
                    }) }
                </fieldset>
            </div>
            <h3>{ "Matrix" }</h3>
            <p>{ "Click a cell (or press Enter on it) to move it to the next level." }</p>
            <Heatmap method={m.clone()} onselect={cycle} label="Risk matrix editor" />
        </div>
    }
}
