//! The handout as one standalone HTML page, made to be printed on one Letter or A4 sheet.
//!
//! Standalone: inline CSS, QR codes as inline SVG, no scripts, no fonts, images or links that
//! load anything (a browser opening it makes no request). Black and white: nothing depends on
//! colour, so a black-and-white copy reads the same. The page is sized for the smaller of both
//! sheets (A4's width, Letter's height) with 12 mm margins; a test prints it with headless
//! Chromium and checks that it stays one page.
//!
//! Every piece of data is escaped; label templates are escaped before their holes are filled
//! with escaped data, so neither a label nor the data can add markup.

use std::io::{self, Write};

use super::card::CardView;
use super::qr::Matrix;
use super::report::{action, contact, details, how_to};
use super::sanitize::html as escape;
use crate::query::report::Owner;
use htlookup_data::locale::fill;
use htlookup_data::model::ChannelKind;

/// The page's style: print first, legible in black and white, one sheet.
const STYLE: &str = "\
@page { margin: 10mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font: 9pt/1.2 \"DejaVu Sans\", \"Helvetica Neue\", Arial, sans-serif; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 2.2mm 0 1mm; padding-bottom: 0.6mm; border-bottom: 0.6mm solid #000; }
h2 .other-name { font-size: 10pt; font-weight: normal; }
p { margin: 0 0 1.2mm; }
.emergency { border: 1mm solid #000; padding: 1mm 4mm; margin-bottom: 1.5mm; }
.emergency .now { font-size: 18pt; font-weight: bold; margin: 0; }
.emergency .number { font-size: 24pt; }
.emergency p { margin: 0; }
.warning { border: 1mm dashed #000; padding: 1.5mm 4mm; margin-bottom: 2mm; font-weight: bold; }
.warning p { margin: 0; }
footer .alert { font-size: 8pt; margin-bottom: 1mm; }
.hotline-heading { margin-top: 0; }
.codes { display: flex; gap: 3mm; margin: 1.5mm 0 1mm; }
.codes figure { flex: 1 1 0; margin: 0; border: 0.4mm solid #000; padding: 1.4mm; text-align: center; }
.codes figure.address { flex-grow: 1.25; }
.codes svg { display: block; margin: 0 auto 0.6mm; width: 22mm; height: 22mm; }
.codes .scan { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
.codes .big { font-size: 17pt; font-weight: bold; margin: 0.3mm 0; white-space: nowrap; }
.codes .address .big { font-size: 9pt; white-space: normal; }
.codes .vanity { font-size: 9pt; margin: 0; }
.codes .note { font-size: 7.5pt; line-height: 1.2; margin: 0.5mm 0 0; }
ul { margin: 0 0 1.2mm; padding-left: 5mm; }
li { margin: 0 0 0.4mm; }
.how { font-weight: bold; }
.nature { font-size: 7.6pt; }
.others { font-size: 7.6pt; }
.local { font-size: 7.6pt; }
@media print { .with-local main { zoom: 0.82; } }
.local ul { columns: 2; column-gap: 6mm; padding-left: 4mm; margin: 0; }
.local li { break-inside: avoid; margin-bottom: 0.6mm; }
.local .note { font-size: 7pt; }
.others dl { margin: 0; }
.others dt { font-weight: bold; margin-top: 1mm; }
.others dd { margin: 0 0 0 4mm; }
.agencies { font-size: 7.5pt; line-height: 1.15; columns: 2; column-gap: 6mm; padding-left: 4mm; margin: 0; }
.agencies li { break-inside: avoid; margin-bottom: 0.8mm; }
.nb { white-space: nowrap; }
@media screen { body { padding: 8mm; } }
footer { margin-top: 2mm; padding-top: 1mm; border-top: 0.3mm solid #000; font-size: 7.5pt; }
";

/// Writes the whole page, in the prepared report's language.
pub fn write(out: &mut dyn Write, card: &CardView<'_>) -> io::Result<()> {
    let view = card.report;
    let labels = view.labels;
    let report = &view.shown;
    let emergency = &report.emergency;
    let lang = view.lang;

    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{}\">", escape(lang))?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(out, "<title>{}</title>", escape(&labels.steps_title))?;
    writeln!(out, "<style>\n{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    // With local contacts the page holds more: everything is drawn a little smaller, so it
    // still prints on one sheet (tests/card_print.rs, six contacts).
    if card.local.is_empty() {
        writeln!(out, "<body>")?;
    } else {
        writeln!(out, "<body class=\"with-local\">")?;
    }
    writeln!(out, "<main>")?;
    writeln!(out, "<h1>{}</h1>", escape(&labels.steps_title))?;

    // A data file that changes a national number says so before any number.
    if !view.warnings.is_empty() {
        writeln!(out, "<section class=\"warning\" role=\"alert\">")?;
        for warning in &view.warnings {
            let line = fill(&labels.warning, &[("message", warning)]);
            writeln!(out, "<p>{}</p>", escape(&line))?;
        }
        writeln!(out, "</section>")?;
    }

    // 911 first, alone in a heavy box.
    let number = format!(
        "<span class=\"number\">{}</span>",
        escape(&emergency.number)
    );
    writeln!(out, "<section class=\"emergency\" aria-label=\"911\">")?;
    writeln!(
        out,
        "<p class=\"now\">{}</p>",
        fill(&escape(&labels.in_danger), &[("number", &number)])
    )?;
    writeln!(out, "<p>{}</p>", escape(&emergency.when))?;
    writeln!(out, "</section>")?;

    // The hotline: phone, text and form large, each with its code; then the other means.
    writeln!(out, "<section>")?;
    writeln!(
        out,
        "<h2 class=\"hotline-heading\">{}</h2>",
        hotline_heading(view)
    )?;
    writeln!(out, "<p>{}</p>", escape(&report.hotline.availability))?;
    writeln!(out, "<div class=\"codes\">")?;
    for link in &card.links {
        let row = link.row;
        let is_address = row.value.contains("://");
        let class = if is_address { " class=\"address\"" } else { "" };
        writeln!(out, "<figure{class}>")?;
        match Matrix::encode(&link.payload) {
            Ok(matrix) => writeln!(out, "{}", matrix.svg("22mm", &escape(&link.payload)))?,
            Err(reason) => writeln!(out, "<p>{}</p>", escape(&reason))?,
        }
        writeln!(out, "<figcaption>")?;
        writeln!(
            out,
            "<p class=\"scan\">{}</p>",
            escape(card.scan_label(link))
        )?;
        writeln!(out, "<p class=\"big\">{}</p>", url_html(&row.value))?;
        if let Some(vanity) = &row.vanity {
            writeln!(out, "<p class=\"vanity\">({})</p>", escape(vanity))?;
        }
        // What a person must know to use it; the languages are in the list below.
        let how = how_to(view, row);
        let note = match (&row.note, how.is_empty()) {
            (Some(note), false) => format!("{how} {note}"),
            (Some(note), true) => note.to_string(),
            (None, _) => how,
        };
        if !note.is_empty() {
            writeln!(out, "<p class=\"note\">{}</p>", escape(&note))?;
        }
        writeln!(out, "</figcaption>")?;
        writeln!(out, "</figure>")?;
    }
    writeln!(out, "</div>")?;
    writeln!(out, "<ul class=\"means\">")?;
    for row in card.other_hotline_means() {
        write_means(out, card, row)?;
    }
    writeln!(out, "</ul>")?;
    writeln!(
        out,
        "<p class=\"nature\">{}</p>",
        escape(&report.hotline.nature)
    )?;
    writeln!(out, "</section>")?;

    // The local contacts: after the hotline, before the other channels; compact, two columns.
    for &(heading, layer, contacts) in &card.local {
        writeln!(out, "<section class=\"local\">")?;
        writeln!(out, "<h2>{}</h2>", escape(heading))?;
        writeln!(out, "<ul>")?;
        for (index, contact) in contacts.iter().enumerate() {
            write!(out, "<li><b>{}</b>", escape(&contact.name))?;
            for row in card.report.local_rows(layer, index) {
                let (value, note) = (&row.value, &row.note);
                let action = action(card.report.labels, row.kind);
                write!(out, "<br>{}: {}", escape(action), url_html(value))?;
                if let Some(note) = note {
                    write!(out, " <span class=\"note\">({})</span>", escape(note))?;
                }
            }
            writeln!(out, "</li>")?;
        }
        writeln!(out, "</ul>")?;
        writeln!(out, "</section>")?;
    }

    if !report.other_channels.is_empty() {
        writeln!(out, "<section class=\"others\">")?;
        writeln!(out, "<h2>{}</h2>", escape(&labels.other_heading))?;
        writeln!(out, "<dl>")?;
        for (index, organization) in report.other_channels.iter().enumerate() {
            writeln!(
                out,
                "<dt>{}</dt>\n<dd>{}",
                escape(&organization.name),
                escape(&organization.purpose)
            )?;
            let means: Vec<String> = view
                .rows_of(Owner::Other(index))
                .map(|row| {
                    let note = row
                        .note
                        .as_ref()
                        .map(|note| format!(" — {}", escape(note)))
                        .unwrap_or_default();
                    format!(
                        "<span class=\"nb\"><span class=\"how\">{}</span> {}{note}</span>",
                        escape(action(labels, row.kind)),
                        url_html(&contact(row))
                    )
                })
                .collect();
            writeln!(out, "<br>{}</dd>", means.join(" · "))?;
        }
        writeln!(out, "</dl>")?;
        writeln!(out, "</section>")?;
    }

    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{}</h2>", escape(&labels.agencies_heading))?;
    writeln!(out, "<ul class=\"agencies\">")?;
    for agency in &card.agencies {
        writeln!(
            out,
            "<li>{}<br>{}</li>",
            escape(&agency.name),
            url_html(&agency.url)
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</section>")?;

    writeln!(out, "<footer>")?;
    for alert in report.hotline.alerts.iter() {
        writeln!(
            out,
            "<p class=\"alert\"><strong>{}:</strong> {}</p>",
            escape(&labels.alerts_heading),
            escape(alert)
        )?;
    }
    writeln!(out, "<p>{}</p>", footer(card))?;
    writeln!(out, "</footer>")?;
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// One of the hotline's other means as a list item: what to do, the contact, what to know.
fn write_means(
    out: &mut dyn Write,
    card: &CardView<'_>,
    row: &crate::query::report::ReportRow,
) -> io::Result<()> {
    let labels = card.report.labels;
    // A relay number's instruction is what its caller needs; the page has no room for more.
    let details = match row.kind {
        ChannelKind::Tty => how_to(card.report, row),
        _ => details(card.report, row),
    };
    writeln!(
        out,
        "<li><span class=\"how\">{}</span> {}{}{}</li>",
        escape(action(labels, row.kind)),
        url_html(&contact(row)),
        if details.is_empty() { "" } else { " — " },
        escape(&details)
    )
}

/// The card's footer lines, each escaped, run together, the source's URL unbroken.
fn footer(card: &CardView<'_>) -> String {
    let footer = &card.report.footer;
    let url = escape(&footer.url);
    let lines: Vec<String> = footer
        .card_lines()
        .map(|line| escape(line).replacen(&url, &url_html(&footer.url), 1))
        .collect();
    lines.join(" ")
}

/// The hotline's heading with its second name (Spanish in English, English in Spanish) in a
/// smaller span, so the heading fits one line and the reader's language leads.
fn hotline_heading(view: &crate::query::prepared::PreparedReport) -> String {
    let hotline = &view.shown.hotline;
    let template = escape(&view.labels.hotline_heading);
    let small = |name: &str| format!("<span class=\"other-name\">{}</span>", escape(name));
    let english_first = template.find("{name}") <= template.find("{name_es}");
    let (name, name_es) = if english_first {
        (escape(&hotline.name), small(&hotline.name_es))
    } else {
        (small(&hotline.name), escape(&hotline.name_es))
    };
    fill(&template, &[("name", &name), ("name_es", &name_es)])
}

/// A contact as HTML that may break only after a `/` of a URL: a long URL wraps at a path
/// boundary, never at one of its hyphens (where a reader could not tell whether the hyphen
/// belongs to the address) and never inside a phone number.
fn url_html(text: &str) -> String {
    let (scheme, rest) = match text.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), text),
    };
    let segments: Vec<String> = rest.split('/').map(escape).collect();
    format!(
        "<span class=\"nb\">{}{}</span>",
        escape(&scheme),
        segments.join("/</span><wbr><span class=\"nb\">")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_control_characters() {
        assert_eq!(
            escape("<script>\"a\" & 'b'\x1b[31m"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;␛[31m"
        );
        assert_eq!(escape("1-888\u{202E}8887"), "1-888\\u{202e}8887");
        assert_eq!(escape("1-888-373-7888"), "1-888-373-7888");
    }
}
