//! What the printable handout (`htlookup card`) holds, shared by its text, Markdown and HTML
//! renderers so that the three say the same things in the same order: any warning about the
//! data; 911; the hotline with its phone, text and form large and scannable; its other means;
//! the other official channels; the related agencies; what a trainer should pass on; where the
//! facts come from.

use super::sanitize::visible;
use crate::query::prepared::{LocalShown, PreparedReport};
use crate::query::qr_links::{QrLink, hotline_links};
use crate::query::report::{Owner, ReportRow};
use htlookup_data::characters::is_contact_char;
use htlookup_data::model::{Agency, ChannelKind};

/// Everything on the card, in one language, every text made safe to print.
#[derive(Debug, Clone)]
pub struct CardView<'a> {
    /// The prepared report: its words, rows, warnings and footer.
    pub report: &'a PreparedReport<'a>,
    /// The hotline's phone, text and form, with the links their codes hold.
    pub links: Vec<QrLink<'a>>,
    /// The page's related agencies, in page order.
    pub agencies: Vec<CardAgency>,
    /// The local contacts the card has room for ([`CARD_CONTACTS`] at most), each layer's
    /// under its heading.
    /// (Each with its layer's position, which its contacts' means are found by.)
    pub local: Vec<(&'a str, usize, &'a [LocalShown])>,
    /// How many local contacts the card leaves out for want of room.
    pub local_left_out: usize,
}

/// The most local contacts a card holds: with them it still prints on one Letter or A4 page
/// (tests/card_print.rs checks in Chromium).
pub const CARD_CONTACTS: usize = 6;

/// An agency as the card lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardAgency {
    /// Its short name and abbreviation: "Office of Refugee Resettlement (ORR)".
    pub name: String,
    /// Its website.
    pub url: String,
}

impl<'a> CardView<'a> {
    /// The card of `report`, listing `agencies`.
    pub fn new(report: &'a PreparedReport<'a>, agencies: &[Agency]) -> Self {
        let mut room = CARD_CONTACTS;
        let mut local = Vec::new();
        let mut local_left_out = 0;
        for (layer, section) in report.local.iter().enumerate() {
            let shown = section.contacts.len().min(room);
            if shown > 0 {
                local.push((section.heading.as_str(), layer, &section.contacts[..shown]));
            }
            room -= shown;
            local_left_out += section.contacts.len() - shown;
        }
        CardView {
            local,
            local_left_out,
            links: hotline_links(report),
            report,
            agencies: agencies
                .iter()
                .map(|agency| CardAgency {
                    name: visible(&agency_name(agency)).into_owned(),
                    url: visible(&agency.url).into_owned(),
                })
                .collect(),
        }
    }

    /// The hotline's means that have no code on the card (TTY, chat, email), in order.
    pub fn other_hotline_means(&self) -> impl Iterator<Item = &ReportRow> {
        self.report
            .rows_of(Owner::Hotline)
            .filter(move |row| !self.links.iter().any(|link| link.row.id == row.id))
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
}

/// An agency as the card names it: its short name where it has one (the page's headings are
/// long), with its abbreviation: "Office for Victims of Crime (OVC)".
fn agency_name(agency: &Agency) -> String {
    let name = agency.short_name.as_ref().unwrap_or(&agency.name);
    match &agency.abbreviation {
        Some(abbreviation) => format!("{name} ({abbreviation})"),
        None => name.to_string(),
    }
}

/// Whether `text` may be written as a link: an `https://` URL of the characters validation
/// allows, so a link can never hold what its text does not show.
pub fn is_linkable(text: &str) -> bool {
    text.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && text.chars().all(is_contact_char))
}
