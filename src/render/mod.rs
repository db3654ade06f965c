//! Output: one module per format, all writing to `&mut dyn Write`.
//!
//! Renderers never filter or rank: they get the records a command chose and only decide how they
//! look. Table, text blocks, CSV and Markdown share each record's one definition of its columns
//! ([`Tabular`]); JSON and JSON Lines share its serde one. Every cell from data is made safe in
//! [`records`] and [`card`], before any of those renderers sees it (see [`sanitize`]).

mod blocks;
pub mod card;
pub mod card_html;
pub mod card_text;
mod columns;
pub use columns::Pair;
pub mod big_digits;
pub mod csv;
mod json;
pub mod layer_toml;
mod markdown;
pub mod qr;
pub mod report;
pub mod sanitize;
mod table;
pub mod toml;
pub mod walkthrough;
pub mod wrap;

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

/// The output formats: how `--format` names them is `cli.rs`'s business; which a command
/// prints is `commands::prints`'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned table for people (fits the terminal; too narrow a terminal gets text blocks).
    Table,
    /// One pretty-printed JSON document.
    Json,
    /// JSON Lines: one compact JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row (RFC 4180).
    Csv,
    /// A GitHub-flavoured Markdown table.
    Markdown,
    /// TOML, for `export` only: a dataset file.
    Toml,
    /// A standalone HTML page (card only).
    Html,
    /// Plain text without box drawing: a block of "Field: value" lines per record, for screen
    /// readers, printers and narrow terminals.
    Text,
}

impl Format {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Toml => "toml",
            Format::Html => "html",
            Format::Text => "text",
        }
    }
}

/// How human-facing output looks on this run: decided once from flags, environment and terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Whether to emit ANSI colour and bold.
    pub color: bool,
    /// The terminal's width when stdout is a terminal; `None` means never wrap (a pipe).
    pub width: Option<u16>,
    /// The terminal's height when stdout is a terminal: a report taller than it ends with a
    /// reminder of the numbers.
    pub height: Option<u16>,
    /// Whether the terminal takes control sequences such as clearing the screen (not
    /// `TERM=dumb`, not a pipe).
    pub screen_control: bool,
}

impl Style {
    /// The width to wrap to, in columns; `None` in a pipe.
    pub fn columns(&self) -> Option<usize> {
        self.width.map(usize::from)
    }

    /// `text` in bold, when colour is on.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// `text` in bold red, for the one line that must not be missed (911).
    pub fn alarm(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// `text` dimmed, for prompts that must not compete with the step they follow.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// One column of a record type: its machine key (CSV header, matches the JSON key where one
/// exists) and its heading for people.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// snake_case key, used as the CSV header.
    pub key: &'static str,
    /// Heading shown in tables and Markdown.
    pub heading: &'static str,
}

/// A record that can present itself as a row: the one definition of its columns.
pub trait Tabular {
    /// The columns, in display order.
    const COLUMNS: &'static [Column];

    /// The record's JSON keys, in serde's order: CSV's header (a test holds them to the
    /// record's JSON). Written out because a list with no records has none to ask.
    const KEYS: &'static [&'static str];

    /// The cells of this record, one per column, as plain text.
    fn cells(&self) -> Vec<Cow<'_, str>>;
}

/// A borrowed record presents itself as the record does, so queries can hand over references.
impl<T: Tabular> Tabular for &T {
    const COLUMNS: &'static [Column] = T::COLUMNS;
    const KEYS: &'static [&'static str] = T::KEYS;

    fn cells(&self) -> Vec<Cow<'_, str>> {
        (**self).cells()
    }
}

/// Writes a list of records in `format`. JSON formats write `[]` for an empty list; CSV and
/// Markdown write their header; a table or text writes nothing, so that an empty result is
/// empty.
///
/// This is the sanitising boundary for lists: each cell is made safe here, for its format,
/// and the renderers below only lay out what they are given.
pub fn records<T: Tabular + Serialize>(
    out: &mut dyn Write,
    format: Format,
    style: &Style,
    records: &[T],
) -> io::Result<()> {
    let shown = || -> Vec<Vec<Cow<'_, str>>> {
        records
            .iter()
            .map(|record| sanitize::cells(record.cells()))
            .collect()
    };
    match format {
        // `commands::run` refuses the card's HTML for lists; a table is the fallback.
        Format::Table | Format::Html => {
            if records.is_empty() {
                return Ok(());
            }
            table::write_table(out, style, T::COLUMNS, &shown())
        }
        Format::Text => blocks::write(out, style, T::COLUMNS, &shown()),
        Format::Json => json::write_pretty(out, &records),
        Format::Jsonl => json::write_lines(out, records),
        Format::Csv => csv::write(out, T::KEYS, records),
        Format::Markdown => {
            let headings: Vec<&str> = T::COLUMNS.iter().map(|column| column.heading).collect();
            markdown_records(out, &headings, records)
        }
        Format::Toml => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "TOML is only for 'htlookup export'",
        )),
    }
}

/// A Markdown table of `records` under headings of the caller's (one per column): for a
/// handout in another language. Each cell is escaped for Markdown here.
pub fn markdown_records<T: Tabular>(
    out: &mut dyn Write,
    headings: &[&str],
    records: &[T],
) -> io::Result<()> {
    let rows = records.iter().map(|record| {
        record
            .cells()
            .iter()
            .map(|cell| sanitize::markdown(cell))
            .collect::<Vec<String>>()
    });
    markdown::write(out, headings, rows)
}

/// Writes one record as field/value pairs for people: the detail view, a two-column table, or
/// "Field: value" lines in `--format text` and on a terminal too narrow for the table. Each
/// value is made safe here.
pub fn detail(
    out: &mut dyn Write,
    format: Format,
    style: &Style,
    fields: &[(&str, Cow<'_, str>)],
) -> io::Result<()> {
    let fields: Vec<(&str, Cow<'_, str>)> = fields
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(field, value)| (*field, sanitize::visible_lines(value)))
        .collect();
    if format == Format::Text {
        return blocks::write_fields(out, style, &fields);
    }
    table::write_card(out, style, &fields)
}

/// Writes any serialisable value as one compact JSON line (JSON Lines with one record).
pub fn json_line<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write_line(out, value)
}

/// Writes any serialisable value as one pretty JSON document with a trailing newline.
pub fn json_document<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write_pretty(out, value)
}
