//! Context & scope, and the risk method.

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::Step;

use crate::components::{
    dispatch, edit_dispatch, emit_unit, make_callback, set_to, Choice, Heatmap, Picker, TextField,
};
use crate::domain::catalogue::{snake, ControlId, CONTROLS};
use crate::domain::rescale::Axis;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    preview_scale_change, Context, Edition, InterestedParty, LevelIndex, Method, RequirementBasis,
    Sector, MAX_SCALE, MIN_SCALE,
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

/// Puts the sector's impact definitions into the method's impact steps
/// (names, ratings and the matrix stay).
fn use_sector_impact(store: &crate::store::Store, sector: Sector) -> Callback<MouseEvent> {
    make_callback(store, move |store, _: MouseEvent| {
        let mut m = store.assessment.method.clone();
        sector.apply_impact_definitions(&mut m);
        store.dispatch(Action::SetMethod(m));
    })
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
            std::iter::once((String::new(), text(msg::UI_CONTEXT_BASIS_NONE)))
                .chain(RequirementBasis::ALL.iter().map(|b| (snake(b), b.label())))
                .collect();
        html! {
            <li class="party">
                <TextField id={format!("party-{n}-name")} label={text(msg::UI_PARTY)} value={p.name.clone()} oninput={edit(|p, v| p.name = v)} />
                <TextField id={format!("party-{n}-req")} label={text(msg::UI_REQUIREMENTS)} value={p.requirements.clone()} oninput={edit(|p, v| p.requirements = v)} />
                <Choice id={format!("party-{n}-basis")} label={text(msg::UI_LEGAL_OR_CONTRACTUAL)} options={basis_options}
                    value={p.basis.map(|b| snake(&b)).unwrap_or_default()}
                    onchange={edit(|p, v| p.basis = RequirementBasis::ALL.iter().copied().find(|b| snake(b) == v))} />
                <Picker id={format!("party-{n}-controls")} label={text(msg::UI_ANNEX_A_CONTROLS_THESE_REQUIREMENTS_CALL)}
                    options={control_options.clone()} picked={p.controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                    onchange={on_controls} limit={6} />
                <button type="button" class="link" onclick={remove} aria-label={text_with(msg::UI_CONTEXT_REMOVE_PARTY, &[("party", p.name.as_str().into())])}>{ text(msg::UI_REMOVE) }</button>
            </li>
        }
    });
    let add_party = edit_dispatch(&store, &ctx, Action::SetContext, |c, _: MouseEvent| {
        c.interested_parties.push(InterestedParty::default());
    });
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
            if let Some(sector) = ctx.sector {
                <p class="hint">
                    { text_with(msg::UI_CONTEXT_TYPICAL_THREATS, &[("sector", sector.label().into())]) }
                    { sector.typical_threats().iter().filter_map(|t| crate::domain::catalogue::threat(*t)).map(|t| format!("{} {}", t.id, t.name)).collect::<Vec<_>>().join(", ") }
                    { text(msg::UI_CONTEXT_SUGGESTED_ASSETS) }
                </p>
                if !sector.impact_definitions_applied(&store.assessment.method) {
                    <p class="hint">
                        { text_with(msg::UI_CONTEXT_IMPACT_DEFINITIONS, &[("sector", sector.label().into()),
                            ("lowest", sector.impact_definitions()[0].into()), ("highest", sector.impact_definitions()[4].into())]) }
                        <button type="button" id="use-sector-impact" onclick={use_sector_impact(&store, sector)}>
                            { text(msg::UI_USE_THESE_IMPACT_DEFINITIONS) }
                        </button>
                    </p>
                }
            }
            <TextField id="scope" label={text(msg::UI_SCOPE_STATEMENT)} multiline=true value={ctx.scope.clone()} oninput={set(|c, v| c.scope = v)}
                hint={Some(AttrValue::from(text(msg::UI_CONTEXT_SCOPE_HINT)))} />
            <div class="form-grid">
                <TextField id="sites" label={text(msg::UI_SITES_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.sites)} oninput={set(|c, v| c.sites = parse_lines(&v))} />
                <TextField id="services" label={text(msg::UI_SERVICES_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.services)} oninput={set(|c, v| c.services = parse_lines(&v))} />
                <TextField id="teams" label={text(msg::UI_TEAMS_IN_SCOPE_ONE_PER_LINE)} multiline=true value={lines(&ctx.teams)} oninput={set(|c, v| c.teams = parse_lines(&v))} />
            </div>
            <h2>{ text(msg::UI_INTERESTED_PARTIES) }</h2>
            <ul class="parties">{ for parties }</ul>
            <button type="button" onclick={add_party}>{ text(msg::UI_ADD_INTERESTED_PARTY) }</button>
            <MethodEditor method={store.assessment.method.clone()} />
            <StepNav step={Step::Context} />
        </section>
    }
}

/// Props of [`MethodEditor`].
#[derive(Properties, PartialEq)]
pub struct MethodEditorProps {
    /// The method being edited.
    pub method: Method,
}

/// Scales, level names, the matrix (click a cell to cycle its level) and
/// the tolerance: the risk criteria of ISO/IEC 27001:2022 6.1.2 a. A new
/// scale size that moves ratings waits for confirmation (see
/// [`ScaleChangeConfirm`]).
#[function_component]
pub fn MethodEditor(p: &MethodEditorProps) -> Html {
    let store = use_store();
    let m = p.method.clone();
    let pending = use_state(|| None::<(usize, usize)>);
    let sizes: Vec<(String, String)> = (MIN_SCALE..=MAX_SCALE)
        .map(|n| (n.to_string(), format!("{n} steps")))
        .collect();
    let (lik_len, imp_len) = (m.likelihood.len(), m.impact.len());
    let resize = |axis: Axis| {
        make_callback(
            &(store.clone(), pending.clone()),
            move |(store, pending), v: String| {
                let n: usize = v.parse().unwrap_or(5);
                let (l, i) = match axis {
                    Axis::Likelihood => (n, imp_len),
                    Axis::Impact => (lik_len, n),
                };
                if preview_scale_change(&store.assessment, l, i).is_empty() {
                    store.dispatch(Action::ResizeMethod(l, i));
                } else {
                    pending.set(Some((l, i)));
                }
            },
        )
    };
    let tolerance = edit_dispatch(&store, &m, Action::SetMethod, |m, v: String| {
        m.tolerance = LevelIndex(v.parse().unwrap_or(0));
    });
    let cycle = dispatch(&store, |(l, i)| Action::CycleCell(l, i));
    let level_options: Vec<(String, String)> = m
        .levels
        .iter()
        .enumerate()
        .map(|(n, l)| {
            (
                n.to_string(),
                text_with(
                    msg::UI_CONTEXT_LEVEL_AND_BELOW,
                    &[("level", l.name.as_str().into())],
                ),
            )
        })
        .collect();
    html! {
        <div class="method">
            <h2>{ text(msg::UI_RISK_METHOD) }</h2>
            <p>{ text(msg::UI_HOW_LIKELIHOOD_AND_IMPACT_ARE_RATED) }</p>
            <div class="form-grid">
                <Choice id="lik-size" label={text(msg::UI_LIKELIHOOD_SCALE)} options={sizes.clone()} value={pending.map_or(lik_len, |p| p.0).to_string()} onchange={resize(Axis::Likelihood)} />
                <Choice id="imp-size" label={text(msg::UI_IMPACT_SCALE)} options={sizes} value={pending.map_or(imp_len, |p| p.1).to_string()} onchange={resize(Axis::Impact)} />
                <Choice id="tolerance" label={text(msg::UI_RISK_TOLERANCE_ACCEPTABLE_WITHOUT_TREATMENT)} options={level_options} value={m.tolerance.0.to_string()} onchange={tolerance} />
            </div>
            if let Some((l, i)) = *pending {
                <ScaleChangeConfirm likelihood={l} impact={i} onclose={set_to(&pending, None)} />
            }
            <div class="form-grid scales">
                <ScaleSteps method={m.clone()} axis={Axis::Likelihood} />
                <ScaleSteps method={m.clone()} axis={Axis::Impact} />
            </div>
            <h3>{ text(msg::UI_MATRIX) }</h3>
            <p>{ text(msg::UI_CLICK_A_CELL_OR_PRESS_ENTER) }</p>
            <Heatmap method={m.clone()} onselect={cycle} label={text(msg::UI_RISK_MATRIX_EDITOR)} />
        </div>
    }
}

/// Props of [`ScaleSteps`].
#[derive(Properties, PartialEq)]
pub struct ScaleStepsProps {
    /// The method being edited.
    pub method: Method,
    /// Which scale.
    pub axis: Axis,
}

/// The steps of one scale: each step's name and definition.
#[function_component]
pub fn ScaleSteps(p: &ScaleStepsProps) -> Html {
    let store = use_store();
    let axis = p.axis;
    let field = |n: usize, definition: bool| {
        edit_dispatch(&store, &p.method, Action::SetMethod, move |m, v: String| {
            let scale = match axis {
                Axis::Likelihood => &mut m.likelihood,
                Axis::Impact => &mut m.impact,
            };
            if let Some(s) = scale.steps.get_mut(n) {
                if definition {
                    s.description = v;
                } else {
                    s.name = v;
                }
            }
        })
    };
    let (steps, legend, key, label) = match axis {
        Axis::Likelihood => (
            &p.method.likelihood.steps,
            text(msg::UI_CONTEXT_LIKELIHOOD_STEPS),
            "lik",
            text(msg::UI_LIKELIHOOD),
        ),
        Axis::Impact => (
            &p.method.impact.steps,
            text(msg::UI_CONTEXT_IMPACT_STEPS),
            "imp",
            text(msg::UI_IMPACT),
        ),
    };
    html! {
        <fieldset class="scale-steps">
            <legend>{ legend }</legend>
            { for steps.iter().enumerate().map(|(n, s)| html! {
                <div class="scale-step">
                    <TextField id={format!("{key}-{n}")} label={format!("{label} {}", n + 1)} value={s.name.clone()} oninput={field(n, false)} />
                    <TextField id={format!("{key}-def-{n}")} label={text_with(msg::UI_CONTEXT_STEP_DEFINITION, &[("step", s.name.as_str().into()), ("scale", label.as_str().into()), ("n", (n + 1).to_string().into())])} value={s.description.clone()} oninput={field(n, true)} />
                </div>
            }) }
        </fieldset>
    }
}

/// Props of [`ScaleChangeConfirm`].
#[derive(Properties, PartialEq)]
pub struct ScaleChangeConfirmProps {
    /// The new likelihood scale size.
    pub likelihood: usize,
    /// The new impact scale size.
    pub impact: usize,
    /// Closes the panel (after applying or cancelling).
    pub onclose: Callback<()>,
}

/// What a scale change will do to the ratings, before it is applied.
#[function_component]
pub fn ScaleChangeConfirm(p: &ScaleChangeConfirmProps) -> Html {
    let store = use_store();
    let (l, i) = (p.likelihood, p.impact);
    let m = &store.assessment.method;
    let (scale, steps, now) = if l != m.likelihood.len() {
        ("likelihood", l, m.likelihood.len())
    } else {
        ("impact", i, m.impact.len())
    };
    let change = preview_scale_change(&store.assessment, l, i);
    let apply = make_callback(
        &(store.clone(), p.onclose.clone()),
        move |(store, close), _: MouseEvent| {
            store.dispatch(Action::ResizeMethod(l, i));
            close.emit(());
        },
    );
    html! {
        <div class="confirm scale-change" role="alertdialog" aria-labelledby="scale-change-title">
            <p id="scale-change-title">{ text_with(msg::RESCALE_PREVIEW, &[("scale", scale.into()), ("steps", steps.into())]) }</p>
            <ul>
                { for change.lines().into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            <p>{ text_with(msg::RESCALE_UNDO_HINT, &[("steps", now.into())]) }</p>
            <button type="button" class="primary" onclick={apply}>{ text(msg::UI_APPLY_THE_CHANGE) }</button>
            <button type="button" onclick={emit_unit(&p.onclose)}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}
