//! Which dataset a run answers from, decided in one place: the built-in data, or a data file
//! (`--data`, else `HTLOOKUP_DATA`); and the local layers on top of it (`--add`, else
//! `HTLOOKUP_ADD`), each checked against that national data.
//!
//! A data file that cannot be used never hides the report: the commands that show it answer
//! from the built-in data instead ([`Choice::fall_back`]). `validate` gets the file's whole
//! result, problems included, to print.

use std::path::{Path, PathBuf};

use htlookup_data::index::WordIndex;
use htlookup_data::layer::Layer;
use htlookup_data::load::{LoadedLayer, Problems, load_file, load_layer_file};
use htlookup_data::model::Dataset;

use crate::embedded;
use crate::error::Error;

/// Where a run's data comes from, so every people-facing view can say whose numbers it shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Source {
    /// The dataset compiled into the binary.
    #[default]
    BuiltIn,
    /// A data file (`--data`, `HTLOOKUP_DATA`), as the user named it.
    File(String),
}

/// What a command needs of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs<'a> {
    /// Nothing: it describes the program (man, completions).
    Nothing,
    /// The data; a data file that cannot be used ends the run (exit 3).
    Data,
    /// The data, or the built-in data when the file cannot be used: the short answer, the
    /// report and the card, which must never be hidden.
    DataOrBuiltIn,
    /// A file itself, problems and all (validate): the one it names, else the data file.
    Check(Option<&'a Path>),
}

/// The dataset of a run.
#[derive(Debug)]
pub struct RunData {
    dataset: Option<Dataset>,
    /// Where the dataset comes from.
    pub source: Source,
    /// The local layers added on top of it, in the order given.
    pub layers: Vec<AddedLayer>,
}

/// A local layer that loaded, with the file it came from.
#[derive(Debug)]
pub struct AddedLayer {
    /// The file, as the user named it.
    pub path: String,
    /// What it holds.
    pub layer: Layer,
}

impl RunData {
    /// The built-in data.
    pub fn built_in() -> Self {
        RunData {
            dataset: None,
            source: Source::BuiltIn,
            layers: Vec::new(),
        }
    }

    /// The dataset to answer from.
    pub fn dataset(&self) -> &Dataset {
        self.dataset.as_ref().unwrap_or_else(|| embedded::dataset())
    }

    /// Search's word index of the dataset: the baked one for the built-in data; none for a
    /// data file, which search reads as it goes (see `htlookup_data::index`).
    pub fn index(&self) -> Option<&'static WordIndex> {
        self.dataset.is_none().then(embedded::index)
    }
}

/// The file `validate` checks, and what checking it found.
#[derive(Debug)]
pub enum Checked {
    /// No file: the built-in data.
    BuiltIn,
    /// A file that loaded.
    Valid(PathBuf, Box<Dataset>),
    /// A file that did not, with its problems (the first [`LISTED_BY_VALIDATE`] listed).
    Invalid(PathBuf, Problems),
    /// A local layer (it has `[[local]]` tables), checked against the national data: what it
    /// holds, or its problems.
    Layer(PathBuf, Result<Box<LoadedLayer>, Problems>),
}

/// The result of choosing a run's data.
#[derive(Debug)]
pub struct Choice {
    /// The data to answer from.
    pub data: RunData,
    /// For `validate`: the file checked.
    pub checked: Option<Checked>,
    /// When the data file or a layer could not be used and the report is shown without it:
    /// one line for each that says so.
    pub fall_back: Vec<String>,
}

/// How many problems of a bad data file `validate` lists; the rest are counted.
pub const LISTED_BY_VALIDATE: usize = 1_000;

/// How many problems of a bad data file any other command shows before it points to
/// `validate`.
pub const LISTED_ELSEWHERE: usize = 5;

/// Chooses the data for a command that `needs` it, from the data file at `path` (if any),
/// with the local `layers` on top: the one place data files are read.
pub fn choose(needs: Needs<'_>, path: Option<&Path>, layers: &[PathBuf]) -> Result<Choice, Error> {
    if let Needs::Check(Some(named)) = needs
        && names_a_layer(named)
    {
        let mut choice = choose_national(Needs::Data, path)?;
        let checked = load_layer_file(named, choice.data.dataset(), LISTED_BY_VALIDATE);
        choice.checked = Some(Checked::Layer(named.to_path_buf(), checked.map(Box::new)));
        return Ok(choice);
    }
    let mut choice = choose_national(needs, path)?;
    if matches!(needs, Needs::Nothing | Needs::Check(_)) {
        return Ok(choice);
    }
    for layer in layers {
        match load_layer_file(layer, choice.data.dataset(), LISTED_ELSEWHERE) {
            Ok(loaded) => choice.data.layers.push(AddedLayer {
                path: layer.display().to_string(),
                layer: loaded.layer,
            }),
            Err(problems) if needs == Needs::DataOrBuiltIn => {
                let note = fallback_note(layer, &problems, "showing the report without this layer");
                choice.fall_back.push(note);
            }
            Err(problems) => return Err(data_error(layer, &problems)),
        }
    }
    Ok(choice)
}

/// Whether the file at `path` is a local layer rather than a dataset (see
/// [`htlookup_data::load::is_layer`]); a file that cannot be read is left to the dataset's
/// reader, which says why.
fn names_a_layer(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::new();
    let limit = htlookup_data::load::MAX_LAYER_SIZE as u64 + 1;
    if file.take(limit).read_to_end(&mut bytes).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&bytes);
    htlookup_data::load::is_layer(text.trim_start_matches('\u{feff}'))
}

/// [`choose`] for the national data alone.
fn choose_national(needs: Needs<'_>, path: Option<&Path>) -> Result<Choice, Error> {
    let mut choice = Choice {
        data: RunData::built_in(),
        checked: None,
        fall_back: Vec::new(),
    };
    let path = match needs {
        Needs::Nothing => return Ok(choice),
        Needs::Check(named) => named.or(path),
        _ => path,
    };
    let Some(path) = path else {
        if matches!(needs, Needs::Check(_)) {
            choice.checked = Some(Checked::BuiltIn);
        }
        return Ok(choice);
    };
    let limit = match needs {
        Needs::Check(_) => LISTED_BY_VALIDATE,
        _ => LISTED_ELSEWHERE,
    };
    match (needs, load_file(path, limit)) {
        (Needs::Nothing, _) => {}
        (Needs::Check(_), Ok(dataset)) => {
            choice.checked = Some(Checked::Valid(path.to_path_buf(), Box::new(dataset)));
        }
        (Needs::Check(_), Err(problems)) => {
            choice.checked = Some(Checked::Invalid(path.to_path_buf(), problems));
        }
        (_, Ok(dataset)) => {
            choice.data = RunData {
                dataset: Some(dataset),
                source: Source::File(path.display().to_string()),
                layers: Vec::new(),
            };
        }
        (Needs::DataOrBuiltIn, Err(problems)) => {
            let note = fallback_note(path, &problems, "showing the built-in data instead");
            choice.fall_back.push(note);
        }
        (Needs::Data, Err(problems)) => return Err(data_error(path, &problems)),
    }
    Ok(choice)
}

/// The one line that says a data file could not be used, and what is shown instead.
fn fallback_note(path: &Path, problems: &Problems, instead: &str) -> String {
    let first = problems.listed.first().map_or_else(
        || format!("{}: cannot be used", path.display()),
        ToString::to_string,
    );
    let more = match problems.count() {
        0 | 1 => String::new(),
        count => format!(
            " ({} more: htlookup validate {})",
            count - 1,
            path.display()
        ),
    };
    format!("{first}{more}; {instead}")
}

/// The first few problems of a bad data file, and how to see them.
fn data_error(path: &Path, problems: &Problems) -> Error {
    let mut lines: Vec<String> = problems
        .listed
        .iter()
        .take(LISTED_ELSEWHERE)
        .map(ToString::to_string)
        .collect();
    let more = problems.count() - lines.len();
    if more > 0 {
        lines.push(format!(
            "... and {more} more; run 'htlookup validate {}' to see them",
            path.display()
        ));
    }
    Error::InvalidData(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use htlookup_data::load::{Diagnostic, Severity};

    #[test]
    fn a_fallback_note_is_one_line_naming_the_first_problem_and_the_rest() {
        let problem = |message: &str| Diagnostic {
            path: "x.toml".into(),
            line: Some(3),
            column: Some(1),
            record: None,
            field: None,
            message: message.into(),
            severity: Severity::Error,
        };
        assert_eq!(
            fallback_note(
                Path::new("x.toml"),
                &Problems {
                    listed: vec![problem("bad"), problem("worse")],
                    unlisted: 0
                },
                "showing the built-in data instead"
            ),
            "x.toml:3:1: bad (1 more: htlookup validate x.toml); showing the built-in data instead"
        );
    }

    #[test]
    fn without_a_file_the_built_in_data_and_index_are_used() {
        let choice = choose(Needs::Data, None, &[]).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(choice.data.source, Source::BuiltIn);
        assert!(std::ptr::eq(choice.data.dataset(), embedded::dataset()));
        assert!(
            choice
                .data
                .index()
                .is_some_and(|index| std::ptr::eq(index, embedded::index()))
        );
    }
}
