//! The JSON contract, machine-checked: every command's real `--json` and `--format jsonl`
//! output, with the built-in data, a `--data` file and an `--add` layer, validated with a real
//! JSON Schema 2020-12 validator against its schema in `docs/schema/`; each schema checked
//! against the meta-schema; and one schema file for each command that prints JSON, no more.

mod common;

use std::path::{Path, PathBuf};

use common::{Run, command_names, htlookup, run_command};
use jsonschema::{Validator, ValidatorMap};
use serde_json::Value;

const LAYER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/local-layer.toml");
const DATASET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/local-dataset.toml");
const HSDS_JSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hsds/v3.json");
const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

/// How each command is run: its arguments after the global options, several ways where they
/// print different records (the bare `htlookup` prints the report). `completions` is here only
/// for the coverage test, which needs it to run. A command missing here is run with no
/// arguments, and the coverage test says when that is not enough.
const INVOCATIONS: &[(&str, &[&[&str]])] = &[
    (
        "report",
        &[
            &["report"],
            &["report", "--steps"],
            &["report", "--lang", "es"],
            &[],
        ],
    ),
    ("agencies", &[&["agencies"], &["agencies", "ovc"]]),
    (
        "publications",
        &[
            &["publications"],
            &["publications", "--since", "2021", "--sort", "date"],
        ],
    ),
    ("videos", &[&["videos"]]),
    ("materials", &[&["materials"]]),
    (
        "search",
        &[
            &["search", "hotline"],
            &["search", "trafficking", "--kind", "video"],
            &["search", "sheriff"],
        ],
    ),
    ("about", &[&["about"]]),
    (
        "local",
        &[
            &["local"],
            &["local", "--for", "shelter"],
            &["local", "sheriff"],
        ],
    ),
    (
        "validate",
        &[&["validate"], &["validate", LAYER], &["validate", DATASET]],
    ),
    ("export", &[&["export"]]),
    ("completions", &[&["completions", "bash"]]),
    // Prints a layer file (TOML): --json does not apply.
    ("import", &[&["import", "hsds", HSDS_JSON]]),
];

/// Where the data comes from on one run.
#[derive(Debug, Clone, Copy)]
enum Setup<'a> {
    /// The built-in data.
    BuiltIn,
    /// `--data FILE`.
    Data(&'a Path),
    /// `--add examples/local-layer.toml` on the built-in data.
    Add,
}

impl Setup<'_> {
    fn options(self) -> Vec<String> {
        match self {
            Setup::BuiltIn => Vec::new(),
            Setup::Data(path) => vec!["--data".into(), path.display().to_string()],
            Setup::Add => vec!["--add".into(), LAYER.into()],
        }
    }
}

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema")
}

/// The schema of `command`, parsed.
fn schema(command: &str) -> Value {
    let path = schema_dir().join(format!("{command}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every `docs/schema/*.json`, by command name, sorted.
fn schema_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(schema_dir())
        .expect("docs/schema/ exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let stem = path.file_stem().expect("a file name");
            stem.to_str().expect("a UTF-8 name").to_string()
        })
        .collect();
    names.sort();
    names
}

/// The compiled validators of `command`'s schema, one per subschema (`#` is the whole
/// document, `#/$defs/line` one JSON Lines line). Formats (`date`) are checked too.
fn validators(command: &str) -> ValidatorMap {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build_map(&schema(command))
        .unwrap_or_else(|error| panic!("docs/schema/{command}.json does not compile: {error}"))
}

fn root(map: &ValidatorMap) -> &Validator {
    map.get("#").expect("the whole document's validator")
}

/// Every way `instance` breaks `validator`'s schema, one line each, for a failure message.
fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("at {}: {error}", error.instance_path()))
        .collect()
}

fn assert_valid(validator: &Validator, instance: &Value, what: &str) {
    let found = errors(validator, instance);
    assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
}

/// Runs htlookup with `setup`'s options, `args` and `format_args`.
fn run(setup: Setup<'_>, args: &[&str], format_args: &[&str]) -> Run {
    let mut command = htlookup();
    command.args(setup.options()).args(args).args(format_args);
    run_command(command)
}

/// What a run is called in a failure message.
fn label(setup: Setup<'_>, args: &[&str], format: &str) -> String {
    let mut words = setup.options();
    words.extend(args.iter().map(ToString::to_string));
    format!("htlookup {} {format}", words.join(" "))
}

/// A run that printed its document: success, or a lookup that found nothing (exit 1), which
/// still prints a valid (empty) one; `validate` of an invalid file exits 3 with its problems.
fn assert_printed(run: &Run, what: &str) {
    assert!(
        [0, 1, 3].contains(&run.code),
        "{what}: exit {}\n{}",
        run.code,
        run.stderr
    );
    assert!(!run.stdout.is_empty(), "{what} printed nothing");
}

/// Runs `command` in `setup` every way [`INVOCATIONS`] (and `extra`) give, as JSON and, when
/// its schema has `#/$defs/line`, as JSON Lines, and validates every document and line.
/// Returns the JSON documents, for the caller's own checks.
fn check(command: &str, setup: Setup<'_>, extra: &[Vec<String>]) -> Vec<Value> {
    let map = validators(command);
    let line = map.get("#/$defs/line");
    let mut invocations: Vec<Vec<String>> = invocations(command)
        .iter()
        .map(|args| args.iter().map(ToString::to_string).collect())
        .collect();
    invocations.extend_from_slice(extra);
    let mut documents = Vec::new();
    for args in &invocations {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let what = label(setup, &args, "--json");
        let json = run(setup, &args, &["--json"]);
        assert_printed(&json, &what);
        assert!(json.stdout.ends_with('\n'), "{what}: no trailing newline");
        let document: Value = serde_json::from_str(&json.stdout)
            .unwrap_or_else(|error| panic!("{what}: not JSON ({error}):\n{}", json.stdout));
        assert_valid(root(&map), &document, &what);
        documents.push(document);

        let what = label(setup, &args, "--format jsonl");
        let lines = run(setup, &args, &["--format", "jsonl"]);
        match line {
            Some(line) => {
                assert!(
                    [0, 1, 3].contains(&lines.code),
                    "{what}: exit {}",
                    lines.code
                );
                for (number, text) in lines.stdout.lines().enumerate() {
                    let value: Value = serde_json::from_str(text)
                        .unwrap_or_else(|error| panic!("{what}: line {number}: {error}"));
                    assert_valid(line, &value, &format!("{what}, line {}", number + 1));
                }
            }
            None => assert_format_refused(&lines, &what),
        }
    }
    documents
}

fn invocations(command: &str) -> &'static [&'static [&'static str]] {
    INVOCATIONS
        .iter()
        .find(|(name, _)| *name == command)
        .map_or(&[], |(_, invocations)| *invocations)
}

/// A command that does not print a format says so, as a usage error.
fn assert_format_refused(run: &Run, what: &str) {
    assert_eq!(run.code, 2, "{what}: {}", run.stderr);
    assert!(run.stderr.contains("not apply"), "{what}: {}", run.stderr);
}

/// A copy of the example dataset whose hotline phone number differs from the built-in one:
/// the views then carry a warning, which the schemas must describe too.
fn changed_dataset() -> tempfile::NamedTempFile {
    let text = std::fs::read_to_string(DATASET).expect("the example dataset");
    let changed = text.replacen("\"1-888-373-7888\"", "\"1-888-373-7889\"", 1);
    assert_ne!(
        changed, text,
        "the example dataset has the hotline's number"
    );
    common::temp_file(".toml", &changed)
}

/// The three setups, and a data file that changes a national number.
fn each_setup(mut test: impl FnMut(Setup<'_>)) {
    let changed = changed_dataset();
    for setup in [
        Setup::BuiltIn,
        Setup::Data(Path::new(DATASET)),
        Setup::Add,
        Setup::Data(changed.path()),
    ] {
        test(setup);
    }
}

fn array(document: &Value) -> &[Value] {
    document.as_array().expect("an array")
}

#[test]
fn report_output_matches_its_schema() {
    each_setup(|setup| {
        for report in check("report", setup, &[]) {
            // The optional parts must be there to be checked: local contacts with --add, a
            // warning when the file changes the hotline's number.
            assert_eq!(
                !array(&report["local"]).is_empty(),
                matches!(setup, Setup::Add)
            );
            let warned = !array(&report["warnings"]).is_empty();
            let changes = matches!(setup, Setup::Data(path) if path != Path::new(DATASET));
            assert_eq!(warned, changes, "{setup:?}");
        }
    });
}

#[test]
fn list_outputs_match_their_schemas() {
    each_setup(|setup| {
        for command in ["agencies", "publications", "videos", "materials"] {
            let documents = check(command, setup, &[]);
            if matches!(setup, Setup::BuiltIn) {
                // Items must be there to be checked.
                assert!(!array(&documents[0]).is_empty(), "{command}");
            }
        }
    });
}

#[test]
fn search_output_matches_its_schema() {
    each_setup(|setup| {
        let documents = check("search", setup, &[]);
        assert!(!array(&documents[0]).is_empty(), "{setup:?}");
    });
}

#[test]
fn about_output_matches_its_schema() {
    each_setup(|setup| {
        let about = &check("about", setup, &[])[0];
        assert_eq!(
            about["data_file"].is_null(),
            !matches!(setup, Setup::Data(_))
        );
        // The layers: always an array, one entry with a layer added.
        let layers = array(&about["layers"]).len();
        assert_eq!(
            layers,
            usize::from(matches!(setup, Setup::Add)),
            "{setup:?}"
        );
    });
}

#[test]
fn local_output_matches_its_schema() {
    each_setup(|setup| {
        let documents = check("local", setup, &[]);
        // Without a layer, an empty list (and exit 1); with one, its contacts.
        let with_layer = matches!(setup, Setup::Add);
        assert_eq!(!array(&documents[0]).is_empty(), with_layer, "{setup:?}");
    });
}

#[test]
fn validate_output_matches_its_schema_with_and_without_problems() {
    let text = std::fs::read_to_string(DATASET).expect("the example dataset");
    let broken = common::temp_file(
        ".toml",
        &text.replacen("\"1-888-373-7888\"", "\"1-888-373-788\"", 1),
    );
    let changed = changed_dataset();
    let file = |path: &Path| vec!["validate".to_string(), path.display().to_string()];
    let extra = [
        file(broken.path()),
        file(changed.path()),
        file(Path::new("/nonexistent/htlookup-data.toml")),
    ];
    let documents = check("validate", Setup::BuiltIn, &extra);
    let severities: Vec<&str> = documents
        .iter()
        .flat_map(|document| array(document).iter())
        .map(|diagnostic| diagnostic["severity"].as_str().expect("a severity"))
        .collect();
    assert!(severities.contains(&"error") && severities.contains(&"warning"));
}

#[test]
fn export_output_matches_its_schema_and_holds_no_null() {
    each_setup(|setup| {
        let exported = &check("export", setup, &[])[0];
        // export writes a data file: an absent value is left out, never null.
        let text = exported.to_string();
        assert!(!text.contains(":null"), "{setup:?}: a null in export");
    });
}

/// The schema of a `--data` JSON file accepts the null a data file may write, and the file
/// loads: schema and loader agree.
#[test]
fn a_json_data_file_with_nulls_matches_the_export_schema_and_loads() {
    let exported = run(Setup::BuiltIn, &["export"], &["--format", "json"]);
    let mut data: Value = serde_json::from_str(&exported.stdout).expect("JSON");
    data["agencies"][0]["short_name"] = Value::Null;
    data["meta"]["facts_caveat"] = Value::Null;
    assert_valid(root(&validators("export")), &data, "export with nulls");
    let file = common::temp_file(".json", &data.to_string());
    let loaded = run(Setup::Data(file.path()), &["about"], &["--json"]);
    assert_eq!(loaded.code, 0, "{}", loaded.stderr);
}

/// The schemas can fail: a document broken in a way a script would trip on is refused.
#[test]
fn broken_documents_fail_their_schemas() {
    let output = |command: &str, args: &[&str]| -> Value {
        let run = run(Setup::Add, args, &["--json"]);
        assert_printed(&run, command);
        serde_json::from_str(&run.stdout).expect("JSON")
    };
    type Breaking = fn(&mut Value);
    let cases: &[(&str, &[&str], &str, Breaking)] = &[
        ("report", &["report"], "no hotline", |report| {
            report.as_object_mut().expect("an object").remove("hotline");
        }),
        ("report", &["report"], "warnings null", |report| {
            report["warnings"] = Value::Null;
        }),
        ("report", &["report"], "a channel kind unknown", |report| {
            report["hotline"]["channels"][0]["kind"] = "fax".into();
        }),
        ("report", &["report"], "a phone number mistyped", |report| {
            report["hotline"]["channels"][0]["value"] = "1-888-373-788".into();
        }),
        (
            "report",
            &["report"],
            "a layer's date impossible",
            |report| {
                report["local"][0]["checked"] = "2026-02-30".into();
            },
        ),
        ("report", &["report"], "a local means null", |report| {
            report["local"][0]["contacts"][0]["means"] = Value::Null;
        }),
        ("agencies", &["agencies"], "an id a number", |agencies| {
            agencies[0]["id"] = 7.into();
        }),
        ("agencies", &["agencies"], "a url over http", |agencies| {
            agencies[0]["url"] = "http://ovc.ojp.gov".into();
        }),
        ("publications", &["publications"], "month 13", |list| {
            list[0]["month"] = 13.into();
        }),
        ("publications", &["publications"], "no year key", |list| {
            list[0].as_object_mut().expect("an object").remove("year");
        }),
        ("materials", &["materials"], "kind unknown", |list| {
            list[0]["kind"] = "poster".into();
        }),
        ("search", &["search", "hotline"], "kind unknown", |hits| {
            hits[0]["kind"] = "person".into();
        }),
        ("search", &["search", "hotline"], "score a string", |hits| {
            hits[0]["score"] = "110".into();
        }),
        ("local", &["local"], "help empty", |contacts| {
            contacts[0]["help"] = Value::Array(Vec::new());
        }),
        ("local", &["local"], "help unknown", |contacts| {
            contacts[0]["help"][0] = "snacks".into();
        }),
        ("about", &["about"], "a count a string", |about| {
            about["counts"]["agencies"] = "10".into();
        }),
        ("about", &["about"], "facts_checked not a date", |about| {
            about["facts_checked"] = "December 2026".into();
        }),
        (
            "validate",
            &["validate"],
            "severity unknown",
            |diagnostics| {
                *diagnostics = serde_json::json!([{
                    "path": "x.toml", "line": 1, "column": null, "record": null,
                    "field": null, "message": "m", "severity": "fatal"
                }]);
            },
        ),
        ("export", &["export"], "no meta", |data| {
            data.as_object_mut().expect("an object").remove("meta");
        }),
        ("export", &["export"], "videos null", |data| {
            data["videos"] = Value::Null;
        }),
    ];
    for (command, args, what, breaking) in cases {
        let map = validators(command);
        let mut document = output(command, args);
        assert_valid(root(&map), &document, &format!("{command} before {what}"));
        breaking(&mut document);
        assert!(
            !errors(root(&map), &document).is_empty(),
            "{command} with {what} passed its schema"
        );
    }
    // One JSON Lines line of the report, broken.
    let lines = run(Setup::BuiltIn, &["report"], &["--format", "jsonl"]);
    let mut first: Value =
        serde_json::from_str(lines.stdout.lines().next().expect("a line")).expect("JSON");
    let map = validators("report");
    let line = map.get("#/$defs/line").expect("report has a line schema");
    assert_valid(line, &first, "the first line");
    first["step"] = 0.into();
    assert!(!line.is_valid(&first), "step 0 passed");
}

/// Each schema is a valid 2020-12 schema (checked against the meta-schema), stands alone,
/// names itself after its command, and describes every key; none forbids added keys.
#[test]
fn every_schema_is_a_valid_self_contained_2020_12_schema() {
    let names = schema_files();
    assert!(!names.is_empty());
    for name in &names {
        let schema = schema(name);
        if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("docs/schema/{name}.json is not a 2020-12 schema: {error}");
        }
        assert_eq!(schema["$schema"], META_SCHEMA, "{name}");
        assert_eq!(
            schema["$id"],
            format!("urn:htlookup:schema:{name}"),
            "{name}"
        );
        for key in ["title", "description"] {
            let text = schema[key].as_str().unwrap_or("");
            assert!(!text.is_empty(), "{name}: no {key}");
        }
        walk(&schema, &mut |path, node| {
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                assert!(
                    reference.starts_with('#'),
                    "{name}{path}: $ref {reference} leaves the file"
                );
            }
            assert_ne!(
                node.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{name}{path}: keys may be added"
            );
            // The `if`/`then` rules of `allOf` restate described keys (a value's shape by
            // its kind): only the keys of a shape itself need words.
            let shape = !path.contains("/allOf/");
            if let Some(properties) = node.get("properties").and_then(Value::as_object)
                && shape
            {
                for (key, property) in properties {
                    let described = property.get("description").and_then(Value::as_str);
                    assert!(
                        described.is_some_and(|text| !text.is_empty()),
                        "{name}{path}: property {key} has no description"
                    );
                }
                let required = node["required"].as_array().map_or(&[][..], Vec::as_slice);
                for key in required {
                    let key = key.as_str().expect("a key");
                    assert!(
                        properties.contains_key(key),
                        "{name}{path}: {key} required, not described"
                    );
                }
            }
        });
        // The meta-schema allows much; the validator must also compile it.
        validators(name);
    }
}

/// Calls `visit` on every object of `value`, with its JSON pointer.
fn walk(value: &Value, visit: &mut impl FnMut(&str, &serde_json::Map<String, Value>)) {
    fn go(
        value: &Value,
        path: &mut String,
        visit: &mut impl FnMut(&str, &serde_json::Map<String, Value>),
    ) {
        let length = path.len();
        match value {
            Value::Object(map) => {
                visit(path, map);
                for (key, member) in map {
                    path.push('/');
                    path.push_str(key);
                    go(member, path, visit);
                    path.truncate(length);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push_str(&format!("/{index}"));
                    go(item, path, visit);
                    path.truncate(length);
                }
            }
            _ => {}
        }
    }
    go(value, &mut String::from("#"), visit);
}

/// Every command that prints JSON has a schema file, and every schema file is a command's:
/// a command added later cannot be forgotten, nor a schema outlive its command.
#[test]
fn every_json_command_has_a_schema_and_every_schema_a_command() {
    let files = schema_files();
    let commands = command_names();
    let mut printing = Vec::new();
    for command in &commands {
        let args: &[&str] = invocations(command).first().copied().unwrap_or(&[]);
        let args = if args.is_empty() {
            vec![command.as_str()]
        } else {
            args.to_vec()
        };
        let what = label(Setup::BuiltIn, &args, "--json");
        let run = run(Setup::BuiltIn, &args, &["--json"]);
        if run.code == 2 {
            assert_format_refused(
                &run,
                &format!("{what} (a command that prints JSON needs its arguments in INVOCATIONS)"),
            );
            assert!(
                !files.contains(command),
                "docs/schema/{command}.json, but {what} prints no JSON"
            );
        } else {
            assert!(
                files.contains(command),
                "{what} prints JSON: add docs/schema/{command}.json"
            );
            assert!(
                !invocations(command).is_empty(),
                "add {command} to INVOCATIONS, and a test"
            );
            printing.push(command.clone());
        }
    }
    for file in &files {
        assert!(
            commands.contains(file),
            "docs/schema/{file}.json names no command"
        );
    }
    printing.sort();
    assert_eq!(printing, files);
}

/// Each schema file stands alone, so the definitions several of them need are written in each;
/// these must stay the same everywhere, or two commands would describe one shape two ways.
#[test]
fn definitions_shared_by_several_schemas_are_the_same_in_each() {
    const SHARED: [&str; 10] = [
        "warning",
        "date",
        "https_url",
        "id",
        "emergency",
        "organization",
        "channel_kind",
        "local_contact",
        "means",
        "help",
    ];
    for name in SHARED {
        let mut first: Option<(String, Value)> = None;
        let mut seen = 0;
        for file in schema_files() {
            let Some(definition) = schema(&file).pointer(&format!("/$defs/{name}")).cloned() else {
                continue;
            };
            seen += 1;
            match &first {
                None => first = Some((file, definition)),
                Some((where_first, expected)) => assert_eq!(
                    &definition, expected,
                    "$defs/{name} differs between {where_first}.json and {file}.json"
                ),
            }
        }
        assert!(
            seen >= 2,
            "$defs/{name} is in {seen} schema file(s): drop it from SHARED"
        );
    }
}
