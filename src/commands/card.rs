//! `htlookup card`: a one-page printable handout, as HTML, Markdown or plain text, on stdout.
//!
//! The card never writes a file itself (htlookup writes none): `> card.html` is the user's.

use super::Context;
use crate::cli::CardArgs;
use crate::dataset::{locale, translate};
use crate::error::{Error, Result};
use crate::query::qr_links::hotline_links;
use crate::query::report::rows;
use crate::render::card::CardView;
use crate::render::report::ReportView;
use crate::render::{Format, card_html, card_text, sanitize};

/// Prints the card in the chosen format and language; plain text by default.
pub fn run(args: &CardArgs, context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    let locale = locale(args.lang);
    let translated = translate::report(&data.report, locale);
    // People-facing views are built from a copy whose texts are made safe to print; JSON and
    // the row formats get the data as it is (they escape it themselves).
    let shown = sanitize::report(&translated);
    let rows = rows(&shown, &locale.labels.emergency_via);
    let report = ReportView {
        labels: &locale.labels,
        report: &shown,
        meta: &data.meta,
        rows: &rows,
    };
    let card = CardView {
        links: hotline_links(&shown.hotline, &rows),
        report,
        agencies: &data.agencies,
    };
    match context.format {
        Format::Html => card_html::write(context.out, &card, locale.lang.as_ref())?,
        Format::Markdown => card_text::write(context.out, &context.style, &card, true)?,
        Format::Table | Format::Text => {
            card_text::write(context.out, &context.style, &card, false)?
        }
        Format::Json | Format::Jsonl | Format::Csv | Format::Toml => {
            return Err(Error::Usage(
                "card is a handout for people: use --format html, markdown or text \
                 (see 'htlookup card --help')"
                    .to_string(),
            ));
        }
    }
    Ok(())
}
