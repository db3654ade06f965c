//! A JSON data file: what `htlookup export --format json` writes, read with the same model,
//! rules, limits and located diagnostics as a TOML one.
//!
//! A well-formed file is read straight into the model by serde_json ([`well_formed`]). A file
//! with a problem is read again to find them all: split at its sections and records as raw
//! text ([`RawValue`], borrowed from the file), each one made into the same value tree a TOML
//! file parses to (toml's `DeValue`), with every value's place in the file as its span. From
//! there a JSON record goes through exactly the code a TOML record does: the same messages,
//! and problems placed at the very value. One record's tree is alive at a time.

use std::borrow::Cow;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde_json::value::RawValue;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::chunked::RECORD_HEADERS;
use crate::load::{Form, Places};
use crate::model::{Agency, Dataset, Material, Meta, Publication, Report, Video};
use crate::position::Lines;
use crate::toml_file::{Collector, read as read_value, span_in};
use crate::validate::Segment;

/// The top of a dataset with each section and record left as raw text.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Top<'a> {
    #[serde(borrow)]
    meta: Option<&'a RawValue>,
    #[serde(borrow)]
    report: Option<&'a RawValue>,
    #[serde(borrow)]
    agencies: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    publications: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    videos: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    materials: Option<Vec<&'a RawValue>>,
}

impl<'a> Top<'a> {
    fn list(&self, slot: usize) -> Option<&[&'a RawValue]> {
        match slot {
            0 => self.agencies.as_deref(),
            1 => self.publications.as_deref(),
            2 => self.videos.as_deref(),
            _ => self.materials.as_deref(),
        }
    }
}

/// A JSON file's text, split at its sections and records.
pub(crate) struct JsonFile<'a> {
    text: &'a str,
    top: Top<'a>,
}

/// A string borrowed from the file where it has no escapes.
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// An object's members in file order, each value left raw.
struct Members<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Each;
        impl<'de> Visitor<'de> for Each {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut members = Vec::new();
                while let Some(Text(key)) = map.next_key()? {
                    members.push((key, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(Each)
    }
}

impl<'a> JsonFile<'a> {
    /// The file split at its sections and records; a problem of its top level (syntax, a key
    /// that is not a section) is the one problem found.
    pub(crate) fn parse(text: &'a str) -> Result<Self, Form> {
        match serde_json::from_str(text) {
            Ok(top) => Ok(JsonFile { text, top }),
            Err(error) => Err(syntax_problem(text, &error)),
        }
    }

    /// A whole JSON text (a local layer, small and read whole) as the tree a TOML file parses
    /// to, every span a place in the text.
    pub(crate) fn whole(text: &'a str) -> Result<Spanned<DeValue<'a>>, Form> {
        let file = JsonFile {
            text,
            top: Top::default(),
        };
        let raw: &RawValue =
            serde_json::from_str(text).map_err(|error| syntax_problem(text, &error))?;
        file.value(raw)
    }

    /// Where `raw` is in the file: it is a slice of the file's text.
    fn range(&self, raw: &RawValue) -> Range<usize> {
        let start = (raw.get().as_ptr() as usize)
            .checked_sub(self.text.as_ptr() as usize)
            .filter(|start| *start <= self.text.len())
            .unwrap_or(0);
        start..start + raw.get().len()
    }

    /// A raw JSON value as the tree a TOML file parses to, every span a place in the file.
    /// JSON's `null` has no TOML counterpart: a member that is null is left out (an optional
    /// field is then absent), and a null anywhere else is a problem.
    pub(crate) fn value(&self, raw: &'a RawValue) -> Result<Spanned<DeValue<'a>>, Form> {
        let range = self.range(raw);
        let text = raw.get();
        let problem = |message: String| Form {
            offset: range.start,
            message,
        };
        let json = |error: serde_json::Error| problem(error.to_string());
        let value = match text.as_bytes().first() {
            Some(b'{') => {
                let Members(members) = serde_json::from_str(text).map_err(json)?;
                let mut table = DeTable::new();
                for (key, member) in members {
                    if member.get() == "null" {
                        continue;
                    }
                    let key_range = self.key_range(&key, self.range(member).start);
                    let value = self.value(member)?;
                    let name = key.to_string();
                    if table.insert(Spanned::new(key_range, key), value).is_some() {
                        return Err(problem(format!("duplicate key `{name}`")));
                    }
                }
                DeValue::Table(table)
            }
            Some(b'[') => {
                let items: Vec<&'a RawValue> = serde_json::from_str(text).map_err(json)?;
                let mut array = DeArray::new();
                for item in items {
                    array.push(self.value(item)?);
                }
                DeValue::Array(array)
            }
            Some(b'"') => match text.get(1..text.len() - 1) {
                // Checked JSON already: without a backslash, the text between the quotes is
                // the string.
                Some(inner) if !inner.contains('\\') => DeValue::String(Cow::Borrowed(inner)),
                _ => {
                    let Text(string) = serde_json::from_str(text).map_err(json)?;
                    DeValue::String(string)
                }
            },
            Some(b't') => DeValue::Boolean(true),
            Some(b'f') => DeValue::Boolean(false),
            Some(b'n') => return Err(problem("null is not allowed here".to_string())),
            // A JSON number is also a TOML one.
            _ => DeValue::parse(text)
                .map_err(|error| problem(crate::toml_file::message_of(&error)))?
                .into_inner(),
        };
        Ok(Spanned::new(range, value))
    }

    /// Where the key of a member whose value starts at `value_start` is: the `"key"` before
    /// the `:`, or the value itself when the key is written with escapes.
    fn key_range(&self, key: &str, value_start: usize) -> Range<usize> {
        let quoted = self.text[..value_start]
            .trim_end()
            .strip_suffix(':')
            .map(str::trim_end)
            .and_then(|before| before.strip_suffix('"'))
            .and_then(|before| before.strip_suffix(key))
            .and_then(|before| before.strip_suffix('"'));
        match quoted {
            Some(before) => before.len()..before.len() + key.len() + 2,
            None => value_start..value_start,
        }
    }

    /// The raw text of the section or record at the start of `path`, and the rest of the
    /// path; `origins` maps a loaded record to its position in the file's list.
    fn start<'p>(
        &self,
        origins: &[Vec<usize>; 4],
        path: &'p [Segment],
    ) -> Option<(&'a RawValue, &'p [Segment])> {
        match path {
            [Segment::Key("meta"), rest @ ..] => Some((self.top.meta?, rest)),
            [Segment::Key("report"), rest @ ..] => Some((self.top.report?, rest)),
            [Segment::Key(key), Segment::Index(index), rest @ ..] => {
                let slot = RECORD_HEADERS.iter().position(|name| name == key)?;
                let position = *origins[slot].get(*index)?;
                Some((*self.top.list(slot)?.get(position)?, rest))
            }
            _ => None,
        }
    }
}

/// The dataset of a file that is well formed, read straight into the model by serde_json:
/// `None` at its first problem of form, and the file is then read again by [`diagnose`] for
/// every problem, each placed at its value.
///
/// What this way reads, the diagnosing way reads too, to the same dataset (a test holds the
/// two to each other, file by file): serde_json's derive refuses what the value tree's does
/// (unknown and duplicate keys, wrong types, missing fields), and where the two differ it is
/// this way that refuses, so the file only takes the slower way. The differences: a `null`
/// member, which [`JsonFile::value`] leaves out, is refused here unless its field is an
/// `Option`; and two forms toml's deserializer takes are refused here, an enum written as a
/// one-member object (`{"phone": {}}`) and a record written as an array with more elements
/// than the record has fields. That way transcodes every
/// value into toml's tree, which made reading 100,000 publications take twice as long.
pub fn well_formed(text: &str) -> Option<Dataset> {
    serde_json::from_str(text).ok()
}

/// serde_json's syntax error as a problem of form, placed in characters.
fn syntax_problem(text: &str, error: &serde_json::Error) -> Form {
    let message = error.to_string();
    // serde_json says where; the diagnostic does, in characters.
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let offset = Lines::new(text).offset_of(error.line(), error.column());
    Form { offset, message }
}

/// Where the problems of the rules are, in a JSON file.
pub(crate) struct JsonPlaces<'a> {
    file: JsonFile<'a>,
    /// For each loaded record of each list, its position in the file's list.
    origins: [Vec<usize>; 4],
}

impl<'a> JsonPlaces<'a> {
    /// The places in a file that loaded whole: every record is where the list has it. (A
    /// file that is not a dataset's JSON has no places: everything is then at the top.)
    pub(crate) fn of(text: &'a str) -> Self {
        let file = JsonFile::parse(text).unwrap_or(JsonFile {
            text,
            top: Top::default(),
        });
        let origins =
            std::array::from_fn(|slot| (0..file.top.list(slot).map_or(0, <[_]>::len)).collect());
        JsonPlaces { file, origins }
    }
}

impl Places for JsonPlaces<'_> {
    fn record_start(&self, path: &[Segment]) -> usize {
        self.file
            .start(&self.origins, path)
            .map_or(0, |(raw, _)| self.file.range(raw).start)
    }

    fn field(&self, path: &[Segment], field: &str) -> Option<usize> {
        let (raw, rest) = self.file.start(&self.origins, path)?;
        let value = self.file.value(raw).ok()?;
        span_in(&value, rest, Some(field)).map(|span| span.start)
    }
}

/// What reading a file found: the problems of form (the first `limit`, and how many more),
/// and the records that did load. A valid file is read this way too: one way to read JSON.
pub(crate) struct Diagnosis<'a> {
    /// Problems of form, in file order.
    pub form: Vec<Form>,
    /// How many more there are than `form` holds.
    pub unlisted: usize,
    /// The dataset of every record that loaded, when `meta` and `report` did.
    pub dataset: Option<Dataset>,
    /// Where the loaded records are; `None` when the file's top level is not even an object
    /// of the dataset's sections.
    pub places: Option<JsonPlaces<'a>>,
}

/// Reads `text` section by section and record by record, and reports every problem of form.
pub(crate) fn diagnose(text: &str, limit: usize) -> Diagnosis<'_> {
    let mut found = Collector::new(limit);
    let file = match JsonFile::parse(text) {
        Ok(file) => file,
        Err(form) => {
            found.add(form.offset, form.message);
            let (form, unlisted) = found.finish();
            return Diagnosis {
                form,
                unlisted,
                dataset: None,
                places: None,
            };
        }
    };
    let meta = section::<Meta>(&file, file.top.meta, "meta", &mut found);
    let report = section::<Report>(&file, file.top.report, "report", &mut found);
    let mut origins: [Vec<usize>; 4] = Default::default();
    let agencies = records::<Agency>(&file, 0, &mut found, &mut origins[0]);
    let publications = records::<Publication>(&file, 1, &mut found, &mut origins[1]);
    let videos = records::<Video>(&file, 2, &mut found, &mut origins[2]);
    let materials = records::<Material>(&file, 3, &mut found, &mut origins[3]);
    let dataset = match (meta, report) {
        (Some(meta), Some(report)) => Some(Dataset {
            meta,
            report,
            agencies: agencies.into(),
            publications: publications.into(),
            videos: videos.into(),
            materials: materials.into(),
        }),
        _ => None,
    };
    let (form, unlisted) = found.finish();
    Diagnosis {
        form,
        unlisted,
        dataset,
        places: Some(JsonPlaces { file, origins }),
    }
}

/// One value of the file, made and read into `T`; a problem is added to `found`.
fn read<'a, T: DeserializeOwned>(
    file: &JsonFile<'a>,
    raw: &'a RawValue,
    found: &mut Collector,
) -> Option<T> {
    match file.value(raw) {
        Ok(value) => read_value(found, 0, value),
        Err(form) => {
            found.add(form.offset, form.message);
            None
        }
    }
}

/// `meta` or `report`; a missing one is a problem at the top of the file.
fn section<'a, T: DeserializeOwned>(
    file: &JsonFile<'a>,
    raw: Option<&'a RawValue>,
    name: &str,
    found: &mut Collector,
) -> Option<T> {
    let Some(raw) = raw else {
        found.add(0, format!("missing field `{name}`"));
        return None;
    };
    read(file, raw, found)
}

/// The records of list `slot` that load, one at a time (one record's tree is alive at once),
/// with each one's position in the file's list in `origins`.
fn records<T: DeserializeOwned>(
    file: &JsonFile<'_>,
    slot: usize,
    found: &mut Collector,
    origins: &mut Vec<usize>,
) -> Vec<T> {
    let Some(raws) = file.top.list(slot) else {
        found.add(0, format!("missing field `{}`", RECORD_HEADERS[slot]));
        return Vec::new();
    };
    let mut loaded = Vec::new();
    for (position, raw) in raws.iter().enumerate() {
        if let Some(record) = read(file, raw, found) {
            loaded.push(record);
            origins.push(position);
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the diagnosing way makes of `text`: the dataset when it has no problem of form.
    fn diagnosed(text: &str) -> Option<Dataset> {
        let diagnosis = diagnose(text, 1);
        (diagnosis.form.is_empty() && diagnosis.unlisted == 0)
            .then_some(diagnosis.dataset)
            .flatten()
    }

    /// The shipped data as JSON, with each member's value in turn replaced by one of a few of
    /// every type, renamed, or written twice, or with a byte left out: whatever serde_json
    /// reads straight (from the text whole, or from a file a record at a time), the diagnosing
    /// way reads too, to the same dataset; and what the diagnosing way reads, the straight way
    /// reads too, but for a `null` (left out there, refused here unless the field is
    /// optional), which only makes that file take the slower way.
    #[test]
    fn both_ways_of_reading_json_accept_the_same_files_and_make_the_same_data() {
        let json = serde_json::to_string_pretty(crate::tests::resources()).expect("JSON");
        let lines: Vec<&str> = json.lines().collect();
        let mut variants = vec![(json.clone(), String::new())];
        for (index, line) in lines.iter().enumerate() {
            let Some((key, value)) = line.split_once("\": ") else {
                continue;
            };
            let comma = if value.ends_with(',') { "," } else { "" };
            let mut with = |new: String| {
                let mut changed = lines.clone();
                changed[index] = &new;
                variants.push((changed.join("\n"), new.clone()));
            };
            // Three variants a member (every one would take a debug test run 16 s), taking
            // the others in turn.
            let others = ["7", "-1", "2.5", "\"x\"", "[]", "[\"x\"]", "{}", "true"];
            with(format!("{key}\": null{comma}"));
            with(format!("{key}\": {}{comma}", others[index % others.len()]));
            match index % 2 {
                0 => with(format!("{key}x\": {value}")),
                _ => with(format!("{line}\n{key}\": {value}")),
            }
        }
        // And the syntax broken, a byte left out here and there.
        for at in (0..json.len()).step_by(211) {
            if json.is_char_boundary(at) && json.is_char_boundary(at + 1) {
                let cut = format!("{}{}", &json[..at], &json[at + 1..]);
                // The line the byte was left out of, as it is now.
                let start = cut[..at].rfind('\n').map_or(0, |found| found + 1);
                let end = cut[at..].find('\n').map_or(cut.len(), |found| at + found);
                let line = cut[start..end].to_string();
                variants.push((cut, line));
            }
        }
        let (mut straight, mut slower) = (0, 0);
        for (text, changed) in &variants {
            let fast = well_formed(text);
            // Read from a file a record at a time, it is the same as read whole.
            let reader = std::io::BufReader::with_capacity(61, text.as_bytes());
            let streamed = crate::json_stream::well_formed(reader);
            assert!(streamed == fast, "streamed and whole differ: {changed}");
            let slow = diagnosed(text);
            match (&fast, &slow) {
                (Some(fast), Some(slow)) => assert_eq!(fast, slow, "{changed}"),
                (Some(_), None) => panic!("only serde_json reads {changed}"),
                (None, Some(_)) => {
                    assert!(changed.contains(": null"), "only the tree reads {changed}");
                    slower += 1;
                }
                (None, None) => {}
            }
            straight += usize::from(fast.is_some());
        }
        assert!(variants.len() > 1000, "{}", variants.len());
        assert!(straight > 100 && slower > 0, "{straight} {slower}");
    }

    /// The two forms toml's deserializer takes and serde_json's does not: both load, the
    /// slower way, to the very same data.
    #[test]
    fn what_only_the_tree_reads_still_loads_to_the_same_data() {
        let data = crate::tests::resources();
        let compact = serde_json::to_string(data).expect("JSON");
        let object = serde_json::to_string(&data.report.emergency).expect("JSON");
        let as_array = {
            let emergency = &data.report.emergency;
            let text = |value: &str| serde_json::to_string(value).expect("JSON");
            format!(
                "[{},{},{},4.5]",
                text(&emergency.number),
                text(&emergency.when),
                text(&emergency.source)
            )
        };
        assert!(compact.contains(&object) && compact.contains("\"kind\":\"phone\""));
        for text in [
            compact.replacen("\"kind\":\"phone\"", "\"kind\":{\"phone\":{}}", 1),
            compact.replacen(&object, &as_array, 1),
        ] {
            let reader = std::io::BufReader::with_capacity(61, text.as_bytes());
            assert!(
                well_formed(&text).is_none() && crate::json_stream::well_formed(reader).is_none()
            );
            assert!(diagnosed(&text).as_ref() == Some(data), "{text:.80}");
        }
    }
}
