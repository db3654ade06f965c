//! Reading the command line: clap's outcome becomes a [`Cli`] to run, a help text to print, or
//! one [`Error`] whose message is clap's, folded into one line.

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

use super::Cli;
use crate::error::Error;

/// A command line that runs no command.
#[derive(Debug)]
pub enum NotRun {
    /// `--help`, `-h`, `help` or `--version`: this text goes to stdout, and the run succeeds.
    Help(String),
    /// A usage error (or, with no command of a group, clap's help for it, on stderr).
    Error(Error),
}

/// Parses `args` (the first is the program name). With `leave_tree`, clap's tree of commands
/// and arguments is left to the operating system instead of being freed piece by piece: a
/// tenth of a short run's instructions, for a process that exits right after (callgrind). Not
/// for in-process callers that run many times (tests, fuzzers): each run would keep its tree.
pub fn parse(args: &[OsString], leave_tree: bool) -> Result<Cli, NotRun> {
    let mut command = Cli::command();
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
        .map_err(|error| error.format(&mut command));
    if leave_tree {
        std::mem::forget(command);
    }
    parsed.map_err(|error| not_run(&error, args))
}

/// Help and version are texts to print; every other clap error is one line that keeps clap's
/// own hint ("a similar argument exists: '--format'").
fn not_run(error: &clap::Error, args: &[OsString]) -> NotRun {
    let text = error.render().to_string();
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => NotRun::Help(text),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            NotRun::Error(Error::UsageHelp(text))
        }
        _ => {
            // `--add` is not global (a global option costs every run, see cli.rs): after the
            // command it is unknown, and clap's own tip would not say where it goes.
            let misplaced = error.kind() == ErrorKind::UnknownArgument
                && text.contains("'--add'")
                && subcommand_in(args).is_some();
            let tip =
                misplaced.then_some("--add goes before the command: htlookup --add FILE COMMAND");
            NotRun::Error(Error::Usage(one_line(
                &text,
                subcommand_in(args).as_deref(),
                tip,
            )))
        }
    }
}

/// The first argument that names a command, so an error can point at that command's help.
fn subcommand_in(args: &[OsString]) -> Option<String> {
    let cli = Cli::command();
    args.iter().skip(1).find_map(|arg| {
        let arg = arg.to_str()?;
        cli.find_subcommand(arg)
            .map(|command| command.get_name().to_string())
    })
}

/// Folds clap's multi-line error into one line: the message, its tips, and where to get help
/// (clap's usage line names the command; without one, the command found in the arguments).
fn one_line(text: &str, subcommand: Option<&str>, tip: Option<&str>) -> String {
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
    if let Some(tip) = tip {
        message.push_str("; ");
        message.push_str(tip);
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
            one_line(text, None, None),
            "unexpected argument '--fromat' found; a similar argument exists: '--format' \
             (see 'htlookup publications --help')"
        );
    }

    #[test]
    fn without_a_usage_line_the_help_hint_names_the_command_from_the_arguments() {
        let text = "error: invalid value 'abc' for '--year <YEAR>': invalid digit found in string\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(text, Some("publications"), None),
            "invalid value 'abc' for '--year <YEAR>': invalid digit found in string \
             (see 'htlookup publications --help')"
        );
        let args: Vec<OsString> = ["htlookup", "--json", "search", "report"]
            .map(OsString::from)
            .into();
        assert_eq!(subcommand_in(&args).as_deref(), Some("search"));
    }
}
