//! Import with a preview, and the passphrase of an encrypted file.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{make_callback, set_state, set_to, TextField};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{self, Assessment, Sealed, SealedParts};
use crate::platform::crypto;

#[derive(Clone, PartialEq)]
pub(super) enum ImportState {
    Idle,
    Reading,
    /// An encrypted file waiting for its passphrase.
    Locked {
        file: String,
        parts: Rc<SealedParts>,
        error: Option<String>,
    },
    Decrypting,
    /// The file read and validated: "Replace my data" hands `incoming`
    /// to the store as it is (the file is not parsed again).
    Preview {
        file: String,
        incoming: Rc<Assessment>,
    },
    /// A spreadsheet, mapped in the files worker.
    Sheet {
        file: String,
        bytes: Rc<[u8]>,
    },
    Failed(String),
}

/// What a file's bytes are: an import preview, an encrypted file to
/// unlock, or why they were refused. Every path ends in `domain::import`.
pub(super) fn examine(file: String, bytes: &[u8]) -> ImportState {
    if domain::import::is_spreadsheet(&file, bytes) {
        return ImportState::Sheet {
            file,
            bytes: bytes.into(),
        };
    }
    match Sealed::detect(bytes) {
        Some(Ok(parts)) => ImportState::Locked {
            file,
            parts: Rc::new(parts),
            error: None,
        },
        Some(Err(e)) => ImportState::Failed(text_with(
            msg::UI_DATA_NOT_IMPORTED,
            &[("file", file.into()), ("error", e.to_string().into())],
        )),
        None => preview(file, bytes),
    }
}

fn preview(file: String, bytes: &[u8]) -> ImportState {
    match domain::import(bytes) {
        Ok(env) => ImportState::Preview {
            file,
            incoming: Rc::new(env.assessment),
        },
        Err(e) => {
            // Every fault of the file (up to 50), not only the first.
            let faults = domain::file_problems(bytes);
            let detail = if faults.len() > 1 {
                let list: Vec<String> = faults.iter().map(ToString::to_string).collect();
                text_with(
                    msg::PG_IMPORT_PROBLEMS,
                    &[
                        ("count", faults.len().to_string().into()),
                        ("problems", list.join(" · ").into()),
                    ],
                )
            } else {
                e.to_string()
            };
            ImportState::Failed(text_with(
                msg::UI_DATA_NOT_IMPORTED,
                &[("file", file.into()), ("error", detail.into())],
            ))
        }
    }
}

/// Props of [`Unlock`].
#[derive(Properties, PartialEq)]
pub(super) struct UnlockProps {
    pub(super) file: String,
    pub(super) parts: Rc<SealedParts>,
    pub(super) error: Option<String>,
    pub(super) state: UseStateHandle<ImportState>,
}

/// Asks for the passphrase of an encrypted file, decrypts it, then goes on
/// to the ordinary validated import preview.
#[function_component]
pub(super) fn Unlock(p: &UnlockProps) -> Html {
    let pass = use_state(String::new);
    let onsubmit = make_callback(
        &(
            pass.clone(),
            p.state.clone(),
            p.parts.clone(),
            p.file.clone(),
        ),
        |(pass, state, parts, file), e: SubmitEvent| {
            e.prevent_default();
            let (passphrase, state, parts, file) =
                ((**pass).clone(), state.clone(), parts.clone(), file.clone());
            state.set(ImportState::Decrypting);
            yew::platform::spawn_local(async move {
                state.set(match crypto::open(&parts, &passphrase).await {
                    Ok(bytes) => preview(file, &bytes),
                    Err(e) => ImportState::Locked {
                        file,
                        parts,
                        error: Some(text_with(
                            msg::UI_DATA_NOT_DECRYPTED,
                            &[("error", e.to_string().into())],
                        )),
                    },
                });
            });
        },
    );
    let cancel = set_to(&p.state, ImportState::Idle);
    html! {
        <form class="confirm" aria-label={text(msg::UI_DECRYPT_THE_FILE)} {onsubmit}>
            <p><strong>{ text_with(msg::UI_DATA_FILE_ENCRYPTED, &[("file", p.file.as_str().into())]) }</strong>{ text(msg::UI_ENTER_THE_PASSPHRASE_IT_WAS_EXPORTED) }</p>
            <TextField id="open-passphrase" label={text(msg::UI_PASSPHRASE)} kind="password" required=true autofocus=true
                value={(*pass).clone()} oninput={set_state(&pass, |v| v)} />
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ text(msg::UI_DECRYPT) }</button>
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </form>
    }
}
