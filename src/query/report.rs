//! The reporting instructions flattened into numbered rows, emergency first.
//!
//! One order for every view (table, steps, CSV, Markdown, JSON Lines): 911, then each of the
//! hotline's means in the data's order, then each other official channel.

use serde::Serialize;

use crate::dataset::model::{Channel, ChannelKind, Report};

/// One way to report, with the step it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRow<'a> {
    /// The step number: 1 is the emergency; each hotline means has its own; each other
    /// organization has one step that all its means share.
    pub step: usize,
    /// Id of the means (`emergency`, `hotline-phone`, `fbi-online`, ...).
    pub id: &'a str,
    /// Who answers: emergency services, the hotline, or another organization.
    pub via: &'a str,
    /// What to report through this channel, for organizations other than the hotline.
    pub purpose: Option<&'a str>,
    /// Whether the Special Feature page itself lists this way to report.
    pub on_page: bool,
    /// The kind of means (`phone`, `text`, ...).
    pub kind: ChannelKind,
    /// The number, address or URL.
    pub value: &'a str,
    /// The number in letters, where published.
    pub vanity: Option<&'a str>,
    /// What to know before using it.
    pub note: Option<&'a str>,
    /// Languages served, where known.
    pub languages: &'a [crate::dataset::model::Text],
}

/// Every way to report, in the order a person should try them. `emergency_via` names who
/// answers 911, in the reader's language (the dataset holds only the number).
pub fn rows<'a>(report: &'a Report, emergency_via: &'a str) -> Vec<ReportRow<'a>> {
    let emergency = &report.emergency;
    let mut rows = vec![ReportRow {
        step: 1,
        id: "emergency",
        via: emergency_via,
        purpose: None,
        on_page: true,
        kind: ChannelKind::Phone,
        value: &emergency.number,
        vanity: None,
        note: Some(&emergency.when),
        languages: &[],
    }];
    let hotline = &report.hotline;
    for channel in hotline.channels.iter() {
        let step = rows.len() + 1;
        rows.push(row(step, &hotline.name, None, true, channel));
    }
    let mut step = rows.len();
    for organization in report.other_channels.iter() {
        step += 1;
        for channel in organization.channels.iter() {
            let purpose = Some(organization.purpose.as_ref());
            rows.push(row(
                step,
                &organization.name,
                purpose,
                organization.on_page,
                channel,
            ));
        }
    }
    rows
}

fn row<'a>(
    step: usize,
    via: &'a str,
    purpose: Option<&'a str>,
    on_page: bool,
    channel: &'a Channel,
) -> ReportRow<'a> {
    ReportRow {
        step,
        id: &channel.id,
        via,
        purpose,
        on_page,
        kind: channel.kind,
        value: &channel.value,
        vanity: channel.vanity.as_deref(),
        note: channel.note.as_deref(),
        languages: &channel.languages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset;

    #[test]
    fn emergency_comes_first_then_the_hotline_phone() {
        let rows = rows(&dataset::embedded().report, "Emergency services");
        assert_eq!((rows[0].step, rows[0].value), (1, "911"));
        assert_eq!((rows[1].step, rows[1].value), (2, "1-888-373-7888"));
        assert_eq!(rows[1].via, "National Human Trafficking Hotline");
    }

    #[test]
    fn other_channels_share_one_step_per_organization_and_are_marked_off_page() {
        let rows = rows(&dataset::embedded().report, "Emergency services");
        let hsi: Vec<_> = rows
            .iter()
            .filter(|row| row.id.starts_with("hsi-"))
            .collect();
        assert_eq!(hsi.len(), 3);
        assert!(
            hsi.iter()
                .all(|row| row.step == hsi[0].step && !row.on_page)
        );
        let last = rows.last().map(|row| row.step);
        assert_eq!(
            last,
            Some(7 + dataset::embedded().report.other_channels.len())
        );
    }
}
