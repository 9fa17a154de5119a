//! The spreadsheet import's tables: the columns with their samples and
//! fields, the value table of each label column, and the preview.

use yew::prelude::*;

use crate::components::{make_callback, Disclosure};
use crate::domain::catalogue::AssetType;
use crate::domain::import::files::{PreviewSummary, SheetView};
use crate::domain::import::{MappedValue, Mapping, TargetField, ValueKind};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{ImplementationStatus, Method, TreatmentOption, TreatmentStatus};
use crate::platform::event;

/// A field's name as the user reads it: `asset_type` → "asset type".
fn field_text(f: TargetField) -> String {
    f.key().replace('_', " ")
}

/// The column table: header, sample values, and the field it fills (or
/// "ignore").
pub(super) fn column_table(view: &SheetView, remap: &Callback<Mapping>) -> Html {
    let m = &view.mapping;
    let rows = view.headers.iter().enumerate().map(|(i, h)| {
        let target = m.columns.get(i).and_then(|c| c.target);
        let onchange = make_callback(&(remap.clone(), m.clone()), move |(remap, m), e: Event| {
            let v = event::value(&e);
            let mut m = m.clone();
            let to = m.kind.fields().iter().copied().find(|f| f.key() == v);
            if let Some(c) = m.columns.get_mut(i) {
                c.target = to;
            }
            remap.emit(m);
        });
        let samples = view.samples.get(i).map(|s| s.join(" · ")).unwrap_or_default();
        html! {
            <tr>
                <th scope="row">{ h.clone() }</th>
                <td class="samples">{ samples }</td>
                <td>
                    <select id={format!("column-{i}")} aria-label={text_with(msg::UI_SHEET_FIELD_FOR_COLUMN, &[("column", h.to_string().into())])} {onchange}>
                        <option value="" selected={target.is_none()}>{ "ignore" }</option>
                        { for m.kind.fields().iter().map(|f| html! {
                            <option value={f.key()} selected={target == Some(*f)}>{ field_text(*f) }</option>
                        }) }
                    </select>
                </td>
            </tr>
        }
    });
    html! {
        <table class="columns" data-testid="sheet-columns">
            <caption>{ text(msg::UI_COLUMNS) }</caption>
            <thead><tr><th scope="col">{ text(msg::UI_COLUMN) }</th><th scope="col">{ text(msg::UI_SAMPLE_VALUES) }</th><th scope="col">{ text(msg::UI_BECOMES) }</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// What a label may become for a kind of value, with its text.
fn choices(kind: ValueKind, method: &Method) -> Vec<(MappedValue, String)> {
    let mut out = vec![(MappedValue::Blank, "(empty)".to_owned())];
    match kind {
        ValueKind::Likelihood | ValueKind::Impact => {
            let scale = if kind == ValueKind::Likelihood {
                &method.likelihood
            } else {
                &method.impact
            };
            for (i, s) in scale.steps.iter().enumerate() {
                out.push((
                    MappedValue::Step(i as u8 + 1),
                    format!("{} {}", i + 1, s.name),
                ));
            }
        }
        ValueKind::AssetType => out.extend(
            AssetType::ALL
                .iter()
                .map(|t| (MappedValue::AssetType(*t), t.label())),
        ),
        ValueKind::Status => out.extend(
            ImplementationStatus::ALL
                .iter()
                .map(|s| (MappedValue::Status(*s), s.label())),
        ),
        ValueKind::Applicable => {
            out.push((MappedValue::Applicable(true), "applicable".into()));
            out.push((MappedValue::Applicable(false), "excluded".into()));
        }
        ValueKind::Option => out.extend(
            TreatmentOption::ALL
                .iter()
                .map(|o| (MappedValue::Option(*o), o.label())),
        ),
        ValueKind::TreatmentStatus => out.extend(
            TreatmentStatus::ALL
                .iter()
                .map(|s| (MappedValue::TreatmentStatus(*s), s.label())),
        ),
    }
    out
}

/// One value table per mapped label column: each distinct label found and
/// what it becomes.
pub(super) fn value_tables(view: &SheetView, method: &Method, remap: &Callback<Mapping>) -> Html {
    let m = &view.mapping;
    let tables = m.values.iter().filter(|v| !v.values.is_empty()).map(|table| {
        let Some(kind) = table.field.value_kind() else {
            return html! {};
        };
        let options = choices(kind, method);
        let field = table.field;
        let rows = table.values.iter().enumerate().map(|(n, c)| {
            let found = c.found.clone();
            let opts = options.clone();
            let onchange = make_callback(&(remap.clone(), m.clone()), move |(remap, m), e: Event| {
                let v = event::value(&e);
                let to = v.parse::<usize>().ok().and_then(|i| opts.get(i)).map(|(x, _)| *x);
                let mut m = m.clone();
                m.set_value(field, &found, to);
                remap.emit(m);
            });
            let selected = options.iter().position(|(x, _)| Some(*x) == c.to);
            html! {
                <tr class={classes!(c.to.is_none().then_some("unmapped"))}>
                    <th scope="row">{ c.found.clone() }</th>
                    <td>
                        <select id={format!("value-{}-{n}", field.key())} aria-label={text_with(msg::UI_SHEET_VALUE_FOR, &[("value", c.found.to_string().into())])} {onchange}>
                            <option value="" selected={selected.is_none()}>{ text(msg::UI_SHEET_NOT_MAPPED) }</option>
                            { for options.iter().enumerate().map(|(i, (_, t))| html! {
                                <option value={i.to_string()} selected={selected == Some(i)}>{ t.clone() }</option>
                            }) }
                        </select>
                    </td>
                </tr>
            }
        });
        html! {
            <table class="values" data-testid={format!("values-{}", field.key())}>
                <caption>{ text_with(msg::UI_SHEET_VALUES_OF, &[("field", field_text(field).into())]) }</caption>
                <tbody>{ for rows }</tbody>
            </table>
        }
    });
    html! { <>{ for tables }</> }
}

/// The preview: N new, M updated, K rejected, each rejected row with its
/// line and what to fix; for a 2013 SoA, the transition report.
pub(super) fn preview_panel(p: &PreviewSummary) -> Html {
    html! {
        <div class="preview" data-testid="sheet-preview">
            <p role="status"><strong>{ text_with(msg::PG_SHEET_PREVIEW_COUNTS, &[("new", p.new.to_string().into()), ("updated", p.updated.to_string().into()), ("rejected", p.rejected.to_string().into())]) }</strong></p>
            if !p.rejected_rows.is_empty() {
                <ul class="rejected">
                    { for p.rejected_rows.iter().map(|(line, why)| html! { <li>{ text_with(msg::UI_SHEET_REJECTED_LINE, &[("line", line.to_string().into()), ("reason", why.to_string().into())]) }</li> }) }
                </ul>
                if p.rejected > p.rejected_rows.len() {
                    <p>{ text_with(msg::UI_SHEET_MORE_REJECTED, &[("count", (p.rejected - p.rejected_rows.len()).to_string().into())]) }</p>
                }
            }
            if !p.transition.is_empty() {
                <Disclosure title={text(msg::UI_ISO_IEC_27001_2013_2022_TRANSITION)} id="transition-report">
                    <ul>{ for p.transition.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                </Disclosure>
            }
        </div>
    }
}
