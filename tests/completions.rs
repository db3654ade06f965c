//! The committed completion scripts in `completions/` must be exactly what the binary prints;
//! a flag added without regenerating them fails here.
//!
//! Regenerate with: `for s in bash zsh fish powershell elvish; do ...` (see README).

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
    for command in [
        "report",
        "agencies",
        "publications",
        "videos",
        "materials",
        "search",
        "about",
        "completions",
        "card",
        "man",
        "--lang",
        "--walkthrough",
        "--qr",
        "--format",
        "--json",
        "--color",
    ] {
        assert!(bash.contains(command), "bash completion lacks {command}");
    }
}
