//! The fast path for large dataset files: parse one record at a time.
//!
//! The toml crate builds a tree of the whole document before serde sees any of it, and for a
//! file of 100,000 publications that tree takes many times the file's size in memory. Dataset
//! files are written as arrays of tables (`[[publications]]`, one record after another), so the
//! file can be cut before each such header and each piece parsed and turned into a record on
//! its own: only one small tree is alive at a time. The pieces are read from a reader, so a
//! file on disk is never held whole either: loading it takes about the records' own size.
//!
//! Any irregularity (a header inside a multi-line string, tables in an unusual order, a piece
//! that is not exactly one record, any parse or type error) makes this path give up and
//! return `None`; the caller then parses the whole document the ordinary way, which also gives
//! the located diagnostics. So this path can only be faster, never different.

use std::io::BufRead;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::model::{Agency, Dataset, Material, Meta, Publication, Report, Video};

/// The record arrays that are split into pieces.
const RECORD_HEADERS: [&str; 4] = ["agencies", "publications", "videos", "materials"];

/// Everything before the first record header: meta, report, and possibly empty lists.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    meta: Meta,
    report: Report,
    agencies: Option<Vec<Agency>>,
    publications: Option<Vec<Publication>>,
    videos: Option<Vec<Video>>,
    materials: Option<Vec<Material>>,
}

/// The dataset, parsed piece by piece; `None` when the file is not in the regular layout or
/// has any problem at all.
pub fn parse(text: &str) -> Option<Dataset> {
    parse_reader(text.as_bytes())
}

/// [`parse`] from a reader, a piece at a time: the file's text is never held whole, so loading
/// a large file takes little more memory than the records themselves. `None` also when the
/// text cannot be read or is not UTF-8; the caller then reads it whole for its diagnostics.
pub fn parse_reader(reader: impl BufRead) -> Option<Dataset> {
    let mut pieces = Pieces {
        reader,
        next: Some(None),
        carried: String::new(),
    };
    // One buffer for every piece: a piece is parsed and done with before the next is read.
    let text = &mut String::new();
    pieces.read_into(text)?.ok()?;
    let head: Head = parse_as(text)?;
    // A list given in the head (even as `[]`) and again as [[headers]] is an error TOML
    // reports, and so is a list given nowhere (`missing field`); leave both to the ordinary
    // path.
    let mut seen_in_head = [
        head.agencies.is_some(),
        head.publications.is_some(),
        head.videos.is_some(),
        head.materials.is_some(),
    ];
    let mut seen = seen_in_head;
    let mut agencies = head.agencies.unwrap_or_default();
    let mut publications = head.publications.unwrap_or_default();
    let mut videos = head.videos.unwrap_or_default();
    let mut materials = head.materials.unwrap_or_default();
    while let Some(key) = pieces.read_into(text) {
        // The head is the only piece without a header.
        let key = key.ok()??;
        let slot = RECORD_HEADERS.iter().position(|name| *name == key)?;
        if std::mem::take(&mut seen_in_head[slot]) {
            return None;
        }
        seen[slot] = true;
        match key {
            "agencies" => agencies.push(record(text, key)?),
            "publications" => publications.push(record(text, key)?),
            "videos" => videos.push(record(text, key)?),
            _ => materials.push(record(text, key)?),
        }
    }
    if seen.contains(&false) {
        return None;
    }
    // Sized to fit: a vector grown by doubling keeps room for up to twice its records.
    agencies.shrink_to_fit();
    publications.shrink_to_fit();
    videos.shrink_to_fit();
    materials.shrink_to_fit();
    Some(Dataset {
        meta: head.meta,
        report: head.report,
        agencies: agencies.into(),
        publications: publications.into(),
        videos: videos.into(),
        materials: materials.into(),
    })
}

/// Cuts a text into pieces as it reads it, line by line (a line ends at `\n`): the head
/// (everything before the first record header), then each record header line with the lines
/// up to the next one.
struct Pieces<R> {
    reader: R,
    /// The header of the next piece: `Some(None)` for the head, `None` once the text has ended.
    next: Option<Option<&'static str>>,
    /// The next piece's header line, read while finishing the piece before it.
    carried: String,
}

impl<R: BufRead> Pieces<R> {
    /// Reads the next piece into `text` (replacing what it held) and gives the name of its
    /// header (`None` for the head); `None` after the last piece, `Some(Err(()))` when the text
    /// cannot be read or is not UTF-8.
    fn read_into(&mut self, text: &mut String) -> Option<Result<Option<&'static str>, ()>> {
        let key = self.next.take()?;
        text.clear();
        text.push_str(&self.carried);
        self.carried.clear();
        loop {
            let start = text.len();
            match self.reader.read_line(text) {
                Err(_) => return Some(Err(())),
                Ok(0) => break,
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
        Some(Ok(key))
    }
}

/// The name of the record array whose header `line` is, if it is exactly one.
fn header(line: &str) -> Option<&'static str> {
    let name = line.trim_end().strip_prefix("[[")?.strip_suffix("]]")?;
    RECORD_HEADERS.iter().find(|known| **known == name).copied()
}

/// One piece that must hold exactly one record of the array `key` and nothing else.
fn record<T: DeserializeOwned>(piece: &str, key: &str) -> Option<T> {
    let root = DeTable::parse(piece).ok()?.into_inner();
    if root.len() != 1 {
        return None;
    }
    let DeValue::Array(items) = root.get(key)?.get_ref() else {
        return None;
    };
    let [item] = items.as_ref() else {
        return None;
    };
    T::deserialize(ValueDeserializer::from(item.clone())).ok()
}

fn parse_as<T: DeserializeOwned>(text: &str) -> Option<T> {
    let root = DeTable::parse(text).ok()?;
    T::deserialize(toml::de::Deserializer::from(root)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESOURCES: &str = include_str!("../../../resources.toml");

    #[test]
    fn the_regular_layout_gives_the_same_dataset_as_the_whole_document() {
        let whole: Dataset = toml::from_str(RESOURCES).unwrap(); // ok: test code
        assert_eq!(parse(RESOURCES), Some(whole));
    }

    #[test]
    fn anything_irregular_is_left_to_the_ordinary_path() {
        // A header inside a multi-line string cuts a string in two.
        let sneaky = RESOURCES.replacen(
            "description = \"Set up under",
            "description = \"\"\"\n[[publications]]\n\"\"\"\nnote = \"Set up under",
            1,
        );
        assert_eq!(parse(&sneaky), None);
        // A table after the records lands in a record's piece.
        let late = format!("{RESOURCES}\n[extra]\nx = 1\n");
        assert_eq!(parse(&late), None);
        // A broken value.
        assert_eq!(
            parse(&RESOURCES.replacen("year = 2022", "year = \"x\"", 1)),
            None
        );
    }

    #[test]
    fn record_headers_are_found_only_as_whole_lines() {
        let text =
            "a = 1\n[[publications]]\nid = \"x\"\n  [[videos]]\n[[videos]] # c\n[[materials]]\n";
        let found: Vec<_> = text.split_inclusive('\n').filter_map(header).collect();
        assert_eq!(found, ["publications", "materials"]);
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
    fn reading_in_small_pieces_gives_the_same_dataset() {
        let trickle = Trickle {
            bytes: RESOURCES.as_bytes(),
            fail_at_end: false,
        };
        let read = parse_reader(std::io::BufReader::with_capacity(3, trickle));
        assert!(read.is_some());
        assert_eq!(read, parse(RESOURCES));
    }

    #[test]
    fn a_read_error_or_bytes_that_are_not_utf8_leave_it_to_the_ordinary_path() {
        let failing = Trickle {
            bytes: RESOURCES.as_bytes(),
            fail_at_end: true,
        };
        assert_eq!(parse_reader(std::io::BufReader::new(failing)), None);
        let mut bytes = RESOURCES.as_bytes().to_vec();
        let at = RESOURCES.rfind("[[materials]]").unwrap() + 20; // ok: test code
        bytes.insert(at, 0xff);
        assert_eq!(parse_reader(bytes.as_slice()), None);
    }
}
