//! Makes untrusted text harmless to show.
//!
//! A data file (`--data`) may hold control characters, ANSI escape sequences, OSC 8 links,
//! bidirectional overrides or NULs. Printed raw, they could move the cursor, recolour the
//! screen, set the window title, hide text or make one number look like another. Every text
//! renderer passes data through [`visible`], which replaces each such character with a visible
//! stand-in; JSON gets the same characters as `\uXXXX` escapes ([`escape_json`]).

use std::borrow::Cow;

use crate::dataset::model::{Channel, Emergency, Hotline, Organization, Report, Text};

/// True for characters that must never reach a terminal raw: C0 and C1 controls, DEL, the
/// bidirectional controls, and invisible format characters that can hide or reorder text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Printable ASCII only: the common case, checked a byte at a time before any decoding.
fn plain_ascii(text: &str) -> bool {
    text.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// `text` with every unsafe character shown instead of obeyed.
///
/// Tabs and line breaks become spaces (a value must not start a line of its own that could
/// pass for another entry); other C0 controls become their Unicode "control pictures"
/// (ESC shows as ␛, NUL as ␀); everything else unsafe becomes a `\u{…}` escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    if plain_ascii(text) || !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' => shown.push(' '),
            '\u{0}'..='\u{1F}' => {
                shown.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7F}' => shown.push('\u{2421}'),
            c if is_unsafe(c) => shown.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// Like [`visible`], but keeps line breaks: for places where a value may span lines and
/// cannot pass for another entry (a quoted CSV cell, a table cell).
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.contains('\n') {
        return visible(text);
    }
    Cow::Owned(text.lines().map(visible).collect::<Vec<_>>().join("\n"))
}

/// A CSV cell that a spreadsheet will not run as a formula.
///
/// Per OWASP's CSV injection guidance, a cell starting with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a leading `'`, which spreadsheets show as text. The cell is made
/// [`visible_lines`] first (the csv writer quotes a cell with line breaks).
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let shown = visible_lines(text);
    if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{shown}"))
    } else {
        shown
    }
}

/// JSON text with the characters serde_json leaves raw but a terminal would obey (DEL, C1
/// controls, bidirectional and invisible format characters) written as `\uXXXX` escapes.
/// They can only occur inside JSON strings, so the document means exactly the same.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if json
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) || b == b'\n')
        || !json.chars().any(is_unsafe)
    {
        return Cow::Borrowed(json);
    }
    let mut escaped = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        // serde_json already escapes C0 controls, so only the '\n' of its own layout is left.
        if is_unsafe(c) && c != '\n' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                escaped.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// A text made [`visible`], keeping it borrowed when it is already safe.
fn safe_text(text: &Text) -> Text {
    match visible(text) {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(shown) => Cow::Owned(shown),
    }
}

fn safe_channel(channel: &Channel) -> Channel {
    Channel {
        id: safe_text(&channel.id),
        kind: channel.kind,
        value: safe_text(&channel.value),
        vanity: channel.vanity.as_ref().map(safe_text),
        note: channel.note.as_ref().map(safe_text),
        languages: channel.languages.iter().map(safe_text).collect(),
    }
}

/// The report with every text made [`visible`]: what the people-facing views (the report's
/// text, steps, walkthrough, QR captions, the card) are built from, so that none of them can
/// print a data file's control characters. JSON is written from the original.
pub fn report(report: &Report) -> Report {
    let emergency = &report.emergency;
    let hotline = &report.hotline;
    Report {
        emergency: Emergency {
            number: safe_text(&emergency.number),
            when: safe_text(&emergency.when),
            source: safe_text(&emergency.source),
        },
        hotline: Hotline {
            name: safe_text(&hotline.name),
            name_es: safe_text(&hotline.name_es),
            availability: safe_text(&hotline.availability),
            nature: safe_text(&hotline.nature),
            funder: safe_text(&hotline.funder),
            channels: hotline.channels.iter().map(safe_channel).collect(),
            source: safe_text(&hotline.source),
        },
        other_channels: report
            .other_channels
            .iter()
            .map(|organization| Organization {
                id: safe_text(&organization.id),
                name: safe_text(&organization.name),
                purpose: safe_text(&organization.purpose),
                on_page: organization.on_page,
                channels: organization.channels.iter().map(safe_channel).collect(),
                source: safe_text(&organization.source),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_overrides_are_shown_not_obeyed() {
        assert_eq!(visible("a\x1b[31mred\x1b[0m"), "a␛[31mred␛[0m");
        assert_eq!(
            visible("\x1b]8;;https://evil.example\x07link\x1b]8;;\x07"),
            "␛]8;;https://evil.example␇link␛]8;;␇"
        );
        assert_eq!(visible("1-888\u{202E}8887"), "1-888\\u{202e}8887");
        assert_eq!(visible("nul\0here"), "nul␀here");
        assert_eq!(visible("two\nlines"), "two lines");
        assert_eq!(visible("csi\u{9b}31m"), "csi\\u{9b}31m");
    }

    #[test]
    fn a_report_is_made_safe_in_every_text_and_unchanged_otherwise() {
        let original = &crate::dataset::embedded().report;
        assert_eq!(&report(original), original);
        let mut hostile = original.clone();
        hostile.hotline.channels.to_mut()[0].vanity = Some("\x1b[2J".into());
        hostile.other_channels.to_mut()[0].name = "FBI\u{202E}".into();
        let safe = report(&hostile);
        assert_eq!(safe.hotline.channels[0].vanity.as_deref(), Some("␛[2J"));
        assert_eq!(safe.other_channels[0].name, "FBI\\u{202e}");
    }

    #[test]
    fn plain_text_is_borrowed_untouched() {
        assert!(matches!(visible("Línea – 911"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_formulas_are_defused() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("1-888-373-7888"), "1-888-373-7888");
        assert_eq!(csv_cell("- one\n- two\x1b"), "'- one\n- two␛");
    }

    #[test]
    fn json_gets_escapes_for_what_serde_json_leaves_raw() {
        let json = serde_json::to_string(&"a\u{202E}b\u{9b}c\x1b").unwrap(); // ok: test code
        assert_eq!(escape_json(&json), "\"a\\u202eb\\u009bc\\u001b\"");
        assert_eq!(escape_json("{\n  \"a\": 1\n}"), "{\n  \"a\": 1\n}");
    }
}
