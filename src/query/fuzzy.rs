//! Typo-tolerant word matching and "did you mean" suggestions (strsim).
//!
//! A person in a hurry types "trafficing" or "informd"; they should still find the record. But a
//! number must never match a different number: one wrong digit is a different phone line. So
//! words with digits match exactly (or as a prefix of a longer number, never with edits).

use super::text::{normalize, words};

/// Score of an exact word match.
pub const EXACT: f64 = 1.0;
/// Score of a query word that begins a record word ("traff" in "trafficking").
pub const PREFIX: f64 = 0.85;
/// Score of a match one edit away.
pub const ONE_EDIT: f64 = 0.7;
/// Score of a match two edits away (only for long words).
pub const TWO_EDITS: f64 = 0.55;

/// How many edits a query word of this many characters may carry and still match.
fn allowed_edits(length: usize) -> usize {
    match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How well one query word matches one record word, from 0.0 (not at all) to 1.0 (exactly).
///
/// Both words must already be normalised (see [`super::text::words`]).
pub fn word_match(query: &str, word: &str) -> f64 {
    if query == word {
        return EXACT;
    }
    let query_length = query.chars().count();
    if query_length >= 3 && word.starts_with(query) {
        return PREFIX;
    }
    if query.bytes().any(|b| b.is_ascii_digit()) || word.bytes().any(|b| b.is_ascii_digit()) {
        return 0.0;
    }
    let allowed = allowed_edits(query_length);
    let word_length = word.chars().count();
    // Cheap length test before the quadratic edit distance.
    if allowed == 0 || query_length.abs_diff(word_length) > allowed {
        return 0.0;
    }
    if letters_rule_out(query, word, allowed) {
        return 0.0;
    }
    // Optimal string alignment: edits and adjacent swaps, like Damerau-Levenshtein, but
    // without its per-call hash map (a quarter fewer instructions for `search`).
    match strsim::osa_distance(query, word) {
        1 => ONE_EDIT,
        2 if allowed >= 2 => TWO_EDITS,
        _ => 0.0,
    }
}

/// A cheap lower bound on the edit distance, to skip most distance computations: each edit
/// changes the two words' letter counts by at most two, so words whose counts differ by more
/// than `2 * allowed` cannot be within `allowed` edits. Only for ASCII letters; anything else
/// is left to the real distance.
fn letters_rule_out(query: &str, word: &str, allowed: usize) -> bool {
    let mut counts = [0i16; 26];
    for (text, step) in [(query, 1), (word, -1)] {
        for byte in text.bytes() {
            if !byte.is_ascii_lowercase() {
                return false;
            }
            counts[usize::from(byte - b'a')] += step;
        }
    }
    let difference: usize = counts
        .iter()
        .map(|count| count.unsigned_abs() as usize)
        .sum();
    difference > 2 * allowed
}

/// The best match of one query word against any of a field's words.
pub fn best_match(query: &str, field_words: &[String]) -> f64 {
    field_words
        .iter()
        .map(|word| word_match(query, word))
        .fold(0.0, f64::max)
}

/// True when every query word matches some word of the field: the rule of every text filter.
pub fn matches_all(query_words: &[String], field_words: &[String]) -> bool {
    query_words
        .iter()
        .all(|query| best_match(query, field_words) > 0.0)
}

/// How alike a query is to a name, 0.0 to 1.0, for ranking "did you mean" suggestions.
///
/// Compares the whole query with the whole name and with each word of it, so both "ovtc" (close
/// to the abbreviation) and "victim office" (words of the name) find something.
pub fn similarity(query: &str, name: &str) -> f64 {
    let query = normalize(query);
    let name_normalized = normalize(name);
    let whole = strsim::jaro_winkler(&query, &name_normalized);
    let by_word = words(&name_normalized)
        .iter()
        .map(|word| strsim::jaro_winkler(&query, word))
        .fold(0.0, f64::max);
    whole.max(by_word)
}

/// The closest few of `candidates` to `query`, best first: `(similarity, item)` pairs above a
/// floor, so that a suggestion is a plausible intent rather than noise.
pub fn closest<'a, T>(
    query: &str,
    candidates: impl IntoIterator<Item = (T, &'a str)>,
    how_many: usize,
) -> Vec<T> {
    const FLOOR: f64 = 0.6;
    let mut scored: Vec<(f64, usize, T)> = candidates
        .into_iter()
        .enumerate()
        .map(|(order, (item, name))| (similarity(query, name), order, item))
        .filter(|(score, _, _)| *score >= FLOOR)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(how_many)
        .map(|(_, _, item)| item)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(text)
    }

    #[test]
    fn exact_prefix_and_typo_matches_score_in_that_order() {
        assert_eq!(word_match("trafficking", "trafficking"), EXACT);
        assert_eq!(word_match("traff", "trafficking"), PREFIX);
        assert_eq!(word_match("trafficing", "trafficking"), ONE_EDIT);
        assert_eq!(word_match("trafikking", "trafficking"), TWO_EDITS);
        assert_eq!(word_match("informd", "informed"), ONE_EDIT);
    }

    #[test]
    fn the_letter_count_bound_never_rules_out_a_real_match() {
        for (query, word) in [
            ("informd", "informed"),
            ("trafikking", "trafficking"),
            ("victms", "victims"),
            ("hotlnie", "hotline"),
        ] {
            let distance = strsim::osa_distance(query, word);
            assert!(!letters_rule_out(query, word, distance), "{query} {word}");
        }
        assert!(letters_rule_out("hotline", "office", 1));
    }

    #[test]
    fn short_words_need_to_be_exact_or_a_prefix() {
        assert_eq!(word_match("ovw", "ovc"), 0.0);
        assert_eq!(word_match("ov", "ovc"), 0.0);
        assert_eq!(word_match("ovc", "ovc"), EXACT);
    }

    #[test]
    fn numbers_never_match_a_different_number() {
        assert_eq!(word_match("7887", "7888"), 0.0);
        assert_eq!(word_match("233734", "233733"), 0.0);
        assert_eq!(word_match("2022", "2022"), EXACT);
        assert_eq!(word_match("233", "233733"), PREFIX);
    }

    #[test]
    fn every_query_word_must_match_for_a_filter_to_pass() {
        let field = w("National Institute of Justice");
        assert!(matches_all(&w("justice"), &field));
        assert!(matches_all(&w("NATIONAL justce"), &field));
        assert!(!matches_all(&w("justice state"), &field));
    }

    #[test]
    fn closest_names_come_first_and_noise_is_dropped() {
        let names = [
            ("ovc", "Office for Victims of Crime"),
            ("pitf", "President's Interagency Task Force"),
            ("blue", "Blue Campaign"),
        ];
        let found = closest("blu campain", names, 3);
        assert_eq!(found.first(), Some(&"blue"));
        assert!(closest("zzzzzz", names, 3).is_empty());
    }
}
