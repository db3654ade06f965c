//! Text normalisation shared by every text filter and by search.
//!
//! Users type "OVC", "ovc", "2018-June" or paste "2018–June" (en dash) from a page: all of these
//! must find the same records. Normalising both sides the same way (lowercase, every dash and
//! punctuation mark a word break) makes matching a comparison of plain words.

/// Lowercases `text` and splits it into words of letters and digits.
///
/// Every character that is not a letter or digit (hyphen, en dash, em dash, apostrophe, slash,
/// ...) separates words, so "July 2018–June 2019" and "july 2018-june 2019" give the same words.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "What's" is one word, not "what" and "s"; both apostrophes count.
            continue;
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The words of `text`, joined by single spaces: a normalised form for phrase matching.
pub fn normalize(text: &str) -> String {
    words(text).join(" ")
}

/// Words too common to tell records apart; dropped from a query that has other words.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "by", "for", "from", "how", "i", "in", "is", "of", "on", "or", "the",
    "to", "what", "with",
];

/// The words of a query worth matching: its words less stopwords, unless that leaves none.
pub fn query_words(query: &str) -> Vec<String> {
    let all = words(query);
    let kept: Vec<String> = all
        .iter()
        .filter(|word| !STOPWORDS.contains(&word.as_str()))
        .cloned()
        .collect();
    if kept.is_empty() { all } else { kept }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_of_every_kind_split_words_the_same_way() {
        let expected = ["july", "2018", "june", "2019"];
        assert_eq!(words("July 2018–June 2019"), expected);
        assert_eq!(words("july 2018-june 2019"), expected);
        assert_eq!(words("JULY 2018—JUNE 2019"), expected);
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        assert_eq!(words("What's Going On?"), ["whats", "going", "on"]);
        assert_eq!(words("Zoe\u{2019}s Story"), ["zoes", "story"]);
    }

    #[test]
    fn stopwords_are_dropped_unless_nothing_else_is_left() {
        assert_eq!(query_words("office for victims"), ["office", "victims"]);
        assert_eq!(query_words("for the"), ["for", "the"]);
        assert!(query_words("  --- ").is_empty());
    }

    #[test]
    fn normalize_joins_words_with_single_spaces() {
        assert_eq!(normalize("  OVC   TTAC: Toolkit "), "ovc ttac toolkit");
    }
}
