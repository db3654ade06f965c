//! The word index of the built-in data: each distinct word once, and for each field of each
//! document the ids of the words it holds.
//!
//! Search scores each query word against the words of every record, with typos forgiven. Most
//! of the built-in data's words are repeats ("trafficking" is in dozens of fields), so the
//! build script bakes this index into the binary: search then scores each distinct word once
//! and reads a record's words as a few ids, and starting a search costs no word splitting.
//!
//! A data file is not indexed: a run answers one query, and indexing a file costs more time
//! and memory than reading its words once (measured: +20% time, +15% memory at 100,000
//! records, and memory that grows with the number of distinct words, which a hostile file
//! controls). Search reads a data file's fields with [`crate::words::for_each_word`], the same
//! function this index is built with, so both ways meet the same words.

use std::collections::HashMap;

use crate::documents::{Document, Weight};
use crate::model::{List, Text};
use crate::words::for_each_word;

/// The words of a set of documents, and which words each field of each document holds.
///
/// Every list is flat (offsets into the one before it), so the baked index is a handful of
/// static arrays rather than thousands of small ones.
#[derive(Debug, Clone, PartialEq)]
pub struct WordIndex {
    /// Every distinct word, as [`for_each_word`] gives it with ASCII lowercased, concatenated:
    /// shortest first (in bytes), so a query can skip every word too short to match it; words
    /// of one length in the order the documents first use them, so the bake is the same on
    /// every build.
    pub words: Text,
    /// Where each word ends in `words`; a word's id is its position here.
    pub word_ends: List<u32>,
    /// For each field, the ids of its distinct words, ascending; all fields, one after another.
    pub postings: List<u32>,
    /// Where each field's ids end in `postings`. A document's fields are consecutive and in
    /// [`Document::for_each_field`]'s order.
    pub field_ends: List<u32>,
    /// Each field's weight.
    pub field_weights: List<Weight>,
    /// Where each document's fields end in `field_ends`.
    pub document_ends: List<u32>,
}

impl WordIndex {
    /// Indexes `documents`, in order. Fails only when there is more text than a `u32` offset
    /// can hold.
    pub fn build<'a>(documents: impl IntoIterator<Item = Document<'a>>) -> Result<Self, String> {
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut words = String::new();
        let mut word_ends = Vec::new();
        let (mut postings, mut field_ends, mut field_weights, mut document_ends) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut buffer, mut lowered, mut field) = (String::new(), String::new(), Vec::new());
        let mut failed = None;
        for document in documents {
            document.for_each_field(|weight, texts| {
                field.clear();
                for text in texts {
                    for_each_word(text, &mut buffer, |word| {
                        lowered.clear();
                        lowered.push_str(word);
                        lowered.make_ascii_lowercase();
                        let id = match vocabulary.get(lowered.as_str()) {
                            Some(id) => *id,
                            None => {
                                let id = word_ends.len() as u32;
                                words.push_str(&lowered);
                                word_ends.push(words.len());
                                vocabulary.insert(lowered.clone(), id);
                                id
                            }
                        };
                        field.push(id);
                        true
                    });
                }
                field.sort_unstable();
                field.dedup();
                postings.extend_from_slice(&field);
                field_ends.push(postings.len());
                field_weights.push(weight);
            });
            document_ends.push(field_ends.len());
            if words.len() > u32::MAX as usize || postings.len() > u32::MAX as usize {
                failed = Some("search index: too much text".to_string());
                break;
            }
        }
        if let Some(error) = failed {
            return Err(error);
        }
        let (words, word_ends) = by_length(&words, &word_ends, &mut postings, &field_ends);
        let offsets =
            |ends: Vec<usize>| -> Vec<u32> { ends.into_iter().map(|end| end as u32).collect() };
        Ok(WordIndex {
            words: words.into(),
            word_ends: offsets(word_ends).into(),
            postings: postings.into(),
            field_ends: offsets(field_ends).into(),
            field_weights: field_weights.into(),
            document_ends: offsets(document_ends).into(),
        })
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

    /// How many distinct words there are.
    pub fn word_count(&self) -> usize {
        self.word_ends.len()
    }

    /// The word with this id.
    pub fn word(&self, id: usize) -> &str {
        let start = id.checked_sub(1).map_or(0, |before| self.word_ends[before]);
        &self.words[start as usize..self.word_ends[id] as usize]
    }

    /// The words from id `first` on, in id order: one walk of the word ends, for scoring every
    /// word long enough to match a query word.
    pub fn words_from(&self, first: usize) -> impl Iterator<Item = &str> {
        let (words, ends): (&str, &[u32]) = (&self.words, &self.word_ends);
        let mut start = first
            .checked_sub(1)
            .and_then(|before| ends.get(before))
            .map_or(0, |end| *end as usize);
        ends.get(first..)
            .unwrap_or_default()
            .iter()
            .map(move |end| {
                let word = words.get(start..*end as usize).unwrap_or_default();
                start = *end as usize;
                word
            })
    }

    /// How many documents there are.
    pub fn document_count(&self) -> usize {
        self.document_ends.len()
    }

    /// A document's fields: each one's weight and the ids of its words.
    pub fn fields(&self, document: usize) -> impl Iterator<Item = (Weight, &[u32])> {
        // Each list is borrowed once here rather than once per field: search calls this for
        // every document.
        let (field_ends, postings, weights): (&[u32], &[u32], &[Weight]) =
            (&self.field_ends, &self.postings, &self.field_weights);
        let first = document
            .checked_sub(1)
            .map_or(0, |before| self.document_ends[before] as usize);
        let end = self.document_ends[document] as usize;
        let mut start = first
            .checked_sub(1)
            .map_or(0, |before| field_ends[before] as usize);
        field_ends[first..end]
            .iter()
            .zip(&weights[first..end])
            .map(move |(field_end, weight)| {
                let ids = &postings[start..*field_end as usize];
                start = *field_end as usize;
                (*weight, ids)
            })
    }
}

/// The words (concatenated, with their ends) reordered shortest first, so that a query word
/// can skip every word too short to match it; words of one length keep their order of first
/// use, so the bake is the same on every build. A counting sort: linear. Every field's ids in
/// `postings` are renumbered to match, and kept ascending.
fn by_length(
    words: &str,
    ends: &[usize],
    postings: &mut [u32],
    field_ends: &[usize],
) -> (String, Vec<usize>) {
    let word = |id: usize| &words[id.checked_sub(1).map_or(0, |before| ends[before])..ends[id]];
    let longest = (0..ends.len()).map(|id| word(id).len()).max().unwrap_or(0);
    // Where each length's words start among the new ids.
    let mut next = vec![0usize; longest + 2];
    for id in 0..ends.len() {
        next[word(id).len() + 1] += 1;
    }
    for length in 1..next.len() {
        next[length] += next[length - 1];
    }
    let mut new_id = vec![0u32; ends.len()];
    let mut order = vec![0usize; ends.len()];
    for (id, renumbered) in new_id.iter_mut().enumerate() {
        let position = &mut next[word(id).len()];
        *renumbered = *position as u32;
        order[*position] = id;
        *position += 1;
    }
    let mut sorted = String::with_capacity(words.len());
    let mut sorted_ends = Vec::with_capacity(ends.len());
    for id in order {
        sorted.push_str(word(id));
        sorted_ends.push(sorted.len());
    }
    let mut start = 0;
    for end in field_ends {
        let field = &mut postings[start..*end];
        for id in field.iter_mut() {
            *id = new_id[*id as usize];
        }
        field.sort_unstable();
        start = *end;
    }
    (sorted, sorted_ends)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::documents;
    use crate::words::words;

    fn index() -> WordIndex {
        let data = crate::tests::resources();
        WordIndex::build(documents(data)).unwrap_or_else(|error| panic!("{error}")) // ok: test code
    }

    #[test]
    fn words_are_distinct_lowercase_shortest_first_then_in_the_order_of_first_use() {
        let index = index();
        let indexed: Vec<&str> = (0..index.word_count()).map(|id| index.word(id)).collect();
        assert!(indexed.iter().all(|word| !word.is_empty()));
        assert!(indexed.iter().all(|word| *word == word.to_lowercase()));
        let mut first_use: Vec<String> = Vec::new();
        for document in documents(crate::tests::resources()) {
            document.for_each_field(|_, texts| {
                for word in texts.iter().flat_map(|text| words(text)) {
                    if !first_use.contains(&word) {
                        first_use.push(word);
                    }
                }
            });
        }
        first_use.sort_by_key(String::len);
        assert_eq!(indexed, first_use);
    }

    #[test]
    fn walking_the_words_from_an_id_gives_each_word_in_turn() {
        let index = index();
        let count = index.word_count();
        for first in [0, 1, count / 2, count - 1, count, count + 1] {
            let walked: Vec<&str> = index.words_from(first).collect();
            let expected: Vec<&str> = (first..count).map(|id| index.word(id)).collect();
            assert_eq!(walked, expected, "from {first}");
        }
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
        let data = crate::tests::resources();
        let index = index();
        for (position, document) in documents(data).enumerate() {
            let mut texts = vec![(Weight::Title, format!("{} {}", document.title, document.id))];
            texts.extend(
                document
                    .fields
                    .iter()
                    .map(|(weight, text)| (*weight, text.to_string())),
            );
            let fields: Vec<(Weight, &[u32])> = index.fields(position).collect();
            assert_eq!(fields.len(), texts.len(), "{}", document.id);
            for ((weight, ids), (expected_weight, text)) in fields.iter().zip(&texts) {
                let mut expected = words(text);
                expected.sort();
                expected.dedup();
                let mut found: Vec<String> = ids
                    .iter()
                    .map(|id| index.word(*id as usize).to_string())
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
