//! Finding an entry of the libraries (threats, vulnerabilities, Annex A
//! controls) by what a user types: its id, a word of its name, or a
//! synonym (the everyday word a small firm uses, e.g. "MFA" or "stolen
//! laptop"). The pickers of the risk form and the treatment editor list
//! what [`search_threats`], [`search_vulnerabilities`] and
//! [`search_controls`] return, best first (ISO/IEC 27001:2022 6.1.2 c:
//! identifying the risks; 6.1.3 b: determining the controls).

use super::types::{Control, Threat, ThreatId, Vulnerability};
use super::{threat, CONTROLS, THREATS, VULNERABILITIES};

/// How well an entry matches a query; the smaller, the better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The query is the entry's id ("T05", "t5", "8.5").
    IdExact,
    /// The entry's id starts with the query ("8.1" finds 8.10 … 8.19);
    /// only for a query with a digit, so "T" finds names, not every id.
    IdPrefix,
    /// The name starts with the query ("The" finds "Theft of …").
    NamePrefix,
    /// A word of the name starts with the query.
    NameWord,
    /// A synonym, or a word of one, starts with the query.
    Synonym,
    /// The name contains the query inside a word.
    NameInside,
    /// Every word of the query is found in the name, a synonym or the
    /// description.
    AllWords,
    /// The description (a control's plain summary) contains the query.
    Description,
}

/// One entry found, with how well it matched.
#[derive(Clone, Copy, Debug)]
pub struct Found<T: 'static> {
    /// The library entry.
    pub item: &'static T,
    /// How well it matched (`None` for an empty query: every entry).
    pub rank: Option<MatchRank>,
    /// How many controls it shares with the chosen threat (vulnerabilities
    /// only; 0 otherwise): more than 0 means linked, listed first.
    pub shared: usize,
}

/// Lower-case, trimmed, with runs of spaces made one.
fn fold(s: &str) -> String {
    crate::text::case::lower(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a word of `text` (split at anything not a letter or digit)
/// starts with `q`.
fn word_starts(text: &str, q: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| w.starts_with(q))
        || text.split(' ').any(|w| w.starts_with(q))
}

/// Whether `q` names the id: `ids` are the entry's id forms, lower case
/// ("t05" and "t5"; "8.5").
fn id_rank(q: &str, ids: &[String]) -> Option<MatchRank> {
    if !q.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if ids.iter().any(|i| i == q) {
        Some(MatchRank::IdExact)
    } else if ids.iter().any(|i| i.starts_with(q)) {
        Some(MatchRank::IdPrefix)
    } else {
        None
    }
}

/// How well `query` matches an entry with these id forms, name, synonyms
/// and description; `None` when it does not match. An empty query matches
/// nothing here (the callers list everything then).
pub fn match_rank(
    query: &str,
    ids: &[String],
    name: &str,
    synonyms: &[&str],
    description: &str,
) -> Option<MatchRank> {
    let q = fold(query);
    if q.is_empty() {
        return None;
    }
    let name = fold(name);
    let syn: Vec<String> = synonyms.iter().map(|s| fold(s)).collect();
    let desc = fold(description);
    if let Some(r) = id_rank(&q, ids) {
        return Some(r);
    }
    if name.starts_with(&q) {
        return Some(MatchRank::NamePrefix);
    }
    if word_starts(&name, &q) {
        return Some(MatchRank::NameWord);
    }
    if syn.iter().any(|s| s.starts_with(&q) || word_starts(s, &q)) {
        return Some(MatchRank::Synonym);
    }
    if name.contains(&q) {
        return Some(MatchRank::NameInside);
    }
    let words: Vec<&str> = q.split(' ').collect();
    if words.len() > 1
        && words.iter().all(|w| {
            word_starts(&name, w) || syn.iter().any(|s| word_starts(s, w)) || desc.contains(w)
        })
    {
        return Some(MatchRank::AllWords);
    }
    (q.len() >= 3 && desc.contains(&q)).then_some(MatchRank::Description)
}

/// Sorts found entries: best rank first, then linked ones (more shared
/// controls first), then library order (`order`).
fn rank_sort<T>(found: &mut [Found<T>], order: impl Fn(&T) -> (u16, u16)) {
    crate::sort::sort_by_key(found, |f| {
        (f.rank, std::cmp::Reverse(f.shared), order(f.item))
    });
}

/// The threats that match `query`, best first; every threat in library
/// order when the query is empty.
pub fn search_threats(query: &str) -> Vec<Found<Threat>> {
    let mut found: Vec<Found<Threat>> = THREATS
        .iter()
        .filter_map(|t| {
            let ids = vec![
                t.id.to_string().to_ascii_lowercase(),
                format!("t{}", t.id.0),
            ];
            let rank = match_rank(
                query,
                &ids,
                t.name,
                threat_synonyms(t.id),
                // Without the prose (not yet loaded) the name and synonyms still match.
                t.description().unwrap_or_default(),
            );
            (fold(query).is_empty() || rank.is_some()).then_some(Found {
                item: t,
                rank,
                shared: 0,
            })
        })
        .collect();
    rank_sort(&mut found, |t| (t.id.0, 0));
    found
}

/// How many treating controls a vulnerability shares with a threat: a
/// vulnerability is linked to a threat when the same control treats both
/// (the libraries link each to the Annex A controls that treat it).
pub fn shared_controls(v: &Vulnerability, t: &Threat) -> usize {
    v.controls
        .iter()
        .filter(|vc| t.controls.iter().any(|tc| tc.control == vc.control))
        .count()
}

/// The vulnerabilities that match `query`, best first; those linked to
/// the chosen `threat` (sharing a treating control) come first among
/// equals, and first of all when the query is empty.
pub fn search_vulnerabilities(query: &str, chosen: Option<ThreatId>) -> Vec<Found<Vulnerability>> {
    let t = chosen.and_then(threat);
    let mut found: Vec<Found<Vulnerability>> = VULNERABILITIES
        .iter()
        .filter_map(|v| {
            let ids = vec![
                v.id.to_string().to_ascii_lowercase(),
                format!("v{}", v.id.0),
            ];
            let rank = match_rank(
                query,
                &ids,
                v.name,
                vulnerability_synonyms(v.id.0),
                v.description().unwrap_or_default(),
            );
            (fold(query).is_empty() || rank.is_some()).then(|| Found {
                item: v,
                rank,
                shared: t.map_or(0, |t| shared_controls(v, t)),
            })
        })
        .collect();
    rank_sort(&mut found, |v| (v.id.0, 0));
    found
}

/// The Annex A controls that match `query` (id, title, synonym, or the
/// plain summary), best first; all 93 in order when the query is empty.
pub fn search_controls(query: &str) -> Vec<Found<Control>> {
    let mut found: Vec<Found<Control>> = CONTROLS
        .iter()
        .filter_map(|c| {
            let ids = vec![c.id.to_string(), format!("a.{}", c.id)];
            let rank = match_rank(query, &ids, c.title, control_synonyms(c.id), c.summary);
            (fold(query).is_empty() || rank.is_some()).then_some(Found {
                item: c,
                rank,
                shared: 0,
            })
        })
        .collect();
    rank_sort(&mut found, |c| {
        (u16::from(c.id.theme), u16::from(c.id.number))
    });
    found
}

mod synonyms;
pub use synonyms::{control_synonyms, threat_synonyms, vulnerability_synonyms};

#[cfg(test)]
mod tests;
