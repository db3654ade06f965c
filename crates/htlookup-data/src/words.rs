//! Text normalisation shared by every text filter and by search.
//!
//! Users type "OVC", "ovc", "2018-June" or paste "2018–June" (en dash) from a page: all of these
//! must find the same records. Normalising both sides the same way (lowercase, every dash and
//! punctuation mark a word break) makes matching a comparison of plain words.

/// Calls `visit` with each word of `text` until it returns `false`.
///
/// Every character that is not a letter or digit (hyphen, en dash, em dash, slash, ...)
/// separates words, so "July 2018–June 2019" and "july 2018-june 2019" give the same words;
/// apostrophes are dropped inside a word ("What's" is "Whats").
///
/// Search and filters run this over every record, so it avoids work: ASCII words are handed
/// over as slices of `text` in their original case (compare them with ASCII case folded, as
/// the binary's typo-tolerant matcher does); other words are lowercased into `buffer`, which callers
/// reuse. Use [`words`] for owned, lowercased words.
pub fn for_each_word(text: &str, buffer: &mut String, mut visit: impl FnMut(&str) -> bool) {
    if text.is_ascii() {
        let mut start = None;
        let mut apostrophe = false;
        for (index, byte) in text.bytes().enumerate() {
            if byte.is_ascii_alphanumeric() {
                start.get_or_insert(index);
            } else if byte == b'\'' && start.is_some() {
                apostrophe = true;
            } else if let Some(first) = start.take() {
                if !visit_ascii(&text[first..index], apostrophe, buffer, &mut visit) {
                    return;
                }
                apostrophe = false;
            }
        }
        if let Some(first) = start {
            visit_ascii(&text[first..], apostrophe, buffer, &mut visit);
        }
        return;
    }
    buffer.clear();
    for c in text.chars() {
        if c.is_alphanumeric() {
            buffer.extend(c.to_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            continue;
        } else if !buffer.is_empty() {
            if !visit(buffer) {
                return;
            }
            buffer.clear();
        }
    }
    if !buffer.is_empty() {
        visit(buffer);
    }
}

/// Hands an ASCII word to `visit`, first dropping its apostrophes (into `buffer`) if it has any.
fn visit_ascii(
    word: &str,
    apostrophe: bool,
    buffer: &mut String,
    visit: &mut impl FnMut(&str) -> bool,
) -> bool {
    if !apostrophe {
        return visit(word);
    }
    buffer.clear();
    buffer.extend(word.chars().filter(|c| *c != '\''));
    visit(buffer)
}

/// The words of `text`, lowercased (see [`for_each_word`]).
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(text, &mut String::new(), |word| {
        words.push(word.to_lowercase());
        true
    });
    words
}

/// The words of `text`, joined by single spaces: a normalised form for phrase matching.
pub fn normalize(text: &str) -> String {
    let mut normalized = String::with_capacity(text.len());
    normalize_into(text, &mut normalized);
    normalized
}

/// [`normalize`] into `out` (cleared first), so that normalising many texts reuses one buffer.
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    for_each_word(text, &mut String::new(), |word| {
        if !out.is_empty() {
            out.push(' ');
        }
        // `for_each_word` lowercases all but ASCII words, which it leaves as written.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        true
    });
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
    fn ascii_and_unicode_text_split_alike() {
        assert_eq!(
            words("Línea: What's-ON 2024"),
            ["línea", "whats", "on", "2024"]
        );
        assert_eq!(
            words("Linea: What's-ON 2024"),
            ["linea", "whats", "on", "2024"]
        );
    }

    #[test]
    fn a_visitor_can_stop_early() {
        let mut seen = Vec::new();
        for_each_word("one two three", &mut String::new(), |word| {
            seen.push(word.to_string());
            word != "two"
        });
        assert_eq!(seen, ["one", "two"]);
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
