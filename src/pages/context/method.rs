//! The risk method: the scales and their steps, the tolerance and the
//! matrix (the risk criteria of ISO/IEC 27001:2022 6.1.2 a), and the
//! preview of a scale change before it moves ratings.

use yew::prelude::*;

use crate::components::{
    dispatch, edit_dispatch, emit_unit, make_callback, set_to, Choice, Heatmap, TextField,
};
use crate::domain::rescale::Axis;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{preview_scale_change, LevelIndex, Method, MAX_SCALE, MIN_SCALE};
use crate::store::{use_store, Action};

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
        .map(|n| {
            (
                n.to_string(),
                text_with(msg::PG_SCALE_STEPS, &[("count", n.to_string().into())]),
            )
        })
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
