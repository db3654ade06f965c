//! Reading a text file someone named on the command line: bounded in size, UTF-8, without a
//! byte order mark. A dataset file, a layer and every file of an HSDS directory are read
//! here; each caller words what went wrong for the file it reads ([`Unreadable`]).

use std::io::Read;
use std::path::Path;

use crate::load::UTF8_BOM;
use crate::position::Lines;

/// Why a file's text could not be had.
#[derive(Debug)]
pub enum Unreadable {
    /// It could not be opened.
    Open(std::io::Error),
    /// It is a directory.
    Directory,
    /// It holds more than the limit, found before reading or while reading.
    TooLarge,
    /// Reading it failed.
    Read(std::io::Error),
    /// It is UTF-16 (a byte order mark for it, or the NUL bytes it puts beside ASCII letters).
    Utf16,
    /// A byte that is not UTF-8, at this line and column (in characters, from 1).
    NotUtf8 { line: usize, column: usize },
}

/// Reads at most `limit` bytes of UTF-8 text from `path`, without a byte order mark. The size
/// is checked before reading and again while reading, so neither a large file nor an endless
/// one (`/dev/zero`) is read whole.
pub fn read(path: &Path, limit: u64) -> Result<String, Unreadable> {
    let file = std::fs::File::open(path).map_err(Unreadable::Open)?;
    let mut expected = 0;
    if let Ok(metadata) = file.metadata() {
        if metadata.is_dir() {
            return Err(Unreadable::Directory);
        }
        if metadata.len() > limit {
            return Err(Unreadable::TooLarge);
        }
        expected = metadata.len();
    }
    // Sized from the file's length (at most the limit, checked above), so reading does not
    // grow the buffer by doubling to up to twice the file's size.
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0) + 1);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Read)?;
    if bytes.len() as u64 > limit {
        return Err(Unreadable::TooLarge);
    }
    decode(bytes)
}

/// The text of a file's bytes: UTF-8 without its byte order mark (dropped in place).
pub fn decode(mut bytes: Vec<u8>) -> Result<String, Unreadable> {
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || bytes.get(..2).is_some_and(|pair| pair.contains(&0));
    if utf16 {
        return Err(Unreadable::Utf16);
    }
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let (line, column) = Lines::new(&text).position(text.len());
        Unreadable::NotUtf8 { line, column }
    })
}
