//! A TOML data file, read one piece at a time ([`crate::chunked`]): the head, then each
//! record. The same reading serves a valid file (streamed from disk, nothing found) and one
//! with problems (every problem of form found, with its byte offset), so there is one way a
//! TOML file is understood. A small file (at most [`MAX_PIECE`]) may also be in any other
//! layout TOML allows: it is then read whole ([`whole`]).
//!
//! The toml crate holds a whole document in memory many times over (tokens, events, a tree)
//! and keeps parsing after an error, so it is never given more than [`MAX_PIECE`] bytes at a
//! time. Problems of the rules are placed later, and only those that are listed
//! ([`TomlPlaces`]).

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::chunked::{Piece, PieceSource, RECORD_HEADERS};
use crate::load::{Form, Places};
use crate::model::{Agency, Dataset, Material, Meta, Publication, Report, Video};
use crate::validate::Segment;

/// The most text the toml crate is given at once: a file of at most this size may be in any
/// layout TOML allows; in a larger one, each record (and the part before the first record)
/// must be at most this size. A record is a few kilobytes; the field limits keep it under
/// about 100 KiB.
pub const MAX_PIECE: usize = 1024 * 1024;

/// The top-level sections every dataset has, for "unknown field" messages.
const EXPECTED: &str = "`meta`, `report`, `agencies`, `publications`, `videos`, `materials`";

/// Where a record of one of the four arrays came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Element `index` of the array given in the head (`publications = [...]`).
    Head(usize),
    /// Its own piece (`[[publications]]` and the lines after it).
    Piece(Range<usize>),
}

/// For each record of a dataset read from pieces, where it came from; the head's range.
#[derive(Debug, Clone, Default)]
pub(crate) struct Origins {
    head: Range<usize>,
    records: [Vec<Origin>; 4],
}

fn slot_of(key: &str) -> Option<usize> {
    RECORD_HEADERS.iter().position(|name| *name == key)
}

/// Where the problems of the rules are, in a TOML file.
pub(crate) enum TomlPlaces<'t> {
    /// A file read from pieces: a record is found through its origin, its piece parsed again
    /// only when one of its problems is listed.
    Pieces {
        /// The file's text.
        text: &'t str,
        /// Where each record came from.
        origins: Origins,
    },
    /// A small file read whole, in any layout.
    Whole {
        /// The parsed document.
        root: Spanned<DeTable<'t>>,
    },
}

impl TomlPlaces<'_> {
    /// The text and the path within it for a record at `path`: its piece (with the path from
    /// the piece's root) or the head.
    fn piece(
        &self,
        text: &str,
        origins: &Origins,
        path: &[Segment],
    ) -> (Range<usize>, Vec<Segment>) {
        let whole = || (origins.head.clone(), path.to_vec());
        let [Segment::Key(key), Segment::Index(index), rest @ ..] = path else {
            return whole();
        };
        let Some(slot) = slot_of(key) else {
            return whole();
        };
        match origins.records[slot].get(*index) {
            Some(Origin::Piece(range)) if range.end <= text.len() => {
                let mut inner = vec![Segment::Key(key), Segment::Index(0)];
                inner.extend_from_slice(rest);
                (range.clone(), inner)
            }
            Some(Origin::Head(position)) => {
                let mut inner = vec![Segment::Key(key), Segment::Index(*position)];
                inner.extend_from_slice(rest);
                (origins.head.clone(), inner)
            }
            _ => whole(),
        }
    }
}

impl Places for TomlPlaces<'_> {
    fn record_start(&self, path: &[Segment]) -> usize {
        match self {
            TomlPlaces::Pieces { text, origins } => self.piece(text, origins, path).0.start,
            TomlPlaces::Whole { root } => span_of(root, path, None).map_or(0, |span| span.start),
        }
    }

    fn field(&self, path: &[Segment], field: &str) -> Option<usize> {
        match self {
            TomlPlaces::Pieces { text, origins } => {
                let (range, inner) = self.piece(text, origins, path);
                let piece = text.get(range.clone())?;
                let root = DeTable::parse(piece).ok()?;
                Some(range.start + span_of(&root, &inner, Some(field))?.start)
            }
            TomlPlaces::Whole { root } => span_of(root, path, Some(field)).map(|span| span.start),
        }
    }
}

/// The span of `field` in the table at `path`, or of the deepest part of the path found.
fn span_of(
    root: &Spanned<DeTable<'_>>,
    path: &[Segment],
    field: Option<&str>,
) -> Option<Range<usize>> {
    let mut segments = path.iter();
    let first = match segments.next() {
        Some(Segment::Key(key)) => root.get_ref().get(*key)?,
        _ => return Some(root.span()),
    };
    span_in(first, segments.as_slice(), field)
}

/// The span of `field` in the value at `path` below `start`, or of the deepest part found.
pub(crate) fn span_in(
    start: &Spanned<DeValue<'_>>,
    path: &[Segment],
    field: Option<&str>,
) -> Option<Range<usize>> {
    let mut current = start;
    for segment in path {
        let next = match segment {
            Segment::Key(key) => current.get_ref().get(*key),
            Segment::Index(index) => current.get_ref().get(*index),
        };
        match next {
            Some(next) => current = next,
            None => return Some(current.span()),
        }
    }
    let found = field.and_then(|field| current.get_ref().get(field));
    Some(found.unwrap_or(current).span())
}

/// The one place the model is read from a value tree, a TOML file's or a JSON file's.
pub(crate) fn from_value<T: DeserializeOwned>(
    value: Spanned<DeValue<'_>>,
) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(value))
}

/// A toml error's message on one line.
pub(crate) fn message_of(error: &toml::de::Error) -> String {
    error.message().trim_end().replace('\n', " ")
}

/// Collects problems of form up to a limit, counting the rest.
pub(crate) struct Collector {
    form: Vec<Form>,
    unlisted: usize,
    limit: usize,
}

impl Collector {
    /// Keeps the first `limit` problems.
    pub(crate) fn new(limit: usize) -> Self {
        Collector {
            form: Vec::new(),
            unlisted: 0,
            limit,
        }
    }

    /// The problems kept and how many more there were (`load` puts them in file order).
    pub(crate) fn finish(self) -> (Vec<Form>, usize) {
        (self.form, self.unlisted)
    }

    /// Whether nothing was found.
    fn is_clean(&self) -> bool {
        self.form.is_empty() && self.unlisted == 0
    }

    /// A problem at byte `offset`.
    pub(crate) fn add(&mut self, offset: usize, message: String) {
        if self.form.len() < self.limit {
            self.form.push(Form { offset, message });
        } else {
            self.unlisted += 1;
        }
    }

    /// The parser's problems in `piece`, which starts at byte `start` of the file.
    fn errors(&mut self, start: usize, errors: &[toml::de::Error]) {
        for error in errors {
            let offset = start + error.span().map_or(0, |span| span.start);
            self.add(offset, message_of(error));
        }
    }
}

/// The records loaded so far for one array.
struct Loaded<T> {
    records: Vec<T>,
    origins: Vec<Origin>,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Loaded {
            records: Vec::new(),
            origins: Vec::new(),
        }
    }
}

/// A file being read: what has loaded so far, and the problems found.
struct Reading {
    found: Collector,
    head: Range<usize>,
    meta: Option<Meta>,
    report: Option<Report>,
    /// Whether the head parsed: only then can a missing list be told from a broken head.
    head_read: bool,
    /// Which lists the head gives (`publications = [...]`), and which are given anywhere.
    in_head: [bool; 4],
    seen: [bool; 4],
    agencies: Loaded<Agency>,
    publications: Loaded<Publication>,
    videos: Loaded<Video>,
    materials: Loaded<Material>,
}

impl Reading {
    fn new(limit: usize) -> Self {
        Reading {
            found: Collector::new(limit),
            head: 0..0,
            meta: None,
            report: None,
            head_read: false,
            in_head: [false; 4],
            seen: [false; 4],
            agencies: Loaded::default(),
            publications: Loaded::default(),
            videos: Loaded::default(),
            materials: Loaded::default(),
        }
    }

    /// One piece of the file, whose text starts at byte `piece.range.start`.
    fn piece(&mut self, piece: &Piece, text: &str) {
        let start = piece.range.start;
        if piece.range.len() > MAX_PIECE {
            oversized(&mut self.found, piece, text);
            return;
        }
        let (root, errors) = DeTable::parse_recoverable(text);
        if !errors.is_empty() {
            // A piece that does not parse is reported as such, not also for what it lacks.
            self.found.errors(start, &errors);
            return;
        }
        match piece.key {
            None => {
                self.head = piece.range.clone();
                self.top(start, root.into_inner());
            }
            Some(key) => self.record_piece(start, key, piece.range.clone(), root.into_inner()),
        }
    }

    /// The top table of the file (the head's, or a whole small file's): its sections, and the
    /// lists it gives.
    fn top(&mut self, start: usize, table: DeTable<'_>) {
        self.head_read = true;
        let mut lists: [Option<Spanned<DeValue<'_>>>; 4] = Default::default();
        let mut given = [false; 2];
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            match name {
                "meta" => {
                    given[0] = true;
                    self.meta = read(&mut self.found, start, value);
                }
                "report" => {
                    given[1] = true;
                    self.report = read(&mut self.found, start, value);
                }
                _ => match slot_of(name) {
                    Some(slot) => {
                        self.in_head[slot] = true;
                        self.seen[slot] = true;
                        lists[slot] = Some(value);
                    }
                    None => self.found.add(
                        start + key.span().start,
                        format!("unknown field `{name}`, expected one of {EXPECTED}"),
                    ),
                },
            }
        }
        for (given, name) in given.into_iter().zip(["meta", "report"]) {
            if !given {
                self.found.add(0, format!("missing field `{name}`"));
            }
        }
        let [agencies, publications, videos, materials] = lists;
        head_list(&mut self.found, start, agencies, &mut self.agencies);
        head_list(&mut self.found, start, publications, &mut self.publications);
        head_list(&mut self.found, start, videos, &mut self.videos);
        head_list(&mut self.found, start, materials, &mut self.materials);
    }

    /// A record's piece: exactly one `[[key]]` record.
    fn record_piece(
        &mut self,
        start: usize,
        key: &'static str,
        range: Range<usize>,
        table: DeTable<'_>,
    ) {
        let Some(slot) = slot_of(key) else { return };
        if self.in_head[slot] {
            self.found.add(
                start,
                format!("`{key}` is given twice: as `{key} = [...]` and as [[{key}]]"),
            );
            return;
        }
        self.seen[slot] = true;
        let mut item = None;
        for (name, value) in table {
            if name.get_ref() == key {
                item = Some(value);
            } else {
                self.found.add(
                    start + name.span().start,
                    format!(
                        "`{}` comes after a [[{key}]] record: in a dataset file, tables go before the first record",
                        name.get_ref()
                    ),
                );
            }
        }
        let item = match item.map(Spanned::into_inner) {
            Some(DeValue::Array(items)) if items.len() == 1 => items.into_iter().next(),
            _ => None,
        };
        let Some(item) = item else {
            self.found
                .add(start, format!("expected one [[{key}]] record here"));
            return;
        };
        let origin = Origin::Piece(range);
        match slot {
            0 => record(&mut self.found, start, item, origin, &mut self.agencies),
            1 => record(&mut self.found, start, item, origin, &mut self.publications),
            2 => record(&mut self.found, start, item, origin, &mut self.videos),
            _ => record(&mut self.found, start, item, origin, &mut self.materials),
        }
    }

    /// What the reading found.
    fn finish(mut self) -> Diagnosis {
        if self.head_read {
            for (slot, name) in RECORD_HEADERS.iter().enumerate() {
                if !self.seen[slot] {
                    self.found.add(0, format!("missing field `{name}`"));
                }
            }
        }
        let origins = Origins {
            head: self.head,
            records: [
                self.agencies.origins,
                self.publications.origins,
                self.videos.origins,
                self.materials.origins,
            ],
        };
        let dataset = match (self.meta, self.report) {
            (Some(meta), Some(report)) => Some(Dataset {
                meta,
                report,
                agencies: self.agencies.records.into(),
                publications: self.publications.records.into(),
                videos: self.videos.records.into(),
                materials: self.materials.records.into(),
            }),
            _ => None,
        };
        let clean = self.found.is_clean() && dataset.is_some();
        let (form, unlisted) = self.found.finish();
        Diagnosis {
            form,
            unlisted,
            dataset,
            origins,
            clean,
        }
    }
}

/// What reading a file found: the problems of form (the first `limit`, and how many more),
/// and the records that did load, with where each came from.
pub(crate) struct Diagnosis {
    /// Problems of form.
    pub form: Vec<Form>,
    /// How many more problems of form there are than `form` holds.
    pub unlisted: usize,
    /// The dataset of every record that loaded, when the head did.
    pub dataset: Option<Dataset>,
    /// Where each loaded record came from.
    pub origins: Origins,
    /// Whether nothing at all was wrong in form: `dataset` is then the file's whole dataset
    /// (the rules still to check).
    pub clean: bool,
}

/// Reads the pieces of a file and reports every problem of form, the first `limit` listed;
/// `None` when `source` fails (a read error, bytes that are not UTF-8, a piece too large to
/// stream): the caller then reads the text whole.
pub(crate) fn diagnose(source: &mut dyn PieceSource, limit: usize) -> Option<Diagnosis> {
    let mut reading = Reading::new(limit);
    // One buffer for every piece: a piece is parsed and done with before the next is read.
    let mut text = String::new();
    while let Some(piece) = source.next_piece(&mut text) {
        reading.piece(&piece.ok()?, &text);
    }
    Some(reading.finish())
}

/// A small file in any layout TOML allows, read whole; `None` when it does not parse or does
/// not have the dataset's shape (the reading by pieces then says why).
pub(crate) fn whole(text: &str) -> Option<(Dataset, Spanned<DeTable<'_>>)> {
    if text.len() > MAX_PIECE {
        return None;
    }
    let root = DeTable::parse(text).ok()?;
    let mut reading = Reading::new(0);
    reading.top(0, root.get_ref().clone());
    let diagnosis = reading.finish();
    let dataset = diagnosis.dataset.filter(|_| diagnosis.clean)?;
    Some((dataset, root))
}

/// A piece larger than the toml crate is given: said so, with the syntax problems of its
/// first [`MAX_PIECE`] bytes (cut at a line's end), which is where a file that is not a
/// dataset at all shows it.
fn oversized(found: &mut Collector, piece: &Piece, text: &str) {
    let what = match piece.key {
        None => "the part before the first [[record]]".to_string(),
        Some(key) => format!("this [[{key}]] record"),
    };
    found.add(
        piece.range.start,
        format!(
            "{what} is {} bytes; in a file over 1 MiB, each part may be at most 1 MiB ({MAX_PIECE} bytes)",
            piece.range.len()
        ),
    );
    let mut cut = MAX_PIECE.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind('\n').map_or(0, |at| at + 1);
    let (_, errors) = DeTable::parse_recoverable(&text[..cut]);
    found.errors(piece.range.start, &errors);
}

/// A value read into `T`; a problem is added to `found`, at `start` plus its span.
pub(crate) fn read<T: DeserializeOwned>(
    found: &mut Collector,
    start: usize,
    value: Spanned<DeValue<'_>>,
) -> Option<T> {
    match from_value::<T>(value) {
        Ok(value) => Some(value),
        Err(error) => {
            found.errors(start, &[error]);
            None
        }
    }
}

/// A list given in the head (`publications = [...]`, or every list of a small file read
/// whole): each element on its own, so one bad element does not hide the others.
fn head_list<T: DeserializeOwned>(
    found: &mut Collector,
    start: usize,
    value: Option<Spanned<DeValue<'_>>>,
    loaded: &mut Loaded<T>,
) {
    let Some(value) = value else { return };
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                record(found, start, item, Origin::Head(index), loaded);
            }
        }
        other => found.add(
            start + span.start,
            format!("invalid type: {}, expected a sequence", other.type_str()),
        ),
    }
}

/// One record, read and kept with where it came from.
fn record<T: DeserializeOwned>(
    found: &mut Collector,
    start: usize,
    item: Spanned<DeValue<'_>>,
    origin: Origin,
    loaded: &mut Loaded<T>,
) {
    if let Some(record) = read(found, start, item) {
        loaded.records.push(record);
        loaded.origins.push(origin);
    }
}
