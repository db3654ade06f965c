//! Integrity rules a dataset must meet beyond its types.
//!
//! Used by both the build script (a bad `resources.toml` fails the build) and the binary, so
//! there is one set of rules. Each problem names the record and field, so a maintainer can find
//! it without reading code; all problems are collected, not just the first.

use std::collections::HashSet;

use foldhash::fast::RandomState;
use std::fmt;

use crate::characters::{is_contact_byte, is_contact_char, is_unsafe, opens_markup};
use crate::layer::{Help, Layer};
use crate::model::{ChannelKind, Dataset, Date, Text};

/// One step on the way from the top of a data file to a value: a table key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// A key of a table (`publications`, `report`, `month`).
    Key(&'static str),
    /// A position in an array, from 0.
    Index(usize),
}

/// A record as the maintainer sees it (`publications[national-strategy]`) and where it sits
/// in the file's structure, so a problem can be traced back to a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The name shown to people: the collection and the record's id (its position if the id
    /// is empty).
    pub label: String,
    /// The keys and indexes leading to the record.
    pub path: Vec<Segment>,
}

/// Where a record is, cheap to make for every record: its label and path (a [`Location`]) are
/// built only when it has a problem, so checking a large valid file allocates nothing per
/// record.
#[derive(Clone, Copy)]
struct Place<'a> {
    parent: Option<&'a Place<'a>>,
    keys: &'static [&'static str],
    item: Option<(usize, &'a str)>,
}

impl<'a> Place<'a> {
    /// A table at the top of the file or below another (`meta`, `report.hotline`).
    fn table(keys: &'static [&'static str]) -> Place<'a> {
        Place {
            parent: None,
            keys,
            item: None,
        }
    }

    /// The `index`th element, with id `id`, of this place's array `key`.
    fn item(&'a self, key: &'static [&'static str], index: usize, id: &'a str) -> Place<'a> {
        Place {
            parent: Some(self),
            keys: key,
            item: Some((index, id)),
        }
    }

    /// The record as a maintainer sees it: `report.hotline.channels[hotline-phone]`.
    fn record(&self) -> Location {
        let mut record = match self.parent {
            Some(parent) => parent.record(),
            None => Location {
                label: String::new(),
                path: Vec::new(),
            },
        };
        for key in self.keys {
            if !record.label.is_empty() {
                record.label.push('.');
            }
            record.label.push_str(key);
            record.path.push(Segment::Key(key));
        }
        if let Some((index, id)) = self.item {
            if id.is_empty() {
                record.label.push_str(&format!("[#{}]", index + 1));
            } else {
                record.label.push_str(&format!("[{id}]"));
            }
            record.path.push(Segment::Index(index));
        }
        record
    }
}

/// One broken rule, located by record (`publications[national-strategy]`) and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which record, and where it is in the file's structure.
    pub record: Location,
    /// Which field of that record.
    pub field: &'static str,
    /// What is wrong, naming the field, in words that say what would be right.
    pub message: String,
}

/// The result of checking a dataset: what makes it unusable, and what is worth a look.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    /// Broken rules: the dataset must not be used.
    pub errors: Vec<Problem>,
    /// Text that is shown safely but is suspicious (control, invisible or format characters,
    /// markup): real data carries stray characters, so these do not make a file invalid.
    pub warnings: Vec<Problem>,
    /// How many more errors there are than `errors` holds ([`check_up_to`]).
    pub more_errors: usize,
    /// How many more warnings there are than `warnings` holds.
    pub more_warnings: usize,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.record.label, self.message)
    }
}

/// The years a date or publication year may have; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;

/// The longest a name or title may be, in characters (titles, names, publishers, languages).
pub const MAX_NAME: usize = 500;
/// The longest a description or note may be, in characters.
pub const MAX_PROSE: usize = 5_000;
/// The longest a URL may be, in characters.
pub const MAX_URL: usize = 2_048;
/// The longest a word (a run without spaces) of any people-facing text may be, and an id.
pub const MAX_WORD: usize = 200;

/// Checks every rule and returns every problem found, in file order; empty means valid.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    check(data).errors
}

/// Checks every rule and every text, in file order: the errors [`validate`] gives and the
/// warnings about suspicious text.
pub fn check(data: &Dataset) -> Findings {
    check_up_to(data, usize::MAX)
}

/// [`check`], keeping at most `limit` errors and `limit` warnings and counting the rest: a
/// file with a problem in each of 300,000 records is told in a bounded list.
pub fn check_up_to(data: &Dataset, limit: usize) -> Findings {
    let mut check = Checker {
        limit,
        ..Checker::default()
    };
    let meta = &data.meta;
    let record = Place::table(&["meta"]);
    check.non_empty(&record, "title", &meta.title);
    check.non_empty(&record, "publisher", &meta.publisher);
    if let Some(caveat) = &meta.facts_caveat {
        check.non_empty(&record, "facts_caveat", caveat);
    }
    check.texts(&record, "notes", &meta.notes);
    check.url(&record, "url", &meta.url);
    check.url(&record, "section_url", &meta.section_url);
    check.date(&record, "created", meta.created);
    check.date(&record, "modified", meta.modified);
    check.date(&record, "facts_checked", meta.facts_checked);
    if meta.modified < meta.created {
        check.problem(
            &record,
            "modified",
            "modified is earlier than created".into(),
        );
    }

    let emergency = &data.report.emergency;
    let record = Place::table(&["report", "emergency"]);
    check.phone(&record, "number", &emergency.number);
    check.non_empty(&record, "when", &emergency.when);
    check.url(&record, "source", &emergency.source);

    let hotline = &data.report.hotline;
    let record = Place::table(&["report", "hotline"]);
    check.non_empty(&record, "name", &hotline.name);
    check.text(&record, "name_es", &hotline.name_es);
    check.non_empty(&record, "availability", &hotline.availability);
    check.text(&record, "nature", &hotline.nature);
    check.text(&record, "funder", &hotline.funder);
    check.texts(&record, "alerts", &hotline.alerts);
    check.url(&record, "source", &hotline.source);
    if hotline.channels.is_empty() {
        check.problem(
            &record,
            "channels",
            "channels needs at least one entry".into(),
        );
    }
    let mut channel_ids = Ids::default();
    for (index, channel) in hotline.channels.iter().enumerate() {
        let record = record.item(&["channels"], index, &channel.id);
        check.id(&record, &channel.id, &mut channel_ids);
        check.channel(&record, channel);
    }
    let mut organization_ids = Ids::default();
    let report = Place::table(&["report"]);
    for (index, organization) in data.report.other_channels.iter().enumerate() {
        let record = report.item(&["other_channels"], index, &organization.id);
        check.id(&record, &organization.id, &mut organization_ids);
        check.non_empty(&record, "name", &organization.name);
        check.text(&record, "purpose", &organization.purpose);
        check.url(&record, "source", &organization.source);
        for (index, channel) in organization.channels.iter().enumerate() {
            let record = record.item(&["channels"], index, &channel.id);
            check.id(&record, &channel.id, &mut channel_ids);
            check.channel(&record, channel);
        }
    }

    let top = Place::table(&[]);
    let mut ids = ids_for(data.agencies.len());
    for (index, agency) in data.agencies.iter().enumerate() {
        let record = top.item(&["agencies"], index, &agency.id);
        check.id(&record, &agency.id, &mut ids);
        check.non_empty(&record, "name", &agency.name);
        if let Some(short_name) = &agency.short_name {
            check.non_empty(&record, "short_name", short_name);
        }
        if let Some(abbreviation) = &agency.abbreviation {
            check.text(&record, "abbreviation", abbreviation);
        }
        check.text(&record, "parent", &agency.parent);
        check.url(&record, "url", &agency.url);
        check.non_empty(&record, "description", &agency.description);
        check.url(&record, "source", &agency.source);
    }

    let mut ids = ids_for(data.publications.len());
    for (index, publication) in data.publications.iter().enumerate() {
        let record = top.item(&["publications"], index, &publication.id);
        check.id(&record, &publication.id, &mut ids);
        check.non_empty(&record, "title", &publication.title);
        check.non_empty(&record, "publisher", &publication.publisher);
        if let Some(note) = &publication.date_note {
            check.text(&record, "date_note", note);
        }
        if let Some(year) = publication.year {
            check.year(&record, "year", year);
        }
        match (publication.year, publication.month) {
            (_, Some(month)) if !(1..=12).contains(&month) => {
                check.problem(&record, "month", format!("month {month} is not 1-12"));
            }
            (None, Some(_)) => {
                check.problem(&record, "month", "month is given without a year".into());
            }
            _ => {}
        }
        if let Some(url) = &publication.url {
            check.url(&record, "url", url);
        }
        check.url(&record, "source", &publication.source);
    }

    let mut ids = ids_for(data.videos.len());
    for (index, video) in data.videos.iter().enumerate() {
        let record = top.item(&["videos"], index, &video.id);
        check.id(&record, &video.id, &mut ids);
        check.non_empty(&record, "title", &video.title);
        check.text(&record, "producer", &video.producer);
        if let Some(year) = video.year {
            check.year(&record, "year", year);
        }
        if let Some(url) = &video.url {
            check.url(&record, "url", url);
        }
        check.non_empty(&record, "description", &video.description);
        check.url(&record, "source", &video.source);
    }

    let mut ids = ids_for(data.materials.len());
    for (index, material) in data.materials.iter().enumerate() {
        let record = top.item(&["materials"], index, &material.id);
        check.id(&record, &material.id, &mut ids);
        check.non_empty(&record, "title", &material.title);
        check.text(&record, "producer", &material.producer);
        check.text(&record, "audience", &material.audience);
        check.texts(&record, "languages", &material.languages);
        check.date(&record, "announced", material.announced);
        if let Some(url) = &material.url {
            check.url(&record, "url", url);
        }
        check.non_empty(&record, "description", &material.description);
        check.url(&record, "source", &material.source);
    }
    check.finish()
}

/// Checks a local layer (see [`crate::layer`]) against the rules of the national data, and
/// against the national data itself: a local id may not be a national one, and no local
/// means may be 911 or one of the hotline's own values, which come from the national data
/// only. At most `limit` problems of each severity are listed.
pub fn check_layer(layer: &Layer, national: &Dataset, limit: usize) -> Findings {
    let mut check = Checker {
        limit,
        ..Checker::default()
    };
    let record = Place::table(&["meta"]);
    check.non_empty(&record, "name", &layer.meta.name);
    check.non_empty(&record, "area", &layer.meta.area);
    check.date(&record, "checked", layer.meta.checked);
    if let Some(source) = &layer.meta.source {
        check.url(&record, "source", source);
    }
    let national_ids: Ids<'_> = national_ids(national);
    let report = &national.report;
    let national_values: Vec<&str> = std::iter::once(&*report.emergency.number)
        .chain(
            report
                .hotline
                .channels
                .iter()
                .map(|channel| &*channel.value),
        )
        .collect();
    let top = Place::table(&[]);
    let mut ids = Ids::default();
    for (index, local) in layer.local.iter().enumerate() {
        let record = top.item(&["local"], index, &local.id);
        check.id(&record, &local.id, &mut ids);
        if national_ids.contains(&*local.id) {
            let message = format!(
                "id {} is an id of the national data; a layer only adds records",
                shown(&local.id)
            );
            check.problem(&record, "id", message);
        }
        check.non_empty(&record, "name", &local.name);
        if let Some(area) = &local.area {
            check.non_empty(&record, "area", area);
        }
        if local.help.is_empty() {
            let kinds: Vec<&str> = Help::ALL.iter().map(|help| help.as_str()).collect();
            let message = format!("help needs at least one of: {}", kinds.join(", "));
            check.problem(&record, "help", message);
        }
        if let Some(description) = &local.description {
            check.text(&record, "description", description);
        }
        check.texts(&record, "languages", &local.languages);
        if let Some(hours) = &local.hours {
            check.text(&record, "hours", hours);
        }
        if let Some(source) = &local.source {
            check.url(&record, "source", source);
        }
        if local.means.is_empty() {
            let message = "means needs at least one entry ([[local.means]])".to_string();
            check.problem(&record, "means", message);
        }
        for (index, means) in local.means.iter().enumerate() {
            let record = record.item(&["means"], index, "");
            check.channel_value(&record, means.kind.into(), &means.value);
            if national_values.contains(&&*means.value) {
                let message = format!(
                    "value {} is a national number; 911 and the hotline come from the national data, never from a layer",
                    shown(&means.value)
                );
                check.problem(&record, "value", message);
            }
            if let Some(note) = &means.note {
                check.text(&record, "note", note);
            }
        }
    }
    check.finish()
}

/// Every id of the national data: its records' and its channels'.
pub fn national_ids(national: &Dataset) -> Ids<'_> {
    let report = &national.report;
    let channels = report
        .hotline
        .channels
        .iter()
        .chain(
            report
                .other_channels
                .iter()
                .flat_map(|other| other.channels.iter()),
        )
        .map(|channel| &*channel.id);
    channels
        .chain(report.other_channels.iter().map(|other| &*other.id))
        .chain(national.agencies.iter().map(|record| &*record.id))
        .chain(national.publications.iter().map(|record| &*record.id))
        .chain(national.videos.iter().map(|record| &*record.id))
        .chain(national.materials.iter().map(|record| &*record.id))
        .collect()
}

/// Collects problems up to a limit; each method checks one rule for one field.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    limit: usize,
    more_problems: usize,
    more_warnings: usize,
}

impl Checker {
    /// What was found, in the order found.
    fn finish(self) -> Findings {
        Findings {
            errors: self.problems,
            warnings: self.warnings,
            more_errors: self.more_problems,
            more_warnings: self.more_warnings,
        }
    }

    fn problem(&mut self, place: &Place<'_>, field: &'static str, message: String) {
        if self.problems.len() < self.limit {
            self.problems.push(Problem {
                record: place.record(),
                field,
                message,
            });
        } else {
            self.more_problems += 1;
        }
    }

    fn warning(&mut self, place: &Place<'_>, field: &'static str, message: String) {
        if self.warnings.len() < self.limit {
            self.warnings.push(Problem {
                record: place.record(),
                field,
                message,
            });
        } else {
            self.more_warnings += 1;
        }
    }

    fn non_empty(&mut self, record: &Place<'_>, field: &'static str, value: &Text) {
        if value.trim().is_empty() {
            self.problem(record, field, format!("{field} is empty"));
        }
        self.text(record, field, value);
    }

    /// A people-facing text's size, from its `length` and its `longest` word in characters:
    /// at most [`MAX_PROSE`] characters for a description or note, [`MAX_NAME`] for anything
    /// else, and no word longer than [`MAX_WORD`]. Beyond these a text is a mistake or an
    /// attack, and what shows it (wrapping, tables, a printed card) need not handle it.
    fn size(&mut self, record: &Place<'_>, field: &'static str, length: usize, longest: usize) {
        let limit = if PROSE_FIELDS.contains(&field) {
            MAX_PROSE
        } else {
            MAX_NAME
        };
        if length > limit {
            self.problem(
                record,
                field,
                format!("{field} is {length} characters long; it may be at most {limit}"),
            );
        }
        if longest > MAX_WORD {
            self.problem(
                record,
                field,
                format!(
                    "{field} has a word of {longest} characters; a word may be at most {MAX_WORD}"
                ),
            );
        }
    }

    /// A people-facing text: its size (see [`Checker::size`]); characters that could hide or
    /// fake what it says, or markup, are worth a warning. Every view shows them safely, so the
    /// file stays valid.
    fn text(&mut self, record: &Place<'_>, field: &'static str, value: &str) {
        // Most texts are short printable ASCII: a text of at most MAX_WORD bytes has neither a
        // word nor a length over the limits, and a byte scan says nothing needs a closer look.
        // A fold, not `all`: without the early exit the scan is vectorised, and nearly every
        // text is scanned to its end anyway (a large file's load spent a tenth of its time here).
        let plain = value.bytes().fold(true, |plain, byte| {
            plain & (b' '..=b'~').contains(&byte) & (byte != b'<')
        });
        if value.len() > MAX_WORD {
            // In printable ASCII the one whitespace is the space, and a character is a byte.
            let longest = match plain {
                true => value.split(' ').map(str::len).max(),
                false => value
                    .split(char::is_whitespace)
                    .map(|word| word.chars().count())
                    .max(),
            }
            .unwrap_or(0);
            let length = if plain {
                value.len()
            } else {
                value.chars().count()
            };
            self.size(record, field, length, longest);
        }
        if plain {
            return;
        }
        if let Some(c) = value.chars().find(|c| is_unsafe(*c)) {
            self.warning(
                record,
                field,
                format!(
                    "{field} holds a control, invisible or format character (U+{:04X}); it is shown as an escape, never obeyed",
                    c as u32
                ),
            );
        } else if value
            .char_indices()
            .any(|(index, _)| opens_markup(value, index))
        {
            self.warning(
                record,
                field,
                format!("{field} holds what looks like HTML markup; it is shown as text"),
            );
        }
    }

    fn texts(&mut self, record: &Place<'_>, field: &'static str, values: &[Text]) {
        for value in values {
            self.text(record, field, value);
        }
    }

    /// Ids are lowercase-kebab so they can be typed, and unique so a lookup finds one record.
    fn id<'d>(&mut self, record: &Place<'_>, id: &'d str, seen: &mut Ids<'d>) {
        if !is_kebab(id) {
            self.problem(
                record,
                "id",
                format!(
                    "id {} is not lowercase-kebab (a-z, 0-9, single '-')",
                    shown(id)
                ),
            );
        } else if id.len() > MAX_WORD {
            self.problem(
                record,
                "id",
                format!(
                    "id is {} characters long; it may be at most {MAX_WORD}",
                    id.len()
                ),
            );
        }
        if !seen.insert(id) {
            self.problem(record, "id", format!("id {} is used twice", shown(id)));
        }
    }

    /// A URL is `https://` and printable ASCII that a URI may hold: no space, control, format
    /// or non-ASCII character, so what is shown, copied and encoded in a QR code is one thing.
    fn url(&mut self, record: &Place<'_>, field: &'static str, url: &str) {
        let rest = url.strip_prefix("https://").unwrap_or("");
        // Bytes, not characters: a byte that is not ASCII is not a contact byte either way. A
        // table and a fold without early exit: a URL that fails is rare, and this ran on every
        // URL of a large file (33M instructions for 100,000 records, now 24M).
        let contact = url
            .bytes()
            .fold(true, |contact, byte| contact & is_contact_byte(byte));
        if rest.is_empty() || !contact {
            self.problem(
                record,
                field,
                format!(
                    "{field} {} is not a URL that starts with https:// and holds only ASCII letters, digits and URL punctuation",
                    shown(url)
                ),
            );
        } else if url.len() > MAX_URL {
            self.problem(
                record,
                field,
                format!(
                    "{field} is {} characters long; a URL may be at most {MAX_URL}",
                    url.len()
                ),
            );
        }
    }

    fn year(&mut self, record: &Place<'_>, field: &'static str, year: u16) {
        if !YEARS.contains(&year) {
            self.problem(
                record,
                field,
                format!(
                    "{field} has year {year}, not {}-{}",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }

    fn date(&mut self, record: &Place<'_>, field: &'static str, date: Date) {
        self.year(record, field, date.year);
    }

    fn phone(&mut self, record: &Place<'_>, field: &'static str, number: &str) {
        if !is_phone_number(number) {
            self.problem(
                record,
                field,
                format!(
                    "phone number {} is not 1-NNN-NNN-NNNN, NNN-NNN-NNNN or NNN",
                    shown(number)
                ),
            );
        }
    }

    /// A channel: its value by its kind, its keywords, its texts.
    fn channel(&mut self, record: &Place<'_>, channel: &crate::model::Channel) {
        self.channel_value(record, channel.kind, &channel.value);
        if let Some(vanity) = &channel.vanity {
            self.text(record, "vanity", vanity);
        }
        if let Some(note) = &channel.note {
            self.text(record, "note", note);
        }
        self.texts(record, "languages", &channel.languages);
        if !channel.keywords.is_empty() && channel.kind != ChannelKind::Text {
            self.problem(
                record,
                "keywords",
                "keywords are the words to text, so only a text channel has them".into(),
            );
        }
        for keyword in channel.keywords.iter() {
            let word = !keyword.is_empty()
                && keyword.len() <= 20
                && keyword.bytes().all(|b| b.is_ascii_alphanumeric());
            if !word {
                self.problem(
                    record,
                    "keywords",
                    format!(
                        "keyword {} is not one word of 1-20 ASCII letters or digits",
                        shown(keyword)
                    ),
                );
            }
        }
    }

    /// A channel's value is checked by its kind: a typo in a number must not reach a caller.
    fn channel_value(&mut self, record: &Place<'_>, kind: ChannelKind, value: &str) {
        match kind {
            ChannelKind::Phone | ChannelKind::Tty => self.phone(record, "value", value),
            ChannelKind::Text => {
                let short_code =
                    (5..=6).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
                if !short_code && !is_phone_number(value) {
                    self.problem(
                        record,
                        "value",
                        format!(
                            "text number {} is not a 5-6 digit short code or a phone number",
                            shown(value)
                        ),
                    );
                }
            }
            ChannelKind::Chat | ChannelKind::Online => self.url(record, "value", value),
            ChannelKind::Email => {
                let valid = value.len() <= MAX_NAME
                    && value.split_once('@').is_some_and(|(user, domain)| {
                        !user.is_empty()
                            && domain.contains('.')
                            && !domain.contains('@')
                            && value.chars().all(is_contact_char)
                    });
                if !valid {
                    self.problem(
                        record,
                        "value",
                        format!("email address {} is not user@domain", shown(value)),
                    );
                }
            }
        }
    }
}

/// The ids seen so far in one list. foldhash rather than std's SipHash: checking the ids of a
/// large file was a tenth of loading it, and foldhash is still seeded per process, so a
/// crafted file cannot aim for collisions.
pub type Ids<'d> = HashSet<&'d str, RandomState>;

/// A set for the ids of a list of `records`, sized once rather than grown by rehashing.
fn ids_for<'d>(records: usize) -> Ids<'d> {
    Ids::with_capacity_and_hasher(records, RandomState::default())
}

/// The fields that hold descriptions and notes, which may be longer than names.
const PROSE_FIELDS: [&str; 9] = [
    "facts_caveat",
    "notes",
    "when",
    "nature",
    "alerts",
    "purpose",
    "description",
    "date_note",
    "note",
];

/// A value as a message quotes it: at most 60 characters of it, so a huge value does not make
/// a huge message.
pub fn shown(value: &str) -> String {
    const SHOWN: usize = 60;
    match value.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{:?}...", &value[..cut]),
        None => format!("{value:?}"),
    }
}

/// `1-NNN-NNN-NNNN`, `NNN-NNN-NNNN`, or a three-digit short number such as 911 or 711.
pub fn is_phone_number(number: &str) -> bool {
    let groups: Vec<&str> = number.split('-').collect();
    let digits = |group: &str, count: usize| {
        group.len() == count && group.bytes().all(|b| b.is_ascii_digit())
    };
    match groups.as_slice() {
        [short] => digits(short, 3),
        [area, exchange, line] => digits(area, 3) && digits(exchange, 3) && digits(line, 4),
        ["1", area, exchange, line] => digits(area, 3) && digits(exchange, 3) && digits(line, 4),
        _ => false,
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    let bytes = id.as_bytes();
    // Every record has an id: one vectorised pass over the bytes, then the hyphens' places.
    let allowed = bytes.iter().fold(true, |allowed, &b| {
        allowed & (b.is_ascii_lowercase() | b.is_ascii_digit() | (b == b'-'))
    });
    allowed
        && bytes.first().is_some_and(|&b| b != b'-')
        && bytes.last().is_some_and(|&b| b != b'-')
        && !bytes.windows(2).any(|pair| pair == b"--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_in_the_three_published_shapes_pass() {
        for good in ["1-888-373-7888", "866-347-2423", "911", "711"] {
            assert!(is_phone_number(good), "{good}");
        }
        for bad in [
            "1-888-373-788",
            "1-888-3737-888",
            "2-888-373-7888",
            "1-888-DHS-2423",
            "9111",
            "",
            "1 888 373 7888",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }

    #[test]
    fn ids_must_be_lowercase_kebab() {
        assert!(is_kebab("ovc-ttac"));
        assert!(is_kebab("usg-efforts-report-2020"));
        for bad in ["OVC", "ovc--ttac", "-ovc", "ovc-", "ovc ttac", ""] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }

    #[test]
    fn the_byte_scan_for_kebab_ids_agrees_with_words_joined_by_hyphens() {
        // The rule as written: non-empty words of a-z and 0-9, joined by single hyphens.
        let by_words = |id: &str| {
            !id.is_empty()
                && id.split('-').all(|word| {
                    !word.is_empty() && word.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9'))
                })
        };
        // Every string of up to 6 characters over letters, digits, hyphens and look-alikes.
        let alphabet = ['a', 'z', '0', '9', '-', 'A', '_', ' ', 'é'];
        let mut ids = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = ids
                .iter()
                .filter(|id| id.chars().count() == ids.last().map_or(0, |l| l.chars().count()))
                .flat_map(|id| alphabet.iter().map(move |c| format!("{id}{c}")))
                .collect();
            ids.extend(longer);
        }
        assert_eq!(ids.len(), (0..=6).map(|n| 9_usize.pow(n)).sum::<usize>());
        for id in &ids {
            assert_eq!(is_kebab(id), by_words(id), "{id:?}");
        }
    }
}
