//! The reporting instructions flattened into numbered rows, emergency first.
//!
//! One order for every view (text, steps, walkthrough, card, CSV, Markdown, JSON Lines): 911,
//! then each of the hotline's means in the data's order, then each local contact (`--add`),
//! then each other official channel.

use serde::Serialize;

use crate::data::AddedLayer;
use htlookup_data::model::{Channel, ChannelKind, List, Report, Text};

/// Who answers a row: decided by where the row comes from, never by comparing names, so a
/// data file's organisation named like the hotline cannot merge with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// Emergency services (911).
    Emergency,
    /// The National Human Trafficking Hotline.
    Hotline,
    /// Another official channel: its position in `report.other_channels`.
    Other(usize),
    /// A local contact (`--add`): the layer's position among those added, and the contact's
    /// in that layer.
    Local {
        /// Which layer, in the order they were added.
        layer: usize,
        /// Which contact, in the layer's order.
        contact: usize,
    },
}

/// One way to report, with the step it belongs to.
///
/// JSON keys (`report --format jsonl`): `step`, `id`, `via`, `purpose`, `on_page`, `kind`,
/// `value`, `vanity`, `note`, `languages`, `keywords`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRow {
    /// The step number: 1 is the emergency; each hotline means has its own; each other
    /// organization has one step that all its means share.
    pub step: usize,
    /// Who answers: decides which section a view puts the row in.
    #[serde(skip)]
    pub owner: Owner,
    /// Id of the means (`emergency`, `hotline-phone`, `fbi-online`, ...).
    pub id: Text,
    /// Who answers, by name: emergency services, the hotline, or another organization.
    pub via: Text,
    /// What to report through this channel, for organizations other than the hotline.
    pub purpose: Option<Text>,
    /// Whether the Special Feature page itself lists this way to report.
    pub on_page: bool,
    /// The kind of means (`phone`, `text`, ...).
    pub kind: ChannelKind,
    /// The number, address or URL.
    pub value: Text,
    /// The number in letters, where published.
    pub vanity: Option<Text>,
    /// What to know before using it.
    pub note: Option<Text>,
    /// Languages served, where known.
    pub languages: List<Text>,
    /// The words to text, for a text number whose source names them.
    pub keywords: List<Text>,
}

/// Every way to report, in the order a person should try them. `emergency_via` names who
/// answers 911, in the reader's language (the dataset holds only the number).
pub fn rows(report: &Report, emergency_via: &str) -> Vec<ReportRow> {
    let emergency = &report.emergency;
    let mut rows = vec![ReportRow {
        step: 1,
        owner: Owner::Emergency,
        id: Text::Borrowed("emergency"),
        via: Text::Owned(emergency_via.to_string()),
        purpose: None,
        on_page: true,
        kind: ChannelKind::Phone,
        value: emergency.number.clone(),
        vanity: None,
        note: Some(emergency.when.clone()),
        languages: List::Borrowed(&[]),
        keywords: List::Borrowed(&[]),
    }];
    let hotline = &report.hotline;
    for channel in hotline.channels.iter() {
        let step = rows.len() + 1;
        rows.push(row(
            step,
            Owner::Hotline,
            &hotline.name,
            None,
            true,
            channel,
        ));
    }
    let mut step = rows.len();
    for (index, organization) in report.other_channels.iter().enumerate() {
        step += 1;
        for channel in organization.channels.iter() {
            rows.push(row(
                step,
                Owner::Other(index),
                &organization.name,
                Some(&organization.purpose),
                organization.on_page,
                channel,
            ));
        }
    }
    rows
}

fn row(
    step: usize,
    owner: Owner,
    via: &Text,
    purpose: Option<&Text>,
    on_page: bool,
    channel: &Channel,
) -> ReportRow {
    ReportRow {
        step,
        owner,
        id: channel.id.clone(),
        via: via.clone(),
        purpose: purpose.cloned(),
        on_page,
        kind: channel.kind,
        value: channel.value.clone(),
        vanity: channel.vanity.clone(),
        note: channel.note.clone(),
        languages: channel.languages.clone(),
        keywords: channel.keywords.clone(),
    }
}

/// Adds the contacts of local `layers` to `rows`: one step each, after the hotline's steps and
/// before the other channels', whose steps move down by as many, so every view numbers them
/// alike and 911 and the hotline stay first. `text` gives a layer's string as the rows hold it
/// (made safe for people, or as written for data, whose writers escape it).
pub fn insert_local(rows: &mut Vec<ReportRow>, layers: &[AddedLayer], text: &dyn Fn(&str) -> Text) {
    let at = rows
        .iter()
        .position(|row| matches!(row.owner, Owner::Other(_)))
        .unwrap_or(rows.len());
    let first_step = rows[..at].last().map_or(1, |row| row.step + 1);
    let mut local = Vec::new();
    let mut step = first_step;
    for (layer, added) in layers.iter().enumerate() {
        for (contact, record) in added.layer.local.iter().enumerate() {
            for (index, means) in record.means.iter().enumerate() {
                // The record's id and the kind, numbered from the second of a kind on.
                let before = record.means[..index]
                    .iter()
                    .filter(|other| other.kind == means.kind)
                    .count();
                let id = match before {
                    0 => format!("{}-{}", record.id, means.kind.as_str()),
                    _ => format!("{}-{}-{}", record.id, means.kind.as_str(), before + 1),
                };
                local.push(ReportRow {
                    step,
                    owner: Owner::Local { layer, contact },
                    // Made of a checked kebab id and a kind word: nothing to make safe.
                    id: Text::Owned(id),
                    via: text(&record.name),
                    purpose: record.description.as_deref().map(text),
                    on_page: false,
                    kind: means.kind.into(),
                    value: text(&means.value),
                    vanity: None,
                    note: means.note.as_deref().map(text),
                    languages: List::Owned(
                        record
                            .languages
                            .iter()
                            .map(|language| text(language))
                            .collect(),
                    ),
                    keywords: List::Borrowed(&[]),
                });
            }
            step += 1;
        }
    }
    let added = step - first_step;
    for row in &mut rows[at..] {
        row.step += added;
    }
    rows.splice(at..at, local);
}

/// The rows grouped into steps: one group per step number, in order.
pub fn steps(rows: &[ReportRow]) -> impl Iterator<Item = &[ReportRow]> {
    rows.chunk_by(|a, b| a.step == b.step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded_dataset;

    #[test]
    fn emergency_comes_first_then_the_hotline_phone() {
        let rows = rows(&embedded_dataset().report, "Emergency services");
        assert_eq!((rows[0].step, rows[0].value.as_ref()), (1, "911"));
        assert_eq!(rows[0].owner, Owner::Emergency);
        assert_eq!(
            (rows[1].step, rows[1].value.as_ref()),
            (2, "1-888-373-7888")
        );
        assert_eq!(rows[1].via, "National Human Trafficking Hotline");
        assert_eq!(rows[1].owner, Owner::Hotline);
    }

    #[test]
    fn other_channels_share_one_step_per_organization_and_are_marked_off_page() {
        let rows = rows(&embedded_dataset().report, "Emergency services");
        let hsi: Vec<_> = rows
            .iter()
            .filter(|row| row.id.starts_with("hsi-"))
            .collect();
        assert_eq!(hsi.len(), 4);
        assert!(
            hsi.iter()
                .all(|row| row.step == hsi[0].step && !row.on_page && row.owner == Owner::Other(0))
        );
        let last = rows.last().map(|row| row.step);
        assert_eq!(
            last,
            Some(7 + embedded_dataset().report.other_channels.len())
        );
    }

    #[test]
    fn local_contacts_take_a_step_each_after_the_hotline_and_number_repeated_kinds() {
        let example = include_str!("../../examples/local-layer.toml");
        let mut layer = htlookup_data::load::parse_layer("l", example, embedded_dataset(), 5)
            .expect("the example layer is valid") // ok: test code
            .layer;
        let second = layer.local[0].means[0].clone();
        layer.local[0].means.push(second);
        let layers = [AddedLayer {
            path: "l".to_string(),
            layer,
        }];
        let report = &embedded_dataset().report;
        let mut rows = rows(report, "Emergency services");
        let hotline_last = rows
            .iter()
            .rfind(|row| row.owner == Owner::Hotline)
            .map(|row| row.step);
        insert_local(&mut rows, &layers, &|text| Text::Owned(text.to_string()));
        let local: Vec<(usize, &str)> = rows
            .iter()
            .filter(|row| matches!(row.owner, Owner::Local { .. }))
            .map(|row| (row.step, row.id.as_ref()))
            .collect();
        let first = hotline_last.map_or(0, |step| step + 1);
        assert_eq!(
            local[..3],
            [
                (first, "example-sheriff-ht-unit-phone"),
                (first, "example-sheriff-ht-unit-email"),
                (first, "example-sheriff-ht-unit-phone-2"),
            ]
        );
        let other = rows
            .iter()
            .find(|row| row.owner == Owner::Other(0))
            .map(|row| row.step);
        assert_eq!(
            other,
            Some(first + 3),
            "three contacts move the other channels down"
        );
    }

    #[test]
    fn an_organization_named_like_the_hotline_keeps_its_own_rows() {
        let mut report = embedded_dataset().report.clone();
        report.other_channels.to_mut()[0].name = report.hotline.name.clone();
        let rows = rows(&report, "Emergency services");
        let hotline = rows
            .iter()
            .filter(|row| row.owner == Owner::Hotline)
            .count();
        assert_eq!(hotline, report.hotline.channels.len());
    }
}
