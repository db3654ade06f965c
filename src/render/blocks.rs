//! Records as blocks of "Field: value" lines: `--format text`, and what a table becomes on a
//! terminal too narrow for it.
//!
//! No box drawing, one field a line, a blank line between records: what a screen reader reads
//! well, a plain printer prints, and a 40-column terminal shows without splitting an id, a
//! number or a URL (values wrap at spaces; a URL too long for the line starts a line of its
//! own). Cells arrive made safe (`render::records`, `render::card`).

use std::borrow::Cow;
use std::io::{self, Write};

use super::wrap;
use super::{Column, Style};

/// Writes each row as a block, blocks separated by a blank line; nothing for no rows.
pub fn write(
    out: &mut dyn Write,
    style: &Style,
    columns: &[Column],
    rows: &[Vec<Cow<'_, str>>],
) -> io::Result<()> {
    for (index, row) in rows.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        let fields: Vec<(&str, Cow<'_, str>)> = columns
            .iter()
            .zip(row)
            .filter(|(_, value)| !value.is_empty())
            .map(|(column, value)| (column.heading, Cow::Borrowed(value.as_ref())))
            .collect();
        write_fields(out, style, &fields)?;
    }
    Ok(())
}

/// Writes one record's fields as "Field: value" lines. A value's own line breaks (the notes of
/// `about`) start new lines, indented under the field.
pub fn write_fields(
    out: &mut dyn Write,
    style: &Style,
    fields: &[(&str, Cow<'_, str>)],
) -> io::Result<()> {
    const INDENT: &str = "  ";
    for (field, value) in fields {
        let lead = format!("{field}: ");
        let mut parts = value.split('\n');
        let first = parts.next().unwrap_or("");
        for line in wrap::lines(first, style.columns(), &lead, INDENT) {
            writeln!(out, "{line}")?;
        }
        for part in parts {
            for line in wrap::lines(part, style.columns(), INDENT, INDENT) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_record_is_a_block_of_field_lines() {
        let columns = [
            Column {
                key: "id",
                heading: "ID",
            },
            Column {
                key: "url",
                heading: "URL",
            },
        ];
        let rows = vec![
            vec![Cow::from("ovc"), Cow::from("https://ovc.ojp.gov")],
            vec![Cow::from("x"), Cow::from("")],
        ];
        let style = Style {
            width: Some(20),
            ..Style::default()
        };
        let mut out = Vec::new();
        write(&mut out, &style, &columns, &rows).unwrap(); // ok: test code
        assert_eq!(
            String::from_utf8_lossy(&out),
            "ID: ovc\nURL:\nhttps://ovc.ojp.gov\n\nID: x\n"
        );
    }
}
