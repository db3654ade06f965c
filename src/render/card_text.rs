//! The handout as plain text or Markdown: the same sections as the HTML card, for a wiki, an
//! email or a plain printer.
//!
//! Plain text is wrapped to the terminal, or to 80 columns in a pipe (a page's width), never
//! inside a number or URL. Markdown is not wrapped: its viewer flows it. QR codes are drawn in
//! half blocks (inside a fenced block in Markdown, where they keep a monospace font). They are
//! stacked, never side by side, so no line is wider than the largest code: a wrapped code cannot
//! be scanned.

use std::io::{self, Write};

use super::Style;
use super::card::{CardView, is_linkable};
use super::qr::{self, Matrix};
use super::report::{action, contact, details};
use super::sanitize;
use super::wrap;
use crate::query::report::{Owner, ReportRow};
use htlookup_data::locale::fill;

/// The width of a text card in a pipe: a printed page's.
const PAGE_COLUMNS: usize = 80;

/// Writes the card; `markdown` chooses Markdown over plain text.
pub fn write(
    out: &mut dyn Write,
    style: &Style,
    card: &CardView<'_>,
    markdown: bool,
) -> io::Result<()> {
    let text = Page {
        markdown,
        columns: style.columns().unwrap_or(PAGE_COLUMNS),
    };
    let report = card.report;
    let labels = report.labels;
    let shown = &report.shown;

    text.heading(out, 1, &labels.steps_title)?;
    for warning in &report.warnings {
        let line = fill(&labels.warning, &[("message", warning)]);
        text.strong(out, &line)?;
    }
    if !report.warnings.is_empty() && !markdown {
        writeln!(out)?;
    }
    text.strong(out, &report.in_danger())?;
    text.paragraph(out, &shown.emergency.when)?;
    writeln!(out)?;

    text.heading(out, 2, &report.hotline_heading())?;
    text.paragraph(out, &shown.hotline.availability)?;
    writeln!(out)?;
    for row in report.rows_of(Owner::Hotline) {
        text.means(out, card, row)?;
    }
    writeln!(out)?;
    text.paragraph(out, &shown.hotline.nature)?;
    for link in &card.links {
        writeln!(out)?;
        let caption = format!("{}: {}", card.scan_label(link), link.payload);
        text.paragraph(out, &caption)?;
        match Matrix::encode(&link.payload) {
            Ok(matrix) if markdown => {
                writeln!(out, "\n```text")?;
                for line in matrix.half_block_lines() {
                    writeln!(out, "{}", line.trim_end())?;
                }
                writeln!(out, "```")?;
            }
            Ok(matrix) => qr::write_text(out, style, &matrix)?,
            Err(reason) => text.paragraph(out, &format!("({reason})"))?,
        }
    }

    writeln!(out)?;
    for &(heading, layer, contacts) in &card.local {
        text.heading(out, 2, heading)?;
        for (index, contact) in contacts.iter().enumerate() {
            text.strong(out, &contact.name)?;
            for row in card.report.local_rows(layer, index) {
                let (value, note) = (&row.value, &row.note);
                let action = action(card.report.labels, row.kind);
                let line = match note {
                    Some(note) => format!("{action}: {value} ({note})"),
                    None => format!("{action}: {value}"),
                };
                text.item(out, &line)?;
            }
            if markdown {
                writeln!(out)?;
            }
        }
        if !markdown {
            writeln!(out)?;
        }
    }
    if !shown.other_channels.is_empty() {
        text.heading(out, 2, &labels.other_heading)?;
        for (index, organization) in shown.other_channels.iter().enumerate() {
            let line = format!("{}: {}", organization.name, organization.purpose);
            if markdown {
                writeln!(out, "**{}**", sanitize::markdown(&line))?;
                writeln!(out)?;
            } else {
                text.paragraph(out, &line)?;
            }
            for row in report.rows_of(Owner::Other(index)) {
                text.means(out, card, row)?;
            }
            writeln!(out)?;
        }
    }

    text.heading(out, 2, &labels.agencies_heading)?;
    for agency in &card.agencies {
        if markdown {
            let url = if is_linkable(&agency.url) {
                format!("<{}>", agency.url)
            } else {
                sanitize::markdown(&agency.url)
            };
            writeln!(out, "- {}: {url}", sanitize::markdown(&agency.name))?;
        } else {
            text.item(out, &format!("{}: {}", agency.name, agency.url))?;
        }
    }
    writeln!(out)?;

    let alerts = &shown.hotline.alerts;
    if !alerts.is_empty() {
        text.heading(out, 2, &labels.alerts_heading)?;
        for alert in alerts.iter() {
            text.item(out, alert)?;
        }
        writeln!(out)?;
    }
    if markdown {
        writeln!(out, "---")?;
        writeln!(out)?;
    }
    for line in report.footer.card_lines() {
        text.paragraph(out, line)?;
    }
    Ok(())
}

/// A page of the card, in plain text or Markdown: the few ways the two differ. Every text it is given has crossed the
/// sanitiser already (the prepared report); Markdown escapes its own markup on top.
struct Page {
    markdown: bool,
    /// The width plain text is wrapped to.
    columns: usize,
}

impl Page {
    /// A heading: `#`s in Markdown, an underline in text.
    fn heading(&self, out: &mut dyn Write, level: usize, title: &str) -> io::Result<()> {
        if self.markdown {
            writeln!(out, "{} {}", "#".repeat(level), sanitize::markdown(title))?;
        } else {
            let rule = if level == 1 { "=" } else { "-" };
            let lines = wrap::lines(title, Some(self.columns), "", "");
            let longest = lines.iter().map(|line| wrap::width(line)).max();
            for line in &lines {
                writeln!(out, "{line}")?;
            }
            writeln!(out, "{}", rule.repeat(longest.unwrap_or(0)))?;
        }
        writeln!(out)
    }

    /// A line that must stand out (911, a warning).
    fn strong(&self, out: &mut dyn Write, line: &str) -> io::Result<()> {
        if self.markdown {
            writeln!(out, "**{}**", sanitize::markdown(line))?;
            writeln!(out)
        } else {
            self.paragraph(out, line)
        }
    }

    /// A paragraph: escaped in Markdown, wrapped in text.
    fn paragraph(&self, out: &mut dyn Write, line: &str) -> io::Result<()> {
        if self.markdown {
            return writeln!(out, "{}", sanitize::markdown(line));
        }
        for line in wrap::lines(line, Some(self.columns), "", "") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// A list item: `- ` then the text, wrapped under itself in text.
    fn item(&self, out: &mut dyn Write, line: &str) -> io::Result<()> {
        if self.markdown {
            return writeln!(out, "- {}", sanitize::markdown(line));
        }
        for line in wrap::lines(line, Some(self.columns), "- ", "  ") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// One means as a list item: what to do, the contact, what to know.
    fn means(&self, out: &mut dyn Write, card: &CardView<'_>, row: &ReportRow) -> io::Result<()> {
        let labels = card.report.labels;
        let details = details(card.report, row);
        let separator = if details.is_empty() { "" } else { " — " };
        if self.markdown {
            writeln!(
                out,
                "- **{}** {}{separator}{}",
                sanitize::markdown(action(labels, row.kind)),
                sanitize::markdown(&contact(row)),
                sanitize::markdown(&details)
            )
        } else {
            let line = format!(
                "{} {}{separator}{details}",
                action(labels, row.kind),
                contact(row)
            );
            self.item(out, &line)
        }
    }
}
