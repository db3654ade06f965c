//! A well-formed JSON data file read straight from disk, one section or record at a time, so
//! that its text is never in memory whole.
//!
//! Holding a 32 MB file's text cost more than reading it: the pages it filled took 40 ms of a
//! 200 ms load of 100,000 publications. This reader walks the top of the document itself
//! (`{`, each section's key, the `[` and `,` of a record list) and hands each section and
//! record to serde_json, which also says where it ends. It only ever says "this is the
//! dataset" or "not this way": anything it does not expect (a section twice or missing, or
//! one it does not know, a record over [`MAX_RECORD`], bytes that are not UTF-8, a syntax
//! error) ends it, and the file is read whole, which finds and places every problem
//! ([`crate::json_file`]).

use std::io::BufRead;

use serde::de::DeserializeOwned;

use crate::model::{Dataset, Meta, Report};

/// The largest section or record read this way; a larger one is read with the file whole.
pub(crate) const MAX_RECORD: usize = 1024 * 1024;

/// The dataset of the JSON text `reader` holds, when it is well formed; `None` otherwise, or
/// when it has what this reader leaves to the whole-file reading.
pub fn well_formed(reader: impl BufRead) -> Option<Dataset> {
    let mut input = Input::new(reader);
    if input.fill(1) && input.rest().starts_with('\u{feff}') {
        input.start += '\u{feff}'.len_utf8();
    }
    let mut sections = Sections::default();
    input.expect(b'{')?;
    if input.peek()? == b'}' {
        input.start += 1;
    } else {
        loop {
            let key = input.key()?;
            input.expect(b':')?;
            sections.read(&key, &mut input)?;
            match input.next_byte()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
    }
    // Only whitespace may follow the document, and every byte must have been UTF-8.
    if input.peek().is_some() || input.broken {
        return None;
    }
    sections.dataset()
}

/// The sections read so far; each may be given once.
#[derive(Default)]
struct Sections {
    meta: Option<Meta>,
    report: Option<Report>,
    agencies: Option<Vec<crate::model::Agency>>,
    publications: Option<Vec<crate::model::Publication>>,
    videos: Option<Vec<crate::model::Video>>,
    materials: Option<Vec<crate::model::Material>>,
}

impl Sections {
    fn read(&mut self, key: &str, input: &mut Input<impl BufRead>) -> Option<()> {
        fn once<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
            match slot {
                Some(_) => None,
                None => {
                    *slot = Some(value?);
                    Some(())
                }
            }
        }
        match key {
            "meta" => once(&mut self.meta, input.object()),
            "report" => once(&mut self.report, input.object()),
            "agencies" => once(&mut self.agencies, input.list()),
            "publications" => once(&mut self.publications, input.list()),
            "videos" => once(&mut self.videos, input.list()),
            "materials" => once(&mut self.materials, input.list()),
            _ => None,
        }
    }

    fn dataset(self) -> Option<Dataset> {
        Some(Dataset {
            meta: self.meta?,
            report: self.report?,
            agencies: self.agencies?.into(),
            publications: self.publications?.into(),
            videos: self.videos?.into(),
            materials: self.materials?.into(),
        })
    }
}

/// The text read and not yet used, and where it comes from.
struct Input<R> {
    reader: R,
    /// Text read, checked as UTF-8 a block at a time as it arrives.
    text: String,
    /// Where the unused text starts.
    start: usize,
    /// The first bytes of a character cut at the end of a block, waiting for the rest.
    cut: Vec<u8>,
    /// The reader has no more bytes.
    ended: bool,
    /// Reading failed, or the bytes are not UTF-8: nothing this reader found counts.
    broken: bool,
}

impl<R: BufRead> Input<R> {
    fn new(reader: R) -> Self {
        Input {
            reader,
            text: String::new(),
            start: 0,
            cut: Vec::new(),
            ended: false,
            broken: false,
        }
    }

    fn rest(&self) -> &str {
        &self.text[self.start..]
    }

    /// Reads until at least `wanted` bytes of unused text are there or the text ends; `false`
    /// if fewer are. Used text is dropped first, so what is kept is one record and a block.
    fn fill(&mut self, wanted: usize) -> bool {
        if self.rest().len() >= wanted {
            return true;
        }
        self.text.drain(..self.start);
        self.start = 0;
        while self.text.len() < wanted && !self.ended {
            match self.reader.fill_buf() {
                Ok([]) => {
                    self.ended = true;
                    self.broken |= !self.cut.is_empty();
                }
                Ok(block) => {
                    let length = block.len();
                    // The block itself when no character waits for its rest (nearly always:
                    // a block is copied once, into the text).
                    let bytes = match self.cut.is_empty() {
                        true => block,
                        false => {
                            self.cut.extend_from_slice(block);
                            &self.cut[..]
                        }
                    };
                    let (text, cut) = match std::str::from_utf8(bytes) {
                        Ok(text) => (text, &[][..]),
                        // A character cut at the end of the block: it waits for the rest.
                        Err(error) if error.error_len().is_none() => {
                            let (whole, cut) = bytes.split_at(error.valid_up_to());
                            (std::str::from_utf8(whole).unwrap_or_default(), cut)
                        }
                        Err(_) => {
                            self.broken = true;
                            self.ended = true;
                            break;
                        }
                    };
                    self.text.push_str(text);
                    self.cut = cut.to_vec();
                    self.reader.consume(length);
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.broken = true;
                    self.ended = true;
                }
            }
        }
        self.text.len() >= wanted
    }

    /// The next byte that is not JSON whitespace, left unused; `None` at the end.
    fn peek(&mut self) -> Option<u8> {
        loop {
            let rest = self.rest();
            match rest
                .bytes()
                .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
            {
                Some(at) => {
                    self.start += at;
                    return self.rest().bytes().next();
                }
                None => {
                    self.start = self.text.len();
                    if !self.fill(1) {
                        return None;
                    }
                }
            }
        }
    }

    /// The next byte that is not whitespace, used.
    fn next_byte(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.start += 1;
        Some(byte)
    }

    fn expect(&mut self, wanted: u8) -> Option<()> {
        (self.next_byte()? == wanted).then_some(())
    }

    /// A member's key.
    fn key(&mut self) -> Option<String> {
        match self.peek()? {
            b'"' => self.value(),
            _ => None,
        }
    }

    /// A list of records: `[`, then objects separated by commas, then `]`.
    fn list<T: DeserializeOwned>(&mut self) -> Option<Vec<T>> {
        self.expect(b'[')?;
        let mut records = Vec::new();
        if self.peek()? == b']' {
            self.start += 1;
            return Some(records);
        }
        loop {
            records.push(self.object()?);
            match self.next_byte()? {
                b',' => continue,
                b']' => return Some(records),
                _ => return None,
            }
        }
    }

    /// One object (a section or a record).
    fn object<T: DeserializeOwned>(&mut self) -> Option<T> {
        match self.peek()? {
            b'{' => self.value(),
            _ => None,
        }
    }

    /// The JSON value that starts the unused text, read by serde_json, which also says where
    /// it ends. A value that goes on past what is read is read again with as much text again
    /// (so a long record is parsed a few times at most, not once a block), up to the limit.
    fn value<T: DeserializeOwned>(&mut self) -> Option<T> {
        loop {
            let mut values = serde_json::Deserializer::from_str(self.rest()).into_iter::<T>();
            match values.next()? {
                Ok(value) => {
                    self.start += values.byte_offset();
                    return Some(value);
                }
                Err(error) if error.is_eof() && !self.ended && self.rest().len() <= MAX_RECORD => {
                    let length = self.rest().len();
                    self.fill(length * 2 + 1);
                }
                Err(_) => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn streamed(text: &str, capacity: usize) -> Option<Dataset> {
        well_formed(std::io::BufReader::with_capacity(capacity, text.as_bytes()))
    }

    #[test]
    fn the_shipped_data_reads_through_buffers_of_any_size() {
        let data = crate::tests::resources();
        let pretty = serde_json::to_string_pretty(data).expect("JSON");
        let compact = serde_json::to_string(data).expect("JSON");
        let marked = format!("\u{feff}{compact}\n\n");
        for text in [&pretty, &compact, &marked] {
            for capacity in [1, 7, 64, 8192] {
                let read = streamed(text, capacity);
                assert!(read.as_ref() == Some(data), "{capacity}: {text:.80}");
            }
        }
    }

    #[test]
    fn what_it_does_not_expect_is_left_to_the_whole_file_reading() {
        let compact = serde_json::to_string(crate::tests::resources()).expect("JSON");
        let cases = [
            compact.replacen("{\"meta\"", "{\"videos\":[],\"meta\"", 1),
            compact.replacen("{\"meta\"", "{\"other\":1,\"meta\"", 1),
            compact.replacen("\"videos\":[", "\"videos\":[1,", 1),
            format!("{compact},"),
            format!("{compact}{{}}"),
            compact[..compact.len() - 1].to_string(),
            String::new(),
            "{}".to_string(),
            format!("[{compact}]"),
        ];
        for case in &cases {
            assert_eq!(streamed(case, 64), None, "{case:.80}");
        }
        let long = format!("{{\"meta\":{{\"title\":\"{}\"}}}}", "x".repeat(MAX_RECORD));
        assert_eq!(streamed(&long, 8192), None);
        // Bytes that are not UTF-8, even after the document.
        let mut bytes = compact.clone().into_bytes();
        bytes.extend_from_slice(b" \xff");
        assert_eq!(well_formed(bytes.as_slice()), None);
        let cut = compact.replacen("\"title\":\"", "\"title\":\"\u{e9}", 1);
        let cut = &cut.as_bytes()[..cut.find('\u{e9}').expect("é") + 1];
        assert_eq!(well_formed(cut), None);
    }

    #[test]
    fn what_serde_json_reads_in_a_whole_file_it_reads_here() {
        let compact = serde_json::to_string(crate::tests::resources()).expect("JSON");
        let escaped = compact.replacen("\"meta\"", "\"m\\u0065ta\"", 1);
        // Raw line breaks are only ever between tokens: in strings they are escaped.
        let pretty = serde_json::to_string_pretty(crate::tests::resources()).expect("JSON");
        let crlf = pretty.replace('\n', " \r\n\t");
        for text in [escaped, crlf] {
            let read = streamed(&text, 5);
            assert!(
                read.as_ref() == Some(crate::tests::resources()),
                "{text:.80}"
            );
        }
    }
}
