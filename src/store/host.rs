//! The link between an embedding host's handle (`app.exportJson()`,
//! `app.importJson(text)`) and the store of the app it mounted.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, State, Store};
use crate::domain::{self, Assessment, Timestamp};

#[derive(Default)]
struct Linked {
    assessment: Rc<Assessment>,
    dispatcher: Option<UseReducerDispatcher<State>>,
}

/// A shared cell the shell keeps up to date with its store; the host's
/// handle reads and changes the assessment through it.
#[derive(Clone, Default)]
pub struct HostLink(Rc<RefCell<Linked>>);

impl PartialEq for HostLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for HostLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HostLink")
    }
}

impl HostLink {
    /// Records the store's current assessment and dispatcher (the shell
    /// calls this on every render).
    pub fn connect(&self, store: &Store) {
        if let Ok(mut linked) = self.0.try_borrow_mut() {
            linked.assessment = store.assessment.clone();
            linked.dispatcher = Some(store.dispatcher());
        }
    }

    /// The current assessment as the text of an Annexa file.
    pub fn export(&self, now: Timestamp) -> String {
        let assessment = self.0.borrow().assessment.clone();
        domain::export(&assessment, now)
    }

    /// Validates an Annexa file and, only if all of it is valid, replaces
    /// the assessment with it. Returns a summary of what was imported.
    pub fn import(&self, text: &str) -> Result<String, String> {
        let envelope = domain::import(text.as_bytes()).map_err(|e| {
            crate::domain::text::text_with(
                crate::domain::text::msg::EMBED_NOT_IMPORTED,
                &[("why", e.to_string().into())],
            )
        })?;
        let incoming = Rc::new(envelope.assessment);
        let mut linked = self.0.borrow_mut();
        let Some(dispatcher) = linked.dispatcher.clone() else {
            return Err(crate::domain::text::text(
                crate::domain::text::msg::EMBED_NOT_RUNNING,
            ));
        };
        let summary = crate::domain::summary(&incoming);
        linked.assessment = incoming.clone();
        drop(linked);
        dispatcher.dispatch(Action::Replace(
            incoming,
            crate::domain::text::text(crate::domain::text::msg::NOTICE_HOST_IMPORTED),
        ));
        Ok(summary)
    }
}
