//! The README's promises, checked: its examples, and those of every page in `docs/`, are real
//! output; its exit-code table is the one `--help` prints; it gives the test command CI runs;
//! it stays short (250 lines) and names nothing outside the repository.

mod common;

use htlookup::Environment;

const README: &str = include_str!("../README.md");

/// The README and every Markdown page under `docs/` (schemas' README included), with their
/// paths: each one's examples are checked.
fn pages() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![("README.md".to_string(), README.to_string())];
    let mut folders = vec![root.join("docs")];
    while let Some(folder) = folders.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&folder)
            .expect("docs/ is readable")
            .map(|entry| entry.expect("an entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "md") {
                let text = std::fs::read_to_string(&path).expect("a readable page");
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                pages.push((name, text));
            }
        }
    }
    pages
}

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

/// Every `$ htlookup ...` line in a ```console block of `page`, with the lines shown after it.
fn examples(page: &str) -> Vec<(String, String)> {
    let mut examples = Vec::new();
    let mut in_console = false;
    let mut current: Option<(String, String)> = None;
    for line in page.lines() {
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
fn readme_and_docs_examples_are_real_output() {
    let mut checked = 0;
    for (page, text) in pages() {
        for (command, expected) in &examples(&text) {
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
                "{page}: an example must run htlookup: {command}"
            );
            let run = common::run_in_process(&words[1..], keys.as_bytes(), &Environment::default());
            let actual = run.stdout + &run.stderr;
            assert_eq!(
                &actual, expected,
                "{page}: the example `{command}` is out of date"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} examples were checked");
}

#[test]
fn readme_is_short_and_names_nothing_outside_the_repository() {
    let lines = README.lines().count();
    assert!(
        lines <= 250,
        "README.md has {lines} lines; move detail to docs/"
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (start, _) in README.match_indices("](") {
        let target = &README[start + 2..];
        let target = &target[..target.find(')').unwrap_or(target.len())];
        if target.starts_with("https://") || target.starts_with('#') {
            continue;
        }
        assert!(
            !target.starts_with("..") && root.join(target).exists(),
            "README links to {target:?}, which is not in the repository"
        );
    }
    for outside in ["../", "/work/", "shared/", ".library"] {
        assert!(!README.contains(outside), "README names {outside:?}");
    }
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
