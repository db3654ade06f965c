//! Tables for people, drawn by comfy-table.
//!
//! comfy-table would look at the terminal and `NO_COLOR` by itself; we decide both once (see
//! [`Style`]) and apply the decision explicitly, so the output is the same in tests, pipes and
//! terminals for the same flags. On a terminal the table fits its width; in a pipe it neither
//! wraps nor truncates.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{
    Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width as ComfyWidth, presets,
};
use textwrap::core::display_width;

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

/// The least room a column other than the URLs is left when the URLs take theirs: narrower,
/// names and titles would wrap a word to a line.
const MIN_OTHER_COLUMN: usize = 10;

/// Writes `rows` under the columns' headings.
///
/// On a terminal, a URL is never broken across lines: copied or clicked, a broken one is a
/// wrong address. The URL column gets the width of its longest URL, and the other columns
/// wrap; when even that does not fit, the URLs leave the table and follow it, one whole URL a
/// line, each after its record's first cell (its id).
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
    let url_column = columns.iter().position(|column| column.key == "url");
    let (Some(width), Some(url)) = (style.width, url_column) else {
        return writeln!(out, "{table}");
    };
    let cells = rows.iter().filter_map(|row| row.get(url));
    let longest = cells
        .map(|cell| display_width(&visible(cell)))
        .max()
        .unwrap_or(0);
    // Borders take one character per column and one more; padding two per column.
    let others = columns.len() - 1;
    let needed = longest + 2 + others * (MIN_OTHER_COLUMN + 2) + columns.len() + 1;
    if usize::from(width) >= needed {
        // comfy-table's widths count the padding.
        if let (Some(column), Ok(room)) = (table.column_mut(url), u16::try_from(longest + 2)) {
            column.set_constraint(ColumnConstraint::LowerBoundary(ComfyWidth::Fixed(room)));
        }
        return writeln!(out, "{table}");
    }
    if let Some(column) = table.column_mut(url) {
        column.set_constraint(ColumnConstraint::Hidden);
    }
    writeln!(out, "{table}")?;
    let labels: Vec<Cow<'_, str>> = rows
        .iter()
        .map(|row| row.first().map_or(Cow::Borrowed(""), |cell| visible(cell)))
        .collect();
    let label_width = labels
        .iter()
        .map(|label| display_width(label))
        .max()
        .unwrap_or(0);
    writeln!(out, "{}:", columns[url].heading)?;
    for (row, label) in rows.iter().zip(&labels) {
        let Some(address) = row.get(url).filter(|cell| !cell.is_empty()) else {
            continue;
        };
        let padding = " ".repeat(label_width - display_width(label));
        writeln!(out, "  {label}{padding}  {}", visible(address))?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::embedded;
    use crate::render::Tabular;

    fn drawn<T: Tabular>(records: &[T], width: Option<u16>) -> String {
        let rows: Vec<_> = records.iter().map(Tabular::cells).collect();
        let style = Style {
            color: false,
            width,
        };
        let mut out = Vec::new();
        write_table(&mut out, &style, T::COLUMNS, &rows).unwrap(); // ok: test code
        String::from_utf8(out).unwrap() // ok: test code
    }

    /// Table lines (not the URL list after a narrow table) stay within the width.
    fn table_lines(text: &str) -> impl Iterator<Item = &str> {
        text.lines()
            .filter(|line| line.starts_with(['┌', '│', '╞', '└', '├']))
    }

    #[test]
    fn a_url_is_never_broken_across_lines_at_any_width() {
        let data = embedded();
        let urls: Vec<&str> = data
            .agencies
            .iter()
            .map(|agency| &*agency.url)
            .chain(data.publications.iter().filter_map(|p| p.url.as_deref()))
            .collect();
        for width in [40, 60, 80, 100, 120, 150, 200, 250] {
            let text = drawn(&data.agencies, Some(width)) + &drawn(&data.publications, Some(width));
            for url in &urls {
                assert!(
                    text.lines().any(|line| line.contains(url)),
                    "width {width}: {url} is not whole on a line\n{text}"
                );
            }
            for line in table_lines(&text) {
                assert!(
                    display_width(line) <= usize::from(width),
                    "width {width}: {line}"
                );
            }
        }
    }

    #[test]
    fn a_wide_terminal_keeps_urls_in_the_table_and_a_narrow_one_lists_them_after() {
        let agencies = &embedded().agencies;
        let wide = drawn(agencies, Some(200));
        assert!(!wide.contains("\nURL:\n"));
        assert!(table_lines(&wide).any(|line| line.contains("https://ovc.ojp.gov ")));
        let narrow = drawn(agencies, Some(80));
        assert!(table_lines(&narrow).all(|line| !line.contains("https://")));
        assert!(narrow.contains("\nURL:\n  ovc                    https://ovc.ojp.gov\n"));
        // In a pipe nothing wraps and nothing moves.
        let piped = drawn(agencies, None);
        assert!(!piped.contains("\nURL:\n"));
        assert!(table_lines(&piped).any(|line| line.contains("https://ovc.ojp.gov ")));
    }
}
