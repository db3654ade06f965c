//! Local contacts from the `--add` layers: what `htlookup local` lists and the report's
//! "Local contacts" section shows, in the layers' order.

use serde::Serialize;

use super::fuzzy::{QueryWord, matches_all};
use crate::data::AddedLayer;
use htlookup_data::layer::{Help, LocalRecord, Means};
use htlookup_data::words::query_words;

/// One local contact with the layer it comes from: the JSON shape of `htlookup local`
/// (`id, name, area, help, description, languages, hours, means, source, layer`).
#[derive(Debug, Clone, Serialize)]
pub struct LocalContact<'a> {
    /// The record's id.
    pub id: &'a str,
    /// Its name.
    pub name: &'a str,
    /// Its own area, else its layer's.
    pub area: &'a str,
    /// What it helps with.
    pub help: &'a [Help],
    /// What it does.
    pub description: Option<&'a str>,
    /// Languages served.
    pub languages: &'a [htlookup_data::model::Text],
    /// When it answers.
    pub hours: Option<&'a str>,
    /// How to reach it.
    pub means: &'a [Means],
    /// Where its facts come from.
    pub source: Option<&'a str>,
    /// The name of the layer that gives it.
    pub layer: &'a str,
}

impl<'a> LocalContact<'a> {
    fn of(added: &'a AddedLayer, record: &'a LocalRecord) -> Self {
        let meta = &added.layer.meta;
        LocalContact {
            id: &record.id,
            name: &record.name,
            area: record.area.as_deref().unwrap_or(&meta.area),
            help: &record.help,
            description: record.description.as_deref(),
            languages: &record.languages,
            hours: record.hours.as_deref(),
            means: &record.means,
            source: record.source.as_deref(),
            layer: &meta.name,
        }
    }
}

/// A means as a list or a card shows it: "phone 541-555-0100", and its note in parentheses
/// when `with_note`.
pub fn means_line(means: &Means, with_note: bool) -> String {
    match &means.note {
        Some(note) if with_note => format!("{} {} ({note})", means.kind.as_str(), means.value),
        _ => format!("{} {}", means.kind.as_str(), means.value),
    }
}

/// What `htlookup local` asks for: words, what the contact helps with, and an area.
#[derive(Debug, Clone, Default)]
pub struct LocalFilter<'q> {
    /// Words of a name, description or area (typo-tolerant, all must match).
    pub query: &'q str,
    /// Only contacts whose `help` includes this.
    pub help: Option<Help>,
    /// Words the contact's area, or its layer's, must have.
    pub area: Option<&'q str>,
}

/// The contacts of `layers` that `filter` keeps, in the layers' order; every contact for the
/// default filter (no words, no kind, no area).
pub fn find<'a>(layers: &'a [AddedLayer], filter: &LocalFilter<'_>) -> Vec<LocalContact<'a>> {
    let query = QueryWord::all(&query_words(filter.query));
    let area = filter.area.map(|area| QueryWord::all(&query_words(area)));
    let buffer = &mut String::new();
    let mut keeps = |added: &AddedLayer, record: &LocalRecord| {
        if filter.help.is_some_and(|help| !record.help.contains(&help)) {
            return false;
        }
        let own_area = record.area.as_deref();
        let areas = [own_area.unwrap_or(""), &*added.layer.meta.area];
        if area
            .as_ref()
            .is_some_and(|area| !matches_all(area, &areas, buffer))
        {
            return false;
        }
        let description = record.description.as_deref().unwrap_or("");
        let texts = [&*record.id, &*record.name, description, areas[0], areas[1]];
        matches_all(&query, &texts, buffer)
    };
    layers
        .iter()
        .flat_map(|added| added.layer.local.iter().map(move |record| (added, record)))
        .filter(|(added, record)| keeps(added, record))
        .map(|(added, record)| LocalContact::of(added, record))
        .collect()
}
