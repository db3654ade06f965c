//! `htlookup report`: how to report trafficking, emergency first.

use super::Context;
use crate::cli::ReportArgs;
use crate::dataset::model::Report;
use crate::dataset::{Dataset, Lang, locale, translate};
use crate::error::{Error, Result};
use crate::query::qr_links::hotline_links;
use crate::query::report::rows;
use crate::render::qr;
use crate::render::report::{self, ReportView};
use crate::render::{self, Format, sanitize};

/// Prints the reporting instructions in the chosen language. JSON is the whole `report` object;
/// the row formats list every means with its step number; a table is the plain (or `--steps`)
/// text view.
pub fn run(args: &ReportArgs, context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    note_untranslated(data, args.lang, context)?;
    with_report_view(data, args.lang, |view, translated| {
        show(args, view, translated, context)
    })
}

/// Says on stderr how many of the data's sentences `lang` cannot translate and so shows in
/// English: the built-in data has none (the build checks), but a `--data` file's own sentences
/// would otherwise switch language silently in the middle of a Spanish handout.
pub fn note_untranslated(data: &Dataset, lang: Lang, context: &mut Context<'_>) -> Result<()> {
    if lang == Lang::En {
        return Ok(());
    }
    let locale = locale(lang);
    let missing = translate::untranslated(&data.report, locale).len();
    if missing > 0 {
        let (sentences, have, are) = if missing == 1 {
            ("sentence", "has", "is")
        } else {
            ("sentences", "have", "are")
        };
        writeln!(
            context.err,
            "htlookup: {missing} {sentences} of the data {have} no --lang {} translation and {are} shown in English",
            locale.lang
        )?;
    }
    Ok(())
}

/// The report as people see it in `lang`, handed to `show`: translated, built from a copy
/// whose texts are made safe to print, with its rows in their one order. `show` also gets the
/// translated report as it is, for JSON and the row formats (they escape data themselves).
/// Shared by `report` and `card`, so the two views cannot be built differently.
pub fn with_report_view<R>(
    data: &Dataset,
    lang: Lang,
    show: impl FnOnce(&ReportView<'_>, &Report) -> R,
) -> R {
    let locale = locale(lang);
    let translated = translate::report(&data.report, locale);
    let shown = sanitize::report(&translated);
    let rows = rows(&shown, &locale.labels.emergency_via);
    let view = ReportView {
        labels: &locale.labels,
        report: &shown,
        meta: &data.meta,
        rows: &rows,
    };
    show(&view, &translated)
}

fn show(
    args: &ReportArgs,
    view: &ReportView<'_>,
    translated: &Report,
    context: &mut Context<'_>,
) -> Result<()> {
    if context.format != Format::Table {
        let flag = match (args.walkthrough, args.qr) {
            (true, _) => Some("--walkthrough shows the steps to people one at a time"),
            (false, true) => Some("--qr prints QR codes for people to scan"),
            (false, false) => None,
        };
        if let Some(flag) = flag {
            return Err(Error::Usage(format!(
                "{flag}; --format and --json do not apply (see 'htlookup report --help')"
            )));
        }
    }
    if args.walkthrough {
        let finished = super::walkthrough::run(view, context)?;
        if finished && args.qr {
            write_qr_codes(view, context)?;
        }
        return Ok(());
    }
    match context.format {
        Format::Table if args.steps => report::write_steps(context.out, &context.style, view)?,
        Format::Table => report::write_plain(context.out, &context.style, view)?,
        Format::Json => render::json_document(context.out, translated)?,
        Format::Markdown => {
            let rows = rows(translated, &view.labels.emergency_via);
            let headings = view.labels.report_headings();
            render::markdown_records(context.out, &headings, &rows)?
        }
        format => {
            let rows = rows(translated, &view.labels.emergency_via);
            render::records(context.out, format, &context.style, &rows)?
        }
    }
    if args.qr {
        write_qr_codes(view, context)?;
    }
    Ok(())
}

/// The hotline's phone, text and form as QR codes, their links derived from the data.
fn write_qr_codes(view: &ReportView<'_>, context: &mut Context<'_>) -> Result<()> {
    let links = hotline_links(&view.report.hotline, view.rows);
    qr::write_codes(context.out, &context.style, view, &links)?;
    Ok(())
}
