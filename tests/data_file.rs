//! Data files from outside the binary: `--data`, `HTLOOKUP_DATA`, `validate`, `export`, the
//! limits on what a file may be, and that untrusted text cannot drive the terminal.
//!
//! The tool never writes files; these tests do (into temporary directories) to feed it.

mod common;

use std::path::{Path, PathBuf};

use common::{Run, htlookup, run_data};
use serde_json::Value;

const RESOURCES: &str = include_str!("../resources.toml");

/// A temporary directory that holds the test's data files and is removed afterwards.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// Writes `contents` to `name` in the scratch directory and returns its path.
    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write a test file");
        path
    }
}

/// The resources with `from` replaced by `to` once; panics if `from` is not there, so a test
/// cannot silently stop testing what it says.
fn edited(from: &str, to: &str) -> String {
    assert!(RESOURCES.contains(from), "resources.toml has no {from:?}");
    RESOURCES.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|line| line.contains(needle))
        .map(|index| index + 1)
        .expect("needle is in the text")
}

fn second_line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .nth(1)
        .map(|(index, _)| index + 1)
        .expect("needle is in the text twice")
}

/// Every command, in the formats a script or a person would use.
const EVERY_COMMAND: &[&[&str]] = &[
    &["report"],
    &["report", "--steps"],
    &["report", "--json"],
    &["report", "--format", "csv"],
    &["agencies"],
    &["agencies", "ovc"],
    &["agencies", "--json"],
    &["publications", "--json"],
    &["publications", "--year", "2021", "--format", "markdown"],
    &["publications", "--search", "toolkit", "--sort", "title"],
    &["videos", "--format", "jsonl"],
    &["materials", "--format", "csv"],
    &["search", "trauma informd care", "--json"],
    &["search", "hotline"],
];

#[test]
fn exported_toml_validates_and_gives_identical_results_for_every_command() {
    let scratch = Scratch::new();
    let Run {
        stdout: toml,
        stderr,
        code,
    } = run_data(&["export", "--format", "toml"], None);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let path = scratch.file("export.toml", &toml);
    let Run {
        stdout: summary,
        code,
        ..
    } = run_data(&["validate", path.to_str().unwrap()], None);
    assert_eq!(code, 0, "{summary}");
    assert!(summary.ends_with(
        "valid: 16 ways to report, 10 agencies, 16 publications, 4 videos, 4 materials\n"
    ));
    // The same output, but that a view for people says whose data it shows.
    let named = format!("Data: {}, not the built-in data.\n", path.display());
    for args in EVERY_COMMAND {
        let built_in = run_data(args, None);
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(args, Some(&path));
        let for_people = args[0] == "report"
            && !args
                .iter()
                .any(|arg| *arg == "--json" || *arg == "--format");
        assert_eq!(
            stdout.contains(&named),
            for_people,
            "htlookup {args:?}:\n{stdout}"
        );
        let from_file = Run {
            code,
            stdout: stdout.replace(&named, ""),
            stderr,
        };
        assert_eq!(built_in, from_file, "htlookup {args:?}");
        assert_eq!(built_in.code, 0, "htlookup {args:?}");
    }
    // And exporting the loaded file gives back the same bytes.
    let Run { stdout: again, .. } = run_data(&["export"], Some(&path));
    assert_eq!(again, toml);
}

#[test]
fn exported_json_has_the_toml_structure_and_converts_back_to_a_valid_dataset() {
    let scratch = Scratch::new();
    let Run {
        stdout: json, code, ..
    } = run_data(&["export", "--format", "json"], None);
    assert_eq!(code, 0);
    let value: Value = serde_json::from_str(&json).expect("export --format json is JSON");
    let keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "agencies",
            "materials",
            "meta",
            "publications",
            "report",
            "videos"
        ]
    );
    assert!(
        !json.contains("null"),
        "absent fields are left out, as in TOML"
    );
    assert_eq!(
        value["report"]["hotline"]["channels"][0]["value"],
        "1-888-373-7888"
    );
    // A generic converter: JSON value -> TOML value -> text.
    let toml_value: toml::Value = serde_json::from_value(value).expect("JSON maps onto TOML");
    let converted = toml::to_string(&toml_value).expect("TOML text");
    let path = scratch.file("converted.toml", converted);
    assert_eq!(
        run_data(&["report", "--json"], Some(&path)),
        run_data(&["report", "--json"], None)
    );
}

/// A JSON file on disk is read a record at a time when it is well formed; whatever is wrong
/// with one, even past its last brace, is found by reading it whole, as for any text.
#[test]
fn a_json_file_on_disk_loads_or_says_what_is_wrong_as_the_whole_text_does() {
    let scratch = Scratch::new();
    let Run { stdout: json, .. } = run_data(&["export", "--format", "json"], None);
    let good = scratch.file("good.json", &json);
    assert_eq!(
        run_data(&["publications", "--json"], Some(&good)),
        run_data(&["publications", "--json"], None)
    );
    // Well formed, but a rule broken: placed at its line, as in a TOML file.
    let bad_month = json.replacen("\"month\": 1,", "\"month\": 13,", 1);
    let path = scratch.file("month.json", &bad_month);
    let Run { stdout, code, .. } = run_data(&["validate", path.to_str().unwrap()], None);
    assert_eq!(code, 3);
    let line = line_of(&bad_month, "\"month\": 13,");
    assert!(
        stdout.starts_with(&format!("{}:{line}: publications[", path.display()))
            && stdout.contains("month 13 is not 1-12"),
        "{stdout}"
    );
    // A byte that is not UTF-8 after the document, blocks after it: the records read well, the
    // file does not.
    let mut bytes = json.clone().into_bytes();
    bytes.extend_from_slice(&[b'\n'; 200_000]);
    bytes.extend_from_slice(b"\xff\n");
    let path = scratch.file("tail.json", bytes);
    let Run { stderr, code, .. } = run_data(&["publications"], Some(&path));
    assert_eq!(code, 3);
    assert!(stderr.contains("not UTF-8 text"), "{stderr}");
    // A character cut by the end of the file.
    let accented = json.replacen("\"title\": \"", "\"title\": \"\u{e9}", 1);
    let cut = &accented.as_bytes()[..accented.find('\u{e9}').expect("é") + 1];
    let path = scratch.file("cut.json", cut);
    let Run { stderr, code, .. } = run_data(&["publications"], Some(&path));
    assert_eq!(code, 3);
    assert!(stderr.contains("not UTF-8 text"), "{stderr}");
}

#[test]
fn export_refuses_formats_that_cannot_hold_a_dataset() {
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["export", "--format", "csv"], None);
    assert_eq!((stdout.as_str(), code), ("", 2));
    assert_eq!(
        stderr,
        "htlookup: --format csv does not apply: 'htlookup export' prints a whole dataset as \
         toml or json (see 'htlookup export --help')\n"
    );
    // `table` is a view for people, not a dataset file (it used to print TOML).
    let Run { stdout, code, .. } = run_data(&["export", "--format", "table"], None);
    assert_eq!((stdout.as_str(), code), ("", 2));
    let Run {
        stdout: _,
        stderr,
        code,
    } = run_data(&["agencies", "--format", "toml"], None);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "htlookup: --format toml does not apply: 'htlookup agencies' prints agencies as table, \
         text, json, jsonl, csv or markdown (see 'htlookup agencies --help')\n"
    );
}

#[test]
fn htlookup_data_environment_variable_is_used_and_data_option_wins() {
    let scratch = Scratch::new();
    let local = scratch.file(
        "local.toml",
        edited(
            "name = \"Office for Victims of Crime\"",
            "name = \"Local Office\"",
        ),
    );
    let output = htlookup()
        .env("HTLOOKUP_DATA", &local)
        .args(["agencies", "ovc", "--json"])
        .output()
        .unwrap();
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(found[0]["name"], "Local Office");

    let output = htlookup()
        .env("HTLOOKUP_DATA", "/nonexistent/htlookup.toml")
        .args([
            "--data",
            local.to_str().unwrap(),
            "agencies",
            "ovc",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "--data wins over the variable");
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(found[0]["name"], "Local Office");

    let output = htlookup()
        .env("HTLOOKUP_DATA", "")
        .args(["agencies", "ovc", "--json"])
        .output()
        .unwrap();
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        found[0]["name"], "Office for Victims of Crime",
        "an empty variable means the built-in data"
    );
}

#[test]
fn validate_without_a_path_checks_the_built_in_data_or_the_data_file() {
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["validate"], None);
    assert_eq!(
        (stdout.as_str(), stderr.as_str(), code),
        (
            "built-in dataset: valid: 16 ways to report, 10 agencies, 16 publications, 4 videos, 4 materials\n",
            "",
            0
        )
    );
    let Run { stdout, code, .. } = run_data(
        &["validate"],
        Some(Path::new("examples/local-dataset.toml")),
    );
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "examples/local-dataset.toml: valid: 16 ways to report, 2 agencies, 0 publications, 0 videos, 0 materials\n"
    );
}

#[test]
fn validate_lists_every_problem_with_a_location_and_exits_3() {
    let scratch = Scratch::new();
    let text = RESOURCES
        .replacen("month = 1\n", "month = 13\n", 1)
        .replacen("parent = ", "parnet = ", 1)
        .replacen("value = \"1-888-373-7888\"", "value = \"1-888-373-788\"", 1)
        .replacen("year = 2016", "year = \"2016\"", 1)
        .replacen(
            "url = \"https://acf.gov/orr\"",
            "url = \"http://acf.gov/orr\"",
            1,
        )
        .replacen("id = \"outreach-toolkit\"", "id = \"national-strategy\"", 1);
    let path = scratch.file("bad.toml", &text);
    let shown = path.to_str().unwrap();
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["validate", shown], None);
    assert_eq!(code, 3);
    assert_eq!(
        stderr,
        format!("htlookup: {shown} is not a valid dataset: 6 problems\n")
    );
    let expected = [
        format!(
            "{shown}:{}: report.hotline.channels[hotline-phone]: phone number \"1-888-373-788\" is not 1-NNN-NNN-NNNN, NNN-NNN-NNNN or NNN",
            line_of(&text, "1-888-373-788")
        ),
        format!(
            "{shown}:{}:1: unknown field `parnet`, expected one of `id`, `name`, `short_name`, `abbreviation`, `parent`, `url`, `description`, `source`",
            line_of(&text, "parnet = ")
        ),
        format!(
            "{shown}:{}: agencies[orr]: url \"http://acf.gov/orr\" is not a URL that starts with https:// and holds only ASCII letters, digits and URL punctuation",
            line_of(&text, "http://acf.gov/orr")
        ),
        format!(
            "{shown}:{}: publications[national-strategy]: month 13 is not 1-12",
            line_of(&text, "month = 13")
        ),
        format!(
            "{shown}:{}: publications[national-strategy]: id \"national-strategy\" is used twice",
            second_line_of(&text, "id = \"national-strategy\"")
        ),
        format!(
            "{shown}:{}:8: invalid type: string \"2016\", expected u16",
            line_of(&text, "year = \"2016\"")
        ),
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn validate_json_gives_path_line_column_record_field_message() {
    let scratch = Scratch::new();
    let text = edited("month = 1\n", "month = 13\n");
    let path = scratch.file("bad.toml", &text);
    let Run { stdout, code, .. } = run_data(
        &["validate", path.to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(code, 3);
    let problems: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        problems,
        serde_json::json!([{
            "path": path.to_str().unwrap(),
            "line": line_of(&text, "month = 13"),
            "column": 9,
            "record": "publications[national-strategy]",
            "field": "month",
            "message": "month 13 is not 1-12",
            "severity": "error",
        }])
    );
    let Run { stdout, code, .. } = run_data(&["validate", "--json"], None);
    assert_eq!((stdout.as_str(), code), ("[]\n", 0));
}

/// The commands that answer from the built-in data when the data file cannot be used: the
/// report must never be hidden.
fn is_fail_safe(args: &[&str]) -> bool {
    matches!(args.first(), None | Some(&"report") | Some(&"card"))
        || args.first().is_some_and(|arg| arg.starts_with("--"))
}

#[test]
fn every_command_given_a_bad_data_file_exits_3_with_nothing_on_stdout() {
    let scratch = Scratch::new();
    let bad = scratch.file("bad.toml", edited("month = 1\n", "month = 13\n"));
    let bad = bad.to_str().unwrap();
    for args in EVERY_COMMAND
        .iter()
        .chain([&["about"][..], &["export"]].iter())
        .filter(|args| !is_fail_safe(args))
    {
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(args, Some(Path::new(bad)));
        assert_eq!((stdout.as_str(), code), ("", 3), "htlookup {args:?}");
        assert!(
            stderr.starts_with(&format!("htlookup: {bad}:")),
            "htlookup {args:?}: {stderr}"
        );
        assert!(stderr.contains("month 13 is not 1-12"), "{stderr}");
    }
}

#[test]
fn a_bad_data_file_never_hides_the_built_in_report_or_card() {
    let scratch = Scratch::new();
    let bad = scratch.file("bad.toml", edited("month = 1\n", "month = 13\n"));
    let missing = scratch.dir.path().join("absent.toml");
    let garbage = scratch.file("garbage.toml", "[[[ nonsense");
    let modes: &[&[&str]] = &[
        &[],
        &["--lang", "es"],
        &["--json"],
        &["report"],
        &["report", "--steps"],
        &["report", "--qr"],
        &["report", "--walkthrough"],
        &["report", "--json"],
        &["report", "--format", "jsonl"],
        &["report", "--format", "csv"],
        &["report", "--format", "markdown"],
        &["report", "--format", "text"],
        &["report", "--lang", "es"],
        &["card"],
        &["card", "--format", "html"],
        &["card", "--format", "markdown", "--lang", "es"],
    ];
    for path in [&bad, &missing, &garbage] {
        for args in modes {
            assert!(is_fail_safe(args), "{args:?}");
            let Run {
                stdout: builtin, ..
            } = run_data(args, None);
            let Run {
                stdout,
                stderr,
                code,
            } = run_data(args, Some(path));
            assert_eq!(
                code,
                3,
                "htlookup {args:?} with {}: {stderr}",
                path.display()
            );
            assert_eq!(stdout, builtin, "the built-in output, exactly: {args:?}");
            assert!(stdout.contains("1-888-373-7888"), "{args:?}");
            let lines: Vec<&str> = stderr.lines().collect();
            assert_eq!(lines.len(), 1, "one line on stderr: {stderr}");
            assert!(
                lines[0].starts_with(&format!("htlookup: {}", path.display()))
                    && lines[0].ends_with("; showing the built-in data instead"),
                "{stderr}"
            );
        }
    }
    // HTLOOKUP_DATA is a data file too.
    let output = htlookup()
        .env("HTLOOKUP_DATA", &missing)
        .output()
        .expect("htlookup runs");
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Call 911"));
}

#[test]
fn many_problems_show_the_first_five_and_how_to_see_all() {
    let scratch = Scratch::new();
    let text = RESOURCES.replace("source = \"https://", "source = \"http://");
    let path = scratch.file("many.toml", text);
    let shown = path.to_str().unwrap();
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["videos"], Some(&path));
    assert_eq!((stdout.as_str(), code), ("", 3));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 6, "{stderr}");
    assert!(lines.iter().all(|line| line.starts_with("htlookup: ")));
    assert!(
        lines[5].starts_with("htlookup: ... and ")
            && lines[5].ends_with(&format!(
                "more; run 'htlookup validate {shown}' to see them"
            )),
        "{}",
        lines[5]
    );
}

#[test]
fn missing_unreadable_and_non_text_files_are_exit_3_with_the_reason() {
    let scratch = Scratch::new();
    let cases: Vec<(PathBuf, &str)> = vec![
        (scratch.dir.path().join("absent.toml"), "cannot open: "),
        (
            scratch.dir.path().to_path_buf(),
            "is a directory, not a dataset file",
        ),
        (
            scratch.file("garbage.bin", [0x80u8, 0xff, 0x00, 0x13, 0x37]),
            ":1:1: not UTF-8 text; a dataset file is UTF-8 TOML or JSON",
        ),
        (
            scratch.file("empty.toml", ""),
            "missing field `publications`",
        ),
    ];
    for (path, reason) in cases {
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(&["agencies"], Some(&path));
        assert_eq!((stdout.as_str(), code), ("", 3), "{}", path.display());
        assert!(stderr.starts_with("htlookup: "), "{stderr}");
        assert!(stderr.contains(reason), "{}: {stderr}", path.display());
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn a_file_over_64_mib_is_refused_before_it_is_read() {
    let scratch = Scratch::new();
    let path = scratch.dir.path().join("huge.toml");
    let file = std::fs::File::create(&path).unwrap();
    // Sparse: no disk is used, and reading it would take a while; the check must come first.
    file.set_len(64 * 1024 * 1024 + 1).unwrap();
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["videos"], Some(&path));
    assert_eq!((stdout.as_str(), code), ("", 3));
    assert_eq!(
        stderr,
        format!(
            "htlookup: {}: is larger than 64 MiB (67108864 bytes), the most a dataset file may be\n",
            path.display()
        )
    );
}

#[test]
fn deep_nesting_and_huge_strings_end_in_a_message_not_a_crash() {
    let scratch = Scratch::new();
    let depth = 100_000;
    let deep = scratch.file(
        "deep.toml",
        format!("x = {}{}", "[".repeat(depth), "]".repeat(depth)),
    );
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["validate", deep.to_str().unwrap()], None);
    assert_eq!(code, 3, "{stderr}");
    assert!(stdout.contains(":1:"), "{stdout}");
    assert!(stdout.contains("recursion"), "{stdout}");

    // A 20 MB description makes its record larger than a record may be: refused, located, in
    // a short message, without the toml crate ever seeing it.
    let huge = scratch.file(
        "huge-string.toml",
        edited(
            "description = \"Set up under the Victims of Crime Act of 1984",
            &format!(
                "description = \"{} Set up under the Victims of Crime Act of 1984",
                "x".repeat(20_000_000)
            ),
        ),
    );
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["agencies", "ovc", "--json"], Some(&huge));
    assert_eq!((stdout.as_str(), code), ("", 3), "{stderr}");
    assert!(
        stderr.contains(
            ":1: this [[agencies]] record is 20000418 bytes; in a file over 1 MiB, each part may be at most 1 MiB (1048576 bytes)"
        ),
        "{stderr}"
    );
    assert!(stderr.len() < 1_000, "{} bytes of stderr", stderr.len());

    // Within a record, the field limits: a description of 6,000 characters, a 300-letter word.
    let long = scratch.file(
        "long-description.toml",
        edited(
            "description = \"Set up under the Victims of Crime Act of 1984",
            &format!(
                "description = \"{} {} Set up under the Victims of Crime Act of 1984",
                "word ".repeat(1_200),
                "w".repeat(300)
            ),
        ),
    );
    let Run {
        stdout,
        stderr,
        code,
    } = run_data(&["validate", long.to_str().unwrap()], None);
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stdout.contains(
            ": agencies[ovc]: description is 6438 characters long; it may be at most 5000"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            ": agencies[ovc]: description has a word of 300 characters; a word may be at most 200"
        ),
        "{stdout}"
    );
}

/// A data file whose text tries every trick on a terminal and a spreadsheet.
/// A data file's own sentences have no Spanish translation: they show in English, and stderr
/// says so, once, counting them; the built-in data (all translated) says nothing.
#[test]
fn untranslated_sentences_of_a_data_file_are_shown_in_english_with_a_note() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "own-words.toml",
        edited(
            "when = \"Call right away if you or someone else is in immediate danger.\"",
            "when = \"Call now if anyone is in danger.\"",
        ),
    );
    for args in [
        &["report", "--steps", "--lang", "es"][..],
        &["card", "--lang", "es"],
    ] {
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(args, Some(&path));
        assert_eq!(code, 0, "{args:?}");
        assert!(
            stdout.contains("Call now if anyone is in danger."),
            "{args:?}"
        );
        assert_eq!(
            stderr,
            "htlookup: 1 sentence of the data has no --lang es translation and is shown in English\n",
            "{args:?}"
        );
        let Run { stderr, .. } = run_data(args, None);
        assert_eq!(stderr, "", "{args:?} on the built-in data");
    }
    let Run { stderr, .. } = run_data(&["report"], Some(&path));
    assert_eq!(stderr, "", "English needs no translation");
}

fn hostile_dataset() -> String {
    RESOURCES
        .replacen(
            "name = \"Office for Victims of Crime\"",
            "name = \"Office \\u001b[31mRED\\u001b[0m \\u001b]0;pwned\\u0007 \\u001b]8;;https://evil.example\\u0007click\\u001b]8;;\\u0007 \\u202Eevil\\u202C \\u0000nul \\u009b2J\"",
            1,
        )
        .replacen(
            "title = \"National Strategy to Combat Human Trafficking\"",
            "title = \"=HYPERLINK(\\\"https://evil.example\\\")\\nIn immediate danger? Call 555. | x\"",
            1,
        )
        .replacen(
            "value = \"1-888-373-7888\"",
            "value = \"1-888-373-7888\"\nvanity = \"\\u001b[2J\\u001b[HFAKE\"",
            1,
        )
}

fn assert_harmless(output: &str, context: &str) {
    for (bad, name) in [
        ('\u{1b}', "ESC"),
        ('\u{7}', "BEL"),
        ('\u{0}', "NUL"),
        ('\u{9b}', "CSI"),
        ('\u{202E}', "RLO"),
        ('\u{202C}', "PDF"),
    ] {
        assert!(
            !output.contains(bad),
            "{context}: raw {name} in output:\n{output}"
        );
    }
}

#[test]
fn untrusted_text_is_shown_not_obeyed_in_every_human_format() {
    let scratch = Scratch::new();
    let path = scratch.file("hostile.toml", hostile_dataset());
    for args in [
        &["agencies"][..],
        &["agencies", "ovc"],
        &["agencies", "--format", "markdown"],
        &["agencies", "--format", "csv"],
        &["publications", "--year", "2022"],
        &["publications", "--year", "2022", "--format", "markdown"],
        &["report"],
        &["report", "--steps"],
        &["report", "--format", "csv"],
        &["report", "--walkthrough"],
        &["report", "--qr"],
        &["report", "--steps", "--lang", "es"],
        &["card"],
        &["card", "--format", "markdown"],
        &["card", "--format", "html"],
        &["search", "office", "--color", "always"],
    ] {
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(args, Some(&path));
        assert_eq!(code, 0, "htlookup {args:?}: {stderr}");
        let stdout = if args.contains(&"always") {
            // Our own colour codes are allowed; strip them and look for anything else.
            stdout
                .replace("\u{1b}[1m", "")
                .replace("\u{1b}[0m", "")
                .replace("\u{1b}[1;31m", "")
        } else {
            stdout
        };
        assert_harmless(&stdout, &format!("htlookup {args:?}"));
    }
    let Run { stdout: table, .. } = run_data(&["agencies", "ovc"], Some(&path));
    assert!(
        table.contains("␛[31mRED␛[0m"),
        "escape shown as a picture: {table}"
    );
    assert!(
        table.contains("\\u{202e}evil"),
        "override shown as text: {table}"
    );
    let Run { stdout: report, .. } = run_data(&["report"], Some(&path));
    assert!(report.contains("1-888-373-7888 (␛[2J␛[HFAKE)"), "{report}");
    let Run {
        stdout: markdown, ..
    } = run_data(
        &["publications", "--year", "2022", "--format", "markdown"],
        Some(&path),
    );
    let row = markdown.lines().nth(2).unwrap();
    assert!(
        row.contains("=HYPERLINK(\"https://evil.example\") In immediate danger? Call 555. \\| x"),
        "a newline cannot start a fake line, a pipe cannot end the cell: {row}"
    );
    // A message quoting the data is made safe too.
    let Run {
        stdout: _,
        stderr,
        code,
    } = run_data(&["agencies", "offfice vctims"], Some(&path));
    assert_eq!(code, 0, "{stderr}");
    let Run { stderr, .. } = run_data(&["agencies", "zzzoffice"], Some(&path));
    assert_harmless(&stderr, "stderr suggestion");
}

#[test]
fn json_escapes_untrusted_text_and_keeps_its_meaning() {
    let scratch = Scratch::new();
    let path = scratch.file("hostile.toml", hostile_dataset());
    let Run {
        stdout: json, code, ..
    } = run_data(&["agencies", "ovc", "--json"], Some(&path));
    assert_eq!(code, 0);
    assert_harmless(&json, "agencies --json");
    assert!(json.contains("\\u001b[31mRED"), "{json}");
    assert!(json.contains("\\u202eevil\\u202c"), "{json}");
    assert!(json.contains("\\u009b2J"), "{json}");
    let parsed: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        parsed[0]["name"],
        "Office \u{1b}[31mRED\u{1b}[0m \u{1b}]0;pwned\u{7} \u{1b}]8;;https://evil.example\u{7}click\u{1b}]8;;\u{7} \u{202E}evil\u{202C} \u{0}nul \u{9b}2J",
        "the escapes decode back to exactly the data"
    );
    let Run { stdout: jsonl, .. } = run_data(&["agencies", "--format", "jsonl"], Some(&path));
    assert_harmless(&jsonl, "agencies --format jsonl");
}

#[test]
fn csv_cells_that_look_like_formulas_are_defused() {
    let scratch = Scratch::new();
    let path = scratch.file("hostile.toml", hostile_dataset());
    let Run {
        stdout: csv_text,
        code,
        ..
    } = run_data(
        &["publications", "--year", "2022", "--format", "csv"],
        Some(&path),
    );
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(
        &first[1],
        "'=HYPERLINK(\"https://evil.example\")\nIn immediate danger? Call 555. | x"
    );
}

#[test]
fn the_example_local_dataset_is_valid_and_usable() {
    let path = Path::new("examples/local-dataset.toml");
    let Run { stdout, code, .. } = run_data(&["agencies", "--json"], Some(path));
    assert_eq!(code, 0);
    let agencies: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        agencies.as_array().map(Vec::len),
        Some(2),
        "the example's two agencies"
    );
    let Run { stdout: report, .. } = run_data(&["report", "--json"], Some(path));
    let report: Value = serde_json::from_str(&report).unwrap();
    assert_eq!(report["emergency"]["number"], "911");
    assert_eq!(report["hotline"]["channels"][0]["value"], "1-888-373-7888");
    let Run {
        stdout: _,
        stderr,
        code,
    } = run_data(&["publications", "--year", "2022"], Some(path));
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "htlookup: no publications match; the dataset has no dated publications\n"
    );
}

#[test]
fn a_data_file_that_changes_a_national_number_is_announced_everywhere() {
    let scratch = Scratch::new();
    let spoofed = scratch.file(
        "spoofed.toml",
        edited("value = \"1-888-373-7888\"", "value = \"1-900-555-0100\""),
    );
    let sentence = "This data file changes the hotline's phone number from the built-in \
                    1-888-373-7888 to 1-900-555-0100.";
    // Every view for people shows it before the numbers.
    for args in [
        &[][..],
        &["report"],
        &["report", "--steps"],
        &["report", "--walkthrough"],
        &["card"],
        &["card", "--format", "markdown"],
        &["card", "--format", "html"],
        &["about"],
    ] {
        let Run {
            stdout,
            stderr,
            code,
        } = run_data(args, Some(&spoofed));
        assert_eq!(code, 0, "htlookup {args:?}: {stderr}");
        // The text card is wrapped to a page's width: read it as running text.
        let stdout = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        let warned = stdout.find(sentence).or_else(|| {
            // HTML escapes the apostrophe.
            stdout.find(&sentence.replace('\'', "&#39;"))
        });
        let warned = warned.unwrap_or_else(|| panic!("htlookup {args:?} does not warn:\n{stdout}"));
        if let Some(number) = stdout.find("1-900-555-0100 ") {
            assert!(
                warned < number,
                "htlookup {args:?}: the warning comes first"
            );
        }
        assert_eq!(
            stderr,
            format!("htlookup: warning: {sentence}\n"),
            "htlookup {args:?}: stderr says it too"
        );
        assert!(
            stdout.contains(&format!("{}, not the built-in data.", spoofed.display())),
            "htlookup {args:?} names the file:\n{stdout}"
        );
    }
    // JSON carries it.
    let Run { stdout: json, .. } = run_data(&["report", "--json"], Some(&spoofed));
    let report: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        report["warnings"],
        serde_json::json!([{
            "field": "hotline_phone",
            "builtin": ["1-888-373-7888"],
            "file": ["1-900-555-0100"],
            "message": sentence,
        }])
    );
    let Run { stdout: json, .. } = run_data(&["about", "--json"], Some(&spoofed));
    let about: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(about["warnings"][0]["field"], "hotline_phone");
    assert_eq!(about["data_file"], spoofed.to_str().unwrap());
    // validate lists it as a warning, located, and the file stays valid.
    let text = std::fs::read_to_string(&spoofed).unwrap();
    let Run { stdout, code, .. } = run_data(&["validate", spoofed.to_str().unwrap()], None);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.starts_with(&format!(
            "{}:{}: report.hotline.channels[hotline-phone]: warning: {sentence}\n",
            spoofed.display(),
            line_of(&text, "1-900-555-0100")
        )),
        "{stdout}"
    );
    assert!(stdout.ends_with("valid, with 1 warning: 16 ways to report, 10 agencies, 16 publications, 4 videos, 4 materials\n"), "{stdout}");
    // The built-in data, and a file that keeps the numbers, warn about nothing.
    let Run { stdout: json, .. } = run_data(&["report", "--json"], None);
    assert!(json.contains("\"warnings\": []"), "{json}");
}

#[test]
fn changes_to_911_removals_and_keywords_are_announced_too() {
    let scratch = Scratch::new();
    let text = edited("number = \"911\"", "number = \"912\"").replacen(
        "keywords = [\"HELP\", \"INFO\"]\n",
        "keywords = [\"PIZZA\"]\n",
        1,
    );
    let path = scratch.file("changed.toml", text);
    let Run {
        stdout: _,
        stderr,
        code,
    } = run_data(&["report"], Some(&path));
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "htlookup: warning: This data file changes the emergency number from the built-in 911 to 912.\n\
         htlookup: warning: This data file changes the hotline's text keywords from the built-in HELP, INFO to PIZZA.\n"
    );
}

#[test]
fn contacts_may_hold_only_what_is_shown_and_text_fields_with_hidden_characters_are_warned_about() {
    let scratch = Scratch::new();
    for (from, to, message) in [
        (
            "value = \"https://tips.fbi.gov\"",
            "value = \"https://tips.fbi.gov\u{202E}vog.lif\"",
            "is not a URL that starts with https:// and holds only ASCII letters",
        ),
        (
            "url = \"https://ovc.ojp.gov\"",
            "url = \"https://ovc.ojp.gov/\u{00e9}\"",
            "is not a URL that starts with https:// and holds only ASCII letters",
        ),
        (
            "value = \"help@humantraffickinghotline.org\"",
            "value = \"help@humantrafficking\u{200B}hotline.org\"",
            "is not user@domain",
        ),
    ] {
        let path = scratch.file("bad.toml", edited(from, to));
        let Run { stdout, code, .. } = run_data(&["validate", path.to_str().unwrap()], None);
        assert_eq!(code, 3, "{to}: {stdout}");
        assert!(stdout.contains(message), "{to}: {stdout}");
    }
    let path = scratch.file(
        "warned.toml",
        edited(
            "title = \"National Strategy to Combat Human Trafficking\"",
            "title = \"National Strategy\u{200D} to Combat <b>Human</b> Trafficking\"",
        )
        .replacen(
            "name = \"Office for Victims of Crime\"",
            "name = \"Office for <i>Victims</i> of Crime\"",
            1,
        ),
    );
    let Run { stdout, code, .. } = run_data(&["validate", path.to_str().unwrap()], None);
    assert_eq!(code, 0, "text warnings leave the file valid: {stdout}");
    assert!(
        stdout.contains("publications[national-strategy]: warning: title holds a control, invisible or format character (U+200D)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("agencies[ovc]: warning: name holds what looks like HTML markup"),
        "{stdout}"
    );
    let Run { stdout: json, .. } = run_data(&["validate", path.to_str().unwrap(), "--json"], None);
    let found: Value = serde_json::from_str(&json).unwrap();
    assert!(
        found
            .as_array()
            .is_some_and(|all| all.iter().all(|d| d["severity"] == "warning"))
    );
}

#[test]
fn markdown_shows_raw_html_in_data_as_text() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "html.toml",
        edited(
            "title = \"National Strategy to Combat Human Trafficking\"",
            "title = \"<img src=x onerror=alert(1)> & <b>bold</b>\"",
        ),
    );
    let Run {
        stdout: markdown,
        code,
        ..
    } = run_data(
        &["publications", "--year", "2022", "--format", "markdown"],
        Some(&path),
    );
    assert_eq!(code, 0);
    assert!(
        markdown.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
        "{markdown}"
    );
    assert!(!markdown.contains("<img"), "{markdown}");
}

#[test]
fn export_writes_c1_bidi_and_markup_as_escapes_that_load_back_to_the_same_data() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "odd.toml",
        edited(
            "title = \"National Strategy to Combat Human Trafficking\"",
            "title = \"C1 \\u009b, RLO \\u202e, 'quoted' and <b> \\\"double\\\"\"",
        ),
    );
    let Run {
        stdout: toml, code, ..
    } = run_data(&["export"], Some(&path));
    assert_eq!(code, 0);
    assert!(!toml.contains('\u{9b}') && !toml.contains('\u{202e}') && !toml.contains("<b>"));
    assert!(toml.contains("\\u009B") && toml.contains("\\u202E") && toml.contains("\\u003C"));
    let again = scratch.file("again.toml", &toml);
    let Run { stdout: first, .. } = run_data(&["export", "--format", "json"], Some(&path));
    let Run { stdout: second, .. } = run_data(&["export", "--format", "json"], Some(&again));
    assert_eq!(first, second, "the escapes load back to the same data");
}
