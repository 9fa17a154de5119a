//! Printing the current page through the browser's print dialog.

/// Opens the browser's print dialog for the page (the print CSS decides
/// what is on paper).
pub fn print_page() -> Result<(), String> {
    let fail = |what: &str| {
        format!("the print dialog could not open ({what}); use your browser's own Print command")
    };
    if !super::IN_BROWSER {
        return Err(fail("not running in a browser"));
    }
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    window.print().map_err(|_| fail("the browser refused"))
}
