//! `htlookup card`: a one-page printable handout, as HTML, Markdown or plain text, on stdout.
//!
//! The card never writes a file itself (htlookup writes none): `> card.html` is the user's.

use super::{Context, note_untranslated};
use crate::embedded::Lang;
use crate::error::Result;
use crate::query::prepared::PreparedReport;
use crate::render::card::{CARD_CONTACTS, CardView};
use crate::render::{Format, card_html, card_text};

/// Prints the card in `format` (text, Markdown or HTML) and `lang`.
pub fn run(lang: Lang, format: Format, context: &mut Context<'_>) -> Result<()> {
    let data = context.data.dataset();
    let report = PreparedReport::new(data, lang, &context.data.source, &context.changes)
        .with_local(&context.data.layers);
    note_untranslated(&report, context)?;
    let card = CardView::new(&report, &data.agencies);
    if card.local_left_out > 0 {
        writeln!(
            context.err,
            "htlookup: the card has room for {CARD_CONTACTS} local contacts and leaves out {} (htlookup local lists them all)",
            card.local_left_out
        )?;
    }
    match format {
        Format::Html => card_html::write(context.out, &card)?,
        Format::Markdown => card_text::write(context.out, &context.style, &card, true)?,
        _ => card_text::write(context.out, &context.style, &card, false)?,
    }
    Ok(())
}
