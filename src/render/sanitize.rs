//! The one boundary between untrusted text and a person's screen.
//!
//! A data file (`--data`) may hold control characters, ANSI escape sequences, OSC 8 links,
//! OSC 52 clipboard writes, bidirectional overrides and isolates, zero-width joiners, tag
//! characters, line separators or raw HTML. Printed raw, they could move the cursor, recolour
//! the screen, set the window title, write the clipboard, hide text, make one number look like
//! another, or run in a Markdown viewer. Every string from data crosses this module before any
//! people-facing view sees it: lists through [`cells`] (in `render::records`), the report and
//! the card through the prepared report (`query::prepared`), detail cards through
//! `render::card`, messages through `lib.rs`. Each function here shows such characters instead
//! of obeying them; machine formats escape them ([`escape_json`], and `render::toml` for a dataset file) so their
//! meaning is kept for scripts.
//!
//! Which characters are unsafe is decided once, in [`htlookup_data::characters`].

use std::borrow::Cow;
use std::fmt::Write as _;

use htlookup_data::characters::{is_unsafe, opens_markup};
use htlookup_data::model::{Channel, Emergency, Hotline, Organization, Report, Text};

/// Whether `text` has nothing to show differently. Most data is printable ASCII, checked a
/// byte at a time (which the compiler vectorises); only other text is decoded.
fn is_safe(text: &str, show_markup: bool) -> bool {
    let markup = || {
        show_markup
            && text
                .match_indices('<')
                .any(|(index, _)| opens_markup(text, index))
    };
    if text.is_ascii() {
        return text.bytes().all(|b| b >= b' ' && b != 0x7F) && !markup();
    }
    !text.chars().any(|c| {
        if c.is_ascii() {
            c < ' ' || c == '\u{7F}'
        } else {
            is_unsafe(c)
        }
    }) && !markup()
}

/// `text` with every unsafe character shown instead of obeyed, on one line.
///
/// Tabs and line breaks become spaces (a value must not start a line of its own that could
/// pass for another entry); other C0 controls become their Unicode "control pictures" (ESC
/// shows as ␛, NUL as ␀); DEL as ␡; everything else unsafe, and a `<` that would open markup,
/// becomes a `\u{…}` escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    shown(text, false, true)
}

/// Like [`visible`], but leaves `<` as it is: for text that is not from data and holds
/// placeholders such as `<FORMAT>` (clap's errors, which quote the user's own arguments).
pub fn visible_controls(text: &str) -> Cow<'_, str> {
    shown(text, false, false)
}

/// Like [`visible`], but keeps line breaks (`\n`): for places where a value may span lines and
/// cannot pass for another entry (a quoted CSV cell, a detail card's notes).
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    shown(text, true, true)
}

/// The one loop behind every view: `keep_newlines` for multi-line places, `show_markup` where
/// the format has no escape of its own for `<` (HTML and Markdown write it as `&lt;`).
fn shown(text: &str, keep_newlines: bool, show_markup: bool) -> Cow<'_, str> {
    let markup = |index| show_markup && opens_markup(text, index);
    if is_safe(text, show_markup) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (index, c) in text.char_indices() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\r' if keep_newlines && text[index + 1..].starts_with('\n') => {}
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{0}'..='\u{1F}' => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7F}' => out.push('\u{2421}'),
            c if is_unsafe(c) || (c == '<' && markup(index)) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A text made [`visible`], keeping it borrowed when it is already safe.
pub fn safe_text(value: &Text) -> Text {
    match visible(value) {
        Cow::Borrowed(_) => value.clone(),
        Cow::Owned(shown) => Cow::Owned(shown),
    }
}

/// Every cell of a row made [`visible`]: what tables, Markdown, text blocks and CSV are given.
pub fn cells<'a>(row: Vec<Cow<'a, str>>) -> Vec<Cow<'a, str>> {
    row.into_iter()
        .map(|cell| match cell {
            Cow::Borrowed(text) => visible_lines(text),
            Cow::Owned(text) => Cow::Owned(visible_lines(&text).into_owned()),
        })
        .collect()
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

/// Text as HTML that prints as itself: shown [`visible`], then `& < > " '` escaped.
pub fn html(text: &str) -> String {
    let text = shown(text, false, false);
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Text as Markdown that prints as itself in any viewer: shown [`visible`], Markdown's markup
/// characters backslash-escaped (data may hold `*` or `_`), and `&`, `<`, `>` written as
/// entities, so raw HTML in data renders as text.
pub fn markdown(text: &str) -> String {
    let text = shown(text, false, false);
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}

/// What JSON must write as an escape: what a terminal would obey, and `<`, so that no
/// markup appears raw in a document a page might embed.
fn needs_escape(c: char) -> bool {
    if c.is_ascii() {
        return (c < ' ' && c != '\n') || c == '\u{7F}' || c == '<';
    }
    is_unsafe(c)
}

/// JSON text with the characters serde_json leaves raw but a terminal would obey (DEL, C1
/// controls, bidirectional and invisible format characters), and `<`, written as `\uXXXX`
/// escapes. They can only occur inside JSON strings, so the document means exactly the same.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    // The layout's own line breaks are the only control characters serde_json writes raw.
    // One pass: printable ASCII is the common case, decoded only where it is not.
    if !json.chars().any(needs_escape) {
        return Cow::Borrowed(json);
    }
    let mut escaped = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(escaped, "\\u{unit:04x}");
            }
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

fn safe_channel(channel: &Channel) -> Channel {
    Channel {
        id: safe_text(&channel.id),
        kind: channel.kind,
        value: safe_text(&channel.value),
        vanity: channel.vanity.as_ref().map(safe_text),
        keywords: channel.keywords.iter().map(safe_text).collect(),
        note: channel.note.as_ref().map(safe_text),
        languages: channel.languages.iter().map(safe_text).collect(),
    }
}

/// Whether every text of a report is safe already, checked without copying any.
fn report_is_safe(report: &Report) -> bool {
    let safe = |text: &str| is_safe(text, true);
    let channel_is_safe = |channel: &Channel| {
        safe(&channel.id)
            && safe(&channel.value)
            && channel.vanity.as_deref().is_none_or(safe)
            && channel.note.as_deref().is_none_or(safe)
            && channel.keywords.iter().all(|text| safe(text))
            && channel.languages.iter().all(|text| safe(text))
    };
    let emergency = &report.emergency;
    let hotline = &report.hotline;
    [&emergency.number, &emergency.when, &emergency.source]
        .into_iter()
        .chain([&hotline.name, &hotline.name_es, &hotline.availability])
        .chain([&hotline.nature, &hotline.funder, &hotline.source])
        .chain(hotline.alerts.iter())
        .all(|text| safe(text))
        && hotline.channels.iter().all(channel_is_safe)
        && report.other_channels.iter().all(|organization| {
            [&organization.id, &organization.name]
                .into_iter()
                .chain([&organization.purpose, &organization.source])
                .all(|text| safe(text))
                && organization.channels.iter().all(channel_is_safe)
        })
}

/// The report with every text made [`visible`]: what the people-facing views (the report's
/// text, steps, walkthrough, QR captions, the card) are built from (see `query::prepared`), so
/// that none of them can print a data file's control characters; the report itself when it is
/// safe already (the built-in data always is). JSON is written from the original.
pub fn report(report: &Report) -> Cow<'_, Report> {
    if report_is_safe(report) {
        return Cow::Borrowed(report);
    }
    Cow::Owned(safe_report(report))
}

fn safe_report(report: &Report) -> Report {
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
            alerts: hotline.alerts.iter().map(safe_text).collect(),
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
    fn invisible_format_and_separator_characters_are_shown() {
        assert_eq!(visible("a\u{200D}b"), "a\\u{200d}b");
        assert_eq!(visible("tag\u{E0041}"), "tag\\u{e0041}");
        assert_eq!(visible("line\u{2028}sep"), "line\\u{2028}sep");
        assert_eq!(visible("soft\u{AD}hyphen"), "soft\\u{ad}hyphen");
        assert_eq!(visible("vs\u{FE0F}"), "vs\\u{fe0f}");
        assert_eq!(visible("fsi\u{2068}x\u{2069}"), "fsi\\u{2068}x\\u{2069}");
    }

    #[test]
    fn markup_is_shown_as_an_escape_and_a_plain_less_than_is_kept() {
        assert_eq!(
            visible("<script>x</script>"),
            "\\u{3c}script>x\\u{3c}/script>"
        );
        assert_eq!(visible("1 < 2"), "1 < 2");
        assert_eq!(html("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(markdown("<b> & *x*\u{1b}"), "&lt;b&gt; &amp; \\*x\\*␛");
        assert_eq!(markdown("a < b"), "a &lt; b");
    }

    #[test]
    fn lines_are_kept_only_where_asked() {
        assert_eq!(visible_lines("a\nb\r\nc\x1b"), "a\nb\nc␛");
        assert_eq!(visible_lines("a\rb"), "a b");
    }

    #[test]
    fn a_report_is_made_safe_in_every_text_and_unchanged_otherwise() {
        let original = &crate::embedded::dataset().report;
        assert!(matches!(report(original), Cow::Borrowed(_)));
        let mut hostile = original.clone();
        hostile.hotline.channels.to_mut()[0].vanity = Some("\x1b[2J".into());
        hostile.other_channels.to_mut()[0].name = "FBI\u{202E}".into();
        let safe = report(&hostile);
        assert!(matches!(safe, Cow::Owned(_)));
        assert_eq!(safe.hotline.channels[0].vanity.as_deref(), Some("␛[2J"));
        assert_eq!(safe.other_channels[0].name, "FBI\\u{202e}");
    }

    #[test]
    fn plain_text_is_borrowed_untouched() {
        assert!(matches!(visible("Línea – 911"), Cow::Borrowed(_)));
        assert!(matches!(
            escape_json("{\n  \"a\": \"Línea\"\n}"),
            Cow::Borrowed(_)
        ));
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
        let json = serde_json::to_string(&"a\u{202E}b\u{9b}c\x1b<i>").unwrap(); // ok: test code
        assert_eq!(escape_json(&json), "\"a\\u202eb\\u009bc\\u001b\\u003ci>\"");
        assert_eq!(escape_json("{\n  \"a\": 1\n}"), "{\n  \"a\": 1\n}");
        assert_eq!(
            escape_json("\"\u{1F600}\u{E0041}\""),
            "\"\u{1F600}\\udb40\\udc41\""
        );
    }
}
