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
    /// The rows above the header separator (`╞`): a table of records (none when the table
    /// is a later part of a long one, without a header).
    TopRows { header: bool },
    /// The first cell of every row: a card of field/value pairs.
    FirstColumn,
}

/// Which of a drawn table's lines to write: a long table is drawn in parts, and the borders
/// where parts meet are left out, so that the parts read as one table.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Whole,
    First,
    Middle,
    Last,
}

/// Writes a drawn table (or part), its headings bold when colour is on. The headings are ours
/// (column and field names, never data), so the borders around them are the table's own.
fn write_drawn(
    out: &mut dyn Write,
    style: &Style,
    table: &Table,
    headings: Headings,
    part: Part,
) -> io::Result<()> {
    if !style.color && part == Part::Whole {
        return writeln!(out, "{table}");
    }
    let mut in_header = matches!(headings, Headings::TopRows { header: true });
    let mut lines = table.lines().peekable();
    if matches!(part, Part::Middle | Part::Last) {
        lines.next();
    }
    while let Some(line) = lines.next() {
        if lines.peek().is_none() && matches!(part, Part::First | Part::Middle) {
            break;
        }
        in_header &= !line.starts_with('╞');
        let cells = match headings {
            Headings::TopRows { .. } if in_header => usize::MAX,
            Headings::TopRows { .. } => 0,
            Headings::FirstColumn => 1,
        };
        // Between the outer borders (`│`), cells part at `┆`: `cells` of them bold.
        let inner = line
            .strip_prefix('│')
            .and_then(|line| line.strip_suffix('│'));
        let Some(inner) = inner.filter(|_| cells > 0 && style.color) else {
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

/// Rows in one part of a long table: what is held drawn at once, so that drawing 250,000 rows
/// takes memory for 512 (comfy-table keeps a table's cells and lines all at once).
const PART_ROWS: usize = 512;

/// Draws `rows` under the headings, with the column rules `constrain` sets, in parts of
/// [`PART_ROWS`], each at the widths of a sizing table: the widest cell of each column and
/// the first part. In a pipe comfy-table sizes columns by their widest content alone, so the
/// parts read as the one table they replace, byte for byte; on a terminal it also weighs how
/// cells wrap, which the first part stands for (the widths still fit the terminal and never
/// split a word: `constrain` sets both).
fn draw(
    out: &mut dyn Write,
    style: &Style,
    columns: &[Column],
    rows: &[Vec<Cow<'_, str>>],
    constrain: &dyn Fn(&mut Table),
) -> io::Result<()> {
    let table_of = |part: &[Vec<Cow<'_, str>>], header: bool| {
        let mut table = new_table(style);
        if header {
            table.set_header(columns.iter().map(|column| column.heading));
        }
        for row in part {
            table.add_row(row.iter().map(|cell| Cell::new(cell.as_ref())));
        }
        constrain(&mut table);
        table
    };
    let top_rows = |header| Headings::TopRows { header };
    if rows.len() <= PART_ROWS {
        return write_drawn(
            out,
            style,
            &table_of(rows, true),
            top_rows(true),
            Part::Whole,
        );
    }
    let cell_width = |cell: &Cow<'_, str>| cell.lines().map(wrap::width).max().unwrap_or(0);
    let widest: Vec<Cow<'_, str>> = (0..columns.len())
        .map(|index| {
            let cells = rows.iter().filter_map(|row| row.get(index));
            cells
                .max_by_key(|cell| cell_width(cell))
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    let sizing: Vec<Vec<Cow<'_, str>>> = std::iter::once(widest)
        .chain(rows[..PART_ROWS].iter().cloned())
        .collect();
    let sizer = table_of(&sizing, true);
    // The top border, `┌───┬──┐`: each visible column's width, padding included.
    let top = sizer.lines().next().unwrap_or_default();
    let mut widths = top
        .trim_start_matches('┌')
        .trim_end_matches('┐')
        .split('┬')
        .map(|run| u16::try_from(run.chars().count()).unwrap_or(u16::MAX));
    let fixed: Vec<Option<u16>> = sizer
        .column_iter()
        .map(|column| {
            let hidden = matches!(column.constraint(), Some(ColumnConstraint::Hidden));
            if hidden { None } else { widths.next() }
        })
        .collect();
    let count = rows.len().div_ceil(PART_ROWS);
    for (index, part) in rows.chunks(PART_ROWS).enumerate() {
        let mut table = table_of(part, index == 0);
        for (column, width) in table.column_iter_mut().zip(&fixed) {
            if let Some(width) = width {
                column.set_constraint(ColumnConstraint::Absolute(ComfyWidth::Fixed(*width)));
            }
        }
        let place = match index {
            0 => Part::First,
            last if last + 1 == count => Part::Last,
            _ => Part::Middle,
        };
        write_drawn(out, style, &table, top_rows(index == 0), place)?;
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
    let Some(width) = style.columns() else {
        return draw(out, style, columns, rows, &|_| {});
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
    let fix_widths = |table: &mut Table| {
        for (index, least) in least.iter().enumerate() {
            if let (Some(column), Ok(room)) = (table.column_mut(index), u16::try_from(least + 2)) {
                column.set_constraint(ColumnConstraint::LowerBoundary(ComfyWidth::Fixed(room)));
            }
        }
    };
    if needed(&mut least.iter().copied()) <= width {
        return draw(out, style, columns, rows, &fix_widths);
    }
    let Some(url) = columns.iter().position(|column| column.key == "url") else {
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
    let without_url = |table: &mut Table| {
        fix_widths(table);
        if let Some(column) = table.column_mut(url) {
            column.set_constraint(ColumnConstraint::Hidden);
        }
    };
    draw(out, style, columns, rows, &without_url)?;
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
    write_drawn(out, style, &table, Headings::FirstColumn, Part::Whole)
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

    fn drawn_rows(columns: &[Column], rows: &[Vec<Cow<'_, str>>], width: u16) -> String {
        let style = Style {
            width: Some(width),
            ..Style::default()
        };
        let mut out = Vec::new();
        write_table(&mut out, &style, columns, rows).unwrap(); // ok: test code
        String::from_utf8(out).unwrap() // ok: test code
    }

    /// Table lines (not the URL list after a narrow table) stay within the width.
    fn table_lines(text: &str) -> impl Iterator<Item = &str> {
        text.lines()
            .filter(|line| line.starts_with(['┌', '│', '╞', '└', '├']))
    }

    /// A long table is drawn in parts; in a pipe the parts are the one table comfy-table
    /// would draw, byte for byte, and on a terminal every line has the table's one width.
    #[test]
    fn a_long_table_drawn_in_parts_reads_as_one_table() {
        let columns = [
            Column {
                key: "id",
                heading: "ID",
            },
            Column {
                key: "title",
                heading: "Title",
            },
            Column {
                key: "url",
                heading: "URL",
            },
        ];
        let rows: Vec<Vec<Cow<'_, str>>> = (0..3 * PART_ROWS + 7)
            .map(|n| {
                let title = "word ".repeat(n % 13 + 1) + &"é".repeat(n % 5);
                vec![
                    Cow::from(format!("record-{n}")),
                    Cow::from(title),
                    Cow::from(format!("https://example.org/{}", "x".repeat(n % 17))),
                ]
            })
            .collect();
        for color in [false, true] {
            let style = Style {
                color,
                ..Style::default()
            };
            let mut parts = Vec::new();
            write_table(&mut parts, &style, &columns, &rows).unwrap(); // ok: test code
            let mut whole = new_table(&style);
            whole.set_header(columns.iter().map(|column| column.heading));
            for row in &rows {
                whole.add_row(row.iter().map(|cell| Cell::new(cell.as_ref())));
            }
            let mut expected = Vec::new();
            write_drawn(
                &mut expected,
                &style,
                &whole,
                Headings::TopRows { header: true },
                Part::Whole,
            )
            .unwrap(); // ok: test code
            assert!(
                parts == expected,
                "colour {color}: parts differ from the whole table"
            );
        }
        let text = drawn_rows(&columns, &rows, 80);
        let widths: std::collections::BTreeSet<usize> =
            table_lines(&text).map(wrap::width).collect();
        assert_eq!(widths.len(), 1, "{widths:?}");
        assert!(widths.iter().all(|width| *width <= 80), "{widths:?}");
        assert_eq!(text.matches('┌').count(), 1);
        assert_eq!(text.matches('└').count(), 1);
        assert_eq!(text.matches("record-").count(), rows.len());
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
