//! Which characters can hide, fake or reorder text on a screen, and which a URL, number or email
//! may hold: the one definition that validation (which warns about them in text and refuses
//! them in contacts) and the sanitiser (which shows them instead of obeying them) share.
//!
//! The build checks the built-in data with the same rules.

/// True for characters that must never reach a terminal or a page raw: control characters (C0,
/// DEL, C1), Unicode's format characters (category Cf: bidirectional controls and isolates,
/// zero-width joiners and spaces, the soft hyphen, invisible operators U+2061-2064, tag
/// characters U+E0000-E007F, ...), the line and paragraph separators (Zl, Zp), variation
/// selectors, and the invisible Hangul fillers. Any of them can make a line show something other
/// than what it holds: move the cursor, recolour, hide a digit, reverse a number.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_format_or_separator(c) || is_invisible_selector_or_filler(c)
}

/// Unicode's general categories Cf, Zl and Zp, as ranges (Unicode 16; a test compares them with
/// the `unicode-properties` crate's table for every code point). Written out rather than taken
/// from a crate at run time: the list is short, and the binary stays small.
fn is_format_or_separator(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Variation selectors (they change how the character before them looks, and show nothing
/// themselves) and the Hangul fillers (letters that draw as blank space).
fn is_invisible_selector_or_filler(c: char) -> bool {
    matches!(
        c,
        '\u{180B}'..='\u{180D}'
            | '\u{180F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
    )
}

/// True when `text` has a `<` that opens markup (`<` then a letter, `/`, `!` or `?`): raw HTML
/// in a data file would run in a Markdown viewer or a page. Views show such a `<` escaped.
pub fn opens_markup(text: &str, index: usize) -> bool {
    let bytes = text.as_bytes();
    bytes.get(index) == Some(&b'<')
        && bytes
            .get(index + 1)
            .is_some_and(|next| next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?'))
}

/// The characters a URL, phone number or email address may hold: printable ASCII other than the
/// space and the characters RFC 3986 never allows in a URI (`"<>\^`{|}`). What a QR code encodes
/// and what a person copies is then exactly what they see.
pub const fn is_contact_char(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
}

/// [`is_contact_char`] of a byte (every byte that is not ASCII is refused), by table: every
/// URL of a large data file is scanned byte by byte.
pub fn is_contact_byte(byte: u8) -> bool {
    CONTACT_BYTES[byte as usize]
}

const CONTACT_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = is_contact_char(byte as u8 as char);
        byte += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_and_separator_ranges_match_the_unicode_tables() {
        use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = matches!(
                c.general_category(),
                GeneralCategory::Format
                    | GeneralCategory::LineSeparator
                    | GeneralCategory::ParagraphSeparator
            );
            assert_eq!(is_format_or_separator(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_characters_the_issue_names_are_all_unsafe() {
        for c in [
            '\u{1b}',
            '\u{9b}',
            '\u{7f}',
            '\u{200D}',
            '\u{E0041}',
            '\u{2061}',
            '\u{206A}',
            '\u{180E}',
            '\u{AD}',
            '\u{2028}',
            '\u{2029}',
            '\u{FE0F}',
            '\u{202E}',
            '\u{2067}',
        ] {
            assert!(is_unsafe(c), "U+{:04X}", c as u32);
        }
        for c in ['a', 'í', '–', '’', ' ', '█', '\u{A0}'] {
            assert!(!is_unsafe(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn markup_opens_only_with_a_tag_like_character_after_the_bracket() {
        assert!(opens_markup("<script>", 0));
        assert!(opens_markup("a </b>", 2));
        assert!(opens_markup("<!-- x -->", 0));
        assert!(!opens_markup("a < b", 2));
        assert!(!opens_markup("<3", 0));
        assert!(!opens_markup("x", 0));
    }

    #[test]
    fn contacts_hold_only_uri_safe_ascii() {
        assert!(
            "https://tips.fbi.gov/a?b=c&d#e"
                .chars()
                .all(is_contact_char)
        );
        for bad in [' ', 'é', '<', '"', '\u{202E}', '\u{200B}', '\n'] {
            assert!(!is_contact_char(bad), "{bad:?}");
        }
        for byte in 0..=255_u8 {
            assert_eq!(
                is_contact_byte(byte),
                is_contact_char(char::from(byte)),
                "{byte}"
            );
        }
    }
}
