//! htlookup: an offline lookup of the OJP "Human Trafficking Special Feature" page.
//!
//! The whole command line runs through [`run`], so tests (and fuzzers) can drive it in-process
//! with any arguments and capture both streams. `main.rs` only wires it to the real process.

pub mod cli;
mod commands;
pub mod dataset;
pub mod error;
pub mod query;
pub mod render;

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal, Write};

use clap::Parser;
use clap::error::ErrorKind;

use crate::cli::{Cli, ColorChoice};
use crate::commands::Context;
use crate::error::{Error, ExitCode};
use crate::render::Style;

pub use crate::commands::completion_script;

/// What the process's environment says about output, read once by `main`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Whether stdout is a terminal (not a pipe or file).
    pub stdout_is_terminal: bool,
    /// The terminal's width in columns, when stdout is one.
    pub width: Option<u16>,
    /// Whether `NO_COLOR` is set to something other than the empty string.
    pub no_color: bool,
    /// Whether stdin is a terminal: only then does `report --walkthrough` prompt and clear
    /// the screen; piped keys get a clean transcript.
    pub stdin_is_terminal: bool,
}

impl Terminal {
    /// Reads the real stdout and environment.
    pub fn detect() -> Terminal {
        let stdout = std::io::stdout();
        let stdout_is_terminal = stdout.is_terminal();
        let width = if stdout_is_terminal {
            terminal_size::terminal_size_of(&stdout).map(|(width, _)| width.0)
        } else {
            None
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Terminal {
            stdout_is_terminal,
            width,
            no_color,
            stdin_is_terminal: std::io::stdin().is_terminal(),
        }
    }

    /// The run's style: `--color always` wins over `NO_COLOR`; auto colours only a terminal.
    fn style(&self, choice: ColorChoice) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => self.stdout_is_terminal && !self.no_color,
        };
        Style {
            color,
            width: self.width,
        }
    }
}

/// Runs htlookup with `args` (the first is the program name) and returns the exit code.
///
/// Keys come from `input` line by line (only `report --walkthrough` reads them), so tests can
/// script a session. Data goes to `out`, messages to `err` as single lines starting with
/// `htlookup:`. A reader that closes `out` early ends the run quietly with success.
pub fn run<I, T>(
    args: I,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: &Terminal,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return report_clap_error(&error, subcommand_in(&args), out, err),
    };
    if cli.output.json && cli.output.format.is_some() {
        // clap's conflict check misses a global flag on one side of the command and the other
        // flag on the other side; the two must never silently override each other.
        let _ = writeln!(
            err,
            "htlookup: the argument '--json' cannot be used with '--format <FORMAT>' (see 'htlookup --help')"
        );
        return ExitCode::Usage.code();
    }
    let mut context = Context {
        data: dataset::embedded(),
        format: cli.output.format(),
        style: terminal.style(cli.output.color),
        input,
        interactive: terminal.stdin_is_terminal && terminal.stdout_is_terminal,
        out,
        err,
    };
    let result = commands::run(cli.command, &mut context).and_then(|()| Ok(context.out.flush()?));
    match result {
        Ok(()) => ExitCode::Success.code(),
        Err(error) if error.is_broken_pipe() => ExitCode::Success.code(),
        Err(error) => {
            let _ = writeln!(err, "htlookup: {error}");
            error.exit_code().code()
        }
    }
}

/// The first argument that names a command, so an error can point at that command's help.
fn subcommand_in(args: &[OsString]) -> Option<String> {
    let cli = <Cli as clap::CommandFactory>::command();
    args.iter().skip(1).find_map(|arg| {
        let arg = arg.to_str()?;
        cli.find_subcommand(arg)
            .map(|command| command.get_name().to_string())
    })
}

/// Help and version go to stdout (exit 0); every other clap error becomes one line on stderr
/// (exit 2) that keeps clap's own hint ("a similar argument exists: '--format'").
fn report_clap_error(
    error: &clap::Error,
    subcommand: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let text = error.render().to_string();
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
        return match written.map_err(Error::from) {
            Err(error) if !error.is_broken_pipe() => ExitCode::NotFound.code(),
            _ => ExitCode::Success.code(),
        };
    }
    if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.write_all(text.as_bytes());
        return ExitCode::Usage.code();
    }
    let _ = writeln!(err, "htlookup: {}", one_line(&text, subcommand.as_deref()));
    ExitCode::Usage.code()
}

/// Folds clap's multi-line error into one line: the message, its tips, and where to get help
/// (clap's usage line names the command; without one, the command found in the arguments).
fn one_line(text: &str, subcommand: Option<&str>) -> String {
    let mut message = String::new();
    let mut help = match subcommand {
        Some(name) => format!("htlookup {name} --help"),
        None => "htlookup --help".to_string(),
    };
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if let Some(usage) = line.strip_prefix("Usage: ") {
            let path: Vec<&str> = usage
                .split_whitespace()
                .take_while(|word| !word.starts_with(['[', '<', '-']))
                .collect();
            help = format!("{} --help", path.join(" "));
        } else if line.starts_with("For more information") {
            continue;
        } else if let Some(tip) = line.strip_prefix("tip: ") {
            message.push_str("; ");
            message.push_str(tip);
        } else {
            let line = line.strip_prefix("error: ").unwrap_or(line);
            if !message.is_empty() && !message.ends_with(' ') {
                message.push(' ');
            }
            message.push_str(line);
        }
    }
    format!("{message} (see '{help}')")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_fold_into_one_line_with_the_tip_and_the_help_command() {
        let text = "error: unexpected argument '--fromat' found\n\n  tip: a similar argument exists: '--format'\n\nUsage: htlookup publications [OPTIONS]\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(text, None),
            "unexpected argument '--fromat' found; a similar argument exists: '--format' \
             (see 'htlookup publications --help')"
        );
    }

    #[test]
    fn without_a_usage_line_the_help_hint_names_the_command_from_the_arguments() {
        let text = "error: invalid value 'abc' for '--year <YEAR>': invalid digit found in string\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(text, Some("publications")),
            "invalid value 'abc' for '--year <YEAR>': invalid digit found in string \
             (see 'htlookup publications --help')"
        );
        let args: Vec<OsString> = ["htlookup", "--json", "search", "report"]
            .map(OsString::from)
            .into();
        assert_eq!(subcommand_in(&args).as_deref(), Some("search"));
    }

    #[test]
    fn color_always_beats_no_color_and_auto_needs_a_terminal() {
        let piped = Terminal {
            no_color: true,
            ..Terminal::default()
        };
        assert!(piped.style(ColorChoice::Always).color);
        assert!(!piped.style(ColorChoice::Auto).color);
        let terminal = Terminal {
            stdout_is_terminal: true,
            width: Some(80),
            no_color: false,
            stdin_is_terminal: false,
        };
        assert!(terminal.style(ColorChoice::Auto).color);
        assert!(!terminal.style(ColorChoice::Never).color);
        let no_color_terminal = Terminal {
            no_color: true,
            ..terminal
        };
        assert!(!no_color_terminal.style(ColorChoice::Auto).color);
    }
}
