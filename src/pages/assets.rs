//! The asset register.

use yew::prelude::*;

use crate::components::{Choice, Pager, ScaleChoice, SortHeader, TextField, PAGE};
use crate::domain::catalogue::{snake, AssetType};
use crate::domain::{asset_problems, Asset, Cia, Impact};
use crate::store::{use_store, Action};

/// The Assets page.
#[function_component]
pub fn AssetsPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_state(|| None::<Asset>);
    let filter = use_state(String::new);
    let sort = use_state(|| (AttrValue::from("id"), true));
    let page = use_state(|| 0usize);
    let error = use_state(|| None::<String>);

    let onsort = {
        let sort = sort.clone();
        Callback::from(move |col: AttrValue| {
            let asc = if sort.0 == col { !sort.1 } else { true };
            sort.set((col, asc));
        })
    };
    let q = filter.to_lowercase();
    let mut rows: Vec<&Asset> = a
        .assets
        .iter()
        .filter(|x| {
            q.is_empty()
                || x.name.to_lowercase().contains(&q)
                || x.owner.to_lowercase().contains(&q)
                || x.location.to_lowercase().contains(&q)
                || x.asset_type.label().to_lowercase().contains(&q)
                || x.id.to_string().to_lowercase().contains(&q)
        })
        .collect();
    match sort.0.as_str() {
        "name" => rows.sort_by_key(|x| x.name.to_lowercase()),
        "type" => rows.sort_by_key(|x| x.asset_type.label()),
        "owner" => rows.sort_by_key(|x| x.owner.to_lowercase()),
        "c" => rows.sort_by_key(|x| x.ratings.confidentiality),
        "i" => rows.sort_by_key(|x| x.ratings.integrity),
        "a" => rows.sort_by_key(|x| x.ratings.availability),
        _ => rows.sort_by_key(|x| x.id),
    }
    if !sort.1 {
        rows.reverse();
    }
    let total = rows.len();
    let page_n = (*page).min(total.saturating_sub(1) / PAGE);

    let steps = a.method.impact.len();
    let add = {
        let draft = draft.clone();
        let error = error.clone();
        let blank = Asset::new_default(&a.method);
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            draft.set(Some(blank.clone()));
        })
    };
    let suggest = a.context.sector.map(|sector| {
        let existing: Vec<String> = a.assets.iter().map(|x| x.name.to_lowercase()).collect();
        let new: Vec<Asset> = sector
            .suggested_assets()
            .into_iter()
            .filter(|s| !existing.contains(&s.name.to_lowercase()))
            .map(|s| s.to_asset(steps))
            .collect();
        let n = new.len();
        let store = store.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| store.dispatch(Action::AddAssets(new.clone())));
        html! {
            <button type="button" {onclick} disabled={n == 0}>
                { format!("Add {n} suggested asset(s) for {}", sector.label()) }
            </button>
        }
    });

    let form = draft.as_ref().map(|d| {
        let set = |f: fn(&mut Asset, String)| {
            let draft = draft.clone();
            Callback::from(move |v: String| {
                if let Some(mut x) = (*draft).clone() {
                    f(&mut x, v);
                    draft.set(Some(x));
                }
            })
        };
        let rate = |f: fn(&mut Cia, Impact)| {
            let draft = draft.clone();
            Callback::from(move |v: u8| {
                if let Some(mut x) = (*draft).clone() {
                    f(&mut x.ratings, Impact(v));
                    draft.set(Some(x));
                }
            })
        };
        let save = {
            let draft = draft.clone();
            let store = store.clone();
            let error = error.clone();
            let a = a.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(x) = (*draft).clone() {
                    if let Some(p) = asset_problems(&a, &x).into_iter().next() {
                        error.set(Some(p.message));
                        return;
                    }
                    store.dispatch(Action::UpsertAsset(x));
                    error.set(None);
                    draft.set(None);
                }
            })
        };
        let cancel = {
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| draft.set(None))
        };
        let types: Vec<(String, String)> = AssetType::ALL.iter().map(|t| (snake(t), t.label().to_owned())).collect();
        let scale = a.method.impact.clone();
        html! {
            <form class="editor" onsubmit={save} aria-label={if d.id.0 == 0 { "New asset" } else { "Edit asset" }}>
                <h2>{ if d.id.0 == 0 { "New asset".to_owned() } else { format!("Edit {}", d.id) } }</h2>
                <div class="form-grid">
                    <TextField id="asset-name" label="Name" required=true autofocus=true value={d.name.clone()} oninput={set(|x, v| x.name = v)} />
                    <Choice id="asset-type" label="Type" options={types} value={snake(&d.asset_type)}
                        onchange={set(|x, v| x.asset_type = AssetType::ALL.iter().copied().find(|t| snake(t) == v).unwrap_or(x.asset_type))} />
                    <TextField id="asset-owner" label="Owner" value={d.owner.clone()} oninput={set(|x, v| x.owner = v)} />
                    <TextField id="asset-location" label="Location" value={d.location.clone()} oninput={set(|x, v| x.location = v)} />
                </div>
                <TextField id="asset-description" label="Description" multiline=true value={d.description.clone()} oninput={set(|x, v| x.description = v)} />
                <div class="form-grid">
                    <ScaleChoice id="asset-c" label="Confidentiality" scale={scale.clone()} value={d.ratings.confidentiality.0} onchange={rate(|c, v| c.confidentiality = v)} />
                    <ScaleChoice id="asset-i" label="Integrity" scale={scale.clone()} value={d.ratings.integrity.0} onchange={rate(|c, v| c.integrity = v)} />
                    <ScaleChoice id="asset-a" label="Availability" scale={scale} value={d.ratings.availability.0} onchange={rate(|c, v| c.availability = v)} />
                </div>
                if let Some(e) = &*error {
                    <p class="error" role="alert">{ e.clone() }</p>
                }
                <button type="submit" class="primary">{ "Save asset" }</button>
                <button type="button" onclick={cancel}>{ "Cancel" }</button>
            </form>
        }
    });

    let m = &a.method;
    let body = rows.iter().skip(page_n * PAGE).take(PAGE).map(|x| {
        let edit = {
            let draft = draft.clone();
            let x = (*x).clone();
            Callback::from(move |_: MouseEvent| draft.set(Some(x.clone())))
        };
        let delete = {
            let store = store.clone();
            let id = x.id;
            Callback::from(move |_: MouseEvent| store.dispatch(Action::DeleteAsset(id)))
        };
        let r = |i: Impact| format!("{} {}", i.0, m.impact.name(i.0));
        html! {
            <tr key={x.id.to_string()}>
                <td>{ x.id.to_string() }</td>
                <td>{ x.name.clone() }</td>
                <td>{ x.asset_type.label() }</td>
                <td>{ if x.owner.is_empty() { html! { <span class="missing">{ "no owner" }</span> } } else { html! { x.owner.clone() } } }</td>
                <td>{ r(x.ratings.confidentiality) }</td>
                <td>{ r(x.ratings.integrity) }</td>
                <td>{ r(x.ratings.availability) }</td>
                <td class="row-actions">
                    <button type="button" class="link" onclick={edit} aria-label={format!("Edit {} {}", x.id, x.name)}>{ "Edit" }</button>
                    <button type="button" class="link danger" onclick={delete} aria-label={format!("Delete {} {}", x.id, x.name)}>{ "Delete" }</button>
                </td>
            </tr>
        }
    });
    let onfilter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |v: String| {
            filter.set(v);
            page.set(0);
        })
    };
    let onpage = {
        let page = page.clone();
        Callback::from(move |p: usize| page.set(p))
    };
    let s = (*sort).clone();
    html! {
        <section class="page assets">
            <h1>{ "Assets" }</h1>
            <p class="lead">{ "The information, systems, people and suppliers that matter. Rate how bad a loss of confidentiality, integrity or availability would be; risks inherit the highest rating of their assets." }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ "Add asset" }</button>
                { for suggest }
            </div>
            { for form }
            <TextField id="asset-filter" label="Filter assets" value={(*filter).clone()} oninput={onfilter} placeholder="name, owner, type…" />
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Asset register" }</caption>
                    <thead><tr>
                        <SortHeader label="ID" column="id" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Name" column="name" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Type" column="type" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Owner" column="owner" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="C" column="c" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="I" column="i" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="A" column="a" sort={s} onsort={onsort} />
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <Pager {total} page={page_n} {onpage} />
        </section>
    }
}
