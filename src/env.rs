//! What the process's environment says: whether the streams are terminals, the terminal's size,
//! the colour variables, `TERM`, and the data file named by `HTLOOKUP_DATA`.
//!
//! Read once, by `main`, into an [`Environment`] that `run` is given: `run` itself reads no
//! environment, so tests and fuzzers can set each part.

use std::path::PathBuf;

use crate::render::Style;

/// What `--color` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal that takes it and no variable says otherwise.
    #[default]
    Auto,
    /// Always colour, even in a pipe or with `NO_COLOR` set.
    Always,
    /// Never colour.
    Never,
}

/// The environment of one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// Whether stdout is a terminal (not a pipe or file).
    pub stdout_is_terminal: bool,
    /// Whether stdin is a terminal: only then does `report --walkthrough` wait for a person.
    pub stdin_is_terminal: bool,
    /// The terminal's width in columns, when stdout is one.
    pub width: Option<u16>,
    /// The terminal's height in lines, when stdout is one.
    pub height: Option<u16>,
    /// Whether `NO_COLOR` is set to something other than the empty string.
    pub no_color: bool,
    /// Whether `CLICOLOR_FORCE` is set to something other than empty or `0`: colour as with
    /// `--color always`.
    pub clicolor_force: bool,
    /// Whether `TERM` is `dumb`: a terminal that takes no escape sequences at all.
    pub term_dumb: bool,
    /// `HTLOOKUP_DATA`, when set and not empty: the dataset file to use unless `--data` says
    /// otherwise.
    pub data_file: Option<PathBuf>,
    /// `HTLOOKUP_ADD`, when set and not empty: one local layer to add unless `--add` names
    /// layers.
    pub layer_file: Option<PathBuf>,
    /// Whether the process exits right after the run (the real one does; tests and fuzzers,
    /// which run many times, do not): clap's tree is then left to the operating system.
    pub exits_after_run: bool,
}

impl Environment {
    /// Reads the real streams and environment.
    pub fn detect() -> Environment {
        use std::io::IsTerminal;
        let stdout = std::io::stdout();
        let stdout_is_terminal = stdout.is_terminal();
        let size = if stdout_is_terminal {
            terminal_size::terminal_size_of(&stdout)
        } else {
            None
        };
        let set = |name: &str| std::env::var_os(name).filter(|value| !value.is_empty());
        Environment {
            stdout_is_terminal,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            width: size.map(|(width, _)| width.0),
            height: size.map(|(_, height)| height.0),
            no_color: set("NO_COLOR").is_some(),
            clicolor_force: set("CLICOLOR_FORCE").is_some_and(|value| value != "0"),
            term_dumb: set("TERM").is_some_and(|value| value == "dumb"),
            data_file: set("HTLOOKUP_DATA").map(PathBuf::from),
            layer_file: set("HTLOOKUP_ADD").map(PathBuf::from),
            exits_after_run: true,
        }
    }

    /// The run's style. An explicit `--color` wins; then `CLICOLOR_FORCE` (colour); then
    /// `NO_COLOR` and `TERM=dumb` (none); auto colours only a terminal. A dumb terminal, or a
    /// pipe, never gets other control sequences (the walkthrough's clear-screen).
    pub fn style(&self, choice: ColorChoice) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if self.clicolor_force => true,
            ColorChoice::Auto => self.stdout_is_terminal && !self.no_color && !self.term_dumb,
        };
        Style {
            color,
            width: self.width,
            height: self.height,
            screen_control: self.stdout_is_terminal && !self.term_dumb,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_always_beats_no_color_and_auto_needs_a_terminal() {
        let piped = Environment {
            no_color: true,
            ..Environment::default()
        };
        assert!(piped.style(ColorChoice::Always).color);
        assert!(!piped.style(ColorChoice::Auto).color);
        let terminal = Environment {
            stdout_is_terminal: true,
            width: Some(80),
            height: Some(24),
            ..Environment::default()
        };
        assert!(terminal.style(ColorChoice::Auto).color);
        assert!(!terminal.style(ColorChoice::Never).color);
        let no_color_terminal = Environment {
            no_color: true,
            ..terminal.clone()
        };
        assert!(!no_color_terminal.style(ColorChoice::Auto).color);
    }

    #[test]
    fn clicolor_force_colours_a_pipe_and_a_dumb_terminal_gets_no_escapes() {
        let forced = Environment {
            clicolor_force: true,
            no_color: true,
            ..Environment::default()
        };
        assert!(forced.style(ColorChoice::Auto).color);
        assert!(!forced.style(ColorChoice::Never).color);
        let dumb = Environment {
            stdout_is_terminal: true,
            term_dumb: true,
            ..Environment::default()
        };
        let style = dumb.style(ColorChoice::Auto);
        assert!(!style.color && !style.screen_control);
    }
}
