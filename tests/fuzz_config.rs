//! A bounded stable-Rust fuzz loop over the two other ways text reaches the
//! app from outside: the embedding config (`Config::from_json`, the text
//! `www/annexa.js` hands over and `#config=` carries, and
//! `Config::from_value`) and share links (`domain::open_share`). A fixed
//! number of mutated inputs; nothing may panic, and every refusal says what
//! is wrong.
#![cfg(not(target_arch = "wasm32"))]

use annexa::domain::{self, Timestamp};
use annexa::store::{Config, Host};

const NOW: Timestamp = Timestamp(1_795_430_100);

/// The number of executions per loop: fixed, so a run costs the same every
/// time (`ANNEXA_FUZZ_ITERATIONS` overrides it, as for the import loop).
fn iterations() -> usize {
    std::env::var("ANNEXA_FUZZ_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000)
}

/// xorshift64: reproducible, no dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Fragments a config or a share link is made of, and some hostile ones.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "1e309",
    "18446744073709551616",
    "\"mode\":",
    "\"method\":",
    "\"levels\":",
    "\"matrix\":",
    "\"tolerance\":",
    "\"likelihood\":",
    "\"impact\":",
    "\"theme\":",
    "\"namespace\":",
    "\"lang\":",
    "\"importExport\":",
    "\"calculator\"",
    "\"gap-check\"",
    "\"#zzzzzz\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":",
    "\u{FEFF}",
    "é",
    "%",
    "=",
    "-",
    "_",
    "A",
];

fn mutate(rng: &mut XorShift, input: &mut String, corpus: &[String]) {
    let mut chars: Vec<char> = input.chars().collect();
    let len = chars.len();
    match rng.below(6) {
        0 if len > 0 => {
            let at = rng.below(len);
            chars[at] = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
        }
        1 if len > 0 => {
            let at = rng.below(len);
            let n = rng.below(32).min(len - at);
            chars.drain(at..at + n);
        }
        2 => {
            let at = rng.below(len + 1);
            let t = TOKENS[rng.below(TOKENS.len())];
            chars.splice(at..at, t.chars());
        }
        3 if len > 0 => chars.truncate(rng.below(len)),
        4 => {
            let other: Vec<char> = corpus[rng.below(corpus.len())].chars().collect();
            if !other.is_empty() {
                let from = rng.below(other.len());
                let n = rng.below(128).min(other.len() - from);
                let at = rng.below(len + 1);
                chars.splice(at..at, other[from..from + n].iter().copied());
            }
        }
        _ if len > 0 => {
            let at = rng.below(len);
            if let Some(d) = chars[at].to_digit(10) {
                chars[at] = char::from_digit((d + 1 + rng.below(9) as u32) % 10, 10).unwrap_or('0');
            } else {
                chars.swap(at, rng.below(len));
            }
        }
        _ => chars.push('}'),
    }
    *input = chars.into_iter().collect();
}

/// `s` cut to at most `max` bytes, on a character boundary.
fn cut(s: &mut String, max: usize) {
    if s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
    }
}

/// A config text through both parsers: a refusal carries a message, and
/// the value parser agrees with the text parser on what it accepts.
fn exercise_config(text: &str) -> bool {
    match Config::from_json(text, Host::Element) {
        Ok(config) => {
            let value: serde_json::Value =
                serde_json::from_str(text).expect("accepted text is JSON");
            assert_eq!(
                Config::from_value(value, Host::Element).as_ref(),
                Ok(&config),
                "{text}"
            );
            true
        }
        Err(e) => {
            assert!(!e.message.trim().is_empty(), "no message for {text:?}");
            assert!(!e.to_string().trim().is_empty());
            // The same refusal for the value, when the text is JSON.
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
                if let Err(v) = Config::from_value(value, Host::Element) {
                    assert!(!v.message.trim().is_empty(), "no message for {text:?}");
                }
            }
            false
        }
    }
}

#[test]
fn stable_fuzz_loop_over_the_embedding_config() {
    let mut corpus: Vec<String> = [
        "null",
        "{}",
        r#"{"mode":"calculator","namespace":"risk-calc"}"#,
        r##"{"mode":"gap-check","method":{"likelihood":["Low","Medium","High"],"impact":4,"tolerance":"high"},"sector":"healthcare","theme":{"accent":"#0b6e4f","font":"Georgia, serif","radius":"2px"},"namespace":"team-b","importExport":false,"lang":"en-GB"}"##,
        r##"{"method":{"likelihood":3,"impact":3,"levels":[{"name":"Low","colour":"#2e7d32"},{"name":"High","colour":"#c62828"}],"matrix":[[0,0,1],[0,1,1],[1,1,1]],"tolerance":0}}"##,
    ]
    .map(String::from)
    .to_vec();
    let seeds = corpus.len();
    let mut rng = XorShift(0x5EED_C0F1_0000_0002);
    let (mut ok, mut refused) = (0usize, 0usize);
    let n = iterations();
    for _ in 0..n {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut rng, &mut input, &corpus);
        }
        cut(&mut input, 200_000);
        if exercise_config(&input) {
            ok += 1;
            if corpus.len() < seeds + 32 {
                corpus.push(input);
            }
        } else {
            refused += 1;
        }
    }
    eprintln!("config fuzz loop: {n} executions ({ok} accepted, {refused} refused), 0 crashes");
    assert_eq!(ok + refused, n);
    assert!(ok > 0 && refused > 0, "the loop reaches both outcomes");
}

#[test]
fn stable_fuzz_loop_over_share_links() {
    let example = domain::example();
    let mut corpus: Vec<String> = vec![
        domain::share_payload(&example, NOW).expect("the example shares"),
        domain::share_payload(&domain::Assessment::default(), NOW).expect("empty shares"),
    ];
    for seed in &corpus {
        assert!(domain::open_share(seed).is_ok(), "the seeds open");
    }
    let seeds = corpus.len();
    let mut rng = XorShift(0x5EED_5AA2_0000_0003);
    let (mut ok, mut refused) = (0usize, 0usize);
    let n = iterations();
    for _ in 0..n {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut rng, &mut input, &corpus);
        }
        cut(&mut input, domain::MAX_SHARE_CHARS + 16);
        match domain::open_share(&input) {
            Ok(envelope) => {
                // What opens is a valid assessment that shares again.
                let again = domain::share_payload(&envelope.assessment, NOW)
                    .and_then(|p| domain::open_share(&p))
                    .map(|e| e.assessment);
                assert_eq!(again.as_ref(), Ok(&envelope.assessment));
                ok += 1;
                if corpus.len() < seeds + 16 {
                    corpus.push(input);
                }
            }
            Err(e) => {
                assert!(!e.message.trim().is_empty(), "no message for {input:?}");
                refused += 1;
            }
        }
    }
    eprintln!("share fuzz loop: {n} executions ({ok} opened, {refused} refused), 0 crashes");
    assert_eq!(ok + refused, n);
    assert!(refused > 0, "the loop reaches refusals");
}
