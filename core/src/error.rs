//! The one error type of the domain.

use std::fmt;

/// What kind of problem an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The file is larger than the import limit.
    TooLarge,
    /// The bytes are not UTF-8 text.
    InvalidUtf8,
    /// The text is not JSON.
    NotJson,
    /// The JSON ends early: the file was cut off.
    Truncated,
    /// The JSON nests deeper than any Annexa file does.
    TooDeep,
    /// An object names one key twice: JSON readers differ on which one
    /// counts, so Annexa refuses the file rather than pick one.
    DuplicateKey,
    /// The JSON is not an Annexa file.
    WrongFormat,
    /// The file was made by a newer Annexa.
    NewerSchema,
    /// A value has the wrong type or shape.
    WrongType,
    /// A field that Annexa does not know (a typo, or a newer file).
    UnknownField,
    /// A level is outside the method's scale.
    OutOfRange,
    /// Two items share an id.
    DuplicateId,
    /// A reference names something that does not exist.
    DanglingReference,
    /// A text is longer than the limit.
    TooLong,
    /// A list has more items than the limit.
    TooMany,
    /// Another rule of the data is broken.
    Invalid,
    /// Reading or writing a file failed.
    Io,
}

/// An error with the place it happened and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The kind of problem.
    pub kind: ErrorKind,
    /// The JSON path of the value at fault, e.g. `assessment.risks[3].assets[0]`.
    pub path: Option<String>,
    /// Line and column (1-based) in the text, where known.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Error {
    /// An error of `kind` with a message and no place.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            path: None,
            position: None,
            message: message.into(),
        }
    }

    /// The same error, at a JSON path.
    pub fn at(mut self, path: impl Into<String>) -> Self {
        let p = path.into();
        self.path = (!p.is_empty()).then_some(p);
        self
    }

    /// The same error, at a line and column.
    pub fn at_position(mut self, line: usize, column: usize) -> Self {
        self.position = (line > 0).then_some((line, column));
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = &self.path {
            write!(f, "{p}: ")?;
        }
        f.write_str(&self.message)?;
        if let Some((l, c)) = self.position {
            write!(f, " (line {l}, column {c})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// A result with the domain's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
