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

/// The pieces of a text read from a reader, a block at a time.
///
/// A piece ends where a line that is a record header starts, so only the lines that begin
/// with `[` are looked at, found with `memchr` over the bytes read: reading line by line cost
/// a ninth of loading a large file.
pub(crate) struct ReaderPieces<R> {
    reader: R,
    /// The header of the next piece: `Some(None)` for the head, `None` once the text has ended.
    next: Option<Option<&'static str>>,
    /// Bytes read and not yet given out; the next piece starts at `start`.
    pending: Vec<u8>,
    start: usize,
    /// The reader has no more bytes.
    ended: bool,
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
            pending: Vec::new(),
            start: 0,
            ended: false,
            at: 0,
        }
    }

    /// Reads the next block after what is pending, first moving what is pending to the front
    /// (a piece's worth at most, once a block); `false` at the end of the text.
    fn read_more(&mut self) -> Result<bool, ()> {
        if self.ended {
            return Ok(false);
        }
        self.pending.drain(..self.start);
        self.start = 0;
        loop {
            match self.reader.fill_buf() {
                Ok([]) => {
                    self.ended = true;
                    return Ok(false);
                }
                Ok(block) => {
                    let length = block.len();
                    self.pending.extend_from_slice(block);
                    self.reader.consume(length);
                    return Ok(true);
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return Err(()),
            }
        }
    }

    /// Where the piece that starts at `self.start` ends (relative to it), and the header of
    /// the piece after it; reads as much as that takes, at most [`MAX_PIECE`] bytes past the
    /// start.
    fn piece_end(&mut self, headed: bool) -> Result<(usize, Option<&'static str>), ()> {
        // The head may start with a header line; any other piece's first line is its own.
        let mut line = match headed {
            false => Some(0),
            true => None,
        };
        let mut searched = 0;
        loop {
            let rest = &self.pending[self.start..];
            if line.is_none() {
                // The next line that starts with `[`, from where the last search stopped.
                line = memchr::memchr_iter(b'[', &rest[searched..])
                    .map(|found| searched + found)
                    .find(|&at| at > 0 && rest[at - 1] == b'\n');
                if line.is_none() {
                    searched = rest.len();
                }
            }
            if let Some(at) = line {
                match memchr::memchr(b'\n', &rest[at..]) {
                    Some(length) => {
                        // A whole line: a header ends the piece; any other is passed.
                        if let Some(name) = std::str::from_utf8(&rest[at..at + length])
                            .ok()
                            .and_then(header)
                        {
                            return Ok((at, Some(name)));
                        }
                        searched = at + length;
                        line = None;
                        continue;
                    }
                    None if self.ended => {
                        let name = std::str::from_utf8(&rest[at..]).ok().and_then(header);
                        return Ok(match name {
                            Some(name) => (at, Some(name)),
                            None => (rest.len(), None),
                        });
                    }
                    // The rest of the line is still to be read.
                    None => {}
                }
            } else if self.ended {
                return Ok((rest.len(), None));
            }
            // The toml crate is never given more than this at once (see `toml_file`).
            if rest.len() > MAX_PIECE {
                return Err(());
            }
            if !self.read_more()? && line.is_none() {
                return Ok((self.pending.len() - self.start, None));
            }
        }
    }
}

impl<R: BufRead> PieceSource for ReaderPieces<R> {
    fn next_piece(&mut self, text: &mut String) -> Option<Result<Piece, ()>> {
        let key = self.next.take()?;
        let Ok((length, next)) = self.piece_end(key.is_some()) else {
            return Some(Err(()));
        };
        if length > MAX_PIECE {
            return Some(Err(()));
        }
        let bytes = &self.pending[self.start..self.start + length];
        let Ok(piece) = std::str::from_utf8(bytes) else {
            return Some(Err(()));
        };
        text.clear();
        text.push_str(piece);
        self.start += length;
        if next.is_some() {
            self.next = Some(next);
        }
        let range = self.at..self.at + length;
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
    fn blocks_of_any_size_cut_where_lines_do() {
        let texts = [
            "",
            "[[publications]]\nid = \"a\"\n",
            "a = 1\n[[publications]]",
            "a = 1\r\n[[videos]]\r\nid = 1\r\n[[videos]]  \r\n",
            "x = \"[[videos]]\"\n[[videoss]]\n[[video]]\n[[ videos ]]\n [[videos]]\n[[videos]]\n",
            "[[materials]]\n\n\n[[materials]]\n[[agencies]]\nname = \"é\"\n[[materials]]",
            "\n\n[[[agencies]]]\n[[agencies]]\n[",
        ];
        for text in texts {
            let expected = all(TextPieces::new(text));
            for capacity in [1, 2, 3, 4, 5, 64] {
                let reader = std::io::BufReader::with_capacity(capacity, text.as_bytes());
                assert_eq!(
                    all(ReaderPieces::new(reader)),
                    expected,
                    "{text:?} {capacity}"
                );
            }
        }
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
