//! U.S. phone numbers as directories write them, in the one shape a layer takes.
//!
//! Directories write the same number a dozen ways (`(541) 555-0100`, `541.555.0100`,
//! `+1 541 555 0100`, `5415550100 x12`); a layer takes `NNN-NNN-NNNN`, or `1-NNN-NNN-NNNN`
//! for toll-free numbers, as the national data writes the hotline (so a directory's copy of
//! the hotline is recognised as the national number it is, and refused by the layer rules).
//! Anything that is not a ten-digit North American number is refused with the reason, never
//! guessed at: a wrong digit sends a person in danger to a stranger.

/// A number in the layer's shape, with the extension it had, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normal {
    /// `541-555-0100`, `1-800-555-0100`, or a three-digit N11 number (`211`).
    pub number: String,
    /// The extension's digits (`123`), kept for the means' note.
    pub extension: Option<String>,
}

/// The toll-free area codes: written with the leading `1-`, as people dial them.
const TOLL_FREE: [&str; 7] = ["800", "833", "844", "855", "866", "877", "888"];

/// Normalises `raw` (and an extension given apart, as HSDS's `extension` column does); the
/// error is the reason, in words that follow the quoted value (`is not a U.S. number (+44)`).
pub fn normalise(raw: &str, extension: Option<&str>) -> Result<Normal, String> {
    let raw = raw.trim();
    let (number, written_extension) = split_extension(raw)?;
    let extension = match extension.map(str::trim).filter(|e| !e.is_empty()) {
        Some(given) if given.bytes().all(|b| b.is_ascii_digit()) && given.len() <= 8 => {
            Some(given.to_string())
        }
        Some(_) => return Err("has an extension that is not 1-8 digits".to_string()),
        None => written_extension,
    };
    if let Some(c) = number
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+' | '/')))
    {
        return Err(if c.is_alphabetic() {
            "has letters; write the digits".to_string()
        } else {
            format!("has {c:?}, which a phone number does not")
        });
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if let Some(after_plus) = number.trim_start().strip_prefix('+') {
        let country: String = after_plus
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if !digits.starts_with('1') || digits.len() != 11 {
            let code = if digits.starts_with('1') {
                "1".to_string()
            } else {
                country.chars().take(3).collect()
            };
            return Err(format!("is not a U.S. number (+{code})"));
        }
    }
    let national = match digits.len() {
        3 if number == digits && digits.ends_with("11") => {
            return Ok(Normal {
                number: digits,
                extension,
            });
        }
        10 => &digits[..],
        11 if digits.starts_with('1') => &digits[1..],
        count => {
            return Err(format!(
                "has {count} digits; a U.S. number has 10 (with its area code)"
            ));
        }
    };
    let (area, exchange, line) = (&national[..3], &national[3..6], &national[6..]);
    if area.starts_with(['0', '1']) || exchange.starts_with(['0', '1']) {
        return Err("is not a U.S. number (no area code starts with 0 or 1)".to_string());
    }
    let number = if TOLL_FREE.contains(&area) {
        format!("1-{area}-{exchange}-{line}")
    } else {
        format!("{area}-{exchange}-{line}")
    };
    Ok(Normal { number, extension })
}

/// Splits `541-555-0100 ext. 12` into the number and `12`. The extension starts at the first
/// letter or `#`; what follows must be `ext`, `extension`, `x` or `#`, then digits.
fn split_extension(raw: &str) -> Result<(&str, Option<String>), String> {
    let Some(start) = raw.find(|c: char| c.is_alphabetic() || c == '#') else {
        return Ok((raw, None));
    };
    let (number, rest) = raw.split_at(start);
    let rest = rest.to_ascii_lowercase();
    let digits = ["extension", "ext", "x", "#"]
        .iter()
        .find_map(|marker| rest.strip_prefix(marker))
        .map(|after| after.trim_start_matches(['.', ':', ' ']).trim_end());
    match digits {
        Some(digits)
            if !digits.is_empty()
                && digits.len() <= 8
                && digits.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Ok((
                number.trim_end_matches([' ', ',', ';']),
                Some(digits.to_string()),
            ))
        }
        _ => Err("has letters; write the digits".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(raw: &str) -> Result<(String, Option<String>), String> {
        normalise(raw, None).map(|normal| (normal.number, normal.extension))
    }

    #[test]
    fn common_shapes_of_one_number_become_one() {
        for raw in [
            "(541) 555-0100",
            "541.555.0100",
            "541 555 0100",
            "5415550100",
            "+1 541 555 0100",
            "+1 (541) 555-0100",
            "1-541-555-0100",
            "1 541 555 0100",
            "541-555-0100",
            " 541/555-0100 ",
        ] {
            assert_eq!(number(raw), Ok(("541-555-0100".to_string(), None)), "{raw}");
        }
    }

    #[test]
    fn toll_free_numbers_keep_the_leading_one_as_the_national_data_writes_them() {
        for raw in ["(888) 373-7888", "1-888-373-7888", "+1 888 373 7888"] {
            assert_eq!(
                number(raw),
                Ok(("1-888-373-7888".to_string(), None)),
                "{raw}"
            );
        }
        assert_eq!(number("211"), Ok(("211".to_string(), None)));
    }

    #[test]
    fn extensions_are_kept_apart() {
        for raw in [
            "541-555-0100 x123",
            "541-555-0100x123",
            "(541) 555-0100 ext. 123",
            "541.555.0100 Ext 123",
            "541-555-0100, extension 123",
            "541-555-0100 #123",
        ] {
            assert_eq!(
                number(raw),
                Ok(("541-555-0100".to_string(), Some("123".to_string()))),
                "{raw}"
            );
        }
        let given = normalise("541-555-0100", Some(" 42 ")).map(|n| n.extension);
        assert_eq!(given, Ok(Some("42".to_string())));
        assert!(normalise("541-555-0100", Some("front desk")).is_err());
    }

    #[test]
    fn other_countries_letters_and_short_numbers_are_refused_with_a_reason() {
        let refused = |raw: &str| number(raw).expect_err(raw);
        assert_eq!(refused("+44 20 7946 0000"), "is not a U.S. number (+44)");
        assert_eq!(refused("+1 541 555 010"), "is not a U.S. number (+1)");
        assert_eq!(refused("541-555-CALL"), "has letters; write the digits");
        assert_eq!(refused("call us"), "has letters; write the digits");
        assert_eq!(
            refused("555-0100"),
            "has 7 digits; a U.S. number has 10 (with its area code)"
        );
        assert_eq!(
            refused(""),
            "has 0 digits; a U.S. number has 10 (with its area code)"
        );
        assert_eq!(
            refused("041-555-0100"),
            "is not a U.S. number (no area code starts with 0 or 1)"
        );
        assert_eq!(
            refused("541*555*0100"),
            "has '*', which a phone number does not"
        );
        assert_eq!(
            refused("2-541-555-0100"),
            "has 11 digits; a U.S. number has 10 (with its area code)"
        );
    }

    #[test]
    fn every_accepted_number_passes_the_layer_rule() {
        for raw in [
            "(541) 555-0100",
            "888.373.7888",
            "211",
            "+1 206 555 0199 x9",
        ] {
            let normal = normalise(raw, None).expect(raw);
            assert!(
                htlookup_data::validate::is_phone_number(&normal.number),
                "{raw}"
            );
        }
    }
}
