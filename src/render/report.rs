//! The reporting instructions as text for people: the default view and the numbered steps.
//!
//! Written for the person who needs the number now: 911 is the first line, the hotline's phone
//! the next thing they read. Every number comes from the data; only the sentence around it is
//! ours. Data may come from an untrusted file, so every value is made safe to show.

use std::io::{self, Write};

use super::Style;
use super::sanitize::visible;
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
        style.alarm(&format!(
            "In immediate danger? Call {}.",
            visible(&emergency.number)
        ))
    )?;
    writeln!(out)?;

    let hotline = &report.hotline;
    let name = format!(
        "{} ({})",
        style.bold(&visible(&hotline.name)),
        visible(&hotline.name_es)
    );
    write_wrapped(out, style, &name, "")?;
    writeln!(out, "{}", visible(&hotline.availability))?;
    write_means(
        out,
        style,
        rows.iter().filter(|row| row.via == hotline.name.as_ref()),
    )?;
    write_wrapped(out, style, &visible(&hotline.nature), "")?;

    if !report.other_channels.is_empty() {
        writeln!(out)?;
        let heading = style.bold("Other official places to report (not listed on the OJP page)");
        write_wrapped(out, style, &heading, "")?;
        for organization in report.other_channels.iter() {
            let line = format!(
                "{}: {}",
                visible(&organization.name),
                visible(&organization.purpose)
            );
            write_wrapped(out, style, &line, "")?;
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
        visible(&data.meta.url),
        data.meta.modified,
        data.meta.facts_checked
    )
}

/// One aligned line per means: what to do, the contact, and what to know.
///
/// A contact is never broken across lines (a split URL or number is a trap when copied); only
/// the notes wrap. When the terminal leaves the notes too little room beside the contacts, they
/// go on their own lines underneath.
fn write_means<'a>(
    out: &mut dyn Write,
    style: &Style,
    rows: impl Iterator<Item = &'a ReportRow<'a>>,
) -> io::Result<()> {
    const NARROWEST_NOTES: usize = 30;
    let rows: Vec<(&str, String, String)> = rows
        .map(|row| (row.kind.action(), contact(row), details(row)))
        .collect();
    let action_width = rows.iter().map(|(action, _, _)| action.len()).max();
    let contact_width = rows.iter().map(|(_, contact, _)| text_width(contact)).max();
    let lead = 1 + action_width.unwrap_or(0) + 2 + contact_width.unwrap_or(0) + 2;
    let notes_width = style
        .width
        .map(|width| usize::from(width).saturating_sub(lead));
    let under = " ".repeat(1 + action_width.unwrap_or(0) + 2);
    for (action, contact, details) in &rows {
        let head = format!(
            " {action:<action_width$}  {contact}",
            action_width = action_width.unwrap_or(0)
        );
        if details.is_empty() {
            writeln!(out, "{head}")?;
            continue;
        }
        let padding = " ".repeat(lead.saturating_sub(text_width(&head)));
        match notes_width {
            None => writeln!(out, "{head}{padding}{details}")?,
            Some(room) if room >= NARROWEST_NOTES => {
                let lines = textwrap::wrap(details, unbroken_words(room));
                let indent = " ".repeat(lead);
                for (index, line) in lines.iter().enumerate() {
                    if index == 0 {
                        writeln!(out, "{head}{padding}{line}")?;
                    } else {
                        writeln!(out, "{indent}{line}")?;
                    }
                }
            }
            Some(_) => {
                writeln!(out, "{head}")?;
                write_wrapped(out, style, details, &under)?;
            }
        }
    }
    Ok(())
}

/// Prose wrapped at word boundaries to the terminal's width; one line each in a pipe.
fn write_wrapped(out: &mut dyn Write, style: &Style, text: &str, indent: &str) -> io::Result<()> {
    write_hanging(out, style, indent, text, indent)
}

/// Like [`write_wrapped`], with a first line that starts with `first` (a step number) and
/// continuation lines starting with `indent`. Words are never broken: not a URL, not a number.
fn write_hanging(
    out: &mut dyn Write,
    style: &Style,
    first: &str,
    text: &str,
    indent: &str,
) -> io::Result<()> {
    let Some(width) = style.width else {
        return writeln!(out, "{first}{text}");
    };
    let options = unbroken_words(usize::from(width))
        .initial_indent(first)
        .subsequent_indent(indent);
    textwrap::wrap(text, options)
        .iter()
        .try_for_each(|line| writeln!(out, "{line}"))
}

/// Wrapping that only breaks at spaces: never inside a word, and never at the hyphens of a
/// phone number ("1-888-373-7888") or a URL, which must be copied whole.
fn unbroken_words(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// How many terminal columns `text` takes.
fn text_width(text: &str) -> usize {
    textwrap::core::display_width(text)
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
        let first = &step[0]; // chunk_by never yields an empty chunk
        let number = format!("{}. ", first.step);
        let indent = " ".repeat(number.len());
        writeln!(out)?;
        if first.id == "emergency" {
            let heading = format!("In immediate danger? Call {}.", visible(first.value));
            writeln!(out, "{number}{}", style.alarm(&heading))?;
            write_details(out, style, &indent, first)?;
        } else if first.via == hotline {
            write_hanging(
                out,
                style,
                &number,
                &hotline_step(first, !named_hotline),
                &indent,
            )?;
            named_hotline = true;
            write_details(out, style, &indent, first)?;
        } else {
            let heading = format!(
                "Or report to {} (not listed on the OJP page):",
                visible(first.via)
            );
            write_hanging(out, style, &number, &heading, &indent)?;
            if let Some(purpose) = first.purpose {
                write_wrapped(out, style, &visible(purpose), &indent)?;
            }
            for row in step {
                let details = details(row);
                let separator = if details.is_empty() { "" } else { ". " };
                let line = format!("{} {}{separator}{details}", row.kind.action(), contact(row));
                write_wrapped(out, style, &line, &indent)?;
            }
        }
    }
    Ok(())
}

fn write_details(
    out: &mut dyn Write,
    style: &Style,
    indent: &str,
    row: &ReportRow<'_>,
) -> io::Result<()> {
    let details = details(row);
    if details.is_empty() {
        return Ok(());
    }
    write_wrapped(out, style, &details, indent)
}

/// A hotline step's sentence; the first one names the hotline in full.
fn hotline_step(row: &ReportRow<'_>, first: bool) -> String {
    let who = if first {
        format!("the {}", visible(row.via))
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
        Some(vanity) => format!("{} ({})", visible(row.value), visible(vanity)),
        None => visible(row.value).into_owned(),
    }
}

/// The note and the languages, as one short text.
fn details(row: &ReportRow<'_>) -> String {
    let mut text = visible(row.note.unwrap_or("")).into_owned();
    if !row.languages.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str("Languages: ");
        text.push_str(&visible(&row.languages.join(", ")));
        text.push('.');
    }
    text
}
