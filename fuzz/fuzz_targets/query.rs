//! The query and ranking functions, and the text helpers around them, with arbitrary strings:
//! what a user types goes straight into them (`search`, `agencies QUERY`, `publications
//! --search/--publisher`), in any script, with control characters, combining marks and odd
//! case mappings.
//!
//! Besides "no panic":
//! - the ASCII fast path of word splitting gives the same words as the general path;
//! - a word matches itself exactly, ASCII case never changes a score, scores stay in 0..=1;
//! - search respects `--limit` and `--kind` and ranks best first, and reading the records (as
//!   for a data file) gives exactly what the baked word index gives;
//! - text made `visible` holds no character a terminal would obey, and JSON made safe with
//!   `escape_json` still means the same string.

#![no_main]

use htlookup::embedded;
use htlookup::query::agencies;
use htlookup::query::fuzzy::{EXACT, QueryWord, closest, similarity, word_match};
use htlookup::query::publications::{PublicationFilter, PublicationOrder, sort};
use htlookup::query::qr_links::{sms_uri, tel_uri};
use htlookup::query::search;
use htlookup_data::documents::SearchKind;
use htlookup_data::words::{normalize, query_words, words};
use htlookup_data::characters::is_unsafe;
use htlookup::render::sanitize::{csv_cell, escape_json, visible, visible_lines};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

/// One fuzzed call: two free strings and the other knobs of the queries.
#[derive(Debug, Arbitrary)]
struct Input {
    query: String,
    other: String,
    kind: Option<u8>,
    limit: Option<u8>,
    year: Option<u16>,
    since: Option<u16>,
    until: Option<u16>,
    order: u8,
}

const KINDS: [SearchKind; 5] = [
    SearchKind::Channel,
    SearchKind::Agency,
    SearchKind::Publication,
    SearchKind::Video,
    SearchKind::Material,
];

const ORDERS: [PublicationOrder; 3] = [
    PublicationOrder::Page,
    PublicationOrder::Date,
    PublicationOrder::Title,
];

fuzz_target!(|input: Input| {
    let data = embedded::dataset();
    words_and_matching(&input.query, &input.other);
    sanitizing(&input.query);

    let alike = similarity(&input.query, &input.other);
    assert!((0.0..=1.0).contains(&alike), "similarity {alike}");
    let names = [
        ("a", input.other.as_str()),
        ("b", "Office for Victims of Crime"),
    ];
    assert!(closest(&input.query, names, 1).len() <= 1);

    // Ranked search: at most `limit`, best first, only the kind asked for.
    let kind = input.kind.map(|k| KINDS[usize::from(k) % KINDS.len()]);
    let limit = input.limit.map(usize::from);
    let hits = search::search(data, Some(embedded::index()), &input.query, kind, limit);
    assert!(hits.len() <= limit.unwrap_or(usize::MAX));
    assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
    assert!(kind.is_none_or(|kind| hits.iter().all(|hit| hit.kind == kind)));
    assert!(search::suggest(data, &input.query).len() <= 3);
    // Reading the records (as a data file is searched) must give the very same hits and
    // scores as the baked index.
    let read = search::search(data, None, &input.query, kind, limit);
    assert_eq!(hits, read, "reading the records and the index disagree");

    // Agencies by id, abbreviation or name words, and the "did you mean".
    assert!(agencies::find(&data.agencies, &input.query).len() <= data.agencies.len());
    assert!(agencies::suggest(&data.agencies, &input.query).len() <= 3);

    // Publication filters, then every order; text filters only ever narrow the years' list.
    let filter = PublicationFilter {
        year: input.year,
        since: input.since,
        until: input.until,
        publisher: Some(input.other.clone()),
        search: Some(input.query.clone()),
    };
    let mut selected = filter.apply(&data.publications);
    assert!(
        selected
            .iter()
            .all(|p| input.year.is_none_or(|y| p.year == Some(y)))
    );
    sort(
        &mut selected,
        ORDERS[usize::from(input.order) % ORDERS.len()],
    );
    let years_only = PublicationFilter {
        search: None,
        publisher: None,
        ..filter
    };
    assert!(years_only.apply(&data.publications).len() >= selected.len());

    // Links for QR codes: only digits after the scheme and an optional '+'.
    for uri in [tel_uri(&input.query), sms_uri(&input.query)]
        .into_iter()
        .flatten()
    {
        let number = uri.split_once(':').map_or("", |(_, number)| number);
        let digits = number.strip_prefix('+').unwrap_or(number);
        assert!(
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()),
            "{uri:?} from {:?}",
            input.query
        );
    }
});

fn words_and_matching(query: &str, other: &str) {
    // Words are never empty, and query words are some of the words.
    let all_words = words(query);
    assert!(all_words.iter().all(|word| !word.is_empty()));
    let kept = query_words(query);
    assert!(kept.iter().all(|word| all_words.contains(word)));
    let _ = normalize(query);

    // The ASCII fast path and the general path split the same way: appending a non-ASCII
    // word sends the same text down the general path.
    if query.is_ascii() {
        let mut general = words(&format!("{query} é"));
        assert_eq!(general.pop().as_deref(), Some("é"));
        assert_eq!(
            general, all_words,
            "ASCII and general paths differ on {query:?}"
        );
    }

    // Word matching, on normalised query words as the callers pass them.
    let other_words = words(other);
    for text in kept.iter().take(8) {
        let prepared = QueryWord::new(text);
        assert_eq!(
            prepared.score(text),
            EXACT,
            "{text:?} does not match itself"
        );
        for word in other_words.iter().take(8) {
            let score = prepared.score(word);
            assert!((0.0..=EXACT).contains(&score), "{text:?} {word:?}: {score}");
            assert_eq!(
                score,
                prepared.score(&word.to_ascii_uppercase()),
                "ASCII case changed the score of {text:?} against {word:?}"
            );
        }
    }
    // ... and on raw strings, which nothing promises a meaning for but must not crash.
    let _ = word_match(query, other);
}

fn sanitizing(text: &str) {
    assert!(!visible(text).chars().any(is_unsafe), "visible({text:?})");
    let lines = visible_lines(text);
    assert!(
        !lines.chars().any(|c| is_unsafe(c) && c != '\n'),
        "visible_lines({text:?})"
    );
    let cell = csv_cell(text);
    assert!(
        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
        "csv_cell({text:?})"
    );
    let json = serde_json::to_string(text).expect("a string is JSON");
    let escaped = escape_json(&json);
    assert!(!escaped.chars().any(is_unsafe), "escape_json({json:?})");
    let back: String = serde_json::from_str(&escaped).expect("escaped JSON parses");
    assert_eq!(back, text, "escape_json changed the string");
}
