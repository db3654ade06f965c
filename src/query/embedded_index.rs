//! The word index of the embedded dataset, baked by `build.rs` (see [`super::index`]).

use super::documents::Weight;
use super::index::WordIndex;
use crate::dataset::{self, Dataset};

include!(concat!(env!("OUT_DIR"), "/embedded_index.rs"));

/// The baked index when `data` is the embedded dataset itself; `None` for any other data (a
/// `--data` file, a translated copy), which search then scans.
pub fn for_dataset(data: &Dataset) -> Option<&'static WordIndex> {
    std::ptr::eq(data, dataset::embedded()).then_some(&INDEX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::documents::documents;

    #[test]
    fn the_baked_index_is_the_index_of_the_embedded_dataset() {
        let fresh = WordIndex::build(documents(dataset::embedded()));
        assert_eq!(fresh.as_ref(), Ok(&INDEX));
    }

    #[test]
    fn the_baked_index_holds_the_words_that_matter() {
        let words: Vec<&str> = (0..INDEX.word_count()).map(|id| INDEX.word(id)).collect();
        for word in [
            "911",
            "1",
            "888",
            "373",
            "7888",
            "233733",
            "hotline",
            "trafficking",
        ] {
            assert!(words.contains(&word), "{word}");
        }
        assert_eq!(
            INDEX.document_count(),
            documents(dataset::embedded()).count()
        );
    }
}
