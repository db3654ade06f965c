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

use super::card::{CardView, agency_name};
use super::qr::Matrix;
use super::report::{action, contact, details};
use crate::dataset::locale::fill;

/// The page's style: print first, legible in black and white, one sheet.
const STYLE: &str = "\
@page { margin: 10mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font: 9pt/1.25 \"DejaVu Sans\", \"Helvetica Neue\", Arial, sans-serif; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 3mm 0 1mm; padding-bottom: 0.6mm; border-bottom: 0.6mm solid #000; }
h2 .other-name { font-size: 10pt; font-weight: normal; }
p { margin: 0 0 1.2mm; }
.emergency { border: 1mm solid #000; padding: 1.5mm 4mm; margin-bottom: 2mm; }
.emergency .now { font-size: 18pt; font-weight: bold; margin: 0; }
.emergency .number { font-size: 24pt; }
.emergency p { margin: 0; }
.hotline-heading { margin-top: 0; }
.codes { display: flex; gap: 3mm; margin: 2mm 0 1.5mm; }
.codes figure { flex: 1 1 0; margin: 0; border: 0.4mm solid #000; padding: 1.8mm; text-align: center; }
.codes figure.address { flex-grow: 1.25; }
.codes svg { display: block; margin: 0 auto 1mm; width: 25mm; height: 25mm; }
.codes .scan { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
.codes .big { font-size: 17pt; font-weight: bold; margin: 0.3mm 0; white-space: nowrap; }
.codes .address .big { font-size: 9pt; white-space: normal; }
.codes .vanity { font-size: 9pt; margin: 0; }
.codes .note { font-size: 7.5pt; line-height: 1.2; margin: 0.5mm 0 0; }
ul { margin: 0 0 1.2mm; padding-left: 5mm; }
li { margin: 0 0 0.4mm; }
.how { font-weight: bold; }
.nature { font-size: 8pt; }
.others { font-size: 8pt; }
.others dl { margin: 0; }
.others dt { font-weight: bold; margin-top: 1mm; }
.others dd { margin: 0 0 0 4mm; }
.agencies { font-size: 7.8pt; line-height: 1.18; columns: 2; column-gap: 6mm; padding-left: 4mm; margin: 0; }
.agencies li { break-inside: avoid; margin-bottom: 0.8mm; }
.nb { white-space: nowrap; }
@media screen { body { padding: 8mm; } }
footer { margin-top: 3mm; padding-top: 1.2mm; border-top: 0.3mm solid #000; font-size: 7.5pt; }
";

/// Writes the whole page. `lang` is the page's language code for `<html lang>`.
pub fn write(out: &mut dyn Write, card: &CardView<'_>, lang: &str) -> io::Result<()> {
    let view = &card.report;
    let labels = view.labels;
    let report = view.report;
    let emergency = &report.emergency;

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
    writeln!(out, "<body>")?;
    writeln!(out, "<main>")?;
    writeln!(out, "<h1>{}</h1>", escape(&labels.steps_title))?;

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
            Ok(matrix) => writeln!(out, "{}", matrix.svg("25mm", &escape(&link.payload)))?,
            Err(reason) => writeln!(out, "<p>{}</p>", escape(&reason))?,
        }
        writeln!(out, "<figcaption>")?;
        writeln!(
            out,
            "<p class=\"scan\">{}</p>",
            escape(card.scan_label(link))
        )?;
        writeln!(out, "<p class=\"big\">{}</p>", url_html(row.value))?;
        if let Some(vanity) = row.vanity {
            writeln!(out, "<p class=\"vanity\">({})</p>", escape(vanity))?;
        }
        if let Some(note) = row.note {
            writeln!(out, "<p class=\"note\">{}</p>", escape(note))?;
        }
        writeln!(out, "</figcaption>")?;
        writeln!(out, "</figure>")?;
    }
    writeln!(out, "</div>")?;
    writeln!(out, "<ul class=\"means\">")?;
    for row in card.other_hotline_means() {
        write_means(out, labels, row)?;
    }
    writeln!(out, "</ul>")?;
    writeln!(
        out,
        "<p class=\"nature\">{}</p>",
        escape(&report.hotline.nature)
    )?;
    writeln!(out, "</section>")?;

    if !report.other_channels.is_empty() {
        writeln!(out, "<section class=\"others\">")?;
        writeln!(out, "<h2>{}</h2>", escape(&labels.other_heading))?;
        writeln!(out, "<dl>")?;
        for organization in report.other_channels.iter() {
            writeln!(
                out,
                "<dt>{}</dt>\n<dd>{}",
                escape(&organization.name),
                escape(&organization.purpose)
            )?;
            let means: Vec<String> = view
                .rows_of(&organization.name)
                .map(|row| {
                    let note = row
                        .note
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
    for agency in card.agencies {
        writeln!(
            out,
            "<li>{}<br>{}</li>",
            escape(&agency_name(agency)),
            url_html(&agency.url)
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</section>")?;

    writeln!(out, "<footer>{}</footer>", footer(card))?;
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// One of the hotline's other means as a list item: what to do, the contact, what to know.
fn write_means(
    out: &mut dyn Write,
    labels: &crate::dataset::locale::Labels,
    row: &crate::query::report::ReportRow<'_>,
) -> io::Result<()> {
    let details = details(labels, row);
    writeln!(
        out,
        "<li><span class=\"how\">{}</span> {}{}{}</li>",
        escape(action(labels, row.kind)),
        url_html(&contact(row)),
        if details.is_empty() { "" } else { " — " },
        escape(&details)
    )
}

/// The card's source line with its URL unbroken.
fn footer(card: &CardView<'_>) -> String {
    let meta = card.report.meta;
    fill(
        &escape(&card.report.labels.card_source),
        &[
            ("title", &escape(&meta.title)),
            ("publisher", &escape(&meta.publisher)),
            ("url", &url_html(&meta.url)),
            ("created", &meta.created.to_string()),
            ("modified", &meta.modified.to_string()),
            ("checked", &meta.facts_checked.to_string()),
        ],
    )
}

/// The hotline's heading with its second name (Spanish in English, English in Spanish) in a
/// smaller span, so the heading fits one line and the reader's language leads.
fn hotline_heading(view: &super::report::ReportView<'_>) -> String {
    let hotline = &view.report.hotline;
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

/// Text as HTML that prints as itself: `& < > " '` escaped, control characters dropped.
pub fn escape(text: &str) -> String {
    // Control, bidirectional and invisible characters are shown, not obeyed (see sanitize),
    // then the markup characters are escaped.
    let text = super::sanitize::visible(text);
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
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
