//! Data & reports: export, import with a preview, clear, and recovery of
//! stored data that could not be read.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{use_config, use_store, Action};
use crate::domain::{self, Assessment};
use crate::platform::{self, download, storage, upload};

/// A short description of an assessment, for previews.
pub fn summary(a: &Assessment) -> String {
    format!(
        "{} — {} asset(s), {} risk(s), {} SoA entr{}",
        if a.context.organisation.is_empty() {
            "unnamed organisation"
        } else {
            a.context.organisation.as_str()
        },
        a.assets.len(),
        a.risks.len(),
        a.soa.entries.len(),
        if a.soa.entries.len() == 1 { "y" } else { "ies" }
    )
}

/// A file name stem from the organisation and the date.
pub fn file_stem(a: &Assessment, date: domain::Date) -> String {
    let org: String = a
        .context
        .organisation
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase();
    if org.is_empty() {
        format!("annexa-{date}")
    } else {
        format!("annexa-{org}-{date}")
    }
}

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    Preview {
        file: String,
        incoming: Rc<Assessment>,
    },
    Failed(String),
}

/// The Data & reports page.
#[function_component]
pub fn DataPage() -> Html {
    let store = use_store();
    let import = use_state(|| ImportState::Idle);
    let confirm_clear = use_state(|| false);
    let message = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let on_export = {
        let store = store.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let now = platform::now();
            let text = domain::export(&store.assessment, now);
            let name = format!("{}.json", file_stem(&store.assessment, now.date()));
            match download::download(&name, "application/json", text.as_bytes()) {
                Ok(()) => message.set(Some(format!("Exported {name}."))),
                Err(e) => message.set(Some(e)),
            }
        })
    };

    let save = |kind: &'static str| {
        let store = store.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let a = &store.assessment;
            let now = platform::now();
            let stem = file_stem(a, now.date());
            let result = match kind {
                "soa-csv" => Ok((
                    format!("{stem}-soa.csv"),
                    "text/csv",
                    domain::report::soa_csv(&domain::generate_soa(a)).into_bytes(),
                )),
                "risks-csv" => Ok((
                    format!("{stem}-risk-register.csv"),
                    "text/csv",
                    domain::report::risk_register_csv(a).into_bytes(),
                )),
                _ => domain::workbook(a)
                    .map(|b| {
                        (
                            format!("{stem}.xlsx"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            b,
                        )
                    })
                    .map_err(|e| e.to_string()),
            };
            match result.and_then(|(name, mime, bytes)| {
                download::download(&name, mime, &bytes).map(|_| name)
            }) {
                Ok(name) => message.set(Some(format!("Exported {name}."))),
                Err(e) => message.set(Some(e)),
            }
        })
    };
    let report = use_state(|| None::<Report>);
    let print = |which: Report| {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| report.set(Some(which)))
    };
    {
        let report = report.clone();
        use_effect_with(*report, move |r| {
            if r.is_some() {
                platform::print();
                report.set(None);
            }
        });
    }

    let on_file = {
        let import = import.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            import.set(ImportState::Reading);
            let import = import.clone();
            *reader.borrow_mut() = upload::read_file(file, move |res| {
                import.set(match res {
                    Err(e) => ImportState::Failed(e),
                    Ok((name, bytes)) => match domain::import(&bytes) {
                        Ok(env) => ImportState::Preview {
                            file: name,
                            incoming: Rc::new(env.assessment),
                        },
                        Err(e) => ImportState::Failed(format!(
                            "{name} was not imported, and your data is unchanged. {e}"
                        )),
                    },
                });
            });
        })
    };

    let import_view = match &*import {
        ImportState::Idle => html! {},
        ImportState::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        ImportState::Failed(e) => html! { <p class="error" role="alert">{ e.clone() }</p> },
        ImportState::Preview { file, incoming } => {
            let confirm = {
                let store = store.clone();
                let import = import.clone();
                let incoming = incoming.clone();
                let file = file.clone();
                Callback::from(move |_: MouseEvent| {
                    store.dispatch(Action::Replace(
                        incoming.clone(),
                        format!("Imported {file}."),
                    ));
                    import.set(ImportState::Idle);
                })
            };
            let cancel = {
                let import = import.clone();
                Callback::from(move |_: MouseEvent| import.set(ImportState::Idle))
            };
            html! {
                <div class="confirm" role="region" aria-label="Import preview">
                    <p><strong>{ format!("Import {file}?") }</strong></p>
                    <dl class="compare">
                        <dt>{ "Your current data (will be replaced)" }</dt>
                        <dd>{ summary(&store.assessment) }</dd>
                        <dt>{ "The file" }</dt>
                        <dd>{ summary(incoming) }</dd>
                    </dl>
                    <button type="button" class="danger" onclick={confirm}>{ "Replace my data" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            }
        }
    };

    let clear_view = if *confirm_clear {
        let yes = {
            let store = store.clone();
            let confirm_clear = confirm_clear.clone();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Clear);
                confirm_clear.set(false);
            })
        };
        let no = {
            let confirm_clear = confirm_clear.clone();
            Callback::from(move |_: MouseEvent| confirm_clear.set(false))
        };
        html! {
            <div class="confirm" role="alertdialog" aria-label="Confirm clearing all data">
                <p>{ format!("Delete {} from this browser? Export JSON first if you may need it.", summary(&store.assessment)) }</p>
                <button type="button" class="danger" onclick={yes}>{ "Yes, clear all data" }</button>
                <button type="button" onclick={no}>{ "Cancel" }</button>
            </div>
        }
    } else {
        let ask = {
            let confirm_clear = confirm_clear.clone();
            Callback::from(move |_: MouseEvent| confirm_clear.set(true))
        };
        html! { <button type="button" class="danger" onclick={ask}>{ "Clear all data" }</button> }
    };

    html! {
        <section class="page data">
            <h1>{ "Data & reports" }</h1>
            <p class="lead">{ "Your assessment lives in this browser's storage. Export it to keep a copy or move it to another machine." }</p>
            <p class="current" data-testid="data-summary">{ summary(&store.assessment) }</p>
            <h2>{ "Export" }</h2>
            <div class="actions">
                <button type="button" class="primary" onclick={on_export}>{ "Export JSON" }</button>
                <button type="button" onclick={save("xlsx")}>{ "Export XLSX workbook" }</button>
                <button type="button" onclick={save("soa-csv")}>{ "Export SoA (CSV)" }</button>
                <button type="button" onclick={save("risks-csv")}>{ "Export risk register (CSV)" }</button>
            </div>
            <h2>{ "Print" }</h2>
            <p>{ "Prints a clean document with a header; choose \"Save as PDF\" in the print dialog for a PDF." }</p>
            <div class="actions">
                <button type="button" onclick={print(Report::Soa)}>{ "Print SoA" }</button>
                <button type="button" onclick={print(Report::Risks)}>{ "Print risk report" }</button>
            </div>
            if let Some(m) = &*message {
                <p role="status">{ m.clone() }</p>
            }
            <h2>{ "Import" }</h2>
            <label class="file">
                <span>{ "Import JSON" }</span>
                <input type="file" accept=".json,application/json" onchange={on_file} />
            </label>
            { import_view }
            <h2>{ "Clear" }</h2>
            { clear_view }
            <Backups />
            if let Some(r) = *report {
                <PrintReport which={r} />
            }
        </section>
    }
}

/// Which printable report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// The Statement of Applicability.
    Soa,
    /// The risk register with levels and treatment.
    Risks,
}

/// Props of [`PrintReport`].
#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    /// The report.
    pub which: Report,
}

/// A report laid out for print: a header with the organisation, version and
/// date, then the table. Only this is printed while it is shown.
#[function_component]
pub fn PrintReport(p: &PrintReportProps) -> Html {
    let store = use_store();
    let a = &store.assessment;
    let today = platform::now().date();
    let org = if a.context.organisation.is_empty() {
        "Unnamed organisation".to_owned()
    } else {
        a.context.organisation.clone()
    };
    let (title, table) = match p.which {
        Report::Soa => {
            let soa = domain::generate_soa(a);
            let rows = soa.rows.iter().map(|r| html! {
                <tr>
                    <td>{ r.control.to_string() }</td><td>{ r.title }</td>
                    <td>{ if r.applicable { "Yes" } else { "No" } }</td>
                    <td>{ r.reasons.iter().map(|x| x.label()).collect::<Vec<_>>().join(", ") }</td>
                    <td>{ if r.applicable { r.justification.clone() } else { r.exclusion_justification.clone() } }</td>
                    <td>{ r.status.label() }</td><td>{ r.owner.clone() }</td>
                </tr>
            });
            (
                "Statement of Applicability",
                html! {
                    <table>
                        <thead><tr><th>{ "Control" }</th><th>{ "Title" }</th><th>{ "Applicable" }</th><th>{ "Reasons" }</th><th>{ "Justification" }</th><th>{ "Status" }</th><th>{ "Owner" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                },
            )
        }
        Report::Risks => {
            let m = &a.method;
            let rows = a.risks.iter().zip(domain::score(a)).map(|(r, s)| html! {
                <tr>
                    <td>{ r.id.to_string() }</td><td>{ r.title.clone() }</td><td>{ r.owner.clone() }</td>
                    <td>{ m.level_name(s.inherent.level) }</td><td>{ m.level_name(s.current.level) }</td><td>{ m.level_name(s.residual.level) }</td>
                    <td>{ r.treatment.option.map_or("Not decided", |o| o.label()) }</td>
                    <td>{ r.treatment.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ") }</td>
                </tr>
            });
            (
                "Risk report",
                html! {
                    <table>
                        <thead><tr><th>{ "ID" }</th><th>{ "Risk" }</th><th>{ "Owner" }</th><th>{ "Inherent" }</th><th>{ "Current" }</th><th>{ "Residual" }</th><th>{ "Treatment" }</th><th>{ "Planned controls" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                },
            )
        }
    };
    html! {
        <div class="print-report" aria-hidden="true">
            <header>
                <h1>{ title }</h1>
                <p>{ format!("{org} · {} · version {} · printed {today}", domain::standard_name(a.context.edition),
                    if a.soa.document.version.is_empty() { "draft" } else { a.soa.document.version.as_str() }) }</p>
                if !a.context.scope.is_empty() {
                    <p>{ format!("Scope: {}", a.context.scope) }</p>
                }
            </header>
            { table }
        </div>
    }
}

/// Kept copies of stored data that could not be read, to download.
#[function_component]
fn Backups() -> Html {
    let config = use_config();
    let keys = use_state(|| storage::backup_keys(&config.namespace.backup_prefix()));
    if keys.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2>{ "Recovered data" }</h2>
            <p>{ "These copies of saved data could not be read when Annexa started. Download them to inspect or repair them." }</p>
            <ul>
                { for keys.iter().map(|k| {
                    let key = k.clone();
                    let onclick = Callback::from(move |_: MouseEvent| download_backup(&key));
                    html! { <li><button type="button" {onclick}>{ format!("Download {k}") }</button></li> }
                }) }
            </ul>
        </>
    }
}

fn download_backup(key: &str) {
    if let Ok(Some(text)) = storage::read(key) {
        download::download(&format!("{key}.txt"), "text/plain", text.as_bytes()).ok();
    }
}
