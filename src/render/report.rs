//! The reporting instructions as text for people: the default view and the numbered steps.
//!
//! Written for the person who needs the number now: 911 is the first line, the hotline's phone
//! the next thing they read. Every number comes from the data; only the sentence around it is
//! ours.

use std::io::{self, Write};

use comfy_table::{Cell, presets};

use super::Style;
use super::table::new_table;
use crate::dataset::model::{ChannelKind, Dataset};
use crate::query::report::ReportRow;

/// The default view of `htlookup report`: 911, the hotline with one line per means, then the
/// other official channels, then where the facts come from.
pub fn write_plain(
    out: &mut dyn Write,
    style: &Style,
    data: &Dataset,
    rows: &[ReportRow<'_>],
) -> io::Result<()> {
    let report = &data.report;
    let emergency = &report.emergency;
    writeln!(
        out,
        "{}",
        style.alarm(&format!("In immediate danger? Call {}.", emergency.number))
    )?;
    writeln!(out)?;

    let hotline = &report.hotline;
    writeln!(out, "{} ({})", style.bold(&hotline.name), hotline.name_es)?;
    writeln!(out, "{}", hotline.availability)?;
    write_means(
        out,
        style,
        rows.iter().filter(|row| row.via == hotline.name.as_ref()),
    )?;
    writeln!(out, "{}", hotline.nature)?;

    if !report.other_channels.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.bold("Other official places to report (not listed on the OJP page)")
        )?;
        for organization in report.other_channels.iter() {
            writeln!(out, "{}: {}", organization.name, organization.purpose)?;
            write_means(
                out,
                style,
                rows.iter()
                    .filter(|row| row.via == organization.name.as_ref()),
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "Source: {} (modified {}; facts checked {}). More: htlookup about",
        data.meta.url, data.meta.modified, data.meta.facts_checked
    )
}

/// One aligned line per means: what to do, the contact, and what to know.
fn write_means<'a>(
    out: &mut dyn Write,
    style: &Style,
    rows: impl Iterator<Item = &'a ReportRow<'a>>,
) -> io::Result<()> {
    let mut table = new_table(style);
    table.load_style(presets::NOTHING);
    for row in rows {
        table.add_row([
            Cell::new(row.kind.action()),
            Cell::new(contact(row)),
            Cell::new(details(row)),
        ]);
    }
    // Padding leaves trailing spaces on short rows; people and golden files are better without.
    table
        .lines()
        .try_for_each(|line| writeln!(out, "{}", line.trim_end()))
}

/// The numbered steps of `htlookup report --steps`, for a trainer in front of a room.
pub fn write_steps(
    out: &mut dyn Write,
    style: &Style,
    data: &Dataset,
    rows: &[ReportRow<'_>],
) -> io::Result<()> {
    writeln!(out, "{}", style.bold("How to report human trafficking"))?;
    let hotline = data.report.hotline.name.as_ref();
    let mut named_hotline = false;
    for step in rows.chunk_by(|a, b| a.step == b.step) {
        let first = &step[0];
        let number = format!("{}. ", first.step);
        let indent = " ".repeat(number.len());
        writeln!(out)?;
        if first.id == "emergency" {
            let heading = format!("In immediate danger? Call {}.", first.value);
            writeln!(out, "{number}{}", style.alarm(&heading))?;
            write_details(out, &indent, first)?;
        } else if first.via == hotline {
            writeln!(out, "{number}{}", hotline_step(first, !named_hotline))?;
            named_hotline = true;
            write_details(out, &indent, first)?;
        } else {
            writeln!(
                out,
                "{number}Or report to {} (not listed on the OJP page):",
                first.via
            )?;
            if let Some(purpose) = first.purpose {
                writeln!(out, "{indent}{purpose}")?;
            }
            for row in step {
                let details = details(row);
                let separator = if details.is_empty() { "" } else { ". " };
                writeln!(
                    out,
                    "{indent}{} {}{separator}{details}",
                    row.kind.action(),
                    contact(row)
                )?;
            }
        }
    }
    Ok(())
}

fn write_details(out: &mut dyn Write, indent: &str, row: &ReportRow<'_>) -> io::Result<()> {
    let details = details(row);
    if details.is_empty() {
        return Ok(());
    }
    writeln!(out, "{indent}{details}")
}

/// A hotline step's sentence; the first one names the hotline in full.
fn hotline_step(row: &ReportRow<'_>, first: bool) -> String {
    let who = if first {
        format!("the {}", row.via)
    } else {
        "the hotline".to_string()
    };
    let contact = contact(row);
    match row.kind {
        ChannelKind::Phone => format!("Call {who}: {contact}"),
        ChannelKind::Tty => format!("Deaf or hard of hearing? Dial {contact} (TTY) for {who}."),
        ChannelKind::Text => format!("Text {who}: {contact}"),
        ChannelKind::Chat => format!("Chat live with {who}: {contact}"),
        ChannelKind::Online => format!("Send {who} a tip online: {contact}"),
        ChannelKind::Email => format!("Email {who}: {contact}"),
    }
}

/// The contact with its spelling in letters, if any: "1-866-347-2423 (1-866-DHS-2-ICE)".
fn contact(row: &ReportRow<'_>) -> String {
    match row.vanity {
        Some(vanity) => format!("{} ({vanity})", row.value),
        None => row.value.to_string(),
    }
}

/// The note and the languages, as one short text.
fn details(row: &ReportRow<'_>) -> String {
    let mut text = row.note.unwrap_or("").to_string();
    if !row.languages.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str("Languages: ");
        text.push_str(&row.languages.join(", "));
        text.push('.');
    }
    text
}
