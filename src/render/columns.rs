//! Each record type's columns, defined once for table, CSV and Markdown.

use std::borrow::Cow;

use super::{Column, Tabular};
use crate::dataset::model::{Agency, Material, Publication, Video};
use crate::query::report::ReportRow;
use crate::query::search::SearchHit;

const fn column(key: &'static str, heading: &'static str) -> Column {
    Column { key, heading }
}

/// An optional text cell: empty when absent, never the word "null".
fn optional<'a>(value: Option<&'a str>) -> Cow<'a, str> {
    Cow::Borrowed(value.unwrap_or(""))
}

impl Tabular for Agency {
    const COLUMNS: &'static [Column] = &[
        column("id", "ID"),
        column("abbreviation", "Abbr."),
        column("name", "Name"),
        column("url", "URL"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            optional(self.abbreviation.as_deref()),
            Cow::Borrowed(&self.name),
            Cow::Borrowed(&self.url),
        ]
    }
}

impl Tabular for Publication {
    const COLUMNS: &'static [Column] = &[
        column("id", "ID"),
        column("title", "Title"),
        column("publisher", "Publisher"),
        column("sponsored", "Sponsored"),
        column("date", "Date"),
        column("url", "URL"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            Cow::Borrowed(&self.title),
            Cow::Borrowed(&self.publisher),
            Cow::Borrowed(if self.sponsored { "yes" } else { "no" }),
            Cow::Owned(self.date_label()),
            optional(self.url.as_deref()),
        ]
    }
}

impl Tabular for Video {
    const COLUMNS: &'static [Column] = &[
        column("id", "ID"),
        column("title", "Title"),
        column("producer", "Producer"),
        column("year", "Year"),
        column("url", "URL"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            Cow::Borrowed(&self.title),
            Cow::Borrowed(&self.producer),
            Cow::Owned(self.year.map(|year| year.to_string()).unwrap_or_default()),
            optional(self.url.as_deref()),
        ]
    }
}

impl Tabular for Material {
    const COLUMNS: &'static [Column] = &[
        column("id", "ID"),
        column("kind", "Kind"),
        column("title", "Title"),
        column("url", "URL"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            Cow::Borrowed(self.kind.as_str()),
            Cow::Borrowed(&self.title),
            optional(self.url.as_deref()),
        ]
    }
}

impl Tabular for SearchHit<'_> {
    const COLUMNS: &'static [Column] = &[
        column("kind", "Kind"),
        column("id", "ID"),
        column("title", "Title"),
        column("score", "Score"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.kind.as_str()),
            Cow::Borrowed(self.id),
            Cow::Borrowed(&self.title),
            Cow::Owned(self.score.to_string()),
        ]
    }
}

/// A field and its value: how a single object (`about`) becomes rows for CSV and Markdown.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Pair<'a> {
    /// The field's name.
    pub field: &'a str,
    /// Its value as text.
    pub value: Cow<'a, str>,
}

impl Tabular for Pair<'_> {
    const COLUMNS: &'static [Column] = &[column("field", "Field"), column("value", "Value")];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![Cow::Borrowed(self.field), Cow::Borrowed(&self.value)]
    }
}

impl Tabular for ReportRow {
    const COLUMNS: &'static [Column] = &[
        column("step", "Step"),
        column("via", "Via"),
        column("kind", "How"),
        column("value", "Contact"),
        column("vanity", "In letters"),
        column("note", "Notes"),
        column("languages", "Languages"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Owned(self.step.to_string()),
            Cow::Borrowed(&self.via),
            Cow::Borrowed(self.kind.as_str()),
            Cow::Borrowed(&self.value),
            optional(self.vanity.as_deref()),
            optional(self.note.as_deref()),
            Cow::Owned(self.languages.join("; ")),
        ]
    }
}
