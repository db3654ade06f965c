//! The words htlookup prints around the data, one file per language (`locales/en.toml`,
//! `locales/es.toml`), and the translations of the dataset's own sentences.
//!
//! The build script checks every language against English and the dataset with these types
//! and bakes them into the binary as statics (nothing is parsed at run time). Keeping the wording here rather than in the renderers means a
//! translator edits one TOML file and never reads Rust.
//!
//! Labels are templates with named holes: `"Call {who}: {contact}"`. The renderer fills the
//! holes with data (numbers, URLs, names), so a translation can move a number within a sentence
//! but can never hold a copy of one.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{List, Text};

/// Declares [`Labels`] from one list of fields, so the struct, its key list and every check
/// that walks the labels cannot drift apart.
macro_rules! labels {
    ($($(#[doc = $doc:literal])+ $field:ident,)*) => {
        /// Every sentence and word of htlookup's people-facing views, in one language.
        ///
        /// Each field is required: a language file missing one fails the build, so no view
        /// can fall back to English in the middle of a Spanish page.
        #[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct Labels {
            $($(#[doc = $doc])+ pub $field: Text,)*
        }

        impl Labels {
            /// Every label with its key, in declaration order: for checks that compare two
            /// languages, and for baking.
            pub fn entries(&self) -> Vec<(&'static str, &str)> {
                vec![$((stringify!($field), &*self.$field)),*]
            }
        }
    };
}

labels! {
    /// The first line of every view: `{number}` is the emergency number.
    in_danger,
    /// The hotline's heading: `{name}` and `{name_es}` are its English and Spanish names.
    hotline_heading,
    /// After a means' notes: `{languages}` is the list of languages it serves.
    languages,
    /// Heading over the channels that the OJP page does not list.
    other_heading,
    /// The report's last line: `{url}`, `{modified}`, `{checked}`.
    source_line,
    /// A footer line when a data file is in use: `{path}` names it.
    data_file,
    /// Heading over a local layer's contacts: `{area}` is the layer's area.
    local_heading,
    /// A footer line for each local layer: `{name}` keeps it, `{checked}` is when its facts
    /// were checked, `{path}` the file.
    local_footer,
    /// Title of the numbered steps, the walkthrough's summary and the card.
    steps_title,
    /// A hotline step by phone: `{who}` names the hotline, `{contact}` is the number.
    step_phone,
    /// A hotline step by TTY relay: `{contact}` is the relay number, `{phone}` the hotline's
    /// own number, which the relay operator is asked for.
    step_tty,
    /// A hotline step by text message: `{who}`, `{contact}`.
    step_text,
    /// A hotline step by live chat: `{who}`, `{contact}`.
    step_chat,
    /// A hotline step by online form: `{who}`, `{contact}`.
    step_online,
    /// A hotline step by email: `{who}`, `{contact}`.
    step_email,
    /// `{who}` the first time a step names the hotline: `{name}`, `{name_es}`.
    hotline_first,
    /// `{who}` every later time.
    hotline_again,
    /// What to do with a relay number, beside it: `{contact}`, `{phone}` (as in `step_tty`).
    tty_relay,
    /// What to text and where, as the object of a sentence: `{keywords}`, `{contact}`.
    text_to,
    /// What to do with a text number that has keywords, beside it: `{text}` as `text_to` fills.
    text_how,
    /// The word that joins the last two of a list ("HELP or INFO").
    or_word,
    /// A step for another organization: `{via}` is its name.
    other_step,
    /// A step for a local contact (`--add`): `{name}` is its name, with its hours.
    local_step,
    /// Who answers 911, as the report's rows name it.
    emergency_via,
    /// The verb beside a phone number.
    action_phone,
    /// The label beside a TTY relay number.
    action_tty,
    /// The verb beside a text-message number.
    action_text,
    /// The label beside a live-chat address.
    action_chat,
    /// The label beside an online form.
    action_online,
    /// The label beside an email address.
    action_email,
    /// The walkthrough's heading: `{step}` of `{total}`.
    step_of,
    /// The walkthrough's prompt between steps.
    prompt_next,
    /// The walkthrough's prompt after the last step.
    prompt_summary,
    /// Title of the walkthrough's last screen, which holds every number.
    summary_title,
    /// Heading over the QR codes.
    qr_heading,
    /// Caption of the card's code for the hotline's phone.
    scan_phone,
    /// Caption of the card's code for the hotline's text number.
    scan_text,
    /// Caption of the card's code for the hotline's online form.
    scan_online,
    /// The card's heading over the related agencies.
    agencies_heading,
    /// The card's heading over what a trainer should pass on (alerts, the check's limits).
    alerts_heading,
    /// The short answer's last line: where the rest is.
    short_more,
    /// The line that ends a report taller than the terminal, so its last screen still has the
    /// numbers: `{emergency}`, `{phone}`, `{text}` (keywords and number, as `text_to` fills).
    reminder,
    /// A warning about the data, before the numbers: `{message}`.
    warning,
    /// A data file changed a national number: `{what}`, `{builtin}`, `{file}`.
    change_value,
    /// A data file removed a national number: `{what}`, `{builtin}`.
    remove_value,
    /// A data file added a national number the built-in data lacks: `{what}`, `{file}`.
    add_value,
    /// `{what}` for 911.
    what_emergency,
    /// `{what}` for the hotline's phone.
    what_phone,
    /// `{what}` for the hotline's TTY.
    what_tty,
    /// `{what}` for the hotline's text number.
    what_text,
    /// `{what}` for the hotline's text keywords.
    what_keywords,
    /// `{what}` for the hotline's chat.
    what_chat,
    /// `{what}` for the hotline's online form.
    what_online,
    /// `{what}` for the hotline's email.
    what_email,
    /// The card's last line: `{title}`, `{publisher}`, `{url}`, `{created}`, `{modified}`,
    /// `{checked}`.
    card_source,
    /// Markdown heading of the report's step numbers (a handout is read by people; CSV and
    /// JSON keep their keys in English for scripts).
    column_step,
    /// Markdown heading of who answers each means.
    column_via,
    /// Markdown heading of the means (its values are the same codes in every language).
    column_kind,
    /// Markdown heading of the number or address.
    column_value,
    /// Markdown heading of a number spelt as a word (233733 as BeFree).
    column_vanity,
    /// Markdown heading of the notes.
    column_note,
    /// Markdown heading of the languages served.
    column_languages,
}

impl Labels {
    /// The report's Markdown column headings, in the order of its columns.
    pub fn report_headings(&self) -> [&str; 7] {
        [
            &self.column_step,
            &self.column_via,
            &self.column_kind,
            &self.column_value,
            &self.column_vanity,
            &self.column_note,
            &self.column_languages,
        ]
    }
}

/// One of the dataset's sentences and its translation. The English text is the key, so when
/// the English in `resources.toml` changes, the old translation no longer matches and the build
/// says which sentence needs translating again: a stale translation cannot ship.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    /// The sentence exactly as `resources.toml` has it.
    pub en: Text,
    /// The same sentence in this language.
    pub translation: Text,
}

/// One language: its code, its labels and, for languages other than English, its translations
/// of the dataset's sentences.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Locale {
    /// The language's code (`en`, `es`), the value `--lang` takes.
    pub lang: Text,
    /// The words around the data.
    pub labels: Labels,
    /// Translations of the dataset's sentences (notes, purposes, hours, language names).
    #[serde(default)]
    pub phrases: List<Phrase>,
}

impl Locale {
    /// The translation of one of the dataset's sentences; the sentence itself when this
    /// language has none (English, or a data file whose sentences nobody translated).
    pub fn phrase<'t>(&'t self, english: &'t Text) -> &'t Text {
        self.phrases
            .iter()
            .find(|phrase| phrase.en == *english)
            .map_or(english, |phrase| &phrase.translation)
    }
}

/// Reads a language file (`locales/<code>.toml`).
pub fn parse(text: &str) -> Result<Locale, String> {
    toml::from_str(text).map_err(|error| error.to_string())
}

/// How a hole may ask for its value to be changed: `{name_es:lower_first}` is the value with its
/// first letter in lower case, for a name that starts with an article in the middle of a
/// sentence ("Llame a la Línea Nacional…").
const LOWER_FIRST: &str = ":lower_first";

/// Fills a label's `{holes}` with values, in one pass: a value is never read as a template, so
/// data holding braces prints as it is. A hole with no value stays as written (the build checks
/// that no such label ships).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let hole = &after[..close];
            let (key, lower_first) = match hole.strip_suffix(LOWER_FIRST) {
                Some(key) => (key, true),
                None => (hole, false),
            };
            values
                .iter()
                .find(|(name, _)| *name == key)
                .map(|(_, value)| (*value, close, lower_first))
        });
        match value {
            Some((value, close, lower_first)) => {
                let mut chars = value.chars();
                match chars.next() {
                    Some(first) if lower_first => {
                        out.extend(first.to_lowercase());
                        out.push_str(chars.as_str());
                    }
                    _ => out.push_str(value),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The names of a template's holes (without a `:lower_first`).
pub fn holes(template: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let hole = &rest[..close];
            names.insert(hole.strip_suffix(LOWER_FIRST).unwrap_or(hole));
            rest = &rest[close + 1..];
        }
    }
    names
}

/// Checks a language against English: the same holes in every label (a translation that drops
/// `{contact}` would drop the number), no empty label, no phrase twice. The hotline's two names,
/// `{name}` and `{name_es}`, count as one hole, so that Spanish can call it by its Spanish name.
/// Returns one line per problem; empty means the language is sound.
pub fn check_against_english(locale: &Locale, english: &Locale) -> Vec<String> {
    let mut problems = Vec::new();
    for ((key, text), (_, english_text)) in locale
        .labels
        .entries()
        .into_iter()
        .zip(english.labels.entries())
    {
        if text.trim().is_empty() {
            problems.push(format!("labels.{key}: is empty"));
        }
        let one_name = |template| {
            let mut names = holes(template);
            if names.remove("name_es") {
                names.insert("name");
            }
            names
        };
        let (have, want) = (one_name(text), one_name(english_text));
        if have != want {
            problems.push(format!(
                "labels.{key}: has the holes {have:?} but English has {want:?}"
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for phrase in locale.phrases.iter() {
        if !seen.insert(&*phrase.en) {
            problems.push(format!("phrases: {:?} is translated twice", phrase.en));
        }
        if phrase.translation.trim().is_empty() {
            problems.push(format!("phrases: {:?} has an empty translation", phrase.en));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_values_in_their_holes_once_and_leaves_unknown_holes() {
        assert_eq!(
            fill(
                "Call {who}: {contact}",
                &[("who", "the hotline"), ("contact", "{who}")]
            ),
            "Call the hotline: {who}"
        );
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(
            fill("Llame a {name:lower_first}", &[("name", "La Línea")]),
            "Llame a la Línea"
        );
        assert_eq!(fill("no holes", &[("x", "y")]), "no holes");
    }

    #[test]
    fn holes_are_the_names_between_braces() {
        let names: Vec<&str> = holes("Dial {contact} (TTY) for {who:lower_first}.")
            .into_iter()
            .collect();
        assert_eq!(names, ["contact", "who"]);
    }
}
