//! One module per command: each gathers records through `query` and hands them to `render`.

mod about;
mod agencies;
mod card;
mod completions;
mod export;
mod man;
mod publications;
mod report;
mod search;
mod validate;
mod walkthrough;

pub use completions::script as completion_script;

use std::io::{BufRead, Write};

use crate::cli::Command;
use crate::dataset::{Dataset, Lang, Source};
use crate::error::{Error, Result};
use crate::query::changes::NationalChange;
use crate::render::{self, Format, Style};

/// What every command needs: the data and whose it is, how to write, and where.
pub struct Context<'a> {
    /// The dataset to answer from.
    pub data: &'a Dataset,
    /// Where it comes from: views name a data file in their footer.
    pub source: Source,
    /// The national numbers the data file changes: views warn before the numbers.
    pub changes: Vec<NationalChange>,
    /// The output format chosen on the command line.
    pub format: Format,
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

/// Runs one command; no command at all means the short answer, what a person in a hurry needs.
/// `lang` is a `--lang` given before the command, for the short answer, `report` and `card`
/// (their own `--lang` wins).
pub fn run(command: Option<Command>, lang: Option<Lang>, context: &mut Context<'_>) -> Result<()> {
    let is_card = matches!(command, Some(Command::Card(_)));
    if context.format.is_card_only() && !is_card {
        return Err(Error::Usage(
            "--format html is for 'htlookup card'; other commands print table, text, json, \
             jsonl, csv or markdown (see 'htlookup --help')"
                .to_string(),
        ));
    }
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
    match command {
        None => report::run_short(lang_or(None), context),
        Some(Command::Report(args)) => {
            report::run(&args, lang_or(args.lang.map(Lang::from)), context)
        }
        Some(Command::Agencies(args)) => agencies::run(&args, context),
        Some(Command::Publications(args)) => publications::run(&args, context),
        Some(Command::Videos) => render::records(
            context.out,
            context.format,
            &context.style,
            &context.data.videos,
        )
        .map_err(Into::into),
        Some(Command::Materials) => render::records(
            context.out,
            context.format,
            &context.style,
            &context.data.materials,
        )
        .map_err(Into::into),
        Some(Command::Search(args)) => search::run(&args, context),
        Some(Command::About) => about::run(context),
        Some(Command::Validate(args)) => validate::run(args.path.as_deref(), context),
        Some(Command::Export) => export::run(context),
        Some(Command::Completions(args)) => completions::run(&args, context),
        Some(Command::Card(args)) => card::run(lang_or(args.lang.map(Lang::from)), context),
        Some(Command::Man) => man::run(context),
    }
}

/// Joins `items` as "a, b or c" for one-line messages.
fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
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
