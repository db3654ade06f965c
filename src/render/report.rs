//! The reporting instructions as text for people: the default view and the numbered steps.
//!
//! Written for the person who needs the number now: 911 is the first line, the hotline's phone
//! the next thing they read. Every number comes from the data; every sentence around it comes
//! from the language's labels (`locales/*.toml`).

use std::io::{self, Write};

use super::Style;
use super::sanitize::visible;
use crate::dataset::locale::{Labels, fill};
use crate::dataset::model::{ChannelKind, Meta, Report};
use crate::query::report::ReportRow;

/// Everything a people-facing view of the report needs: the words of one language, the report
/// in that language, the page's provenance, and the rows in their one order.
#[derive(Debug, Clone, Copy)]
pub struct ReportView<'a> {
    /// The words around the data.
    pub labels: &'a Labels,
    /// The report, its sentences in the labels' language.
    pub report: &'a Report,
    /// Where the facts come from and when they were checked.
    pub meta: &'a Meta,
    /// Every way to report, in the order of `query::report::rows`.
    pub rows: &'a [ReportRow<'a>],
}

impl ReportView<'_> {
    /// "In immediate danger? Call 911.", in this view's language.
    pub fn in_danger(&self) -> String {
        fill(
            &self.labels.in_danger,
            &[("number", &self.report.emergency.number)],
        )
    }

    /// The hotline's heading: both of its names, the view's language first.
    pub fn hotline_heading(&self) -> String {
        let hotline = &self.report.hotline;
        fill(
            &self.labels.hotline_heading,
            &[("name", &hotline.name), ("name_es", &hotline.name_es)],
        )
    }

    /// The rows of one organization (the hotline, or another), in order.
    pub fn rows_of<'r>(&'r self, via: &'r str) -> impl Iterator<Item = &'r ReportRow<'r>> {
        self.rows.iter().filter(move |row| row.via == via)
    }
}

/// The default view of `htlookup report`: 911, the hotline with one line per means, then the
/// other official channels, then where the facts come from.
pub fn write_plain(out: &mut dyn Write, style: &Style, view: &ReportView<'_>) -> io::Result<()> {
    let report = view.report;
    let labels = view.labels;
    writeln!(out, "{}", style.alarm(&view.in_danger()))?;
    writeln!(out)?;

    let hotline = &report.hotline;
    write_wrapped(out, style, &style.bold(&view.hotline_heading()), "")?;
    writeln!(out, "{}", hotline.availability)?;
    write_means(out, style, labels, view.rows_of(&hotline.name))?;
    write_wrapped(out, style, &hotline.nature, "")?;

    if !report.other_channels.is_empty() {
        writeln!(out)?;
        let heading = style.bold(&labels.other_heading);
        write_wrapped(out, style, &heading, "")?;
        for organization in report.other_channels.iter() {
            let line = format!("{}: {}", organization.name, organization.purpose);
            write_wrapped(out, style, &line, "")?;
            write_means(out, style, labels, view.rows_of(&organization.name))?;
        }
    }
    writeln!(out)?;
    let meta = view.meta;
    writeln!(
        out,
        "{}",
        fill(
            &labels.source_line,
            &[
                ("url", &visible(&meta.url)),
                ("modified", &meta.modified.to_string()),
                ("checked", &meta.facts_checked.to_string()),
            ]
        )
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
    labels: &Labels,
    rows: impl Iterator<Item = &'a ReportRow<'a>>,
) -> io::Result<()> {
    const NARROWEST_NOTES: usize = 30;
    let rows: Vec<(&str, String, String)> = rows
        .map(|row| (action(labels, row.kind), contact(row), details(labels, row)))
        .collect();
    let action_width = rows.iter().map(|(action, _, _)| text_width(action)).max();
    let contact_width = rows.iter().map(|(_, contact, _)| text_width(contact)).max();
    let lead = 1 + action_width.unwrap_or(0) + 2 + contact_width.unwrap_or(0) + 2;
    let notes_width = style
        .width
        .map(|width| usize::from(width).saturating_sub(lead));
    let under = " ".repeat(1 + action_width.unwrap_or(0) + 2);
    for (action, contact, details) in &rows {
        let pad = " ".repeat(action_width.unwrap_or(0).saturating_sub(text_width(action)));
        let head = format!(" {action}{pad}  {contact}");
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
pub(crate) fn write_wrapped(
    out: &mut dyn Write,
    style: &Style,
    text: &str,
    indent: &str,
) -> io::Result<()> {
    write_hanging(out, style, indent, text, indent)
}

/// Like [`write_wrapped`], with a first line that starts with `first` (a step number) and
/// continuation lines starting with `indent`. Words are never broken: not a URL, not a number.
pub(crate) fn write_hanging(
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
pub fn write_steps(out: &mut dyn Write, style: &Style, view: &ReportView<'_>) -> io::Result<()> {
    writeln!(out, "{}", style.bold(&view.labels.steps_title))?;
    for step in steps(view.rows) {
        let first = &step[0]; // chunk_by never yields an empty chunk
        let number = format!("{}. ", first.step);
        let indent = " ".repeat(number.len());
        writeln!(out)?;
        let lines = step_lines(view, step);
        if first.id == "emergency" {
            writeln!(out, "{number}{}", style.alarm(&lines.heading))?;
        } else {
            write_hanging(out, style, &number, &lines.heading, &indent)?;
        }
        for line in &lines.body {
            write_wrapped(out, style, line, &indent)?;
        }
    }
    Ok(())
}

/// The rows grouped into steps: one group per step number, in order.
pub fn steps<'r, 'a>(rows: &'r [ReportRow<'a>]) -> impl Iterator<Item = &'r [ReportRow<'a>]> {
    rows.chunk_by(|a, b| a.step == b.step)
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
pub fn step_lines(view: &ReportView<'_>, step: &[ReportRow<'_>]) -> StepLines {
    let labels = view.labels;
    let hotline = &view.report.hotline;
    let first = &step[0];
    let mut body = Vec::new();
    let heading = if first.id == "emergency" {
        body.extend(non_empty(details(labels, first)));
        view.in_danger()
    } else if first.via == hotline.name.as_ref() {
        let names = [("name", &*hotline.name), ("name_es", &*hotline.name_es)];
        let first_hotline_step = view.rows.iter().position(|row| row.via == first.via);
        let who = if first_hotline_step.is_some_and(|row| view.rows[row].step == first.step) {
            fill(&labels.hotline_first, &names)
        } else {
            labels.hotline_again.to_string()
        };
        body.extend(non_empty(details(labels, first)));
        hotline_step(labels, first, &who)
    } else {
        if let Some(purpose) = first.purpose {
            body.push(purpose.to_string());
        }
        for row in step {
            let details = details(labels, row);
            let separator = if details.is_empty() { "" } else { ". " };
            body.push(format!(
                "{} {}{separator}{details}",
                action(labels, row.kind),
                contact(row)
            ));
        }
        fill(&labels.other_step, &[("via", first.via)])
    };
    StepLines { heading, body }
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// A hotline step's sentence, with `who` naming the hotline.
pub fn hotline_step(labels: &Labels, row: &ReportRow<'_>, who: &str) -> String {
    let template = match row.kind {
        ChannelKind::Phone => &labels.step_phone,
        ChannelKind::Tty => &labels.step_tty,
        ChannelKind::Text => &labels.step_text,
        ChannelKind::Chat => &labels.step_chat,
        ChannelKind::Online => &labels.step_online,
        ChannelKind::Email => &labels.step_email,
    };
    fill(template, &[("who", who), ("contact", &contact(row))])
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
pub fn contact(row: &ReportRow<'_>) -> String {
    match row.vanity {
        Some(vanity) => format!("{} ({vanity})", row.value),
        None => row.value.to_string(),
    }
}

/// The note and the languages, as one short text.
pub fn details(labels: &Labels, row: &ReportRow<'_>) -> String {
    let mut text = row.note.unwrap_or("").to_string();
    if !row.languages.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        let languages = row.languages.join(", ");
        text.push_str(&fill(&labels.languages, &[("languages", &languages)]));
    }
    text
}
