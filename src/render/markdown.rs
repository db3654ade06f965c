//! GitHub-flavoured Markdown tables, for handouts and issue comments.
//!
//! Cells arrive escaped for Markdown (`render::markdown_records` passes each through
//! `sanitize::markdown`): a `|` cannot end a cell, a newline cannot end a row, and raw HTML is
//! written as entities.

use std::io::{self, Write};

/// Writes a header row, the separator, and one row per record.
pub fn write(
    out: &mut dyn Write,
    headings: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    write_row(out, headings.iter().copied())?;
    write_row(out, headings.iter().map(|_| "---"))?;
    for row in rows {
        write_row(out, row.iter().map(String::as_str))?;
    }
    Ok(())
}

fn write_row<'a>(out: &mut dyn Write, cells: impl Iterator<Item = &'a str>) -> io::Result<()> {
    out.write_all(b"|")?;
    for cell in cells {
        write!(out, " {cell} |")?;
    }
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::super::sanitize::markdown;

    #[test]
    fn pipes_newlines_and_markup_cannot_break_the_table() {
        assert_eq!(markdown("a|b\nc"), "a\\|b c");
        assert_eq!(markdown("<img src=x>"), "&lt;img src=x&gt;");
        let mut out = Vec::new();
        super::write(&mut out, &["A"], [vec![markdown("x|y")]].into_iter()).unwrap(); // ok: test code
        assert_eq!(String::from_utf8_lossy(&out), "| A |\n| --- |\n| x\\|y |\n");
    }
}
