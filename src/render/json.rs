//! JSON and JSON Lines: the scripts' contract (see README "JSON output").
//!
//! Always the same bytes whether stdout is a terminal or a pipe: no colour, pretty-printed with
//! a trailing newline; JSON Lines is one compact object per line. Characters a terminal
//! would obey are escaped (see [`super::sanitize`]).

use std::io::{self, Write};

use serde::Serialize;

use super::sanitize::escape_json;

/// One pretty-printed JSON document and a newline.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value)?;
    out.write_all(escape_json(&json).as_bytes())?;
    out.write_all(b"\n")
}

/// One compact JSON object per record, one per line; nothing at all for no records.
pub fn write_lines<T: Serialize>(out: &mut dyn Write, records: &[T]) -> io::Result<()> {
    records
        .iter()
        .try_for_each(|record| write_line(out, record))
}

/// One compact JSON value and a newline.
pub fn write_line<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let json = serde_json::to_string(value)?;
    out.write_all(escape_json(&json).as_bytes())?;
    out.write_all(b"\n")
}
