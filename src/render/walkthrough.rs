//! The screens of `htlookup report --walkthrough`: one step at a time, then every number on one
//! screen.
//!
//! The words are those of `--steps` ([`step_lines`]), so the two views never disagree; this
//! module only lays them out for a projector: a "Step 2 of 11" heading, the step in bold, and
//! its number drawn large.

use std::io::{self, Write};

use super::Style;
use super::big_digits;
use super::report::{ReportView, action, contact, step_lines, write_hanging, write_wrapped};
use crate::dataset::locale::fill;
use crate::dataset::model::ChannelKind;
use crate::query::report::ReportRow;

/// ANSI: cursor home, then clear the screen. Only sent to an interactive terminal.
pub const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";

/// Writes one step's screen: the heading, the step's sentence, its number large, what to know.
pub fn write_step(
    out: &mut dyn Write,
    style: &Style,
    view: &ReportView<'_>,
    step: &[ReportRow<'_>],
    total: usize,
) -> io::Result<()> {
    let first = &step[0]; // a step always has a row (see report::steps)
    let heading = fill(
        &view.labels.step_of,
        &[
            ("step", &first.step.to_string()),
            ("total", &total.to_string()),
        ],
    );
    writeln!(out, "{}", style.bold(&heading))?;
    writeln!(out, "{}", "=".repeat(heading.chars().count()))?;
    writeln!(out)?;
    let lines = step_lines(view, step);
    let sentence = if first.id == "emergency" {
        style.alarm(&lines.heading)
    } else {
        style.bold(&lines.heading)
    };
    write_hanging(out, style, "", &sentence, "")?;
    // Drawn large only where the sentence itself gives the number (911 and the hotline's
    // steps); another organization's numbers are in the lines below its name.
    let says_the_number = first.id == "emergency" || first.via == view.report.hotline.name;
    if says_the_number && is_dialled(first.kind) {
        write_large(out, style, first.value)?;
    }
    if !lines.body.is_empty() {
        writeln!(out)?;
    }
    for line in &lines.body {
        write_wrapped(out, style, line, "")?;
    }
    Ok(())
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
/// one terminal screen.
pub fn write_summary(out: &mut dyn Write, style: &Style, view: &ReportView<'_>) -> io::Result<()> {
    let labels = view.labels;
    let report = view.report;
    let title = &labels.summary_title;
    writeln!(out, "{}", style.bold(title))?;
    writeln!(out, "{}", "=".repeat(title.chars().count()))?;
    writeln!(out)?;
    writeln!(out, "{}", style.alarm(&view.in_danger()))?;
    writeln!(out)?;
    let hotline = &report.hotline;
    let heading = format!("{} · {}", view.hotline_heading(), hotline.availability);
    write_wrapped(out, style, &style.bold(&heading), "")?;
    let rows: Vec<&ReportRow<'_>> = view.rows_of(&hotline.name).collect();
    let action_width = rows
        .iter()
        .map(|row| action(labels, row.kind).chars().count())
        .max()
        .unwrap_or(0);
    for row in rows {
        let action = action(labels, row.kind);
        let pad = " ".repeat(action_width - action.chars().count());
        writeln!(out, "  {action}{pad}  {}", contact(row))?;
    }
    if report.other_channels.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    write_wrapped(out, style, &style.bold(&labels.other_heading), "")?;
    for organization in report.other_channels.iter() {
        let means: Vec<String> = view
            .rows_of(&organization.name)
            .map(|row| format!("{} {}", action(labels, row.kind), contact(row)))
            .collect();
        let line = format!("{}: {}", organization.name, means.join(" · "));
        write_hanging(out, style, "  ", &line, "    ")?;
    }
    Ok(())
}
