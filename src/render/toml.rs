//! A dataset as a dataset file (`htlookup export --format toml`): the schema's tables and
//! fields in the model's order, every string a TOML basic string. Its string writers are
//! shared with `render::layer_toml` (a local layer), so both escape untrusted text one way.
//!
//! Written here rather than by the toml crate's serializer, which cost the binary 57 KB (of
//! its 2 MiB budget) for one fixed schema; the round trip (export, load, export) is tested to
//! give back the same data and the same bytes. Writing every string as a basic string also
//! makes this the place where untrusted text is escaped for the file: control characters, C1,
//! bidirectional and format characters (which TOML allows raw) and `<` are written as `\u`
//! escapes, so the file means exactly the data and shows nothing a terminal would obey.

use std::fmt::Write as _;
use std::io::{self, Write};

use htlookup_data::characters::is_unsafe;
use htlookup_data::model::{Channel, Dataset, Date, Text};

/// Writes `data` as a dataset file.
pub fn write(out: &mut dyn Write, data: &Dataset) -> io::Result<()> {
    let mut file = String::with_capacity(64 * 1024);
    let toml = &mut file;
    // Empty lists are written as `key = []`, which TOML allows only before the first table.
    for (key, empty) in [
        ("agencies", data.agencies.is_empty()),
        ("publications", data.publications.is_empty()),
        ("videos", data.videos.is_empty()),
        ("materials", data.materials.is_empty()),
    ] {
        if empty {
            let _ = writeln!(toml, "{key} = []");
        }
    }
    if data.agencies.is_empty()
        || data.publications.is_empty()
        || data.videos.is_empty()
        || data.materials.is_empty()
    {
        toml.push('\n');
    }

    let meta = &data.meta;
    toml.push_str("[meta]\n");
    string(toml, "title", &meta.title);
    string(toml, "publisher", &meta.publisher);
    string(toml, "url", &meta.url);
    string(toml, "section_url", &meta.section_url);
    date(toml, "created", meta.created);
    date(toml, "modified", meta.modified);
    date(toml, "facts_checked", meta.facts_checked);
    optional(toml, "facts_caveat", meta.facts_caveat.as_ref());
    list(toml, "notes", &meta.notes);

    let report = &data.report;
    toml.push_str("\n[report.emergency]\n");
    string(toml, "number", &report.emergency.number);
    string(toml, "when", &report.emergency.when);
    string(toml, "source", &report.emergency.source);

    let hotline = &report.hotline;
    toml.push_str("\n[report.hotline]\n");
    string(toml, "name", &hotline.name);
    string(toml, "name_es", &hotline.name_es);
    string(toml, "availability", &hotline.availability);
    string(toml, "nature", &hotline.nature);
    string(toml, "funder", &hotline.funder);
    if !hotline.alerts.is_empty() {
        list(toml, "alerts", &hotline.alerts);
    }
    string(toml, "source", &hotline.source);
    for channel in hotline.channels.iter() {
        toml.push_str("\n[[report.hotline.channels]]\n");
        write_channel(toml, channel);
    }
    for organization in report.other_channels.iter() {
        toml.push_str("\n[[report.other_channels]]\n");
        string(toml, "id", &organization.id);
        string(toml, "name", &organization.name);
        string(toml, "purpose", &organization.purpose);
        let _ = writeln!(toml, "on_page = {}", organization.on_page);
        string(toml, "source", &organization.source);
        for channel in organization.channels.iter() {
            toml.push_str("\n[[report.other_channels.channels]]\n");
            write_channel(toml, channel);
        }
    }

    for agency in data.agencies.iter() {
        toml.push_str("\n[[agencies]]\n");
        string(toml, "id", &agency.id);
        string(toml, "name", &agency.name);
        optional(toml, "short_name", agency.short_name.as_ref());
        optional(toml, "abbreviation", agency.abbreviation.as_ref());
        string(toml, "parent", &agency.parent);
        string(toml, "url", &agency.url);
        string(toml, "description", &agency.description);
        string(toml, "source", &agency.source);
    }
    for publication in data.publications.iter() {
        toml.push_str("\n[[publications]]\n");
        string(toml, "id", &publication.id);
        string(toml, "title", &publication.title);
        string(toml, "publisher", &publication.publisher);
        let _ = writeln!(toml, "sponsored = {}", publication.sponsored);
        number(toml, "year", publication.year);
        number(toml, "month", publication.month);
        optional(toml, "date_note", publication.date_note.as_ref());
        optional(toml, "url", publication.url.as_ref());
        number(toml, "ncj", publication.ncj);
        string(toml, "source", &publication.source);
    }
    for video in data.videos.iter() {
        toml.push_str("\n[[videos]]\n");
        string(toml, "id", &video.id);
        string(toml, "title", &video.title);
        string(toml, "producer", &video.producer);
        number(toml, "year", video.year);
        optional(toml, "url", video.url.as_ref());
        string(toml, "description", &video.description);
        string(toml, "source", &video.source);
    }
    for material in data.materials.iter() {
        toml.push_str("\n[[materials]]\n");
        string(toml, "id", &material.id);
        string(toml, "kind", material.kind.as_str());
        string(toml, "title", &material.title);
        string(toml, "producer", &material.producer);
        date(toml, "announced", material.announced);
        string(toml, "audience", &material.audience);
        list(toml, "languages", &material.languages);
        optional(toml, "url", material.url.as_ref());
        string(toml, "description", &material.description);
        string(toml, "source", &material.source);
    }
    out.write_all(file.as_bytes())
}

fn write_channel(toml: &mut String, channel: &Channel) {
    string(toml, "id", &channel.id);
    string(toml, "kind", channel.kind.as_str());
    string(toml, "value", &channel.value);
    optional(toml, "vanity", channel.vanity.as_ref());
    if !channel.keywords.is_empty() {
        list(toml, "keywords", &channel.keywords);
    }
    optional(toml, "note", channel.note.as_ref());
    if !channel.languages.is_empty() {
        list(toml, "languages", &channel.languages);
    }
}

/// `key = "value"`.
pub(super) fn string(toml: &mut String, key: &str, value: &str) {
    toml.push_str(key);
    toml.push_str(" = ");
    quoted(toml, value);
    toml.push('\n');
}

/// `key = "value"` when there is one; nothing (TOML has no null) when there is none.
pub(super) fn optional(toml: &mut String, key: &str, value: Option<&Text>) {
    if let Some(value) = value {
        string(toml, key, value);
    }
}

/// `key = N` when there is one.
fn number(toml: &mut String, key: &str, value: Option<impl std::fmt::Display>) {
    if let Some(value) = value {
        let _ = writeln!(toml, "{key} = {value}");
    }
}

/// `key = "YYYY-MM-DD"`: dates are quoted strings in a dataset file.
pub(super) fn date(toml: &mut String, key: &str, value: Date) {
    let _ = writeln!(toml, "{key} = \"{value}\"");
}

/// `key = [...]`, one item a line.
pub(super) fn list(toml: &mut String, key: &str, items: &[Text]) {
    if items.is_empty() {
        let _ = writeln!(toml, "{key} = []");
        return;
    }
    let _ = writeln!(toml, "{key} = [");
    for item in items {
        toml.push_str("    ");
        quoted(toml, item);
        toml.push_str(",\n");
    }
    toml.push_str("]\n");
}

/// A TOML basic string: `\` and `"` escaped, and every character a terminal would obey (and
/// `<`) as a `\u` escape.
fn quoted(toml: &mut String, value: &str) {
    toml.push('"');
    for c in value.chars() {
        match c {
            '"' => toml.push_str("\\\""),
            '\\' => toml.push_str("\\\\"),
            '\n' => toml.push_str("\\n"),
            '\t' => toml.push_str("\\t"),
            '\r' => toml.push_str("\\r"),
            c if is_unsafe(c) || c == '<' => {
                if u32::from(c) <= 0xFFFF {
                    let _ = write!(toml, "\\u{:04X}", u32::from(c));
                } else {
                    let _ = write!(toml, "\\U{:08X}", u32::from(c));
                }
            }
            c => toml.push(c),
        }
    }
    toml.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded;
    use htlookup_data::load::parse;

    fn exported(data: &Dataset) -> String {
        let mut out = Vec::new();
        write(&mut out, data).unwrap(); // ok: test code
        String::from_utf8(out).unwrap() // ok: test code
    }

    #[test]
    fn the_export_loads_back_to_the_same_dataset() {
        let text = exported(embedded());
        let loaded = parse("export.toml", &text, usize::MAX)
            .unwrap_or_else(|problems| panic!("{problems:?}"));
        assert_eq!(&loaded, embedded());
        assert_eq!(exported(&loaded), text);
    }

    #[test]
    fn strings_escape_what_a_terminal_would_obey_and_load_back_the_same() {
        let mut data = embedded().clone();
        let title = "C1 \u{9b}, RLO \u{202e}, tag \u{E0041}, \"quoted\" \\ <b>\nline";
        data.publications.to_mut()[0].title = title.into();
        data.videos = Vec::new().into();
        let text = exported(&data);
        assert!(
            !text
                .chars()
                .any(|c| (is_unsafe(c) && c != '\n') || c == '<')
        );
        assert!(text.starts_with("videos = []\n\n[meta]\n"), "{text}");
        let loaded = parse("export.toml", &text, usize::MAX)
            .unwrap_or_else(|problems| panic!("{problems:?}"));
        assert_eq!(loaded.publications[0].title, title);
        assert_eq!(loaded, data);
    }
}
