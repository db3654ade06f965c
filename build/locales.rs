//! The languages: reads `locales/*.toml` and checks each against English and the dataset (the
//! same labels with the same holes, every sentence of the data translated, numbers kept).

use htlookup_data::locale::{self, Locale};
use htlookup_data::model::Dataset;
use htlookup_data::translate;

/// The languages htlookup ships, in `--lang`'s order; English first, the one all are checked
/// against. Each is `locales/<code>.toml` and becomes the static `<CODE>`.
pub const LANGUAGES: [&str; 2] = ["en", "es"];

/// Every language, checked, with its code; all problems in one message, one per line.
pub fn read(dataset: &Dataset) -> Result<Vec<(&'static str, Locale)>, String> {
    let mut locales = Vec::new();
    for code in LANGUAGES {
        let file = format!("locales/{code}.toml");
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file)
            .map_err(|error| format!("{file}: cannot read: {error}"))?;
        let locale = locale::parse(&text).map_err(|error| format!("{file}: {error}"))?;
        locales.push((code, locale));
    }
    let english = locales[0].1.clone();
    let mut problems = Vec::new();
    for (code, locale) in &locales {
        let file = format!("locales/{code}.toml");
        if locale.lang != *code {
            problems.push(format!("{file}: lang is {:?}, not {code:?}", locale.lang));
        }
        let mut found = locale::check_against_english(locale, &english);
        if *code == "en" {
            if !locale.phrases.is_empty() {
                found.push("phrases: English is the dataset's own language; remove them".into());
            }
        } else {
            found.extend(translate::check_complete(dataset, locale));
        }
        problems.extend(
            found
                .into_iter()
                .map(|problem| format!("{file}: {problem}")),
        );
    }
    if problems.is_empty() {
        Ok(locales)
    } else {
        Err(problems.join("\n"))
    }
}
