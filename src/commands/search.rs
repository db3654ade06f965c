//! `htlookup search QUERY`: ranked search across every record.

use super::{Context, join_or};
use crate::cli::SearchArgs;
use crate::error::{Error, Result};
use crate::query::search::{search, suggest};
use crate::render::{self, Format};
use htlookup_data::documents::SearchKind;

/// Prints the hits, best first. Nothing found is exit 1 with the closest titles on stderr.
pub fn run(args: &SearchArgs, format: Format, context: &mut Context<'_>) -> Result<()> {
    let query = args.query.join(" ");
    let query = super::checked_query("search", &query)?;
    let limit = args
        .limit
        .map(|limit| usize::try_from(limit).unwrap_or(usize::MAX));
    let kind = args.kind.map(Into::into);
    let hits = search(
        context.data.dataset(),
        context.data.index(),
        &context.data.layers,
        query,
        kind,
        limit,
    );
    if hits.is_empty() {
        let suggestions: Vec<String> = suggest(context.data.dataset(), &context.data.layers, query)
            .iter()
            .map(|hit| format!("{} {} ({})", hit.kind.as_str(), hit.id, hit.title))
            .collect();
        let hint = if kind == Some(SearchKind::Local) && context.data.layers.is_empty() {
            "--kind local searches the contacts of local layers, and none is added (--add FILE)"
                .to_string()
        } else if suggestions.is_empty() {
            "try fewer or other words".to_string()
        } else {
            format!("did you mean {}?", join_or(&suggestions))
        };
        // Scripts still get a valid (empty) list in their format; the exit code says why.
        render::records(context.out, format, &context.style, &hits)?;
        return Err(Error::NotFound(format!(
            "nothing matches {query:?}; {hint}"
        )));
    }
    Ok(render::records(context.out, format, &context.style, &hits)?)
}
