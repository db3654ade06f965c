//! Reading a dataset file at run time: `--data PATH`, `HTLOOKUP_DATA`, `htlookup validate PATH`.
//!
//! The same model (serde types) and the same rules ([`crate::validate`]) as the build script
//! uses for the embedded data, so a file that loads here would also build, and the other way
//! round. A data file is untrusted input: it may be huge, binary, deeply nested or wrong in
//! every field, and none of that may crash the tool or make it run long or take much memory.
//!
//! - A file is TOML, or JSON (what `export --format json` writes) when its name ends in
//!   `.json` or its text starts with `{`. UTF-8 only; a byte order mark is skipped, UTF-16 is
//!   refused in so many words.
//! - A valid file on disk is streamed record by record (TOML by `chunked`, JSON by
//!   `json_stream`); any other is read whole (at most [`MAX_FILE_SIZE`]) and, when it has
//!   problems, diagnosed record by record (`toml_file`, `json_file`).
//! - Every problem comes back located (`PATH:LINE:COLUMN`, columns in characters), in file
//!   order; at most the number asked for are listed and the rest are counted ([`Problems`]),
//!   and only listed ones are located, in one pass ([`crate::position`]).

use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::chunked::{ReaderPieces, TextPieces};
use crate::json_file::{self, JsonPlaces};
use crate::json_stream;
use crate::layer::Layer;
use crate::model::Dataset;
use crate::position::Lines;
use crate::text_file::{self, Unreadable};
use crate::toml_file::{self, Diagnosis, TomlPlaces};
use crate::validate::{Problem, Segment, check_layer, check_up_to};

/// Files larger than this are refused before they are read: a dataset is a few hundred
/// kilobytes, and 64 MiB leaves room for a very large local one.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be used.
    #[default]
    Error,
    /// The file can be used, but something in it deserves a look (suspicious text, a changed
    /// national number).
    Warning,
}

/// One problem with a data file, with where it is.
///
/// JSON keys (`validate --format json`): `path`, `line`, `column`, `record`, `field`,
/// `message`, `severity` (`error` or `warning`); `line` and `column` count from 1 and are
/// null where a problem has no place (an unreadable file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// 1-based column (in characters), where known.
    pub column: Option<usize>,
    /// The record a rule problem is about (`publications[national-strategy]`).
    pub record: Option<String>,
    /// The field a rule problem is about (`month`).
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// Whether it makes the file unusable.
    pub severity: Severity,
}

impl fmt::Display for Diagnostic {
    /// `PATH:LINE:COLUMN: message` for problems of form (syntax, unknown field, wrong type);
    /// `PATH:LINE: record: message` for broken rules; `PATH: message` where there is no place.
    /// A warning's message starts with `warning: `.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self.severity {
            Severity::Error => std::borrow::Cow::Borrowed(self.message.as_str()),
            Severity::Warning => std::borrow::Cow::Owned(format!("warning: {}", self.message)),
        };
        let message = &message;
        match (self.line, self.column, &self.record) {
            (Some(line), _, Some(record)) => {
                write!(f, "{}:{line}: {record}: {message}", self.path)
            }
            (Some(line), Some(column), None) => {
                write!(f, "{}:{line}:{column}: {message}", self.path)
            }
            (Some(line), None, None) => write!(f, "{}:{line}: {message}", self.path),
            (None, _, _) => write!(f, "{}: {message}", self.path),
        }
    }
}

/// The problems of a file: the first ones, located and in file order, and how many more
/// were found but not listed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// The problems listed, at most the number asked for.
    pub listed: Vec<Diagnostic>,
    /// How many more there are.
    pub unlisted: usize,
}

impl Problems {
    /// How many problems there are in all.
    pub fn count(&self) -> usize {
        self.listed.len() + self.unlisted
    }

    fn one(diagnostic: Diagnostic) -> Self {
        Problems {
            listed: vec![diagnostic],
            unlisted: 0,
        }
    }
}

/// The bytes some editors write at the start of a UTF-8 file; not part of the text.
pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Which syntax a data file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// TOML, as `resources.toml` and `export` write it.
    Toml,
    /// JSON, as `export --format json` writes it.
    Json,
}

impl Syntax {
    /// JSON when the file's name ends in `.json` or its text starts with `{` (a TOML file
    /// cannot); TOML otherwise.
    pub fn of(path: Option<&Path>, text: &[u8]) -> Syntax {
        let named_json = path
            .and_then(Path::extension)
            .is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
        let text = text.strip_prefix(UTF8_BOM).unwrap_or(text);
        let first = text.iter().find(|byte| !byte.is_ascii_whitespace());
        if named_json || first == Some(&b'{') {
            Syntax::Json
        } else {
            Syntax::Toml
        }
    }
}

/// A problem of form (syntax, type, unknown field), with the byte offset it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Form {
    /// Where in the text.
    pub offset: usize,
    /// What is wrong, on one line.
    pub message: String,
}

/// Where the problems of the rules are in a file, found only for the problems listed.
pub(crate) trait Places {
    /// Where the record (or section) at `path` starts: cheap, to order problems.
    fn record_start(&self, path: &[Segment]) -> usize;
    /// Where `field` of the record at `path` is, or the deepest part of the path found.
    fn field(&self, path: &[Segment], field: &str) -> Option<usize>;
}

/// Reads, parses and validates the dataset file at `path`, listing at most `limit` problems.
pub fn load_file(path: &Path, limit: usize) -> Result<Dataset, Problems> {
    let label = path.display().to_string();
    let valid = |dataset: &Dataset| check_up_to(dataset, 1).errors.is_empty();
    let found = match stream(path, limit) {
        Some(Streamed::Toml(diagnosis)) => match diagnosis.dataset {
            Some(dataset) if diagnosis.clean && valid(&dataset) => return Ok(dataset),
            _ => Found::Toml(Box::new(diagnosis)),
        },
        Some(Streamed::Json(Some(dataset))) if valid(&dataset) => return Ok(dataset),
        Some(Streamed::Json(Some(dataset))) => Found::Json(Box::new(dataset)),
        Some(Streamed::Json(None)) | None => Found::Nothing,
    };
    // Read again, whole, to place the problems (or to read what could not be streamed).
    let text = read_text(&label, path).map_err(|diagnostic| Problems::one(*diagnostic))?;
    let syntax = Syntax::of(Some(path), text.as_bytes());
    from_text(&label, &text, syntax, limit, found)
}

/// Parses and validates dataset text (TOML, or JSON when it starts with `{`); `label` names
/// it in every diagnostic, and at most `limit` problems are listed.
pub fn parse(label: &str, text: &str, limit: usize) -> Result<Dataset, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    from_text(
        label,
        text,
        Syntax::of(None, text.as_bytes()),
        limit,
        Found::Nothing,
    )
}

/// What reading the same file by pieces already found, for the reading of its whole text.
enum Found {
    /// Nothing: the text was not streamed, or streaming gave up.
    Nothing,
    /// A TOML file's pieces: its records and its problems of form.
    Toml(Box<Diagnosis>),
    /// A well-formed JSON file's dataset, read a record at a time (it breaks a rule): only
    /// the places of its problems are still to be found.
    Json(Box<Dataset>),
}

/// What `parse` does once the text is known, told what streaming the same file `found`.
fn from_text(
    label: &str,
    text: &str,
    syntax: Syntax,
    limit: usize,
    found: Found,
) -> Result<Dataset, Problems> {
    match syntax {
        Syntax::Toml => {
            let streamed = match found {
                Found::Toml(diagnosis) => Some(*diagnosis),
                _ => None,
            };
            let diagnosis =
                streamed.or_else(|| toml_file::diagnose(&mut TextPieces::new(text), limit));
            let Some(diagnosis) = diagnosis else {
                // Text in memory is UTF-8 and always cut: this does not happen.
                return Err(Problems::one(whole_file(
                    label,
                    "cannot be read".to_string(),
                )));
            };
            if diagnosis.clean
                && let Some(dataset) = diagnosis.dataset
            {
                let places = TomlPlaces::Pieces {
                    text,
                    origins: diagnosis.origins,
                };
                return checked(label, text, dataset, limit, &places);
            }
            if let Some((dataset, root)) = toml_file::whole(text) {
                return checked(label, text, dataset, limit, &TomlPlaces::Whole { root });
            }
            let places = TomlPlaces::Pieces {
                text,
                origins: diagnosis.origins,
            };
            Err(problems_of(
                label,
                text,
                (diagnosis.form, diagnosis.unlisted),
                diagnosis.dataset.as_ref(),
                &places,
                limit,
            ))
        }
        Syntax::Json => {
            // A well-formed file has no problem of form: what is left are the rules', placed
            // by where each record is in its list (every record loaded).
            let straight = match found {
                Found::Json(dataset) => Some(*dataset),
                _ => json_file::well_formed(text),
            };
            if let Some(dataset) = straight {
                return checked(label, text, dataset, limit, &JsonPlaces::of(text));
            }
            let diagnosis = json_file::diagnose(text, limit);
            let form = (diagnosis.form, diagnosis.unlisted);
            match (&diagnosis.places, diagnosis.dataset) {
                (Some(places), Some(dataset)) if form.0.is_empty() && form.1 == 0 => {
                    checked(label, text, dataset, limit, places)
                }
                (Some(places), dataset) => Err(problems_of(
                    label,
                    text,
                    form,
                    dataset.as_ref(),
                    places,
                    limit,
                )),
                (None, _) => Err(problems_of(label, text, form, None, &NoPlaces, limit)),
            }
        }
    }
}

/// A file whose records all loaded: valid, or the problems of the rules.
fn checked(
    label: &str,
    text: &str,
    dataset: Dataset,
    limit: usize,
    places: &dyn Places,
) -> Result<Dataset, Problems> {
    let findings = check_up_to(&dataset, limit);
    if findings.errors.is_empty() {
        return Ok(dataset);
    }
    Err(listed(
        label,
        text,
        Vec::new(),
        (findings.errors, findings.more_errors),
        places,
        limit,
        Severity::Error,
    ))
}

/// The problems of a file that did not load whole: those of form, and those of the rules in
/// the records that did load.
fn problems_of(
    label: &str,
    text: &str,
    (form, unlisted_form): (Vec<Form>, usize),
    dataset: Option<&Dataset>,
    places: &dyn Places,
    limit: usize,
) -> Problems {
    let (rules, unlisted_rules) = match dataset {
        Some(dataset) => {
            let findings = check_up_to(dataset, limit);
            (findings.errors, findings.more_errors)
        }
        None => (Vec::new(), 0),
    };
    let mut problems = listed(
        label,
        text,
        form,
        (rules, unlisted_rules),
        places,
        limit,
        Severity::Error,
    );
    problems.unlisted += unlisted_form;
    problems
}

/// No places known (a JSON file whose top level did not parse): everything at the top.
struct NoPlaces;

impl Places for NoPlaces {
    fn record_start(&self, _: &[Segment]) -> usize {
        0
    }
    fn field(&self, _: &[Segment], _: &str) -> Option<usize> {
        None
    }
}

/// One problem on its way to being listed.
enum Pending {
    Form(String),
    Rule(Problem),
}

/// The first `limit` of `form` and `rules` in file order, located; the rest counted. Rules are
/// ordered by where their record starts (no parsing), and only the listed ones are placed
/// exactly, so a file with a problem in every record costs one pass.
fn listed(
    label: &str,
    text: &str,
    form: Vec<Form>,
    (rules, unlisted_rules): (Vec<Problem>, usize),
    places: &dyn Places,
    limit: usize,
    severity: Severity,
) -> Problems {
    let mut pending: Vec<(usize, Pending)> = form
        .into_iter()
        .map(|form| (form.offset, Pending::Form(form.message)))
        .chain(rules.into_iter().map(|problem| {
            let start = places.record_start(&problem.record.path);
            (start, Pending::Rule(problem))
        }))
        .collect();
    pending.sort_by_key(|(offset, _)| *offset);
    let unlisted = pending.len().saturating_sub(limit) + unlisted_rules;
    pending.truncate(limit);
    for (offset, item) in &mut pending {
        if let Pending::Rule(problem) = item
            && let Some(exact) = places.field(&problem.record.path, problem.field)
        {
            *offset = exact;
        }
    }
    pending.sort_by_key(|(offset, _)| *offset);
    let mut lines = Lines::new(text);
    let listed = pending
        .into_iter()
        .map(|(offset, item)| {
            let (line, column) = lines.position(offset);
            let (record, field, message) = match item {
                Pending::Form(message) => (None, None, message),
                Pending::Rule(problem) => (
                    Some(problem.record.label),
                    Some(problem.field.to_string()),
                    problem.message,
                ),
            };
            Diagnostic {
                path: label.to_string(),
                line: Some(line),
                column: Some(column),
                record,
                field,
                message,
                severity,
            }
        })
        .collect();
    Problems { listed, unlisted }
}

/// What reading a regular file by pieces, so that its text is never in memory whole, found.
enum Streamed {
    /// A TOML file, read a piece at a time: its records and its problems of form.
    Toml(Diagnosis),
    /// A JSON file, read a record at a time: its dataset when it is well formed (`None` says
    /// nothing about its problems: the file is read whole to find them).
    Json(Option<Dataset>),
}

/// What reading a regular file of at most [`MAX_FILE_SIZE`] bytes by pieces found; `None` when
/// that does not apply (a pipe or device, which cannot be read twice, an oversized or
/// unreadable file, a TOML piece too large to stream, bytes that are not UTF-8).
fn stream(path: &Path, limit: usize) -> Option<Streamed> {
    let file = std::fs::File::open(path).ok()?;
    let metadata = file.metadata().ok()?;
    if !metadata.is_file() || metadata.len() > MAX_FILE_SIZE {
        return None;
    }
    let mut reader = std::io::BufReader::with_capacity(64 * 1024, file.take(MAX_FILE_SIZE + 1));
    let start = std::io::BufRead::fill_buf(&mut reader).ok()?;
    let streamed = match Syntax::of(Some(path), start) {
        Syntax::Json => Streamed::Json(json_stream::well_formed(&mut reader)),
        Syntax::Toml => Streamed::Toml(toml_file::diagnose(
            &mut ReaderPieces::new(&mut reader),
            limit,
        )?),
    };
    // A file that grew past the limit while being read is left to `read_text` to refuse.
    (reader.get_ref().limit() > 0).then_some(streamed)
}

/// Reads at most [`MAX_FILE_SIZE`] bytes of UTF-8 text, without a byte order mark
/// ([`text_file::read`]), each failure said for a dataset file.
fn read_text(label: &str, path: &Path) -> Result<String, Box<Diagnostic>> {
    text_file::read(path, MAX_FILE_SIZE).map_err(|unreadable| unreadable_file(label, unreadable))
}

/// Why a dataset file's text could not be had, as its one diagnostic.
fn unreadable_file(label: &str, unreadable: Unreadable) -> Box<Diagnostic> {
    let message = match &unreadable {
        Unreadable::Open(error) => format!("cannot open: {error}"),
        Unreadable::Directory => "is a directory, not a dataset file".to_string(),
        Unreadable::TooLarge => {
            format!("is larger than 64 MiB ({MAX_FILE_SIZE} bytes), the most a dataset file may be")
        }
        Unreadable::Read(error) => format!("cannot read: {error}"),
        Unreadable::Utf16 => {
            "is UTF-16 text; a dataset file must be UTF-8 (save it as UTF-8 and try again)"
                .to_string()
        }
        Unreadable::NotUtf8 { .. } => {
            "not UTF-8 text; a dataset file is UTF-8 TOML or JSON".to_string()
        }
    };
    let (line, column) = match unreadable {
        Unreadable::NotUtf8 { line, column } => (Some(line), Some(column)),
        _ => (None, None),
    };
    Box::new(Diagnostic {
        line,
        column,
        ..whole_file(label, message)
    })
}

/// A diagnostic about the file as a whole (it cannot be opened, read or decoded).
fn whole_file(label: &str, message: String) -> Diagnostic {
    Diagnostic {
        path: label.to_string(),
        line: None,
        column: None,
        record: None,
        field: None,
        message,
        severity: Severity::Error,
    }
}

/// Warnings about the valid dataset file at `path` (suspicious text, changed national
/// numbers), located like every other diagnostic and at most `limit` of them listed. The file
/// is read again for their places: only `validate` asks, and only when there are warnings.
pub fn locate_warnings(path: &Path, problems: &[Problem], limit: usize) -> Problems {
    let label = path.display().to_string();
    // A file that cannot be read again (it changed since) gets its warnings at the top.
    let text = read_text(&label, path).unwrap_or_default();
    let places: Box<dyn Places + '_> = match Syntax::of(Some(path), text.as_bytes()) {
        Syntax::Json => Box::new(JsonPlaces::of(&text)),
        Syntax::Toml => match toml_file::diagnose(&mut TextPieces::new(&text), 0) {
            Some(diagnosis) if diagnosis.clean => Box::new(TomlPlaces::Pieces {
                text: &text,
                origins: diagnosis.origins,
            }),
            _ => match toml_file::whole(&text) {
                Some((_, root)) => Box::new(TomlPlaces::Whole { root }),
                None => Box::new(NoPlaces),
            },
        },
    };
    let warnings = (problems.to_vec(), 0);
    listed(
        &label,
        &text,
        Vec::new(),
        warnings,
        places.as_ref(),
        limit,
        Severity::Warning,
    )
}

/// A local layer that loaded, with the warnings its text deserves (control or format
/// characters, markup), located; `validate` lists them, other commands show the text safely.
#[derive(Debug)]
pub struct LoadedLayer {
    /// What the layer holds.
    pub layer: Layer,
    /// Its warnings, the first `limit` listed.
    pub warnings: Problems,
}

/// The most a local layer file may be: a layer is a county's contacts, and it is read whole.
pub const MAX_LAYER_SIZE: usize = toml_file::MAX_PIECE;

/// Reads, parses and checks the local layer at `path` (see [`crate::layer`]) against the
/// national data it is added to, listing at most `limit` problems.
pub fn load_layer_file(
    path: &Path,
    national: &Dataset,
    limit: usize,
) -> Result<LoadedLayer, Problems> {
    let label = path.display().to_string();
    let text = read_text(&label, path).map_err(|diagnostic| Problems::one(*diagnostic))?;
    if text.len() > MAX_LAYER_SIZE {
        return Err(Problems::one(whole_file(
            &label,
            format!(
                "is {} bytes; a local layer may be at most 1 MiB ({MAX_LAYER_SIZE} bytes)",
                text.len()
            ),
        )));
    }
    let syntax = Syntax::of(Some(path), text.as_bytes());
    layer_from_text(&label, &text, syntax, national, limit)
}

/// Parses and checks layer text (TOML, or JSON when it starts with `{`); `label` names it in
/// every diagnostic.
pub fn parse_layer(
    label: &str,
    text: &str,
    national: &Dataset,
    limit: usize,
) -> Result<LoadedLayer, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    layer_from_text(
        label,
        text,
        Syntax::of(None, text.as_bytes()),
        national,
        limit,
    )
}

/// Whether a file's text is a local layer rather than a dataset: it has `[[local]]` tables
/// (or, in JSON, a top-level `local` list) and no `report`. `validate` checks it as one.
pub fn is_layer(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim_start);
    match Syntax::of(None, text.as_bytes()) {
        Syntax::Toml => lines.any(|line| line.starts_with("[[local]]")),
        Syntax::Json => serde_json::from_str::<LayerKeys>(text)
            .is_ok_and(|keys| keys.local.is_some() && keys.report.is_none()),
    }
}

/// The top-level keys that tell a JSON layer from a JSON dataset.
#[derive(serde::Deserialize)]
struct LayerKeys<'a> {
    #[serde(borrow)]
    local: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow)]
    report: Option<&'a serde_json::value::RawValue>,
}

fn layer_from_text(
    label: &str,
    text: &str,
    syntax: Syntax,
    national: &Dataset,
    limit: usize,
) -> Result<LoadedLayer, Problems> {
    let form = |form: Form| {
        listed(
            label,
            text,
            vec![form],
            (Vec::new(), 0),
            &NoPlaces,
            limit,
            Severity::Error,
        )
    };
    let root = match syntax {
        Syntax::Toml => match toml::de::DeTable::parse(text) {
            Ok(table) => {
                let span = table.span();
                toml::Spanned::new(span, toml::de::DeValue::Table(table.into_inner()))
            }
            Err(error) => {
                let offset = error.span().map_or(0, |span| span.start);
                let message = toml_file::message_of(&error);
                return Err(form(Form { offset, message }));
            }
        },
        Syntax::Json => json_file::JsonFile::whole(text).map_err(form)?,
    };
    let layer: Layer = match toml_file::from_value(root.clone()) {
        Ok(layer) => layer,
        Err(error) => {
            let offset = error.span().map_or(0, |span| span.start);
            let message = toml_file::message_of(&error);
            return Err(form(Form { offset, message }));
        }
    };
    let findings = check_layer(&layer, national, limit);
    let places = ValuePlaces { root };
    if findings.errors.is_empty() {
        let mut warnings = listed(
            label,
            text,
            Vec::new(),
            (findings.warnings, 0),
            &places,
            limit,
            Severity::Warning,
        );
        warnings.unlisted += findings.more_warnings;
        return Ok(LoadedLayer { layer, warnings });
    }
    Err(listed(
        label,
        text,
        Vec::new(),
        (findings.errors, findings.more_errors),
        &places,
        limit,
        Severity::Error,
    ))
}

/// Places in a file read whole into one value tree (a local layer, TOML or JSON).
struct ValuePlaces<'t> {
    root: toml::Spanned<toml::de::DeValue<'t>>,
}

impl Places for ValuePlaces<'_> {
    fn record_start(&self, path: &[Segment]) -> usize {
        toml_file::span_in(&self.root, path, None).map_or(0, |span| span.start)
    }

    fn field(&self, path: &[Segment], field: &str) -> Option<usize> {
        toml_file::span_in(&self.root, path, Some(field)).map(|span| span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a file's bytes ([`text_file::decode`]), each failure said as for a dataset
    /// file.
    fn decode(label: &str, bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
        text_file::decode(bytes).map_err(|unreadable| unreadable_file(label, unreadable))
    }

    const GOOD: &str = include_str!("../../../resources.toml");

    fn messages(text: &str) -> Vec<String> {
        match parse("data.toml", text, usize::MAX) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.listed.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_shipped_resources_load_and_equal_the_embedded_data() {
        let loaded = parse("resources.toml", GOOD, usize::MAX).expect("resources.toml is valid"); // ok: test code
        assert_eq!(&loaded, crate::tests::resources());
    }

    #[test]
    fn many_problems_are_counted_and_only_the_first_listed() {
        // Every publication with a bad month: thousands of problems, a bounded list.
        let text = GOOD.replace("month = 1\n", "month = 13\n");
        let bad = text.matches("month = 13\n").count();
        assert!(bad >= 2, "{bad}");
        let problems = parse("data.toml", &text, 1).expect_err("bad months");
        assert_eq!((problems.listed.len(), problems.count()), (1, bad));
        // The same for problems of form, found piece by piece.
        let text = GOOD.replace("year = ", "yaer = ");
        let all = parse("data.toml", &text, usize::MAX).expect_err("misspelt keys");
        let few = parse("data.toml", &text, 3).expect_err("misspelt keys");
        assert_eq!((few.listed.len(), few.count()), (3, all.count()));
        assert!(all.count() > 10, "{}", all.count());
    }

    #[test]
    fn a_part_larger_than_a_mebibyte_is_refused_and_its_start_looked_at() {
        // 2 MiB of lines that are not TOML, with no record header: the toml crate is given
        // the first MiB only, and the list stays bounded.
        let garbage = "!\n".repeat(1024 * 1024);
        let problems = parse("garbage.toml", &garbage, 5).expect_err("not a dataset");
        assert_eq!(problems.listed.len(), 5);
        assert!(
            problems.listed[0].to_string().starts_with(
                "garbage.toml:1:1: the part before the first [[record]] is 2097152 bytes"
            ),
            "{}",
            problems.listed[0]
        );
        // About a line's problem for each line of the first MiB, not of the whole file.
        assert!(
            (500_000..600_000).contains(&problems.count()),
            "{}",
            problems.count()
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let text = format!("\u{feff}{GOOD}").replacen("[meta]\n", "[meta]\nbad = 1\n", 1);
        let found = messages(&text);
        let line = text
            .lines()
            .position(|l| l == "bad = 1")
            .map_or(0, |i| i + 1);
        assert!(
            found[0].starts_with(&format!("data.toml:{line}:1: unknown field `bad`")),
            "{found:?}"
        );
        let first_line = format!("\u{feff}x = \"unterminated\n{GOOD}");
        // Column 18 is the line's end, counted from the `x` (the mark is not a character of it).
        assert!(
            messages(&first_line)[0].starts_with("data.toml:1:18:"),
            "{:?}",
            messages(&first_line)
        );
    }

    #[test]
    fn utf16_is_named_and_other_bytes_are_located() {
        let utf16 = decode("x.toml", b"\xff\xfe[\0m\0".to_vec()).expect_err("UTF-16");
        assert_eq!(
            utf16.to_string(),
            "x.toml: is UTF-16 text; a dataset file must be UTF-8 (save it as UTF-8 and try again)"
        );
        let latin1 = decode("x.toml", b"a = 1\nb = \"caf\xe9\"".to_vec()).expect_err("Latin-1");
        assert_eq!(
            latin1.to_string(),
            "x.toml:2:9: not UTF-8 text; a dataset file is UTF-8 TOML or JSON"
        );
        assert_eq!(
            decode("x.toml", b"\xef\xbb\xbfa".to_vec()).ok().as_deref(),
            Some("a")
        );
    }

    #[test]
    fn json_loads_to_the_same_data_and_places_problems_at_their_values() {
        let json = serde_json::to_string_pretty(crate::tests::resources()).expect("JSON");
        assert_eq!(
            parse("data.json", &json, 5).as_ref(),
            Ok(crate::tests::resources())
        );
        let messages = |text: &str| -> Vec<String> {
            parse("data.json", text, 5)
                .expect_err("a problem")
                .listed
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let line_of = |text: &str, needle: &str| {
            text.lines()
                .position(|l| l.contains(needle))
                .map_or(0, |i| i + 1)
        };
        let bad_month = json.replacen("\"month\": 1,", "\"month\": 13,", 1);
        let line = line_of(&bad_month, "\"month\": 13,");
        let found = messages(&bad_month);
        assert!(
            found[0].starts_with(&format!("data.json:{line}: publications["))
                && found[0].ends_with("month 13 is not 1-12"),
            "{found:?}"
        );
        // A wrong type is placed at the value itself: `"2022"` starts at column 15.
        let bad_year = json.replacen("\"year\": 2022", "\"year\": \"2022\"", 1);
        let line = line_of(&bad_year, "\"year\": \"2022\"");
        assert_eq!(
            messages(&bad_year),
            [format!(
                "data.json:{line}:15: invalid type: string \"2022\", expected u16"
            )]
        );
    }

    #[test]
    fn a_broken_rule_names_the_line_record_and_field() {
        let text = GOOD.replacen("month = 1\n", "month = 13\n", 1);
        let line = text
            .lines()
            .position(|line| line == "month = 13")
            .map(|index| index + 1);
        assert_eq!(
            messages(&text),
            [format!(
                "data.toml:{}: publications[national-strategy]: month 13 is not 1-12",
                line.unwrap_or(0)
            )]
        );
    }

    #[test]
    fn every_misspelt_key_is_reported_with_line_and_column() {
        let text =
            GOOD.replacen("parent = ", "parnet = ", 1)
                .replacen("producer = ", "prodcuer = ", 1);
        let found = messages(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("unknown field `parnet`"), "{found:?}");
        assert!(found[1].contains("unknown field `prodcuer`"), "{found:?}");
        let parnet_line = text
            .lines()
            .position(|l| l.starts_with("parnet"))
            .map(|i| i + 1);
        assert!(
            found[0].starts_with(&format!("data.toml:{}:1: ", parnet_line.unwrap_or(0))),
            "{found:?}"
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let found = messages("[meta]\ntitle = \"unterminated\n");
        assert!(!found.is_empty());
        assert!(found[0].starts_with("data.toml:2:"), "{found:?}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let depth = 100_000;
        let text = format!("x = {}{}", "[".repeat(depth), "]".repeat(depth));
        let found = messages(&text);
        assert!(!found.is_empty());
        assert!(
            found.iter().any(|m| m.contains("max recursion depth")),
            "{found:?}"
        );
    }
}
