//! Exports: CSV, encrypted JSON, share links.

use yew::prelude::*;

use crate::components::{make_callback, set_state, set_to, TextField};
use crate::domain::file_stem;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{self, Assessment, MIN_PASSPHRASE_CHARS};
use crate::platform::{self, crypto, download};
use crate::store::use_store;

/// A CSV export of the Data page (the XLSX workbook comes from the files
/// worker, see `render`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The Statement of Applicability as CSV.
    SoaCsv,
    /// The risk register as CSV.
    RiskRegisterCsv,
}

impl ExportKind {
    /// The file name, media type and bytes of this export of `a`.
    pub fn file(self, a: &Assessment) -> Result<(String, &'static str, Vec<u8>), String> {
        let today = platform::now().date();
        let stem = file_stem(a, today);
        match self {
            ExportKind::SoaCsv => Ok((
                format!("{stem}-soa.csv"),
                "text/csv",
                domain::report::soa_csv(&domain::generate_soa(a)).into_bytes(),
            )),
            ExportKind::RiskRegisterCsv => Ok((
                format!("{stem}-risk-register.csv"),
                "text/csv",
                domain::report::risk_register_csv(a).into_bytes(),
            )),
        }
    }

    /// Downloads this export of `a`; the file's name, or why it failed.
    pub fn download(self, a: &Assessment) -> Result<String, String> {
        let (name, mime, bytes) = self.file(a)?;
        download::download(&name, mime, &bytes).map(|_| name)
    }
}

/// An export encrypted with a passphrase (PBKDF2-SHA256, 600,000
/// iterations, AES-256-GCM), for sending a copy over an untrusted channel.
#[function_component]
pub(super) fn EncryptedExport() -> Html {
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
        let show = make_callback(
            &(open.clone(), status.clone()),
            |(open, status), _: MouseEvent| {
                status.set(None);
                open.set(true);
            },
        );
        return html! {
            <>
                <div class="actions">
                    <button type="button" onclick={show}>{ text(msg::UI_EXPORT_ENCRYPTED_JSON) }</button>
                </div>
                { for status_view }
            </>
        };
    }
    let onsubmit = make_callback(
        &(
            pass.clone(),
            repeat.clone(),
            status.clone(),
            open.clone(),
            store.assessment.clone(),
        ),
        |(pass, repeat, status, open, assessment), e: SubmitEvent| {
            e.prevent_default();
            seal_and_download(pass, repeat, status, open, assessment);
        },
    );
    let cancel = set_to(&open, false);
    html! {
        <form class="confirm" aria-label={text(msg::UI_EXPORT_ENCRYPTED_JSON_2)} {onsubmit}>
            <p>{ text(msg::UI_THE_FILE_IS_ENCRYPTED_IN_THIS) }</p>
            <div class="form-grid">
                <TextField id="seal-passphrase" label={text(msg::UI_PASSPHRASE)} kind="password" required=true autofocus=true
                    value={(*pass).clone()} oninput={set_state(&pass, |v| v)}
                    hint={Some(AttrValue::from(text_with(msg::UI_DATA_PASSPHRASE_HINT, &[("chars", MIN_PASSPHRASE_CHARS.to_string().into())])))} />
                <TextField id="seal-repeat" label={text(msg::UI_REPEAT_THE_PASSPHRASE)} kind="password" required=true
                    value={(*repeat).clone()} oninput={set_state(&repeat, |v| v)} />
            </div>
            { for status_view }
            <button type="submit" class="primary">{ text(msg::UI_ENCRYPT_AND_EXPORT) }</button>
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </form>
    }
}

/// Checks the two passphrases, then encrypts the assessment in the browser
/// and offers it as a download; every outcome goes to `status`.
fn seal_and_download(
    pass: &UseStateHandle<String>,
    repeat: &UseStateHandle<String>,
    status: &UseStateHandle<Option<(bool, String)>>,
    open: &UseStateHandle<bool>,
    assessment: &domain::Assessment,
) {
    if pass.chars().count() < MIN_PASSPHRASE_CHARS {
        status.set(Some((
            false,
            text_with(
                msg::UI_DATA_PASSPHRASE_SHORT,
                &[("chars", MIN_PASSPHRASE_CHARS.to_string().into())],
            ),
        )));
        return;
    }
    if **pass != **repeat {
        status.set(Some((false, text(msg::UI_DATA_PASSPHRASES_DIFFER))));
        return;
    }
    let now = platform::now();
    let text = domain::export(assessment, now);
    let name = format!("{}.encrypted.json", file_stem(assessment, now.date()));
    let passphrase = (*pass).clone();
    let (status, open, pass, repeat) = (status.clone(), open.clone(), pass.clone(), repeat.clone());
    status.set(Some((
        true,
        crate::domain::text::text(msg::UI_DATA_ENCRYPTING),
    )));
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
                status.set(Some((
                    true,
                    text_with(
                        msg::UI_DATA_EXPORTED_ENCRYPTED,
                        &[("file", name.as_str().into())],
                    ),
                )));
            }
            Err(e) => status.set(Some((false, e))),
        }
    });
}

/// A link that carries the whole assessment in its fragment, for small
/// assessments. Opening it shows a preview before anything is replaced.
#[function_component]
pub(super) fn ShareLink() -> Html {
    let store = use_store();
    let link = use_state(|| None::<Result<String, String>>);
    let make = make_callback(
        &(link.clone(), store.assessment.clone()),
        |(link, assessment), _: MouseEvent| {
            let json = domain::share_json(assessment, platform::now());
            let link = link.clone();
            // Deflating is asynchronous (the browser's CompressionStream,
            // platform::compress): the link shows when it is ready.
            yew::platform::spawn_local(async move {
                let packed = match json {
                    Ok(json) => platform::compress::deflate_raw(&json).await.map_err(|why| {
                        domain::Error::new(
                            domain::ErrorKind::Io,
                            text_with(
                                msg::UI_SHARE_COMPRESS_FAILED,
                                &[("why", why.to_string().into())],
                            ),
                        )
                    }),
                    Err(e) => Err(e),
                };
                link.set(Some(
                    packed
                        .and_then(|packed| domain::share_payload_of(&packed))
                        .map(|payload| {
                            format!(
                                "{}#share={payload}",
                                platform::page::address_without_fragment()
                            )
                        })
                        .map_err(|e| {
                            text_with(msg::UI_DATA_NO_LINK, &[("error", e.to_string().into())])
                        }),
                ));
            });
        },
    );
    let select = Callback::from(|e: FocusEvent| {
        crate::platform::event::select_text(&e);
    });
    html! {
        <>
            <div class="actions">
                <button type="button" onclick={make}>{ text(msg::UI_MAKE_A_SHARE_LINK) }</button>
            </div>
            { match &*link {
                None => html! {},
                Some(Err(e)) => html! { <p class="error" role="alert">{ e.clone() }</p> },
                Some(Ok(url)) => html! {
                    <div class="field share-link">
                        <label for="share-link">{ text_with(msg::UI_DATA_SHARE_LINK, &[("chars", url.len().to_string().into())]) }</label>
                        <input id="share-link" type="text" readonly=true value={url.clone()} onfocus={select}
                            aria-describedby="share-link-hint" />
                        <small id="share-link-hint">{ text(msg::UI_COPY_IT_AND_SEND_IT_THE) }</small>
                    </div>
                },
            } }
        </>
    }
}
