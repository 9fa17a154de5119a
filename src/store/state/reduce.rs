//! The reducer: each [`Action`] applied to the state. It holds no rule of
//! its own; it calls into the domain. [`State::reduce`] is a dispatcher:
//! each area's actions are applied in a file of its own under `reduce/`.

use crate::domain::text::{msg, text, text_with};
use std::rc::Rc;

use yew::prelude::*;

use super::{Action, Drafts, State};
use crate::domain::{self, Assessment};

mod assets;
mod context;
mod drafts;
mod files;
mod gap;
mod risks;
mod session;
mod soa;

impl State {
    /// The same state with `drafts` changed by `f`.
    fn with_drafts(&self, f: impl FnOnce(&mut Drafts)) -> State {
        let mut drafts = (*self.drafts).clone();
        f(&mut drafts);
        State {
            drafts: Rc::new(drafts),
            draft_revision: self.draft_revision + 1,
            ..self.clone()
        }
    }

    /// The same state without drafts (a new assessment replaced the old).
    fn without_drafts(mut self) -> State {
        if !self.drafts.is_empty() {
            self.drafts = Rc::default();
            self.draft_revision += 1;
        }
        self
    }

    fn changed(&self, assessment: Assessment, notice: Option<String>) -> State {
        self.changed_to(Rc::new(assessment), notice)
    }

    /// [`State::changed`] to an assessment already shared (no copy).
    fn changed_to(&self, assessment: Rc<Assessment>, notice: Option<String>) -> State {
        State {
            assessment,
            revision: self.revision + 1,
            notice,
            undo: None,
            ..self.clone()
        }
    }

    /// A change made by `edit` on a copy of the assessment.
    fn edit(&self, edit: impl FnOnce(&mut Assessment)) -> State {
        let mut a = (*self.assessment).clone();
        edit(&mut a);
        self.changed(a, None)
    }

    /// An edit the domain refused: the data stays as it was, and the
    /// notice says why.
    fn refused(&self, why: Option<domain::Error>) -> State {
        State {
            notice: Some(why.map_or_else(
                || text(msg::NOTICE_NOT_MADE),
                |e| text_with(msg::NOTICE_NOT_MADE_BECAUSE, &[("why", e.message.into())]),
            )),
            ..self.clone()
        }
    }

    /// A deletion that can be undone.
    fn delete(&self, what: String, edit: impl FnOnce(&mut Assessment)) -> State {
        let mut next = self.edit(edit);
        next.notice = Some(text_with(
            msg::NOTICE_DELETED,
            &[("what", what.as_str().into())],
        ));
        next.undo = Some((self.assessment.clone(), what));
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        use Action as A;
        // One area per file of `reduce/`; each returns `None` when nothing
        // changed, so the same `Rc` goes back and nothing renders again.
        let next = match action {
            a @ (A::Import { .. }
            | A::ImportSheet { .. }
            | A::DismissImportError
            | A::Replace(..)
            | A::LoadExample
            | A::New
            | A::Clear) => self.reduce_files(a),
            a @ (A::SetOrganisation(..)
            | A::SetContext(..)
            | A::SetMethod(..)
            | A::ResizeMethod(..)
            | A::CycleCell(..)
            | A::SetDocumentControl(..)
            | A::SetQuantSettings(..)) => self.reduce_context(a),
            a @ (A::UpsertAsset(..) | A::AddAssets(..) | A::DeleteAsset(..)) => {
                self.reduce_assets(a)
            }
            a @ (A::UpsertRisk(..) | A::DeleteRisk(..) | A::MarkControlDone(..)) => {
                self.reduce_risks(a)
            }
            a @ (A::SetSoaEntry(..)
            | A::SetSoaDocument(..)
            | A::DecideSoa(..)
            | A::CommitSoaDrafts) => self.reduce_soa(a),
            a @ (A::SetDraft(..) | A::ClearDraft(..)) => self.reduce_drafts(a),
            a @ (A::SetAnswer(..) | A::SetGapMode(..) | A::SetGapSize(..) | A::ContinueFromGap) => {
                self.reduce_gap(a)
            }
            a @ (A::Undo
            | A::Saved(..)
            | A::ExternalChange
            | A::KeepMine(..)
            | A::SaveFailed(..)
            | A::StorageUnavailable(..)
            | A::DismissNotice
            | A::DismissRecovery
            | A::LoadRepaired
            | A::SaveRefused { .. }
            | A::ProseArrived(..)) => self.reduce_session(a),
        };
        next.map_or(self, Rc::new)
    }
}
