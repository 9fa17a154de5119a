//! Reading the files a command is given (or standard input), within the
//! import's size limits, and the clock.

use std::io::Read;

use annexa_core::{self as domain, Assessment, Date, Timestamp};

use crate::args::{usage, Args, Failure};

/// Reads an Annexa file (`-`: standard input) whole, refusing one over
/// [`domain::MAX_IMPORT_BYTES`].
pub fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    let cap = domain::MAX_IMPORT_BYTES as u64;
    read_capped(path, cap, |file| {
        if file.metadata().map(|m| m.len() > cap).unwrap_or(false) {
            return Err(Failure(
                format!(
                    "{path}: the file is larger than {} MB, the most Annexa reads",
                    cap / 1_048_576
                ),
                2,
            ));
        }
        Ok(())
    })
}

/// Reads a spreadsheet file whole, refusing one over the import's limit.
pub fn read_sheet_file(path: &str) -> Result<Vec<u8>, Failure> {
    read_capped(path, domain::import::MAX_FILE_BYTES as u64, |_| Ok(()))
}

/// Reads `path` (`-`: standard input), at most `cap + 1` bytes so that the
/// caller's limit check sees a larger input; `check` looks at an opened
/// file before it is read.
fn read_capped(
    path: &str,
    cap: u64,
    check: impl FnOnce(&std::fs::File) -> Result<(), Failure>,
) -> Result<Vec<u8>, Failure> {
    let mut buf = Vec::new();
    let result = if path == "-" {
        std::io::stdin().take(cap + 1).read_to_end(&mut buf)
    } else {
        let file = std::fs::File::open(path)
            .map_err(|e| Failure(format!("cannot open {path}: {e}"), 2))?;
        check(&file)?;
        file.take(cap + 1).read_to_end(&mut buf)
    };
    result.map_err(|e| Failure(format!("cannot read {path}: {e}"), 2))?;
    Ok(buf)
}

/// The name a FILE goes by in messages (`<stdin>` for `-`).
pub fn display_name(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

/// The assessment in the command's FILE, validated by the one import path.
pub fn load(args: &Args) -> Result<Assessment, Failure> {
    let path = args.file()?;
    let bytes = read_input(path)?;
    let name = display_name(path);
    domain::import(&bytes)
        .map(|e| e.assessment)
        .map_err(|e| Failure(format!("{name}: {e}"), 2))
}

/// The date `--today` gives (YYYY-MM-DD), else today's (UTC).
pub fn today(args: &Args) -> Result<Date, Failure> {
    match args.option("today") {
        Some(t) => t
            .parse()
            .map_err(|e: domain::TimeParseError| usage(e.to_string())),
        None => Ok(now().date()),
    }
}

/// The current time (UTC, whole seconds).
pub fn now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Timestamp(secs)
}
