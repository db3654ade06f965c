//! The reporting instructions as text for people: the short answer, the full report and the
//! numbered steps.
//!
//! Written for the person who needs the number now: any warning about the data comes first,
//! then 911, then the hotline's phone. Every number comes from the prepared report; every
//! sentence around it from the language's labels (`locales/*.toml`). Lines are wrapped by
//! [`super::wrap`], so no number or URL is ever split.

use std::io::{self, Write};

use super::Style;
use super::wrap;
use crate::query::prepared::PreparedReport;
use crate::query::report::{Owner, ReportRow, steps};
use htlookup_data::locale::{Labels, fill};
use htlookup_data::model::ChannelKind;

/// The short answer (`htlookup` with no command): 911, then the hotline's phone, text, chat,
/// online form and TTY, then where the rest is. Short enough for one 80x24 screen (16 lines at
/// most at 80 columns, a test holds it to that), in a pipe as on a terminal.
pub fn write_short(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    write_warnings(out, style, report)?;
    write_paragraph(out, style, &report.in_danger(), Paint::Alarm)?;
    writeln!(out)?;
    let hotline = &report.shown.hotline;
    write_paragraph(out, style, &report.hotline_heading(), Paint::Bold)?;
    write_paragraph(out, style, &hotline.availability, Paint::None)?;
    let labels = report.labels;
    let means: Vec<&ReportRow> = [
        ChannelKind::Phone,
        ChannelKind::Text,
        ChannelKind::Chat,
        ChannelKind::Online,
        ChannelKind::Tty,
    ]
    .into_iter()
    .filter_map(|kind| report.hotline_means(kind))
    .collect();
    let action_width = means
        .iter()
        .map(|row| wrap::width(action(labels, row.kind)))
        .max()
        .unwrap_or(0);
    for row in means {
        let action = action(labels, row.kind);
        let lead = format!("  {action}{}  ", pad(action, action_width));
        let what = match row.kind {
            ChannelKind::Text => with_vanity(&report.text_to(row), row),
            ChannelKind::Tty => tty_relay(report, row),
            _ => contact(row),
        };
        let indent = " ".repeat(wrap::width(&lead));
        write_lines(out, style, &what, &lead, &indent, Paint::None)?;
    }
    write_local(out, style, report)?;
    writeln!(out)?;
    write_paragraph(out, style, &labels.short_more, Paint::None)?;
    let footer = &report.footer;
    for line in footer.data_file.iter().chain(&footer.local) {
        write_paragraph(out, style, line, Paint::None)?;
    }
    Ok(())
}

/// The full view of `htlookup report`: 911, the hotline with one line per means, then the
/// other official channels, then where the facts come from.
pub fn write_plain(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    let labels = report.labels;
    write_warnings(out, style, report)?;
    write_paragraph(out, style, &report.in_danger(), Paint::Alarm)?;
    writeln!(out)?;

    let hotline = &report.shown.hotline;
    write_paragraph(out, style, &report.hotline_heading(), Paint::Bold)?;
    write_paragraph(out, style, &hotline.availability, Paint::None)?;
    write_means(out, style, report, report.rows_of(Owner::Hotline))?;
    write_paragraph(out, style, &hotline.nature, Paint::None)?;
    write_local(out, style, report)?;

    if !report.shown.other_channels.is_empty() {
        writeln!(out)?;
        write_paragraph(out, style, &labels.other_heading, Paint::Bold)?;
        for (index, organization) in report.shown.other_channels.iter().enumerate() {
            let line = format!("{}: {}", organization.name, organization.purpose);
            write_paragraph(out, style, &line, Paint::None)?;
            write_means(out, style, report, report.rows_of(Owner::Other(index)))?;
        }
    }
    writeln!(out)?;
    write_footer(out, style, report)
}

/// Each local layer's contacts (`--add`): after the hotline, before the other channels, so
/// 911 and the national hotline stay first. A name, then one aligned line per means.
pub fn write_local(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    for (layer, section) in report.local.iter().enumerate() {
        writeln!(out)?;
        write_paragraph(out, style, &section.heading, Paint::Bold)?;
        let width = (0..section.contacts.len())
            .flat_map(|contact| report.local_rows(layer, contact))
            .map(|row| wrap::width(action(report.labels, row.kind)))
            .max()
            .unwrap_or(0);
        for (index, contact) in section.contacts.iter().enumerate() {
            write_paragraph(out, style, &contact.name, Paint::None)?;
            for row in report.local_rows(layer, index) {
                let (action, value, note) =
                    (action(report.labels, row.kind), &row.value, &row.note);
                let lead = format!("  {action}{}  ", pad(action, width));
                let indent = " ".repeat(wrap::width(&lead));
                let text = match note {
                    Some(note) => format!("{value}  {note}"),
                    None => value.to_string(),
                };
                write_lines(out, style, &text, &lead, &indent, Paint::None)?;
            }
        }
    }
    Ok(())
}

/// The footer: the source line, what the check could not cover, and the data file in use.
pub fn write_footer(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    report
        .footer
        .report_lines()
        .try_for_each(|line| write_paragraph(out, style, line, Paint::None))
}

/// The warnings about the data, each on its own lines in the alarm colour, then a blank line;
/// nothing when there are none.
pub fn write_warnings(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    for warning in &report.warnings {
        let line = fill(&report.labels.warning, &[("message", warning)]);
        write_paragraph(out, style, &line, Paint::Alarm)?;
    }
    if !report.warnings.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// One aligned line per means: what to do, the contact, and what to know.
///
/// A contact is never broken across lines; only the notes wrap. When the terminal leaves the
/// notes too little room beside the contacts, they go on their own lines underneath.
fn write_means<'a>(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
    rows: impl Iterator<Item = &'a ReportRow>,
) -> io::Result<()> {
    const NARROWEST_NOTES: usize = 30;
    let labels = report.labels;
    let rows: Vec<(&str, String, String)> = rows
        .map(|row| (action(labels, row.kind), contact(row), details(report, row)))
        .collect();
    let widest = |width: fn(&(&str, String, String)) -> usize| rows.iter().map(width).max();
    let action_width = widest(|row| wrap::width(row.0)).unwrap_or(0);
    let contact_width = widest(|row| wrap::width(&row.1)).unwrap_or(0);
    // " Action  contact  notes": one space, the actions, two, the contacts, two.
    let notes_at = 1 + action_width + 2 + contact_width + 2;
    let beside = style
        .columns()
        .is_none_or(|width| width >= notes_at + NARROWEST_NOTES);
    let under = " ".repeat(1 + action_width + 2);
    for (action, contact, details) in &rows {
        let lead = format!(" {action}{}  ", pad(action, action_width));
        if details.is_empty() || !beside {
            write_lines(out, style, contact, &lead, &under, Paint::None)?;
            if !details.is_empty() {
                write_lines(out, style, details, &under, &under, Paint::None)?;
            }
            continue;
        }
        let lead = format!("{lead}{contact}{}", pad(contact, contact_width + 2));
        let indent = " ".repeat(notes_at);
        write_lines(out, style, details, &lead, &indent, Paint::None)?;
    }
    Ok(())
}

/// How a line is painted when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paint {
    /// Plain.
    None,
    /// Bold: headings.
    Bold,
    /// Bold red: 911 and warnings.
    Alarm,
}

/// Writes `text` laid out by [`wrap::lines`], each line painted as asked.
pub(crate) fn write_lines(
    out: &mut dyn Write,
    style: &Style,
    text: &str,
    first: &str,
    indent: &str,
    paint: Paint,
) -> io::Result<()> {
    if style.columns().is_none() && (paint == Paint::None || !style.color) {
        // A pipe: one line, as it is.
        return writeln!(out, "{first}{text}");
    }
    for line in wrap::lines(text, style.columns(), first, indent) {
        let painted = match paint {
            Paint::None => line,
            Paint::Bold => style.bold(&line),
            Paint::Alarm => style.alarm(&line),
        };
        writeln!(out, "{painted}")?;
    }
    Ok(())
}

/// A paragraph at the left margin, wrapped to the terminal; one line in a pipe.
pub(crate) fn write_paragraph(
    out: &mut dyn Write,
    style: &Style,
    text: &str,
    paint: Paint,
) -> io::Result<()> {
    write_lines(out, style, text, "", "", paint)
}

/// Spaces that pad `text` to `width` columns.
fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(wrap::width(text)))
}

/// The numbered steps of `htlookup report --steps`, for a trainer in front of a room.
pub fn write_steps(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    write_warnings(out, style, report)?;
    writeln!(out, "{}", style.bold(&report.labels.steps_title))?;
    for step in steps(&report.rows) {
        let first = &step[0]; // chunk_by never yields an empty chunk
        let number = format!("{}. ", first.step);
        let indent = " ".repeat(number.len());
        writeln!(out)?;
        // Each layer's contacts under its heading, as in the full report.
        if let Owner::Local { layer, contact: 0 } = first.owner
            && let Some(section) = report.local.get(layer)
        {
            write_paragraph(out, style, &section.heading, Paint::Bold)?;
            writeln!(out)?;
        }
        let lines = step_lines(report, step);
        let paint = if first.owner == Owner::Emergency {
            Paint::Alarm
        } else {
            Paint::None
        };
        write_lines(out, style, &lines.heading, &number, &indent, paint)?;
        for line in &lines.body {
            write_lines(out, style, line, &indent, &indent, Paint::None)?;
        }
    }
    writeln!(out)?;
    write_footer(out, style, report)
}

/// One step as words: a heading sentence and the lines under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepLines {
    /// What to do ("Call the National Human Trafficking Hotline: 1-888-373-7888").
    pub heading: String,
    /// What to know, and for other organizations each of their means.
    pub body: Vec<String>,
}

/// The words of one step (`step` holds its rows; the first hotline step names the hotline in
/// full). Shared by `--steps` and `--walkthrough`, so the two can never say different things.
pub fn step_lines(report: &PreparedReport<'_>, step: &[ReportRow]) -> StepLines {
    let labels = report.labels;
    let hotline = &report.shown.hotline;
    let first = &step[0];
    let mut body = Vec::new();
    let heading = match first.owner {
        Owner::Emergency => {
            body.extend(non_empty(details(report, first)));
            report.in_danger()
        }
        Owner::Hotline => {
            let names = [("name", &*hotline.name), ("name_es", &*hotline.name_es)];
            let first_hotline_step = report.rows_of(Owner::Hotline).next().map(|row| row.step);
            let who = if first_hotline_step == Some(first.step) {
                fill(&labels.hotline_first, &names)
            } else {
                labels.hotline_again.to_string()
            };
            let details = match first.kind {
                // The step's sentence already says what to dial and ask for.
                ChannelKind::Tty => note_and_languages(labels, first),
                _ => details(report, first),
            };
            body.extend(non_empty(details));
            hotline_step(report, first, &who)
        }
        Owner::Other(_) => {
            if let Some(purpose) = &first.purpose {
                body.push(purpose.to_string());
            }
            for row in step {
                let details = details(report, row);
                let separator = if details.is_empty() { "" } else { ". " };
                body.push(format!(
                    "{} {}{separator}{details}",
                    action(labels, row.kind),
                    contact(row)
                ));
            }
            fill(&labels.other_step, &[("via", &first.via)])
        }
        Owner::Local { layer, contact } => {
            // Local text is as the layer wrote it: the languages are the contact's, once.
            body.extend(first.purpose.as_ref().map(ToString::to_string));
            if !first.languages.is_empty() {
                let languages = first.languages.join(", ");
                body.push(fill(&labels.languages, &[("languages", &languages)]));
            }
            for row in step {
                body.push(match &row.note {
                    Some(note) => format!("{} {}. {note}", action(labels, row.kind), row.value),
                    None => format!("{} {}", action(labels, row.kind), row.value),
                });
            }
            let name = report
                .local
                .get(layer)
                .and_then(|section| section.contacts.get(contact))
                .map_or(&*first.via, |shown| &shown.name);
            fill(&labels.local_step, &[("name", name)])
        }
    };
    StepLines { heading, body }
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// A hotline step's sentence, with `who` naming the hotline.
pub fn hotline_step(report: &PreparedReport<'_>, row: &ReportRow, who: &str) -> String {
    let labels = report.labels;
    let template = match row.kind {
        ChannelKind::Phone => &labels.step_phone,
        ChannelKind::Tty => &labels.step_tty,
        ChannelKind::Text => &labels.step_text,
        ChannelKind::Chat => &labels.step_chat,
        ChannelKind::Online => &labels.step_online,
        ChannelKind::Email => &labels.step_email,
    };
    fill(
        template,
        &[
            ("who", who),
            ("contact", &contact(row)),
            ("phone", report.hotline_phone()),
        ],
    )
}

/// The word beside a means ("Call", "Text", ...), in the labels' language.
pub fn action(labels: &Labels, kind: ChannelKind) -> &str {
    match kind {
        ChannelKind::Phone => &labels.action_phone,
        ChannelKind::Tty => &labels.action_tty,
        ChannelKind::Text => &labels.action_text,
        ChannelKind::Chat => &labels.action_chat,
        ChannelKind::Online => &labels.action_online,
        ChannelKind::Email => &labels.action_email,
    }
}

/// The contact with its spelling in letters, if any: "1-866-347-2423 (1-866-DHS-2-ICE)".
pub fn contact(row: &ReportRow) -> String {
    with_vanity(&row.value, row)
}

fn with_vanity(text: &str, row: &ReportRow) -> String {
    match &row.vanity {
        Some(vanity) => format!("{text} ({vanity})"),
        None => text.to_string(),
    }
}

/// "Dial 711, then ask the relay operator for 1-888-373-7888."
fn tty_relay(report: &PreparedReport<'_>, row: &ReportRow) -> String {
    fill(
        &report.labels.tty_relay,
        &[("contact", &row.value), ("phone", report.hotline_phone())],
    )
}

/// How to use a means, where it takes more than its value: what to text to a number with
/// keywords, what to ask the relay operator for; empty for the others.
pub fn how_to(report: &PreparedReport<'_>, row: &ReportRow) -> String {
    match row.kind {
        ChannelKind::Text if !row.keywords.is_empty() => {
            fill(&report.labels.text_how, &[("text", &report.text_to(row))])
        }
        ChannelKind::Tty if row.owner == Owner::Hotline => tty_relay(report, row),
        _ => String::new(),
    }
}

/// What to know about a means, as one short text: how to use it ([`how_to`]), its note and
/// its languages.
pub fn details(report: &PreparedReport<'_>, row: &ReportRow) -> String {
    let how = how_to(report, row);
    let rest = note_and_languages(report.labels, row);
    match (how.is_empty(), rest.is_empty()) {
        (true, _) => rest,
        (false, true) => how,
        (false, false) => format!("{how} {rest}"),
    }
}

/// The note and the languages, as one short text.
fn note_and_languages(labels: &Labels, row: &ReportRow) -> String {
    let mut text = row.note.as_deref().unwrap_or("").to_string();
    if !row.languages.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        let languages = row.languages.join(", ");
        text.push_str(&fill(&labels.languages, &[("languages", &languages)]));
    }
    text
}
