//! Byte offsets made into the 1-based line and column (in characters) a diagnostic shows.
//!
//! A file with many problems is located in one pass: offsets asked in ascending order advance
//! a cursor instead of counting from the start of the text (or of the line) again, so even a
//! single 64 MiB line with a problem every few bytes is linear, and nothing is stored per line
//! (a 64 MiB file of empty lines has 64 million of them).

/// A text, and a cursor for offsets asked in order.
pub struct Lines<'a> {
    text: &'a str,
    /// The last offset placed: its byte, 1-based line and 1-based column.
    cursor: (usize, usize, usize),
}

impl<'a> Lines<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            cursor: (0, 1, 1),
        }
    }

    /// 1-based line and column (in characters) of byte `offset` (clamped to the text and moved
    /// back to a character boundary). Linear in the distance from the last offset asked, so
    /// ask in ascending order; an earlier offset starts again from the top.
    pub fn position(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.cursor.0 {
            self.cursor = (0, 1, 1);
        }
        let (from, mut line, mut column) = self.cursor;
        let between = &self.text[from..offset];
        match between.rfind('\n') {
            Some(last) => {
                line += between.bytes().filter(|byte| *byte == b'\n').count();
                column = between[last + 1..].chars().count() + 1;
            }
            None => column += between.chars().count(),
        }
        self.cursor = (offset, line, column);
        (line, column)
    }

    /// The byte offset of 1-based `line` and `byte_column` (a column counted in bytes, as
    /// serde_json gives it), clamped to that line; the text's end for a line past it.
    pub fn offset_of(&self, line: usize, byte_column: usize) -> usize {
        let start = match line.checked_sub(2) {
            None => 0,
            Some(newlines) => match self.text.match_indices('\n').nth(newlines) {
                Some((at, _)) => at + 1,
                None => return self.text.len(),
            },
        };
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |at| start + at);
        (start + byte_column.saturating_sub(1)).min(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let mut lines = Lines::new("ab\ncé\nx");
        assert_eq!(lines.position(0), (1, 1));
        assert_eq!(lines.position(3), (2, 1));
        assert_eq!(lines.position(6), (2, 3));
        assert_eq!(lines.position(7), (3, 1));
        // Backwards, inside a character, and past the end.
        assert_eq!(lines.position(5), (2, 2));
        assert_eq!(lines.position(100), (3, 2));
    }

    #[test]
    fn offsets_in_order_on_one_long_line_are_counted_once() {
        let text = "é".repeat(1000);
        let mut lines = Lines::new(&text);
        for at in (0..text.len()).step_by(2) {
            assert_eq!(lines.position(at), (1, at / 2 + 1));
        }
    }

    #[test]
    fn a_line_and_byte_column_give_back_the_offset() {
        let lines = Lines::new("ab\ncd\n");
        assert_eq!(lines.offset_of(1, 1), 0);
        assert_eq!(lines.offset_of(2, 2), 4);
        assert_eq!(lines.offset_of(2, 99), 5);
        assert_eq!(lines.offset_of(9, 1), 6);
        assert_eq!(lines.offset_of(0, 0), 0);
    }
}
