//! A host's theme on the app's root element, through the CSSOM
//! (`style.setProperty`). The Content-Security-Policy allows the CSSOM; a
//! `style` attribute in markup would need `'unsafe-inline'`.

use yew::NodeRef;

use crate::app::Theme;

/// Sets the theme's `--ax-*` custom properties on the element behind `root`.
pub fn apply(root: &NodeRef, theme: &Theme) {
    if !super::IN_BROWSER || theme.0.is_empty() {
        return;
    }
    let Some(el) = root.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    for (var, value) in &theme.0 {
        // The values were checked (colours, font names, lengths); a value
        // the browser still refuses is ignored like any invalid CSS.
        style.set_property(var.property(), value).ok();
    }
}
