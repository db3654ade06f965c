//! Ranked search across every record (`htlookup search QUERY`).
//!
//! Every query word must match some word of a record (typo-tolerant, see [`super::fuzzy`]); a
//! record's score is the mean of its words' best matches, each weighted by the field it hit
//! (a title counts more than a description), plus a bonus when the title holds the whole
//! query as a phrase.

use std::borrow::Cow;

use serde::Serialize;

use crate::dataset::model::{Channel, ChannelKind, Dataset, Text};

use super::fuzzy::{QueryWord, best_match_in};
use super::text::{normalize, query_words};

/// The kinds of record search covers; also the values of `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SearchKind {
    /// A way to report: 911, a hotline means, or another official channel.
    Channel,
    /// A related agency.
    Agency,
    /// A publication.
    Publication,
    /// A video or awareness series.
    Video,
    /// A material for young survivors.
    Material,
}

impl SearchKind {
    /// The name used in output and in `--kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Channel => "channel",
            SearchKind::Agency => "agency",
            SearchKind::Publication => "publication",
            SearchKind::Video => "video",
            SearchKind::Material => "material",
        }
    }
}

/// One search result. JSON keys: `kind`, `id`, `title`, `score` (higher is better).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit<'a> {
    /// What sort of record this is.
    pub kind: SearchKind,
    /// The record's id; with `kind`, enough to look it up.
    pub id: &'a str,
    /// The record's title or name (for channels: who answers, the means and the contact).
    pub title: Cow<'a, str>,
    /// Relevance from 0 upwards; 100 is every word matched exactly in a title.
    pub score: u32,
}

/// Weight of a match in a record's title, name, abbreviation, id or contact value.
const TITLE: f64 = 1.0;
/// Weight of a match in who published or runs it.
const OWNER: f64 = 0.6;
/// Weight of a match in a description or note.
const PROSE: f64 = 0.5;
/// Added when the title holds the whole query as a phrase.
const PHRASE_BONUS: f64 = 0.1;

/// A record made searchable: its identity and its texts, each with a weight. The texts are
/// borrowed and scanned word by word when scored, so building a document costs one small
/// vector, whatever the size of the dataset.
struct Document<'a> {
    kind: SearchKind,
    id: &'a str,
    title: Cow<'a, str>,
    fields: Vec<(f64, &'a str)>,
}

impl<'a> Document<'a> {
    fn new(kind: SearchKind, id: &'a str, title: Cow<'a, str>) -> Self {
        Document {
            kind,
            id,
            title,
            fields: Vec::with_capacity(4),
        }
    }

    fn add(&mut self, weight: f64, text: &'a str) {
        self.fields.push((weight, text));
    }

    fn add_optional(&mut self, weight: f64, text: Option<&'a Text>) {
        if let Some(text) = text {
            self.add(weight, text);
        }
    }

    /// The score for these query words, or `None` when some word matches nothing.
    fn score(&self, query: &[QueryWord], phrase: &str, buffer: &mut String) -> Option<f64> {
        let mut total = 0.0;
        for word in query {
            let mut best = TITLE * best_match_in(word, &[&self.title, self.id], buffer);
            for (weight, text) in &self.fields {
                if best >= *weight {
                    continue; // this field cannot beat what is already found
                }
                best = best.max(weight * best_match_in(word, &[text], buffer));
            }
            if best == 0.0 {
                return None;
            }
            total += best;
        }
        let mut score = total / query.len() as f64;
        if normalize(&self.title).contains(phrase) {
            score += PHRASE_BONUS;
        }
        Some(score)
    }
}

/// Every record of the dataset as a search document, channels first (the most urgent), made
/// one at a time as the search goes: a large dataset is never held twice.
fn documents(data: &Dataset) -> impl Iterator<Item = Document<'_>> {
    let emergency = std::iter::once_with(move || {
        let emergency = &data.report.emergency;
        let mut document = Document::new(
            SearchKind::Channel,
            "emergency",
            Cow::Owned(format!("Emergency: call {}", emergency.number)),
        );
        document.add(PROSE, &emergency.when);
        document
    });
    let hotline = &data.report.hotline;
    let hotline_channels = hotline.channels.iter().map(move |channel| {
        let mut document = channel_document(&hotline.name, channel);
        document.add(OWNER, &hotline.name_es);
        document
    });
    let other_channels = data.report.other_channels.iter().flat_map(|organization| {
        organization.channels.iter().map(move |channel| {
            let mut document = channel_document(&organization.name, channel);
            document.add(PROSE, &organization.purpose);
            document
        })
    });
    let agencies = data.agencies.iter().map(|agency| {
        let mut document =
            Document::new(SearchKind::Agency, &agency.id, Cow::Borrowed(&agency.name));
        document.add_optional(TITLE, agency.abbreviation.as_ref());
        document.add(OWNER, &agency.parent);
        document.add(PROSE, &agency.description);
        document
    });
    let publications = data.publications.iter().map(|publication| {
        let mut document = Document::new(
            SearchKind::Publication,
            &publication.id,
            Cow::Borrowed(&publication.title),
        );
        document.add(OWNER, &publication.publisher);
        document
    });
    let videos = data.videos.iter().map(|video| {
        let mut document = Document::new(SearchKind::Video, &video.id, Cow::Borrowed(&video.title));
        document.add(OWNER, &video.producer);
        document.add(PROSE, &video.description);
        document
    });
    let materials = data.materials.iter().map(|material| {
        let mut document = Document::new(
            SearchKind::Material,
            &material.id,
            Cow::Borrowed(&material.title),
        );
        document.add(OWNER, material.kind.as_str());
        document.add(PROSE, &material.description);
        document
    });
    emergency
        .chain(hotline_channels)
        .chain(other_channels)
        .chain(agencies)
        .chain(publications)
        .chain(videos)
        .chain(materials)
}

fn channel_document<'a>(owner: &'a str, channel: &'a Channel) -> Document<'a> {
    let title = format!("{owner}: {} {}", verb(channel.kind), channel.value);
    let mut document = Document::new(SearchKind::Channel, &channel.id, Cow::Owned(title));
    document.add(TITLE, channel.kind.as_str());
    document.add_optional(TITLE, channel.vanity.as_ref());
    document.add_optional(PROSE, channel.note.as_ref());
    for language in channel.languages.iter() {
        document.add(PROSE, language);
    }
    document
}

/// How a channel's title names its means: "Call 1-888-373-7888", "Text 233733".
fn verb(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Phone => "call",
        ChannelKind::Tty => "TTY",
        ChannelKind::Text => "text",
        ChannelKind::Chat => "chat",
        ChannelKind::Online => "online form",
        ChannelKind::Email => "email",
    }
}

/// The records matching `query`, best first (ties: channels first, then page order), at most
/// `limit` of them, only of `kind` when given.
pub fn search<'a>(
    data: &'a Dataset,
    query: &str,
    kind: Option<SearchKind>,
    limit: Option<usize>,
) -> Vec<SearchHit<'a>> {
    let query_words = query_words(query);
    if query_words.is_empty() {
        return Vec::new();
    }
    let phrase = query_words.join(" ");
    let query_words = QueryWord::all(&query_words);
    let buffer = &mut String::new();
    let mut scored: Vec<(f64, usize, Document<'a>)> = documents(data)
        .filter(|document| kind.is_none_or(|kind| document.kind == kind))
        .enumerate()
        .filter_map(|(order, document)| {
            let score = document.score(&query_words, &phrase, buffer)?;
            Some((score, order, document))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|(score, _, document)| SearchHit {
            kind: document.kind,
            id: document.id,
            title: document.title,
            score: (score * 100.0).round() as u32,
        })
        .collect()
}

/// Up to three records whose titles are closest to `query`: the "did you mean" for no results.
pub fn suggest<'a>(data: &'a Dataset, query: &str) -> Vec<SearchHit<'a>> {
    let documents: Vec<Document<'a>> = documents(data).collect();
    let names: Vec<(usize, String)> = documents
        .iter()
        .enumerate()
        .map(|(index, document)| (index, document.title.to_string()))
        .collect();
    let picked = super::fuzzy::closest(
        query,
        names.iter().map(|(index, title)| (*index, title.as_str())),
        3,
    );
    let mut documents: Vec<Option<Document<'a>>> = documents.into_iter().map(Some).collect();
    picked
        .into_iter()
        .filter_map(|index| documents.get_mut(index).and_then(Option::take))
        .map(|document| SearchHit {
            kind: document.kind,
            id: document.id,
            title: document.title,
            score: 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    fn top(query: &str) -> Vec<(SearchKind, String)> {
        search(dataset::embedded(), query, None, Some(3))
            .into_iter()
            .map(|hit| (hit.kind, hit.id.to_string()))
            .collect()
    }

    #[test]
    fn a_typo_ridden_title_still_comes_first() {
        let hits = top("trauma informd care");
        assert_eq!(
            hits[0],
            (SearchKind::Publication, "trauma-informed-care-2019".into())
        );
    }

    #[test]
    fn hotline_finds_the_hotline_phone_first() {
        assert_eq!(
            top("hotline")[0],
            (SearchKind::Channel, "hotline-phone".into())
        );
    }

    #[test]
    fn plain_hyphen_matches_the_en_dash_in_a_title() {
        assert_eq!(
            top("July 2018-June 2019")[0],
            (SearchKind::Publication, "tims-snapshot-2018-2019".into())
        );
    }

    #[test]
    fn kind_filter_and_limit_apply() {
        let hits = search(
            dataset::embedded(),
            "trafficking",
            Some(SearchKind::Video),
            None,
        );
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|hit| hit.kind == SearchKind::Video));
        assert_eq!(
            search(dataset::embedded(), "trafficking", None, Some(2)).len(),
            2
        );
    }

    #[test]
    fn scores_never_increase_down_the_list() {
        let hits = search(
            dataset::embedded(),
            "human trafficking survivors",
            None,
            None,
        );
        assert!(hits.len() > 3);
        assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
    }

    #[test]
    fn a_phone_number_finds_its_channel_and_a_wrong_digit_does_not() {
        assert_eq!(
            top("1-888-373-7888")[0],
            (SearchKind::Channel, "hotline-phone".into())
        );
        assert!(top("1-888-373-7887").is_empty());
    }
}
