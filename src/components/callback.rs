//! Callback builders, after the `make_callback` helpers of yew's
//! `function_todomvc` example: each takes the handles it needs by
//! reference and clones them once, so pages and components do not repeat
//! `let x = x.clone();` before every `Callback::from`.

use std::rc::Rc;

use yew::prelude::*;

use crate::store::{Action, Store};

/// An `Rc` compared by address: a memo's dependency on one version of a
/// shared value (the store's assessment, its scored register) that does
/// not compare the contents, which at 5,000 risks costs more than the work
/// the memo saves.
#[derive(Clone, Debug)]
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A callback that runs `f` with its own copy of `captured` (a handle, or a
/// tuple of handles) and the event: the general form of the helpers below.
pub fn make_callback<C, E, F>(captured: &C, f: F) -> Callback<E>
where
    C: Clone + 'static,
    E: 'static,
    F: Fn(&C, E) + 'static,
{
    let captured = captured.clone();
    Callback::from(move |e: E| f(&captured, e))
}

/// A callback that dispatches the [`Action`] `f` builds from the event.
pub fn dispatch<E, F>(store: &Store, f: F) -> Callback<E>
where
    E: 'static,
    F: Fn(E) -> Action + 'static,
{
    make_callback(store, move |store, e| store.dispatch(f(e)))
}

/// A callback that dispatches `action`, whatever the event (a click).
pub fn dispatch_on<E: 'static>(store: &Store, action: Action) -> Callback<E> {
    make_callback(store, move |store, _: E| store.dispatch(action.clone()))
}

/// A callback that sets `state` to the value `f` builds from the event.
pub fn set_state<T, E, F>(state: &UseStateHandle<T>, f: F) -> Callback<E>
where
    T: 'static,
    E: 'static,
    F: Fn(E) -> T + 'static,
{
    make_callback(state, move |state, e| state.set(f(e)))
}

/// A callback that sets `state` to `value`, whatever the event.
pub fn set_to<T: Clone + 'static, E: 'static>(state: &UseStateHandle<T>, value: T) -> Callback<E> {
    make_callback(state, move |state, _: E| state.set(value.clone()))
}

/// A draft edit: a callback that clones `draft`, applies `f` with the
/// event's value and emits the copy.
pub fn edit<T, V, F>(draft: &T, emit: &Callback<T>, f: F) -> Callback<V>
where
    T: Clone + 'static,
    V: 'static,
    F: Fn(&mut T, V) + 'static,
{
    make_callback(&(draft.clone(), emit.clone()), move |(draft, emit), v| {
        let mut next = draft.clone();
        f(&mut next, v);
        emit.emit(next);
    })
}

/// A draft edit that ignores the event (a click): clones `draft`, applies
/// `f`, emits the copy.
pub fn edit_on<T, E, F>(draft: &T, emit: &Callback<T>, f: F) -> Callback<E>
where
    T: Clone + 'static,
    E: 'static,
    F: Fn(&mut T) + 'static,
{
    edit(draft, emit, move |x, _: E| f(x))
}

/// A draft edit whose result becomes an [`Action`]: clones `draft`, applies
/// `f` with the event's value and dispatches `action(copy)`.
pub fn edit_dispatch<T, V, F>(
    store: &Store,
    draft: &T,
    action: fn(T) -> Action,
    f: F,
) -> Callback<V>
where
    T: Clone + 'static,
    V: 'static,
    F: Fn(&mut T, V) + 'static,
{
    edit(draft, &dispatch(store, action), f)
}

/// Emits `()` on `cb`, whatever the event (a click on Cancel).
pub fn emit_unit<E: 'static>(cb: &Callback<()>) -> Callback<E> {
    make_callback(cb, |cb, _: E| cb.emit(()))
}

/// A submit handler: prevents the browser's submission and emits `value`.
pub fn submit<T: Clone + 'static>(cb: &Callback<T>, value: &T) -> Callback<SubmitEvent> {
    make_callback(
        &(cb.clone(), value.clone()),
        |(cb, value), e: SubmitEvent| {
            e.prevent_default();
            cb.emit(value.clone());
        },
    )
}
