//! Laying text out in a terminal's width without ever splitting a number, an id or a URL.
//!
//! Every view that wraps (the report, the steps, the short answer, the walkthrough, the card,
//! record blocks) wraps here, so the rule is the same everywhere: lines break only at spaces; a
//! word that does not fit starts the next line; a word wider than a whole line gets a line of
//! its own and is left whole, wider than the screen, because a split phone number or URL is a
//! wrong one when copied. In a pipe (no width) nothing wraps.

use unicode_width::UnicodeWidthStr;

/// How many terminal columns `text` takes (East Asian wide characters count two).
pub fn width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.width()
}

/// The lines of `text` laid out in `columns`: the first starts with `first` (a step number, a
/// label), the others with `indent`. `None` means one line (a pipe).
///
/// When even the first word does not fit after `first`, `first` stands alone on its line (a
/// label over a long URL) unless it is only spaces; a word too wide for `indent` starts at the
/// margin instead.
pub fn lines(text: &str, columns: Option<usize>, first: &str, indent: &str) -> Vec<String> {
    let Some(columns) = columns else {
        return vec![format!("{first}{text}")];
    };
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut line_width = width(first);
    let mut has_words = false;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let word_width = width(word);
        if has_words && line_width + 1 + word_width <= columns {
            line.push(' ');
            line.push_str(word);
            line_width += 1 + word_width;
            continue;
        }
        if has_words || (line_width + word_width > columns && !line.trim().is_empty()) {
            lines.push(std::mem::take(&mut line).trim_end().to_string());
            // A word too wide for the indented line starts at the margin, where a terminal
            // that fits it shows it whole.
            if width(indent) + word_width <= columns {
                line.push_str(indent);
                line_width = width(indent);
            } else {
                line_width = 0;
            }
        }
        line.push_str(word);
        line_width += word_width;
        has_words = true;
    }
    if has_words || !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fill_lines_and_break_only_at_spaces() {
        assert_eq!(
            lines("Call 1-888-373-7888 now, any time.", Some(16), "", "  "),
            ["Call", "  1-888-373-7888", "  now, any time."]
        );
        assert_eq!(lines("a b c", None, "1. ", "   "), ["1. a b c"]);
    }

    #[test]
    fn a_word_wider_than_the_line_stands_whole_on_its_own() {
        let url = "https://humantraffickinghotline.org/en/report-trafficking";
        assert_eq!(lines(url, Some(40), "  Online  ", "  "), ["  Online", url]);
        let short = "https://humantraffickinghotline.org";
        assert_eq!(
            lines(short, Some(40), "  Chat    ", "          "),
            ["  Chat", short]
        );
        assert_eq!(
            lines(short, Some(40), "  Chat    ", "  "),
            ["  Chat", &format!("  {short}")]
        );
        assert_eq!(
            lines(&format!("see {url} now"), Some(40), "", ""),
            ["see", url, "now"]
        );
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(width("日本"), 4);
        assert_eq!(
            lines("日本 日本 日本", Some(9), "", ""),
            ["日本 日本", "日本"]
        );
    }
}
