//! The handout as plain text or Markdown: the same sections as the HTML card, for a wiki, an
//! email or a plain printer.
//!
//! QR codes are drawn in half blocks (inside a fenced block in Markdown, where they keep a
//! monospace font). They are stacked, never side by side, so no line is wider than the largest
//! code: a wrapped code cannot be scanned.

use std::io::{self, Write};

use super::Style;
use super::card::{CardView, agency_name};
use super::qr::{self, Matrix};
use super::report::{action, contact, details};
use super::sanitize::visible;
use crate::query::report::ReportRow;

/// Writes the card; `markdown` chooses Markdown over plain text.
pub fn write(
    out: &mut dyn Write,
    style: &Style,
    card: &CardView<'_>,
    markdown: bool,
) -> io::Result<()> {
    let text = Text { markdown };
    let view = &card.report;
    let labels = view.labels;
    let report = view.report;

    text.heading(out, 1, &labels.steps_title)?;
    text.strong(out, &view.in_danger())?;
    writeln!(out, "{}", text.escape(&report.emergency.when))?;
    writeln!(out)?;

    text.heading(out, 2, &view.hotline_heading())?;
    writeln!(out, "{}", text.escape(&report.hotline.availability))?;
    writeln!(out)?;
    for row in view.rows_of(&report.hotline.name) {
        text.means(out, labels, row)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", text.escape(&report.hotline.nature))?;
    for link in &card.links {
        writeln!(out)?;
        let caption = format!("{}: {}", card.scan_label(link), link.payload);
        writeln!(out, "{}", text.escape(&caption))?;
        match Matrix::encode(&link.payload) {
            Ok(matrix) if markdown => {
                writeln!(out, "\n```text")?;
                for line in matrix.half_block_lines() {
                    writeln!(out, "{}", line.trim_end())?;
                }
                writeln!(out, "```")?;
            }
            Ok(matrix) => qr::write_text(out, style, &matrix)?,
            Err(reason) => writeln!(out, "({reason})")?,
        }
    }

    if !report.other_channels.is_empty() {
        writeln!(out)?;
        text.heading(out, 2, &labels.other_heading)?;
        for organization in report.other_channels.iter() {
            let line = format!("{}: {}", organization.name, organization.purpose);
            if markdown {
                writeln!(out, "**{}**", text.escape(&line))?;
                writeln!(out)?;
            } else {
                writeln!(out, "{line}")?;
            }
            for row in view.rows_of(&organization.name) {
                text.means(out, labels, row)?;
            }
            writeln!(out)?;
        }
    } else {
        writeln!(out)?;
    }

    text.heading(out, 2, &labels.agencies_heading)?;
    for agency in card.agencies {
        let name = agency_name(agency);
        let (name, url) = (visible(&name), visible(&agency.url));
        if markdown {
            writeln!(out, "- {}: <{url}>", text.escape(&name))?;
        } else {
            writeln!(out, "- {name}: {url}")?;
        }
    }
    writeln!(out)?;
    if markdown {
        writeln!(out, "---")?;
        writeln!(out)?;
    }
    writeln!(out, "{}", text.escape(&card.source_line()))
}

/// Plain text or Markdown: the few ways the two differ.
struct Text {
    markdown: bool,
}

impl Text {
    /// A heading: `#`s in Markdown, an underline in text.
    fn heading(&self, out: &mut dyn Write, level: usize, title: &str) -> io::Result<()> {
        if self.markdown {
            writeln!(out, "{} {}", "#".repeat(level), self.escape(title))?;
        } else {
            let rule = if level == 1 { "=" } else { "-" };
            writeln!(out, "{title}")?;
            writeln!(out, "{}", rule.repeat(title.chars().count()))?;
        }
        writeln!(out)
    }

    /// A line that must stand out (911).
    fn strong(&self, out: &mut dyn Write, line: &str) -> io::Result<()> {
        if self.markdown {
            writeln!(out, "**{}**", self.escape(line))?;
            writeln!(out)
        } else {
            writeln!(out, "{line}")
        }
    }

    /// One means as a list item: what to do, the contact, what to know.
    fn means(
        &self,
        out: &mut dyn Write,
        labels: &crate::dataset::locale::Labels,
        row: &ReportRow<'_>,
    ) -> io::Result<()> {
        let details = details(labels, row);
        let separator = if details.is_empty() { "" } else { " — " };
        if self.markdown {
            writeln!(
                out,
                "- **{}** {}{separator}{}",
                self.escape(action(labels, row.kind)),
                self.escape(&contact(row)),
                self.escape(&details)
            )
        } else {
            writeln!(
                out,
                "- {} {}{separator}{details}",
                action(labels, row.kind),
                contact(row)
            )
        }
    }

    /// Text as it must be written to print as itself: Markdown's markup characters escaped
    /// (data may hold `*` or `_`); plain text as it is.
    fn escape(&self, text: &str) -> String {
        if !self.markdown {
            return text.to_string();
        }
        let mut escaped = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' | '\r' => escaped.push(' '),
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                    escaped.push('\\');
                    escaped.push(c);
                }
                c => escaped.push(c),
            }
        }
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_markup_and_text_does_not() {
        let markdown = Text { markdown: true };
        assert_eq!(markdown.escape("a*b_c [d]\ne"), "a\\*b\\_c \\[d\\] e");
        assert_eq!(markdown.escape("1-888-373-7888"), "1-888-373-7888");
        assert_eq!(Text { markdown: false }.escape("a*b"), "a*b");
    }
}
