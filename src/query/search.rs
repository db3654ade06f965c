//! Ranked search across every record (`htlookup search QUERY`).
//!
//! Every query word must match some word of a record (typo-tolerant, see [`super::fuzzy`]); a
//! record's score is the mean of its words' best matches, each weighted by the field it hit
//! (a title counts more than a description), plus a bonus when the title holds the whole
//! query as a phrase.
//!
//! One rule, read two ways. For the built-in data the words come from the baked word index
//! (`htlookup_data::index`): each query word is scored once against each distinct word, and a
//! record is a few lookups. A data file is read as the search goes: each record's fields
//! ([`Document::for_each_field`], the walk the index is built with) are split into words by
//! the index's own function, so a data file costs no index and memory does not grow with its
//! vocabulary. A test and the `query` fuzz target hold the two readings to the same hits.

use std::borrow::Cow;

use serde::Serialize;

use super::fuzzy::{EXACT, QueryWord};
use crate::data::AddedLayer;
use htlookup_data::documents::{
    Document, SearchKind, SearchRecord, documents, local_records, records,
};
use htlookup_data::index::WordIndex;
use htlookup_data::model::Dataset;
use htlookup_data::words::{for_each_word, normalize_into, query_words};

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

/// For every document of the baked index: the sum over query words of each word's best match
/// in the document, each match weighted by its field; `None` when some word matches nothing.
/// Query word by query word, each is scored once against each distinct word long enough to
/// match it, and a document's best match is the highest score among its words.
fn indexed_totals(index: &WordIndex, query: &[QueryWord]) -> Vec<Option<f64>> {
    let mut totals = vec![Some(0.0); index.document_count()];
    let mut scores = vec![0.0; index.word_count()];
    for word in query {
        let first = index.first_word_of_length(word.min_bytes());
        scores[..first].fill(0.0);
        for (score, text) in scores[first..].iter_mut().zip(index.words_from(first)) {
            *score = word.score(text);
        }
        for (document, total) in totals.iter_mut().enumerate() {
            let Some(sum) = total else { continue };
            let mut best: f64 = 0.0;
            for (weight, ids) in index.fields(document) {
                let found = ids
                    .iter()
                    .fold(0.0, |best, id| scores[*id as usize].max(best));
                best = best.max(weight.value() * found);
            }
            *total = (best != 0.0).then_some(*sum + best);
        }
    }
    totals
}

/// The same total for one document of a data file, read from its texts: for each query word,
/// its best match over the fields (skipping a field whose weight cannot beat the match found,
/// and stopping at an exact one); the first word that matches nothing rules the document out.
fn read_total(document: &Document<'_>, query: &[QueryWord], buffer: &mut String) -> Option<f64> {
    let mut total = 0.0;
    for word in query {
        let mut best: f64 = 0.0;
        document.for_each_field(|weight, texts| {
            let weight = weight.value();
            if best >= weight {
                return;
            }
            let mut found: f64 = 0.0;
            for text in texts {
                for_each_word(text, buffer, |text_word| {
                    found = found.max(word.score(text_word));
                    found < EXACT
                });
            }
            best = best.max(weight * found);
        });
        if best == 0.0 {
            return None;
        }
        total += best;
    }
    Some(total)
}

/// The records of `data` matching `query`, best first (ties: channels first, then page
/// order), at most `limit` of them, only of `kind` when given. `index` is the baked word index
/// when `data` is the built-in data, and `None` for a data file.
pub fn search<'a>(
    data: &'a Dataset,
    index: Option<&WordIndex>,
    layers: &'a [AddedLayer],
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
    // Only what a hit shows is kept of each matching record: a broad query over a large
    // data file can match most of its records.
    let mut scored: Vec<(f64, usize, SearchHit<'a>)> = Vec::new();
    let title = &mut String::new();
    let mut keep = |position: usize, score: f64, document: Document<'a>| {
        let mut score = score / query_words.len() as f64;
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
        scored.push((score, position, hit));
    };
    let wanted = |record: &SearchRecord<'_>| kind.is_none_or(|kind| record.kind() == kind);
    let buffer = &mut String::new();
    let read = match index {
        Some(index) => {
            let totals = indexed_totals(index, &query_words);
            let read = totals.len();
            for (position, (record, total)) in records(data).zip(totals).enumerate() {
                // Documents are made for the matches alone.
                if let Some(total) = total.filter(|_| wanted(&record)) {
                    keep(position, total, record.document());
                }
            }
            read
        }
        None => {
            for (position, record) in records(data).enumerate().filter(|(_, r)| wanted(r)) {
                let document = record.document();
                if let Some(total) = read_total(&document, &query_words, buffer) {
                    keep(position, total, document);
                }
            }
            records(data).count()
        }
    };
    // Local contacts are few (a layer is at most 1 MiB) and never indexed: read as they are,
    // after the dataset's records on a tie.
    let local = local_records(layers.iter().map(|added| &added.layer));
    for (position, record) in (read..).zip(local).filter(|(_, r)| wanted(r)) {
        let document = record.document();
        if let Some(total) = read_total(&document, &query_words, buffer) {
            keep(position, total, document);
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|(_, _, hit)| hit)
        .collect()
}

/// Up to three records whose titles are closest to `query`: the "did you mean" for no results.
pub fn suggest<'a>(data: &'a Dataset, layers: &'a [AddedLayer], query: &str) -> Vec<SearchHit<'a>> {
    let local = local_records(layers.iter().map(|added| &added.layer));
    let documents: Vec<Document<'a>> = documents(data)
        .chain(local.map(SearchRecord::document))
        .collect();
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
    use crate::embedded;

    fn find(
        query: &str,
        kind: Option<SearchKind>,
        limit: Option<usize>,
    ) -> Vec<SearchHit<'static>> {
        search(
            embedded::dataset(),
            Some(embedded::index()),
            &[],
            query,
            kind,
            limit,
        )
    }

    fn top(query: &str) -> Vec<(SearchKind, String)> {
        find(query, None, Some(3))
            .into_iter()
            .map(|hit| (hit.kind, hit.id.to_string()))
            .collect()
    }

    #[test]
    fn reading_the_records_finds_what_the_index_finds() {
        let data = embedded::dataset();
        for query in [
            "hotline",
            "trauma informd care",
            "human trafficking survivors",
            "1-888-373-7888",
            "233733",
            "July 2018-June 2019",
            "línea nacional",
            "victims what's",
            "ovc",
            "x",
            "zzzz",
        ] {
            for kind in [None, Some(SearchKind::Publication)] {
                assert_eq!(
                    search(data, None, &[], query, kind, None),
                    search(data, Some(embedded::index()), &[], query, kind, None),
                    "{query:?} {kind:?}"
                );
            }
        }
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
        let hits = find("trafficking", Some(SearchKind::Video), None);
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|hit| hit.kind == SearchKind::Video));
        assert_eq!(find("trafficking", None, Some(2)).len(), 2);
    }

    #[test]
    fn scores_never_increase_down_the_list() {
        let hits = find("human trafficking survivors", None, None);
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
