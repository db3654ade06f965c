//! `htlookup publications`: the page's publications, filtered, sorted and limited.

use super::Context;
use crate::cli::PublicationsArgs;
use crate::error::{Error, Result};
use crate::query::publications::{PublicationFilter, sort, years};
use crate::render::{self, Format};

/// Prints the matching publications. An empty result is success (exit 0), with a note on
/// stderr naming the years that do have publications.
pub fn run(args: &PublicationsArgs, format: Format, context: &mut Context<'_>) -> Result<()> {
    if let (Some(since), Some(until)) = (args.since, args.until)
        && since > until
    {
        return Err(Error::Usage(format!(
            "--since {since} is later than --until {until}; give --since a year <= --until"
        )));
    }
    for text in [&args.publisher, &args.search].into_iter().flatten() {
        super::checked_query("publications", text)?;
    }
    let filter = PublicationFilter {
        year: args.year,
        since: args.since,
        until: args.until,
        publisher: args.publisher.clone(),
        search: args.search.clone(),
    };
    let all = &context.data.dataset().publications;
    let mut found = filter.apply(all);
    sort(&mut found, args.sort.into());
    if let Some(limit) = args.limit {
        found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    }
    if found.is_empty() {
        let years: Vec<String> = years(all).iter().map(u16::to_string).collect();
        let hint = if years.is_empty() {
            "the dataset has no dated publications".to_string()
        } else {
            format!("publications have years {}", years.join(", "))
        };
        writeln!(context.err, "htlookup: no publications match; {hint}")?;
    }
    Ok(render::records(
        context.out,
        format,
        &context.style,
        &found,
    )?)
}
