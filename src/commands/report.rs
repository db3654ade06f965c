//! `htlookup report`: how to report trafficking, emergency first.

use super::Context;
use crate::cli::ReportArgs;
use crate::dataset::{locale, translate};
use crate::error::{Error, Result};
use crate::query::report::rows;
use crate::render::report::{self, ReportView};
use crate::render::{self, Format};

/// Prints the reporting instructions in the chosen language. JSON is the whole `report` object;
/// the row formats list every means with its step number; a table is the plain (or `--steps`)
/// text view.
pub fn run(args: &ReportArgs, context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    let locale = locale(args.lang);
    let translated = translate::report(&data.report, locale);
    let rows = rows(&translated, &locale.labels.emergency_via);
    let view = ReportView {
        labels: &locale.labels,
        report: &translated,
        meta: &data.meta,
        rows: &rows,
    };
    if args.walkthrough {
        if context.format != Format::Table {
            return Err(Error::Usage(
                "--walkthrough shows the steps to people one at a time; --format and --json \
                 do not apply (see 'htlookup report --help')"
                    .to_string(),
            ));
        }
        super::walkthrough::run(&view, context)?;
        return Ok(());
    }
    match context.format {
        Format::Table if args.steps => report::write_steps(context.out, &context.style, &view)?,
        Format::Table => report::write_plain(context.out, &context.style, &view)?,
        Format::Json => render::json_document(context.out, &translated)?,
        format => render::records(context.out, format, &context.style, &rows)?,
    }
    Ok(())
}
