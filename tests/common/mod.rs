//! The one place a test command is built, shared by every integration test file.

#![allow(dead_code)] // each test file uses a different part

use assert_cmd::Command;

/// Environment variables that change how a CLI prints (colour, width, locale, data); none of
/// the user's settings may leak into a test.
pub const SCRUBBED_ENV: [&str; 7] = [
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "LANG",
    "HTLOOKUP_DATA",
    "TERM",
];

/// The `htlookup` binary with a scrubbed environment. Every test starts here.
pub fn htlookup() -> Command {
    let mut command = Command::cargo_bin("htlookup").expect("cargo builds the htlookup binary");
    for name in SCRUBBED_ENV {
        command.env_remove(name);
    }
    command
}

/// The same binary and the same scrubbed environment as a plain `std::process::Command`, for the
/// tests that need to control its stdout pipe themselves.
pub fn htlookup_process() -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("htlookup"));
    for name in SCRUBBED_ENV {
        command.env_remove(name);
    }
    command
}

/// Every command htlookup has, as clap knows it (not the `help` clap adds): tests that must
/// cover each command read this list, so a new command is covered without editing them.
pub fn command_names() -> Vec<String> {
    use clap::CommandFactory;
    htlookup::cli::Cli::command()
        .get_subcommands()
        .map(|command| command.get_name().to_string())
        .filter(|name| name != "help")
        .collect()
}

/// `command` with the same scrubbed environment, for a test that runs htlookup through another
/// program (`script` for a real terminal).
pub fn scrubbed(mut command: std::process::Command) -> std::process::Command {
    for name in SCRUBBED_ENV {
        command.env_remove(name);
    }
    command
}

/// Whether `program` is on the PATH.
pub fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|output| output.status.success())
}
