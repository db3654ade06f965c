//! What the printable handout (`htlookup card`) holds, shared by its text, Markdown and HTML
//! renderers so that the three say the same things in the same order: 911 first; the hotline
//! with its phone, text and form large and scannable; its other means; the other official
//! channels; the related agencies; where the facts come from.

use super::report::ReportView;
use super::sanitize::visible;
use crate::dataset::locale::fill;
use crate::dataset::model::{Agency, ChannelKind};
use crate::query::qr_links::QrLink;
use crate::query::report::ReportRow;

/// Everything on the card, in one language.
#[derive(Debug, Clone)]
pub struct CardView<'a> {
    /// The report, its words and its rows.
    pub report: ReportView<'a>,
    /// The hotline's phone, text and form, with the links their codes hold.
    pub links: Vec<QrLink<'a>>,
    /// The page's related agencies, in page order.
    pub agencies: &'a [Agency],
}

impl CardView<'_> {
    /// The hotline's means that have no code on the card (TTY, chat, email), in order.
    pub fn other_hotline_means(&self) -> impl Iterator<Item = &ReportRow<'_>> {
        let hotline = &self.report.report.hotline.name;
        self.report.rows.iter().filter(move |row| {
            row.via == *hotline && !self.links.iter().any(|link| link.row.id == row.id)
        })
    }

    /// The caption over a code: "Scan to call", ...
    pub fn scan_label(&self, link: &QrLink<'_>) -> &str {
        let labels = self.report.labels;
        match link.row.kind {
            ChannelKind::Phone => &labels.scan_phone,
            ChannelKind::Text => &labels.scan_text,
            _ => &labels.scan_online,
        }
    }

    /// The card's last line: the source page, its dates, and when the facts were checked.
    pub fn source_line(&self) -> String {
        let meta = self.report.meta;
        fill(
            &self.report.labels.card_source,
            &[
                ("title", &meta.title),
                ("publisher", &meta.publisher),
                ("url", &visible(&meta.url)),
                ("created", &meta.created.to_string()),
                ("modified", &meta.modified.to_string()),
                ("checked", &meta.facts_checked.to_string()),
            ],
        )
    }
}

/// An agency as the card names it: "Office for Victims of Crime (OVC)".
pub fn agency_name(agency: &Agency) -> String {
    match &agency.abbreviation {
        Some(abbreviation) => format!("{} ({abbreviation})", agency.name),
        None => agency.name.to_string(),
    }
}
