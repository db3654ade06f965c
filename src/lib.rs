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

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

use std::path::{Path, PathBuf};

use crate::cli::{Cli, ColorChoice, Command};
use crate::commands::{Context, Interaction};
use crate::dataset::load::{Diagnostic, load_file};
use crate::error::{Error, ExitCode};
use crate::render::{Format, Style};

pub use crate::commands::completion_script;

/// What the process's environment says (terminal, `NO_COLOR`, `HTLOOKUP_DATA`), read once by
/// `main`, so that `run` itself reads no environment and tests can set each part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Whether stdout is a terminal (not a pipe or file).
    pub stdout_is_terminal: bool,
    /// The terminal's width in columns, when stdout is one.
    pub width: Option<u16>,
    /// Whether `NO_COLOR` is set to something other than the empty string.
    pub no_color: bool,
    /// `HTLOOKUP_DATA`, when set and not empty: the dataset file to use unless `--data` says
    /// otherwise.
    pub data_file: Option<PathBuf>,
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
        let data_file = std::env::var_os("HTLOOKUP_DATA")
            .filter(|value| !value.is_empty())
            .map(PathBuf::from);
        Terminal {
            stdout_is_terminal,
            width,
            no_color,
            data_file,
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
    run_with(args, ParserTree::Free, input, out, err, terminal)
}

/// [`run`] for the real process, which exits right after: clap's tree of commands and
/// arguments is left to the operating system instead of being freed piece by piece, a tenth
/// of a short run's instructions (callgrind). Not for in-process callers that run many times
/// (tests, fuzzers): each call would keep its tree.
pub fn run_process<I, T>(
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
    run_with(args, ParserTree::LeaveToExit, input, out, err, terminal)
}

/// What happens to clap's command tree once the arguments are parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParserTree {
    /// Freed, as usual.
    Free,
    /// Kept until the process exits (see [`run_process`]).
    LeaveToExit,
}

/// The arguments parsed into [`Cli`], the tree kept or freed as asked.
fn parse(args: &[OsString], tree: ParserTree) -> Result<Cli, clap::Error> {
    let mut command = Cli::command();
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
        .map_err(|error| error.format(&mut command));
    if tree == ParserTree::LeaveToExit {
        std::mem::forget(command);
    }
    parsed
}

fn run_with<I, T>(
    args: I,
    tree: ParserTree,
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
    let cli = match parse(&args, tree) {
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
    let result = run_command(cli, input, out, err, terminal);
    match result {
        Ok(()) => ExitCode::Success.code(),
        Err(error) if error.is_broken_pipe() => ExitCode::Success.code(),
        Err(error) => {
            // One `htlookup:` line per line of the message, each made safe: messages can
            // quote a data file.
            for line in error.to_string().lines() {
                let _ = writeln!(err, "htlookup: {}", render::sanitize::visible(line));
            }
            error.exit_code().code()
        }
    }
}

/// Chooses the dataset (built-in, or the --data / HTLOOKUP_DATA file), then runs the command.
fn run_command(
    mut cli: Cli,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: &Terminal,
) -> Result<(), Error> {
    let format = cli.output.format();
    if format == Format::Toml && !matches!(cli.command, Some(Command::Export)) {
        return Err(Error::Usage(
            "--format toml is only for 'htlookup export' (see 'htlookup export --help')"
                .to_string(),
        ));
    }
    let data_path = cli.data.data.take().or_else(|| terminal.data_file.clone());
    let loaded;
    let data = match (&mut cli.command, data_path) {
        // validate checks the file itself, and reports its problems as its output.
        (Some(Command::Validate(args)), path) => {
            args.path = args.path.take().or(path);
            dataset::embedded()
        }
        (_, None) => dataset::embedded(),
        (_, Some(path)) => {
            loaded = load_file(&path).map_err(|problems| data_error(&path, &problems))?;
            &loaded
        }
    };
    let mut context = Context {
        data,
        format,
        style: terminal.style(cli.output.color),
        input,
        interaction: Interaction::of(terminal.stdin_is_terminal, terminal.stdout_is_terminal),
        out,
        err,
    };
    commands::run(cli.command, &mut context)?;
    Ok(context.out.flush()?)
}

/// The first few problems of a bad data file, and how to see them all.
fn data_error(path: &Path, problems: &[Diagnostic]) -> Error {
    const SHOWN: usize = 5;
    let mut lines: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(ToString::to_string)
        .collect();
    if problems.len() > SHOWN {
        lines.push(format!(
            "... and {} more; run 'htlookup validate {}' to see them all",
            problems.len() - SHOWN,
            path.display()
        ));
    }
    Error::InvalidData(lines)
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
            data_file: None,
            stdin_is_terminal: false,
        };
        assert!(terminal.style(ColorChoice::Auto).color);
        assert!(!terminal.style(ColorChoice::Never).color);
        let no_color_terminal = Terminal {
            no_color: true,
            ..terminal.clone()
        };
        assert!(!no_color_terminal.style(ColorChoice::Auto).color);
    }
}
