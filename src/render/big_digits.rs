//! Phone numbers in digits three lines tall, for a projector: the walkthrough shows each number
//! large enough to read from the back of a room.
//!
//! A terminal has one font size, so the digits are drawn with Unicode half blocks, three
//! columns by three lines each. Only digits and hyphens are drawn; anything else (a URL, an
//! email address) is left to the plain line, which is always printed too. The font is tested to
//! read back to the same number: a digit that looked like another would be the worst bug here.

/// One glyph: its character and its three lines.
type Glyph = (char, [&'static str; 3]);

/// The font. Each glyph is three columns wide; every glyph differs from every other.
const FONT: [Glyph; 11] = [
    ('0', ["█▀█", "█ █", "▀▀▀"]),
    ('1', ["▀█ ", " █ ", "▀▀▀"]),
    ('2', ["▀▀█", "█▀▀", "▀▀▀"]),
    ('3', ["▀▀█", " ▀█", "▀▀▀"]),
    ('4', ["█ █", "▀▀█", "  ▀"]),
    ('5', ["█▀▀", "▀▀█", "▀▀▀"]),
    ('6', ["█▀▀", "█▀█", "▀▀▀"]),
    ('7', ["▀▀█", "  █", "  ▀"]),
    ('8', ["█▀█", "█▀█", "▀▀▀"]),
    ('9', ["█▀█", "▀▀█", "▀▀▀"]),
    ('-', ["   ", "▀▀▀", "   "]),
];

/// Columns between two glyphs.
const GAP: &str = " ";

/// The three lines of `number` drawn large, or `None` when it holds anything but digits and
/// hyphens (then only the plain text is shown).
pub fn lines(number: &str) -> Option<[String; 3]> {
    if number.is_empty() {
        return None;
    }
    let glyphs: Vec<&[&str; 3]> = number
        .chars()
        .map(|c| {
            FONT.iter()
                .find(|(glyph, _)| *glyph == c)
                .map(|(_, rows)| rows)
        })
        .collect::<Option<_>>()?;
    let row = |index: usize| {
        glyphs
            .iter()
            .map(|rows| rows[index])
            .collect::<Vec<_>>()
            .join(GAP)
    };
    Some([row(0), row(1), row(2)])
}

/// How many columns `lines(number)` takes.
pub fn width(number: &str) -> usize {
    let count = number.chars().count();
    count * 3 + count.saturating_sub(1) * GAP.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads large digits back into text, glyph by glyph.
    fn read_back(lines: &[String; 3]) -> String {
        let rows: Vec<Vec<char>> = lines.iter().map(|line| line.chars().collect()).collect();
        let mut text = String::new();
        let mut column = 0;
        while column + 3 <= rows[0].len() {
            let cell: Vec<String> = rows
                .iter()
                .map(|row| row[column..column + 3].iter().collect())
                .collect();
            let glyph = FONT
                .iter()
                .find(|(_, glyph_rows)| glyph_rows.iter().zip(&cell).all(|(a, b)| a == b))
                .map(|(c, _)| *c)
                .expect("every cell is a glyph of the font"); // ok: test code
            text.push(glyph);
            column += 3 + GAP.chars().count();
        }
        text
    }

    #[test]
    fn every_glyph_is_three_columns_and_unlike_every_other() {
        for (c, rows) in FONT {
            assert!(rows.iter().all(|row| row.chars().count() == 3), "{c}");
        }
        for (i, a) in FONT.iter().enumerate() {
            for b in &FONT[i + 1..] {
                assert_ne!(a.1, b.1, "{} and {} look the same", a.0, b.0);
            }
        }
    }

    #[test]
    fn every_number_in_the_dataset_reads_back_exactly() {
        let report = &crate::embedded::dataset().report;
        let channels = report
            .hotline
            .channels
            .iter()
            .chain(report.other_channels.iter().flat_map(|o| o.channels.iter()));
        let mut numbers = vec![report.emergency.number.to_string()];
        numbers.extend(
            channels
                .map(|channel| channel.value.to_string())
                .filter(|value| !value.contains(['.', '@'])),
        );
        assert!(numbers.contains(&"1-888-373-7888".to_string()));
        for number in numbers {
            let lines = lines(&number).expect("a number is drawn"); // ok: test code
            assert_eq!(read_back(&lines), number);
            assert_eq!(lines[0].chars().count(), width(&number));
        }
        assert_eq!(read_back(&lines("0123456789-").unwrap()), "0123456789-"); // ok: test code
    }

    #[test]
    fn anything_but_digits_and_hyphens_is_not_drawn() {
        assert_eq!(lines("https://tips.fbi.gov"), None);
        assert_eq!(lines("1-800-CALL-FBI"), None);
        assert_eq!(lines(""), None);
    }
}
