//! CSV for spreadsheets: a header row of column keys, then one row per record, quoted per
//! RFC 4180 by the `csv` crate (fields with commas, quotes or newlines are quoted). Cells arrive
//! made safe (`render::records`); here they are also defused for spreadsheets (see
//! [`super::sanitize::csv_cell`]).

use std::borrow::Cow;
use std::io::{self, Write};

use super::Column;
use super::sanitize::csv_cell;

/// Writes the header and the rows.
pub fn write(
    out: &mut dyn Write,
    columns: &[Column],
    rows: &[Vec<Cow<'_, str>>],
) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(columns.iter().map(|column| column.key))?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| csv_cell(cell).into_owned()))?;
    }
    writer.flush()
}
