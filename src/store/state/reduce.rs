//! The reducer: each [`Action`] applied to the state. It holds no rule of
//! its own; it calls into the domain.

use std::rc::Rc;

use yew::prelude::*;

use super::{Action, Draft, DraftKind, Drafts, Persistence, ProseStatus, State};
use crate::domain::text::{msg, text_with, Arg};
use crate::domain::{self, Assessment};

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
                || "The change was not made.".to_owned(),
                |e| format!("The change was not made: {}.", e.message),
            )),
            ..self.clone()
        }
    }

    /// A deletion that can be undone.
    fn delete(&self, what: String, edit: impl FnOnce(&mut Assessment)) -> State {
        let mut next = self.edit(edit);
        next.notice = Some(format!("Deleted {what}."));
        next.undo = Some((self.assessment.clone(), what));
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Import { name, bytes } => match domain::import(&bytes) {
                Ok(envelope) => {
                    let mut next = self.changed(
                        envelope.assessment,
                        Some(text_with(
                            msg::UI_IMPORTED_FILE,
                            &[("file", name.to_string().into())],
                        )),
                    );
                    next.import_error = None;
                    next.without_drafts()
                }
                Err(e) => {
                    // Every fault the file has (up to 50), not only the first.
                    let faults = domain::file_problems(&bytes);
                    let detail = if faults.len() > 1 {
                        let list: Vec<String> = faults.iter().map(ToString::to_string).collect();
                        format!("{} problems: {}", faults.len(), list.join(" · "))
                    } else {
                        e.to_string()
                    };
                    State {
                        import_error: Some(format!(
                            "{name} was not imported, and your data is unchanged. {detail}"
                        )),
                        ..(*self).clone()
                    }
                }
            },
            Action::ImportSheet {
                name,
                bytes,
                new,
                updated,
            } => match domain::import(&bytes) {
                Ok(envelope) => {
                    let mut next = self.changed(
                        envelope.assessment,
                        Some(text_with(
                            msg::UI_IMPORTED_MERGED,
                            &[
                                ("file", name.to_string().into()),
                                ("new", new.to_string().into()),
                                ("updated", updated.to_string().into()),
                            ],
                        )),
                    );
                    next.undo = Some((
                        self.assessment.clone(),
                        format!("the data before importing {name}"),
                    ));
                    next.import_error = None;
                    next.without_drafts()
                }
                Err(e) => State {
                    import_error: Some(format!(
                        "{name} was not imported, and your data is unchanged. {e}"
                    )),
                    ..(*self).clone()
                },
            },
            Action::ProseArrived(result) => {
                let installed = result
                    .map_err(|detail| {
                        text_with(msg::PROSE_LOAD_FAILED, &[("detail", Arg::from(detail))])
                    })
                    .and_then(|json| {
                        domain::catalogue::prose::install(&json).map_err(|e| e.to_string())
                    });
                match installed {
                    Ok(()) => State {
                        prose: ProseStatus::Ready,
                        ..(*self).clone()
                    },
                    Err(e) => State {
                        notice: Some(e.clone()),
                        prose: ProseStatus::Failed(e),
                        ..(*self).clone()
                    },
                }
            }
            Action::DismissImportError => State {
                import_error: None,
                ..(*self).clone()
            },
            Action::Replace(a, notice) => {
                let mut next = self.changed_to(a, Some(notice));
                next.import_error = None;
                next.without_drafts()
            }
            Action::LoadExample => self
                .changed(
                    domain::example(),
                    Some("Loaded the example assessment.".into()),
                )
                .without_drafts(),
            Action::New => self
                .changed(
                    (*self.blank).clone(),
                    Some("Started a new assessment.".into()),
                )
                .without_drafts(),
            Action::Clear => self
                .changed((*self.blank).clone(), Some("All data was cleared.".into()))
                .without_drafts(),
            Action::SetOrganisation(name) => self.edit(|a| a.context.organisation = name),
            Action::SetContext(c) => self.edit(|a| a.context = c),
            Action::SetMethod(m) => self.edit(|a| a.method = m),
            Action::ResizeMethod(l, i) => {
                let mut moved = Vec::new();
                let mut next = self.edit(|a| moved = domain::resize_method(a, l, i).lines());
                if !moved.is_empty() {
                    // Undo brings back the scales and every rating at once.
                    next.notice = Some(format!("Changed the scales: {}.", moved.join("; ")));
                    next.undo = Some((
                        self.assessment.clone(),
                        "the scales and ratings before the change".into(),
                    ));
                }
                next
            }
            Action::CycleCell(l, i) => self.edit(|a| a.method.cycle_cell(l, i)),
            Action::UpsertAsset(x) => {
                let mut a = (*self.assessment).clone();
                match domain::upsert_asset(&mut a, x) {
                    Some(_) => self.changed(a, None),
                    None => self.refused(self.assessment.next_asset_id().err()),
                }
            }
            Action::AddAssets(list) => {
                let n = list.len();
                let mut a = (*self.assessment).clone();
                let mut added = 0usize;
                for x in list {
                    if domain::upsert_asset(&mut a, x).is_some() {
                        added += 1;
                    }
                }
                let mut next = self.changed(a, None);
                next.notice = Some(if added == n {
                    format!("Added {n} suggested asset(s).")
                } else {
                    let why = next
                        .assessment
                        .next_asset_id()
                        .err()
                        .map_or(String::new(), |e| format!(" ({})", e.message));
                    format!("Added {added} of {n} suggested asset(s){why}.")
                });
                next
            }
            Action::DeleteAsset(id) => {
                let name = self
                    .assessment
                    .asset(id)
                    .map_or(String::new(), |x| x.name.clone());
                self.delete(format!("asset {id} {name}"), |a| {
                    domain::delete_asset(a, id)
                })
            }
            Action::UpsertRisk(r) => {
                let mut a = (*self.assessment).clone();
                match domain::upsert_risk(&mut a, *r) {
                    Some(_) => self.changed(a, None),
                    None => self.refused(self.assessment.next_risk_id().err()),
                }
            }
            Action::DeleteRisk(id) => {
                let title = self
                    .assessment
                    .risk(id)
                    .map_or(String::new(), |x| x.title.clone());
                self.delete(format!("risk {id} {title}"), |a| domain::delete_risk(a, id))
            }
            Action::MarkControlDone(risk, control) => {
                let mut a = (*self.assessment).clone();
                match domain::mark_control_done(&mut a, risk, control) {
                    Ok(()) => self.changed(a, None),
                    Err(e) => self.refused(Some(e)),
                }
            }
            Action::SetSoaEntry(id, e) => self.edit(|a| domain::set_soa_entry(a, id, e)),
            Action::SetSoaDocument(d) => self.edit(|a| a.soa.document = d),
            Action::DecideSoa(controls, decision) => {
                let mut a = (*self.assessment).clone();
                match domain::decide_soa(&mut a, &controls, &decision) {
                    Ok(0) => State {
                        notice: Some(
                            "No control changed: the controls shown already have this decision, or risks use them.".to_owned(),
                        ),
                        ..(*self).clone()
                    },
                    Ok(n) => {
                        let what = if n == 1 { "control" } else { "controls" };
                        let mut next =
                            self.changed(a, Some(format!("Decided {n} {what} of the SoA.")));
                        next.undo = Some((
                            self.assessment.clone(),
                            format!("the SoA as it was before deciding {n} {what}"),
                        ));
                        if matches!(decision, domain::SoaBulkDecision::Exclude(_)) {
                            next = next.with_drafts(|d| d.soa_bulk.clear());
                        }
                        next
                    }
                    Err(e) => self.refused(Some(e)),
                }
            }
            Action::SetDocumentControl(kind, c) => {
                self.edit(|a| domain::documents::set_document_control(a, kind, *c))
            }
            Action::Undo => match &self.undo {
                Some((before, what)) => {
                    let mut next =
                        self.changed((**before).clone(), Some(format!("Restored {what}.")));
                    next.undo = None;
                    next
                }
                None => return self,
            },
            Action::Saved(rev, stored, at) => {
                if matches!(self.persistence, Persistence::MemoryOnly(_)) {
                    return self;
                }
                let persistence = if rev == self.revision {
                    Persistence::Saved
                } else {
                    self.persistence.clone()
                };
                if stored == self.stored_revision && persistence == self.persistence {
                    return self;
                }
                State {
                    persistence,
                    stored_revision: stored,
                    last_saved: Some(at),
                    ..(*self).clone()
                }
            }
            Action::ExternalChange => {
                if self.conflict {
                    return self;
                }
                State {
                    conflict: true,
                    ..(*self).clone()
                }
            }
            Action::KeepMine(stored) => State {
                conflict: false,
                stored_revision: stored,
                // A new revision makes the autosave write this tab's data.
                revision: self.revision + 1,
                notice: Some(
                    "Kept the data in this tab; it now replaces what the other tab saved.".into(),
                ),
                ..(*self).clone()
            },
            Action::SaveFailed(why) => State {
                persistence: Persistence::SaveFailed(why),
                ..(*self).clone()
            },
            Action::StorageUnavailable(why) => State {
                persistence: Persistence::MemoryOnly(why),
                ..(*self).clone()
            },
            Action::DismissNotice => State {
                notice: None,
                ..(*self).clone()
            },
            Action::DismissRecovery => State {
                recovery: None,
                ..(*self).clone()
            },
            Action::LoadRepaired => {
                let Some(r) = &self.recovery else {
                    return self;
                };
                let Some(repaired) = &r.repaired else {
                    return self;
                };
                let notice = domain::text::text_with(
                    domain::text::msg::RECOVERY_LOADED,
                    &[
                        ("count", r.changes.len().into()),
                        ("key", r.backup_key.as_str().into()),
                    ],
                );
                let mut next = self.changed((**repaired).clone(), Some(notice));
                next.recovery = None;
                next
            }
            Action::SaveRefused { field, problem } => State {
                persistence: Persistence::Refused { field, problem },
                ..(*self).clone()
            },
            Action::SetAnswer(id, answer) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_answer(id, answer);
                self.changed(a, None)
            }
            Action::SetGapMode(mode) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_mode(mode);
                self.changed(a, None)
            }
            Action::SetGapSize(size) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_size(size);
                self.changed(a, None)
            }
            Action::SetQuantSettings(s) => self.edit(|a| a.quant_settings = s),
            Action::SetDraft(draft) => self.with_drafts(|d| match draft {
                Draft::Risk(r) => d.risk = Some(*r),
                Draft::Asset(x) => d.asset = Some(x),
                Draft::Treatment(r) => d.treatment = Some(*r),
                Draft::Soa(id, e) => {
                    d.soa.insert(id, e);
                }
                Draft::SoaBulk(text) => d.soa_bulk = text,
            }),
            Action::ClearDraft(kind) => self.with_drafts(|d| match kind {
                DraftKind::Risk => d.risk = None,
                DraftKind::Asset => d.asset = None,
                DraftKind::Treatment => d.treatment = None,
            }),
            Action::CommitSoaDrafts => {
                if self.drafts.soa.is_empty() {
                    return self;
                }
                let entries = self.drafts.soa.clone();
                let mut next = self.edit(|a| {
                    for (id, e) in entries {
                        domain::set_soa_entry(a, id, e);
                    }
                });
                next = next.with_drafts(|d| d.soa.clear());
                next
            }
            Action::ContinueFromGap => {
                let mut a = (*self.assessment).clone();
                let done = domain::continue_to_full(&mut a);
                self.changed(a, Some(done.summary()))
            }
        };
        Rc::new(next)
    }
}
