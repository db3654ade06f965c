//! Dataset loading and validation from arbitrary bytes (`--data`, `HTLOOKUP_DATA`, `validate`).
//!
//! A data file is untrusted: whatever it holds, `load::parse` must answer `Ok` or a list of
//! located problems, never panic, overflow the stack or run away. Beyond "no crash":
//! - `load::parse` agrees with the plain reading of the file (the toml crate's whole-document
//!   parser, or serde_json's for JSON, then the rules): the record-by-record fast path
//!   (`htlookup-data/src/chunked.rs`) may only be faster, never different (for JSON, serde_json
//!   may refuse what `parse` takes through toml's deserializer, never the other way round);
//! - a rejected file has at least one problem, each on a line of the text; listing only the
//!   first five lists five of the same problems and counts as many;
//! - an accepted file exported as TOML (what `htlookup export` prints) and as JSON (`export
//!   --format json`) loads back to the same data, as `export --help` promises.

#![no_main]

use htlookup_data::fuzzing::json_whole;
use htlookup_data::model::Dataset;
use htlookup_data::load::parse;
use htlookup_data::validate::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // Non-UTF-8 files are refused by `read_text` before parsing; only text reaches `parse`.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    // A text that starts with `{` (after a byte order mark) is JSON: its plain reading is
    // serde_json's of the whole text. `parse` takes that reading when it can and otherwise
    // reads the text through toml's deserializer, which also takes what serde_json refuses (a
    // null member, an enum as a one-member object, a record as a longer array): for JSON,
    // what serde_json takes, `parse` takes equal, and what `parse` refuses, serde_json does.
    let unmarked = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json = unmarked.starts_with('{');
    let plain = match json {
        true => json_whole(unmarked),
        false => toml::from_str::<Dataset>(text).ok(),
    }
    .filter(|dataset| validate(dataset).is_empty());
    match parse("fuzz.toml", text, usize::MAX) {
        Ok(dataset) => {
            assert!(
                Some(&dataset) == plain.as_ref() || (json && plain.is_none()),
                "load::parse accepted what the plain reading does not give"
            );
            let mut exported = Vec::new();
            htlookup::render::toml::write(&mut exported, &dataset).expect("a loaded dataset exports");
            let exported = String::from_utf8(exported).expect("the export is UTF-8");
            let reloaded = parse("exported.toml", &exported, 5)
                .unwrap_or_else(|problems| panic!("export does not load back: {problems:?}"));
            assert_eq!(reloaded, dataset, "export changed the data");
            let json = serde_json::to_string_pretty(&dataset).expect("a loaded dataset is JSON");
            let reloaded = parse("exported.json", &json, 5)
                .unwrap_or_else(|problems| panic!("JSON export does not load back: {problems:?}"));
            assert_eq!(reloaded, dataset, "JSON export changed the data");
        }
        Err(problems) => {
            assert!(
                plain.is_none(),
                "load::parse rejected a file the plain reading accepts: {problems:?}"
            );
            assert!(problems.count() > 0, "rejected without a reason");
            let first = parse("fuzz.toml", text, 5).expect_err("rejected once, rejected again");
            assert_eq!(first.count(), problems.count(), "the count depends on the listing");
            assert_eq!(first.listed.len(), problems.count().min(5), "not five listed");
            assert!(
                first.listed.iter().all(|problem| problems.listed.contains(problem)),
                "listing five found other problems"
            );
            let lines = text.split('\n').count();
            for problem in &problems.listed {
                let line = problem.line.unwrap_or(1);
                assert!(
                    (1..=lines).contains(&line),
                    "line {line} outside a text of {lines} lines: {problem}"
                );
                assert!(problem.column.is_none_or(|column| column >= 1));
                // Displaying a problem (what stderr shows) must not panic either.
                let _ = problem.to_string();
            }
        }
    }
});
