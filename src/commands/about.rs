//! `htlookup about`: where the facts come from, when they were checked, what is uncertain.

use std::borrow::Cow;

use serde::Serialize;

use super::Context;
use crate::dataset::model::{Counts, Date, Text};
use crate::error::Result;
use crate::render::{self, Format, Pair};

/// The JSON shape of `htlookup about --json`.
#[derive(Debug, Serialize)]
struct About<'a> {
    title: &'a str,
    publisher: &'a str,
    url: &'a str,
    section_url: &'a str,
    created: Date,
    modified: Date,
    facts_checked: Date,
    notes: &'a [Text],
    counts: Counts,
    version: &'static str,
}

/// Prints the provenance: a card for people, one object for scripts.
pub fn run(context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    let meta = &data.meta;
    let counts = data.counts();
    let about = About {
        title: &meta.title,
        publisher: &meta.publisher,
        url: &meta.url,
        section_url: &meta.section_url,
        created: meta.created,
        modified: meta.modified,
        facts_checked: meta.facts_checked,
        notes: &meta.notes,
        counts,
        version: env!("CARGO_PKG_VERSION"),
    };
    let notes: Vec<String> = meta.notes.iter().map(|note| format!("- {note}")).collect();
    let fields = [
        (
            "Page",
            Cow::Owned(format!("{} ({})", meta.title, meta.publisher)),
        ),
        ("Address", Cow::Borrowed(about.url)),
        ("Created", Cow::Owned(meta.created.to_string())),
        ("Modified", Cow::Owned(meta.modified.to_string())),
        ("Facts checked", Cow::Owned(meta.facts_checked.to_string())),
        ("Records", Cow::Owned(about.counts.to_string())),
        ("Notes", Cow::Owned(notes.join("\n"))),
        ("Version", Cow::Owned(format!("htlookup {}", about.version))),
    ];
    match context.format {
        // `commands::run` refuses the card's formats here; the table is the fallback.
        Format::Table | Format::Html | Format::Text => {
            render::card(context.out, &context.style, &fields)?
        }
        Format::Json => render::json_document(context.out, &about)?,
        Format::Jsonl => render::json_line(context.out, &about)?,
        Format::Csv | Format::Markdown | Format::Toml => {
            let pairs: Vec<Pair<'_>> = fields
                .into_iter()
                .map(|(field, value)| Pair { field, value })
                .collect();
            render::records(context.out, context.format, &context.style, &pairs)?
        }
    }
    Ok(())
}
