//! A host's theme (the config's `theme` key) on the app's root element.

use yew::NodeRef;

use crate::platform;
use crate::store::Theme;

/// Sets the theme's `--ax-*` custom properties on the element behind `root`.
/// The values were checked when the config was read (colours, font names,
/// lengths).
pub fn apply(root: &NodeRef, theme: &Theme) {
    if theme.0.is_empty() {
        return;
    }
    platform::theme::set_properties(
        root,
        theme
            .0
            .iter()
            .map(|(var, value)| (var.property(), value.as_str())),
    );
}
