//! GitHub-flavoured Markdown tables, for handouts and issue comments.

use std::borrow::Cow;
use std::io::{self, Write};

use super::sanitize::visible;

/// Writes a header row, the separator, and one row per record.
pub fn write<'a>(
    out: &mut dyn Write,
    headings: &[&str],
    rows: impl Iterator<Item = Vec<Cow<'a, str>>>,
) -> io::Result<()> {
    write_row(out, headings.iter().copied())?;
    write_row(out, headings.iter().map(|_| "---"))?;
    for row in rows {
        write_row(out, row.iter().map(|cell| cell.as_ref()))?;
    }
    Ok(())
}

fn write_row<'a>(out: &mut dyn Write, cells: impl Iterator<Item = &'a str>) -> io::Result<()> {
    out.write_all(b"|")?;
    for cell in cells {
        write!(out, " {} |", escape_cell(&visible(cell)))?;
    }
    out.write_all(b"\n")
}

/// Makes text safe inside a table cell: a `|` would end the cell and a newline the row.
pub fn escape_cell(text: &str) -> Cow<'_, str> {
    if text.contains(['|', '\n', '\r']) {
        Cow::Owned(
            text.replace('|', "\\|")
                .replace("\r\n", " ")
                .replace(['\n', '\r'], " "),
        )
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_and_newlines_cannot_break_the_table() {
        assert_eq!(escape_cell("a|b\nc"), "a\\|b c");
        assert!(matches!(escape_cell("plain"), Cow::Borrowed("plain")));
    }
}
