//! Downloads made in the page: a Blob, an object URL and a click. Nothing
//! leaves the machine.

use wasm_bindgen::JsCast;

use crate::domain::text::{msg, text, text_with, MessageId};

/// File names are made safe by the domain, where they are unit-tested.
pub use crate::domain::sanitise_filename;

/// Offers `bytes` as a download called `filename`.
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: MessageId| text_with(msg::DOWNLOAD_FAILED, &[("what", text(what).into())]);
    if !super::IN_BROWSER {
        return Err(fail(msg::REASON_NO_BROWSER));
    }
    let window = web_sys::window().ok_or_else(|| fail(msg::REASON_NO_WINDOW))?;
    let document = window
        .document()
        .ok_or_else(|| fail(msg::REASON_NO_DOCUMENT))?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail(msg::REASON_BLOB))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail(msg::REASON_OBJECT_URL))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail(msg::REASON_LINK))?
        .dyn_into()
        .map_err(|_| fail(msg::REASON_LINK))?;
    anchor.set_href(&url);
    anchor.set_download(&sanitise_filename(filename));
    anchor.set_class_name("annexa-hidden");
    if let Some(body) = document.body() {
        body.append_child(&anchor).ok();
        anchor.click();
        body.remove_child(&anchor).ok();
    } else {
        anchor.click();
    }
    // Revoke later: some browsers read the URL after the click returns.
    let revoke = url.clone();
    gloo::timers::callback::Timeout::new(10_000, move || {
        web_sys::Url::revoke_object_url(&revoke).ok();
    })
    .forget();
    Ok(())
}

/// Offers the assessment as an Annexa JSON download named after the
/// organisation and today's date; `Ok` holds the file name.
pub fn download_json(a: &crate::domain::Assessment) -> Result<String, String> {
    let now = super::now();
    let text = crate::domain::export(a, now);
    let name = format!("{}.json", crate::domain::file_stem(a, now.date()));
    download(&name, "application/json", text.as_bytes()).map(|()| name)
}

/// Offers the text stored under `key` (a backup the app set aside) as a
/// `.txt` download. Nothing happens when the key holds nothing.
pub fn download_backup(key: &str) {
    if let Ok(Some(text)) = super::storage::read(key) {
        download(&format!("{key}.txt"), "text/plain", text.as_bytes()).ok();
    }
}
