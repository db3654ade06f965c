//! The committed completion scripts in `completions/` must be exactly what the binary prints;
//! a flag added without regenerating them fails here.
//!
//! Regenerate with: `for s in bash zsh fish powershell elvish; do ...` (see README).

mod common;

use clap::ValueEnum;
use clap_complete::{Generator, Shell};

#[test]
fn committed_completion_scripts_match_the_binary() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for shell in Shell::value_variants() {
        let path = directory.join(shell.file_name("htlookup"));
        let committed =
            std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let generated = htlookup::completion_script(*shell);
        assert!(
            committed == generated,
            "{} is stale: regenerate it with `htlookup completions {shell}`",
            path.display()
        );
    }
}

#[test]
fn completion_scripts_offer_every_command() {
    let bash = String::from_utf8(htlookup::completion_script(Shell::Bash)).unwrap();
    let flags = [
        "--lang",
        "--walkthrough",
        "--qr",
        "--format",
        "--json",
        "--color",
        "--data",
    ];
    let words = common::command_names()
        .into_iter()
        .chain(flags.map(String::from));
    for word in words {
        assert!(bash.contains(&word), "bash completion lacks {word}");
    }
}
