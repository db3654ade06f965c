//! Ranked search across every record (`htlookup search QUERY`).
//!
//! Every query word must match some word of a record (typo-tolerant, see [`super::fuzzy`]); a
//! record's score is the mean of its words' best matches, each weighted by the field it hit
//! (a title counts more than a description), plus a bonus when the title holds the whole
//! query as a phrase.
//!
//! The records and their texts come from [`super::documents`]. For the embedded dataset the
//! word matches come from the index baked at build time ([`super::index`]), which made
//! `search hotline` about 2.6 times cheaper than scanning; a `--data` file is scanned. Both
//! ways give the same hits and scores, and the tests hold them to it.

use std::borrow::Cow;

use clap::builder::PossibleValue;
use serde::Serialize;

pub use super::documents::SearchKind;
use super::documents::{Document, documents, records};
use super::embedded_index;
use super::fuzzy::{QueryWord, best_match_in};
use super::index::WordIndex;
use super::text::{normalize_into, query_words};
use crate::dataset::Dataset;

/// `--kind`'s values: written out rather than derived, because [`SearchKind`] lives where
/// `build.rs` compiles it too, and that build has no clap.
impl clap::ValueEnum for SearchKind {
    fn value_variants<'a>() -> &'a [Self] {
        &SearchKind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()).help(self.help()))
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

/// Added when the title holds the whole query as a phrase.
const PHRASE_BONUS: f64 = 0.1;

/// The sum over query words of each word's best match in a document, each match weighted by
/// its field; `None` when some word matches nothing. Scans the document's text.
fn scan_total(document: &Document<'_>, query: &[QueryWord], buffer: &mut String) -> Option<f64> {
    let mut total = 0.0;
    for word in query {
        let mut best = best_match_in(word, &[&document.title, document.id], buffer);
        for (weight, text) in &document.fields {
            let weight = weight.value();
            if best >= weight {
                continue; // this field cannot beat what is already found
            }
            best = best.max(weight * best_match_in(word, &[text], buffer));
        }
        if best == 0.0 {
            return None;
        }
        total += best;
    }
    Some(total)
}

/// [`scan_total`] for every document of an index at once, from the index alone: each query
/// word is scored once against each distinct word long enough to match it, and a document's
/// best match is the highest score among its words. Gives the very same numbers as the scan
/// (the same operations in the same order), which the tests check.
fn indexed_totals(index: &WordIndex, query: &[QueryWord]) -> Vec<Option<f64>> {
    let mut totals = vec![Some(0.0); index.document_count()];
    let mut scores = vec![0.0; index.word_count()];
    for word in query {
        let first = index.first_word_of_length(word.min_bytes());
        scores[..first].fill(0.0);
        for (id, score) in scores.iter_mut().enumerate().skip(first) {
            *score = word.score(index.word(id));
        }
        for (document, total) in totals.iter_mut().enumerate() {
            let Some(sum) = total else { continue };
            let mut best: f64 = 0.0;
            for (weight, ids) in index.fields(document) {
                let found = ids
                    .iter()
                    .fold(0.0, |best, id| scores[usize::from(*id)].max(best));
                best = best.max(weight.value() * found);
            }
            *total = (best != 0.0).then_some(*sum + best);
        }
    }
    totals
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
    let indexed =
        embedded_index::for_dataset(data).map(|index| indexed_totals(index, &query_words));
    let title = &mut String::new();
    // Only what a hit shows is kept of each matching document: a broad query over a large
    // --data file can match most of its records.
    let mut scored: Vec<(f64, usize, SearchHit<'a>)> = records(data)
        .enumerate()
        .filter(|(_, record)| kind.is_none_or(|kind| record.kind() == kind))
        .filter_map(|(position, record)| {
            let (total, document) = match &indexed {
                // The index has scored every record: build documents for the matches alone.
                Some(totals) => (totals.get(position).copied().flatten()?, record.document()),
                None => {
                    let document = record.document();
                    (scan_total(&document, &query_words, buffer)?, document)
                }
            };
            let mut score = total / query_words.len() as f64;
            normalize_into(&document.title, title);
            if title.contains(&phrase) {
                score += PHRASE_BONUS;
            }
            let hit = SearchHit {
                kind: document.kind,
                id: document.id,
                title: document.title,
                score: (score * 100.0).round() as u32,
            };
            Some((score, position, hit))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|(_, _, hit)| hit)
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

    /// The same data as the embedded dataset, at another address: search scans it instead of
    /// using the baked index.
    fn scanned() -> &'static Dataset {
        static COPY: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
        COPY.get_or_init(|| dataset::embedded().clone())
    }

    fn agree(query: &str, kind: Option<SearchKind>) {
        let indexed = search(dataset::embedded(), query, kind, None);
        let scanned = search(scanned(), query, kind, None);
        assert_eq!(indexed, scanned, "query {query:?}, kind {kind:?}");
    }

    #[test]
    fn only_the_embedded_dataset_uses_the_baked_index() {
        assert!(embedded_index::for_dataset(dataset::embedded()).is_some());
        assert!(embedded_index::for_dataset(scanned()).is_none());
    }

    #[test]
    fn the_index_and_a_scan_find_the_same_records_with_the_same_scores() {
        for query in [
            "hotline",
            "trauma informd care",
            "trafficking",
            "human trafficking survivors",
            "1-888-373-7888",
            "1-888-373-7887",
            "233733",
            "233",
            "911",
            "línea nacional",
            "LINEA",
            "What's Going On",
            "whats",
            "July 2018–June 2019",
            "ovc",
            "OVC tta",
            "trafikking",
            "hotlnie",
            "befree",
            "zzzz",
            "a",
            "the of",
        ] {
            agree(query, None);
            for kind in SearchKind::ALL {
                agree(query, Some(kind));
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 256,
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]

        /// Words of the data, misspelt, recased and run together with noise: the index and
        /// the scan agree on every one.
        #[test]
        fn the_index_and_a_scan_agree_on_any_query(
            picks in proptest::collection::vec((0usize..10_000, 0u8..8, 0usize..64), 1..4),
            noise in "[a-zA-Z0-9 '’íñÍ–-]{0,8}",
        ) {
            let Some(index) = embedded_index::for_dataset(dataset::embedded()) else {
                panic!("the embedded dataset has no index");
            };
            let mut query = String::new();
            for (pick, edit, at) in picks {
                let mut word: Vec<char> = index.word(pick % index.word_count()).chars().collect();
                let at = at % (word.len() + 1);
                match edit {
                    0 => {}
                    1 if at < word.len() => { word.remove(at); }
                    2 => word.insert(at, 'x'),
                    3 if at + 1 < word.len() => word.swap(at, at + 1),
                    4 => word.iter_mut().for_each(|c| *c = c.to_ascii_uppercase()),
                    5 => word.truncate(at.max(3)),
                    6 => word.insert(at, '\''),
                    _ => word.push('7'),
                }
                query.extend(word);
                query.push(' ');
            }
            query.push_str(&noise);
            agree(&query, None);
        }
    }
}
