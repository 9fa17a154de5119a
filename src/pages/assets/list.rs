//! The asset register.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::{sort, Step};

use super::AssetForm;
use crate::components::{
    dispatch_on, emit_unit, make_callback, set_to, use_draft, use_register, Register, RowActions,
    Same, SortKey, TextField,
};
use crate::domain::text::case;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    asset_problems, asset_usage, assets_in_use, Assessment, Asset, AssetId, Impact, Method,
};
use crate::store::{use_store, Action, Draft, DraftKind, State, Store};

/// A sort column of the asset register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssetSort {
    /// The asset's id.
    Id,
    /// Its name.
    Name,
    /// Its type.
    Type,
    /// Its owner.
    Owner,
    /// Its confidentiality rating.
    Confidentiality,
    /// Its integrity rating.
    Integrity,
    /// Its availability rating.
    Availability,
}

impl SortKey for AssetSort {}

/// The assets matching the filter text, in the register's order.
fn rows<'a>(a: &'a Assessment, reg: &Register<AssetSort, String>) -> Vec<&'a Asset> {
    let q = case::lower(&reg.filter);
    let mut rows: Vec<&Asset> = a
        .assets
        .iter()
        .filter(|x| {
            q.is_empty()
                || case::lower(&x.name).contains(&q)
                || case::lower(&x.owner).contains(&q)
                || case::lower(&x.location).contains(&q)
                || case::lower(&x.asset_type.label()).contains(&q)
                || x.id.to_string().to_ascii_lowercase().contains(&q)
        })
        .collect();
    reg.order(&mut rows, |rows, key| match key {
        AssetSort::Name => sort::sort_by_key(rows, |x| case::lower(&x.name)),
        AssetSort::Type => sort::sort_by_key(rows, |x| x.asset_type.label()),
        AssetSort::Owner => sort::sort_by_key(rows, |x| case::lower(&x.owner)),
        AssetSort::Confidentiality => sort::sort_by_key(rows, |x| x.ratings.confidentiality),
        AssetSort::Integrity => sort::sort_by_key(rows, |x| x.ratings.integrity),
        AssetSort::Availability => sort::sort_by_key(rows, |x| x.ratings.availability),
        AssetSort::Id => sort::sort_by_key(rows, |x| x.id),
    });
    rows
}

/// The "Add suggested assets" button for the organisation's sector.
fn suggest(a: &Assessment, store: &Store) -> Option<Html> {
    let sector = a.context.sector?;
    let steps = a.method.impact.len();
    let existing: Vec<String> = a.assets.iter().map(|x| case::lower(&x.name)).collect();
    let new: Vec<Asset> = sector
        .suggested_assets()
        .into_iter()
        .filter(|s| !existing.contains(&case::lower(s.name)))
        .map(|s| s.to_asset(steps))
        .collect();
    let n = new.len();
    let onclick = dispatch_on(store, Action::AddAssets(new));
    Some(html! {
        <button type="button" {onclick} disabled={n == 0}>
            { text_with(msg::PG_ADD_SUGGESTED_ASSETS, &[("count", n.to_string().into()), ("sector", sector.label().into())]) }
        </button>
    })
}

/// Props of [`AssetRow`]: values only, the store's dispatcher and a
/// callback made once, so a row whose asset did not change is not
/// rendered again when the page is (typing in the asset form or the
/// filter).
#[derive(Properties, PartialEq)]
struct AssetRowProps {
    asset: Asset,
    /// True when a risk names the asset: deleting it asks first.
    used: bool,
    method: Rc<Method>,
    dispatcher: UseReducerDispatcher<State>,
    /// Asks before deleting a used asset (gets its id).
    confirm: Callback<AssetId>,
}

/// One row of the register. Delete asks first when risks name the asset
/// (`confirm` gets its id); otherwise it deletes at once, with undo.
#[function_component]
fn AssetRow(p: &AssetRowProps) -> Html {
    let (x, m) = (&p.asset, &*p.method);
    let id = x.id;
    let ondelete = if p.used {
        p.confirm.reform(move |_: MouseEvent| id)
    } else {
        make_callback(&p.dispatcher, move |d, _: MouseEvent| {
            d.dispatch(Action::DeleteAsset(id))
        })
    };
    let onedit = make_callback(
        &(p.dispatcher.clone(), x.clone()),
        |(d, x), _: MouseEvent| {
            d.dispatch(Action::SetDraft(Draft::Asset(x.clone())));
        },
    );
    let r = |i: Impact| format!("{} {}", i.0, m.impact.name(i.0));
    html! {
        <tr>
            <td class="card-title" data-label={text(msg::COL_ID)}>{ x.id.to_string() }</td>
            <td class="card-title" data-label={text(msg::COL_NAME)}>{ x.name.clone() }</td>
            <td data-label={text(msg::COL_TYPE)}>{ x.asset_type.label() }</td>
            <td data-label={text(msg::COL_OWNER)}>{ if x.owner.is_empty() { html! { <span class="missing">{ text(msg::PG_NO_OWNER) }</span> } } else { html! { x.owner.clone() } } }</td>
            <td data-label={text(msg::COL_CONFIDENTIALITY)}>{ r(x.ratings.confidentiality) }</td>
            <td data-label={text(msg::COL_INTEGRITY)}>{ r(x.ratings.integrity) }</td>
            <td data-label={text(msg::COL_AVAILABILITY)}>{ r(x.ratings.availability) }</td>
            <RowActions name={format!("{} {}", x.id, x.name)} {onedit} ondelete={Some(ondelete)} />
        </tr>
    }
}

/// The Assets page.
#[function_component]
pub fn AssetsPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_draft(|d| d.asset.clone(), Draft::Asset, DraftKind::Asset);
    let reg = use_register(AssetSort::Id, String::new());
    let error = use_state(|| None::<String>);

    let rows = rows(&a, &reg);
    let blank = Asset::new_default(&a.method);
    let add = make_callback(
        &(draft.set.clone(), error.clone()),
        move |(open, error), _: MouseEvent| {
            error.set(None);
            open.emit(blank.clone());
        },
    );
    let onsave = make_callback(
        &(draft.clear.clone(), store.clone(), error.clone()),
        |(clear, store, error), x: Asset| {
            if let Some(p) = asset_problems(&store.assessment, &x).into_iter().next() {
                error.set(Some(p.message));
                return;
            }
            store.dispatch(Action::UpsertAsset(x));
            error.set(None);
            clear.emit(());
        },
    );
    let form = draft.value.as_ref().map(|d| {
        html! {
            <AssetForm asset={d.clone()} error={(*error).clone()} onchange={draft.set.clone()}
                {onsave} oncancel={draft.clear.clone()} />
        }
    });
    let confirming = use_state(|| None::<AssetId>);
    let confirm = {
        let confirming = confirming.clone();
        use_callback((), move |id: AssetId, _| confirming.set(Some(id)))
    };
    // Which assets risks name, once per version of the assessment.
    let in_use = use_memo(Same(a.clone()), |a| assets_in_use(&a.0));
    let method = use_memo(a.method.clone(), |m| m.clone());
    let dispatcher = store.dispatcher();
    let body = reg.window(&rows).iter().map(|x| {
        html! {
            <AssetRow key={x.id.to_string()} asset={(*x).clone()} used={in_use.contains(&x.id)}
                method={method.clone()} dispatcher={dispatcher.clone()} confirm={confirm.clone()} />
        }
    });
    let confirm_panel = confirming.and_then(|id| {
        let name = a.asset(id)?.name.clone();
        Some(html! { <DeleteAssetConfirm asset={id} {name} onclose={set_to(&confirming, None)} /> })
    });
    let onfilter = reg.onfilter(|v: String, _| v);
    html! {
        <section class="page assets">
            <h1>{ text(msg::PG_ASSETS) }</h1>
            <p class="lead">{ text(msg::PG_THE_INFORMATION_SYSTEMS_PEOPLE_AND_SUPPLIERS) }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ text(msg::PG_ADD_ASSET) }</button>
                { for suggest(&a, &store) }
            </div>
            { for form }
            { for confirm_panel }
            <TextField id="asset-filter" label={text(msg::PG_FILTER_ASSETS)} value={(*reg.filter).clone()} oninput={onfilter} placeholder={text(msg::PG_ASSET_FILTER_PLACEHOLDER)} />
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ text(msg::PG_ASSET_REGISTER) }</caption>
                    <thead><tr>
                        { reg.header(text(msg::COL_ID), AssetSort::Id) }
                        { reg.header(text(msg::COL_NAME), AssetSort::Name) }
                        { reg.header(text(msg::COL_TYPE), AssetSort::Type) }
                        { reg.header(text(msg::COL_OWNER), AssetSort::Owner) }
                        { reg.header(text(msg::COL_C), AssetSort::Confidentiality) }
                        { reg.header(text(msg::COL_I), AssetSort::Integrity) }
                        { reg.header(text(msg::COL_A), AssetSort::Availability) }
                        <th scope="col">{ text(msg::COL_ACTIONS) }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(rows.len()) }
            <StepNav step={Step::Assets} />
        </section>
    }
}

/// Props of [`DeleteAssetConfirm`].
#[derive(Properties, PartialEq)]
pub struct DeleteAssetConfirmProps {
    /// The asset to delete.
    pub asset: AssetId,
    /// Its name.
    pub name: AttrValue,
    /// Closes the question (after deleting or cancelling).
    pub onclose: Callback<()>,
}

/// Asks before deleting an asset that risks name, listing them and the
/// ones it would leave with no asset.
#[function_component]
pub fn DeleteAssetConfirm(p: &DeleteAssetConfirmProps) -> Html {
    let store = use_store();
    let (head, lines) = asset_usage(&store.assessment, p.asset).describe(&p.name);
    let id = p.asset;
    let delete = make_callback(
        &(store.clone(), p.onclose.clone()),
        move |(store, close), _: MouseEvent| {
            store.dispatch(Action::DeleteAsset(id));
            close.emit(());
        },
    );
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="asset-delete-title">
            <p id="asset-delete-title">{ head }</p>
            <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            <button type="button" class="danger" onclick={delete}>{ text_with(msg::PG_DELETE_ITEM, &[("id", p.asset.to_string().into()), ("name", p.name.to_string().into())]) }</button>
            <button type="button" onclick={emit_unit(&p.onclose)}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}
