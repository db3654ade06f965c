//! Each record type's columns, defined once for table, CSV and Markdown.

use std::borrow::Cow;

use super::{Column, Tabular};
use crate::query::report::ReportRow;
use crate::query::search::SearchHit;
use htlookup_data::model::{Agency, Material, Publication, Video};

const fn column(key: &'static str, heading: &'static str) -> Column {
    Column { key, heading }
}

/// An optional text cell: empty when absent, never the word "null".
fn optional<'a>(value: Option<&'a str>) -> Cow<'a, str> {
    Cow::Borrowed(value.unwrap_or(""))
}

impl Tabular for Agency {
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "short_name",
        "abbreviation",
        "parent",
        "url",
        "description",
        "source",
    ];
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
    const KEYS: &'static [&'static str] = &[
        "id",
        "title",
        "publisher",
        "sponsored",
        "year",
        "month",
        "date_note",
        "url",
        "ncj",
        "source",
    ];
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
    const KEYS: &'static [&'static str] = &[
        "id",
        "title",
        "producer",
        "year",
        "url",
        "description",
        "source",
    ];
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
    const KEYS: &'static [&'static str] = &[
        "id",
        "kind",
        "title",
        "producer",
        "announced",
        "audience",
        "languages",
        "url",
        "description",
        "source",
    ];
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
    const KEYS: &'static [&'static str] = &["kind", "id", "title", "score"];
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
    const KEYS: &'static [&'static str] = &["field", "value"];
    const COLUMNS: &'static [Column] = &[column("field", "Field"), column("value", "Value")];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![Cow::Borrowed(self.field), Cow::Borrowed(&self.value)]
    }
}

impl Tabular for ReportRow {
    const KEYS: &'static [&'static str] = &[
        "step",
        "id",
        "via",
        "purpose",
        "on_page",
        "kind",
        "value",
        "vanity",
        "note",
        "languages",
        "keywords",
    ];
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

impl Tabular for crate::query::local::LocalContact<'_> {
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "area",
        "help",
        "description",
        "languages",
        "hours",
        "means",
        "source",
        "layer",
    ];
    const COLUMNS: &'static [Column] = &[
        column("id", "ID"),
        column("name", "Name"),
        column("means", "Contact"),
        column("hours", "Hours"),
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        let means: Vec<String> = self
            .means
            .iter()
            .map(|means| crate::query::local::means_line(means, false))
            .collect();
        vec![
            Cow::Borrowed(self.id),
            Cow::Borrowed(self.name),
            Cow::Owned(means.join("\n")),
            optional(self.hours),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;
    use crate::query::prepared::PreparedReport;
    use crate::query::search::search;

    /// The keys of a record's JSON, in the order serde writes them.
    fn json_keys<T: serde::Serialize>(record: &T) -> Vec<String> {
        let json = serde_json::to_string(record).unwrap_or_default();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        let mut keys: Vec<(usize, String)> = value
            .as_object()
            .into_iter()
            .flat_map(|object| object.keys())
            .map(|key| {
                (
                    json.find(&format!("\"{key}\":")).unwrap_or(usize::MAX),
                    key.clone(),
                )
            })
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, key)| key).collect()
    }

    fn assert_keys<T: Tabular + serde::Serialize>(record: &T) {
        assert_eq!(T::KEYS, json_keys(record), "{}", std::any::type_name::<T>());
    }

    #[test]
    fn csv_keys_are_the_json_keys_in_order() {
        let data = embedded::dataset();
        assert_keys(&data.agencies[0]);
        assert_keys(&data.publications[0]);
        assert_keys(&data.videos[0]);
        assert_keys(&data.materials[0]);
        assert_keys(&search(data, Some(embedded::index()), &[], "hotline", None, Some(1))[0]);
        let report = PreparedReport::new(data, crate::embedded::Lang::En, &Default::default(), &[]);
        assert_keys(&report.data_rows()[0]);
    }
}
