//! Output: one module per format, all writing to `&mut dyn Write`.
//!
//! Renderers never filter or rank: they get the records a command chose and only decide how they
//! look. Table, CSV and Markdown share each record's one definition of its columns ([`Tabular`]);
//! JSON and JSON Lines share its serde one.

pub mod card;
pub mod card_html;
pub mod card_text;
mod columns;
pub use columns::Pair;
pub mod big_digits;
mod csv;
mod json;
mod markdown;
pub mod qr;
pub mod report;
pub mod sanitize;
mod table;
pub mod walkthrough;

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

/// The output formats `--format` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table for people (fits the terminal).
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
    /// Plain text for printing (card only).
    Text,
}

impl Format {
    /// Whether only `htlookup card` prints this format: a handout is a page, not a list.
    pub fn is_card_only(self) -> bool {
        matches!(self, Format::Html | Format::Text)
    }
}

/// How human-facing output looks on this run: decided once from flags, environment and terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Whether to emit ANSI colour and bold.
    pub color: bool,
    /// The terminal's width when stdout is a terminal; `None` means never wrap (a pipe).
    pub width: Option<u16>,
}

impl Style {
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

    /// The cells of this record, one per column, as plain text.
    fn cells(&self) -> Vec<Cow<'_, str>>;
}

/// A borrowed record presents itself as the record does, so queries can hand over references.
impl<T: Tabular> Tabular for &T {
    const COLUMNS: &'static [Column] = T::COLUMNS;

    fn cells(&self) -> Vec<Cow<'_, str>> {
        (**self).cells()
    }
}

/// Writes a list of records in `format`. JSON formats write `[]` for an empty list; CSV and
/// Markdown write their header; a table writes nothing, so that an empty result is empty.
pub fn records<T: Tabular + Serialize>(
    out: &mut dyn Write,
    format: Format,
    style: &Style,
    records: &[T],
) -> io::Result<()> {
    match format {
        // `commands::run` refuses the card's formats for lists; a table is the fallback.
        Format::Table | Format::Html | Format::Text => {
            if records.is_empty() {
                return Ok(());
            }
            let rows = records.iter().map(Tabular::cells).collect::<Vec<_>>();
            table::write_table(out, style, T::COLUMNS, &rows)
        }
        Format::Json => json::write_pretty(out, &records),
        Format::Jsonl => json::write_lines(out, records),
        Format::Csv => csv::write(out, T::COLUMNS, records.iter().map(Tabular::cells)),
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
/// handout in another language.
pub fn markdown_records<T: Tabular>(
    out: &mut dyn Write,
    headings: &[&str],
    records: &[T],
) -> io::Result<()> {
    markdown::write(out, headings, records.iter().map(Tabular::cells))
}

/// Writes one record as a two-column card (field, value) for people: the detail view.
pub fn card(out: &mut dyn Write, style: &Style, fields: &[(&str, Cow<'_, str>)]) -> io::Result<()> {
    table::write_card(out, style, fields)
}

/// Writes any serialisable value as one compact JSON line (JSON Lines with one record).
pub fn json_line<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write_line(out, value)
}

/// Writes any serialisable value as one pretty JSON document with a trailing newline.
pub fn json_document<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    json::write_pretty(out, value)
}
