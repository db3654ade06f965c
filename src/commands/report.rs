//! `htlookup report`: how to report trafficking, emergency first.

use super::Context;
use crate::cli::ReportArgs;
use crate::error::Result;
use crate::query::report::rows;
use crate::render::{self, Format, report};

/// Prints the reporting instructions. JSON is the whole `report` object; the row formats list
/// every means with its step number; a table is the plain (or `--steps`) text view.
pub fn run(args: &ReportArgs, context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    let rows = rows(&data.report);
    match context.format {
        Format::Table if args.steps => {
            report::write_steps(context.out, &context.style, data, &rows)?
        }
        Format::Table => report::write_plain(context.out, &context.style, data, &rows)?,
        Format::Json => render::json_document(context.out, &data.report)?,
        format => render::records(context.out, format, &context.style, &rows)?,
    }
    Ok(())
}
