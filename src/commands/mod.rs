//! One module per command: each gathers records through `query` and hands them to `render`.
//! Commands do not call each other; what two share (the prepared report) is in `query`.
//!
//! This module decides, once for every command, what it needs of the data ([`needs`]) and
//! which formats it prints ([`Prints`]): a format it does not print is one usage error.

mod about;
mod agencies;
mod card;
mod completions;
mod export;
mod import;
mod local;
mod man;
mod publications;
mod report;
mod search;
mod validate;

pub use completions::script as completion_script;

use std::io::{BufRead, Write};

use crate::cli::{Cli, Command};
use crate::data::{Checked, Needs, RunData};
use crate::embedded::Lang;
use crate::error::{Error, Result};
use crate::query::changes::NationalChange;
use crate::render::{self, Format, Style};

/// What every command needs: the data and whose it is, how to write, and where.
pub struct Context<'a> {
    /// The data to answer from, and where it comes from.
    pub data: &'a RunData,
    /// For `validate`: the file it checks, and what checking found.
    pub checked: Option<Checked>,
    /// The national numbers the data file changes: views warn before the numbers.
    pub changes: Vec<NationalChange>,
    /// How human output looks on this run.
    pub style: Style,
    /// Standard input, read line by line by `report --walkthrough`.
    pub input: &'a mut dyn BufRead,
    /// Who reads the output and where keys come from, for `report --walkthrough`.
    pub interaction: Interaction,
    /// Standard output: data only.
    pub out: &'a mut dyn Write,
    /// Standard error: hints and notes, each line starting with `htlookup:`.
    pub err: &'a mut dyn Write,
}

/// Who is on each end of a run, which decides how `report --walkthrough` behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interaction {
    /// A person at a terminal on both ends: clear the screen, prompt, wait for each key.
    Terminal,
    /// Keys come from a pipe or file (a script, a test): read them, print no prompts.
    Scripted,
    /// A person types at a terminal but the output goes elsewhere (`> file`, `| less`): they
    /// could not see a prompt, so nothing waits and every step is printed.
    Transcript,
}

impl Interaction {
    /// From what is a terminal: standard input and standard output.
    pub fn of(stdin_is_terminal: bool, stdout_is_terminal: bool) -> Self {
        match (stdin_is_terminal, stdout_is_terminal) {
            (true, true) => Interaction::Terminal,
            (true, false) => Interaction::Transcript,
            (false, _) => Interaction::Scripted,
        }
    }
}

/// What a command prints: the formats it takes, its default first, and what its output is
/// (for the error that names a format it does not take).
#[derive(Debug, Clone, Copy)]
pub struct Prints {
    /// The command as it is typed (`htlookup report`).
    pub name: &'static str,
    /// The formats it takes; empty for a command whose output has one form (a script).
    pub formats: &'static [Format],
    /// What it prints, in a few words.
    pub what: &'static str,
}

/// The formats of every list and view for people and scripts.
const VIEWS: &[Format] = &[
    Format::Table,
    Format::Text,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Markdown,
];

/// What `command` prints.
fn prints(command: &Option<Command>) -> Prints {
    let (name, formats, what) = match command {
        None => ("htlookup", VIEWS, "the short answer"),
        Some(Command::Report(_)) => ("htlookup report", VIEWS, "how to report"),
        Some(Command::Agencies(_)) => ("htlookup agencies", VIEWS, "agencies"),
        Some(Command::Publications(_)) => ("htlookup publications", VIEWS, "publications"),
        Some(Command::Videos) => ("htlookup videos", VIEWS, "videos"),
        Some(Command::Materials) => ("htlookup materials", VIEWS, "materials"),
        Some(Command::Search(_)) => ("htlookup search", VIEWS, "search results"),
        Some(Command::Local(_)) => ("htlookup local", VIEWS, "local contacts"),
        Some(Command::About) => ("htlookup about", VIEWS, "where the facts come from"),
        Some(Command::Validate(_)) => (
            "htlookup validate",
            &[Format::Text, Format::Json, Format::Jsonl][..],
            "the problems of a dataset file",
        ),
        Some(Command::Export) => (
            "htlookup export",
            &[Format::Toml, Format::Json][..],
            "a whole dataset",
        ),
        Some(Command::Card(_)) => (
            "htlookup card",
            &[Format::Text, Format::Markdown, Format::Html][..],
            "a handout for people",
        ),
        Some(Command::Import(_)) => ("htlookup import hsds", &[][..], "a local layer (TOML)"),
        Some(Command::Man) => ("htlookup man", &[][..], "a manual page"),
        Some(Command::Completions(_)) => ("htlookup completions", &[][..], "a shell script"),
    };
    Prints {
        name,
        formats,
        what,
    }
}

/// The format `command` prints: the one asked for if it takes it, else its default; a
/// format it does not take is the one usage error that says which it does. A command with one
/// form of output (man, completions) gets `Text`, which it does not read.
fn format_for(command: &Option<Command>, asked: Option<Format>) -> Result<Format> {
    let Prints {
        name,
        formats,
        what,
    } = prints(command);
    match (formats, asked) {
        ([], None) => Ok(Format::Text),
        ([], Some(_)) => Err(Error::Usage(format!(
            "--format and --json do not apply: '{name}' prints {what} (see '{name} --help')"
        ))),
        ([default, ..], None) => Ok(*default),
        (formats, Some(format)) if formats.contains(&format) => Ok(format),
        (formats, Some(format)) => {
            let names: Vec<String> = formats.iter().map(|f| f.name().to_string()).collect();
            Err(Error::Usage(format!(
                "--format {} does not apply: '{name}' prints {what} as {} (see '{name} --help')",
                format.name(),
                join_or(&names)
            )))
        }
    }
}

/// What `command` needs of the data (see [`Needs`]).
pub fn needs(command: &Option<Command>) -> Needs<'_> {
    match command {
        None | Some(Command::Report(_)) | Some(Command::Card(_)) => Needs::DataOrBuiltIn,
        Some(Command::Man | Command::Completions(_)) => Needs::Nothing,
        Some(Command::Validate(args)) => Needs::Check(args.path.as_deref()),
        Some(_) => Needs::Data,
    }
}

/// Runs the command line's command; no command at all means the short answer, what a person
/// in a hurry needs. A `--lang` given before the command is for the short answer, `report` and
/// `card` (their own `--lang` wins).
pub fn run(cli: Cli, context: &mut Context<'_>) -> Result<()> {
    let command = cli.command;
    let format = format_for(&command, cli.output.format())?;
    let lang = cli.lang.map(Lang::from);
    let takes_lang = matches!(
        command,
        None | Some(Command::Report(_)) | Some(Command::Card(_))
    );
    if lang.is_some() && !takes_lang {
        return Err(Error::Usage(
            "--lang is for the short answer ('htlookup --lang es'), 'report' and 'card'; \
             other commands print the data's own words (see 'htlookup --help')"
                .to_string(),
        ));
    }
    let lang_or = |own: Option<Lang>| own.or(lang).unwrap_or_default();
    let data = context.data.dataset();
    match command {
        None => report::run_short(lang_or(None), format, context),
        Some(Command::Report(args)) => {
            report::run(&args, lang_or(args.lang.map(Lang::from)), format, context)
        }
        Some(Command::Agencies(args)) => agencies::run(&args, format, context),
        Some(Command::Publications(args)) => publications::run(&args, format, context),
        Some(Command::Videos) => Ok(render::records(
            context.out,
            format,
            &context.style,
            &data.videos,
        )?),
        Some(Command::Materials) => Ok(render::records(
            context.out,
            format,
            &context.style,
            &data.materials,
        )?),
        Some(Command::Search(args)) => search::run(&args, format, context),
        Some(Command::Local(args)) => local::run(&args, format, context),
        Some(Command::About) => about::run(format, context),
        Some(Command::Validate(_)) => validate::run(format, context),
        Some(Command::Export) => export::run(format, context),
        Some(Command::Completions(args)) => completions::run(&args, context),
        Some(Command::Card(args)) => card::run(lang_or(args.lang.map(Lang::from)), format, context),
        Some(Command::Import(args)) => import::run(&args, context),
        Some(Command::Man) => man::run(context),
    }
}

/// Says on stderr how many of the data's sentences the report's language cannot translate and
/// so shows in English: the built-in data has none (the build checks), but a `--data` file's
/// own sentences would otherwise switch language silently in the middle of a Spanish handout.
fn note_untranslated(
    report: &crate::query::prepared::PreparedReport<'_>,
    context: &mut Context<'_>,
) -> Result<()> {
    let missing = report.untranslated;
    if missing == 0 {
        return Ok(());
    }
    let (sentences, have, are) = if missing == 1 {
        ("sentence", "has", "is")
    } else {
        ("sentences", "have", "are")
    };
    writeln!(
        context.err,
        "htlookup: {missing} {sentences} of the data {have} no --lang {} translation and {are} shown in English",
        report.lang
    )?;
    Ok(())
}

/// Joins `items` as "a, b or c" for one-line messages.
fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// A query as given to `command`, or the usage error (exit 2) when it is longer than a query
/// may be ([`crate::query::too_long`]).
fn checked_query<'q>(command: &str, query: &'q str) -> Result<&'q str> {
    match crate::query::too_long(query) {
        Some(problem) => Err(Error::Usage(format!(
            "{problem} (see 'htlookup {command} --help')"
        ))),
        None => Ok(query),
    }
}

#[cfg(test)]
mod tests {
    use super::join_or;

    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(join_or(&[]), "");
        assert_eq!(join_or(&["a".into()]), "a");
        assert_eq!(join_or(&["a".into(), "b".into(), "c".into()]), "a, b or c");
    }
}
