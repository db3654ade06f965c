//! The README's promises, checked: its examples are real output, its exit-code table is the
//! one `--help` prints, and it gives the test command CI runs.

mod common;

use htlookup::Environment;

const README: &str = include_str!("../README.md");

/// Splits a shell command line into words, honouring single and double quotes (enough for
/// the README's examples, which use no escapes).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            (None, c) => {
                current.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(current);
    }
    words
}

/// Every `$ htlookup ...` line in a ```console block, with the lines shown after it.
fn examples() -> Vec<(String, String)> {
    let mut examples = Vec::new();
    let mut in_console = false;
    let mut current: Option<(String, String)> = None;
    for line in README.lines() {
        if line.starts_with("```") {
            if let Some(example) = current.take() {
                examples.push(example);
            }
            in_console = line == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            if let Some(example) = current.take() {
                examples.push(example);
            }
            current = Some((command.to_string(), String::new()));
        } else if let Some((_, output)) = current.as_mut() {
            output.push_str(line);
            output.push('\n');
        }
    }
    examples
}

#[test]
fn readme_examples_are_real_output() {
    let examples = examples();
    let mut checked = 0;
    for (command, expected) in &examples {
        // `printf 'KEYS' | htlookup ...` feeds KEYS to stdin (the walkthrough's transcript).
        let (keys, command) = match piped_keys(command) {
            Some((keys, rest)) => (keys, rest),
            None => (String::new(), command.as_str()),
        };
        if command.contains('|') || command.contains('>') {
            continue; // needs a shell; the jq examples are checked in tests/cli.rs
        }
        let words = shell_words(command);
        assert_eq!(
            words[0], "htlookup",
            "README example must run htlookup: {command}"
        );
        let run = common::run_in_process(&words[1..], keys.as_bytes(), &Environment::default());
        let actual = run.stdout + &run.stderr;
        assert_eq!(
            &actual, expected,
            "README example `{command}` is out of date"
        );
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} README examples were checked");
}

/// Splits `printf 'KEYS' | htlookup ...` into KEYS (with `\n` made a newline) and the
/// htlookup command; `None` for any other line.
fn piped_keys(command: &str) -> Option<(String, &str)> {
    let rest = command.strip_prefix("printf '")?;
    let (keys, rest) = rest.split_once('\'')?;
    let command = rest.trim_start().strip_prefix('|')?.trim_start();
    Some((keys.replace("\\n", "\n"), command))
}

#[test]
fn readme_exit_codes_match_help() {
    assert!(
        README.contains(htlookup::error::EXIT_CODES_HELP),
        "README's exit-code table differs from --help's"
    );
}

#[test]
fn readme_gives_the_two_setup_commands_and_ci_runs_the_test_one() {
    assert!(README.contains("cargo run --release -- report"));
    assert!(README.contains("cargo test --locked"));
    let ci = include_str!("../.ci/run");
    assert!(ci.contains("cargo test --locked"));
}

#[test]
fn printf_keys_are_fed_to_stdin() {
    assert_eq!(
        piped_keys("printf '\\n\\nq\\n' | htlookup report --walkthrough"),
        Some(("\n\nq\n".to_string(), "htlookup report --walkthrough"))
    );
    assert_eq!(piped_keys("htlookup report"), None);
}

#[test]
fn shell_words_honours_quotes() {
    assert_eq!(
        shell_words("htlookup search 'trauma informd care' --json"),
        ["htlookup", "search", "trauma informd care", "--json"]
    );
}
