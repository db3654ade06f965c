//! A TOML data file cut into pieces: the head (everything before the first record header),
//! then each record's header line (`[[publications]]`) and the lines up to the next one.
//!
//! The toml crate builds a tree of a whole document before serde sees any of it, many times
//! the file's size in memory, and keeps parsing after an error. Dataset files are written as
//! arrays of tables, one record after another, so [`crate::toml_file`] reads them one piece at
//! a time: only one small tree is alive at once. The pieces come from the text in memory
//! ([`TextPieces`]) or straight from the file ([`ReaderPieces`]), so a large valid file on disk
//! is never held whole either.

use std::io::BufRead;
use std::ops::Range;

use crate::toml_file::MAX_PIECE;

/// The record arrays whose headers cut the text.
pub(crate) const RECORD_HEADERS: [&str; 4] = ["agencies", "publications", "videos", "materials"];

/// One stretch of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// The record array the piece's header names; `None` for the head.
    pub key: Option<&'static str>,
    /// Where the piece is in the file's text (after a byte order mark).
    pub range: Range<usize>,
}

/// Where pieces come from.
pub(crate) trait PieceSource {
    /// The next piece, its text put in `text` (replacing what it held; of a piece larger than
    /// [`MAX_PIECE`], at least its first `MAX_PIECE` bytes); `None` after the last,
    /// `Some(Err(()))` when the text cannot be read, is not UTF-8, or (from a file) the piece
    /// is larger than [`MAX_PIECE`]: the caller then reads the text whole.
    fn next_piece(&mut self, text: &mut String) -> Option<Result<Piece, ()>>;
}

/// The name of the record array whose header `line` is, if it is exactly one.
pub(crate) fn header(line: &str) -> Option<&'static str> {
    let name = line.trim_end().strip_prefix("[[")?.strip_suffix("]]")?;
    RECORD_HEADERS.iter().find(|known| **known == name).copied()
}

/// The pieces of a text in memory.
pub(crate) struct TextPieces<'a> {
    text: &'a str,
    lines: std::str::SplitInclusive<'a, char>,
    at: usize,
    next: Option<Piece>,
}

impl<'a> TextPieces<'a> {
    /// The pieces of `text`, the head first (possibly empty).
    pub(crate) fn new(text: &'a str) -> Self {
        TextPieces {
            text,
            lines: text.split_inclusive('\n'),
            at: 0,
            next: Some(Piece {
                key: None,
                range: 0..0,
            }),
        }
    }

    /// The next piece's place, without its text.
    pub(crate) fn next_place(&mut self) -> Option<Piece> {
        let mut piece = self.next.take()?;
        for line in self.lines.by_ref() {
            let start = self.at;
            self.at += line.len();
            if let Some(name) = header(line) {
                piece.range.end = start;
                self.next = Some(Piece {
                    key: Some(name),
                    range: start..start,
                });
                return Some(piece);
            }
        }
        piece.range.end = self.at;
        Some(piece)
    }
}

impl PieceSource for TextPieces<'_> {
    fn next_piece(&mut self, text: &mut String) -> Option<Result<Piece, ()>> {
        let piece = self.next_place()?;
        // Of a piece too large to parse, only what is looked at is copied (see `toml_file`).
        let mut end = piece.range.end.min(piece.range.start + MAX_PIECE + 1);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        text.clear();
        text.push_str(&self.text[piece.range.start..end]);
        Some(Ok(piece))
    }
}

/// The pieces of a text read line by line (a line ends at `\n`).
pub(crate) struct ReaderPieces<R> {
    reader: R,
    /// The header of the next piece: `Some(None)` for the head, `None` once the text has ended.
    next: Option<Option<&'static str>>,
    /// The next piece's header line, read while finishing the piece before it.
    carried: String,
    /// How many bytes of text came before the piece being read.
    at: usize,
}

impl<R: BufRead> ReaderPieces<R> {
    /// The pieces of what `reader` holds, after a UTF-8 byte order mark if there is one (some
    /// editors write it; it is not part of the text).
    pub(crate) fn new(mut reader: R) -> Self {
        if reader
            .fill_buf()
            .is_ok_and(|bytes| bytes.starts_with(crate::load::UTF8_BOM))
        {
            reader.consume(crate::load::UTF8_BOM.len());
        }
        ReaderPieces {
            reader,
            next: Some(None),
            carried: String::new(),
            at: 0,
        }
    }
}

impl<R: BufRead> PieceSource for ReaderPieces<R> {
    fn next_piece(&mut self, text: &mut String) -> Option<Result<Piece, ()>> {
        let key = self.next.take()?;
        text.clear();
        text.push_str(&self.carried);
        self.carried.clear();
        loop {
            let start = text.len();
            match self.reader.read_line(text) {
                Err(_) => return Some(Err(())),
                Ok(0) => break,
                // The toml crate is never given more than this at once (see `toml_file`).
                Ok(_) if text.len() > MAX_PIECE => return Some(Err(())),
                Ok(_) => {
                    if let Some(name) = header(&text[start..]) {
                        self.carried.push_str(&text[start..]);
                        text.truncate(start);
                        self.next = Some(Some(name));
                        break;
                    }
                }
            }
        }
        let range = self.at..self.at + text.len();
        self.at = range.end;
        Some(Ok(Piece { key, range }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESOURCES: &str = include_str!("../../../resources.toml");

    fn all(mut source: impl PieceSource) -> Vec<(Piece, String)> {
        let mut found = Vec::new();
        let mut text = String::new();
        while let Some(piece) = source.next_piece(&mut text) {
            found.push((piece.unwrap(), text.clone())); // ok: test code
        }
        found
    }

    #[test]
    fn a_text_is_cut_before_each_record_header() {
        let text = "a = 1\n[[publications]]\nid = \"x\"\n  [[videos]]\n[[videos]] # c\n";
        let places: Vec<(Option<&str>, Range<usize>)> = all(TextPieces::new(text))
            .into_iter()
            .map(|(piece, _)| (piece.key, piece.range))
            .collect();
        assert_eq!(places, [(None, 0..6), (Some("publications"), 6..60)]);
        assert_eq!(all(TextPieces::new("")).len(), 1);
    }

    /// A reader that gives its bytes a few at a time, then fails if told to.
    struct Trickle<'a> {
        bytes: &'a [u8],
        fail_at_end: bool,
    }

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.bytes.is_empty() && self.fail_at_end {
                return Err(std::io::Error::other("the disk went away"));
            }
            let n = buf.len().min(self.bytes.len()).min(7);
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    #[test]
    fn reading_in_small_pieces_gives_the_same_pieces_as_the_text() {
        let trickle = Trickle {
            bytes: RESOURCES.as_bytes(),
            fail_at_end: false,
        };
        let read = all(ReaderPieces::new(std::io::BufReader::with_capacity(
            3, trickle,
        )));
        let headers = RESOURCES
            .lines()
            .filter(|line| header(line).is_some())
            .count();
        assert_eq!(read.len(), 1 + headers);
        assert_eq!(read, all(TextPieces::new(RESOURCES)));
        let with_mark = [crate::load::UTF8_BOM, RESOURCES.as_bytes()].concat();
        assert_eq!(all(ReaderPieces::new(with_mark.as_slice())), read);
    }

    #[test]
    fn a_read_error_or_bytes_that_are_not_utf8_end_the_reading() {
        let failing = Trickle {
            bytes: RESOURCES.as_bytes(),
            fail_at_end: true,
        };
        let mut source = ReaderPieces::new(std::io::BufReader::new(failing));
        let mut text = String::new();
        let mut outcomes = Vec::new();
        while let Some(outcome) = source.next_piece(&mut text) {
            outcomes.push(outcome.is_ok());
        }
        assert_eq!(outcomes.last(), Some(&false));
        let mut bytes = RESOURCES.as_bytes().to_vec();
        bytes.insert(RESOURCES.len() / 2, 0xff);
        let mut source = ReaderPieces::new(bytes.as_slice());
        assert!(
            std::iter::from_fn(|| source.next_piece(&mut text)).any(|outcome| outcome.is_err())
        );
    }
}
