//! The screens of `htlookup report --walkthrough`: one step at a time, then every number on one
//! screen.
//!
//! The words are those of `--steps` ([`step_lines`]), so the two views never disagree; this
//! module only lays them out for a projector: a "Step 2 of 11" heading, the step in bold, and
//! its number drawn large.

use std::io::{self, Write};

use super::Style;
use super::big_digits;
use super::report::{
    Paint, action, contact, step_lines, write_footer, write_lines, write_paragraph, write_warnings,
};
use crate::query::prepared::PreparedReport;
use crate::query::report::{Owner, ReportRow};
use htlookup_data::locale::fill;
use htlookup_data::model::ChannelKind;

/// ANSI: cursor home, then clear the screen. Only sent to an interactive terminal that takes
/// escape sequences (not `TERM=dumb`).
pub const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";

/// Writes one step's screen: any warning about the data, the heading, the step's sentence, its
/// number large, what to know.
pub fn write_step(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
    step: &[ReportRow],
    total: usize,
) -> io::Result<()> {
    let first = &step[0]; // a step always has a row (see report::steps)
    // Each screen replaces the last: a warning shown only on the first would be gone.
    write_warnings(out, style, report)?;
    let heading = fill(
        &report.labels.step_of,
        &[
            ("step", &first.step.to_string()),
            ("total", &total.to_string()),
        ],
    );
    write_title(out, style, &heading)?;
    let lines = step_lines(report, step);
    let paint = if first.owner == Owner::Emergency {
        Paint::Alarm
    } else {
        Paint::Bold
    };
    write_paragraph(out, style, &lines.heading, paint)?;
    // Drawn large only where the sentence itself gives the number (911 and the hotline's
    // steps); another organization's numbers are in the lines below its name.
    let says_the_number = matches!(first.owner, Owner::Emergency | Owner::Hotline);
    if says_the_number && is_dialled(first.kind) {
        write_large(out, style, &first.value)?;
    }
    if !lines.body.is_empty() {
        writeln!(out)?;
    }
    for line in &lines.body {
        write_paragraph(out, style, line, Paint::None)?;
    }
    Ok(())
}

/// A screen's title in bold, underlined with `=` as wide as its widest line, then a blank line.
fn write_title(out: &mut dyn Write, style: &Style, title: &str) -> io::Result<()> {
    let lines = super::wrap::lines(title, style.columns(), "", "");
    for line in &lines {
        writeln!(out, "{}", style.bold(line))?;
    }
    let widest = lines.iter().map(|line| super::wrap::width(line)).max();
    writeln!(out, "{}", "=".repeat(widest.unwrap_or(0)))?;
    writeln!(out)
}

/// The number drawn large, indented, with a blank line above; skipped when the terminal is too
/// narrow for it (the plain number is in the sentence above).
fn write_large(out: &mut dyn Write, style: &Style, number: &str) -> io::Result<()> {
    const INDENT: &str = "    ";
    let Some(lines) = big_digits::lines(number) else {
        return Ok(());
    };
    let needed = INDENT.len() + big_digits::width(number);
    if style.width.is_some_and(|width| usize::from(width) < needed) {
        return Ok(());
    }
    writeln!(out)?;
    for line in lines {
        writeln!(out, "{INDENT}{}", line.trim_end())?;
    }
    Ok(())
}

/// Means whose value is a number a person dials or texts, and so is worth drawing large.
fn is_dialled(kind: ChannelKind) -> bool {
    matches!(
        kind,
        ChannelKind::Phone | ChannelKind::Tty | ChannelKind::Text
    )
}

/// The last screen: every way to report, 911 first, each means on one line, short enough for
/// one terminal screen; then where the data comes from, when it is a file.
pub fn write_summary(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
) -> io::Result<()> {
    let labels = report.labels;
    write_warnings(out, style, report)?;
    write_title(out, style, &labels.summary_title)?;
    write_paragraph(out, style, &report.in_danger(), Paint::Alarm)?;
    writeln!(out)?;
    let hotline = &report.shown.hotline;
    let heading = format!("{} · {}", report.hotline_heading(), hotline.availability);
    write_paragraph(out, style, &heading, Paint::Bold)?;
    let rows: Vec<&ReportRow> = report.rows_of(Owner::Hotline).collect();
    let action_width = rows
        .iter()
        .map(|row| super::wrap::width(action(labels, row.kind)))
        .max()
        .unwrap_or(0);
    for row in rows {
        let action = action(labels, row.kind);
        let pad = " ".repeat(action_width - super::wrap::width(action));
        let lead = format!("  {action}{pad}  ");
        let indent = " ".repeat(lead.chars().count());
        let what = match row.kind {
            ChannelKind::Text => format!("{}{}", report.text_to(row), vanity(row)),
            _ => contact(row),
        };
        write_lines(out, style, &what, &lead, &indent, Paint::None)?;
    }
    super::report::write_local(out, style, report)?;
    if !report.shown.other_channels.is_empty() {
        writeln!(out)?;
        write_paragraph(out, style, &labels.other_heading, Paint::Bold)?;
        for (index, organization) in report.shown.other_channels.iter().enumerate() {
            let means: Vec<String> = report
                .rows_of(Owner::Other(index))
                .map(|row| format!("{} {}", action(labels, row.kind), contact(row)))
                .collect();
            let line = format!("{}: {}", organization.name, means.join(" · "));
            write_lines(out, style, &line, "  ", "    ", Paint::None)?;
        }
    }
    if report.footer.data_file.is_some() || !report.footer.local.is_empty() {
        writeln!(out)?;
        write_footer(out, style, report)?;
    }
    Ok(())
}

/// " (BeFree)", or nothing.
fn vanity(row: &ReportRow) -> String {
    row.vanity
        .as_ref()
        .map(|vanity| format!(" ({vanity})"))
        .unwrap_or_default()
}
