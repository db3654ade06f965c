//! `htlookup card`: a one-page printable handout, as HTML, Markdown or plain text, on stdout.
//!
//! The card never writes a file itself (htlookup writes none): `> card.html` is the user's.

use super::Context;
use crate::cli::CardArgs;
use crate::dataset::{Lang, locale};
use crate::error::{Error, Result};
use crate::query::qr_links::hotline_links;
use crate::render::card::CardView;
use crate::render::report::ReportView;
use crate::render::{Format, card_html, card_text};

/// Prints the card in the chosen format and language; plain text by default.
pub fn run(args: &CardArgs, context: &mut Context<'_>) -> Result<()> {
    let data = context.data;
    super::report::note_untranslated(data, args.lang, context)?;
    super::report::with_report_view(data, args.lang, |report, _| {
        write(*report, args.lang, context)
    })
}

fn write(report: ReportView<'_>, lang: Lang, context: &mut Context<'_>) -> Result<()> {
    let locale = locale(lang);
    let card = CardView {
        links: hotline_links(&report.report.hotline, report.rows),
        report,
        agencies: &context.data.agencies,
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
