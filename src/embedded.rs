//! What the build script baked into the binary from `resources.toml` and `locales/*.toml`: the
//! built-in dataset, its search index and the languages, as statics (nothing is parsed at run
//! time); and the `--lang` value that picks a language.

use htlookup_data::index::WordIndex;
use htlookup_data::locale::Locale;
use htlookup_data::model::Dataset;

mod baked {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The dataset compiled into the binary: validated at build time, never parsed at run time.
pub fn dataset() -> &'static Dataset {
    &baked::DATASET
}

/// Search's word index of [`dataset`], made at build time.
pub fn index() -> &'static WordIndex {
    &baked::INDEX
}

/// The languages of `--lang`: the people-facing views can be read in each.
///
/// English is the dataset's own language; Spanish is there because the hotline serves callers
/// in Spanish, and a trainer may be teaching a room of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish (Latin American).
    Es,
}

/// The words of `lang`, baked in at build time.
pub fn locale(lang: Lang) -> &'static Locale {
    match lang {
        Lang::En => &baked::EN,
        Lang::Es => &baked::ES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use htlookup_data::documents::documents;
    use htlookup_data::translate;

    fn embedded() -> &'static Dataset {
        dataset()
    }

    #[test]
    fn the_baked_index_is_the_index_of_the_baked_dataset() {
        let fresh = WordIndex::build(documents(dataset()));
        assert_eq!(fresh.as_ref(), Ok(index()));
        let words: Vec<&str> = (0..index().word_count())
            .map(|id| index().word(id))
            .collect();
        for word in [
            "911",
            "888",
            "373",
            "7888",
            "233733",
            "hotline",
            "trafficking",
        ] {
            assert!(words.contains(&word), "{word}");
        }
    }

    #[test]
    fn every_language_is_baked_under_its_own_code() {
        assert_eq!(locale(Lang::En).lang, "en");
        assert_eq!(locale(Lang::Es).lang, "es");
    }

    #[test]
    fn spanish_translates_every_sentence_of_the_report_and_nothing_else() {
        let report = &embedded().report;
        assert_eq!(
            translate::check_complete(embedded(), locale(Lang::Es)),
            Vec::<String>::new()
        );
        let spanish = translate::report(report, locale(Lang::Es));
        assert_eq!(spanish.emergency.number, "911");
        // Same numbers, ids and order: only our sentences differ.
        let english = report.hotline.channels.iter();
        for (channel, english) in spanish.hotline.channels.iter().zip(english) {
            let key = |c: &htlookup_data::model::Channel| {
                (c.id.clone(), c.kind, c.value.clone(), c.vanity.clone())
            };
            assert_eq!(key(channel), key(english));
            if english.note.is_some() {
                assert_ne!(channel.note, english.note, "{} is translated", channel.id);
            }
        }
        assert_eq!(spanish.hotline.channels[0].languages[1], "español");
    }

    #[test]
    fn english_leaves_the_report_as_it_is() {
        let report = &embedded().report;
        let english = translate::report(report, locale(Lang::En));
        assert!(matches!(english, std::borrow::Cow::Borrowed(_)));
        assert_eq!(english.as_ref(), report);
    }

    #[test]
    fn a_missing_or_stale_translation_and_a_dropped_hole_are_build_errors() {
        let mut spanish = locale(Lang::Es).clone();
        let mut phrases = spanish.phrases.to_vec();
        phrases[0].en = "Call right away if you are in danger.".into();
        spanish.phrases = phrases.into();
        let problems = translate::check_complete(embedded(), &spanish);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("no translation of \"Call right away"));
        assert!(problems[1].contains("did its English change?"));

        spanish.labels.step_phone = "Llame a {who}".into();
        let problems = htlookup_data::locale::check_against_english(&spanish, locale(Lang::En));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("labels.step_phone: has the holes"));
    }
}
