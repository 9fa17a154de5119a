//! The context and the method: the organisation, the risk criteria's
//! scales and matrix, the documents' control blocks, the simulation's
//! settings.

use crate::domain;
use crate::domain::text::{msg, text, text_with};
use crate::store::{Action, State};

impl State {
    /// Applies the context and method actions; `None` when the state stays as
    /// it is (the same `Rc`, so nothing renders again). [`State::reduce`] sends
    /// only these actions here.
    pub(super) fn reduce_context(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::SetOrganisation(name) => self.edit(|a| a.context.organisation = name),
            Action::SetContext(c) => self.edit(|a| a.context = c),
            Action::SetMethod(m) => self.edit(|a| a.method = m),
            Action::ResizeMethod(l, i) => {
                let mut moved = Vec::new();
                let mut next = self.edit(|a| moved = domain::resize_method(a, l, i).lines());
                if !moved.is_empty() {
                    // Undo brings back the scales and every rating at once.
                    next.notice = Some(text_with(
                        msg::NOTICE_SCALES_CHANGED,
                        &[("lines", moved.join("; ").into())],
                    ));
                    next.undo = Some((self.assessment.clone(), text(msg::UNDO_SCALES)));
                }
                next
            }
            Action::CycleCell(l, i) => self.edit(|a| a.method.cycle_cell(l, i)),
            Action::SetDocumentControl(kind, c) => {
                self.edit(|a| domain::documents::set_document_control(a, kind, *c))
            }
            Action::SetQuantSettings(s) => self.edit(|a| a.quant_settings = s),
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
