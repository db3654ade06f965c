//! `htlookup man`: the manual page, in roff, for `man -l -` or a `man1` directory.
//!
//! The page is `man/htlookup.1`, committed and built in: `tests/man_page.rs` generates it from
//! the command line's definition and fails when the committed page is stale. Printing it
//! costs the binary a few kilobytes of text instead of a roff generator.

use super::Context;
use crate::error::Result;

/// The page, as committed.
const PAGE: &str = include_str!("../../man/htlookup.1");

/// Prints the man page. Like a completion script, it is not data: `--format` does not apply.
pub fn run(context: &mut Context<'_>) -> Result<()> {
    context.out.write_all(PAGE.as_bytes())?;
    Ok(())
}
