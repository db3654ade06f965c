//! A data file written to attack a screen or a handout, through every command, format and
//! language: no raw control, format or invisible character, and no `<script`, may reach stdout
//! or stderr. (What each is shown as is tested in `tests/data_file.rs`; here, that nothing
//! gets through anywhere.)

mod common;

use std::io::Write as _;

use common::run_in_process;
use htlookup::Environment;
use htlookup_data::characters::is_unsafe;

const RESOURCES: &str = include_str!("../resources.toml");

/// Keys for the walkthrough: enough Enters to see every screen.
const KEYS: &[u8] = b"\n\n\n\n\n\n\n\n\n\n\n\n\n";

/// Everything a text can carry to fake or hijack a screen: SGR colour, an OSC 8 link, an OSC 52
/// clipboard write, a C1 CSI, bidirectional overrides and isolates, a zero-width joiner, tag
/// characters, a line separator, a soft hyphen, a variation selector, and a script tag.
const PAYLOAD: &str = " \u{1b}[31mRED\u{1b}[0m \u{1b}]8;;https://evil.example\u{7}link\u{1b}]8;;\u{7} \
     \u{1b}]52;c;aGVsbG8=\u{7} \u{9b}2J \u{202E}rlo\u{202C} \u{2067}iso\u{2069} a\u{200D}b \
     tag\u{E0041}\u{E007F} line\u{2028}sep soft\u{AD}hyphen vs\u{FE0F} <script>alert(1)</script>";

/// The keys whose values are people-facing text (not ids, kinds, numbers, URLs or dates).
const TEXT_KEYS: &[&str] = &[
    "title",
    "publisher",
    "name",
    "name_es",
    "short_name",
    "abbreviation",
    "parent",
    "description",
    "when",
    "availability",
    "nature",
    "funder",
    "purpose",
    "note",
    "vanity",
    "date_note",
    "producer",
    "audience",
    "notes",
    "alerts",
    "languages",
    "facts_caveat",
];

/// Appends the payload to every text of a TOML value.
fn poison(value: &mut toml::Value, key: Option<&str>) {
    let is_text = key.is_some_and(|key| TEXT_KEYS.contains(&key));
    match value {
        toml::Value::String(text) if is_text => text.push_str(PAYLOAD),
        toml::Value::Array(items) => items.iter_mut().for_each(|item| poison(item, key)),
        toml::Value::Table(table) => {
            for (key, item) in table.iter_mut() {
                poison(item, Some(key));
            }
        }
        _ => {}
    }
}

fn hostile_file() -> tempfile::NamedTempFile {
    let mut value: toml::Value = toml::from_str(RESOURCES).expect("resources.toml parses");
    poison(&mut value, None);
    let text = toml::to_string(&value).expect("TOML writes");
    let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
    file.write_all(text.as_bytes()).expect("write");
    file
}

/// Every command line to try, each in every format it takes.
fn command_lines(path: &str) -> Vec<Vec<String>> {
    let formats = ["table", "text", "json", "jsonl", "csv", "markdown"];
    let mut lines: Vec<Vec<&str>> = vec![
        vec![],
        vec!["--lang", "es"],
        vec!["report", "--steps"],
        vec!["report", "--steps", "--lang", "es"],
        vec!["report", "--walkthrough"],
        vec!["report", "--walkthrough", "--lang", "es", "--qr"],
        vec!["report", "--qr"],
        vec!["agencies", "ovc"],
        vec!["agencies", "zzzoffice"],
        vec!["search", "zzzoffice"],
        vec!["publications", "--publisher", "zzzzz"],
        vec!["validate", path],
        vec!["validate", path, "--json"],
        vec!["export"],
        vec!["export", "--format", "json"],
        vec!["man"],
        vec!["completions", "bash"],
    ];
    for lang in ["en", "es"] {
        for format in ["text", "markdown", "html"] {
            lines.push(vec!["card", "--format", format, "--lang", lang]);
        }
    }
    for command in [
        &["report"][..],
        &["report", "--lang", "es"],
        &["agencies"],
        &["agencies", "victims of crime"],
        &["publications"],
        &["videos"],
        &["materials"],
        &["search", "office"],
        &["search", "trafficking"],
        &["about"],
    ] {
        for format in formats {
            let mut line = command.to_vec();
            line.extend(["--format", format]);
            lines.push(line);
        }
    }
    lines
        .into_iter()
        .map(|line| line.into_iter().map(String::from).collect())
        .collect()
}

/// What an output may hold that is not plain text: the colour codes htlookup writes itself.
fn without_our_own_escapes(text: &str) -> String {
    let mut text = text.to_string();
    for own in [
        "\u{1b}[1;31m",
        "\u{1b}[1m",
        "\u{1b}[2m",
        "\u{1b}[0m",
        "\u{1b}[38;5;16;48;5;231m",
        "\u{1b}[H\u{1b}[2J",
    ] {
        text = text.replace(own, "");
    }
    text
}

fn assert_harmless(output: &str, what: &str) {
    let text = without_our_own_escapes(output);
    if let Some(bad) = text.chars().find(|c| is_unsafe(*c) && !matches!(c, '\n')) {
        let at = text.find(bad).unwrap_or(0);
        let around: String = text[at.saturating_sub(60)..].chars().take(120).collect();
        panic!("{what}: raw U+{:04X} in output near {around:?}", bad as u32);
    }
    assert!(
        !text.to_ascii_lowercase().contains("<script"),
        "{what}: a script tag reached the output"
    );
}

#[test]
fn a_hostile_data_file_reaches_no_screen_through_any_command_format_or_language() {
    let file = hostile_file();
    let path = file.path().to_str().expect("a UTF-8 path").to_string();
    // It is a valid dataset: the attack is in its text, which only earns warnings.
    let checked = run_in_process(&["validate", &path], b"", &Environment::default());
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    assert!(checked.stdout.contains("warning: "));

    let terminal = Environment {
        stdout_is_terminal: true,
        stdin_is_terminal: false,
        width: Some(80),
        height: Some(24),
        ..Environment::default()
    };
    let coloured = Environment {
        clicolor_force: true,
        ..terminal.clone()
    };
    let mut runs = 0;
    for line in command_lines(&path) {
        for (env, name) in [
            (Environment::default(), "pipe"),
            (terminal.clone(), "terminal"),
            (coloured.clone(), "colour"),
        ] {
            let env = Environment {
                data_file: Some(file.path().to_path_buf()),
                ..env
            };
            let run = run_in_process(&line, KEYS, &env);
            let what = format!("htlookup {line:?} ({name})");
            assert!(run.code <= 1, "{what}: exit {}: {}", run.code, run.stderr);
            assert_harmless(&run.stdout, &format!("{what} stdout"));
            assert_harmless(&run.stderr, &format!("{what} stderr"));
            runs += 1;
        }
    }
    assert!(runs > 200, "only {runs} runs");
}

#[test]
fn a_path_or_argument_with_control_characters_stays_one_clean_line() {
    let path = "/no/such\n\u{1b}[2Jdir\u{202E}/x.toml";
    for args in [
        vec![
            "--data".to_string(),
            path.to_string(),
            "agencies".to_string(),
        ],
        vec!["validate".to_string(), path.to_string()],
        vec![
            "agencies".to_string(),
            format!("x\u{1b}[2J{path}"),
            "--fromat".into(),
        ],
        vec![format!("--bogus\n\u{1b}]52;c;x\u{7}")],
    ] {
        let run = run_in_process(&args, KEYS, &Environment::default());
        assert!(
            run.code == 2 || run.code == 3,
            "{args:?}: exit {}",
            run.code
        );
        assert_harmless(&run.stdout, "stdout");
        assert_harmless(&run.stderr, "stderr");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("htlookup: "), "{}", run.stderr);
    }
}
