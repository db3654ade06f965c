//! `htlookup completions SHELL`: prints a completion script (the committed copies live in
//! `completions/` and a test keeps them in step).

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
    script
}
