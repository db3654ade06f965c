//! `htlookup report --walkthrough`: the steps one at a time, a key press between them.
//!
//! Keys are whole lines read from stdin: Enter goes on, `q` then Enter quits. Reading lines
//! rather than raw key presses keeps the terminal in its normal mode (nothing to restore if the
//! program is killed) and makes a session scriptable: `printf '\n\n' | htlookup report
//! --walkthrough`. When stdin ends (a pipe runs dry, or Ctrl-D), the remaining steps and the
//! summary print without waiting, so no one is left without the numbers.

use std::io::{self, BufRead};

use crate::commands::{Context, Interaction};
use crate::error::Result;
use crate::query::prepared::PreparedReport;
use crate::query::report::steps;
use crate::render::walkthrough::{self, CLEAR_SCREEN};

/// What a line of input asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    /// Enter, or any other line: show the next screen.
    Next,
    /// `q` (or `quit`), any case: stop now.
    Quit,
    /// No more input: show the rest without waiting.
    End,
}

/// The most of a key line that is kept: a key is a word.
const KEY_LINE: usize = 4 * 1024;

/// How far past [`KEY_LINE`] the end of an overlong line is looked for; input with no line end
/// in reach (`< /dev/zero`) is the end of input.
const SKIPPED: usize = 64 * 1024;

/// Reads one line and says what it asks for, keeping at most [`KEY_LINE`] bytes of it. A read
/// error counts as the end of input: the rest of the steps are then printed rather than lost.
fn read_key(input: &mut dyn BufRead) -> Key {
    let mut line = Vec::new();
    loop {
        match io::Read::take(&mut *input, (KEY_LINE - line.len()) as u64)
            .read_until(b'\n', &mut line)
        {
            Ok(0) => return Key::End,
            Ok(_) => break,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Key::End,
        }
    }
    if !line.ends_with(b"\n") && line.len() >= KEY_LINE && !skip_line(input) {
        return Key::End;
    }
    let word = String::from_utf8_lossy(&line);
    match word.trim().to_ascii_lowercase().as_str() {
        "q" | "quit" => Key::Quit,
        _ => Key::Next,
    }
}

/// Skips the rest of an overlong line, at most [`SKIPPED`] bytes; whether its end was found.
fn skip_line(input: &mut dyn BufRead) -> bool {
    let mut skipped = 0;
    while skipped < SKIPPED {
        let Ok(bytes) = input.fill_buf() else {
            return false;
        };
        if bytes.is_empty() {
            return false;
        }
        let reach = bytes.len().min(SKIPPED - skipped);
        if let Some(at) = bytes[..reach].iter().position(|byte| *byte == b'\n') {
            input.consume(at + 1);
            return true;
        }
        input.consume(reach);
        skipped += reach;
    }
    false
}

/// Shows each step, waiting for a line of input after each; then the summary.
///
/// On an interactive terminal each screen replaces the last and a prompt says which keys work;
/// in a pipe the screens follow each other, separated by a blank line, with no prompts, so the
/// output is a clean transcript. When output goes elsewhere but the keyboard is a terminal,
/// nothing waits: the person could not see what they were waiting for. A terminal that takes
/// no control sequences (`TERM=dumb`) is not cleared: its screens follow each other too.
pub fn run(report: &PreparedReport<'_>, context: &mut Context<'_>) -> Result<bool> {
    let steps: Vec<_> = steps(&report.rows).collect();
    let total = steps.len();
    let interactive = context.interaction == Interaction::Terminal;
    let clear = interactive && context.style.screen_control;
    let labels = report.labels;
    let mut waiting = context.interaction != Interaction::Transcript;
    for (index, step) in steps.iter().enumerate() {
        if clear {
            context.out.write_all(CLEAR_SCREEN.as_bytes())?;
        } else if index > 0 {
            writeln!(context.out)?;
        }
        walkthrough::write_step(context.out, &context.style, report, step, total)?;
        if !waiting {
            continue;
        }
        if interactive {
            let prompt = if index + 1 == total {
                &labels.prompt_summary
            } else {
                &labels.prompt_next
            };
            write!(context.out, "\n{} ", context.style.dim(prompt))?;
        }
        context.out.flush()?;
        match read_key(context.input) {
            Key::Next => {}
            Key::Quit => return Ok(false),
            Key::End => waiting = false,
        }
    }
    if clear {
        context.out.write_all(CLEAR_SCREEN.as_bytes())?;
    } else {
        writeln!(context.out)?;
    }
    walkthrough::write_summary(context.out, &context.style, report)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that counts what it gives.
    struct Counted<R> {
        inner: R,
        given: usize,
    }

    impl<R: io::Read> io::Read for Counted<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.inner.read(buf)?;
            self.given += n;
            Ok(n)
        }
    }

    #[test]
    fn an_overlong_line_is_one_key_and_endless_input_is_the_end() {
        let mut long = vec![b'x'; 10 * KEY_LINE];
        long.extend_from_slice(b"\nq\n");
        let mut input = long.as_slice();
        assert_eq!(
            [read_key(&mut input), read_key(&mut input)],
            [Key::Next, Key::Quit]
        );
        // `< /dev/zero`: no line end ever; a bounded read, then the end of input.
        let zeros = Counted {
            inner: io::Read::take(io::repeat(0), 1 << 30),
            given: 0,
        };
        let mut input = io::BufReader::new(zeros);
        assert_eq!(read_key(&mut input), Key::End);
        assert!(
            input.get_ref().given <= KEY_LINE + SKIPPED + 8 * 1024,
            "{}",
            input.get_ref().given
        );
    }

    #[test]
    fn enter_goes_on_q_quits_and_the_end_of_input_is_the_end() {
        let mut input: &[u8] = b"\n  Q \nnext\nquit\n\xff\nq";
        let keys: Vec<Key> = (0..7).map(|_| read_key(&mut input)).collect();
        assert_eq!(
            keys,
            [
                Key::Next,
                Key::Quit,
                Key::Next,
                Key::Quit,
                Key::Next,
                Key::Quit,
                Key::End
            ]
        );
    }
}
