//! CSV for spreadsheets and scripts: a header row of the record's JSON keys, then one row per
//! record, from the record's serde definition, so CSV says what JSON says: the same keys in the
//! same order, `true`/`false`, numbers as numbers, an empty cell for null. A list is one cell,
//! its items joined by `; `; a local contact's means reads as the table shows it. Quoted per
//! RFC 4180 by the `csv` crate; each cell made safe to show and defused for spreadsheets (see
//! [`super::sanitize::csv_cell`]).

use std::io::{self, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::sanitize::csv_cell;
use crate::query::local::means_line;
use htlookup_data::layer::Means;

/// Writes the header `keys` and one row per record.
pub fn write<T: Serialize>(out: &mut dyn Write, keys: &[&str], records: &[T]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(keys).map_err(io_error)?;
    for record in records {
        let value = serde_json::to_value(record)?;
        let row = keys
            .iter()
            .map(|key| cell(value.get(key).unwrap_or(&Value::Null)))
            .map(|cell| csv_cell(&cell).into_owned());
        writer.write_record(row).map_err(io_error)?;
    }
    writer.flush()
}

/// One value as a cell.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => text.clone(),
        Value::Array(items) => {
            let cells: Vec<String> = items.iter().map(cell).collect();
            cells.join("; ")
        }
        // A local contact's means reads as the table shows it, with its note too (a table
        // leaves it for the detail view): "phone 541-555-0100 (note)".
        Value::Object(_) => match Means::deserialize(value) {
            Ok(means) => means_line(&means, true),
            Err(_) => value.to_string(),
        },
    }
}

/// The csv crate wraps the writer's error in its own; its kind must survive, so that a closed
/// pipe ends the run quietly like every other format.
fn io_error(error: csv::Error) -> io::Error {
    if error.is_io_error() {
        if let csv::ErrorKind::Io(error) = error.into_kind() {
            return error;
        }
        return io::Error::other("cannot write CSV");
    }
    io::Error::other(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_become_cells_as_json_has_them() {
        assert_eq!(cell(&Value::Null), "");
        assert_eq!(cell(&serde_json::json!(true)), "true");
        assert_eq!(cell(&serde_json::json!(255429)), "255429");
        assert_eq!(
            cell(&serde_json::json!(["English", "Spanish"])),
            "English; Spanish"
        );
        assert_eq!(cell(&serde_json::json!({"a": 1})), "{\"a\":1}");
        let means = serde_json::json!([
            {"kind": "phone", "value": "541-555-0100", "note": "Non-emergency line."},
            {"kind": "email", "value": "tips@example.org", "note": null},
        ]);
        assert_eq!(
            cell(&means),
            "phone 541-555-0100 (Non-emergency line.); email tips@example.org"
        );
    }
}
