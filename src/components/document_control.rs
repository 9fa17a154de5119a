//! A document's control block as a form (ISO/IEC 27001:2022 7.5.3):
//! version, date, author, approver, approval date and the change history.
//! Every keystroke dispatches `Action::SetDocumentControl`; the reducer
//! hands it to the domain.

use yew::prelude::*;

use super::{make_callback, TextField};
use crate::domain::documents::DocumentKind;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{ChangeRecord, DocumentControl};
use crate::store::{use_store, Action, Store};

/// Props of [`DocumentControlForm`].
#[derive(Properties, PartialEq)]
pub struct DocumentControlFormProps {
    /// Which document's block.
    pub kind: DocumentKind,
    /// The prefix of the fields' ids, e.g. `soa` gives `soa-version`.
    pub id: AttrValue,
    /// The level of the "Change history" heading: one below the heading
    /// the form sits under (4 under a Data page section's h3, 2 on the SoA
    /// page, right under its h1), so headings never skip a level.
    #[prop_or(4)]
    pub heading_level: u8,
}

/// A callback that applies `f` to a copy of `control` and dispatches it.
fn set<V: 'static>(
    store: &Store,
    kind: DocumentKind,
    control: &DocumentControl,
    f: impl Fn(&mut DocumentControl, V) + 'static,
) -> Callback<V> {
    make_callback(
        &(store.clone(), control.clone()),
        move |(store, control), v| {
            let mut next = control.clone();
            f(&mut next, v);
            store.dispatch(Action::SetDocumentControl(kind, Box::new(next)));
        },
    )
}

fn date_text(d: Option<crate::domain::Date>) -> String {
    d.map(|x| x.to_string()).unwrap_or_default()
}

/// The "Document control" fieldset of one document.
#[function_component]
pub fn DocumentControlForm(p: &DocumentControlFormProps) -> Html {
    let store = use_store();
    let kind = p.kind;
    let c = kind.control(&store.assessment).clone();
    let id = |field: &str| format!("{}-{field}", p.id);
    let field = |f: fn(&mut DocumentControl, String)| set(&store, kind, &c, f);
    let (store, c) = (&store, &c);
    let history = c.history.iter().enumerate().map(|(n, h)| {
        let row = move |f: fn(&mut ChangeRecord, String)| {
            set(store, kind, c, move |d: &mut DocumentControl, v: String| {
                if let Some(r) = d.history.get_mut(n) {
                    f(r, v);
                }
            })
        };
        let remove = set(store, kind, c, move |d: &mut DocumentControl, _: MouseEvent| {
            if n < d.history.len() {
                d.history.remove(n);
            }
        });
        html! {
            <li class="form-grid change">
                <TextField id={id(&format!("history-{n}-version"))} label={text(msg::UI_VERSION)} value={h.version.clone()} oninput={row(|r, v| r.version = v)} />
                <TextField id={id(&format!("history-{n}-date"))} label={text(msg::UI_DATE)} kind="date" value={date_text(h.date)} oninput={row(|r, v| r.date = v.parse().ok())} />
                <TextField id={id(&format!("history-{n}-author"))} label={text(msg::UI_AUTHOR)} value={h.author.clone()} oninput={row(|r, v| r.author = v)} />
                <TextField id={id(&format!("history-{n}-change"))} label={text(msg::UI_CHANGE)} value={h.description.clone()} oninput={row(|r, v| r.description = v)} />
                <button type="button" onclick={remove}>{ text_with(msg::UI_DOC_REMOVE_CHANGE, &[("n", (n + 1).to_string().into())]) }</button>
            </li>
        }
    });
    let add = set(store, kind, c, |d: &mut DocumentControl, _: MouseEvent| {
        d.history.push(ChangeRecord {
            version: d.version.clone(),
            date: d.date,
            author: d.author.clone(),
            description: String::new(),
        });
    });
    let version_label = if kind == DocumentKind::Soa {
        text(msg::UI_DOC_SOA_VERSION)
    } else {
        text(msg::UI_VERSION)
    };
    html! {
        <fieldset class="doc-control">
            <legend>{ text(msg::UI_DOCUMENT_CONTROL) }</legend>
            <div class="form-grid">
                <TextField id={id("version")} label={version_label} value={c.version.clone()} oninput={field(|d, v| d.version = v)} />
                <TextField id={id("date")} label={text(msg::UI_DATE)} kind="date" value={date_text(c.date)} oninput={field(|d, v| d.date = v.parse().ok())} />
                <TextField id={id("author")} label={text(msg::UI_AUTHOR)} value={c.author.clone()} oninput={field(|d, v| d.author = v)} />
                <TextField id={id("approver")} label={text(msg::UI_APPROVED_BY)} value={c.approver.clone()} oninput={field(|d, v| d.approver = v)} />
                <TextField id={id("approved-on")} label={text(msg::UI_APPROVAL_DATE)} kind="date" value={date_text(c.approved_on)} oninput={field(|d, v| d.approved_on = v.parse().ok())} />
            </div>
            <@{format!("h{}", p.heading_level.clamp(2, 6))} class="doc-history-heading">{ crate::domain::text::text(crate::domain::text::msg::DOC_HISTORY_HEADING) }</@>
            <ol class="change-history">{ for history }</ol>
            <div class="actions">
                <button type="button" onclick={add}>{ text(msg::UI_ADD_A_CHANGE) }</button>
            </div>
        </fieldset>
    }
}
