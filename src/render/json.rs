//! JSON and JSON Lines: the scripts' contract (see docs/json.md).
//!
//! Always the same bytes whether stdout is a terminal or a pipe: no colour, pretty-printed with
//! a trailing newline; JSON Lines is one compact object per line. Characters a terminal
//! would obey are escaped (see [`super::sanitize`]).

use std::io::{self, Write};

use serde::Serialize;

use super::sanitize::escape_json;

/// One pretty-printed JSON document and a newline, written as it is made: a 64 MiB dataset's
/// document is never held whole.
///
/// serde_json writes a document in pieces of a few bytes (a quote, a key, an indent); they
/// are gathered [`CHUNK`] bytes at a time before they are escaped and written, since escaping
/// and writing each piece on its own was a sixth of a large `publications --json`.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let escaping = Escaping {
        out: &mut *out,
        partial: Vec::new(),
    };
    let mut gathered = io::BufWriter::with_capacity(CHUNK, escaping);
    serde_json::to_writer_pretty(&mut gathered, value)?;
    let mut escaping = gathered
        .into_inner()
        .map_err(io::IntoInnerError::into_error)?;
    escaping.flush_partial()?;
    out.write_all(b"\n")
}

/// How much of a document is escaped and written at once.
const CHUNK: usize = 64 * 1024;

/// A writer that passes serde_json's text through [`escape_json`]. serde_json writes whole
/// characters, but a buffer may end inside one: those bytes wait for the rest.
struct Escaping<'a> {
    out: &'a mut dyn Write,
    partial: Vec<u8>,
}

impl Escaping<'_> {
    fn write_text(&mut self, bytes: &[u8]) -> io::Result<()> {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.out.write_all(escape_json(text).as_bytes()),
            Err(error) => {
                let (whole, rest) = bytes.split_at(error.valid_up_to());
                // Safe by `valid_up_to`; the rest is a character's start or not UTF-8 at all.
                self.out
                    .write_all(escape_json(std::str::from_utf8(whole).unwrap_or("")).as_bytes())?;
                if error.error_len().is_some() {
                    return self.out.write_all(rest);
                }
                self.partial.extend_from_slice(rest);
                Ok(())
            }
        }
    }

    /// Writes what waits for the rest of a character (nothing, from serde_json).
    fn flush_partial(&mut self) -> io::Result<()> {
        let partial = std::mem::take(&mut self.partial);
        self.out.write_all(&partial)
    }
}

impl Write for Escaping<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.partial.is_empty() {
            self.write_text(bytes)?;
        } else {
            let mut joined = std::mem::take(&mut self.partial);
            joined.extend_from_slice(bytes);
            self.write_text(&joined)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json writes whole characters, but a writer must not rely on it: a character
    /// split between two writes comes out whole, and an unsafe one escaped.
    #[test]
    fn a_character_split_across_writes_is_escaped_whole() {
        let mut out = Vec::new();
        let mut escaping = Escaping {
            out: &mut out,
            partial: Vec::new(),
        };
        let text = "\"é\u{202E}<\"".as_bytes();
        for byte in text {
            escaping.write_all(std::slice::from_ref(byte)).unwrap(); // ok: test code
        }
        escaping.flush_partial().unwrap(); // ok: test code
        assert_eq!(String::from_utf8(out).unwrap(), "\"é\\u202e\\u003c\""); // ok: test code
    }
}
