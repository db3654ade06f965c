//! The fast path for large dataset files: parse one record at a time.
//!
//! The toml crate builds a tree of the whole document before serde sees any of it, and for a
//! file of 100,000 publications that tree takes many times the file's size in memory. Dataset
//! files are written as arrays of tables (`[[publications]]`, one record after another), so the
//! file can be cut before each such header and each piece parsed and turned into a record on
//! its own: only one small tree is alive at a time.
//!
//! Any irregularity (a header inside a multi-line string, tables in an unusual order, a piece
//! that is not exactly one record, any parse or type error) makes this path give up and
//! return `None`; the caller then parses the whole document the ordinary way, which also gives
//! the located diagnostics. So this path can only be faster, never different.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::model::{Agency, Dataset, Material, Meta, Publication, Report, Video};

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
    let pieces = split(text);
    let (head_end, _) = pieces.first().copied().unwrap_or((text.len(), ""));
    let head: Head = parse_as(&text[..head_end])?;
    // A list given in the head (even as `[]`) and again as [[headers]] is an error TOML
    // reports, and so is a list given nowhere (`missing field`); leave both to the ordinary
    // path.
    let mut seen_in_head = [
        head.agencies.is_some(),
        head.publications.is_some(),
        head.videos.is_some(),
        head.materials.is_some(),
    ];
    let missing = RECORD_HEADERS
        .iter()
        .zip(seen_in_head)
        .any(|(name, in_head)| !in_head && !pieces.iter().any(|(_, key)| key == name));
    if missing {
        return None;
    }
    let mut agencies = head.agencies.unwrap_or_default();
    let mut publications = head.publications.unwrap_or_default();
    let mut videos = head.videos.unwrap_or_default();
    let mut materials = head.materials.unwrap_or_default();
    // The pieces say how many records each list gets: no growing and copying of large vectors.
    let count = |name: &str| pieces.iter().filter(|(_, key)| *key == name).count();
    agencies.reserve_exact(count("agencies"));
    publications.reserve_exact(count("publications"));
    for (index, &(start, key)) in pieces.iter().enumerate() {
        let end = pieces.get(index + 1).map_or(text.len(), |next| next.0);
        let piece = &text[start..end];
        let slot = RECORD_HEADERS.iter().position(|name| *name == key)?;
        if std::mem::take(&mut seen_in_head[slot]) {
            return None;
        }
        match key {
            "agencies" => agencies.push(record(piece, key)?),
            "publications" => publications.push(record(piece, key)?),
            "videos" => videos.push(record(piece, key)?),
            _ => materials.push(record(piece, key)?),
        }
    }
    Some(Dataset {
        meta: head.meta,
        report: head.report,
        agencies: agencies.into(),
        publications: publications.into(),
        videos: videos.into(),
        materials: materials.into(),
    })
}

/// Byte offsets of the lines that are exactly a record header, with the header's name.
fn split(text: &str) -> Vec<(usize, &'static str)> {
    let mut pieces = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let header = line.trim_end();
        if let Some(name) = header
            .strip_prefix("[[")
            .and_then(|rest| rest.strip_suffix("]]"))
            && let Some(name) = RECORD_HEADERS.iter().find(|known| **known == name)
        {
            pieces.push((offset, *name));
        }
        offset += line.len();
    }
    pieces
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

    const RESOURCES: &str = include_str!("../../resources.toml");

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
        let found: Vec<_> = split(text).iter().map(|(_, name)| *name).collect();
        assert_eq!(found, ["publications", "materials"]);
    }
}
