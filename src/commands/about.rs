//! `htlookup about`: where the facts come from, when they were checked, what is uncertain, and
//! whose data this is.

use std::borrow::Cow;

use serde::Serialize;

use super::Context;
use crate::data::Source;
use crate::embedded::{Lang, locale};
use crate::error::Result;
use crate::query::prepared::WarningJson;
use crate::render::{self, Format, Pair};
use htlookup_data::locale::fill;
use htlookup_data::model::{Counts, Date, Text};

/// The JSON shape of `htlookup about --json`.
#[derive(Debug, Serialize)]
struct About<'a> {
    title: &'a str,
    publisher: &'a str,
    url: &'a str,
    section_url: &'a str,
    created: Date,
    modified: Date,
    facts_checked: Date,
    facts_caveat: Option<&'a str>,
    notes: &'a [Text],
    alerts: &'a [Text],
    counts: Counts,
    /// The data file in use, or null for the built-in data.
    data_file: Option<&'a str>,
    warnings: Vec<WarningJson<'a>>,
    /// The local layers added (`--add`), in order; `[]` without one.
    layers: Vec<LayerAbout<'a>>,
    version: &'static str,
}

/// One local layer in `about --json`: whose it is, for where, how fresh, where from, and how
/// many contacts it adds (the contacts themselves are `htlookup local --json`).
#[derive(Debug, Serialize)]
struct LayerAbout<'a> {
    name: &'a str,
    area: &'a str,
    checked: Date,
    source: Option<&'a str>,
    file: &'a str,
    contacts: usize,
}

/// [`About`]'s JSON keys, in order: CSV's header.
const KEYS: &[&str] = &[
    "title",
    "publisher",
    "url",
    "section_url",
    "created",
    "modified",
    "facts_checked",
    "facts_caveat",
    "notes",
    "alerts",
    "counts",
    "data_file",
    "warnings",
    "layers",
    "version",
];

/// Prints the provenance: a card for people, one object (or one CSV row) for scripts.
pub fn run(format: Format, context: &mut Context<'_>) -> Result<()> {
    let data = context.data.dataset();
    let meta = &data.meta;
    let labels = &locale(Lang::En).labels;
    let data_file = match &context.data.source {
        Source::BuiltIn => None,
        Source::File(path) => Some(path.as_str()),
    };
    let about = About {
        title: &meta.title,
        publisher: &meta.publisher,
        url: &meta.url,
        section_url: &meta.section_url,
        created: meta.created,
        modified: meta.modified,
        facts_checked: meta.facts_checked,
        facts_caveat: meta.facts_caveat.as_deref(),
        notes: &meta.notes,
        alerts: &data.report.hotline.alerts,
        counts: data.counts(),
        data_file,
        warnings: context
            .changes
            .iter()
            .map(|change| WarningJson::new(change, labels))
            .collect(),
        layers: context
            .data
            .layers
            .iter()
            .map(|added| {
                let meta = &added.layer.meta;
                LayerAbout {
                    name: &meta.name,
                    area: &meta.area,
                    checked: meta.checked,
                    source: meta.source.as_deref(),
                    file: &added.path,
                    contacts: added.layer.local.len(),
                }
            })
            .collect(),
        version: env!("CARGO_PKG_VERSION"),
    };
    let list = |items: &[Text]| -> String {
        let lines: Vec<String> = items.iter().map(|item| format!("- {item}")).collect();
        lines.join("\n")
    };
    let warnings: Vec<String> = context
        .changes
        .iter()
        .map(|change| fill(&labels.warning, &[("message", &change.message(labels))]))
        .collect();
    let checked = match &meta.facts_caveat {
        Some(caveat) => format!("{} ({caveat})", meta.facts_checked),
        None => meta.facts_checked.to_string(),
    };
    let fields = [
        ("Warnings", Cow::Owned(warnings.join("\n"))),
        (
            "Page",
            Cow::Owned(format!("{} ({})", meta.title, meta.publisher)),
        ),
        ("Address", Cow::Borrowed(about.url)),
        ("Created", Cow::Owned(meta.created.to_string())),
        ("Modified", Cow::Owned(meta.modified.to_string())),
        ("Facts checked", Cow::Owned(checked)),
        ("Records", Cow::Owned(about.counts.to_string())),
        ("Notes", Cow::Owned(list(&meta.notes))),
        ("For trainers", Cow::Owned(list(about.alerts))),
        (
            "Data",
            Cow::Owned(match data_file {
                Some(path) => fill(&labels.data_file, &[("path", path)]),
                None => "built-in".to_string(),
            }),
        ),
        (
            "Local layers",
            Cow::Owned(local_layers(&context.data.layers)),
        ),
        ("Version", Cow::Owned(format!("htlookup {}", about.version))),
    ];
    match format {
        Format::Json => render::json_document(context.out, &about)?,
        Format::Jsonl => render::json_line(context.out, &about)?,
        Format::Csv => render::csv::write(context.out, KEYS, &[&about])?,
        Format::Markdown => {
            let pairs: Vec<Pair<'_>> = fields
                .into_iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(field, value)| Pair { field, value })
                .collect();
            render::records(context.out, format, &context.style, &pairs)?
        }
        format => render::detail(context.out, format, &context.style, &fields)?,
    }
    Ok(())
}

/// One line per local layer added: who keeps it, for where, when it was checked, its file.
fn local_layers(layers: &[crate::data::AddedLayer]) -> String {
    let lines: Vec<String> = layers
        .iter()
        .map(|added| {
            let meta = &added.layer.meta;
            format!(
                "{}, for {}, checked {} ({})",
                meta.name, meta.area, meta.checked, added.path
            )
        })
        .collect();
    lines.join("\n")
}
