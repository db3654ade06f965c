//! Tables for people, drawn by comfy-table.
//!
//! comfy-table would look at the terminal and `NO_COLOR` by itself; we decide both once (see
//! [`Style`]) and apply the decision explicitly, so the output is the same in tests, pipes and
//! terminals for the same flags. On a terminal the table fits its width; in a pipe it neither
//! wraps nor truncates.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};

use super::sanitize::{visible, visible_lines};
use super::{Column, Style};

/// A table styled by the run's [`Style`], before rows are added.
pub fn new_table(style: &Style) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.force_no_tty();
    if style.color {
        table.enforce_styling();
    }
    match style.width {
        Some(width) => {
            table.set_width(width);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// A heading cell: bold when colour is on.
pub fn heading(text: &str) -> Cell {
    Cell::new(text).add_attribute(Attribute::Bold)
}

/// Writes `rows` under the columns' headings.
pub fn write_table(
    out: &mut dyn Write,
    style: &Style,
    columns: &[Column],
    rows: &[Vec<Cow<'_, str>>],
) -> io::Result<()> {
    let mut table = new_table(style);
    table.set_header(columns.iter().map(|column| heading(column.heading)));
    for row in rows {
        table.add_row(row.iter().map(|cell| Cell::new(visible(cell))));
    }
    writeln!(out, "{table}")
}

/// Writes one record as field/value pairs, leaving out empty values.
pub fn write_card(
    out: &mut dyn Write,
    style: &Style,
    fields: &[(&str, Cow<'_, str>)],
) -> io::Result<()> {
    let mut table = new_table(style);
    for (field, value) in fields.iter().filter(|(_, value)| !value.is_empty()) {
        // A card keeps the line breaks it was given (the notes of `about`), each line made safe.
        table.add_row([heading(field), Cell::new(visible_lines(value))]);
    }
    writeln!(out, "{table}")
}
