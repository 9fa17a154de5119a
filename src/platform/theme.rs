//! CSS custom properties on an element, through the CSSOM
//! (`style.setProperty`). The Content-Security-Policy allows the CSSOM; a
//! `style` attribute in markup would need `'unsafe-inline'`.

use yew::NodeRef;

/// Sets each `(property, value)` pair on the element behind `root`. A value
/// the browser refuses is ignored, like any invalid CSS.
pub fn set_properties<'a>(
    root: &NodeRef,
    properties: impl IntoIterator<Item = (&'a str, &'a str)>,
) {
    if !super::IN_BROWSER {
        return;
    }
    let Some(el) = root.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    for (property, value) in properties {
        style.set_property(property, value).ok();
    }
}
