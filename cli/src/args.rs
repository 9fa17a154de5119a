//! The command line: a command's positional arguments and `--name value`
//! options, and the [`Failure`] (message and exit code) every command
//! returns when it cannot go on.

/// A failure: the message for stderr and the exit code.
/// What went wrong and the exit code. A failure of several faults holds
/// them separated by [`LINE_BREAK`]; each is printed on its own line.
pub struct Failure(pub String, pub u8);

/// Separates the faults of one failure (the ASCII unit separator, which
/// [`crate::one_line`] would otherwise escape).
pub const LINE_BREAK: char = '\u{1f}';

/// A usage error (exit code 2): `msg` and where to find the commands.
pub fn usage(msg: impl Into<String>) -> Failure {
    Failure(
        format!("{}; run `annexa help` for the commands", msg.into()),
        2,
    )
}

/// A command's arguments after the command's name.
pub struct Args {
    /// The arguments that are not options, in order (e.g. the FILE).
    positional: Vec<String>,
    /// The options as given, `--name value` or `--name=value`.
    options: Vec<(String, String)>,
}

impl Args {
    /// Splits `raw` into positional arguments and options; an option not in
    /// `allowed`, or one without its value, is a usage error.
    pub fn parse(raw: &[String], allowed: &[&str]) -> Result<Args, Failure> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = raw.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, value) = match name.split_once('=') {
                    Some((n, v)) => (n.to_owned(), v.to_owned()),
                    None => {
                        let v = it
                            .next()
                            .ok_or_else(|| usage(format!("--{name} needs a value")))?;
                        (name.to_owned(), v.clone())
                    }
                };
                if !allowed.contains(&name.as_str()) {
                    return Err(usage(format!("unknown option --{name}")));
                }
                options.push((name, value));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args {
            positional,
            options,
        })
    }

    /// The value of option `name` (the last one when given twice).
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The `--format`, one of `allowed` (the first when absent).
    pub fn format(&self, allowed: &[&'static str]) -> Result<&'static str, Failure> {
        match self.option("format") {
            None => Ok(allowed[0]),
            Some(f) => allowed.iter().copied().find(|a| *a == f).ok_or_else(|| {
                usage(format!(
                    "--format must be one of {}, not \"{f}\"",
                    allowed.join(", ")
                ))
            }),
        }
    }

    /// The one FILE the command reads (`-`: standard input).
    pub fn file(&self) -> Result<&str, Failure> {
        match self.positional.as_slice() {
            [f] => Ok(f.as_str()),
            [] => Err(usage("this command needs a FILE (or - for standard input)")),
            _ => Err(usage("this command takes one FILE")),
        }
    }

    /// Checks that there is no positional argument.
    pub fn none(&self) -> Result<(), Failure> {
        match self.positional.first() {
            None => Ok(()),
            Some(p) => Err(usage(format!("unexpected argument \"{p}\""))),
        }
    }
}
