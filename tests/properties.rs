//! No-panic properties of the whole CLI, driven in-process through `htlookup::run`.
//!
//! A person in danger may type anything, and a data file may hold anything: whatever comes in,
//! the run ends with a documented exit code (0, 1, 2 or 3) and never a panic (a panic fails the
//! test). The fuzz targets under `fuzz/` explore the same ground for hours; these few hundred
//! cases keep it covered in every `cargo test`, in a few seconds.
//!
//! Failures are not persisted to `proptest-regressions/` (the suite writes no files into the
//! repository); proptest prints the minimal failing input instead: add it to `REGRESSIONS`.

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;

mod common;

use htlookup::Environment;
use proptest::prelude::*;
use proptest::test_runner::Config;

const RESOURCES: &str = include_str!("../resources.toml");

/// Whether `code` is one of the documented exit codes.
fn documented(code: u8) -> bool {
    htlookup::error::EXIT_CODES
        .iter()
        .any(|(known, _)| *known == code)
}

/// One in-process run (the tests' one runner): exit code, stdout, stderr.
fn run(args: &[OsString], keys: &[u8], terminal: &Environment) -> (u8, Vec<u8>, Vec<u8>) {
    let run = common::run_in_process(args, keys, terminal);
    let code = u8::try_from(run.code).unwrap_or(u8::MAX);
    (code, run.stdout.into_bytes(), run.stderr.into_bytes())
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

/// Words the command line knows: commands, flags and their values, so that random vectors
/// reach deep into each command rather than stopping at the first unknown word.
const VOCABULARY: &[&str] = &[
    "report",
    "agencies",
    "publications",
    "videos",
    "materials",
    "search",
    "about",
    "validate",
    "export",
    "card",
    "man",
    "completions",
    "help",
    "--steps",
    "--walkthrough",
    "--qr",
    "--lang",
    "en",
    "es",
    "--year",
    "--since",
    "--until",
    "--publisher",
    "--search",
    "--sort",
    "page",
    "date",
    "title",
    "--limit",
    "--kind",
    "channel",
    "agency",
    "publication",
    "video",
    "material",
    "--format",
    "table",
    "json",
    "jsonl",
    "csv",
    "markdown",
    "toml",
    "html",
    "text",
    "--json",
    "--color",
    "always",
    "never",
    "auto",
    "--data",
    "--help",
    "-h",
    "--version",
    "-V",
    "--",
    "-",
    "",
    "bash",
    "zsh",
    "fish",
    "ovc",
    "hotline",
    "trafficking",
    "trauma informd care",
    "2022",
    "0",
    "1990",
    "2100",
    "65536",
    "-1",
    "1-888-373-7888",
    "233733",
    "resources.toml",
    "examples/local-dataset.toml",
];

/// One argument: mostly known words, also any text (non-ASCII, controls, NUL), and bytes that
/// are not UTF-8 at all (a shell passes those too).
fn argument() -> impl Strategy<Value = OsString> {
    prop_oneof![
        6 => proptest::sample::select(VOCABULARY).prop_map(OsString::from),
        2 => any::<String>().prop_map(OsString::from),
        1 => "[\\x00-\\x1f\\x7f\u{80}-\u{9f}\u{202e}\u{200b}é–ß\u{130}ǅ]{0,6}".prop_map(OsString::from),
        1 => proptest::collection::vec(any::<u8>(), 0..8).prop_map(OsString::from_vec),
    ]
}

/// Each command with its options: a flag and the values it takes (none: a switch; an empty
/// flag: a positional argument).
type Options = &'static [(&'static str, &'static [&'static str])];

const YEARS: &[&str] = &["2022", "2020", "1990", "2100", "1989", "0", "-1", "20222"];
const COMMANDS: &[(&str, Options)] = &[
    (
        "report",
        &[
            ("--steps", &[]),
            ("--walkthrough", &[]),
            ("--qr", &[]),
            ("--lang", &["en", "es"]),
        ],
    ),
    (
        "agencies",
        &[("", &["ovc", "OVC TTAC", "refugee", "blu campain", "zzz"])],
    ),
    (
        "publications",
        &[
            ("--year", YEARS),
            ("--since", YEARS),
            ("--until", YEARS),
            ("--publisher", &["national institute of justice", "ovc"]),
            (
                "--search",
                &["toolkit", "trafficking survivors", "outcomes"],
            ),
            ("--sort", &["page", "date", "title"]),
            ("--limit", &["1", "3", "0", "4294967296"]),
        ],
    ),
    ("videos", &[]),
    ("materials", &[]),
    (
        "search",
        &[
            (
                "",
                &[
                    "hotline",
                    "trauma informd care",
                    "233733",
                    "1-888-373-7888",
                    "ovc",
                ],
            ),
            (
                "--kind",
                &["channel", "agency", "publication", "video", "material"],
            ),
            ("--limit", &["1", "2", "0"]),
        ],
    ),
    ("about", &[]),
    (
        "validate",
        &[(
            "",
            &["resources.toml", "examples/local-dataset.toml", "nope.toml"],
        )],
    ),
    ("export", &[]),
    ("card", &[("--lang", &["en", "es"])]),
    ("man", &[]),
    (
        "completions",
        &[("", &["bash", "zsh", "fish", "elvish", "powershell", "tcsh"])],
    ),
];

/// Output options, before or after the command (mostly none: some commands refuse some).
const GLOBAL: &[&[&str]] = &[
    &[],
    &[],
    &[],
    &[],
    &["--json"],
    &["--format", "json"],
    &["--format", "jsonl"],
    &["--format", "csv"],
    &["--format", "markdown"],
    &["--format", "html"],
    &["--format", "text"],
    &["--format", "toml"],
    &["--color", "always"],
    &["--color", "never"],
    &["--data", "examples/local-dataset.toml"],
];

/// A command line as a person would type one, right or wrong: output options, a command,
/// then mostly its own options with plausible values, sometimes any text instead.
fn command_line() -> impl Strategy<Value = Vec<OsString>> {
    (0..COMMANDS.len()).prop_flat_map(|index| {
        let (name, options) = COMMANDS[index];
        /// A command without options still gets a word now and then.
        const NO_OPTIONS: Options = &[("", &[])];
        let option = proptest::sample::select(if options.is_empty() {
            NO_OPTIONS
        } else {
            options
        });
        let token = prop_oneof![
            8 => (option, any::<prop::sample::Index>(), argument(), any::<bool>()).prop_map(
                |((flag, values), pick, other, plausible)| {
                    let mut words = Vec::new();
                    if !flag.is_empty() {
                        words.push(OsString::from(flag));
                    }
                    if !values.is_empty() {
                        // A positional takes any text half the time; a flag's value, rarely.
                        let free = if flag.is_empty() { !plausible } else { pick.index(8) == 0 };
                        words.push(if free {
                            other
                        } else {
                            OsString::from(values[pick.index(values.len())])
                        });
                    }
                    words
                }
            ),
            1 => argument().prop_map(|arg| vec![arg]),
        ];
        (
            proptest::sample::select(GLOBAL),
            proptest::collection::vec(token, 0..4),
            any::<bool>(),
        )
            .prop_map(move |(global, tokens, global_first)| {
                let mut args = vec![OsString::from(name)];
                args.extend(tokens.into_iter().flatten());
                if global_first {
                    args.splice(0..0, os(global));
                } else {
                    args.extend(os(global));
                }
                args
            })
    })
}

/// Any terminal: a pipe or not, any width (narrow ones often, 0 included), NO_COLOR or not.
fn terminal() -> impl Strategy<Value = Environment> {
    (
        any::<bool>(),
        proptest::option::of(prop_oneof![0..30u16, any::<u16>()]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(stdout_is_terminal, width, no_color, stdin_is_terminal)| Environment {
                stdout_is_terminal,
                width,
                no_color,
                data_file: None,
                stdin_is_terminal,
                ..Environment::default()
            },
        )
}

/// Argument vectors at edges the strategies reach only by chance: an empty query, letters whose
/// case mapping changes their length, flags after `--`. A failure proptest shrinks to belongs
/// here too.
const REGRESSIONS: &[&[&str]] = &[
    &["agencies", ""],
    &["search", "\u{130}"],
    &["publications", "--search", "ǅ", "--sort", "title"],
    &["--json", "report", "--walkthrough"],
    &["report", "--qr", "--lang", "es", "--color", "always"],
    &["card", "--format", "html", "--", "--json"],
];

#[test]
fn known_tricky_argument_vectors_end_with_a_documented_code() {
    for args in REGRESSIONS {
        let (code, _, _) = run(&os(args), b"\n", &Environment::default());
        assert!(documented(code), "exit {code} for {args:?}");
    }
}

proptest! {
    #![proptest_config(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    })]

    /// Any argument vector, on any terminal, with any keys on stdin.
    #[test]
    fn any_argument_vector_ends_with_a_documented_code(
        args in prop_oneof![
            4 => command_line(),
            1 => proptest::collection::vec(argument(), 0..8),
        ],
        keys in proptest::collection::vec(any::<u8>(), 0..16),
        terminal in terminal(),
    ) {
        let (code, _, err) = run(&args, &keys, &terminal);
        prop_assert!(documented(code), "exit {} for {:?}", code, args);
        prop_assert!(std::str::from_utf8(&err).is_ok(), "stderr is not UTF-8 for {:?}", args);
    }
}

/// Commands that answer from the data; `true` when the command is a named lookup, which may
/// find nothing (exit 1) in a valid dataset.
const DATA_COMMANDS: &[(&[&str], bool)] = &[
    (&["report"], false),
    (&["report", "--steps", "--lang", "es"], false),
    (&["report", "--qr"], false),
    (&["report", "--walkthrough"], false),
    (&["agencies"], false),
    (&["agencies", "ovc"], true),
    (&["publications", "--year", "2022", "--json"], false),
    (
        &["publications", "--search", "toolkit", "--format", "csv"],
        false,
    ),
    (&["videos", "--format", "markdown"], false),
    (&["materials", "--format", "jsonl"], false),
    (&["search", "hotline", "--json"], true),
    (&["about"], false),
    (&["export"], false),
    (&["export", "--json"], false),
    (&["card", "--format", "html"], false),
];

/// Runs `command` on the data file at `path`, through `--data` or `HTLOOKUP_DATA`, and checks
/// the data-file contract: exit 0 (1 for a lookup that finds nothing) or 3, and nothing on
/// stdout when the file is refused.
fn check_data_file(path: &Path, command: usize, through_env: bool) -> Result<u8, TestCaseError> {
    let (args, lookup) = DATA_COMMANDS[command % DATA_COMMANDS.len()];
    let mut argv = Vec::new();
    let mut terminal = Environment::default();
    if through_env {
        terminal.data_file = Some(path.to_path_buf());
    } else {
        argv.push(OsString::from("--data"));
        argv.push(path.as_os_str().to_os_string());
    }
    argv.extend(os(args));
    let (code, out, err) = run(&argv, b"\n\n", &terminal);
    let allowed: &[u8] = if lookup { &[0, 1, 3] } else { &[0, 3] };
    prop_assert!(
        allowed.contains(&code),
        "exit {} for {:?}: {}",
        code,
        args,
        String::from_utf8_lossy(&err)
    );
    if code == 3 {
        // The report and the card never hide behind a bad file: they show the built-in data.
        let fail_safe = matches!(args.first(), Some(&"report") | Some(&"card"));
        if fail_safe {
            let (_, builtin, _) = run(&os(args), b"\n\n", &Environment::default());
            prop_assert!(out == builtin, "exit 3 without the built-in {:?}", args);
        } else {
            prop_assert!(out.is_empty(), "exit 3 with output for {:?}", args);
        }
        prop_assert!(err.starts_with(b"htlookup: "), "exit 3 without a message");
    }
    Ok(code)
}

/// `validate PATH` lists the problems on stdout and exits 3, or says the file is valid.
fn check_validate(path: &Path) -> Result<(), TestCaseError> {
    let (code, out, _) = run(
        &[OsString::from("validate"), path.as_os_str().to_os_string()],
        b"",
        &Environment::default(),
    );
    prop_assert!(code == 0 || code == 3, "validate exit {}", code);
    prop_assert!(!out.is_empty(), "validate printed nothing");
    Ok(())
}

fn data_file(contents: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
    file.write_all(contents).expect("write the data file");
    file.flush().expect("flush the data file");
    file
}

/// One edit of a line of resources.toml: delete it, or put another line in its place.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Replace(usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let line = prop_oneof![
        // Lines of the file itself, elsewhere: duplicate keys, misplaced headers.
        3 => (0..RESOURCES.lines().count()).prop_map(|index| {
            RESOURCES.lines().nth(index).unwrap_or_default().to_string()
        }),
        2 => proptest::sample::select(&[
            "[[publications]]", "[[agencies]]", "[meta]", "[report]", "year = 1800",
            "month = 13", "id = \"ovc\"", "url = \"javascript:alert(1)\"",
            "title = \"\\u001b[31m\\u202e\"", "value = \"\"", "kind = \"fax\"",
            "x = [[[[[[[[]]]]]]]]", "\"\"\"", "'''", "=", "",
        ][..]).prop_map(str::to_string),
        2 => any::<String>(),
    ];
    prop_oneof![
        any::<prop::sample::Index>().prop_map(|index| Edit::Delete(index.index(usize::MAX))),
        (any::<prop::sample::Index>(), line)
            .prop_map(|(index, line)| Edit::Replace(index.index(usize::MAX), line)),
    ]
}

fn apply(edits: &[Edit]) -> String {
    let mut lines: Vec<String> = RESOURCES.lines().map(str::to_string).collect();
    for edit in edits {
        match edit {
            Edit::Delete(index) => {
                let at = index % lines.len();
                lines.remove(at);
            }
            Edit::Replace(index, line) => {
                let at = index % lines.len();
                lines[at].clone_from(line);
            }
        }
    }
    lines.join("\n") + "\n"
}

proptest! {
    #![proptest_config(Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    })]

    /// Any bytes as a data file: a result (only if they happen to be a valid dataset) or
    /// exit 3 with nothing on stdout.
    #[test]
    fn any_bytes_as_data_give_a_result_or_exit_3(
        bytes in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2048),
            any::<String>().prop_map(String::into_bytes),
        ],
        command in any::<usize>(),
        through_env in any::<bool>(),
    ) {
        let file = data_file(&bytes);
        let code = check_data_file(file.path(), command, through_env)?;
        prop_assert_eq!(code, 3, "random bytes made a valid dataset");
        check_validate(file.path())?;
    }

    /// resources.toml with lines deleted or replaced: still a result or exit 3, never a panic.
    #[test]
    fn edited_resources_give_a_result_or_exit_3(
        edits in proptest::collection::vec(edit(), 1..4),
        command in any::<usize>(),
        through_env in any::<bool>(),
    ) {
        let file = data_file(apply(&edits).as_bytes());
        check_data_file(file.path(), command, through_env)?;
        check_validate(file.path())?;
    }
}

#[test]
fn the_unedited_resources_load_so_the_edits_test_something() {
    let file = data_file(apply(&[]).as_bytes());
    for (command, (args, _)) in DATA_COMMANDS.iter().enumerate() {
        let code = check_data_file(file.path(), command, false).expect("the contract holds");
        assert_eq!(code, 0, "{args:?}");
    }
}

/// The plain reading of a dataset file: the toml crate's whole-document parser, then the
/// rules. `load::parse` may read large files record by record (`dataset/chunked.rs`), but it
/// must accept exactly what this accepts, and give the same data.
fn plain_reading(text: &str) -> Option<htlookup_data::model::Dataset> {
    toml::from_str::<htlookup_data::model::Dataset>(text)
        .ok()
        .filter(|dataset| htlookup_data::validate::validate(dataset).is_empty())
}

fn loads(text: &str) -> Option<htlookup_data::model::Dataset> {
    htlookup_data::load::parse("data.toml", text, usize::MAX).ok()
}

/// Found by `fuzz/` (dataset_load): a file with no `agencies`, `publications`, `videos` or
/// `materials` at all loaded as a dataset with empty lists, where the schema requires them.
#[test]
fn a_file_missing_its_lists_is_refused_by_every_path() {
    let head = &RESOURCES[..RESOURCES.find("\n[[agencies]]").expect("an agency")];
    assert_eq!(plain_reading(head), None);
    let problems = htlookup_data::load::parse("data.toml", head, usize::MAX)
        .map(|_| ())
        .expect_err("a file without its lists is not a dataset");
    assert!(
        problems
            .listed
            .iter()
            .any(|problem| problem.message == "missing field `agencies`"),
        "{problems:?}"
    );
}

/// TOML forbids appending `[[publications]]` to an array already given as `publications = []`.
#[test]
fn a_list_given_empty_and_then_as_records_is_refused_by_every_path() {
    let local = include_str!("../examples/local-dataset.toml");
    let record = &RESOURCES[RESOURCES.find("[[publications]]").expect("a publication")..];
    let record = &record[..record[2..].find("\n[[").expect("a next record") + 3];
    let text = format!("{local}\n{record}");
    assert_eq!(plain_reading(&text), None);
    assert_eq!(loads(&text), None, "loaded a file that is not TOML");
}

proptest! {
    #![proptest_config(Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    })]

    /// Whatever the edits, `load::parse` accepts exactly what the plain reading accepts, and
    /// so does loading the file from disk (streamed record by record).
    #[test]
    fn loading_agrees_with_the_plain_reading(edits in proptest::collection::vec(edit(), 1..4)) {
        let text = apply(&edits);
        let plain = plain_reading(&text);
        prop_assert_eq!(loads(&text), plain.clone());
        let file = data_file(text.as_bytes());
        prop_assert_eq!(htlookup_data::load::load_file(file.path(), 5).ok(), plain);
    }
}
