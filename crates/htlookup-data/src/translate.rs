//! The dataset's reporting instructions in another language: which sentences are ours to
//! translate, and the report with them translated.
//!
//! Numbers, addresses, URLs and proper names (the hotline's, the agencies') are never
//! translated: only our own sentences are (when to call, hours, notes, purposes, language
//! names). The build fails when a sentence has no translation.

use crate::locale::Locale;
use crate::model::{Channel, Dataset, Report, Text};

/// Every sentence of the people-facing views that a language must translate, in report order:
/// the report's, then the caveat beside "facts checked".
pub fn translatable(data: &Dataset) -> Vec<&Text> {
    let report = &data.report;
    let mut texts = vec![
        &report.emergency.when,
        &report.hotline.availability,
        &report.hotline.nature,
    ];
    texts.extend(report.hotline.alerts.iter());
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
    texts.extend(data.meta.facts_caveat.as_ref());
    texts
}

/// The report with every translatable sentence in `locale`'s language; the same keys, the same
/// numbers. English (a locale without phrases) returns the report itself.
pub fn report<'r>(report: &'r Report, locale: &Locale) -> std::borrow::Cow<'r, Report> {
    if locale.phrases.is_empty() {
        return std::borrow::Cow::Borrowed(report);
    }
    std::borrow::Cow::Owned(translated(report, locale))
}

fn translated(report: &Report, locale: &Locale) -> Report {
    let mut translated = report.clone();
    let emergency = &mut translated.emergency;
    emergency.when = locale.phrase(&emergency.when).clone();
    let hotline = &mut translated.hotline;
    hotline.availability = locale.phrase(&hotline.availability).clone();
    hotline.nature = locale.phrase(&hotline.nature).clone();
    hotline.alerts = hotline
        .alerts
        .iter()
        .map(|alert| locale.phrase(alert).clone())
        .collect();
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

/// The sentences that `locale` has no translation of, in report order: shown in English. None
/// for the built-in data (the build checks), but a `--data` file may have its own sentences.
pub fn untranslated<'a>(data: &'a Dataset, locale: &Locale) -> Vec<&'a Text> {
    translatable(data)
        .into_iter()
        .filter(|text| !locale.phrases.iter().any(|phrase| phrase.en == **text))
        .collect()
}

/// What a language's translations miss or hold in excess for this dataset: a sentence with no
/// translation, a translation of a sentence the data no longer has (its English changed), or
/// one whose numbers differ from its English ("24/7" must not become "24 horas" alone: a
/// translation may move a number, never drop, add or change one).
pub fn check_complete(data: &Dataset, locale: &Locale) -> Vec<String> {
    let texts = translatable(data);
    let mut problems: Vec<String> = untranslated(data, locale)
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
    problems.extend(
        locale
            .phrases
            .iter()
            .filter(|phrase| numbers(&phrase.en) != numbers(&phrase.translation))
            .map(|phrase| {
                format!(
                    "phrases: the translation of {:?} has the numbers {:?}, not {:?}",
                    phrase.en,
                    numbers(&phrase.translation),
                    numbers(&phrase.en)
                )
            }),
    );
    problems
}

/// The runs of digits in `text`, sorted: what a translation must keep.
fn numbers(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    found.sort_unstable();
    found
}
