//! `htlookup completions SHELL`: prints a completion script (the committed copies live in
//! `completions/` and a test keeps them in step).
//!
//! clap_complete writes the scripts from the CLI's definition, with three gaps this module
//! fills in the scripts' text (each patch has a test that fails if a clap_complete upgrade
//! moves what it patches): `agencies QUERY` offers the built-in agency ids in zsh and fish
//! (the CLI takes any words there, so the ids cannot be its values); fish, whose generated
//! script completes no positional argument, gets one line per query argument so it offers ids
//! or nothing instead of file names; and fish's check for "no subcommand yet" treats an option
//! still waiting for its value (`htlookup --format <Tab>`) as a subcommand-less line, where the
//! generated one gave up and let fish complete file names.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Context;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

/// Writes the script for the chosen shell to stdout.
///
/// clap_complete panics when its writer fails, so the script is built in memory first and
/// written afterwards: a closed pipe then ends the run quietly instead of panicking.
pub fn run(args: &CompletionsArgs, context: &mut Context<'_>) -> Result<()> {
    context.out.write_all(&script(args.shell))?;
    Ok(())
}

/// The completion script for `shell`, as the binary prints it.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "htlookup", &mut script);
    match shell {
        Shell::Fish => fish_fixed(script, &agency_ids()),
        Shell::Zsh => zsh_fixed(script, &agency_ids()),
        _ => script,
    }
}

/// The start of `agencies QUERY`'s line in the generated zsh script; it ends with an empty
/// action (the argument's `ValueHint::Other`: complete nothing), which the ids fill.
const ZSH_AGENCY_QUERY: &str = "'*::query -- An id, abbreviation or words of a name";

/// The generated zsh script with `agencies QUERY` offering the built-in ids.
fn zsh_fixed(script: Vec<u8>, ids: &[(String, String)]) -> Vec<u8> {
    let text = String::from_utf8_lossy(&script);
    let values: Vec<String> = ids
        .iter()
        .map(|(id, name)| format!("{id}\\:\"{}\"", name.replace(':', "\\:")))
        .collect();
    let mut fixed = String::with_capacity(text.len() + 1024);
    for line in text.split_inclusive('\n') {
        match line.strip_suffix(":' \\\n") {
            Some(start) if line.starts_with(ZSH_AGENCY_QUERY) => {
                fixed.push_str(start);
                fixed.push_str(&format!(":(({}))' \\\n", values.join(" ")));
            }
            _ => fixed.push_str(line),
        }
    }
    fixed.into_bytes()
}

/// The built-in agencies' ids, each with its name for the shell to show beside it. An
/// apostrophe becomes a typographic one and quotation marks, backslashes, `$` and backticks
/// are dropped: no generator escapes them in every place it writes a description.
fn agency_ids() -> Vec<(String, String)> {
    crate::embedded::dataset()
        .agencies
        .iter()
        .map(|agency| {
            let name = agency.short_name.as_ref().unwrap_or(&agency.name);
            let name: String = name
                .chars()
                .filter(|c| !matches!(c, '"' | '\\' | '$' | '`'))
                .map(|c| if c == '\'' { '’' } else { c })
                .collect();
            (agency.id.to_string(), name)
        })
        .collect()
}

/// The generated fish script with fish's two gaps filled (see the module's comment).
fn fish_fixed(script: Vec<u8>, ids: &[(String, String)]) -> Vec<u8> {
    let mut text = String::from_utf8_lossy(&script).into_owned();
    // argparse fails on an option whose value is not typed yet; the line then has no
    // subcommand, which is what the function answers with success.
    let gave_up =
        "    argparse -s (__fish_htlookup_global_optspecs) -- $cmd 2>/dev/null\n    or return\n";
    let carries_on =
        "    argparse -s (__fish_htlookup_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n";
    text = text.replacen(gave_up, carries_on, 1);
    let values: Vec<String> = ids
        .iter()
        .map(|(id, name)| format!("{id}\\t'{name}'"))
        .collect();
    text.push_str(&format!(
        "complete -c htlookup -n \"__fish_htlookup_using_subcommand agencies\" -f -a \"{}\"\n",
        values.join("\n")
    ));
    for command in ["search", "local"] {
        text.push_str(&format!(
            "complete -c htlookup -n \"__fish_htlookup_using_subcommand {command}\" -f\n"
        ));
    }
    text.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fish_script_s_generated_check_is_the_one_fixed() {
        // A clap_complete upgrade that words it otherwise must fail here, not go unfixed.
        let generated = {
            let mut script = Vec::new();
            clap_complete::generate(Shell::Fish, &mut Cli::command(), "htlookup", &mut script);
            String::from_utf8(script).unwrap_or_default()
        };
        assert!(
            generated.contains("2>/dev/null\n    or return\n"),
            "{generated}"
        );
        let fixed = String::from_utf8(script(Shell::Fish)).unwrap_or_default();
        assert!(fixed.contains("2>/dev/null\n    or return 0\n"));
        assert!(!fixed.contains("2>/dev/null\n    or return\n"));
    }

    #[test]
    fn the_zsh_script_offers_the_agency_ids_for_agencies_query() {
        let fixed = String::from_utf8(script(Shell::Zsh)).unwrap_or_default();
        let line = fixed
            .lines()
            .find(|line| line.starts_with(ZSH_AGENCY_QUERY))
            .unwrap_or_default();
        assert!(
            line.ends_with(":((ovc\\:\"Office for Victims of Crime\" ovc-ttac\\:\"Office for Victims of Crime Training and Technical Assistance Center\" ojjdp\\:\"Office of Juvenile Justice and Delinquency Prevention\\: Human Trafficking Resources\" ovw\\:\"Office on Violence Against Women\" pitf\\:\"President’s Interagency Task Force to Monitor and Combat Trafficking in Persons\" uscis\\:\"U.S. Citizenship and Immigration Services\\: Victims of Human Trafficking & Other Crimes\" orr\\:\"Office of Refugee Resettlement\" otip\\:\"Office on Trafficking in Persons\" blue-campaign\\:\"Blue Campaign\" doj-human-trafficking\\:\"Human Trafficking\"))' \\"),
            "{line}"
        );
    }
}
