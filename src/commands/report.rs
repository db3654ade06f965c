//! `htlookup report`: how to report trafficking, emergency first; and `htlookup` alone, the
//! short answer.

mod walkthrough;

use super::{Context, note_untranslated};
use crate::cli::ReportArgs;
use crate::embedded::Lang;
use crate::error::{Error, Result};
use crate::query::prepared::PreparedReport;
use crate::query::qr_links::{hotline_links, local_links};
use crate::render::report::{Paint, write_paragraph};
use crate::render::{self, Format, Style, qr};

/// Prints the reporting instructions in `lang`. JSON is the whole `report` object with its
/// warnings; the row formats list every means with its step number; a table or text is the
/// full (or `--steps`) view for people.
pub fn run(args: &ReportArgs, lang: Lang, format: Format, context: &mut Context<'_>) -> Result<()> {
    let report = prepare(lang, context)?;
    let for_people = matches!(format, Format::Table | Format::Text);
    if !for_people && (args.walkthrough || args.qr) {
        let flag = if args.walkthrough {
            "--walkthrough shows the steps to people one at a time"
        } else {
            "--qr prints QR codes for people to scan"
        };
        return Err(Error::Usage(format!(
            "{flag}; --format and --json do not apply (see 'htlookup report --help')"
        )));
    }
    if args.walkthrough {
        let finished = walkthrough::run(&report, context)?;
        if finished && args.qr {
            write_qr_codes(&report, context.out, &context.style)?;
        }
        return Ok(());
    }
    if write_data(&report, format, context)? {
        return Ok(());
    }
    with_reminder(&report, context, |out, style| {
        if args.steps {
            render::report::write_steps(out, style, &report)?;
        } else {
            render::report::write_plain(out, style, &report)?;
        }
        if args.qr {
            write_qr_codes(&report, out, style)?;
        }
        Ok(())
    })
}

/// `htlookup` with no command: the short answer for people (911 and the hotline's every means
/// on one screen, else ending with them); for scripts, the same data as `htlookup report`.
pub fn run_short(lang: Lang, format: Format, context: &mut Context<'_>) -> Result<()> {
    let report = prepare(lang, context)?;
    if write_data(&report, format, context)? {
        return Ok(());
    }
    // Short as it is, local contacts (--add) or a narrow terminal can make it taller than the
    // screen: then it ends with the numbers, like the report.
    with_reminder(&report, context, |out, style| {
        Ok(render::report::write_short(out, style, &report)?)
    })
}

/// The prepared report in `lang`, after saying on stderr what of the data `lang` cannot
/// translate.
fn prepare<'a>(lang: Lang, context: &mut Context<'a>) -> Result<PreparedReport<'a>> {
    let report = PreparedReport::new(
        context.data.dataset(),
        lang,
        &context.data.source,
        &context.changes,
    )
    .with_local(&context.data.layers);
    note_untranslated(&report, context)?;
    Ok(report)
}

/// Writes the report in a machine format (JSON, JSON Lines, CSV) or as a Markdown table;
/// `false` when the format is one for people, which the caller then writes.
fn write_data(
    report: &PreparedReport<'_>,
    format: Format,
    context: &mut Context<'_>,
) -> Result<bool> {
    match format {
        Format::Json => render::json_document(context.out, &report.json())?,
        Format::Markdown => {
            for warning in &report.warnings {
                let line =
                    htlookup_data::locale::fill(&report.labels.warning, &[("message", warning)]);
                writeln!(context.out, "> **{}**\n", render::sanitize::markdown(&line))?;
            }
            let headings = report.labels.report_headings();
            render::markdown_records(context.out, &headings, &report.data_rows())?
        }
        Format::Jsonl | Format::Csv => {
            render::records(context.out, format, &context.style, &report.data_rows())?
        }
        Format::Table | Format::Text | Format::Html | Format::Toml => return Ok(false),
    }
    Ok(true)
}

/// Writes what `write` writes; on a terminal, when that is taller than the screen, ends it
/// with one reminder line of 911, the hotline's number and what to text, so the last screen a
/// person sees still has them.
fn with_reminder(
    report: &PreparedReport<'_>,
    context: &mut Context<'_>,
    write: impl FnOnce(&mut dyn std::io::Write, &Style) -> Result<()>,
) -> Result<()> {
    let style = context.style;
    let Some(height) = style.height else {
        return write(context.out, &style);
    };
    let mut screen = Vec::new();
    write(&mut screen, &style)?;
    context.out.write_all(&screen)?;
    let lines = screen.iter().filter(|byte| **byte == b'\n').count();
    // The prompt takes the screen's last line.
    if lines + 1 > usize::from(height) {
        writeln!(context.out)?;
        write_paragraph(
            context.out,
            &context.style,
            &report.reminder(),
            Paint::Alarm,
        )?;
    }
    Ok(())
}

/// The hotline's phone, text and form as QR codes, then one for each local contact, their
/// links derived from the data.
fn write_qr_codes(
    report: &PreparedReport<'_>,
    out: &mut dyn std::io::Write,
    style: &Style,
) -> Result<()> {
    let links = hotline_links(report);
    let local = local_links(report);
    qr::write_codes(out, style, report, &links, &local)?;
    Ok(())
}
