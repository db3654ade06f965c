//! The errors a run can end with, and the one table of exit codes.
//!
//! Every failure is an [`Error`]; [`Error::exit_code`] is the only place that decides which
//! code it ends the run with, and [`EXIT_CODES`] the only place that says what each code means
//! (`--help`, the man page and the README print it; tests hold them to it).

use std::fmt;
use std::io::{self, Write};

use crate::render::sanitize::{visible, visible_controls};

/// Declares the exit codes once: the enum, the table of meanings, and the table as `--help`
/// prints it.
macro_rules! exit_codes {
    ($($(#[doc = $doc:literal])* $name:ident = $code:literal, $meaning:literal;)*) => {
        /// The documented exit codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ExitCode {
            $($(#[doc = $doc])* $name = $code,)*
        }

        /// Every exit code and what it means, in order.
        pub const EXIT_CODES: &[(u8, &str)] = &[$(($code, $meaning)),*];

        /// [`EXIT_CODES`] as `--help` prints it.
        pub const EXIT_CODES_HELP: &str = exit_codes_help!();

        /// [`EXIT_CODES_HELP`] as a literal, for `concat!` in `cli.rs`'s help text.
        macro_rules! exit_codes_help {
            () => {
                concat!("Exit codes:", $("\n  ", $code, "  ", $meaning),*)
            };
        }
        pub(crate) use exit_codes_help;
    };
}

exit_codes! {
    /// Success, including a filter that matched nothing and a reader that closed the pipe.
    Success = 0, "success, an empty filtered list included";
    /// A named lookup found nothing; the closest records are suggested on stderr.
    NotFound = 1, "a named lookup (agencies QUERY, search QUERY) found nothing";
    /// The command line is wrong: unknown flag, bad value, a format the command does not print.
    Usage = 2, "usage error: unknown flag or command, bad value, a format not printed";
    /// A data file cannot be used (the report and the card then show the built-in data).
    InvalidData = 3, "the data file (--data, HTLOOKUP_DATA, validate PATH) is missing or invalid";
    /// Writing the output failed: a full disk, a terminal gone.
    Output = 4, "output could not be written (a closed pipe is not an error)";
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
    /// The arguments parse but make no sense together (`--since` after `--until`), or clap
    /// refused them (its message folded into one line).
    Usage(String),
    /// clap's own help for a command line that names no command of a group: printed whole.
    UsageHelp(String),
    /// Writing the output failed. A closed pipe is not a failure (see [`Error::exit_code`]).
    Io(io::Error),
    /// A data file is missing, unreadable or invalid: one line per problem shown.
    InvalidData(Vec<String>),
}

impl Error {
    /// The exit code this error ends the run with: the one place that decides.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            // The reader of stdout went away (`htlookup publications | head -1`): the run
            // ends quietly with success, as `cat` and ripgrep do.
            Error::Io(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::Success,
            Error::Io(_) => ExitCode::Output,
            Error::NotFound(_) => ExitCode::NotFound,
            Error::Usage(_) | Error::UsageHelp(_) => ExitCode::Usage,
            Error::InvalidData(_) => ExitCode::InvalidData,
        }
    }

    /// Writes the message to `err`: one `htlookup:` line per line, each made safe (a message
    /// may quote a data file or a path, and a newline in one must not start a line); nothing
    /// for a closed pipe. Returns the exit code.
    pub fn report(&self, err: &mut dyn Write) -> ExitCode {
        match self {
            Error::Io(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
            Error::UsageHelp(help) => {
                let _ = err.write_all(help.as_bytes());
            }
            Error::InvalidData(lines) => {
                for line in lines {
                    let _ = writeln!(err, "htlookup: {}", visible(line));
                }
            }
            // Usage errors quote clap's placeholders (`<YEAR>`) and the user's own arguments:
            // their control characters are made safe, their `<` kept.
            Error::Usage(message) => {
                let _ = writeln!(err, "htlookup: {}", visible_controls(message));
            }
            other => {
                let _ = writeln!(err, "htlookup: {}", visible(&other.to_string()));
            }
        }
        self.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound(message) | Error::Usage(message) | Error::UsageHelp(message) => {
                f.write_str(message)
            }
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
        let codes: Vec<u8> = EXIT_CODES.iter().map(|(code, _)| *code).collect();
        assert_eq!(codes, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn only_a_closed_pipe_counts_as_a_quiet_end() {
        let closed = Error::Io(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(closed.exit_code(), ExitCode::Success);
        let mut err = Vec::new();
        assert_eq!(closed.report(&mut err), ExitCode::Success);
        assert!(err.is_empty());
        let full = Error::Io(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(full.exit_code(), ExitCode::Output);
    }

    #[test]
    fn the_help_table_fits_an_80_column_terminal() {
        assert!(EXIT_CODES_HELP.starts_with("Exit codes:\n  0  success"));
        assert!(
            EXIT_CODES_HELP
                .lines()
                .all(|line| line.chars().count() <= 80)
        );
    }

    #[test]
    fn a_newline_in_a_message_does_not_start_a_line() {
        let mut err = Vec::new();
        Error::InvalidData(vec!["a\nb.toml: cannot open".into()]).report(&mut err);
        assert_eq!(
            String::from_utf8_lossy(&err),
            "htlookup: a b.toml: cannot open\n"
        );
    }
}
