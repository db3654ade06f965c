//! htlookup: an offline lookup of the OJP "Human Trafficking Special Feature" page.
//!
//! One run goes one way: the command line ([`cli`]) and the environment ([`mod@env`]) choose a
//! command; [`data`] chooses the dataset it answers from (the one [`embedded`] in the binary,
//! or a data file read with the `htlookup_data` crate, with any local layers on top); the
//! command (`commands`) gathers records through [`query`] and hands them to a renderer
//! ([`render`]), whose every string from data has crossed [`render::sanitize`]; a failure is
//! an [`error::Error`], which decides the exit code.
//!
//! The whole command line runs through [`run`], so tests and fuzzers drive it in-process with
//! any arguments and capture both streams; `main.rs` only wires it to the real process.

pub mod cli;
mod commands;
pub mod data;
pub mod embedded;
pub mod env;
pub mod error;
pub mod query;
pub mod render;

use std::ffi::OsString;
use std::io::{BufRead, Write};

use crate::cli::NotRun;
use crate::commands::{Context, Interaction};
use crate::embedded::{Lang, locale};
use crate::error::{Error, ExitCode};
use crate::query::changes::national_changes;
use crate::render::sanitize::visible;

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
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let outcome = match cli::parse(&args, env.exits_after_run) {
        Ok(cli) => run_command(cli, input, out, err, env),
        Err(NotRun::Help(text)) => out
            .write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map(|()| ExitCode::Success)
            .map_err(Error::from),
        Err(NotRun::Error(error)) => Err(error),
    };
    match outcome {
        Ok(code) => code.code(),
        Err(error) => error.report(err).code(),
    }
}

/// Chooses the data for the command, says what is worth saying about it on stderr, and runs
/// the command. A data file that could not be used but was replaced by the built-in data (the
/// report, the card) ends the run with exit 3 after its output.
fn run_command(
    cli: cli::Cli,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    env: &Environment,
) -> Result<ExitCode, Error> {
    if cli.output.json && cli.output.format.is_some() {
        // clap's conflict check misses a global flag on one side of the command and the other
        // flag on the other side; the two must never silently override each other.
        return Err(Error::Usage(
            "the argument '--json' cannot be used with '--format <FORMAT>' (see 'htlookup --help')"
                .to_string(),
        ));
    }
    let path = cli.data.data.clone().or_else(|| env.data_file.clone());
    let layers = match (&cli.data.add[..], &env.layer_file) {
        ([], Some(layer)) => std::slice::from_ref(layer),
        (layers, _) => layers,
    };
    let choice = data::choose(commands::needs(&cli.command), path.as_deref(), layers)?;
    for note in &choice.fall_back {
        writeln!(err, "htlookup: {}", visible(note))?;
    }
    let changes = match choice.data.source {
        data::Source::File(_) => {
            national_changes(&choice.data.dataset().report, &embedded::dataset().report)
        }
        data::Source::BuiltIn => Vec::new(),
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
    let mut context = Context {
        data: &choice.data,
        checked: choice.checked,
        changes,
        style: env.style(cli.output.color.into()),
        input,
        interaction: Interaction::of(env.stdin_is_terminal, env.stdout_is_terminal),
        out,
        err,
    };
    let outcome = commands::run(cli, &mut context).and_then(|()| Ok(context.out.flush()?));
    drop(context);
    if env.exits_after_run {
        // The process ends next: the system takes back a large data file's records at once,
        // where freeing them one by one costs a twentieth of having loaded them.
        std::mem::forget(choice.data);
    }
    outcome?;
    Ok(match choice.fall_back.is_empty() {
        false => ExitCode::InvalidData,
        true => ExitCode::Success,
    })
}
