//! The asset inventory: add, edit, add suggested, delete (with undo).

use crate::domain;
use crate::domain::text::{msg, text_with};
use crate::store::{Action, State};

impl State {
    /// Applies the asset actions; `None` when the state stays as it is (the
    /// same `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_assets(&self, action: Action) -> Option<State> {
        let next = match action {
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
                    text_with(msg::NOTICE_SUGGESTED_ADDED, &[("count", n.into())])
                } else {
                    let why = next
                        .assessment
                        .next_asset_id()
                        .err()
                        .map_or(String::new(), |e| format!(" ({})", e.message));
                    text_with(
                        msg::NOTICE_SUGGESTED_PARTLY,
                        &[
                            ("added", added.into()),
                            ("count", n.into()),
                            ("why", why.into()),
                        ],
                    )
                });
                next
            }
            Action::DeleteAsset(id) => {
                let name = self
                    .assessment
                    .asset(id)
                    .map_or(String::new(), |x| x.name.clone());
                self.delete(
                    text_with(
                        msg::UNDO_ASSET,
                        &[("id", id.to_string().into()), ("name", name.into())],
                    ),
                    |a| domain::delete_asset(a, id),
                )
            }
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
