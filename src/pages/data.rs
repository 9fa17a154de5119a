//! Data & reports: export (plain or encrypted) and share links, import with
//! a preview (asking for the passphrase of an encrypted file), clear, and
//! recovery of stored data that could not be read. An embedding host can
//! switch import and export off.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::TextField;
pub use crate::domain::summary;
use crate::domain::{self, Assessment, Sealed, SealedParts, MIN_PASSPHRASE_CHARS};
use crate::platform::{self, crypto, download, storage, upload};
use crate::store::{use_config, use_store, Action, Host};

/// A file name stem from the organisation and the date (kept here for the
/// pages that name their downloads; it lives in the domain).
pub use crate::domain::file_stem;

#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Reading,
    /// An encrypted file waiting for its passphrase.
    Locked {
        file: String,
        parts: Rc<SealedParts>,
        error: Option<String>,
    },
    Decrypting,
    Preview {
        file: String,
        incoming: Rc<Assessment>,
        bytes: Rc<[u8]>,
    },
    Failed(String),
}

/// What a file's bytes are: an import preview, an encrypted file to
/// unlock, or why they were refused. Every path ends in `domain::import`.
fn examine(file: String, bytes: &[u8]) -> ImportState {
    match Sealed::detect(bytes) {
        Some(Ok(parts)) => ImportState::Locked {
            file,
            parts: Rc::new(parts),
            error: None,
        },
        Some(Err(e)) => ImportState::Failed(format!(
            "{file} was not imported, and your data is unchanged. {e}"
        )),
        None => preview(file, bytes),
    }
}

fn preview(file: String, bytes: &[u8]) -> ImportState {
    match domain::import(bytes) {
        Ok(env) => ImportState::Preview {
            file,
            incoming: Rc::new(env.assessment),
            bytes: bytes.into(),
        },
        Err(e) => ImportState::Failed(format!(
            "{file} was not imported, and your data is unchanged. {e}"
        )),
    }
}

/// The Data & reports page.
#[function_component]
pub fn DataPage() -> Html {
    let store = use_store();
    let config = use_config();
    let import = use_state(|| ImportState::Idle);
    let confirm_clear = use_state(|| false);
    let message = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<upload::FileReader>);

    let on_export = {
        let store = store.clone();
        let message = message.clone();
        Callback::from(
            move |_: MouseEvent| match download::download_json(&store.assessment) {
                Ok(name) => message.set(Some(format!("Exported {name}."))),
                Err(e) => message.set(Some(e)),
            },
        )
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
            let Some(file) = crate::platform::event::take_file(&e) else {
                return;
            };
            import.set(ImportState::Reading);
            let import = import.clone();
            *reader.borrow_mut() = upload::read_file(file, move |res| {
                import.set(match res {
                    Err(e) => ImportState::Failed(e),
                    Ok((name, bytes)) => examine(name, &bytes),
                });
            });
        })
    };

    let import_view = match &*import {
        ImportState::Idle => html! {},
        ImportState::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        ImportState::Decrypting => html! { <p role="status">{ "Decrypting…" }</p> },
        ImportState::Locked { file, parts, error } => html! {
            <Unlock file={file.clone()} parts={parts.clone()} error={error.clone()} state={import.clone()} />
        },
        ImportState::Failed(e) => html! { <p class="error" role="alert">{ e.clone() }</p> },
        ImportState::Preview {
            file,
            incoming,
            bytes,
        } => {
            let confirm = {
                let store = store.clone();
                let import = import.clone();
                let bytes = bytes.clone();
                let file = file.clone();
                Callback::from(move |_: MouseEvent| {
                    // The one import path: validated again and replaced in one step.
                    store.dispatch(Action::Import {
                        name: file.clone(),
                        bytes: bytes.clone(),
                    });
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
            if config.import_export {
                <h2>{ "Export" }</h2>
                <div class="actions">
                    <button type="button" class="primary" onclick={on_export}>{ "Export JSON" }</button>
                    <button type="button" onclick={save("xlsx")}>{ "Export XLSX workbook" }</button>
                    <button type="button" onclick={save("soa-csv")}>{ "Export SoA (CSV)" }</button>
                    <button type="button" onclick={save("risks-csv")}>{ "Export risk register (CSV)" }</button>
                </div>
                <EncryptedExport />
                if config.host != Host::Element {
                    <ShareLink />
                }
            } else {
                <p class="note">{ "Import and export are switched off here by the page that embeds Annexa. Your data is saved in this browser." }</p>
            }
            <h2>{ "Print" }</h2>
            <p>{ "Prints a clean document with a header; choose \"Save as PDF\" in the print dialog for a PDF." }</p>
            <div class="actions">
                <button type="button" onclick={print(Report::Soa)}>{ "Print SoA" }</button>
                <button type="button" onclick={print(Report::Risks)}>{ "Print risk report" }</button>
            </div>
            if let Some(m) = &*message {
                <p role="status">{ m.clone() }</p>
            }
            if config.import_export {
                <h2>{ "Import" }</h2>
                <p>{ "Plain and encrypted Annexa JSON files; an encrypted file asks for its passphrase. Nothing changes until you confirm." }</p>
                <label class="file">
                    <span>{ "Import JSON" }</span>
                    <input type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                { import_view }
            }
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
    let org = a.context.display_name();
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
            let register = domain::ScoredRegister::new(a);
            let rows = register.rows(a).map(|domain::Scored { risk: r, score: s }| html! {
                <tr>
                    <td>{ r.id.to_string() }</td><td>{ r.title.clone() }</td><td>{ r.owner.clone() }</td>
                    <td>{ m.level_name(s.inherent.level) }</td><td>{ m.level_name(s.current.level) }</td><td>{ m.level_name(s.residual.level) }</td>
                    <td>{ r.treatment.option_label() }</td>
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

/// Kept copies of stored data: text that could not be read at start-up,
/// and the original of data migrated from an older schema, to download.
#[function_component]
fn Backups() -> Html {
    let config = use_config();
    let ns = &config.namespace;
    let unreadable = use_state(|| storage::keys_with_prefix(&ns.backup_prefix()));
    let premigration = use_state(|| storage::keys_with_prefix(&ns.premigration_prefix()));
    let list = |keys: &[String]| {
        html! {
            <ul>
                { for keys.iter().map(|k| {
                    let key = k.clone();
                    let onclick = Callback::from(move |_: MouseEvent| download::download_backup(&key));
                    html! { <li><button type="button" {onclick}>{ format!("Download {k}") }</button></li> }
                }) }
            </ul>
        }
    };
    html! {
        <>
            if !unreadable.is_empty() {
                <h2>{ "Recovered data" }</h2>
                <p>{ "These copies of saved data could not be read when Annexa started. Download them to inspect or repair them." }</p>
                { list(&unreadable) }
            }
            if !premigration.is_empty() {
                <h2>{ "Data from an older Annexa" }</h2>
                <p>{ "Annexa updated your saved data to its current format and kept the original. Download it if you need the old file." }</p>
                { list(&premigration) }
            }
        </>
    }
}

/// Props of [`Unlock`].
#[derive(Properties, PartialEq)]
struct UnlockProps {
    file: String,
    parts: Rc<SealedParts>,
    error: Option<String>,
    state: UseStateHandle<ImportState>,
}

/// Asks for the passphrase of an encrypted file, decrypts it, then goes on
/// to the ordinary validated import preview.
#[function_component]
fn Unlock(p: &UnlockProps) -> Html {
    let pass = use_state(String::new);
    let onsubmit = {
        let pass = pass.clone();
        let state = p.state.clone();
        let parts = p.parts.clone();
        let file = p.file.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let passphrase = (*pass).clone();
            let state = state.clone();
            let parts = parts.clone();
            let file = file.clone();
            state.set(ImportState::Decrypting);
            yew::platform::spawn_local(async move {
                state.set(match crypto::open(&parts, &passphrase).await {
                    Ok(bytes) => preview(file, &bytes),
                    Err(e) => ImportState::Locked {
                        file,
                        parts,
                        error: Some(format!("Not decrypted, and your data is unchanged: {e}.")),
                    },
                });
            });
        })
    };
    let cancel = {
        let state = p.state.clone();
        Callback::from(move |_: MouseEvent| state.set(ImportState::Idle))
    };
    html! {
        <form class="confirm" aria-label="Decrypt the file" {onsubmit}>
            <p><strong>{ format!("{} is encrypted.", p.file) }</strong>{ " Enter the passphrase it was exported with." }</p>
            <TextField id="open-passphrase" label="Passphrase" kind="password" required=true autofocus=true
                value={(*pass).clone()} oninput={{ let pass = pass.clone(); Callback::from(move |v: String| pass.set(v)) }} />
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ "Decrypt" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}

/// An export encrypted with a passphrase (PBKDF2-SHA256, 600,000
/// iterations, AES-256-GCM), for sending a copy over an untrusted channel.
#[function_component]
fn EncryptedExport() -> Html {
    let store = use_store();
    let open = use_state(|| false);
    let pass = use_state(String::new);
    let repeat = use_state(String::new);
    let status = use_state(|| None::<(bool, String)>);
    let status_view = status.as_ref().map(|(ok, m)| {
        html! {
            <p class={classes!((!ok).then_some("error"))} role={if *ok { "status" } else { "alert" }}>{ m.clone() }</p>
        }
    });
    if !*open {
        let show = {
            let open = open.clone();
            let status = status.clone();
            Callback::from(move |_: MouseEvent| {
                status.set(None);
                open.set(true);
            })
        };
        return html! {
            <>
                <div class="actions">
                    <button type="button" onclick={show}>{ "Export encrypted JSON…" }</button>
                </div>
                { for status_view }
            </>
        };
    }
    let onsubmit = {
        let (pass, repeat, status, open) =
            (pass.clone(), repeat.clone(), status.clone(), open.clone());
        let assessment = store.assessment.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if pass.chars().count() < MIN_PASSPHRASE_CHARS {
                status.set(Some((false, format!("Use a passphrase of at least {MIN_PASSPHRASE_CHARS} characters, such as four unrelated words."))));
                return;
            }
            if *pass != *repeat {
                status.set(Some((
                    false,
                    "The two passphrases differ; type them again.".into(),
                )));
                return;
            }
            let now = platform::now();
            let text = domain::export(&assessment, now);
            let name = format!("{}.encrypted.json", file_stem(&assessment, now.date()));
            let passphrase = (*pass).clone();
            let (status, open, pass, repeat) =
                (status.clone(), open.clone(), pass.clone(), repeat.clone());
            status.set(Some((true, "Encrypting…".into())));
            yew::platform::spawn_local(async move {
                let done = crypto::seal(text.as_bytes(), &passphrase)
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|sealed| {
                        download::download(&name, "application/json", sealed.to_json().as_bytes())
                    });
                match done {
                    Ok(()) => {
                        pass.set(String::new());
                        repeat.set(String::new());
                        open.set(false);
                        status.set(Some((true, format!("Exported {name}, encrypted. Keep the passphrase somewhere safe: it cannot be recovered."))));
                    }
                    Err(e) => status.set(Some((false, e))),
                }
            });
        })
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <form class="confirm" aria-label="Export encrypted JSON" {onsubmit}>
            <p>{ "The file is encrypted in this browser with your passphrase (PBKDF2-SHA256 with 600,000 iterations, AES-256-GCM). Without the passphrase nobody can read it, including you." }</p>
            <div class="form-grid">
                <TextField id="seal-passphrase" label="Passphrase" kind="password" required=true autofocus=true
                    value={(*pass).clone()} oninput={{ let pass = pass.clone(); Callback::from(move |v: String| pass.set(v)) }}
                    hint={Some(AttrValue::from(format!("At least {MIN_PASSPHRASE_CHARS} characters.")))} />
                <TextField id="seal-repeat" label="Repeat the passphrase" kind="password" required=true
                    value={(*repeat).clone()} oninput={{ let repeat = repeat.clone(); Callback::from(move |v: String| repeat.set(v)) }} />
            </div>
            { for status_view }
            <button type="submit" class="primary">{ "Encrypt and export" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}

/// A link that carries the whole assessment in its fragment, for small
/// assessments. Opening it shows a preview before anything is replaced.
#[function_component]
fn ShareLink() -> Html {
    let store = use_store();
    let link = use_state(|| None::<Result<String, String>>);
    let make = {
        let link = link.clone();
        let assessment = store.assessment.clone();
        Callback::from(move |_: MouseEvent| {
            link.set(Some(
                domain::share_payload(&assessment, platform::now())
                    .map(|payload| {
                        format!(
                            "{}#share={payload}",
                            platform::page::address_without_fragment()
                        )
                    })
                    .map_err(|e| format!("No link was made: {e}.")),
            ));
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        crate::platform::event::select_text(&e);
    });
    html! {
        <>
            <div class="actions">
                <button type="button" onclick={make}>{ "Make a share link" }</button>
            </div>
            { match &*link {
                None => html! {},
                Some(Err(e)) => html! { <p class="error" role="alert">{ e.clone() }</p> },
                Some(Ok(url)) => html! {
                    <div class="field share-link">
                        <label for="share-link">{ format!("Share link ({} characters)", url.len()) }</label>
                        <input id="share-link" type="text" readonly=true value={url.clone()} onfocus={select}
                            aria-describedby="share-link-hint" />
                        <small id="share-link-hint">{ "Copy it and send it. The assessment travels in the part after #, which browsers never send to a server, but anyone who has the link can read it, and it stays in browser history: use an encrypted export for sensitive data." }</small>
                    </div>
                },
            } }
        </>
    }
}
