//! A word index of search documents: each distinct word once, and for each field of each
//! document the words it holds.
//!
//! Search scores a query word against every word of every record. Scanning the embedded
//! dataset's text for that, word by word, was most of what `htlookup search` cost; and most of
//! its words are repeats ("trafficking" alone is in dozens of fields). `build.rs` compiles this
//! file too (through `#[path]`) and bakes the index of the embedded dataset into the binary, so
//! at run time a query word is compared once with each distinct word, and a record's score is
//! a few table lookups. [`super::search`] does the scoring; a `--data` file is scanned instead.

use std::collections::{BTreeSet, HashMap};

use super::documents::{Document, Weight};
use super::text::for_each_word;
use crate::dataset::model::{List, Text};

/// The words of a set of documents, and which words each field of each document holds.
///
/// Every list is flat (offsets into the one before it), so the baked index is a handful of
/// arrays rather than thousands of small ones.
#[derive(Debug, Clone, PartialEq)]
pub struct WordIndex {
    /// Every distinct word, as [`for_each_word`] gives it with ASCII lowercased, concatenated:
    /// shortest first (in bytes), then in byte order, so a query can skip every word too short
    /// to match it.
    pub words: Text,
    /// Where each word ends in `words`; a word's id is its position here.
    pub word_ends: List<u32>,
    /// For each field, the ids of its distinct words, ascending; all fields, one after another.
    pub postings: List<u16>,
    /// Where each field's ids end in `postings`. A document's fields are consecutive: its title
    /// with its id first, then its other fields in order.
    pub field_ends: List<u32>,
    /// Each field's weight.
    pub field_weights: List<Weight>,
    /// Where each document's fields end in `field_ends`.
    pub document_ends: List<u32>,
}

impl WordIndex {
    /// Indexes `documents`, in order. Fails only when there are more distinct words than a
    /// word id can hold (65,536), or more text than an offset can.
    pub fn build<'a>(documents: impl IntoIterator<Item = Document<'a>>) -> Result<Self, String> {
        let buffer = &mut String::new();
        let mut words_of = |texts: &[&str]| {
            let mut found = BTreeSet::new();
            for text in texts {
                for_each_word(text, buffer, |word| {
                    found.insert(word.to_ascii_lowercase());
                    true
                });
            }
            found
        };
        let mut fields: Vec<(Weight, BTreeSet<String>)> = Vec::new();
        let mut document_ends = Vec::new();
        for document in documents {
            fields.push((Weight::Title, words_of(&[&document.title, document.id])));
            for (weight, text) in &document.fields {
                fields.push((*weight, words_of(&[text])));
            }
            document_ends.push(offset(fields.len())?);
        }

        let mut vocabulary: Vec<&str> = fields
            .iter()
            .flat_map(|(_, words)| words.iter().map(String::as_str))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        vocabulary.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        let mut ids = HashMap::with_capacity(vocabulary.len());
        let mut words = String::new();
        let mut word_ends = Vec::with_capacity(vocabulary.len());
        for (id, word) in vocabulary.iter().enumerate() {
            let id = u16::try_from(id)
                .map_err(|_| format!("search index: more than {} distinct words", u16::MAX))?;
            ids.insert(*word, id);
            words.push_str(word);
            word_ends.push(offset(words.len())?);
        }

        let mut postings = Vec::new();
        let mut field_ends = Vec::with_capacity(fields.len());
        let mut field_weights = Vec::with_capacity(fields.len());
        for (weight, words) in &fields {
            let mut field: Vec<u16> = words.iter().map(|word| ids[word.as_str()]).collect();
            field.sort_unstable();
            postings.extend(field);
            field_ends.push(offset(postings.len())?);
            field_weights.push(*weight);
        }
        Ok(WordIndex {
            words: words.into(),
            word_ends: word_ends.into(),
            postings: postings.into(),
            field_ends: field_ends.into(),
            field_weights: field_weights.into(),
            document_ends: document_ends.into(),
        })
    }

    /// How many distinct words there are.
    pub fn word_count(&self) -> usize {
        self.word_ends.len()
    }

    /// The word with this id.
    pub fn word(&self, id: usize) -> &str {
        let start = id.checked_sub(1).map_or(0, |before| self.word_ends[before]);
        &self.words[start as usize..self.word_ends[id] as usize]
    }

    /// The id of the first word at least `bytes` long: every word before it is shorter.
    pub fn first_word_of_length(&self, bytes: usize) -> usize {
        // A binary search by hand: a word's length needs its neighbour's end, which
        // `partition_point` does not give.
        let (mut low, mut high) = (0, self.word_count());
        while low < high {
            let middle = low + (high - low) / 2;
            if self.word(middle).len() < bytes {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// How many documents there are.
    pub fn document_count(&self) -> usize {
        self.document_ends.len()
    }

    /// A document's fields: each one's weight and the ids of its words.
    pub fn fields(&self, document: usize) -> impl Iterator<Item = (Weight, &[u16])> {
        let first = document
            .checked_sub(1)
            .map_or(0, |before| self.document_ends[before] as usize);
        let end = self.document_ends[document] as usize;
        (first..end).map(move |field| {
            let start = field
                .checked_sub(1)
                .map_or(0, |before| self.field_ends[before] as usize);
            let ids = &self.postings[start..self.field_ends[field] as usize];
            (self.field_weights[field], ids)
        })
    }
}

fn offset(length: usize) -> Result<u32, String> {
    u32::try_from(length).map_err(|_| "search index: too much text".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::documents::documents;
    use crate::query::text::words;

    fn index() -> WordIndex {
        let data = crate::dataset::embedded();
        WordIndex::build(documents(data)).unwrap_or_else(|error| panic!("{error}")) // ok: test code
    }

    #[test]
    fn words_are_distinct_lowercase_and_shortest_first() {
        let index = index();
        let words: Vec<&str> = (0..index.word_count()).map(|id| index.word(id)).collect();
        assert!(
            words
                .windows(2)
                .all(|pair| (pair[0].len(), pair[0]) < (pair[1].len(), pair[1]))
        );
        assert!(words.iter().all(|word| !word.is_empty()));
        assert!(words.iter().all(|word| *word == word.to_lowercase()));
    }

    #[test]
    fn the_first_word_of_a_length_is_found_for_every_length() {
        let index = index();
        for bytes in 0..40 {
            let first = index.first_word_of_length(bytes);
            let expected = (0..index.word_count())
                .find(|id| index.word(*id).len() >= bytes)
                .unwrap_or(index.word_count());
            assert_eq!(first, expected, "{bytes} bytes");
        }
    }

    #[test]
    fn each_field_holds_exactly_the_words_of_its_text() {
        let data = crate::dataset::embedded();
        let index = index();
        for (position, document) in documents(data).enumerate() {
            let mut texts = vec![(Weight::Title, format!("{} {}", document.title, document.id))];
            texts.extend(
                document
                    .fields
                    .iter()
                    .map(|(weight, text)| (*weight, text.to_string())),
            );
            let fields: Vec<(Weight, &[u16])> = index.fields(position).collect();
            assert_eq!(fields.len(), texts.len(), "{}", document.id);
            for ((weight, ids), (expected_weight, text)) in fields.iter().zip(&texts) {
                let mut expected = words(text);
                expected.sort();
                expected.dedup();
                let mut found: Vec<String> = ids
                    .iter()
                    .map(|id| index.word(usize::from(*id)).to_string())
                    .collect();
                found.sort();
                assert_eq!(
                    (*weight, found),
                    (*expected_weight, expected),
                    "{}",
                    document.id
                );
            }
        }
    }
}
