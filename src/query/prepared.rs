//! The report as every people-facing view gets it: translated, made safe, rowed, with its
//! warnings and footer, built once and handed to whichever renderer a command chose (the text
//! report, the steps, the short answer, the walkthrough, QR codes, the card).
//!
//! Building it here means the views cannot disagree: they get the same rows in the same order,
//! the same warnings, the same footer, and none of them ever sees a string from data that has
//! not crossed the sanitiser (`render::sanitize`). Machine formats get the translated report as
//! data ([`PreparedReport::json`], [`PreparedReport::data_rows`]); their writers escape it.

use std::borrow::Cow;

use serde::Serialize;

use super::changes::{NationalChange, NationalValue};
use super::local::{LocalContact, LocalFilter, find};
use super::report::{Owner, ReportRow, insert_local, rows};
use crate::data::{AddedLayer, Source};
use crate::embedded::{Lang, locale};
use crate::render::sanitize;
use htlookup_data::locale::{Labels, fill};
use htlookup_data::model::{ChannelKind, Dataset, Emergency, Hotline, Organization, Report, Text};
use htlookup_data::translate;

/// The report of one run, in one language, ready for people.
#[derive(Debug, Clone)]
pub struct PreparedReport<'a> {
    /// The words around the data.
    pub labels: &'static Labels,
    /// The language's code (`en`, `es`), for `<html lang>`.
    pub lang: &'static str,
    /// The report in the labels' language, every text made safe to print.
    pub shown: Cow<'a, Report>,
    /// Every way to report, in order, from `shown`.
    pub rows: Vec<ReportRow>,
    /// The warnings to show before the numbers, as sentences made safe to print: each
    /// national value the data file changed.
    pub warnings: Vec<String>,
    /// The lines under the report and the card: where the facts come from.
    pub footer: Footer,
    /// How many of the data's sentences this language has no translation of (shown in
    /// English): none for the built-in data, which the build checks.
    pub untranslated: usize,
    /// The contacts of each local layer added (`--add`), made safe: shown after the hotline
    /// and before the other channels. Empty without a layer.
    pub local: Vec<LocalSection>,
    /// The translated report as data, with the changes, for JSON.
    translated: Cow<'a, Report>,
    changes: Vec<NationalChange>,
    /// The layers added, as data for JSON (its writer escapes them).
    layers: &'a [AddedLayer],
    emergency_via: String,
}

/// Where the facts come from, for the end of every view, made safe to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    /// The address of the page the facts come from, as the lines below give it.
    pub url: String,
    /// The report's source line: the page, its date, when the facts were checked.
    pub source: String,
    /// The card's source line: the page's title, publisher, address and dates.
    pub card_source: String,
    /// What the check could not cover (its caveat), when the data says.
    pub caveat: Option<String>,
    /// "Data: FILE, not the built-in data.", when a data file is in use.
    pub data_file: Option<String>,
    /// One line per local layer: who keeps it, when it was checked, its file.
    pub local: Vec<String>,
}

/// One local layer's contacts as the views show them: every text made safe, as written in
/// the layer (local text is not translated; the words around it are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalSection {
    /// "Local contacts for AREA".
    pub heading: String,
    /// The contacts, in the layer's order.
    pub contacts: Vec<LocalShown>,
}

/// One local contact, made safe. Its means are its rows ([`PreparedReport::local_rows`]),
/// so the steps and every other view show the same values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalShown {
    /// Its name, with its hours when the layer gives them.
    pub name: String,
    /// Where its rows are in the report's rows (a contact's rows are consecutive).
    rows: std::ops::Range<usize>,
}

impl Footer {
    /// The report's footer lines, in order.
    pub fn report_lines(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.source.as_str())
            .chain(self.caveat.as_deref())
            .chain(self.data_file.as_deref())
            .chain(self.local.iter().map(String::as_str))
    }

    /// The card's footer lines, in order.
    pub fn card_lines(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.card_source.as_str())
            .chain(self.caveat.as_deref())
            .chain(self.data_file.as_deref())
            .chain(self.local.iter().map(String::as_str))
    }
}

/// The JSON shape of `htlookup report --json`: the report object's own keys, and `warnings`.
/// (Written out rather than `#[serde(flatten)]`, which buffers every value on its way.)
#[derive(Debug, Serialize)]
pub struct ReportJson<'a> {
    emergency: &'a Emergency,
    hotline: &'a Hotline,
    other_channels: &'a [Organization],
    warnings: Vec<WarningJson<'a>>,
    /// Each local layer added (`--add`), with its contacts; `[]` without one (a list is always
    /// an array).
    local: Vec<LayerJson<'a>>,
}

/// One local layer in `report --json`: who keeps it, for where, when checked, its file, and
/// its contacts as `htlookup local --json` gives them.
#[derive(Debug, Serialize)]
pub struct LayerJson<'a> {
    name: &'a str,
    area: &'a str,
    checked: htlookup_data::model::Date,
    source: Option<&'a str>,
    file: &'a str,
    contacts: Vec<LocalContact<'a>>,
}

/// One warning in JSON: the change and its sentence.
#[derive(Debug, Serialize)]
pub struct WarningJson<'a> {
    field: NationalValue,
    builtin: &'a [String],
    file: &'a [String],
    message: String,
}

impl<'a> WarningJson<'a> {
    /// `change` with its sentence in `labels`' language.
    pub fn new(change: &'a NationalChange, labels: &Labels) -> Self {
        WarningJson {
            field: change.field,
            builtin: &change.builtin,
            file: &change.file,
            message: change.message(labels),
        }
    }
}

impl<'a> PreparedReport<'a> {
    /// Translates `data`'s report into `lang`, makes every text safe, rows it, and words its
    /// warnings (`changes`, see `query::changes`) and footer (`source` names a data file).
    /// Nothing is copied that needs no change: English built-in data is used as it is.
    pub fn new(data: &'a Dataset, lang: Lang, source: &Source, changes: &[NationalChange]) -> Self {
        let locale = locale(lang);
        let labels = &locale.labels;
        let translated = translate::report(&data.report, locale);
        let shown = match (&translated, sanitize::report(&translated)) {
            (_, Cow::Owned(safe)) => Cow::Owned(safe),
            (Cow::Borrowed(report), Cow::Borrowed(_)) => Cow::Borrowed(*report),
            (Cow::Owned(report), Cow::Borrowed(_)) => Cow::Owned(report.clone()),
        };
        let emergency_via = labels.emergency_via.to_string();
        let rows = rows(&shown, &emergency_via);
        let warnings = changes
            .iter()
            .map(|change| sanitize::visible(&change.message(labels)).into_owned())
            .collect();
        let meta = &data.meta;
        let safe = |text: &str| sanitize::visible(text).into_owned();
        let (created, modified, checked) = (
            meta.created.to_string(),
            meta.modified.to_string(),
            meta.facts_checked.to_string(),
        );
        let url = safe(&meta.url);
        let footer = Footer {
            url: url.clone(),
            source: fill(
                &labels.source_line,
                &[
                    ("url", &url),
                    ("modified", &modified),
                    ("checked", &checked),
                ],
            ),
            card_source: fill(
                &labels.card_source,
                &[
                    ("title", &safe(&meta.title)),
                    ("publisher", &safe(&meta.publisher)),
                    ("url", &url),
                    ("created", &created),
                    ("modified", &modified),
                    ("checked", &checked),
                ],
            ),
            caveat: meta
                .facts_caveat
                .as_ref()
                .map(|caveat| safe(locale.phrase(caveat))),
            data_file: match source {
                Source::BuiltIn => None,
                Source::File(path) => Some(fill(&labels.data_file, &[("path", &safe(path))])),
            },
            local: Vec::new(),
        };
        PreparedReport {
            untranslated: match lang {
                Lang::En => 0,
                _ => translate::untranslated(data, locale).len(),
            },
            labels,
            lang: &locale.lang,
            shown,
            rows,
            warnings,
            footer,
            local: Vec::new(),
            translated,
            changes: changes.to_vec(),
            layers: &[],
            emergency_via,
        }
    }

    /// The report with the contacts of the local `layers` (`--add`), each text made safe,
    /// and a footer line for each layer.
    pub fn with_local(mut self, layers: &'a [AddedLayer]) -> Self {
        self.layers = layers;
        let labels = self.labels;
        let safe = |text: &str| sanitize::visible(text).into_owned();
        insert_local(&mut self.rows, layers, &|text| Text::Owned(safe(text)));
        // Each contact's rows, found once: a layer of thousands of contacts is not scanned
        // once a contact.
        let mut ranges: Vec<Vec<std::ops::Range<usize>>> = layers
            .iter()
            .map(|added| vec![0..0; added.layer.local.len()])
            .collect();
        for (index, row) in self.rows.iter().enumerate() {
            if let Owner::Local { layer, contact } = row.owner
                && let Some(range) = ranges.get_mut(layer).and_then(|c| c.get_mut(contact))
            {
                *range = match range.start == range.end {
                    true => index..index + 1,
                    false => range.start..index + 1,
                };
            }
        }
        for (added, ranges) in layers.iter().zip(ranges) {
            let meta = &added.layer.meta;
            let contacts = added
                .layer
                .local
                .iter()
                .zip(ranges)
                .map(|(record, rows)| LocalShown {
                    name: match &record.hours {
                        Some(hours) => format!("{} ({})", safe(&record.name), safe(hours)),
                        None => safe(&record.name),
                    },
                    rows,
                })
                .collect();
            self.local.push(LocalSection {
                heading: fill(&labels.local_heading, &[("area", &safe(&meta.area))]),
                contacts,
            });
            let checked = meta.checked.to_string();
            self.footer.local.push(fill(
                &labels.local_footer,
                &[
                    ("name", &safe(&meta.name)),
                    ("checked", &checked),
                    ("path", &safe(&added.path)),
                ],
            ));
        }
        self
    }

    /// The report as data for JSON: the translated report (unsanitised: the JSON writer
    /// escapes it) with its `warnings`.
    pub fn json(&self) -> ReportJson<'_> {
        let report = &self.translated;
        ReportJson {
            emergency: &report.emergency,
            hotline: &report.hotline,
            other_channels: &report.other_channels,
            warnings: self
                .changes
                .iter()
                .map(|change| WarningJson::new(change, self.labels))
                .collect(),
            local: self
                .layers
                .iter()
                .map(|added| LayerJson {
                    name: &added.layer.meta.name,
                    area: &added.layer.meta.area,
                    checked: added.layer.meta.checked,
                    source: added.layer.meta.source.as_deref(),
                    file: &added.path,
                    contacts: find(std::slice::from_ref(added), &LocalFilter::default()),
                })
                .collect(),
        }
    }

    /// The rows as data, for CSV, JSON Lines and Markdown (their writers make them safe).
    pub fn data_rows(&self) -> Vec<ReportRow> {
        let mut rows = rows(&self.translated, &self.emergency_via);
        insert_local(&mut rows, self.layers, &|text| {
            Text::Owned(text.to_string())
        });
        rows
    }

    /// "In immediate danger? Call 911.", in this report's language.
    pub fn in_danger(&self) -> String {
        fill(
            &self.labels.in_danger,
            &[("number", &self.shown.emergency.number)],
        )
    }

    /// The hotline's heading: both of its names, the report's language first.
    pub fn hotline_heading(&self) -> String {
        let hotline = &self.shown.hotline;
        fill(
            &self.labels.hotline_heading,
            &[("name", &hotline.name), ("name_es", &hotline.name_es)],
        )
    }

    /// The rows of one owner (the hotline, or another organization), in order.
    pub fn rows_of(&self, owner: Owner) -> impl Iterator<Item = &ReportRow> {
        self.rows.iter().filter(move |row| row.owner == owner)
    }

    /// The rows of the `contact`-th contact of the `layer`-th local layer: its means, as
    /// every view lists them.
    pub fn local_rows(&self, layer: usize, contact: usize) -> &[ReportRow] {
        self.local
            .get(layer)
            .and_then(|section| section.contacts.get(contact))
            .and_then(|shown| self.rows.get(shown.rows.clone()))
            .unwrap_or(&[])
    }

    /// The hotline's first means of `kind`, if it has one.
    pub fn hotline_means(&self, kind: ChannelKind) -> Option<&ReportRow> {
        self.rows_of(Owner::Hotline).find(|row| row.kind == kind)
    }

    /// The hotline's phone number, which a TTY caller asks the relay operator for.
    pub fn hotline_phone(&self) -> &str {
        self.hotline_means(ChannelKind::Phone)
            .map_or("", |row| row.value.as_ref())
    }

    /// What to text to `row`'s number: "HELP or INFO to 233733", or the number alone when the
    /// data names no keywords.
    pub fn text_to(&self, row: &ReportRow) -> String {
        if row.keywords.is_empty() {
            return row.value.to_string();
        }
        fill(
            &self.labels.text_to,
            &[
                ("keywords", &self.either(&row.keywords)),
                ("contact", &row.value),
            ],
        )
    }

    /// "HELP or INFO": a list joined with the language's "or".
    pub fn either(&self, items: &[Text]) -> String {
        match items {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => {
                let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
                format!("{} {} {last}", rest.join(", "), self.labels.or_word)
            }
        }
    }

    /// The line that ends a report taller than the terminal: 911, the hotline's phone and what
    /// to text, so the last screen a person sees still has them.
    pub fn reminder(&self) -> String {
        let text = self
            .hotline_means(ChannelKind::Text)
            .map(|row| self.text_to(row))
            .unwrap_or_default();
        fill(
            &self.labels.reminder,
            &[
                ("emergency", &self.shown.emergency.number),
                ("phone", self.hotline_phone()),
                ("text", &text),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded;

    fn prepared(lang: Lang) -> PreparedReport<'static> {
        PreparedReport::new(embedded(), lang, &Source::BuiltIn, &[])
    }

    #[test]
    fn the_reminder_holds_911_the_phone_and_what_to_text() {
        assert_eq!(
            prepared(Lang::En).reminder(),
            "In danger, call 911. Hotline: 1-888-373-7888; text HELP or INFO to 233733."
        );
        assert_eq!(
            prepared(Lang::Es).reminder(),
            "En peligro, llame al 911. Línea Nacional: 1-888-373-7888; mensaje de texto: \
             HELP o INFO al 233733."
        );
    }

    #[test]
    fn a_data_file_is_named_in_the_footer_and_the_built_in_data_is_not() {
        assert_eq!(prepared(Lang::En).footer.data_file, None);
        let from_file = PreparedReport::new(
            embedded(),
            Lang::En,
            &Source::File("my\ndata.toml".into()),
            &[],
        );
        assert_eq!(
            from_file.footer.data_file.as_deref(),
            Some("Data: my data.toml, not the built-in data.")
        );
    }
}
