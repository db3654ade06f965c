//! Choosing and ordering records: filters, lookups, ranking, and the prepared report that every
//! view of the reporting instructions is built from. Nothing here renders.

pub mod agencies;
pub mod changes;
pub mod fuzzy;
pub mod local;
pub mod prepared;
pub mod publications;
pub mod qr_links;
pub mod report;
pub mod search;

/// The most characters a query may have (`search`, `agencies QUERY`, `publications --search`,
/// `--publisher`): what a person types, with room to spare. With the field limits of a data
/// file, it bounds what matching one query word against one record's words can cost.
pub const MAX_QUERY_CHARS: usize = 200;

/// The most words a query may have.
pub const MAX_QUERY_WORDS: usize = 12;

/// Why `query` is longer than a query may be, if it is.
pub fn too_long(query: &str) -> Option<String> {
    let characters = query.chars().count();
    if characters > MAX_QUERY_CHARS {
        return Some(format!(
            "the query is {characters} characters long; a query may be at most {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words"
        ));
    }
    let words = htlookup_data::words::query_words(query).len();
    (words > MAX_QUERY_WORDS).then(|| {
        format!(
            "the query has {words} words; a query may be at most {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words"
        )
    })
}
