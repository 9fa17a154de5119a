//! The interested parties and their requirements (ISO/IEC 27001:2022
//! 4.2), each with the Annex A controls those requirements call for.

use yew::prelude::*;

use crate::components::{edit_dispatch, Choice, Picker, TextField};
use crate::domain::catalogue::{snake, ControlId, CONTROLS};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Context, InterestedParty, RequirementBasis};
use crate::store::{use_store, Action};

/// Props of [`InterestedParties`].
#[derive(Properties, PartialEq)]
pub(super) struct InterestedPartiesProps {
    /// The context whose parties are listed.
    pub(super) context: Context,
}

/// The interested parties: each one's name, requirements, basis and
/// controls, with a button to remove it and one to add another.
#[function_component]
pub(super) fn InterestedParties(p: &InterestedPartiesProps) -> Html {
    let store = use_store();
    let ctx = &p.context;
    let control_options: Vec<(String, String)> = CONTROLS
        .iter()
        .map(|c| (c.id.to_string(), format!("{} {}", c.id, c.title)))
        .collect();
    let add_party = edit_dispatch(&store, ctx, Action::SetContext, |c, _: MouseEvent| {
        c.interested_parties.push(InterestedParty::default());
    });
    html! {
        <>
            <ul class="parties">
                { for ctx.interested_parties.iter().enumerate().map(|(n, party)| html! {
                    <Party context={ctx.clone()} {n} party={party.clone()} controls={control_options.clone()} />
                }) }
            </ul>
            <button type="button" onclick={add_party}>{ text(msg::UI_ADD_INTERESTED_PARTY) }</button>
        </>
    }
}

/// Props of [`Party`].
#[derive(Properties, PartialEq)]
struct PartyProps {
    /// The context the party belongs to.
    context: Context,
    /// Its position among the parties.
    n: usize,
    /// The party.
    party: InterestedParty,
    /// Every Annex A control as (id, "id title").
    controls: Vec<(String, String)>,
}

/// One interested party.
#[function_component]
fn Party(props: &PartyProps) -> Html {
    let store = use_store();
    let (ctx, n, p) = (&props.context, props.n, &props.party);
    let edit = |f: fn(&mut InterestedParty, String)| {
        edit_dispatch(&store, ctx, Action::SetContext, move |c, v| {
            if let Some(p) = c.interested_parties.get_mut(n) {
                f(p, v);
            }
        })
    };
    let remove = edit_dispatch(&store, ctx, Action::SetContext, move |c, _: MouseEvent| {
        if n < c.interested_parties.len() {
            c.interested_parties.remove(n);
        }
    });
    let on_controls = edit_dispatch(
        &store,
        ctx,
        Action::SetContext,
        move |c, picked: Vec<String>| {
            if let Some(p) = c.interested_parties.get_mut(n) {
                p.controls = picked
                    .iter()
                    .filter_map(|s| s.parse::<ControlId>().ok())
                    .collect();
            }
        },
    );
    let basis_options: Vec<(String, String)> =
        std::iter::once((String::new(), text(msg::UI_CONTEXT_BASIS_NONE)))
            .chain(RequirementBasis::ALL.iter().map(|b| (snake(b), b.label())))
            .collect();
    html! {
        <li class="party">
            <TextField id={format!("party-{n}-name")} label={text(msg::UI_PARTY)} value={p.name.clone()} oninput={edit(|p, v| p.name = v)} />
            <TextField id={format!("party-{n}-req")} label={text(msg::UI_REQUIREMENTS)} value={p.requirements.clone()} oninput={edit(|p, v| p.requirements = v)} />
            <Choice id={format!("party-{n}-basis")} label={text(msg::UI_LEGAL_OR_CONTRACTUAL)} options={basis_options}
                value={p.basis.map(|b| snake(&b)).unwrap_or_default()}
                onchange={edit(|p, v| p.basis = RequirementBasis::ALL.iter().copied().find(|b| snake(b) == v))} />
            <Picker id={format!("party-{n}-controls")} label={text(msg::UI_ANNEX_A_CONTROLS_THESE_REQUIREMENTS_CALL)}
                options={props.controls.clone()} picked={p.controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                onchange={on_controls} limit={6} />
            <button type="button" class="link" onclick={remove} aria-label={text_with(msg::UI_CONTEXT_REMOVE_PARTY, &[("party", p.name.as_str().into())])}>{ text(msg::UI_REMOVE) }</button>
        </li>
    }
}
