//! `annexa`: the command-line tool on Annexa's domain core.
//!
//! Run `annexa help` for the commands. Exit codes: 0 success, 1 lint
//! findings, 2 invalid input or usage.
//!
//! The parts: [`args`] parses the command line and holds the [`Failure`]
//! every command returns; [`input`] reads files and standard input;
//! [`commands`] runs each command (`commands/import.rs` the spreadsheet
//! import, `commands/docs.rs` the documentation pack). This file writes
//! what a command returns to the terminal.

mod args;
mod commands;
mod input;

use std::io::Write;
use std::process::ExitCode;

use annexa_core::{report, Assessment};

use args::{Args, Failure, LINE_BREAK};

/// What a command writes to standard output.
enum Output {
    /// The whole text.
    Text(String),
    /// `recommend --format json`: written risk by risk as it is made, so
    /// that a large register's report (about 5 KB per risk) is never held
    /// in memory whole.
    Recommend(Box<Assessment>),
}

/// Runs a command; `Ok` holds what goes to stdout and the exit code.
fn run(argv: &[String]) -> Result<(Output, u8), Failure> {
    if let Some(("recommend", rest)) = argv.split_first().map(|(c, r)| (c.as_str(), r)) {
        let args = Args::parse(rest, &["format"])?;
        if args.format(&["json", "md"])? == "json" {
            return Ok((Output::Recommend(Box::new(input::load(&args)?)), 0));
        }
    }
    commands::run_text(argv).map(|(text, code)| (Output::Text(text), code))
}

/// A message as one line that shows what the file holds but cannot act on
/// the terminal: newlines, tabs, ESC and every other control character
/// (and Unicode's line separators and direction overrides) are written as
/// escapes (`\n`, `\t`, `\u{1b}`), so text from a file can neither start a
/// line of its own (a fake "valid:") nor move the cursor or clear the screen.
fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}') =>
            {
                out.extend(c.escape_unicode())
            }
            c => out.push(c),
        }
    }
    out
}

fn main() -> ExitCode {
    // No input may crash the tool: a bug still ends with exit code 2 and one
    // line that says what to do, even in the release build (panic = abort).
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "annexa: internal error ({}); this is a bug in Annexa, please report it with the file that caused it",
            one_line(&info.to_string())
        );
        std::process::exit(2);
    }));
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok((output, code)) => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe (e.g. `| head`) is not an error worth a message.
            let _ = match output {
                Output::Text(text) => stdout.write_all(text.as_bytes()),
                Output::Recommend(a) => report::write_recommend_json(&a, &mut stdout),
            }
            .and_then(|_| stdout.flush());
            ExitCode::from(code)
        }
        Err(Failure(message, code)) => {
            for line in message.split(LINE_BREAK) {
                eprintln!("annexa: {}", one_line(line));
            }
            ExitCode::from(code)
        }
    }
}
