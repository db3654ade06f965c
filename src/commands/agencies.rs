//! `htlookup agencies [QUERY]`: the related agencies, or the ones a query names.

use std::borrow::Cow;

use super::{Context, join_or};
use crate::cli::AgenciesArgs;
use crate::error::{Error, Result};
use crate::query::agencies::{find, suggest};
use crate::render::{self, Format};

/// Lists all agencies, or those matching the query; a single match in a table is shown as a
/// detail card. No match is exit 1 with the closest agencies on stderr.
pub fn run(args: &AgenciesArgs, format: Format, context: &mut Context<'_>) -> Result<()> {
    let agencies = &context.data.dataset().agencies;
    if args.query.is_empty() {
        return Ok(render::records(
            context.out,
            format,
            &context.style,
            agencies,
        )?);
    }
    let query = args.query.join(" ");
    let query = super::checked_query("agencies", &query)?;
    let found = find(agencies, query);
    match found.as_slice() {
        [] => {
            let suggestions: Vec<String> = suggest(agencies, query)
                .iter()
                .map(|agency| {
                    let name = agency.short_name.as_ref().unwrap_or(&agency.name);
                    format!("{} ({name})", agency.id)
                })
                .collect();
            let hint = if suggestions.is_empty() {
                "run 'htlookup agencies' to list all".to_string()
            } else {
                format!("did you mean {}?", join_or(&suggestions))
            };
            // Scripts still get a valid (empty) list in their format; the exit code says why.
            render::records(context.out, format, &context.style, &found)?;
            Err(Error::NotFound(format!(
                "no agency matches {query:?}; {hint}"
            )))
        }
        [agency] if matches!(format, Format::Table | Format::Text) => {
            let fields = [
                ("Name", Cow::Borrowed(agency.name.as_ref())),
                (
                    "Short name",
                    Cow::Borrowed(agency.short_name.as_deref().unwrap_or("")),
                ),
                (
                    "Abbreviation",
                    Cow::Borrowed(agency.abbreviation.as_deref().unwrap_or("")),
                ),
                ("ID", Cow::Borrowed(agency.id.as_ref())),
                ("Part of", Cow::Borrowed(agency.parent.as_ref())),
                ("Website", Cow::Borrowed(agency.url.as_ref())),
                ("About", Cow::Borrowed(agency.description.as_ref())),
                ("Source", Cow::Borrowed(agency.source.as_ref())),
            ];
            Ok(render::detail(
                context.out,
                format,
                &context.style,
                &fields,
            )?)
        }
        _ => Ok(render::records(
            context.out,
            format,
            &context.style,
            &found,
        )?),
    }
}
