//! One sorting routine for the whole program.
//!
//! Every `slice::sort*` call site makes the compiler emit its own copy of
//! std's sort (driftsort, a few KiB each): in the web app's WebAssembly
//! there were 233 of them (106 KiB raw, 5 % of the module). The functions
//! here sort a list of *indices* with one non-generic comparator type
//! (`&dyn Fn(usize, usize) -> Ordering`), so std's sort is instantiated
//! once, then move the items into that order with a tiny generic loop.
//!
//! Ordering semantics are std's: [`sort_by`], [`sort_by_key`] and [`sort`]
//! are **stable** (equal items keep their order), like `slice::sort_by`.
//! Each comparison costs one indirect call more than std's, and the index
//! list takes `n` words of memory; both are small next to the comparisons
//! themselves (a 50,000-row register sorts in a few milliseconds).
//!
//! `clippy.toml` disallows the slice sort methods everywhere else in the
//! app and the core, so that the copies do not come back.
//!
//! Collecting into a `BTreeSet` or `BTreeMap` sorts too: their
//! `FromIterator` gathers the items in a `Vec` and sorts it with std's
//! sort, one more copy per element type (nine in the app, 4 to 5 KiB raw
//! each). [`set`] and [`map`] build the same collections by inserting one
//! item at a time, which needs no sort (the same `O(n log n)`); the app and
//! the core use them instead of `collect()` into a B-tree.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The set of `items`, like `items.into_iter().collect::<BTreeSet<_>>()`,
/// without std's sort (see the module's documentation).
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut out = BTreeSet::new();
    out.extend(items);
    out
}

/// The map of `items`, like `items.into_iter().collect::<BTreeMap<_, _>>()`
/// (for a key given twice, the last value is kept), without std's sort.
pub fn map<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut out = BTreeMap::new();
    out.extend(items);
    out
}

/// Sorts `items` stably with the comparator `cmp`, like
/// `<[T]>::sort_by`, through the one shared sort ([`sort_indices`]).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let view: &[T] = items;
        sort_indices(&mut order, &|a, b| cmp(&view[a], &view[b]));
    }
    permute(items, &mut order);
}

/// Sorts `items` stably by the key `key` gives, like `<[T]>::sort_by_key`
/// (the key is computed at each comparison, as std does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, like `<[T]>::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts the indices `order` stably with `cmp`, which compares the items
/// at two indices. This is the program's only instantiation of std's slice
/// sort: keep it non-generic.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
pub fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

/// Moves the items so that `items[k]` becomes the old `items[order[k]]`
/// (`order` is a permutation of `0..items.len()`, as [`sort_indices`]
/// leaves it; it is consumed as scratch space). Follows each cycle with
/// swaps: no clone, no allocation.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_in_natural_order() {
        let mut v = vec![5, 3, 9, 1, 3, 0];
        sort(&mut v);
        assert_eq!(v, [0, 1, 3, 3, 5, 9]);
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec!["x".to_string()];
        sort(&mut one);
        assert_eq!(one, ["x"]);
    }

    #[test]
    fn is_stable() {
        // Equal keys (the first field) keep their input order.
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(
            v,
            [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]
        );
    }

    #[test]
    fn set_and_map_equal_what_collect_builds() {
        let items = [5u32, 3, 9, 1, 3, 0, 9];
        assert_eq!(set(items), items.iter().copied().collect::<BTreeSet<_>>());
        let pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        let m = map(pairs);
        assert_eq!(m, pairs.iter().copied().collect::<BTreeMap<_, _>>());
        assert_eq!(m.get(&2), Some(&'c'), "the last value of a repeated key");
        assert!(set(Vec::<u8>::new()).is_empty());
    }

    #[test]
    fn sorts_descending_with_a_comparator() {
        let mut v = vec![1, 4, 2, 8, 5];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [8, 5, 4, 2, 1]);
    }

    #[test]
    fn moves_items_that_are_not_clone() {
        struct NoClone(u32);
        let mut v: Vec<NoClone> = [3, 1, 2].into_iter().map(NoClone).collect();
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v.iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 3]);
    }

    proptest! {
        /// The same result as std's stable `sort_by_key`, equal keys
        /// included (the second field tells equal keys apart).
        #[test]
        fn matches_std_sort_by_key(input in prop::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = input.clone();
            let mut std = input;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        /// The same result as std's `sort_by` with a comparator on strings
        /// (longest first, then by first letter; ties keep their order).
        #[test]
        fn matches_std_sort_by(input in prop::collection::vec("[a-c]{0,3}", 0..100)) {
            let mut ours = input.clone();
            let mut std = input;
            let cmp = |a: &String, b: &String| {
                b.len().cmp(&a.len()).then(a.chars().next().cmp(&b.chars().next()))
            };
            sort_by(&mut ours, cmp);
            std.sort_by(cmp);
            prop_assert_eq!(ours, std);
        }

        /// `permute` puts every item where the permutation says.
        #[test]
        fn permute_applies_any_permutation(keys in prop::collection::vec(any::<u32>(), 0..100)) {
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by_key(|&i| keys[i]);
            let expected: Vec<u32> = order.iter().map(|&i| keys[i]).collect();
            let mut items = keys;
            permute(&mut items, &mut order);
            prop_assert_eq!(items, expected);
        }
    }
}
