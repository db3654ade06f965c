//! `htlookup man`: the manual page, in roff, for `man -l -` or a `man1` directory.
//!
//! clap_mangen writes the sections it knows from the clap definition (name, synopsis,
//! description, global options); this module adds what a man page reader looks for and clap
//! has no place for: COMMANDS with each command's own options (clap_mangen would point at one
//! page per command, which htlookup does not ship), EXIT STATUS (from the same table `--help`
//! prints), ENVIRONMENT and EXAMPLES. The page carries no date, so it is the same on every
//! build.

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::Context;
use crate::cli::{Cli, EXIT_CODES};
use crate::error::{Error, Result};
use crate::render::Format;

/// Examples for the EXAMPLES section: the command and what it shows.
const EXAMPLES: [(&str, &str); 9] = [
    (
        "htlookup",
        "How to report trafficking: 911 first, then the hotline's every means.",
    ),
    (
        "htlookup report --steps",
        "The same as numbered steps, for a room.",
    ),
    (
        "htlookup report --walkthrough",
        "One step at a time: Enter for the next, q then Enter to quit.",
    ),
    (
        "htlookup report --qr",
        "The report, then QR codes to call, text or report online.",
    ),
    (
        "htlookup card --format html > card.html",
        "A one-page handout to print on Letter or A4.",
    ),
    (
        "htlookup report --lang es",
        "The report in Spanish; numbers, URLs and names unchanged.",
    ),
    ("htlookup agencies ovc", "One agency's details."),
    (
        "htlookup publications --year 2022 --format csv",
        "The publications of 2022 as CSV.",
    ),
    (
        "htlookup search 'trauma informed care' --json",
        "Search every record, for scripts.",
    ),
];

/// Prints the man page. Like a completion script, it is not data: `--format` does not apply.
pub fn run(context: &mut Context<'_>) -> Result<()> {
    if context.format != Format::Table {
        return Err(Error::Usage(
            "man prints a manual page; --format and --json do not apply \
             (see 'htlookup man --help')"
                .to_string(),
        ));
    }
    context.out.write_all(&page())?;
    Ok(())
}

/// The whole page, as roff.
pub fn page() -> Vec<u8> {
    let mut command = Cli::command();
    command.build();
    let man = Man::new(command.clone());
    let mut roff = Vec::new();
    // Writing to a Vec cannot fail; the page is built in memory so that a closed stdout is the
    // only write error, handled like any other command's.
    let _ = man.render_title(&mut roff);
    let _ = man.render_name_section(&mut roff);
    let _ = man.render_synopsis_section(&mut roff);
    let _ = man.render_description_section(&mut roff);
    let _ = man.render_options_section(&mut roff);
    let mut extra = Roff::new();
    commands(&mut extra, &command);
    exit_status(&mut extra);
    environment(&mut extra);
    examples(&mut extra);
    extra.control("SH", ["PRIVACY"]);
    extra.text([roman(
        "htlookup works offline: it never touches the network, writes no files and keeps \
         no history. In immediate danger, call 911.",
    )]);
    let _ = extra.to_writer(&mut roff);
    let _ = man.render_version_section(&mut roff);
    roff
}

/// COMMANDS: what each command does and its own options (the output options, which every
/// command takes, are above).
fn commands(roff: &mut Roff, command: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    for sub in command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        roff.control("SS", [format!("htlookup {}", sub.get_name()).as_str()]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        let own = sub
            .get_arguments()
            .filter(|arg| !arg.is_global_set() && !arg.is_hide_set())
            .filter(|arg| !matches!(arg.get_id().as_str(), "help" | "version"));
        for arg in own {
            let value = arg
                .get_value_names()
                .filter(|_| arg.get_action().takes_values())
                .and_then(|names| names.first())
                .map(|name| format!("<{name}>"));
            let name = match (arg.get_long(), &value) {
                (Some(long), Some(value)) => format!("--{long} {value}"),
                (Some(long), None) => format!("--{long}"),
                (None, Some(value)) => value.clone(),
                (None, None) => arg.get_id().to_string(),
            };
            roff.control("TP", []);
            roff.text([bold(name)]);
            let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|value| !value.is_hide_set())
                .map(|value| value.get_name().to_string())
                .collect();
            if !values.is_empty() && arg.get_long().is_some() {
                help.push_str(&format!(" [possible values: {}]", values.join(", ")));
            }
            roff.text([roman(help)]);
        }
    }
}

/// EXIT STATUS, from the table `--help` and the README print, so the three cannot disagree.
fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in EXIT_CODES.lines().skip(1) {
        let trimmed = line.trim();
        match trimmed.split_once("  ") {
            Some((code, meaning)) if code.chars().all(|c| c.is_ascii_digit()) => {
                entries.push((code.to_string(), meaning.trim().to_string()));
            }
            _ => {
                if let Some((_, meaning)) = entries.last_mut() {
                    meaning.push(' ');
                    meaning.push_str(trimmed);
                }
            }
        }
    }
    for (code, meaning) in entries {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
}

/// ENVIRONMENT: the variables htlookup reads, and the one it does not.
fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    roff.control("TP", []);
    roff.text([bold("NO_COLOR")]);
    roff.text([roman(
        "When set and not empty, no colour unless --color always is given.",
    )]);
    roff.control("TP", []);
    roff.text([bold("HTLOOKUP_DATA")]);
    roff.text([
        roman("When set and not empty, a dataset file to use instead of the built-in data; "),
        bold("--data"),
        roman(" wins over it."),
    ]);
    roff.control("TP", []);
    roff.text([bold("LANG")]);
    roff.text([
        roman("Not read: the language of the words is chosen with "),
        bold("--lang"),
        roman(", so output never changes with the machine's locale."),
    ]);
}

/// EXAMPLES.
fn examples(roff: &mut Roff) {
    roff.control("SH", ["EXAMPLES"]);
    for (command, what) in EXAMPLES {
        roff.control("TP", []);
        roff.text([bold(command)]);
        roff.text([roman(what)]);
    }
    roff.control("PP", []);
    roff.text([
        roman("The manual page itself: "),
        italic("htlookup man | man -l -"),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_lists_every_documented_code_with_its_whole_meaning() {
        let mut roff = Roff::new();
        exit_status(&mut roff);
        let text = roff.to_roff();
        for code in ["0", "1", "2", "3"] {
            assert!(text.contains(&format!("\\fB{code}\\fR")), "{code}:\n{text}");
        }
        assert!(text.contains("or output could not be written"), "{text}");
    }
}
