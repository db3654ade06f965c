//! Typo-tolerant word matching and "did you mean" suggestions (strsim).
//!
//! A person in a hurry types "trafficing" or "informd"; they should still find the record. But a
//! number must never match a different number: one wrong digit is a different phone line. So
//! words with digits match exactly (or as a prefix of a longer number, never with edits).

use std::collections::HashMap;

use htlookup_data::words::{for_each_word, normalize, normalize_into};

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

/// A query word, prepared once to be matched against many record words: what it costs to
/// look at the query is paid once per query, not once per word of the dataset.
#[derive(Debug, Clone)]
pub struct QueryWord {
    text: String,
    length: usize,
    has_digit: bool,
    allowed: usize,
    /// Which letters, and how many of each, when the word is plain ASCII letters: the cheap
    /// bounds below need them.
    letters: Option<(u32, [i16; 26])>,
}

impl QueryWord {
    /// Prepares a normalised query word (see [`htlookup_data::words::words`]).
    pub fn new(text: &str) -> QueryWord {
        let length = text.chars().count();
        let letters = text.bytes().all(|b| b.is_ascii_lowercase()).then(|| {
            let mut mask = 0u32;
            let mut counts = [0i16; 26];
            for byte in text.bytes() {
                mask |= 1 << (byte - b'a');
                counts[usize::from(byte - b'a')] += 1;
            }
            (mask, counts)
        });
        QueryWord {
            text: text.to_string(),
            length,
            has_digit: text.bytes().any(|b| b.is_ascii_digit()),
            allowed: allowed_edits(length),
            letters,
        }
    }

    /// The fewest bytes a record word can have and still match this one: an exact match or a
    /// prefix is at least as long, and each allowed edit makes up for one missing character.
    /// Lets a caller with words sorted by length skip the short ones without scoring them.
    pub fn min_bytes(&self) -> usize {
        if self.allowed == 0 || self.has_digit {
            self.text.len()
        } else {
            self.length.saturating_sub(self.allowed)
        }
    }

    /// Prepares every word of a query.
    pub fn all(words: &[String]) -> Vec<QueryWord> {
        words.iter().map(|word| QueryWord::new(word)).collect()
    }

    /// How well this query word matches one record word, from 0.0 (not at all) to 1.0
    /// (exactly). ASCII letters compare without regard to case; other letters must already be
    /// lowercase (as [`htlookup_data::words::for_each_word`] gives them).
    pub fn score(&self, word: &str) -> f64 {
        let query = self.text.as_bytes();
        let bytes = word.as_bytes();
        if bytes.len() == query.len() && bytes.eq_ignore_ascii_case(query) {
            return EXACT;
        }
        if self.length >= 3
            && bytes.len() > query.len()
            && bytes[..query.len()].eq_ignore_ascii_case(query)
        {
            return PREFIX;
        }
        if self.allowed == 0 || self.has_digit {
            return 0.0;
        }
        // Cheap tests first: a word has at least as many bytes as characters.
        if bytes.len() + self.allowed < self.length {
            return 0.0;
        }
        if word.is_ascii() {
            // One pass over the word: digits, and the letter bounds.
            if self.length.abs_diff(bytes.len()) > self.allowed || self.letters_rule_out(bytes) {
                return 0.0;
            }
        } else if self.length.abs_diff(word.chars().count()) > self.allowed
            || bytes.iter().any(u8::is_ascii_digit)
        {
            return 0.0;
        }
        // Optimal string alignment: edits and adjacent swaps, like Damerau-Levenshtein, but
        // without its per-call hash map. Reached by few words, so lowercasing here is cheap.
        match strsim::osa_distance(&self.text, &word.to_ascii_lowercase()) {
            1 => ONE_EDIT,
            2 if self.allowed >= 2 => TWO_EDITS,
            _ => 0.0,
        }
    }

    /// Cheap lower bounds on the edit distance of an ASCII word, to skip most distance
    /// computations. Each edit adds at most one letter the query lacks and removes at most one
    /// it has, and changes the letter counts by at most two; a word beyond `allowed` edits by
    /// any of these cannot match. A word with a digit never matches with edits.
    fn letters_rule_out(&self, word: &[u8]) -> bool {
        let Some((query_mask, mut counts)) = self.letters else {
            return word.iter().any(u8::is_ascii_digit);
        };
        let mut word_mask = 0u32;
        for byte in word {
            let byte = byte.to_ascii_lowercase();
            if !byte.is_ascii_lowercase() {
                return byte.is_ascii_digit();
            }
            word_mask |= 1 << (byte - b'a');
            counts[usize::from(byte - b'a')] -= 1;
        }
        let allowed = self.allowed as u32;
        if (word_mask & !query_mask).count_ones() > allowed
            || (query_mask & !word_mask).count_ones() > allowed
        {
            return true;
        }
        let difference: usize = counts
            .iter()
            .map(|count| usize::from(count.unsigned_abs()))
            .sum();
        difference > 2 * self.allowed
    }
}

/// How well one query word matches one record word (see [`QueryWord::score`]); for one-off
/// comparisons.
pub fn word_match(query: &str, word: &str) -> f64 {
    QueryWord::new(query).score(word)
}

/// The best match of one query word against any word of any of `texts`.
///
/// `buffer` is scratch space for the words, reused across calls so that scanning thousands of
/// records allocates nothing.
pub fn best_match_in(query: &QueryWord, texts: &[&str], buffer: &mut String) -> f64 {
    let mut best = 0.0;
    for text in texts {
        for_each_word(text, buffer, |word| {
            best = query.score(word).max(best);
            best < EXACT
        });
        if best >= EXACT {
            break;
        }
    }
    best
}

/// True when every query word matches some word of `texts`: the rule of every text filter.
pub fn matches_all(query: &[QueryWord], texts: &[&str], buffer: &mut String) -> bool {
    query
        .iter()
        .all(|word| best_match_in(word, texts, buffer) > 0.0)
}

/// How alike a query is to a name, 0.0 to 1.0, for ranking "did you mean" suggestions.
///
/// Compares the whole query with the whole name and with each word of it, so both "ovtc" (close
/// to the abbreviation) and "victim office" (words of the name) find something.
pub fn similarity(query: &str, name: &str) -> f64 {
    Suggesting::new(query).similarity(&normalize(name), 0.0)
}

/// The most of a query suggestions compare, in characters: the measure costs the product of
/// the lengths, and a suggestion is for a few mistyped words, not a paragraph.
const SUGGESTED_CHARS: usize = 32;

/// A query prepared for suggestions: normalised and cut to [`SUGGESTED_CHARS`] once, with the
/// count of each byte, so that names sharing too few bytes with it skip the Jaro measure.
struct Suggesting {
    text: String,
    chars: usize,
    bytes: [u8; 256],
    /// Scores of the name words measured so far (at most [`REMEMBERED_WORDS`]).
    words: HashMap<String, f64>,
}

/// The most name words a run remembers the score of: a bound on memory, not on speed (the
/// built-in data has a few hundred distinct words, a 100,000-record file some thousands).
const REMEMBERED_WORDS: usize = 65_536;

impl Suggesting {
    fn new(query: &str) -> Suggesting {
        let mut text = normalize(query);
        if let Some((cut, _)) = text.char_indices().nth(SUGGESTED_CHARS) {
            text.truncate(cut);
        }
        let mut bytes = [0u8; 256];
        for byte in text.bytes() {
            bytes[usize::from(byte)] = bytes[usize::from(byte)].saturating_add(1);
        }
        Suggesting {
            chars: text.chars().count(),
            text,
            bytes,
            words: HashMap::new(),
        }
    }

    /// The similarity of a normalised name (words joined by single spaces), or 0.0 when it
    /// cannot reach `floor`.
    fn similarity(&mut self, name: &str, floor: f64) -> f64 {
        let whole = self.measured(name, floor);
        name.split(' ')
            .map(|word| self.word(word, floor))
            .fold(whole, f64::max)
    }

    /// [`Suggesting::measured`] of one word of a name, remembered: names share most of their
    /// words ("office", "trafficking"), so most words are measured once per run.
    fn word(&mut self, word: &str, floor: f64) -> f64 {
        if let Some(score) = self.words.get(word) {
            return *score;
        }
        let score = self.measured(word, floor);
        if self.words.len() < REMEMBERED_WORDS {
            self.words.insert(word.to_string(), score);
        }
        score
    }

    /// The Jaro-Winkler similarity of `part`, or 0.0 when it cannot reach `floor`.
    fn measured(&self, part: &str, floor: f64) -> f64 {
        if self.could_reach(part, floor) {
            self.jaro_winkler(part)
        } else {
            0.0
        }
    }

    /// strsim's Jaro-Winkler; over bytes when both texts are ASCII (the same result, since
    /// each byte is then a character), which spares decoding UTF-8 in its inner loop.
    fn jaro_winkler(&self, part: &str) -> f64 {
        if self.text.is_ascii() && part.is_ascii() {
            strsim::generic_jaro_winkler(&Bytes(self.text.as_bytes()), &Bytes(part.as_bytes()))
        } else {
            strsim::jaro_winkler(&self.text, part)
        }
    }

    /// False when the Jaro-Winkler similarity of `part` is surely below `floor`. Jaro is
    /// `(m/a + m/b + (m-t)/m) / 3` with `m` matching characters, at most the bytes the two
    /// share; strsim adds the prefix boost, at most `0.4 * (1 - jaro)`, only above 0.7.
    fn could_reach(&self, part: &str, floor: f64) -> bool {
        let mut used = [0u8; 256];
        let shared = part
            .bytes()
            .filter(|&byte| {
                let slot = &mut used[usize::from(byte)];
                let fresh = *slot < self.bytes[usize::from(byte)];
                *slot += u8::from(fresh);
                fresh
            })
            .count();
        let chars = part.chars().count();
        let matches = shared.min(chars).min(self.chars) as f64;
        if matches == 0.0 {
            // strsim: two empty texts are alike (1.0), otherwise nothing shared is 0.0.
            let jaro = if chars == 0 && self.chars == 0 {
                1.0
            } else {
                0.0
            };
            return jaro >= floor;
        }
        let jaro = (matches / self.chars as f64 + matches / chars as f64 + 1.0) / 3.0;
        let best = if jaro > 0.7 {
            jaro + 0.4 * (1.0 - jaro)
        } else {
            jaro
        };
        best >= floor
    }
}

/// A text's bytes, as strsim's generic measures take them.
struct Bytes<'a>(&'a [u8]);

impl<'a> IntoIterator for &Bytes<'a> {
    type Item = u8;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, u8>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

/// The closest few of `candidates` to `query`, best first: `(similarity, item)` pairs above a
/// floor, so that a suggestion is a plausible intent rather than noise. The query is prepared
/// once and each name normalised into one buffer: a data file can have 300,000 names.
pub fn closest<'a, T>(
    query: &str,
    candidates: impl IntoIterator<Item = (T, &'a str)>,
    how_many: usize,
) -> Vec<T> {
    const FLOOR: f64 = 0.6;
    let mut query = Suggesting::new(query);
    let name = &mut String::new();
    let mut scored: Vec<(f64, usize, T)> = candidates
        .into_iter()
        .enumerate()
        .filter_map(|(order, (item, candidate))| {
            normalize_into(candidate, name);
            let score = query.similarity(name, FLOOR);
            (score >= FLOOR).then_some((score, order, item))
        })
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
    use htlookup_data::words::words;

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
            let prepared = QueryWord {
                allowed: distance,
                ..QueryWord::new(query)
            };
            assert!(
                !prepared.letters_rule_out(word.as_bytes()),
                "{query} {word}"
            );
        }
        assert!(QueryWord::new("hotline").letters_rule_out(b"office"));
    }

    #[test]
    fn record_words_match_in_any_ascii_case() {
        assert_eq!(word_match("ovc", "OVC"), EXACT);
        assert_eq!(word_match("traff", "Trafficking"), PREFIX);
        assert_eq!(word_match("trafficing", "TRAFFICKING"), ONE_EDIT);
        assert_eq!(word_match("línea", "línea"), EXACT);
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
        let field = ["National Institute of Justice"];
        let buffer = &mut String::new();
        let q = |text: &str| QueryWord::all(&w(text));
        assert!(matches_all(&q("justice"), &field, buffer));
        assert!(matches_all(&q("NATIONAL justce"), &field, buffer));
        assert!(!matches_all(&q("justice state"), &field, buffer));
        assert!(matches_all(&q("justice ovc"), &["OVC", "Justice"], buffer));
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

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 2_000,
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]

        /// The word index skips every word shorter than `min_bytes` unscored: none of them may
        /// be a match.
        #[test]
        fn no_word_shorter_than_min_bytes_matches(
            query in "[a-zíñ0-9]{1,12}",
            word in "[a-zA-Zíñ0-9]{1,14}",
        ) {
            let word = if word.is_ascii() { word } else { word.to_lowercase() };
            let prepared = QueryWord::new(&query);
            if prepared.score(&word) > 0.0 {
                proptest::prop_assert!(word.len() >= prepared.min_bytes(), "{} {}", query, word);
            }
        }

        /// Suggestions skip the Jaro measure for names that share too few bytes with the
        /// query: the skip may never drop a name the measure would have put above the floor.
        #[test]
        fn the_shared_bytes_bound_never_rules_out_a_suggestion(
            query in "[a-eíñ ]{0,40}",
            name in "[a-eíñ ]{0,24}",
            floor in 0.0f64..1.0,
        ) {
            let mut prepared = Suggesting::new(&query);
            let name = normalize(&name);
            let full = std::iter::once(name.as_str())
                .chain(name.split(' '))
                .map(|part| strsim::jaro_winkler(&prepared.text, part))
                .fold(0.0, f64::max);
            if full >= floor {
                proptest::prop_assert_eq!(prepared.similarity(&name, floor), full);
            }
        }
    }

    #[test]
    fn a_long_query_is_compared_by_its_first_characters_and_unlike_names_skip_the_measure() {
        let long = "zqxj ".repeat(40);
        let mut prepared = Suggesting::new(&long);
        assert_eq!(prepared.chars, SUGGESTED_CHARS);
        // Nothing shared, nothing measured: the cost of a name is one pass over its bytes.
        let name = normalize("Metro Anti-Trafficking Task Force 1000 (synthetic)");
        assert!(name.split(' ').all(|part| !prepared.could_reach(part, 0.6)));
        assert!(!prepared.could_reach(&name, 0.6));
        assert_eq!(prepared.similarity(&name, 0.6), 0.0);
    }

    #[test]
    fn min_bytes_allows_for_the_edits_a_word_may_carry() {
        assert_eq!(QueryWord::new("hotline").min_bytes(), 6);
        assert_eq!(QueryWord::new("trafikking").min_bytes(), 8);
        assert_eq!(QueryWord::new("ovc").min_bytes(), 3);
        assert_eq!(QueryWord::new("7888").min_bytes(), 4);
        assert_eq!(QueryWord::new("línea").min_bytes(), 4);
    }
}
