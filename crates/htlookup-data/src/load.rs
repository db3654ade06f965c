//! Reading a dataset file at run time: `--data PATH`, `HTLOOKUP_DATA`, `htlookup validate PATH`.
//!
//! The same model (serde types) and the same rules (`validate`) as `build.rs` uses for the
//! embedded data, so a file that loads here would also build, and the other way round. A data
//! file is untrusted input: it may be huge, binary, deeply nested or wrong in every field, and
//! none of that may crash the tool. Every problem comes back located (`PATH:LINE:COLUMN`) so a
//! maintainer can jump to it.

use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::model::{Agency, Dataset, Material, Meta, Publication, Report, Video};
use crate::validate::{Problem, Segment, validate};

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

/// Reads, parses and validates the dataset file at `path`.
///
/// A regular file in the usual layout is streamed record by record (`stream`); anything
/// else, and any file with a problem, is read whole and parsed by [`parse`], which locates
/// every problem. (A file changed between the two reads is reported as it is on the second.)
pub fn load_file(path: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    if let Some(dataset) = stream(path)
        && validate(&dataset).is_empty()
    {
        return Ok(dataset);
    }
    let label = path.display().to_string();
    let text = read_text(&label, path).map_err(|diagnostic| vec![*diagnostic])?;
    parse(&label, &text)
}

/// The dataset in a regular file of at most [`MAX_FILE_SIZE`] bytes, read a piece at a time
/// so that its text is never in memory whole; `None` when that fast path does not apply (a
/// pipe or device, which cannot be read twice, an oversized or unreadable file, an irregular
/// layout or any error).
fn stream(path: &Path) -> Option<Dataset> {
    let file = std::fs::File::open(path).ok()?;
    let metadata = file.metadata().ok()?;
    if !metadata.is_file() || metadata.len() > MAX_FILE_SIZE {
        return None;
    }
    let mut reader = std::io::BufReader::new(file.take(MAX_FILE_SIZE + 1));
    let dataset = crate::chunked::parse_reader(&mut reader)?;
    // A file that grew past the limit while being read is left to `read_text` to refuse.
    (reader.get_ref().limit() > 0).then_some(dataset)
}

/// Reads at most [`MAX_FILE_SIZE`] bytes of UTF-8 text. The size is checked before reading
/// and again while reading, so neither a large file nor an endless one (`/dev/zero`) is
/// read whole.
fn read_text(label: &str, path: &Path) -> Result<String, Box<Diagnostic>> {
    let fail = |message: String| Box::new(whole_file(label, message));
    let file = std::fs::File::open(path).map_err(|error| fail(format!("cannot open: {error}")))?;
    let too_large = || {
        fail(format!(
            "is larger than 64 MiB ({MAX_FILE_SIZE} bytes), the most a dataset file may be"
        ))
    };
    let mut expected = 0;
    if let Ok(metadata) = file.metadata() {
        if metadata.is_dir() {
            return Err(fail("is a directory, not a dataset file".to_string()));
        }
        if metadata.len() > MAX_FILE_SIZE {
            return Err(too_large());
        }
        expected = metadata.len();
    }
    // Sized from the file's length (at most 64 MiB, checked above), so reading does not grow
    // the buffer by doubling to up to twice the file's size.
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0) + 1);
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| fail(format!("cannot read: {error}")))?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let (line, column) = line_and_column(&text, text.len());
        Box::new(Diagnostic {
            line: Some(line),
            column: Some(column),
            ..*fail("not UTF-8 text; a dataset file is TOML".to_string())
        })
    })
}

/// Parses and validates dataset text; `label` names it in every diagnostic.
pub fn parse(label: &str, text: &str) -> Result<Dataset, Vec<Diagnostic>> {
    if let Some(dataset) = crate::chunked::parse(text) {
        let problems = validate(&dataset);
        return if problems.is_empty() {
            Ok(dataset)
        } else {
            Err(rule_problems(label, text, &problems))
        };
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|error| form_problem(label, text, error))
            .collect());
    }
    let dataset = match Dataset::deserialize(toml::de::Deserializer::from(root)) {
        Ok(dataset) => dataset,
        Err(error) => return Err(shape_problems(label, text, &error)),
    };
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(rule_problems(label, text, &problems))
    }
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

/// A syntax, type or unknown-field problem, located by the parser's span.
fn form_problem(label: &str, text: &str, error: &toml::de::Error) -> Diagnostic {
    let (line, column) = match error.span() {
        Some(span) => {
            let (line, column) = line_and_column(text, span.start);
            (Some(line), Some(column))
        }
        None => (Some(1), Some(1)),
    };
    Diagnostic {
        path: label.to_string(),
        line,
        column,
        record: None,
        field: None,
        message: error.message().trim_end().replace('\n', " "),
        severity: Severity::Error,
    }
}

/// serde stops at the first problem of form; to report every one, each top-level section and
/// each record is checked on its own. The records that do load are then checked against the
/// rules too, so one run lists every problem it can. Only runs when the file already failed,
/// so a good file is parsed once.
fn shape_problems(label: &str, text: &str, first: &toml::de::Error) -> Vec<Diagnostic> {
    let (root, _) = DeTable::parse_recoverable(text);
    let table = root.get_ref();
    let mut errors = Vec::new();
    let meta = load_one::<Meta>(table.get("meta"), &mut errors);
    let report = load_one::<Report>(table.get("report"), &mut errors);
    let agencies = load_each::<Agency>(table.get("agencies"), &mut errors);
    let publications = load_each::<Publication>(table.get("publications"), &mut errors);
    let videos = load_each::<Video>(table.get("videos"), &mut errors);
    let materials = load_each::<Material>(table.get("materials"), &mut errors);
    let mut diagnostics: Vec<Diagnostic> = SECTIONS
        .iter()
        .filter(|section| table.get(**section).is_none())
        .map(|section| Diagnostic {
            line: Some(1),
            column: Some(1),
            ..whole_file(label, format!("missing field `{section}`"))
        })
        .collect();
    diagnostics.extend(errors.iter().map(|error| form_problem(label, text, error)));
    let whole = form_problem(label, text, first);
    if !diagnostics.contains(&whole) {
        diagnostics.push(whole);
    }
    if let (Some(meta), Some(report)) = (meta, report) {
        let partial = Dataset {
            meta,
            report,
            agencies: agencies.records.into(),
            publications: publications.records.into(),
            videos: videos.records.into(),
            materials: materials.records.into(),
        };
        let file_index = [
            ("agencies", agencies.file_index),
            ("publications", publications.file_index),
            ("videos", videos.file_index),
            ("materials", materials.file_index),
        ];
        let mut problems = validate(&partial);
        for problem in &mut problems {
            // Skipped records shift the loaded ones: point back at their place in the file.
            if let [Segment::Key(key), Segment::Index(index), ..] =
                problem.record.path.as_mut_slice()
            {
                let found = file_index.iter().find(|(name, _)| name == key);
                if let Some(original) = found.and_then(|(_, map)| map.get(*index)) {
                    *index = *original;
                }
            }
        }
        diagnostics.extend(rule_problems(label, text, &problems));
    }
    diagnostics.sort_by_key(|diagnostic| (diagnostic.line, diagnostic.column));
    diagnostics
}

/// The top-level sections every dataset has, in file order.
const SECTIONS: [&str; 6] = [
    "meta",
    "report",
    "agencies",
    "publications",
    "videos",
    "materials",
];

/// The records of one array that loaded, with each one's position in the file.
struct Loaded<T> {
    records: Vec<T>,
    file_index: Vec<usize>,
}

fn load_one<T: DeserializeOwned>(
    value: Option<&Spanned<DeValue<'_>>>,
    errors: &mut Vec<toml::de::Error>,
) -> Option<T> {
    // A missing section is reported by the whole-document error.
    let value = value?;
    T::deserialize(ValueDeserializer::from(value.clone()))
        .map_err(|error| errors.push(error))
        .ok()
}

fn load_each<T: DeserializeOwned>(
    value: Option<&Spanned<DeValue<'_>>>,
    errors: &mut Vec<toml::de::Error>,
) -> Loaded<T> {
    let mut loaded = Loaded {
        records: Vec::new(),
        file_index: Vec::new(),
    };
    match value.map(Spanned::get_ref) {
        Some(DeValue::Array(items)) => {
            for (index, item) in items.iter().enumerate() {
                if let Some(record) = load_one::<T>(Some(item), errors) {
                    loaded.records.push(record);
                    loaded.file_index.push(index);
                }
            }
        }
        Some(_) => {
            load_one::<Vec<T>>(value, errors);
        }
        None => {}
    }
    loaded
}

/// Warnings about the valid dataset file at `path` (suspicious text, changed national numbers),
/// located like every other diagnostic. The file is read again for their places: only
/// `validate` asks, and only when there are warnings.
pub fn locate_warnings(path: &Path, problems: &[Problem]) -> Vec<Diagnostic> {
    let label = path.display().to_string();
    let mut located = match read_text(&label, path) {
        Ok(text) => rule_problems(&label, &text, problems),
        Err(_) => problems
            .iter()
            .map(|problem| Diagnostic {
                record: Some(problem.record.label.clone()),
                field: Some(problem.field.to_string()),
                ..whole_file(&label, problem.message.clone())
            })
            .collect(),
    };
    for diagnostic in &mut located {
        diagnostic.severity = Severity::Warning;
    }
    located
}

/// Broken rules, located at the field's value (or the record, where the field is absent).
fn rule_problems(label: &str, text: &str, problems: &[Problem]) -> Vec<Diagnostic> {
    let (root, _) = DeTable::parse_recoverable(text);
    problems
        .iter()
        .map(|problem| {
            let span = locate(&root, &problem.record.path, problem.field);
            let (line, column) = line_and_column(text, span.map_or(0, |span| span.start));
            Diagnostic {
                path: label.to_string(),
                line: Some(line),
                column: Some(column),
                record: Some(problem.record.label.clone()),
                field: Some(problem.field.to_string()),
                message: problem.message.clone(),
                severity: Severity::Error,
            }
        })
        .collect()
}

/// The span of `field` in the record at `path`, or of the deepest part of the path found.
fn locate(root: &Spanned<DeTable<'_>>, path: &[Segment], field: &str) -> Option<Range<usize>> {
    let mut segments = path.iter();
    let first = match segments.next() {
        Some(Segment::Key(key)) => root.get_ref().get(*key)?,
        _ => return Some(root.span()),
    };
    let mut current = first;
    for segment in segments {
        let next = match segment {
            Segment::Key(key) => current.get_ref().get(*key),
            Segment::Index(index) => current.get_ref().get(*index),
        };
        match next {
            Some(next) => current = next,
            None => return Some(current.span()),
        }
    }
    Some(current.get_ref().get(field).unwrap_or(current).span())
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = include_str!("../../../resources.toml");

    fn messages(text: &str) -> Vec<String> {
        match parse("data.toml", text) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_shipped_resources_load_and_equal_the_embedded_data() {
        let loaded = parse("resources.toml", GOOD).expect("resources.toml is valid"); // ok: test code
        assert_eq!(&loaded, crate::tests::resources());
    }

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        assert_eq!(line_and_column("ab\ncé\nx", 0), (1, 1));
        assert_eq!(line_and_column("ab\ncé\nx", 3), (2, 1));
        assert_eq!(line_and_column("ab\ncé\nx", 7), (3, 1));
        assert_eq!(line_and_column("ab\ncé\nx", 6), (2, 3));
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
