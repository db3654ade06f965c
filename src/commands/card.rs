//! `htlookup card`: a one-page printable handout, as HTML, Markdown or plain text, on stdout.
//!
//! The card never writes a file itself (htlookup writes none): `> card.html` is the user's.

use super::Context;
use super::report::prepare;
use crate::dataset::Lang;
use crate::error::{Error, Result};
use crate::render::card::CardView;
use crate::render::{Format, card_html, card_text};

/// Prints the card in the chosen format and `lang`; plain text by default.
pub fn run(lang: Lang, context: &mut Context<'_>) -> Result<()> {
    if matches!(
        context.format,
        Format::Json | Format::Jsonl | Format::Csv | Format::Toml
    ) {
        return Err(Error::Usage(
            "card is a handout for people: use --format html, markdown or text \
             (see 'htlookup card --help')"
                .to_string(),
        ));
    }
    let report = prepare(lang, context)?;
    let card = CardView::new(&report, &context.data.agencies);
    match context.format {
        Format::Html => card_html::write(context.out, &card)?,
        Format::Markdown => card_text::write(context.out, &context.style, &card, true)?,
        _ => card_text::write(context.out, &context.style, &card, false)?,
    }
    Ok(())
}
