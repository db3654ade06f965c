//! Tables for people, drawn by comfy-table. Cells arrive made safe (`render::records`).
//!
//! comfy-table is built without its terminal support (crossterm: 60 KB of the 2 MiB budget, and
//! a terminal probe we never want): we decide width and colour once (see [`Style`]), and the
//! one style tables have, bold headings, is added here ([`write_drawn`]), so the output is the
//! same in tests, pipes and terminals for the same flags. On a terminal the table fits its width; in a pipe it neither
//! wraps nor truncates.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{
    Cell, ColumnConstraint, ContentArrangement, Table, Width as ComfyWidth, presets,
};

use super::wrap;
use super::{Column, Style};

/// A table styled by the run's [`Style`], before rows are added.
pub fn new_table(style: &Style) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
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

/// Which cells of a drawn table are headings, to be bold when colour is on.
#[derive(Clone, Copy)]
enum Headings {
    /// The rows above the header separator (`╞`): a table of records.
    TopRows,
    /// The first cell of every row: a card of field/value pairs.
    FirstColumn,
}

/// Writes a drawn table, its headings bold when colour is on. The headings are ours (column
/// and field names, never data), so the borders around them are the table's own.
fn write_drawn(
    out: &mut dyn Write,
    style: &Style,
    table: &Table,
    headings: Headings,
) -> io::Result<()> {
    if !style.color {
        return writeln!(out, "{table}");
    }
    let mut in_header = true;
    for line in table.lines() {
        in_header &= !line.starts_with('╞');
        let cells = match headings {
            Headings::TopRows if in_header => usize::MAX,
            Headings::TopRows => 0,
            Headings::FirstColumn => 1,
        };
        // Between the outer borders (`│`), cells part at `┆`: `cells` of them bold.
        let inner = line
            .strip_prefix('│')
            .and_then(|line| line.strip_suffix('│'));
        let Some(inner) = inner.filter(|_| cells > 0) else {
            writeln!(out, "{line}")?;
            continue;
        };
        write!(out, "│")?;
        for (index, cell) in inner.split('┆').enumerate() {
            if index > 0 {
                write!(out, "┆")?;
            }
            if index < cells && !cell.trim().is_empty() {
                write!(out, "\x1b[1m{cell}\x1b[0m")?;
            } else {
                write!(out, "{cell}")?;
            }
        }
        writeln!(out, "│")?;
    }
    Ok(())
}

/// Writes `rows` under the columns' headings, in the first of these that fits the terminal:
///
/// 1. the whole table, each column at least as wide as its widest word, so that no id, number,
///    URL or word is ever split (comfy-table would split a word that does not fit);
/// 2. the table without its URL column, then the URLs listed under it, one whole URL a line;
/// 3. text blocks, one "Field: value" line per field (see [`super::blocks`]).
///
/// In a pipe the whole table is written as it is: no wrapping, no truncation.
pub fn write_table(
    out: &mut dyn Write,
    style: &Style,
    columns: &[Column],
    rows: &[Vec<Cow<'_, str>>],
) -> io::Result<()> {
    let mut table = new_table(style);
    table.set_header(columns.iter().map(|column| column.heading));
    for row in rows {
        table.add_row(row.iter().map(|cell| Cell::new(cell.as_ref())));
    }
    let Some(width) = style.columns() else {
        return write_drawn(out, style, &table, Headings::TopRows);
    };
    let least: Vec<usize> = (0..columns.len())
        .map(|index| {
            let cells = rows.iter().filter_map(|row| row.get(index));
            let words = cells
                .flat_map(|cell| cell.split_whitespace())
                .chain(columns[index].heading.split_whitespace());
            words.map(wrap::width).max().unwrap_or(0)
        })
        .collect();
    // Each column takes its padding (two) and a border (one), and the table one more border.
    let needed = |shown: &mut dyn Iterator<Item = usize>| -> usize {
        shown.map(|least| least + 3).sum::<usize>() + 1
    };
    let url = columns.iter().position(|column| column.key == "url");
    let fix_widths = |table: &mut Table| {
        for (index, least) in least.iter().enumerate() {
            if let (Some(column), Ok(room)) = (table.column_mut(index), u16::try_from(least + 2)) {
                column.set_constraint(ColumnConstraint::LowerBoundary(ComfyWidth::Fixed(room)));
            }
        }
    };
    if needed(&mut least.iter().copied()) <= width {
        fix_widths(&mut table);
        return write_drawn(out, style, &table, Headings::TopRows);
    }
    let Some(url) = url else {
        return super::blocks::write(out, style, columns, rows);
    };
    let others = least
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != url)
        .map(|(_, least)| *least);
    if needed(&mut others.into_iter()) > width {
        return super::blocks::write(out, style, columns, rows);
    }
    fix_widths(&mut table);
    if let Some(column) = table.column_mut(url) {
        column.set_constraint(ColumnConstraint::Hidden);
    }
    write_drawn(out, style, &table, Headings::TopRows)?;
    write_url_list(out, width, &columns[url], url, rows)
}

/// The URLs a table left out, after it: each after its record's first cell (its id), aligned
/// where the line fits the terminal, else on a line of its own under the id.
fn write_url_list(
    out: &mut dyn Write,
    width: usize,
    column: &Column,
    url: usize,
    rows: &[Vec<Cow<'_, str>>],
) -> io::Result<()> {
    let labels: Vec<&str> = rows
        .iter()
        .map(|row| row.first().map_or("", |cell| cell.as_ref()))
        .collect();
    let label_width = labels.iter().map(|label| wrap::width(label)).max();
    let label_width = label_width.unwrap_or(0);
    writeln!(out, "{}:", column.heading)?;
    for (row, label) in rows.iter().zip(&labels) {
        let Some(address) = row.get(url).filter(|cell| !cell.is_empty()) else {
            continue;
        };
        let padding = " ".repeat(label_width - wrap::width(label));
        let line = format!("  {label}{padding}  {address}");
        if wrap::width(&line) <= width {
            writeln!(out, "{line}")?;
        } else {
            writeln!(out, "  {label}\n    {address}")?;
        }
    }
    Ok(())
}

/// Writes one record as field/value pairs (made safe and without empty values by
/// `render::card`). When a value's widest word cannot fit beside the widest field name, the
/// card is written as "Field: value" lines instead, so nothing is split.
pub fn write_card(
    out: &mut dyn Write,
    style: &Style,
    fields: &[(&str, Cow<'_, str>)],
) -> io::Result<()> {
    if let Some(width) = style.columns() {
        let name = fields.iter().map(|(field, _)| wrap::width(field)).max();
        let word = fields
            .iter()
            .flat_map(|(_, value)| value.split_whitespace())
            .map(wrap::width)
            .max();
        if name.unwrap_or(0) + word.unwrap_or(0) + 7 > width {
            return super::blocks::write_fields(out, style, fields);
        }
    }
    let mut table = new_table(style);
    for (field, value) in fields {
        // A card keeps the line breaks it was given (the notes of `about`).
        table.add_row([Cell::new(field), Cell::new(value.as_ref())]);
    }
    if let Some(column) = table.column_mut(0) {
        let name = fields.iter().map(|(field, _)| wrap::width(field)).max();
        if let Ok(room) = u16::try_from(name.unwrap_or(0) + 2) {
            column.set_constraint(ColumnConstraint::LowerBoundary(ComfyWidth::Fixed(room)));
        }
    }
    write_drawn(out, style, &table, Headings::FirstColumn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded;
    use crate::render::Tabular;

    fn drawn<T: Tabular>(records: &[T], width: Option<u16>) -> String {
        let rows: Vec<_> = records.iter().map(Tabular::cells).collect();
        let style = Style {
            width,
            ..Style::default()
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
    fn with_colour_only_our_headings_are_bold_never_a_value_that_looks_like_a_border() {
        let style = Style {
            color: true,
            width: Some(60),
            ..Style::default()
        };
        let mut out = Vec::new();
        let value = Cow::from("left ┆ middle │ right");
        write_card(&mut out, &style, &[("Name", value)]).unwrap(); // ok: test code
        let card = String::from_utf8(out).unwrap(); // ok: test code
        assert!(
            card.contains("│\x1b[1m Name \x1b[0m┆ left ┆ middle │ right "),
            "{card}"
        );
        assert_eq!(card.matches("\x1b[1m").count(), 1, "{card}");
        let columns = [
            Column {
                key: "id",
                heading: "ID",
            },
            Column {
                key: "name",
                heading: "Name",
            },
        ];
        let rows = vec![vec![Cow::from("a"), Cow::from("b")]];
        let mut out = Vec::new();
        write_table(&mut out, &style, &columns, &rows).unwrap(); // ok: test code
        let table = String::from_utf8(out).unwrap(); // ok: test code
        assert_eq!(
            table.lines().nth(1),
            Some("│\x1b[1m ID \x1b[0m┆\x1b[1m Name \x1b[0m│"),
            "{table}"
        );
        assert_eq!(table.lines().nth(3), Some("│ a  ┆ b    │"), "{table}");
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
                    wrap::width(line) <= usize::from(width),
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
