//! A single-risk calculator: pick a likelihood and an impact (or a cell of
//! the matrix) and read the level, the score and whether it is within the
//! risk tolerance.

use yew::prelude::*;

use crate::components::{set_state, Heatmap, LevelBadge, ScaleChoice};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Impact, Likelihood, Method};

/// Props of [`Calculator`].
#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The method: scales, matrix and tolerance.
    pub method: Method,
}

/// The calculator: two scale choices, the result, and the matrix with the
/// chosen cell marked (cells can be clicked or activated with the keyboard).
#[function_component]
pub fn Calculator(p: &CalculatorProps) -> Html {
    let m = &p.method;
    let cell = use_state(|| (Likelihood(m.likelihood.middle()), Impact(m.impact.middle())));
    // Keep the choice on the scales if the method shrinks.
    let (l, i) = (
        Likelihood(cell.0 .0.clamp(1, m.likelihood.len().max(1) as u8)),
        Impact(cell.1 .0.clamp(1, m.impact.len().max(1) as u8)),
    );
    let level = m.level(l, i);
    let within = m.within_tolerance(level);
    let on_l = set_state(&cell, move |v: u8| (Likelihood(v), i));
    let on_i = set_state(&cell, move |v: u8| (l, Impact(v)));
    let onselect = set_state(&cell, |c: (Likelihood, Impact)| c);
    let verdict = if within {
        text_with(
            msg::UI_CALC_WITHIN_TOLERANCE,
            &[("level", m.level_name(m.tolerance).into())],
        )
    } else {
        text_with(
            msg::UI_CALC_ABOVE_TOLERANCE,
            &[("level", m.level_name(m.tolerance).into())],
        )
    };
    html! {
        <section class="page calculator">
            <h1>{ text(msg::UI_RISK_CALCULATOR) }</h1>
            <p class="lead">{ text(msg::UI_RATE_ONE_RISKS_LIKELIHOOD_AND_IMPACT) }</p>
            <div class="form-grid">
                <ScaleChoice id="calc-likelihood" label={text(msg::UI_LIKELIHOOD)} scale={m.likelihood.clone()} value={l.0} onchange={on_l} />
                <ScaleChoice id="calc-impact" label={text(msg::UI_IMPACT)} scale={m.impact.clone()} value={i.0} onchange={on_i} />
            </div>
            <div class="calc-result" role="status" aria-live="polite" data-testid="calc-result">
                <p>
                    { text(msg::UI_RISK_LEVEL) }
                    <LevelBadge level={level} name={m.level_name(level).to_owned()} within={within}
                        detail={Some(AttrValue::from(format!("L{}×I{} = {}", l.0, i.0, u16::from(l.0) * u16::from(i.0))))} />
                </p>
                <p class={classes!("verdict", (!within).then_some("warning-text"))}>{ verdict }</p>
            </div>
            <Heatmap method={m.clone()} selected={Some((l, i))} {onselect} action={text(msg::UI_CALC_CELL_ACTION)}
                label={text_with(msg::UI_CALC_MATRIX, &[("rows", m.likelihood.len().to_string().into()), ("columns", m.impact.len().to_string().into())])} />
        </section>
    }
}
