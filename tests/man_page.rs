//! The manual page (`man/htlookup.1`, which `htlookup man` prints and packages install) is
//! generated from the command line's own definition, here: clap_mangen writes the sections it
//! knows (name, synopsis, description, global options), and this file adds what a man page
//! reader looks for and clap has no place for: COMMANDS with each command's own options
//! (clap_mangen would point at one page per command, which htlookup does not ship), EXIT
//! STATUS (from the one table of exit codes), ENVIRONMENT and EXAMPLES. The page carries no
//! date, so it is the same on every build.
//!
//! The committed page must be what this generates: a test fails when the CLI changed and the
//! page did not. Regenerate it with `UPDATE_MAN=1 cargo test --test man_page`.

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};
use htlookup::cli::Cli;
use htlookup::error::EXIT_CODES;

const COMMITTED: &str = "man/htlookup.1";

#[test]
fn the_committed_man_page_is_generated_from_the_cli() {
    let generated = page();
    if std::env::var_os("UPDATE_MAN").is_some() {
        std::fs::write(COMMITTED, &generated).expect("write man/htlookup.1");
    }
    let committed = std::fs::read(COMMITTED).expect("man/htlookup.1 is committed");
    assert!(
        committed == generated,
        "{COMMITTED} is stale: regenerate it with `UPDATE_MAN=1 cargo test --test man_page`"
    );
}

#[test]
fn exit_status_lists_every_documented_code_with_its_whole_meaning() {
    let mut roff = Roff::new();
    exit_status(&mut roff);
    let text = roff.to_roff();
    for code in ["0", "1", "2", "3", "4"] {
        assert!(text.contains(&format!("\\fB{code}\\fR")), "{code}:\n{text}");
    }
    assert!(text.contains("output could not be written"), "{text}");
}

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

/// The whole page, as roff.
fn page() -> Vec<u8> {
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

/// EXIT STATUS, from the one table of exit codes (`--help` and the README print it too).
fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
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
    roff.text([bold("CLICOLOR_FORCE")]);
    roff.text([roman(
        "When set and not empty or 0, colour as with --color always.",
    )]);
    roff.control("TP", []);
    roff.text([bold("TERM")]);
    roff.text([roman(
        "When dumb, no colour and no clearing of the screen, unless --color always is given.",
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
