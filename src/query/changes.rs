//! What a data file changes of the national numbers: 911 and the hotline's every contact value.
//!
//! A data file is how a scam could reach a trainer's handout: a file that keeps every record but
//! swaps the hotline's number would look right. So every value a person dials, texts or opens
//! is compared with the built-in data, and each difference becomes a warning that every
//! people-facing view shows before the numbers, stderr repeats, JSON carries and `validate`
//! lists.

use serde::Serialize;

use htlookup_data::locale::{Labels, fill};
use htlookup_data::model::{ChannelKind, Report};

/// One national value: 911, or one kind of the hotline's means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NationalValue {
    /// The emergency number.
    Emergency,
    /// The hotline's phone numbers.
    HotlinePhone,
    /// The hotline's TTY numbers.
    HotlineTty,
    /// The hotline's text numbers.
    HotlineText,
    /// The words to text to the hotline.
    HotlineKeywords,
    /// The hotline's chat addresses.
    HotlineChat,
    /// The hotline's online forms.
    HotlineOnline,
    /// The hotline's email addresses.
    HotlineEmail,
}

impl NationalValue {
    /// The hotline's means, in the order they are compared and reported.
    const HOTLINE: [(NationalValue, ChannelKind); 6] = [
        (NationalValue::HotlinePhone, ChannelKind::Phone),
        (NationalValue::HotlineTty, ChannelKind::Tty),
        (NationalValue::HotlineText, ChannelKind::Text),
        (NationalValue::HotlineChat, ChannelKind::Chat),
        (NationalValue::HotlineOnline, ChannelKind::Online),
        (NationalValue::HotlineEmail, ChannelKind::Email),
    ];

    /// What a sentence calls it: "the hotline's phone number".
    fn name(self, labels: &Labels) -> &str {
        match self {
            NationalValue::Emergency => &labels.what_emergency,
            NationalValue::HotlinePhone => &labels.what_phone,
            NationalValue::HotlineTty => &labels.what_tty,
            NationalValue::HotlineText => &labels.what_text,
            NationalValue::HotlineKeywords => &labels.what_keywords,
            NationalValue::HotlineChat => &labels.what_chat,
            NationalValue::HotlineOnline => &labels.what_online,
            NationalValue::HotlineEmail => &labels.what_email,
        }
    }
}

/// A national value that a data file gives differently from the built-in data.
///
/// JSON keys (in `report --json` and `about --json`, under `warnings`): `field`, `builtin`,
/// `file` (each an array of values, `[]` for none), `message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NationalChange {
    /// Which value.
    pub field: NationalValue,
    /// The built-in data's values, in order.
    pub builtin: Vec<String>,
    /// The data file's values, in order.
    pub file: Vec<String>,
}

impl NationalChange {
    /// The warning as a sentence in `labels`' language: "This data file changes the hotline's
    /// phone number from the built-in 1-888-373-7888 to 1-900-555-0100." Values are shown as
    /// they are (validation keeps contact values to plain ASCII); callers make it visible.
    pub fn message(&self, labels: &Labels) -> String {
        let join = |values: &[String]| values.join(", ");
        let (builtin, file) = (join(&self.builtin), join(&self.file));
        let what = self.field.name(labels);
        let template = match (self.builtin.is_empty(), self.file.is_empty()) {
            (false, true) => &labels.remove_value,
            (true, false) => &labels.add_value,
            _ => &labels.change_value,
        };
        fill(
            template,
            &[("what", what), ("builtin", &builtin), ("file", &file)],
        )
    }
}

/// Every national value `data` gives differently from `builtin`, 911 first, then the hotline's
/// means in their usual order; empty when the file keeps them all.
pub fn national_changes(data: &Report, builtin: &Report) -> Vec<NationalChange> {
    let mut changes = Vec::new();
    let mut compare = |field, file: Vec<String>, builtin: Vec<String>| {
        if file != builtin {
            changes.push(NationalChange {
                field,
                builtin,
                file,
            });
        }
    };
    compare(
        NationalValue::Emergency,
        vec![data.emergency.number.to_string()],
        vec![builtin.emergency.number.to_string()],
    );
    let values = |report: &Report, kind: ChannelKind| -> Vec<String> {
        report
            .hotline
            .channels
            .iter()
            .filter(|channel| channel.kind == kind)
            .map(|channel| channel.value.to_string())
            .collect()
    };
    for (field, kind) in NationalValue::HOTLINE {
        compare(field, values(data, kind), values(builtin, kind));
        if kind == ChannelKind::Text {
            let keywords = |report: &Report| -> Vec<String> {
                report
                    .hotline
                    .channels
                    .iter()
                    .filter(|channel| channel.kind == kind)
                    .flat_map(|channel| channel.keywords.iter().map(ToString::to_string))
                    .collect()
            };
            compare(
                NationalValue::HotlineKeywords,
                keywords(data),
                keywords(builtin),
            );
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::{Lang, dataset as embedded, locale};

    #[test]
    fn the_built_in_data_changes_nothing() {
        let report = &embedded().report;
        assert_eq!(national_changes(report, report), []);
    }

    #[test]
    fn a_swapped_phone_number_is_named_with_both_values() {
        let builtin = &embedded().report;
        let mut spoofed = builtin.clone();
        spoofed.hotline.channels.to_mut()[0].value = "1-900-555-0100".into();
        let changes = national_changes(&spoofed, builtin);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            changes[0].message(&locale(Lang::En).labels),
            "This data file changes the hotline's phone number from the built-in \
             1-888-373-7888 to 1-900-555-0100."
        );
    }

    #[test]
    fn removed_and_added_means_and_911_are_named_too() {
        let builtin = &embedded().report;
        let mut changed = builtin.clone();
        changed.emergency.number = "912".into();
        let channels = changed.hotline.channels.to_mut();
        channels.retain(|channel| channel.kind != ChannelKind::Tty);
        let labels = &locale(Lang::En).labels;
        let messages: Vec<String> = national_changes(&changed, builtin)
            .iter()
            .map(|change| change.message(labels))
            .collect();
        assert_eq!(
            messages,
            [
                "This data file changes the emergency number from the built-in 911 to 912.",
                "This data file removes the hotline's TTY number (built-in: 711).",
            ]
        );
    }
}
