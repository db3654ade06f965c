//! QR codes for a terminal (Unicode half blocks) and for a page (inline SVG).
//!
//! Polarity. A phone reads a QR code most reliably as dark modules on a light ground with a
//! light quiet zone around it, as printed. A terminal's ground is its theme's, dark or light,
//! which a program cannot know. So when colour is on, every cell of the code, quiet zone
//! included, is painted explicitly: black ink on a white ground (256-colour indexes 16 and 231,
//! which themes do not remap), the printed polarity on any theme. Without colour (a pipe, a
//! file, `NO_COLOR`) dark modules are drawn as ink (`█`) and light ones left blank: right on
//! paper and on light themes; on a dark theme the code shows inverted, which many phone readers
//! accept but not all, so leave colour on when projecting a dark terminal.
//!
//! Size. Error correction M (15% of the code can be lost: glare on a projector screen) and a
//! four-module quiet zone, as the QR standard asks. Each terminal cell holds two modules, one
//! above the other, so a code is as wide in columns as it is tall in modules, and half as tall
//! in lines: square on a terminal whose cells are twice as tall as they are wide.

use std::fmt::Write as _;
use std::io::{self, Write};

use qrcode::{Color, EcLevel, QrCode};

use super::Style;
use super::report::{Paint, action, hotline_step, write_paragraph};
use crate::query::prepared::PreparedReport;
use crate::query::qr_links::QrLink;
use crate::query::report::Owner;

/// Modules of light margin on each side, as the QR standard requires.
pub const QUIET_ZONE: usize = 4;

/// ANSI: black foreground on white background from the 256-colour cube, which terminal themes
/// leave alone (unlike the 16 named colours).
const INK_ON_PAPER: &str = "\x1b[38;5;16;48;5;231m";
const RESET: &str = "\x1b[0m";

/// A QR code's modules with the quiet zone around them: `true` is dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// Modules per side, quiet zone included.
    pub size: usize,
    /// Row by row, `size * size` modules.
    pub dark: Vec<bool>,
}

impl Matrix {
    /// Encodes `payload` at error correction M, in the smallest version that holds it.
    pub fn encode(payload: &str) -> Result<Matrix, String> {
        let code = QrCode::with_error_correction_level(payload, EcLevel::M)
            .map_err(|error| format!("cannot make a QR code of {payload:?}: {error}"))?;
        let width = code.width();
        let size = width + 2 * QUIET_ZONE;
        let mut dark = vec![false; size * size];
        for (index, color) in code.to_colors().into_iter().enumerate() {
            let (x, y) = (index % width + QUIET_ZONE, index / width + QUIET_ZONE);
            dark[y * size + x] = color == Color::Dark;
        }
        Ok(Matrix { size, dark })
    }

    /// Whether the module at column `x`, row `y` is dark; outside the matrix is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The code as lines of half blocks, two module rows per line, without colour.
    pub fn half_block_lines(&self) -> Vec<String> {
        (0..self.size.div_ceil(2))
            .map(|line| {
                (0..self.size)
                    .map(
                        |x| match (self.is_dark(x, 2 * line), self.is_dark(x, 2 * line + 1)) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        },
                    )
                    .collect()
            })
            .collect()
    }

    /// The code as one inline SVG element, `side` CSS units wide and tall, dark modules as one
    /// path on a white square (so it prints right whatever the page's colours).
    pub fn svg(&self, side: &str, label: &str) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            for x in 0..self.size {
                if self.is_dark(x, y) {
                    let _ = write!(path, "M{x} {y}h1v1h-1z");
                }
            }
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{label}\" \
             width=\"{side}\" height=\"{side}\" viewBox=\"0 0 {n} {n}\" \
             shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/>\
             <path fill=\"#000\" d=\"{path}\"/></svg>",
            n = self.size,
        )
    }
}

/// Writes the code in half blocks, painted ink-on-paper when colour is on. Refuses (with a
/// note in place of the code) when the terminal is narrower than the code: a wrapped QR code
/// is not a QR code.
pub fn write_text(out: &mut dyn Write, style: &Style, matrix: &Matrix) -> io::Result<()> {
    if style
        .width
        .is_some_and(|width| usize::from(width) < matrix.size)
    {
        let note = format!(
            "(This QR code needs a terminal {} columns wide.)",
            matrix.size
        );
        return write_paragraph(out, style, &note, Paint::None);
    }
    for line in matrix.half_block_lines() {
        if style.color {
            writeln!(out, "{INK_ON_PAPER}{line}{RESET}")?;
        } else {
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// Writes `htlookup report --qr`'s section: a heading, then for each of the hotline's `links`
/// the step's sentence, the link the code holds (so a reader can check what a scan will do),
/// and the code; then each local contact's code under its layer's heading (`local`).
pub fn write_codes(
    out: &mut dyn Write,
    style: &Style,
    report: &PreparedReport<'_>,
    links: &[QrLink<'_>],
    local: &[QrLink<'_>],
) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", style.bold(&report.labels.qr_heading))?;
    for link in links {
        let sentence = hotline_step(report, link.row, &report.labels.hotline_again);
        write_code(out, style, &sentence, link)?;
    }
    let mut heading = None;
    for link in local {
        let Owner::Local { layer, contact } = link.row.owner else {
            continue;
        };
        let Some(section) = report.local.get(layer) else {
            continue;
        };
        if heading != Some(layer) {
            heading = Some(layer);
            writeln!(out)?;
            write_paragraph(out, style, &section.heading, Paint::Bold)?;
        }
        let name = section
            .contacts
            .get(contact)
            .map_or(&*link.row.via, |shown| &shown.name);
        let action = action(report.labels, link.row.kind);
        let sentence = format!("{name}: {action} {}", link.row.value);
        write_code(out, style, &sentence, link)?;
    }
    Ok(())
}

/// One code: the sentence saying what it is for (wrapped at spaces, so a terminal never
/// splits the number or URL in it), the link the code holds, and the code.
fn write_code(
    out: &mut dyn Write,
    style: &Style,
    sentence: &str,
    link: &QrLink<'_>,
) -> io::Result<()> {
    writeln!(out)?;
    write_paragraph(out, style, sentence, Paint::Bold)?;
    writeln!(out, "{}", link.payload)?;
    match Matrix::encode(&link.payload) {
        Ok(matrix) => write_text(out, style, &matrix),
        Err(reason) => writeln!(out, "({reason})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quiet_zone_is_four_light_modules_on_every_side() {
        let matrix = Matrix::encode("sms:233733").unwrap(); // ok: test code
        assert_eq!(matrix.size, 21 + 2 * QUIET_ZONE, "version 1");
        for i in 0..matrix.size {
            for edge in 0..QUIET_ZONE {
                let far = matrix.size - 1 - edge;
                assert!(!matrix.is_dark(i, edge) && !matrix.is_dark(i, far));
                assert!(!matrix.is_dark(edge, i) && !matrix.is_dark(far, i));
            }
        }
        // The finder pattern's corner starts right inside the quiet zone.
        assert!(matrix.is_dark(QUIET_ZONE, QUIET_ZONE));
    }

    #[test]
    fn half_blocks_hold_two_rows_per_line() {
        let matrix = Matrix {
            size: 3,
            dark: vec![true, false, true, true, true, false, false, true, false],
        };
        assert_eq!(matrix.half_block_lines(), ["█▄▀", " ▀ "]);
    }

    #[test]
    fn svg_draws_one_square_per_dark_module_on_white() {
        let matrix = Matrix {
            size: 2,
            dark: vec![true, false, false, true],
        };
        let svg = matrix.svg("30mm", "code");
        assert!(svg.contains("viewBox=\"0 0 2 2\""));
        assert!(svg.contains("<rect width=\"2\" height=\"2\" fill=\"#fff\"/>"));
        assert!(svg.contains("d=\"M0 0h1v1h-1zM1 1h1v1h-1z\""));
    }
}
