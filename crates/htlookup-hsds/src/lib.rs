//! Importing Open Referral's Human Services Data Specification (HSDS) into a local layer
//! (`htlookup import hsds PATH`).
//!
//! Many 211s and community directories publish HSDS, as a tabular data package (a folder of
//! CSVs with `datapackage.json`, `package`) or as JSON (one service or organization object,
//! or an array of them, `json`). Both are read into the same drafts, one per service (or per
//! organization without services), which `map` turns into a [`Layer`] that passes
//! [`htlookup_data::validate::check_layer`]: the import never hands back a layer `validate` would
//! refuse.
//!
//! Real directories are messy, and a value the layer rules refuse (a foreign phone number, an
//! `http://` link, an over-long description) is left out with a [`Warning`] naming the file,
//! the place (a CSV line, a JSON object's position) and the reason; nothing is guessed or
//! upgraded. HSDS 3.0 and the older 1.x/2.x column and file names are both read; unknown
//! columns and fields are ignored. Every file is read whole, at most [`MAX_FILE_SIZE`], and
//! joins go through indexes by id, so a large directory costs time in proportion to its size.

mod json;
mod map;
mod package;
pub mod phone;

use std::fmt;
use std::path::Path;
use std::rc::Rc;

use htlookup_data::layer::Layer;
use htlookup_data::model::{Dataset, Date};

pub use htlookup_data::load::MAX_FILE_SIZE;

/// What the command line says about the layer to make; each given value wins over what the
/// source says.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// `--name`: who keeps the layer.
    pub name: Option<&'a str>,
    /// `--area`: the area it covers.
    pub area: Option<&'a str>,
    /// `--checked`: when its facts were checked.
    pub checked: Option<Date>,
    /// `--match`: keep only records whose name, description or taxonomy terms have this text
    /// (case-insensitive).
    pub matching: Option<&'a str>,
    /// How many warnings to keep; the rest are counted.
    pub limit: usize,
}

/// A layer made from a directory, and what was left out of it.
#[derive(Debug)]
pub struct Imported {
    /// The layer: valid by [`htlookup_data::validate::check_layer`] against the national data.
    pub layer: Layer,
    /// Where `meta.checked` came from when `--checked` was not given ("the data package's
    /// created date (datapackage.json)"), so the user is told which of the source's dates it is.
    pub checked_from: Option<String>,
    /// Why values and records were left out, in the order found, at most `limit`.
    pub warnings: Vec<Warning>,
    /// How many more warnings there were.
    pub more_warnings: usize,
    /// How many records (services, organizations) were left out.
    pub left_out: usize,
}

/// Why an import made no layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// PATH cannot be read as HSDS at all (missing, not a data package, not HSDS JSON, too
    /// large, not UTF-8): the message says why.
    Unreadable(String),
    /// The source does not say what a layer's `meta` needs, or says it in a form the layer
    /// rules refuse: the user has to pass `flag`.
    NeedsFlag {
        /// The flag to pass (`--area`).
        flag: &'static str,
        /// What is missing or wrong.
        message: String,
    },
    /// Every record was left out by `--match`.
    NoMatch,
    /// Every record was left out as unusable (no name, no usable means): the warnings say why.
    Empty {
        /// Why each was left out, at most `limit`.
        warnings: Vec<Warning>,
        /// How many more warnings there were.
        more_warnings: usize,
    },
}

/// Where a value is in the source: a file and a place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as a user finds it (`PATH/phones.csv`, or PATH for a JSON file).
    pub file: Rc<str>,
    /// The place in that file.
    pub place: Place,
}

/// A place in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A CSV record, by the line it starts on (1-based; the header is line 1): a quoted value
    /// with line breaks makes a record span lines, and the next record's number stays right.
    Line(u64),
    /// A JSON object, by its position (`services[3].phones[0]`; indexes from 0).
    Object(String),
    /// The file as a whole (`datapackage.json`'s title).
    File,
}

/// A value or record left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where it is.
    pub origin: Origin,
    /// Why it was left out, quoting the value (at most 60 characters of it).
    pub message: String,
}

impl fmt::Display for Warning {
    /// `FILE:LINE: message` for CSV, `FILE: services[3]: message` for JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.origin.file;
        match &self.origin.place {
            Place::Line(line) => write!(f, "{file}:{line}: {}", self.message),
            Place::Object(path) => write!(f, "{file}: {path}: {}", self.message),
            Place::File => write!(f, "{file}: {}", self.message),
        }
    }
}

/// The warnings of one import: the first `limit` kept, the rest counted.
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    listed: Vec<Warning>,
    more: usize,
    limit: usize,
    /// Each warning once: an organization's `http://` website is refused once, not once for
    /// each of its services.
    seen: std::collections::HashSet<(Rc<str>, String, String)>,
}

impl Warnings {
    pub(crate) fn new(limit: usize) -> Self {
        Warnings {
            limit,
            ..Warnings::default()
        }
    }

    /// Records that the value at `origin` was left out because of `message`.
    pub(crate) fn push(&mut self, origin: &Origin, message: String) {
        let place = match &origin.place {
            Place::Line(line) => line.to_string(),
            Place::Object(path) => path.clone(),
            Place::File => String::new(),
        };
        if !self
            .seen
            .insert((Rc::clone(&origin.file), place, message.clone()))
        {
            return;
        }
        if self.listed.len() < self.limit {
            self.listed.push(Warning {
                origin: origin.clone(),
                message,
            });
        } else {
            self.more += 1;
        }
    }
}

/// One service (or organization without services) as the source gives it, before the layer
/// rules: the same for a data package and a JSON file.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    /// Where the service's own row or object is.
    pub origin: Origin,
    pub name: String,
    pub description: String,
    /// The organization that provides it, for the layer's name.
    pub organization: Option<String>,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    /// Schedules' descriptions.
    pub hours: Vec<String>,
    /// Taxonomy terms: what `--match` and the help table look at besides name and description.
    pub terms: Vec<String>,
    pub phones: Vec<PhoneDraft>,
    /// Websites: the service's, then its organization's.
    pub links: Vec<(Origin, String)>,
    /// Email addresses: the service's, then its organization's.
    pub emails: Vec<(Origin, String)>,
    /// How many phones, websites and emails were left out beyond [`MAX_EACH`] of a kind.
    pub more_means: usize,
}

/// The most phones a record keeps, and the most websites and emails. A contact with more is a
/// directory, not a contact; and an organization's (or a location's) phones are copied to each
/// of its services, so without a cap 20,000 services of one organization with 20,000 phones
/// made 400 million copies (11.7 GB before it was stopped).
pub(crate) const MAX_EACH: usize = 20;

/// Adds what fits of `items` to `list` (at most [`MAX_EACH`] in all) and counts the rest in
/// `more`: the work is the room left, not the length of `items`.
fn add_capped<T: Clone>(list: &mut Vec<T>, items: &[T], more: &mut usize) {
    let room = MAX_EACH.saturating_sub(list.len()).min(items.len());
    list.extend_from_slice(&items[..room]);
    *more += items.len() - room;
}

impl Draft {
    pub(crate) fn new(origin: Origin, name: String, description: String) -> Self {
        Draft {
            origin,
            name,
            description,
            organization: None,
            areas: Vec::new(),
            languages: Vec::new(),
            hours: Vec::new(),
            terms: Vec::new(),
            phones: Vec::new(),
            links: Vec::new(),
            emails: Vec::new(),
            more_means: 0,
        }
    }

    /// Adds phones, as many as fit (see [`MAX_EACH`]).
    pub(crate) fn add_phones(&mut self, phones: &[PhoneDraft]) {
        add_capped(&mut self.phones, phones, &mut self.more_means);
    }

    /// Adds websites, as many as fit.
    pub(crate) fn add_links(&mut self, links: &[(Origin, String)]) {
        add_capped(&mut self.links, links, &mut self.more_means);
    }

    /// Adds email addresses, as many as fit.
    pub(crate) fn add_emails(&mut self, emails: &[(Origin, String)]) {
        add_capped(&mut self.emails, emails, &mut self.more_means);
    }

    /// How many more phones fit.
    pub(crate) fn phone_room(&self) -> usize {
        MAX_EACH.saturating_sub(self.phones.len())
    }
}

/// A phone as the source gives it.
#[derive(Debug, Clone)]
pub(crate) struct PhoneDraft {
    pub origin: Origin,
    pub number: String,
    pub extension: Option<String>,
    /// HSDS's `type`: voice, text, fax, cell, video, pager, textphone (RFC 6350), or tty.
    pub kind: String,
    pub description: String,
}

/// What a source says about itself, for the layer's `meta`, with words saying where each
/// fact is (for the message that says which was used).
#[derive(Debug, Default)]
pub(crate) struct About {
    /// The directory's own title (a data package's `title`), before any organization's name.
    pub title: Option<String>,
    /// A name to fall back on after the single organization's (a data package's `name`).
    pub fallback_name: Option<String>,
    /// Dates the source gives, best first: `(date, where it is)`.
    pub dates: Vec<(Date, String)>,
}

/// What reading a source gives: its drafts and what it says about itself.
pub(crate) struct Source {
    pub drafts: Vec<Draft>,
    pub about: About,
    /// Records left out while reading (no name, defunct).
    pub left_out: usize,
}

/// Imports the HSDS data at `path` (a data package folder, its `datapackage.json`, or an HSDS
/// JSON file) as a layer checked against `national`.
pub fn import(path: &Path, options: &Options<'_>, national: &Dataset) -> Result<Imported, Failure> {
    let mut warnings = Warnings::new(options.limit);
    let label = path.display().to_string();
    let metadata = std::fs::metadata(path)
        .map_err(|error| Failure::Unreadable(format!("{label}: cannot open: {error}")))?;
    let is_descriptor = path
        .file_name()
        .is_some_and(|name| name == "datapackage.json");
    let source = if metadata.is_dir() {
        package::read(path, &label, &mut warnings)?
    } else if is_descriptor {
        // A bare `datapackage.json` has the empty path as its parent: that is this folder.
        let folder = path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let label = folder.display().to_string();
        package::read(folder, &label, &mut warnings)?
    } else {
        json::read(path, &label, &mut warnings)?
    };
    map::layer(source, options, national, warnings)
}

/// Reads a source file whole: at most [`MAX_FILE_SIZE`] bytes of UTF-8, without a byte order
/// mark, by the data crate's one reader of named files; each failure said for an HSDS file.
pub(crate) fn read_file(path: &Path, label: &str) -> Result<String, Failure> {
    use htlookup_data::text_file::{Unreadable, read};
    read(path, MAX_FILE_SIZE).map_err(|unreadable| {
        let message = match unreadable {
            Unreadable::Open(error) => format!("cannot open: {error}"),
            Unreadable::Directory => "is a directory, not an HSDS file".to_string(),
            Unreadable::TooLarge => format!(
                "is larger than 64 MiB ({MAX_FILE_SIZE} bytes), the most htlookup reads of one file"
            ),
            Unreadable::Read(error) => format!("cannot read: {error}"),
            Unreadable::Utf16 => {
                "is UTF-16 text; HSDS files must be UTF-8 (save it as UTF-8 and try again)".into()
            }
            Unreadable::NotUtf8 { line, .. } => {
                format!("line {line}: not UTF-8 text (save it as UTF-8 and try again)")
            }
        };
        Failure::Unreadable(format!("{label}: {message}"))
    })
}

/// The first ten characters of an ISO 8601 date or date-time (`2026-10-01T09:00:00Z`) as a
/// date, if they are one.
pub(crate) fn date_of(text: &str) -> Option<Date> {
    Date::parse(text.trim().get(..10)?).ok()
}
