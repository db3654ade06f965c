//! The hotline's means as links a phone acts on when it scans them: `tel:` to call, `sms:` to
//! text, the form's own `https:` address.
//!
//! Each link is derived by code from the dataset's one copy of the value, never typed a second
//! time: "1-888-373-7888" becomes `tel:+18883737888` here, so a change to the number in
//! `resources.toml` changes the code with it, and a typo cannot exist in one and not the other.

use crate::query::prepared::PreparedReport;
use crate::query::report::ReportRow;
use htlookup_data::model::ChannelKind;

/// One scannable means: the row it comes from and the link its code holds.
#[derive(Debug, Clone, PartialEq)]
pub struct QrLink<'a> {
    /// The row of the report this link is for (its kind, value and spelling).
    pub row: &'a ReportRow,
    /// What the code holds: `tel:+18883737888`, `sms:233733`, or a URL.
    pub payload: String,
}

/// The hotline's first phone, text and online means, in that order, as links. A means whose
/// value cannot be made into a link (a data file with an odd number) is left out.
pub fn hotline_links<'r>(report: &'r PreparedReport<'_>) -> Vec<QrLink<'r>> {
    [ChannelKind::Phone, ChannelKind::Text, ChannelKind::Online]
        .into_iter()
        .filter_map(|kind| report.hotline_means(kind))
        .filter_map(|row| {
            let payload = match row.kind {
                ChannelKind::Phone => tel_uri(&row.value)?,
                ChannelKind::Text => sms_uri(&row.value)?,
                _ => web_address(&row.value)?,
            };
            Some(QrLink { row, payload })
        })
        .collect()
}

/// Each local contact's first phone (else text, else online means) as a link, in the layers'
/// order: one code per contact, so a trainer can project them without a wall of codes.
pub fn local_links<'r>(report: &'r PreparedReport<'_>) -> Vec<QrLink<'r>> {
    let mut links = Vec::new();
    let contacts = report
        .local
        .iter()
        .enumerate()
        .flat_map(|(layer, section)| {
            (0..section.contacts.len()).map(move |contact| (layer, contact))
        });
    for (layer, contact) in contacts {
        let rows = report.local_rows(layer, contact);
        let link = [ChannelKind::Phone, ChannelKind::Text, ChannelKind::Online]
            .into_iter()
            .find_map(|kind| {
                let row = rows.iter().find(|row| row.kind == kind)?;
                let payload = match kind {
                    ChannelKind::Phone => tel_uri(&row.value)?,
                    ChannelKind::Text => sms_uri(&row.value)?,
                    _ => web_address(&row.value)?,
                };
                Some(QrLink { row, payload })
            });
        links.extend(link);
    }
    links
}

/// A North American number (`1-888-373-7888`, `888-373-7888`) in the international form a
/// `tel:` or `sms:` link needs (`+18883737888`); a three- to six-digit short number (911,
/// 233733) as it is. `None` for any other shape: a link to a wrong number is worse than none.
fn dial_string(value: &str) -> Option<String> {
    let groups: Vec<&str> = value.split('-').collect();
    if groups
        .iter()
        .any(|group| group.is_empty() || !group.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let lengths: Vec<usize> = groups.iter().map(|group| group.len()).collect();
    match lengths.as_slice() {
        [3..=6] => Some(value.to_string()),
        [3, 3, 4] => Some(format!("+1{}", groups.concat())),
        [1, 3, 3, 4] if groups[0] == "1" => Some(format!("+{}", groups.concat())),
        _ => None,
    }
}

/// `tel:` link for a phone number (RFC 3966).
pub fn tel_uri(value: &str) -> Option<String> {
    dial_string(value).map(|number| format!("tel:{number}"))
}

/// `sms:` link for a text number or short code (RFC 5724).
pub fn sms_uri(value: &str) -> Option<String> {
    dial_string(value).map(|number| format!("sms:{number}"))
}

/// A web address as it is, if it is one (`https://`).
fn web_address(value: &str) -> Option<String> {
    value.starts_with("https://").then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Source;
    use crate::embedded::{Lang, dataset as embedded};

    #[test]
    fn numbers_become_international_links_and_odd_ones_none() {
        assert_eq!(
            tel_uri("1-888-373-7888").as_deref(),
            Some("tel:+18883737888")
        );
        assert_eq!(tel_uri("888-373-7888").as_deref(), Some("tel:+18883737888"));
        assert_eq!(tel_uri("911").as_deref(), Some("tel:911"));
        assert_eq!(sms_uri("233733").as_deref(), Some("sms:233733"));
        for odd in [
            "",
            "1-800-CALL-FBI",
            "2-888-373-7888",
            "1-888-373-788",
            "12",
            "+1 888",
        ] {
            assert_eq!(tel_uri(odd), None, "{odd}");
        }
    }

    #[test]
    fn the_hotline_gives_its_phone_text_and_form_in_that_order() {
        let report = PreparedReport::new(embedded(), Lang::En, &Source::BuiltIn, &[]);
        let links = hotline_links(&report);
        let payloads: Vec<&str> = links.iter().map(|link| link.payload.as_str()).collect();
        assert_eq!(
            payloads,
            [
                "tel:+18883737888",
                "sms:233733",
                "https://humantraffickinghotline.org/en/report-trafficking"
            ]
        );
    }
}
