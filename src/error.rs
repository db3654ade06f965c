//! The errors a run can end with, their one-line messages and their exit codes.
//!
//! `main` turns an [`Error`] into one line on stderr starting with `htlookup:` and into the
//! documented exit code; nothing else in the program decides exit codes.

use std::fmt;
use std::io;

/// The documented exit codes (README "Exit codes" and `htlookup --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Success, including a filter that matched nothing.
    Success = 0,
    /// A named lookup (`agencies QUERY`, `search QUERY`) found nothing, or output failed.
    NotFound = 1,
    /// The command line is wrong: unknown flag, bad value, conflicting years.
    Usage = 2,
    /// A data file (`--data`, `HTLOOKUP_DATA`, `validate PATH`) is missing or invalid.
    InvalidData = 3,
}

impl ExitCode {
    /// The number the process exits with.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// Why a run failed.
#[derive(Debug)]
pub enum Error {
    /// A lookup found nothing; the message names what was asked and the closest records.
    NotFound(String),
    /// The arguments parse but make no sense together (`--since` after `--until`).
    Usage(String),
    /// Writing the output failed. A closed pipe is not a failure (see [`Error::is_broken_pipe`]).
    Io(io::Error),
    /// A data file is missing, unreadable or invalid: one line per problem shown.
    InvalidData(Vec<String>),
}

impl Error {
    /// The exit code this error ends the run with.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::NotFound(_) | Error::Io(_) => ExitCode::NotFound,
            Error::Usage(_) => ExitCode::Usage,
            Error::InvalidData(_) => ExitCode::InvalidData,
        }
    }

    /// The message as the lines `main` prints, one `htlookup:` line each. A line's own
    /// newlines (a path can hold one) are not line breaks: the printer shows them as spaces.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Error::InvalidData(lines) => lines.clone(),
            other => vec![other.to_string()],
        }
    }

    /// True when the reader of stdout went away (`htlookup publications | head -1`): the run
    /// then ends quietly with success, as `cat` and ripgrep do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound(message) | Error::Usage(message) => f.write_str(message),
            Error::Io(error) => write!(f, "cannot write output: {error}"),
            Error::InvalidData(lines) => f.write_str(&lines.join("\n")),
        }
    }
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Self {
        Error::Io(error)
    }
}

/// What most functions return.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(Error::NotFound("x".into()).exit_code().code(), 1);
        assert_eq!(Error::Usage("x".into()).exit_code().code(), 2);
        assert_eq!(ExitCode::InvalidData.code(), 3);
    }

    #[test]
    fn only_a_closed_pipe_counts_as_a_quiet_end() {
        let closed = Error::Io(io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(closed.is_broken_pipe());
        let full = Error::Io(io::Error::from(io::ErrorKind::StorageFull));
        assert!(!full.is_broken_pipe());
        assert_eq!(full.exit_code(), ExitCode::NotFound);
    }
}
