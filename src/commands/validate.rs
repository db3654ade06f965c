//! `htlookup validate [PATH]`: every problem in a dataset file, located, one per line.

use std::path::Path;

use super::Context;
use crate::dataset::load::{Diagnostic, load_file};
use crate::dataset::{self, validate::validate};
use crate::error::{Error, Result};
use crate::render::{self, Format};

/// Checks `path` (or, without one, the built-in data). The problems are this command's
/// output, so they go to stdout (text or JSON); stderr gets one summary line and the exit
/// code is 3 when the file is invalid.
pub fn run(path: Option<&Path>, context: &mut Context<'_>) -> Result<()> {
    let Some(path) = path else {
        // The built-in data was validated when the binary was built; check again anyway, it
        // costs nothing and guards against a build that skipped build.rs.
        let problems = validate(dataset::embedded());
        let diagnostics: Vec<Diagnostic> = problems
            .iter()
            .map(|problem| Diagnostic {
                path: "built-in dataset".to_string(),
                line: None,
                column: None,
                record: Some(problem.record.label.clone()),
                field: Some(problem.field.to_string()),
                message: problem.message.clone(),
            })
            .collect();
        let counts = dataset::embedded().counts().to_string();
        return report("built-in dataset", &counts, &diagnostics, context);
    };
    let label = path.display().to_string();
    match load_file(path) {
        Ok(data) => report(&label, &data.counts().to_string(), &[], context),
        Err(diagnostics) => report(&label, "", &diagnostics, context),
    }
}

/// Prints the problems (or, for a valid file, one summary line with `counts`).
fn report(
    label: &str,
    counts: &str,
    diagnostics: &[Diagnostic],
    context: &mut Context<'_>,
) -> Result<()> {
    match context.format {
        Format::Json => render::json_document(context.out, diagnostics)?,
        Format::Jsonl => {
            for diagnostic in diagnostics {
                render::json_line(context.out, diagnostic)?;
            }
        }
        Format::Table => {
            for diagnostic in diagnostics {
                let line = render::sanitize::visible(&diagnostic.to_string()).into_owned();
                writeln!(context.out, "{line}")?;
            }
            if diagnostics.is_empty() {
                writeln!(context.out, "{label}: valid: {counts}")?;
            }
        }
        Format::Csv | Format::Markdown | Format::Toml | Format::Html | Format::Text => {
            return Err(Error::Usage(
                "validate prints text or JSON; use --format table, json or jsonl \
                 (see 'htlookup validate --help')"
                    .to_string(),
            ));
        }
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        let count = diagnostics.len();
        let plural = if count == 1 { "" } else { "s" };
        Err(Error::InvalidData(vec![format!(
            "{label} is not a valid dataset: {count} problem{plural}"
        )]))
    }
}
