//! The dataset's reporting instructions in another language: which sentences are ours to
//! translate, and the report with them translated.
//!
//! Numbers, addresses, URLs and proper names (the hotline's, the agencies') are never
//! translated: only our own sentences are (when to call, hours, notes, purposes, language
//! names). Compiled into `build.rs` too, which fails when a sentence has no translation.

use super::locale::Locale;
use super::model::{Channel, Report, Text};

/// Every sentence of the report that a language must translate, in report order.
pub fn translatable(report: &Report) -> Vec<&Text> {
    let mut texts = vec![
        &report.emergency.when,
        &report.hotline.availability,
        &report.hotline.nature,
    ];
    let organizations = report.other_channels.iter();
    let channels = report
        .hotline
        .channels
        .iter()
        .chain(organizations.clone().flat_map(|org| org.channels.iter()));
    texts.extend(organizations.map(|organization| &organization.purpose));
    for channel in channels {
        texts.extend(channel.note.as_ref());
        texts.extend(channel.languages.iter());
    }
    texts
}

/// The report with every translatable sentence in `locale`'s language; the same keys, the same
/// numbers. English returns an equal copy.
pub fn report(report: &Report, locale: &Locale) -> Report {
    let mut translated = report.clone();
    let emergency = &mut translated.emergency;
    emergency.when = locale.phrase(&emergency.when).clone();
    let hotline = &mut translated.hotline;
    hotline.availability = locale.phrase(&hotline.availability).clone();
    hotline.nature = locale.phrase(&hotline.nature).clone();
    hotline.channels = hotline
        .channels
        .iter()
        .map(|channel| translate_channel(channel, locale))
        .collect();
    translated.other_channels = report
        .other_channels
        .iter()
        .map(|organization| {
            let mut organization = organization.clone();
            organization.purpose = locale.phrase(&organization.purpose).clone();
            organization.channels = organization
                .channels
                .iter()
                .map(|channel| translate_channel(channel, locale))
                .collect();
            organization
        })
        .collect();
    translated
}

fn translate_channel(channel: &Channel, locale: &Locale) -> Channel {
    let mut channel = channel.clone();
    channel.note = channel
        .note
        .as_ref()
        .map(|note| locale.phrase(note).clone());
    channel.languages = channel
        .languages
        .iter()
        .map(|language| locale.phrase(language).clone())
        .collect::<Vec<Text>>()
        .into();
    channel
}

/// The report's sentences that `locale` has no translation of, in report order: shown in
/// English. None for the built-in data (the build checks), but a `--data` file may have its
/// own sentences.
pub fn untranslated<'a>(report: &'a Report, locale: &Locale) -> Vec<&'a Text> {
    translatable(report)
        .into_iter()
        .filter(|text| !locale.phrases.iter().any(|phrase| phrase.en == **text))
        .collect()
}

/// What a language's translations miss or hold in excess for this report: a sentence with no
/// translation, or a translation of a sentence the report no longer has (its English changed).
pub fn check_complete(report: &Report, locale: &Locale) -> Vec<String> {
    let texts = translatable(report);
    let mut problems: Vec<String> = untranslated(report, locale)
        .iter()
        .map(|text| format!("phrases: no translation of {text:?}"))
        .collect();
    problems.extend(
        locale
            .phrases
            .iter()
            .filter(|phrase| !texts.contains(&&phrase.en))
            .map(|phrase| {
                format!(
                    "phrases: {:?} is not in the dataset (did its English change?)",
                    phrase.en
                )
            }),
    );
    problems
}
