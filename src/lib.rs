//! htlookup: an offline lookup of the OJP "Human Trafficking Special Feature" page.
//!
//! The whole command line runs through [`run`], so tests (and fuzzers) can drive it in-process
//! with any arguments and capture both streams. `main.rs` only wires it to the real process.

pub mod cli;
mod commands;
pub mod dataset;
pub mod env;
pub mod error;
pub mod query;
pub mod render;

use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::Path;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command};
use crate::commands::{Context, Interaction};
use crate::dataset::load::{Diagnostic, load_file};
use crate::dataset::{Lang, Source, locale};
use crate::error::{Error, ExitCode};
use crate::query::changes::national_changes;
use crate::render::Format;
use crate::render::sanitize::{visible, visible_controls};

pub use crate::commands::completion_script;
pub use crate::env::Environment;

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
    env: &Environment,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, ParserTree::Free, input, out, err, env)
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
    env: &Environment,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, ParserTree::LeaveToExit, input, out, err, env)
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
    env: &Environment,
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
    match run_command(cli, input, out, err, env) {
        Ok(code) => code.code(),
        Err(error) if error.is_broken_pipe() => ExitCode::Success.code(),
        Err(error) => {
            // One `htlookup:` line per line of the message, each made safe: messages can
            // quote a data file or a path, and a newline in one must not start a line.
            for line in error.lines() {
                let _ = writeln!(err, "htlookup: {}", visible(&line));
            }
            error.exit_code().code()
        }
    }
}

/// Chooses the dataset (built-in, or the --data / HTLOOKUP_DATA file), then runs the command.
///
/// A data file that cannot be used never hides the built-in report: the short answer, `report`
/// and `card` then answer from the built-in data, say on stderr what is wrong with the file,
/// and end with exit code 3 so scripts notice. Every other command stops with exit 3.
fn run_command(
    mut cli: Cli,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    env: &Environment,
) -> Result<ExitCode, Error> {
    let format = cli.output.format();
    if format == Format::Toml && !matches!(cli.command, Some(Command::Export)) {
        return Err(Error::Usage(
            "--format toml is only for 'htlookup export' (see 'htlookup export --help')"
                .to_string(),
        ));
    }
    let data_path = cli.data.data.take().or_else(|| env.data_file.clone());
    let fail_safe = matches!(
        cli.command,
        None | Some(Command::Report(_)) | Some(Command::Card(_))
    );
    let builtin = dataset::embedded();
    let mut outcome = ExitCode::Success;
    let loaded;
    let (data, source) = match (&mut cli.command, data_path) {
        // validate checks the file itself, and reports its problems as its output.
        (Some(Command::Validate(args)), path) => {
            args.path = args.path.take().or(path);
            (builtin, Source::BuiltIn)
        }
        // They describe the program, not the data: a broken data file is none of their business.
        (Some(Command::Man | Command::Completions(_)), _) | (_, None) => (builtin, Source::BuiltIn),
        (_, Some(path)) => match load_file(&path) {
            Ok(data) => {
                loaded = data;
                (&loaded, Source::File(path.display().to_string()))
            }
            Err(problems) if fail_safe => {
                writeln!(
                    err,
                    "htlookup: {}",
                    visible(&fallback_note(&path, &problems))
                )?;
                outcome = ExitCode::InvalidData;
                (builtin, Source::BuiltIn)
            }
            Err(problems) => return Err(data_error(&path, &problems)),
        },
    };
    let changes = match source {
        Source::File(_) => national_changes(&data.report, &builtin.report),
        Source::BuiltIn => Vec::new(),
    };
    // The views show these before the numbers; stderr says them too, for whoever runs it.
    let labels = &locale(Lang::En).labels;
    for change in &changes {
        writeln!(
            err,
            "htlookup: warning: {}",
            visible(&change.message(labels))
        )?;
    }
    let lang = cli.lang.map(Lang::from);
    let mut context = Context {
        data,
        source,
        changes,
        format,
        style: env.style(cli.output.color.into()),
        input,
        interaction: Interaction::of(env.stdin_is_terminal, env.stdout_is_terminal),
        out,
        err,
    };
    commands::run(cli.command, lang, &mut context)?;
    context.out.flush()?;
    Ok(outcome)
}

/// The one line that says a data file could not be used and the built-in data is shown.
fn fallback_note(path: &Path, problems: &[Diagnostic]) -> String {
    let first = problems.first().map_or_else(
        || format!("{}: cannot be used", path.display()),
        ToString::to_string,
    );
    let more = match problems.len() {
        0 | 1 => String::new(),
        count => format!(
            " ({} more: htlookup validate {})",
            count - 1,
            path.display()
        ),
    };
    format!("{first}{more}; showing the built-in data instead")
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
/// (exit 2) that keeps clap's own hint ("a similar argument exists: '--format'"), made safe:
/// clap quotes the user's arguments.
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
    let line = one_line(&text, subcommand.as_deref());
    let _ = writeln!(err, "htlookup: {}", visible_controls(&line));
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
    fn a_fallback_note_is_one_line_naming_the_first_problem_and_the_rest() {
        let problem = |message: &str| Diagnostic {
            path: "x.toml".into(),
            line: Some(3),
            column: Some(1),
            record: None,
            field: None,
            message: message.into(),
            severity: crate::dataset::load::Severity::Error,
        };
        assert_eq!(
            fallback_note(Path::new("x.toml"), &[problem("bad"), problem("worse")]),
            "x.toml:3:1: bad (1 more: htlookup validate x.toml); showing the built-in data instead"
        );
    }
}
