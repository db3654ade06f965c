//! End-to-end tests of the `htlookup` binary: every command in every format, filters, exit codes,
//! one-line errors, closed pipes and colour.
//!
//! Every test runs the real binary through [`htlookup`], which scrubs the environment (as
//! tealdeer and bat do) so that the user's `NO_COLOR`, `COLUMNS` or locale cannot change the
//! output. JSON is parsed with serde_json and its values asserted; human output is pinned with
//! insta snapshots in `tests/snapshots/` (review changes with `cargo insta review`, or regenerate
//! with `INSTA_UPDATE=always cargo test --test cli` and read every changed `.snap` file).

use std::fmt;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use predicates::prelude::*;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

mod common;

use common::facts::{AGENCIES, HOTLINE_PHONE, HOTLINE_TEXT, MATERIALS, PUBLICATIONS, VIDEOS};
use common::{Run, htlookup, run, run_command, run_in_process, scrubbed};

// ---------------------------------------------------------------------------------------------
// Running and reading output
// ---------------------------------------------------------------------------------------------

/// Stdout of a run that must succeed quietly (exit 0, nothing on stderr).
fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_eq!(run.code, 0, "htlookup {args:?} failed: {run:?}");
    assert_eq!(run.stderr, "", "htlookup {args:?} wrote to stderr");
    run.stdout
}

/// Checks the shape of a JSON document: pretty-printed with two-space indentation, exactly one
/// trailing newline, no colour.
fn assert_pretty_json(text: &str) {
    assert!(!text.contains('\x1b'), "JSON is never coloured:\n{text}");
    assert!(text.ends_with('\n'), "JSON ends with a newline: {text:?}");
    assert!(
        !text.ends_with("\n\n"),
        "JSON ends with exactly one newline: {text:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    if lines == ["[]"] || lines == ["{}"] {
        return;
    }
    assert!(
        lines.len() >= 3,
        "JSON is pretty-printed, not compact:\n{text}"
    );
    assert!(
        lines[0] == "[" || lines[0] == "{",
        "JSON starts with a bracket on its own line:\n{text}"
    );
    assert!(
        lines[1].starts_with("  ") && !lines[1].starts_with("   "),
        "JSON is indented by two spaces:\n{text}"
    );
    let last = lines[lines.len() - 1];
    assert!(
        last == "]" || last == "}",
        "JSON ends with a bracket:\n{text}"
    );
}

/// The JSON document a successful run printed, parsed.
fn json(args: &[&str]) -> Value {
    let stdout = ok(args);
    assert_pretty_json(&stdout);
    serde_json::from_str(&stdout).unwrap_or_else(|error| {
        panic!("htlookup {args:?} printed invalid JSON ({error}):\n{stdout}")
    })
}

/// A JSON document that must be an array; returns its elements.
fn json_array(args: &[&str]) -> Vec<Value> {
    match json(args) {
        Value::Array(items) => items,
        other => panic!("htlookup {args:?} printed {other}, not an array"),
    }
}

/// True when `text` has whitespace outside JSON strings, i.e. is not compact JSON.
fn has_whitespace_outside_strings(text: &str) -> bool {
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_whitespace() {
            return true;
        }
    }
    false
}

/// The JSON Lines a successful run printed: each line one compact object.
fn jsonl(args: &[&str]) -> Vec<Value> {
    let stdout = ok(args);
    assert!(
        stdout.is_empty() || stdout.ends_with('\n'),
        "JSON Lines end with a newline: {stdout:?}"
    );
    stdout
        .lines()
        .map(|line| {
            assert!(
                !has_whitespace_outside_strings(line),
                "a JSON Lines record is compact: {line}"
            );
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|error| panic!("invalid JSON line ({error}): {line}"));
            assert!(value.is_object(), "each JSON line is an object: {line}");
            value
        })
        .collect()
}

/// The keys of a JSON object in the order they were written.
struct OrderedKeys(Vec<String>);

impl<'de> Deserialize<'de> for OrderedKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = OrderedKeys;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(OrderedKeys(keys))
            }
        }
        deserializer.deserialize_map(KeysVisitor)
    }
}

/// The keys, in output order, of the first JSON Lines record of a run.
fn first_record_keys(args: &[&str]) -> Vec<String> {
    let stdout = ok(args);
    let first = stdout.lines().next().expect("at least one record");
    let OrderedKeys(keys) = serde_json::from_str(first).expect("a JSON object");
    keys
}

/// The header and records of a CSV run, read with a real CSV parser.
fn csv_table(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let stdout = ok(args);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let header = reader
        .headers()
        .expect("a CSV header row")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            record
                .expect("a valid CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

/// The header line and the data rows of a Markdown table; checks the separator line.
fn markdown_table(args: &[&str]) -> (String, Vec<String>) {
    let stdout = ok(args);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines.len() >= 2,
        "a Markdown table has a header and a separator:\n{stdout}"
    );
    let header = lines[0];
    assert!(
        header.starts_with("| ") && header.ends_with(" |"),
        "Markdown header row: {header}"
    );
    let columns = header.matches(" | ").count() + 1;
    let separator = vec!["---"; columns].join(" | ");
    assert_eq!(
        lines[1],
        format!("| {separator} |"),
        "Markdown separator row"
    );
    let rows: Vec<String> = lines[2..].iter().map(|line| line.to_string()).collect();
    for row in &rows {
        assert!(
            row.starts_with("| ") && row.ends_with(" |"),
            "Markdown data row: {row}"
        );
    }
    (header.to_string(), rows)
}

/// The `id` field of each JSON record.
fn ids(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|record| record["id"].as_str().expect("every record has a string id"))
        .collect()
}

/// The ids of the publications a `publications` run lists, read from its JSON.
fn publication_ids(filters: &[&str]) -> Vec<String> {
    let mut args = vec!["publications"];
    args.extend_from_slice(filters);
    args.push("--json");
    ids(&json_array(&args))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Checks that a failed run printed nothing on stdout and exactly one clean line on stderr
/// starting with `htlookup:`; returns that line without its newline.
fn assert_one_line_error(args: &[&str], expected_code: i32) -> String {
    let run = run(args);
    assert_eq!(
        run.code, expected_code,
        "htlookup {args:?} exit code; stderr: {}",
        run.stderr
    );
    assert_eq!(run.stdout, "", "htlookup {args:?} printed data on failure");
    assert_clean_message(&run.stderr);
    run.stderr.trim_end_matches('\n').to_string()
}

/// One line, `htlookup:` first, and no trace of a panic or a Debug dump.
fn assert_clean_message(stderr: &str) {
    assert!(
        stderr.starts_with("htlookup: "),
        "message starts with 'htlookup: ': {stderr:?}"
    );
    assert!(
        stderr.ends_with('\n'),
        "message ends with a newline: {stderr:?}"
    );
    assert_eq!(stderr.lines().count(), 1, "message is one line: {stderr:?}");
    for forbidden in ["panicked", "RUST_BACKTRACE", "Error {", "Os {", "Custom {"] {
        assert!(
            !stderr.contains(forbidden),
            "message contains {forbidden:?}: {stderr:?}"
        );
    }
}

/// Lines of a human table that hold records (comfy-table's `│ ... │` rows), header excluded.
fn table_body_rows(table: &str) -> Vec<&str> {
    let rows: Vec<&str> = table.lines().filter(|line| line.starts_with('│')).collect();
    rows[1..].to_vec()
}

/// Every list command, for the tests that hold for all of them.
const LIST_COMMANDS: [&[&str]; 6] = [
    &["agencies"],
    &["publications"],
    &["videos"],
    &["materials"],
    &["search", "trafficking"],
    &["agencies", "victims of crime"],
];

/// Appends format flags to a command line.
fn with(args: &[&'static str], extra: &[&'static str]) -> Vec<&'static str> {
    args.iter().chain(extra).copied().collect()
}

// ---------------------------------------------------------------------------------------------
// report (and bare htlookup)
// ---------------------------------------------------------------------------------------------

#[test]
fn report_first_line_is_call_911_then_the_hotline_phone_and_text() {
    let stdout = ok(&["report"]);
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("In immediate danger? Call 911."));
    assert_eq!(lines.next(), Some(""));
    assert!(
        lines
            .next()
            .is_some_and(|line| line.starts_with("National Human Trafficking Hotline")),
        "the hotline comes right after 911:\n{stdout}"
    );
    let phone_line = stdout
        .lines()
        .find(|line| line.contains(HOTLINE_PHONE))
        .expect("the hotline phone is listed");
    assert!(phone_line.trim_start().starts_with("Call"), "{phone_line}");
    let text_line = stdout
        .lines()
        .find(|line| line.trim_start().starts_with("Text"))
        .expect("the text line is listed");
    assert!(text_line.contains("233733 (BeFree)"), "{text_line}");
}

#[test]
fn report_table_matches_snapshot() {
    insta::assert_snapshot!("report", ok(&["report"]));
}

#[test]
fn bare_htlookup_prints_the_short_answer_and_the_reports_data_for_scripts() {
    let short = ok(&[]);
    assert_eq!(
        short,
        "\
In immediate danger? Call 911.

National Human Trafficking Hotline (La Línea Nacional Contra la Trata de Personas)
24 hours a day, 7 days a week, 365 days a year
  Call    1-888-373-7888
  Text    HELP or INFO to 233733 (BeFree)
  Chat    https://humantraffickinghotline.org
  Online  https://humantraffickinghotline.org/en/report-trafficking
  TTY     Dial 711, then ask the relay operator for 1-888-373-7888.

Every way to report: htlookup report · All commands: htlookup --help
"
    );
    assert_eq!(ok(&["--format", "text"]), short, "text is the same view");
    assert_eq!(ok(&["--json"]), ok(&["report", "--json"]));
    assert_eq!(ok(&["--format", "csv"]), ok(&["report", "--format", "csv"]));
}

#[test]
fn the_short_answer_fits_a_24_line_terminal_in_english_and_spanish() {
    for lang in ["en", "es"] {
        let terminal = htlookup::Environment {
            stdout_is_terminal: true,
            width: Some(80),
            height: Some(24),
            ..htlookup::Environment::default()
        };
        let Run { code, stdout, .. } =
            run_in_process(&["--lang", lang, "--color", "never"], b"", &terminal);
        assert_eq!(code, 0);
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(
            lines.len() <= 16,
            "{lang}: {} lines:\n{stdout}",
            lines.len()
        );
        assert!(
            lines.iter().all(|line| line.chars().count() <= 80),
            "{stdout}"
        );
        assert!(lines[0].contains("911"), "{stdout}");
        for means in [
            "1-888-373-7888",
            "233733",
            "https://humantraffickinghotline.org",
            "https://humantraffickinghotline.org/en/report-trafficking",
            "711",
        ] {
            assert!(stdout.contains(means), "{lang}: {means}:\n{stdout}");
        }
        let last = lines.last().copied().unwrap_or("");
        assert!(
            last.contains("htlookup report") && last.contains("--help"),
            "{stdout}"
        );
    }
    let spanish = ok(&["--lang", "es"]);
    assert!(
        spanish.starts_with("¿Está en peligro inmediato? Llame al 911.\n"),
        "{spanish}"
    );
    assert!(spanish.contains("HELP o INFO al 233733"), "{spanish}");
}

#[test]
fn a_report_taller_than_the_terminal_ends_with_the_numbers_and_a_short_one_does_not() {
    let terminal = |height| htlookup::Environment {
        stdout_is_terminal: true,
        width: Some(80),
        height: Some(height),
        ..htlookup::Environment::default()
    };
    let reminder = "In danger, call 911. Hotline: 1-888-373-7888; text HELP or INFO to 233733.";
    for args in [&["report"][..], &["report", "--steps"], &["report", "--qr"]] {
        let args = with(args, &["--color", "never"]);
        let Run {
            code: _,
            stdout: tall,
            ..
        } = run_in_process(&args, b"", &terminal(24));
        assert_eq!(tall.lines().last(), Some(reminder), "{args:?}:\n{tall}");
        let Run {
            code: _,
            stdout: fits,
            ..
        } = run_in_process(&args, b"", &terminal(500));
        assert!(!fits.contains(reminder), "{args:?} fits: no reminder");
        // In a pipe there is no screen to scroll off.
        assert!(!ok(&args).contains(reminder));
    }
    let Run {
        code: _,
        stdout: short,
        ..
    } = run_in_process::<&str>(&[], b"", &terminal(24));
    assert!(!short.contains(reminder), "the short answer fits");
}

#[test]
fn report_steps_start_with_911_and_number_every_step() {
    let stdout = ok(&["report", "--steps"]);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "How to report human trafficking");
    assert_eq!(lines[2], "1. In immediate danger? Call 911.");
    assert_eq!(
        lines[5],
        "2. Call the National Human Trafficking Hotline: 1-888-373-7888"
    );
    let numbered: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.split_once(". ").map(|(number, _)| number))
        .filter(|number| number.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let expected: Vec<String> = (1..=11).map(|step| step.to_string()).collect();
    assert_eq!(numbered, expected, "steps 1 to 11, in order");
}

#[test]
fn report_steps_matches_snapshot() {
    insta::assert_snapshot!("report_steps", ok(&["report", "--steps"]));
}

#[test]
fn report_json_has_911_the_hotline_phone_and_the_text_code() {
    let report = json(&["report", "--json"]);
    assert_eq!(report["emergency"]["number"], "911");
    let channels = report["hotline"]["channels"]
        .as_array()
        .expect("hotline.channels is an array");
    let value_of = |kind: &str| {
        channels
            .iter()
            .find(|channel| channel["kind"] == kind)
            .unwrap_or_else(|| panic!("a {kind} channel"))["value"]
            .clone()
    };
    assert_eq!(value_of("phone"), HOTLINE_PHONE);
    assert_eq!(value_of("text"), HOTLINE_TEXT);
    assert_eq!(value_of("tty"), "711");
    assert_eq!(
        report["hotline"]["name"],
        "National Human Trafficking Hotline"
    );
    assert!(report["other_channels"].is_array());
    // An unknown vanity spelling is null, and an empty list is [], never null.
    let phone = channels
        .iter()
        .find(|channel| channel["kind"] == "phone")
        .unwrap();
    assert_eq!(phone["vanity"], Value::Null);
    let tty = channels
        .iter()
        .find(|channel| channel["kind"] == "tty")
        .unwrap();
    assert_eq!(tty["languages"], serde_json::json!([]));
}

#[test]
fn report_jsonl_lists_every_way_to_report_with_911_first_and_steps_in_order() {
    let rows = jsonl(&["report", "--format", "jsonl"]);
    assert_eq!(rows.len(), 16, "16 ways to report, as `about` counts");
    assert_eq!(rows[0]["step"], 1);
    assert_eq!(rows[0]["id"], "emergency");
    assert_eq!(rows[0]["value"], "911");
    assert_eq!(rows[1]["id"], "hotline-phone");
    assert_eq!(rows[1]["value"], HOTLINE_PHONE);
    let steps: Vec<u64> = rows
        .iter()
        .map(|row| row["step"].as_u64().expect("step is a number"))
        .collect();
    assert!(steps.windows(2).all(|pair| pair[0] <= pair[1]), "{steps:?}");
    assert_eq!(steps.last(), Some(&11));
    assert_eq!(
        first_record_keys(&["report", "--format", "jsonl"]),
        [
            "step",
            "id",
            "via",
            "purpose",
            "on_page",
            "kind",
            "value",
            "vanity",
            "note",
            "languages",
            "keywords"
        ]
    );
}

#[test]
fn report_csv_has_the_header_and_one_row_per_way_to_report() {
    let (header, rows) = csv_table(&["report", "--format", "csv"]);
    // CSV is the record, as JSON Lines has it: the same keys in the same order.
    assert_eq!(header, first_record_keys(&["report", "--format", "jsonl"]));
    assert_eq!(rows.len(), 16);
    let cells = |row: &[String]| -> Vec<String> {
        [0, 2, 5, 6].iter().map(|at| row[*at].clone()).collect()
    };
    assert_eq!(cells(&rows[0]), ["1", "Emergency services", "phone", "911"]);
    assert_eq!(
        cells(&rows[1]),
        [
            "2",
            "National Human Trafficking Hotline",
            "phone",
            HOTLINE_PHONE
        ]
    );
    assert_eq!(rows[1][9], "English; Spanish");
    assert_eq!(rows[1][4], "true", "on_page is true or false, as in JSON");
    assert_eq!(rows[3][10], "HELP; INFO");
    assert_eq!(rows[0][3], "", "a null purpose is an empty cell");
    // "U.S. Department of Labor, Wage and Hour Division" has a comma and must be quoted.
    let stdout = ok(&["report", "--format", "csv"]);
    assert!(
        stdout.contains("\"U.S. Department of Labor, Wage and Hour Division\""),
        "{stdout}"
    );
}

#[test]
fn report_markdown_has_a_header_separator_and_one_row_per_way_to_report() {
    let (header, rows) = markdown_table(&["report", "--format", "markdown"]);
    assert_eq!(
        header,
        "| Step | Via | How | Contact | In letters | Notes | Languages |"
    );
    assert_eq!(rows.len(), 16);
    assert!(
        rows[0].starts_with("| 1 | Emergency services | phone | 911 |"),
        "{}",
        rows[0]
    );
}

// ---------------------------------------------------------------------------------------------
// agencies
// ---------------------------------------------------------------------------------------------

#[test]
fn agencies_json_lists_the_ten_agencies_with_their_keys() {
    let agencies = json_array(&["agencies", "--json"]);
    let pairs: Vec<(&str, &str)> = agencies
        .iter()
        .map(|agency| {
            (
                agency["id"].as_str().unwrap(),
                agency["name"].as_str().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str)> = AGENCIES.iter().map(|a| (a.0, a.1)).collect();
    assert_eq!(pairs, expected);
    assert_eq!(
        first_record_keys(&["agencies", "--format", "jsonl"]),
        [
            "id",
            "name",
            "short_name",
            "abbreviation",
            "parent",
            "url",
            "description",
            "source"
        ]
    );
    let blue = &agencies[8];
    assert_eq!(blue["id"], "blue-campaign");
    assert_eq!(blue["abbreviation"], Value::Null, "no abbreviation is null");
    assert_eq!(agencies[0]["abbreviation"], "OVC");
    assert!(
        agencies.iter().all(|agency| agency["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("https://"))),
        "every agency says where its facts come from"
    );
}

#[test]
fn agencies_table_matches_snapshot() {
    let stdout = ok(&["agencies"]);
    assert_eq!(table_body_rows(&stdout).len(), 10);
    insta::assert_snapshot!("agencies", stdout);
}

#[test]
fn agencies_ovc_shows_one_detail_card() {
    let stdout = ok(&["agencies", "ovc"]);
    assert!(stdout.contains("│ Name         ┆ Office for Victims of Crime"));
    assert!(stdout.contains("│ Website      ┆ https://ovc.ojp.gov "));
    assert!(
        !stdout.contains("OVC TTAC"),
        "an exact abbreviation names one agency"
    );
    insta::assert_snapshot!("agencies_ovc", stdout);
}

#[test]
fn agencies_query_in_json_is_still_an_array() {
    let found = json_array(&["agencies", "OVC", "--json"]);
    assert_eq!(ids(&found), ["ovc"]);
    let found = json_array(&["agencies", "ovc-ttac", "--json"]);
    assert_eq!(ids(&found), ["ovc-ttac"]);
}

#[test]
fn agencies_query_matching_several_lists_them_all_in_every_format() {
    let args = ["agencies", "victims", "of", "crime"];
    assert_eq!(
        ids(&json_array(&with(&args, &["--json"]))),
        ["ovc", "ovc-ttac", "uscis"]
    );
    assert_eq!(table_body_rows(&ok(&args)).len(), 3, "a table, not a card");
    assert_eq!(csv_table(&with(&args, &["--format", "csv"])).1.len(), 3);
    assert_eq!(
        markdown_table(&with(&args, &["--format", "markdown"]))
            .1
            .len(),
        3
    );
}

#[test]
fn agencies_words_with_a_typo_find_the_office_of_refugee_resettlement() {
    let found = json_array(&["agencies", "refugee", "resettlemnt", "--json"]);
    assert_eq!(ids(&found), ["orr"]);
    assert_eq!(
        found[0]["name"],
        "U.S. Department of Health & Human Services: Office of Refugee Resettlement"
    );
    assert_eq!(found[0]["short_name"], "Office of Refugee Resettlement");
}

#[test]
fn agencies_blu_campain_is_close_enough_to_match_blue_campaign() {
    // "blu" is a prefix of "blue" and "campain" one edit from "campaign": a match, not a miss.
    let found = json_array(&["agencies", "blu", "campain", "--json"]);
    assert_eq!(ids(&found), ["blue-campaign"]);
}

#[test]
fn agencies_unknown_query_exits_1_with_a_one_line_message() {
    let message = assert_one_line_error(&["agencies", "xyzzy"], 1);
    assert_eq!(
        message,
        "htlookup: no agency matches \"xyzzy\"; run 'htlookup agencies' to list all"
    );
}

#[test]
fn agencies_near_miss_exits_1_and_suggests_blue_campaign() {
    for query in [
        &["agencies", "bluecampain"][..],
        &["agencies", "bleu", "campane"],
    ] {
        let message = assert_one_line_error(query, 1);
        assert!(message.contains("did you mean"), "{message}");
        assert!(
            message.contains("did you mean blue-campaign (Blue Campaign)"),
            "blue-campaign is the first suggestion: {message}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// publications: formats
// ---------------------------------------------------------------------------------------------

#[test]
fn publications_json_lists_the_sixteen_titles_in_page_order() {
    let publications = json_array(&["publications", "--json"]);
    let pairs: Vec<(&str, &str)> = publications
        .iter()
        .map(|publication| {
            (
                publication["id"].as_str().unwrap(),
                publication["title"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs, PUBLICATIONS);
}

/// A publication's keys in JSON and the CSV header: the record's fields, in order.
const PUBLICATION_KEYS: [&str; 10] = [
    "id",
    "title",
    "publisher",
    "sponsored",
    "year",
    "month",
    "date_note",
    "url",
    "ncj",
    "source",
];

#[test]
fn publications_json_keys_are_exactly_the_documented_ones() {
    assert_eq!(
        first_record_keys(&["publications", "--format", "jsonl"]),
        PUBLICATION_KEYS
    );
    for publication in json_array(&["publications", "--json"]) {
        let object = publication
            .as_object()
            .expect("each publication is an object");
        assert_eq!(object.len(), 10, "{publication}");
        assert!(publication["sponsored"].is_boolean(), "{publication}");
    }
}

#[test]
fn publications_unknown_year_month_and_url_are_json_null() {
    let publications = json_array(&["publications", "--json"]);
    let by_id = |id: &str| {
        publications
            .iter()
            .find(|publication| publication["id"] == id)
            .unwrap_or_else(|| panic!("publication {id}"))
            .clone()
    };
    let annual = by_id("ag-annual-report");
    assert_eq!(annual["year"], Value::Null);
    assert_eq!(annual["month"], Value::Null);
    assert_eq!(annual["date_note"], "Annual Report");
    let strategy = by_id("national-strategy");
    assert_eq!(strategy["year"], 2022);
    assert_eq!(strategy["month"], 1);
    assert_eq!(strategy["date_note"], Value::Null);
    let pathways = by_id("partnerships-and-pathways");
    assert_eq!(pathways["url"], Value::Null);
    let center = by_id("capacity-building-center-report-2020");
    assert_eq!(center["year"], 2020);
    assert_eq!(center["month"], Value::Null);
}

#[test]
fn publications_csv_quotes_titles_with_commas_and_has_one_row_per_record() {
    let (header, rows) = csv_table(&["publications", "--format", "csv"]);
    assert_eq!(header, PUBLICATION_KEYS);
    assert_eq!(rows.len(), 16);
    let titles: Vec<&str> = rows.iter().map(|row| row[1].as_str()).collect();
    let expected: Vec<&str> = PUBLICATIONS.iter().map(|(_, title)| *title).collect();
    assert_eq!(titles, expected);
    assert_eq!(rows[0][6], "Annual Report");
    assert_eq!(rows[1][3..6], ["false", "2022", "1"]);
    assert_eq!(
        rows[2][7], "",
        "an unknown URL is an empty cell, not 'null'"
    );
    assert_eq!(rows[9][8], "255429", "the NCJ number is there");
    let stdout = ok(&["publications", "--format", "csv"]);
    assert!(stdout.contains(
        ",\"For Human Trafficking Survivors, Justice Is More About Healing and Preventing \
         Future Trafficking\","
    ));
    assert!(!stdout.contains("null"));
}

#[test]
fn publications_markdown_has_a_header_separator_and_sixteen_rows() {
    let (header, rows) = markdown_table(&["publications", "--format", "markdown"]);
    assert_eq!(
        header,
        "| ID | Title | Publisher | Sponsored | Date | URL |"
    );
    assert_eq!(rows.len(), 16);
    assert_eq!(
        rows[2],
        "| partnerships-and-pathways | Partnerships and Pathways to Economic Opportunity for \
         Survivors of Trafficking: A Guide | Office for Victims of Crime | no | January 2022 |  |"
    );
}

#[test]
fn publications_year_2022_table_matches_snapshot() {
    let stdout = ok(&["publications", "--year", "2022"]);
    assert_eq!(table_body_rows(&stdout).len(), 2);
    insta::assert_snapshot!("publications_year_2022", stdout);
}

#[test]
fn tables_in_a_pipe_neither_wrap_nor_truncate() {
    let stdout = ok(&["publications"]);
    assert_eq!(table_body_rows(&stdout).len(), 16, "one line per record");
    for (_, title) in PUBLICATIONS {
        assert!(
            stdout.contains(title),
            "the full title is in the table: {title}"
        );
    }
    assert!(!stdout.contains('…') && !stdout.contains("..."));
}

// ---------------------------------------------------------------------------------------------
// publications: filters, sorting, limits
// ---------------------------------------------------------------------------------------------

#[test]
fn publications_year_keeps_only_that_year() {
    assert_eq!(
        publication_ids(&["--year", "2022"]),
        ["national-strategy", "partnerships-and-pathways"]
    );
    let from_2021 = json_array(&["publications", "--year", "2021", "--json"]);
    assert_eq!(from_2021.len(), 4);
    assert!(from_2021.iter().all(|p| p["year"] == 2021));
}

#[test]
fn publications_since_and_until_are_inclusive_and_leave_out_undated_ones() {
    let both = json_array(&[
        "publications",
        "--since",
        "2021",
        "--until",
        "2021",
        "--json",
    ]);
    assert_eq!(
        ids(&both),
        [
            "national-action-plan",
            "vaw-research-compendium",
            "survivors-justice-healing",
            "ovc-ongoing-commitment"
        ]
    );
    assert_eq!(
        publication_ids(&["--since", "2022"]),
        ["national-strategy", "partnerships-and-pathways"]
    );
    let until_2020 = json_array(&["publications", "--until", "2020", "--json"]);
    assert_eq!(until_2020.len(), 9);
    assert!(until_2020.iter().all(|p| p["year"] == 2020));
    let until_2100 = publication_ids(&["--until", "2100"]);
    assert_eq!(until_2100.len(), 15);
    assert!(!until_2100.iter().any(|id| id == "ag-annual-report"));
}

#[test]
fn publications_since_later_than_until_is_a_usage_error() {
    let message = assert_one_line_error(&["publications", "--since", "2022", "--until", "2020"], 2);
    assert_eq!(
        message,
        "htlookup: --since 2022 is later than --until 2020; give --since a year <= --until"
    );
}

#[test]
fn publications_publisher_filter_is_case_insensitive_and_forgives_typos() {
    let nij = [
        "vaw-research-compendium",
        "survivors-justice-healing",
        "outcomes-development-brief",
        "outcomes-user-guide",
    ];
    assert_eq!(
        publication_ids(&["--publisher", "national institute of justice"]),
        nij
    );
    assert_eq!(
        publication_ids(&["--publisher", "NATINAL Institute JUSTISE"]),
        nij
    );
    assert_eq!(
        publication_ids(&["--publisher", "white house"]),
        ["national-action-plan"]
    );
}

#[test]
fn publications_search_filter_is_case_insensitive_and_forgives_typos() {
    let toolkits = ["action-research-toolkit", "outreach-toolkit"];
    assert_eq!(publication_ids(&["--search", "toolkit"]), toolkits);
    assert_eq!(publication_ids(&["--search", "TOOLKIT"]), toolkits);
    assert_eq!(publication_ids(&["--search", "toolkt"]), toolkits);
    assert_eq!(
        publication_ids(&["--search", "outreach toolkit"]),
        ["outreach-toolkit"],
        "every word must match"
    );
}

#[test]
fn publications_filters_combine_with_and() {
    assert_eq!(
        publication_ids(&["--publisher", "institute", "--search", "outcomes"]),
        ["outcomes-development-brief", "outcomes-user-guide"]
    );
    assert_eq!(
        publication_ids(&["--year", "2021", "--publisher", "institute"]),
        ["vaw-research-compendium", "survivors-justice-healing"]
    );
    assert_eq!(
        publication_ids(&[
            "--since",
            "2020",
            "--until",
            "2020",
            "--publisher",
            "victims crime",
            "--search",
            "toolkit"
        ]),
        ["action-research-toolkit", "outreach-toolkit"]
    );
    let none = run(&[
        "publications",
        "--year",
        "2022",
        "--search",
        "toolkit",
        "--json",
    ]);
    assert_eq!((none.code, none.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn publications_sort_date_puts_newest_first_and_undated_last() {
    let sorted = json_array(&["publications", "--sort", "date", "--json"]);
    assert_eq!(sorted.len(), 16);
    assert_eq!(sorted[0]["id"], "national-strategy");
    assert_eq!(sorted[15]["id"], "ag-annual-report");
    assert_eq!(sorted[15]["year"], Value::Null);
    let dates: Vec<(u64, u64)> = sorted[..15]
        .iter()
        .map(|p| {
            (
                p["year"].as_u64().expect("dated"),
                p["month"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        dates.windows(2).all(|pair| pair[0] >= pair[1]),
        "newest first: {dates:?}"
    );
}

#[test]
fn publications_sort_title_is_alphabetical_ignoring_case() {
    let sorted = json_array(&["publications", "--sort", "title", "--json"]);
    let titles: Vec<String> = sorted
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles.len(), 16);
    let mut expected = titles.clone();
    expected.sort_by_key(|title| title.to_lowercase());
    assert_eq!(titles, expected);
    assert_eq!(
        titles[0],
        "2020 Report on U.S. Government Efforts to Combat Trafficking in Persons"
    );
    // Case is ignored: "OVC TTAC" sorts after "Outcomes".
    let outcomes = titles
        .iter()
        .position(|t| t.starts_with("Outcomes"))
        .unwrap();
    let ovc = titles.iter().position(|t| t.starts_with("OVC")).unwrap();
    assert!(outcomes < ovc, "{titles:#?}");
}

#[test]
fn publications_limit_keeps_the_first_n_after_sorting() {
    assert_eq!(
        publication_ids(&["--sort", "date", "--limit", "3"]),
        [
            "national-strategy",
            "partnerships-and-pathways",
            "national-action-plan"
        ]
    );
    assert_eq!(
        jsonl(&["publications", "--limit", "1", "--format", "jsonl"]).len(),
        1
    );
    assert_eq!(publication_ids(&["--limit", "100"]).len(), 16);
}

#[test]
fn publications_matching_nothing_is_success_with_an_empty_array_and_a_note() {
    let run = run(&["publications", "--year", "1995", "--json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "[]\n");
    assert_eq!(
        run.stderr,
        "htlookup: no publications match; publications have years 2020, 2021, 2022\n"
    );
}

#[test]
fn publications_matching_nothing_prints_nothing_for_table_and_jsonl_and_headers_for_csv_markdown() {
    let table = run(&["publications", "--year", "1995"]);
    assert_eq!((table.code, table.stdout.as_str()), (0, ""));
    assert_clean_message(&table.stderr);
    assert!(
        table.stderr.contains("2020, 2021, 2022"),
        "{}",
        table.stderr
    );

    let lines = run(&["publications", "--year", "1995", "--format", "jsonl"]);
    assert_eq!((lines.code, lines.stdout.as_str()), (0, ""));

    let csv = run(&["publications", "--year", "1995", "--format", "csv"]);
    assert_eq!(
        (csv.code, csv.stdout.as_str()),
        (
            0,
            "id,title,publisher,sponsored,year,month,date_note,url,ncj,source\n"
        )
    );

    let markdown = run(&["publications", "--year", "1995", "--format", "markdown"]);
    assert_eq!(
        (markdown.code, markdown.stdout.as_str()),
        (
            0,
            "| ID | Title | Publisher | Sponsored | Date | URL |\n| --- | --- | --- | --- | --- | --- |\n"
        )
    );

    let conflicting = run(&[
        "publications",
        "--year",
        "2020",
        "--since",
        "2021",
        "--json",
    ]);
    assert_eq!((conflicting.code, conflicting.stdout.as_str()), (0, "[]\n"));
}

// ---------------------------------------------------------------------------------------------
// videos and materials
// ---------------------------------------------------------------------------------------------

#[test]
fn videos_list_the_four_videos_in_every_format() {
    let videos = json_array(&["videos", "--json"]);
    let expected: Vec<&str> = VIDEOS.iter().map(|video| video.0).collect();
    assert_eq!(ids(&videos), expected);
    assert_eq!(videos[2]["title"], "Faces of Human Trafficking");
    assert_eq!(videos[2]["year"], 2016);
    assert_eq!(videos[0]["year"], Value::Null);
    // The Capacity Building Center video's address is unconfirmed (facts.md section 8).
    assert_eq!(videos[0]["url"], Value::Null);
    assert_eq!(
        videos[2]["url"],
        "https://ovc.ncjrs.gov/humantrafficking/publicawareness.html"
    );
    assert_eq!(
        first_record_keys(&["videos", "--format", "jsonl"]),
        [
            "id",
            "title",
            "producer",
            "year",
            "url",
            "description",
            "source"
        ]
    );
    let (header, rows) = csv_table(&["videos", "--format", "csv"]);
    assert_eq!(header, first_record_keys(&["videos", "--format", "jsonl"]));
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1][2],
        "U.S. Department of Homeland Security, Blue Campaign"
    );
    assert!(
        ok(&["videos", "--format", "csv"])
            .contains(",\"U.S. Department of Homeland Security, Blue Campaign\",")
    );
    let (header, rows) = markdown_table(&["videos", "--format", "markdown"]);
    assert_eq!(header, "| ID | Title | Producer | Year | URL |");
    assert_eq!(rows.len(), 4);
    let table = ok(&["videos"]);
    assert_eq!(table_body_rows(&table).len(), 4);
    assert!(table.contains("A Healing Journey for Alaska Natives"));
}

#[test]
fn materials_list_the_graphic_novels_and_booklet_in_every_format() {
    let materials = json_array(&["materials", "--json"]);
    let expected: Vec<&str> = MATERIALS.iter().map(|material| material.0).collect();
    assert_eq!(ids(&materials), expected);
    assert_eq!(materials[0]["kind"], "graphic-novel");
    assert_eq!(materials[3]["kind"], "booklet");
    assert_eq!(
        materials[3]["title"],
        "What's Going On? Your Rights and Who You'll Meet"
    );
    assert!(
        materials[0]["languages"]
            .as_array()
            .is_some_and(|languages| languages.contains(&Value::from("Spanish")))
    );
    assert_eq!(
        first_record_keys(&["materials", "--format", "jsonl"]),
        [
            "id",
            "kind",
            "title",
            "producer",
            "announced",
            "audience",
            "languages",
            "url",
            "description",
            "source"
        ]
    );
    let (header, rows) = csv_table(&["materials", "--format", "csv"]);
    assert_eq!(
        header,
        first_record_keys(&["materials", "--format", "jsonl"])
    );
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3][..2], ["whats-going-on", "booklet"]);
    let (header, rows) = markdown_table(&["materials", "--format", "markdown"]);
    assert_eq!(header, "| ID | Kind | Title | URL |");
    assert_eq!(rows.len(), 4);
    let table = ok(&["materials"]);
    assert_eq!(table_body_rows(&table).len(), 4);
    assert!(table.contains("Sergio's Story"));
}

// ---------------------------------------------------------------------------------------------
// Every list command in every format
// ---------------------------------------------------------------------------------------------

#[test]
fn every_list_prints_as_many_jsonl_lines_csv_rows_and_markdown_rows_as_json_records() {
    for command in LIST_COMMANDS {
        let records = json_array(&with(command, &["--json"]));
        assert!(!records.is_empty(), "{command:?}");
        let lines = jsonl(&with(command, &["--format", "jsonl"]));
        assert_eq!(
            lines, records,
            "{command:?}: JSON Lines hold the same records"
        );
        let (header, rows) = csv_table(&with(command, &["--format", "csv"]));
        assert_eq!(rows.len(), records.len(), "{command:?}: CSV rows");
        let id_column = header
            .iter()
            .position(|key| key == "id")
            .expect("an id column");
        let csv_ids: Vec<&str> = rows.iter().map(|row| row[id_column].as_str()).collect();
        assert_eq!(
            csv_ids,
            ids(&records),
            "{command:?}: CSV rows in the same order"
        );
        let (_, rows) = markdown_table(&with(command, &["--format", "markdown"]));
        assert_eq!(rows.len(), records.len(), "{command:?}: Markdown rows");
        let table = ok(command);
        assert_eq!(
            table_body_rows(&table).len(),
            records.len(),
            "{command:?}: table rows"
        );
    }
}

#[test]
fn format_table_is_the_default() {
    for command in LIST_COMMANDS {
        assert_eq!(ok(command), ok(&with(command, &["--format", "table"])));
    }
    assert_eq!(ok(&["report"]), ok(&["report", "--format", "table"]));
    assert_eq!(ok(&["about"]), ok(&["about", "--format", "table"]));
}

#[test]
fn json_output_is_pretty_with_one_trailing_newline_for_every_command() {
    let commands: [&[&str]; 9] = [
        &["--json"],
        &["report", "--json"],
        &["report", "--steps", "--json"],
        &["agencies", "--json"],
        &["agencies", "ovc", "--json"],
        &["publications", "--json"],
        &["videos", "--json"],
        &["materials", "--json"],
        &["about", "--json"],
    ];
    for command in commands {
        // `json` checks the shape; the value must be an object or an array.
        let value = json(command);
        assert!(value.is_object() || value.is_array(), "{command:?}");
    }
    assert_eq!(
        json(&["search", "hotline", "--json"])
            .as_array()
            .map(Vec::len),
        Some(6),
        "the hotline's six means"
    );
}

#[test]
fn json_flag_and_format_json_print_the_same_bytes() {
    for command in LIST_COMMANDS {
        assert_eq!(
            ok(&with(command, &["--json"])),
            ok(&with(command, &["--format", "json"]))
        );
    }
}

// ---------------------------------------------------------------------------------------------
// search
// ---------------------------------------------------------------------------------------------

#[test]
fn search_hits_have_exactly_kind_id_title_score_best_first() {
    assert_eq!(
        first_record_keys(&["search", "trafficking", "--format", "jsonl"]),
        ["kind", "id", "title", "score"]
    );
    let hits = json_array(&["search", "human", "trafficking", "survivors", "--json"]);
    assert!(hits.len() > 3);
    for hit in &hits {
        assert_eq!(hit.as_object().map(|object| object.len()), Some(4), "{hit}");
    }
    let scores: Vec<u64> = hits
        .iter()
        .map(|hit| hit["score"].as_u64().expect("score is a whole number"))
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
}

#[test]
fn search_hotline_finds_the_hotline_phone_first() {
    let hits = json_array(&["search", "hotline", "--json"]);
    assert_eq!(hits[0]["kind"], "channel");
    assert_eq!(hits[0]["id"], "hotline-phone");
    assert_eq!(
        hits[0]["title"],
        "National Human Trafficking Hotline: call 1-888-373-7888"
    );
}

#[test]
fn search_with_typos_puts_trauma_informed_care_first() {
    let hits = json_array(&["search", "trauma informd care", "--json"]);
    assert_eq!(hits[0]["kind"], "publication");
    assert_eq!(hits[0]["id"], "trauma-informed-care-2019");
    // Words may also come as separate arguments.
    assert_eq!(
        json_array(&["search", "trauma", "informd", "care", "--json"]),
        hits
    );
}

#[test]
fn search_with_a_plain_hyphen_finds_the_title_with_an_en_dash() {
    let hits = json_array(&["search", "July 2018-June 2019", "--json"]);
    assert_eq!(hits[0]["id"], "tims-snapshot-2018-2019");
    let title = hits[0]["title"].as_str().unwrap();
    assert!(title.contains("July 2018\u{2013}June 2019"), "{title}");
}

#[test]
fn search_a_phone_number_finds_its_channel_but_one_wrong_digit_finds_nothing() {
    let hits = json_array(&["search", "1-888-373-7888", "--json"]);
    assert_eq!(ids(&hits), ["hotline-phone"]);
    let message = assert_one_line_error(&["search", "1-888-373-7887"], 1);
    assert!(
        message.starts_with("htlookup: nothing matches \"1-888-373-7887\""),
        "{message}"
    );
}

#[test]
fn search_for_gibberish_exits_1_with_a_one_line_message() {
    let message = assert_one_line_error(&["search", "zzzqqq"], 1);
    assert_eq!(
        message,
        "htlookup: nothing matches \"zzzqqq\"; try fewer or other words"
    );
}

/// A query is what a person types: at most 200 characters and 12 words (stopwords not
/// counted), else a usage error, so that no query can make matching cost more than that.
#[test]
fn a_query_longer_than_200_characters_or_12_words_is_a_usage_error() {
    let long = "a".repeat(201);
    let expected = "htlookup: the query is 201 characters long; a query may be at most 200 characters and 12 words";
    for (args, command) in [
        (vec!["search", long.as_str()], "search"),
        (vec!["agencies", long.as_str()], "agencies"),
        (
            vec!["publications", "--search", long.as_str()],
            "publications",
        ),
        (
            vec!["publications", "--publisher", long.as_str()],
            "publications",
        ),
    ] {
        let message = assert_one_line_error(&args, 2);
        assert_eq!(
            message,
            format!("{expected} (see 'htlookup {command} --help')")
        );
    }
    // Words given as separate arguments are one query.
    let many: Vec<String> = (0..13).map(|n| format!("word{n}")).collect();
    let mut args = vec!["search"];
    args.extend(many.iter().map(String::as_str));
    let message = assert_one_line_error(&args, 2);
    assert!(
        message.starts_with("htlookup: the query has 13 words; a query may be at most"),
        "{message}"
    );
    // At the limits the query runs: 200 characters, and 12 words with stopwords besides.
    let at_limit = "b".repeat(200);
    assert_eq!(run(&["search", &at_limit]).code, 1);
    let question =
        "how do i report the trafficking of a child in the state of ohio by phone or text";
    assert_eq!(run(&["search", question]).code, 1);
}

#[test]
fn search_kind_and_limit_narrow_the_hits() {
    let videos = json_array(&["search", "trafficking", "--kind", "video", "--json"]);
    assert_eq!(videos.len(), 4);
    assert!(videos.iter().all(|hit| hit["kind"] == "video"));
    let two = json_array(&["search", "trafficking", "--limit", "2", "--json"]);
    assert_eq!(two.len(), 2);
    let all = json_array(&["search", "trafficking", "--json"]);
    assert_eq!(two[..], all[..2], "--limit keeps the best hits");
}

#[test]
fn search_table_and_csv_and_markdown_show_kind_id_title_score() {
    let (header, rows) = csv_table(&["search", "trauma informd care", "--format", "csv"]);
    assert_eq!(header, ["kind", "id", "title", "score"]);
    assert_eq!(rows[0][..2], ["publication", "trauma-informed-care-2019"]);
    let (header, rows) = markdown_table(&["search", "trauma informd care", "--format", "markdown"]);
    assert_eq!(header, "| Kind | ID | Title | Score |");
    assert!(rows[0].starts_with("| publication | trauma-informed-care-2019 |"));
    let table = ok(&["search", "trauma informd care"]);
    assert!(table.contains("trauma-informed-care-2019"));
}

// ---------------------------------------------------------------------------------------------
// about
// ---------------------------------------------------------------------------------------------

#[test]
fn about_json_says_when_the_page_was_created_modified_and_counts_records() {
    let about = json(&["about", "--json"]);
    assert_eq!(about["created"], "2020-08-17");
    assert_eq!(about["modified"], "2024-01-23");
    assert_eq!(
        about["url"],
        "https://www.ojp.gov/feature/human-trafficking"
    );
    assert_eq!(about["counts"]["publications"], 16);
    assert_eq!(about["counts"]["agencies"], 10);
    assert_eq!(about["counts"]["videos"], 4);
    assert_eq!(about["counts"]["materials"], 4);
    assert_eq!(about["counts"]["channels"], 16);
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    // Whose data, and what the check could not cover.
    assert_eq!(about["data_file"], Value::Null);
    assert_eq!(about["warnings"], serde_json::json!([]));
    assert!(
        about["facts_caveat"]
            .as_str()
            .is_some_and(|caveat| caveat.contains("change of operator in September 2025")),
        "{about}"
    );
    assert!(
        about["alerts"][0]
            .as_str()
            .is_some_and(|alert| alert.contains("spoofed"))
    );
    let checked = about["facts_checked"].as_str().expect("a date");
    assert!(
        checked.len() == 10 && checked.as_bytes()[4] == b'-' && checked >= "2024-01-23",
        "facts_checked is a date after the page's last change: {checked}"
    );
    assert!(
        about["notes"]
            .as_array()
            .is_some_and(|notes| !notes.is_empty())
    );
}

#[test]
fn about_counts_match_the_lists() {
    let about = json(&["about", "--json"]);
    assert_eq!(
        about["counts"]["publications"],
        json_array(&["publications", "--json"]).len()
    );
    assert_eq!(
        about["counts"]["agencies"],
        json_array(&["agencies", "--json"]).len()
    );
    assert_eq!(
        about["counts"]["channels"],
        jsonl(&["report", "--format", "jsonl"]).len()
    );
}

#[test]
fn about_jsonl_is_one_compact_line_with_the_same_object() {
    let lines = jsonl(&["about", "--format", "jsonl"]);
    assert_eq!(lines, [json(&["about", "--json"])]);
}

#[test]
fn about_csv_is_the_json_object_and_markdown_is_field_value_rows() {
    let (header, rows) = csv_table(&["about", "--format", "csv"]);
    assert_eq!(header, first_record_keys(&["about", "--format", "jsonl"]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][4], "2020-08-17");
    assert!(rows[0][8].contains("; "), "notes joined in one cell");
    assert_eq!(rows[0][11], "", "no data file: an empty cell");

    let (header, rows) = markdown_table(&["about", "--format", "markdown"]);
    assert_eq!(header, "| Field | Value |");
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().to_string())
                .collect()
        })
        .collect();
    let fields: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(
        fields,
        [
            "Page",
            "Address",
            "Created",
            "Modified",
            "Facts checked",
            "Records",
            "Notes",
            "For trainers",
            "Data",
            "Version"
        ]
    );
    assert_eq!(
        rows[0][1],
        "Human Trafficking Special Feature (Office of Justice Programs, U.S. Department of Justice)"
    );
    assert_eq!(rows[2][1], "2020-08-17");
    assert!(
        rows[4][1].starts_with("2026-12-01 (The hotline's own contact pages"),
        "the check date says what it could not cover: {}",
        rows[4][1]
    );
    assert_eq!(
        rows[5][1],
        "16 ways to report, 10 agencies, 16 publications, 4 videos, 4 materials"
    );
    assert!(
        rows[6][1].matches("- ").count() >= 5,
        "every note in the one Markdown row: {}",
        rows[6][1]
    );
    assert_eq!(rows[8][1], "built-in");
    assert_eq!(
        rows[9][1],
        format!("htlookup {}", env!("CARGO_PKG_VERSION"))
    );

    let (header, rows) = markdown_table(&["about", "--format", "markdown"]);
    assert_eq!(header, "| Field | Value |");
    assert_eq!(rows.len(), 10, "multi-line notes stay in one Markdown row");
    assert_eq!(rows[2], "| Created | 2020-08-17 |");
}

#[test]
fn about_card_matches_snapshot() {
    let stdout = ok(&["about"]);
    assert!(stdout.contains("│ Created       ┆ 2020-08-17"));
    assert!(stdout.contains("│ Modified      ┆ 2024-01-23"));
    insta::assert_snapshot!("about", stdout);
}

// ---------------------------------------------------------------------------------------------
// completions
// ---------------------------------------------------------------------------------------------

#[test]
fn completions_print_a_script_for_each_shell() {
    let expectations = [
        ("bash", "complete -F _htlookup"),
        ("zsh", "#compdef htlookup"),
        ("fish", "complete -c htlookup"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[htlookup]"),
    ];
    for (shell, marker) in expectations {
        let script = ok(&["completions", shell]);
        assert!(script.contains(marker), "{shell} script lacks {marker:?}");
        for word in ["publications", "agencies", "format", "since"] {
            assert!(script.contains(word), "{shell} script lacks {word:?}");
        }
        assert!(!script.contains('\x1b'));
    }
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    let message = assert_one_line_error(&["completions", "tcsh"], 2);
    assert!(message.contains("invalid value 'tcsh'"), "{message}");
    assert!(
        message.contains("[possible values: bash, elvish, fish, powershell, zsh]"),
        "{message}"
    );
}

#[test]
fn completions_refuse_a_machine_format_rather_than_print_a_script_as_json() {
    for args in [
        &["completions", "bash", "--json"][..],
        &["--format", "csv", "completions", "zsh"],
    ] {
        let message = assert_one_line_error(args, 2);
        assert_eq!(
            message,
            "htlookup: --format and --json do not apply: 'htlookup completions' prints a shell \
             script (see 'htlookup completions --help')"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Options before or after the command
// ---------------------------------------------------------------------------------------------

#[test]
fn output_options_work_before_or_after_the_command() {
    assert_eq!(ok(&["--json", "videos"]), ok(&["videos", "--json"]));
    assert_eq!(
        ok(&["--format", "csv", "publications", "--year", "2022"]),
        ok(&["publications", "--year", "2022", "--format", "csv"])
    );
    assert_eq!(
        ok(&["--color", "always", "agencies"]),
        ok(&["agencies", "--color", "always"])
    );
    assert_eq!(
        ok(&["--format", "markdown", "search", "hotline"]),
        ok(&["search", "--format=markdown", "hotline"])
    );
}

#[test]
fn json_and_format_together_is_a_usage_error_wherever_they_are() {
    for args in [
        &["--json", "--format", "csv"][..],
        &["videos", "--json", "--format", "csv"],
        &["--format", "csv", "--json", "videos"],
    ] {
        let message = assert_one_line_error(args, 2);
        assert!(message.contains("cannot be used with"), "{message}");
        assert!(message.contains("'--json'") && message.contains("'--format <FORMAT>'"));
    }
}

// ---------------------------------------------------------------------------------------------
// Exit codes and one-line errors
// ---------------------------------------------------------------------------------------------

#[test]
fn usage_errors_exit_2_with_one_clean_line() {
    let cases: [(&[&str], &str); 13] = [
        (
            &["--fromat", "json"],
            "unexpected argument '--fromat' found",
        ),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (
            &["publications", "--year", "abc"],
            "invalid value 'abc' for '--year <YEAR>'",
        ),
        (
            &["publications", "--year", "1800"],
            "1800 is not in 1990..=2100",
        ),
        (
            &["publications", "--since", "1989"],
            "1989 is not in 1990..=2100",
        ),
        (
            &["publications", "--limit", "0"],
            "invalid value '0' for '--limit <N>'",
        ),
        (
            &["search", "hotline", "--limit", "0"],
            "invalid value '0' for '--limit <N>'",
        ),
        (
            &["publications", "--sort", "newest"],
            "invalid value 'newest' for '--sort <ORDER>'",
        ),
        (
            &["search", "x", "--kind", "movie"],
            "invalid value 'movie' for '--kind <KIND>'",
        ),
        (
            &["--color", "sometimes"],
            "invalid value 'sometimes' for '--color <WHEN>'",
        ),
        (
            &["search"],
            "the following required arguments were not provided: <QUERY>",
        ),
        (
            &["completions"],
            "the following required arguments were not provided: <SHELL>",
        ),
        (&["videos", "extra"], "unexpected argument 'extra' found"),
    ];
    for (args, expected) in cases {
        let message = assert_one_line_error(args, 2);
        assert!(message.contains(expected), "htlookup {args:?}: {message}");
        assert!(message.ends_with("--help')"), "points to help: {message}");
    }
}

#[test]
fn a_mistyped_flag_keeps_clap_similar_argument_tip() {
    let message = assert_one_line_error(&["--fromat", "json"], 2);
    assert_eq!(
        message,
        "htlookup: unexpected argument '--fromat' found; a similar argument exists: '--format' \
         (see 'htlookup --help')"
    );
    let message = assert_one_line_error(&["publications", "--fromat", "json"], 2);
    assert_eq!(
        message,
        "htlookup: unexpected argument '--fromat' found; a similar argument exists: '--format' \
         (see 'htlookup publications --help')"
    );
}

#[test]
fn error_messages_match_snapshot() {
    let cases: [&[&str]; 15] = [
        &["agencies", "xyzzy"],
        &["agencies", "bluecampain"],
        &["search", "zzzqqq"],
        &["search", "1-888-373-7887"],
        &["--fromat", "json"],
        &["publications", "--fromat", "json"],
        &["frobnicate"],
        &["publications", "--year", "abc"],
        &["publications", "--year", "1800"],
        &["publications", "--limit", "0"],
        &["completions", "tcsh"],
        &["--json", "--format", "csv"],
        &["--json", "videos", "--format", "csv"],
        &["publications", "--since", "2022", "--until", "2020"],
        &["publications", "--year", "1995"],
    ];
    let mut transcript = String::new();
    for args in cases {
        let run = run(args);
        assert_clean_message(&run.stderr);
        transcript.push_str(&format!(
            "$ htlookup {}\nexit {}\n{}\n",
            args.join(" "),
            run.code,
            run.stderr
        ));
    }
    insta::assert_snapshot!("error_messages", transcript);
}

#[test]
fn successful_runs_write_nothing_to_stderr() {
    let commands: [&[&str]; 10] = [
        &[],
        &["report", "--steps"],
        &["agencies"],
        &["agencies", "ovc"],
        &["publications"],
        &["videos"],
        &["materials"],
        &["search", "hotline"],
        &["about"],
        &["completions", "bash"],
    ];
    for command in commands {
        htlookup()
            .args(command)
            .assert()
            .success()
            .stderr(predicate::str::is_empty())
            .stdout(predicate::str::is_empty().not());
    }
}

// ---------------------------------------------------------------------------------------------
// Help and version
// ---------------------------------------------------------------------------------------------

/// The version line names the data's dates, as `resources.toml` has them: read here from the
/// file itself, not from what the build script baked, so a drift between the two fails.
#[test]
fn version_prints_the_package_version_and_the_dates_of_the_data() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/resources.toml"))
        .expect("resources.toml");
    let data: toml::Table = text.parse().expect("resources.toml is TOML");
    let meta = &data["meta"];
    let expected = format!(
        "htlookup {} (data: page modified {}, facts checked {})\n",
        env!("CARGO_PKG_VERSION"),
        meta["modified"].as_str().expect("meta.modified"),
        meta["facts_checked"].as_str().expect("meta.facts_checked"),
    );
    assert_eq!(ok(&["--version"]), expected);
    assert_eq!(ok(&["-V"]), expected);
}

#[test]
fn help_shows_911_the_hotline_exit_codes_and_examples() {
    let help = ok(&["--help"]);
    assert!(help.contains("In immediate danger? Call 911."));
    assert!(help.contains("call 1-888-373-7888, text 233733"));
    assert!(help.contains("Exit codes:\n  0  success"));
    assert!(help.contains("  2  usage error"));
    assert!(help.contains("Examples:"));
    assert!(help.contains("NO_COLOR"));
    assert_eq!(ok(&["help"]), help, "`htlookup help` is `htlookup --help`");
    insta::assert_snapshot!("help", help);
}

/// `-h` is the short help: the commands, the options in a line each and the numbers, in at
/// most 30 lines at 80 columns; examples, exit codes and the environment are in `--help`.
#[test]
fn short_help_fits_30_lines_at_80_columns_without_examples_and_ends_with_the_numbers() {
    use clap::CommandFactory;
    let mut command = htlookup::cli::Cli::command().term_width(80);
    let short = command.render_help().to_string();
    let lines: Vec<&str> = short.trim_end().lines().collect();
    assert!(lines.len() <= 30, "{} lines:\n{short}", lines.len());
    assert!(
        lines.iter().all(|line| line.chars().count() <= 80),
        "{short}"
    );
    assert!(
        !short.contains("Examples:") && !short.contains("Exit codes:"),
        "{short}"
    );
    assert_eq!(
        lines.last().copied(),
        Some("In immediate danger? Call 911. Hotline (24/7): call 1-888-373-7888, text 233733.")
    );
    for command in common::command_names() {
        assert!(
            short.contains(&format!("\n  {command} ")),
            "{command}:\n{short}"
        );
    }
    // Every command's -h fits too, and leaves its examples to --help.
    command.build();
    for sub in command.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        let help = sub.clone().term_width(80).render_help().to_string();
        let count = help.trim_end().lines().count();
        assert!(count <= 30, "{name} -h has {count} lines:\n{help}");
        assert!(!help.contains("Examples:"), "{name} -h:\n{help}");
    }
    // The binary prints the same (in a pipe, at clap's own width).
    let printed = ok(&["-h"]);
    assert!(
        printed.lines().count() <= 30 && !printed.contains("Examples:"),
        "{printed}"
    );
    for command in common::command_names() {
        let help = ok(&[command.as_str(), "-h"]);
        assert!(!help.contains("Examples:"), "{command} -h:\n{help}");
    }
}

#[test]
fn publications_help_matches_snapshot() {
    let help = ok(&["publications", "--help"]);
    for flag in [
        "--year",
        "--since",
        "--until",
        "--publisher",
        "--search",
        "--sort",
        "--limit",
    ] {
        assert!(help.contains(flag), "publications --help documents {flag}");
    }
    insta::assert_snapshot!("publications_help", help);
}

#[test]
fn every_subcommand_help_has_examples() {
    let commands = common::command_names();
    assert!(commands.len() >= 12, "{commands:?}");
    for command in &commands {
        let command = command.as_str();
        let help = ok(&[command, "--help"]);
        assert!(
            help.contains("Examples:"),
            "{command} --help has no examples"
        );
        assert!(
            help.contains(&format!("Usage: htlookup {command}")),
            "{command} --help"
        );
        assert!(
            help.contains(&format!("  htlookup {command}")),
            "{command} --help examples use the command"
        );
        assert_eq!(ok(&["help", command]), help, "help {command}");
    }
}

// ---------------------------------------------------------------------------------------------
// A reader that goes away
// ---------------------------------------------------------------------------------------------

/// Runs htlookup with a stdout pipe whose read end is already closed, so its first write fails
/// with a broken pipe whatever the output's size; checks it then exits 0 and says nothing.
fn assert_quiet_success_with_closed_stdout(args: &[&str]) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = scrubbed(std::process::Command::new(common::binary()))
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("htlookup runs");
    assert!(
        output.status.success(),
        "htlookup {args:?} with a closed stdout: {:?}, stderr {:?}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "htlookup {args:?} complained about a closed pipe"
    );
}

#[test]
fn a_reader_that_stops_after_one_line_ends_the_run_quietly() {
    let mut child = scrubbed(std::process::Command::new(common::binary()))
        .args(["publications", "--format", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("htlookup starts");
    let mut first = String::new();
    {
        let mut reader = BufReader::new(child.stdout.take().expect("piped stdout"));
        reader.read_line(&mut first).expect("one line");
    } // The reader, and with it the pipe's read end, is dropped here.
    let output = child.wait_with_output().expect("htlookup ends");
    assert!(
        first.starts_with("{\"id\":\"ag-annual-report\","),
        "{first}"
    );
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_closed_pipe_ends_publications_quietly_with_success() {
    assert_quiet_success_with_closed_stdout(&["publications"]);
    assert_quiet_success_with_closed_stdout(&["publications", "--json"]);
}

#[test]
fn a_closed_pipe_ends_completions_quietly_with_success() {
    assert_quiet_success_with_closed_stdout(&["completions", "bash"]);
    assert_quiet_success_with_closed_stdout(&["completions", "zsh"]);
}

#[test]
fn a_closed_pipe_ends_every_other_command_quietly_with_success() {
    for args in [
        &[][..],
        &["report", "--steps"],
        &["agencies"],
        &["agencies", "ovc"],
        &["videos", "--format", "csv"],
        // The csv writer wraps the closed pipe in its own error: it must still be quiet.
        &["publications", "--format", "csv"],
        &["agencies", "--format", "csv"],
        &["materials", "--format", "markdown"],
        &["search", "trafficking", "--format", "jsonl"],
        &["about"],
        &["--help"],
        &["--version"],
    ] {
        assert_quiet_success_with_closed_stdout(args);
    }
}

/// Help and the version are output like any other: a full disk is the same one line, exit 4.
#[test]
fn help_and_version_to_a_full_device_say_so_in_one_line() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return common::panic_or_skip("/dev/full is not there");
    };
    for args in [
        &["--help"][..],
        &["--version"],
        &["help"],
        &["report", "--help"],
        &["agencies"],
    ] {
        let output = scrubbed(std::process::Command::new(common::binary()))
            .args(args)
            .stdin(Stdio::null())
            .stdout(full.try_clone().expect("/dev/full again"))
            .stderr(Stdio::piped())
            .output()
            .expect("htlookup runs");
        assert_eq!(output.status.code(), Some(4), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "htlookup: cannot write output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

/// The man page and completion scripts describe the program, not the data: a data file
/// that cannot be used (here a directory) does not stop them.
#[test]
fn man_and_completions_never_read_the_data_file() {
    for args in [&["completions", "bash"][..], &["man"]] {
        let mut command = common::htlookup();
        command.env("HTLOOKUP_DATA", "/tmp").args(args);
        let Run {
            stdout,
            stderr,
            code,
        } = common::run_command(command);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        assert!(stdout.len() > 1_000, "{args:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

const ESC: char = '\x1b';

#[test]
fn output_in_a_pipe_has_no_colour_by_default() {
    for args in [
        &[][..],
        &["report", "--steps"],
        &["agencies"],
        &["agencies", "ovc"],
        &["publications"],
        &["search", "hotline"],
        &["about"],
    ] {
        assert!(
            !ok(args).contains(ESC),
            "htlookup {args:?} is coloured in a pipe"
        );
    }
}

#[test]
fn color_always_colours_even_with_no_color_set() {
    let mut command = htlookup();
    command.env("NO_COLOR", "1").args(["--color", "always"]);
    let report = run_command(command);
    assert_eq!(report.code, 0);
    assert_eq!(
        report.stdout.lines().next(),
        Some("\x1b[1;31mIn immediate danger? Call 911.\x1b[0m"),
        "911 in bold red"
    );
    let mut command = htlookup();
    command
        .env("NO_COLOR", "1")
        .args(["agencies", "--color", "always"]);
    let table = run_command(command);
    assert!(
        table.stdout.contains("\x1b[1m ID "),
        "bold headings:\n{}",
        table.stdout
    );
}

#[test]
fn no_color_without_a_flag_gives_no_colour() {
    for args in [&["report"][..], &["agencies"], &["report", "--steps"]] {
        let mut command = htlookup();
        command.env("NO_COLOR", "1").args(args);
        let run = run_command(command);
        assert_eq!(run.code, 0);
        assert!(!run.stdout.contains(ESC), "htlookup {args:?}");
        assert!(run.stdout.contains("911") || run.stdout.contains("ovc"));
    }
}

#[test]
fn color_never_gives_no_colour_even_when_forced_by_the_environment() {
    for args in [&["report"][..], &["agencies"], &["about"]] {
        let mut command = htlookup();
        command
            .env("CLICOLOR_FORCE", "1")
            .args(args)
            .args(["--color", "never"]);
        let run = run_command(command);
        assert_eq!(run.code, 0);
        assert!(!run.stdout.contains(ESC), "htlookup {args:?}");
    }
    assert_eq!(ok(&["--color", "never"]), ok(&[]));
}

#[test]
fn clicolor_force_colours_a_pipe_like_color_always() {
    for args in [&["report"][..], &["agencies"], &[]] {
        let mut command = htlookup();
        command.env("CLICOLOR_FORCE", "1").args(args);
        let forced = run_command(command);
        assert_eq!(forced.code, 0);
        assert!(forced.stdout.contains(ESC), "htlookup {args:?}");
        assert_eq!(forced.stdout, ok(&with(args, &["--color", "always"])));
        // "0" and empty mean no force.
        for value in ["0", ""] {
            let mut command = htlookup();
            command.env("CLICOLOR_FORCE", value).args(args);
            assert!(
                !run_command(command).stdout.contains(ESC),
                "CLICOLOR_FORCE={value:?}"
            );
        }
    }
}

#[test]
fn a_dumb_terminal_gets_no_escape_sequence_at_all() {
    let dumb = htlookup::Environment {
        stdout_is_terminal: true,
        stdin_is_terminal: true,
        width: Some(80),
        height: Some(24),
        term_dumb: true,
        ..htlookup::Environment::default()
    };
    for args in [
        &[][..],
        &["report"],
        &["report", "--steps"],
        &["agencies"],
        &["report", "--walkthrough"],
    ] {
        let mut out = Vec::new();
        let argv = std::iter::once("htlookup").chain(args.iter().copied());
        let code = htlookup::run(
            argv,
            &mut &b"\n"[..].repeat(12)[..],
            &mut out,
            &mut Vec::new(),
            &dumb,
        );
        assert_eq!(code, 0);
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.contains(ESC),
            "htlookup {args:?} on TERM=dumb:\n{text}"
        );
        assert!(args == ["agencies"] || text.contains("911"), "{text}");
    }
    // The same terminal, not dumb, is cleared between walkthrough steps and coloured.
    let smart = htlookup::Environment {
        term_dumb: false,
        ..dumb
    };
    let Run {
        code: _,
        stdout: walkthrough,
        ..
    } = run_in_process(&["report", "--walkthrough"], b"", &smart);
    assert!(walkthrough.contains("\u{1b}[H\u{1b}[2J"));
}

#[test]
fn machine_formats_are_never_coloured_even_with_color_always() {
    for args in [
        &["report", "--json"][..],
        &["publications", "--json"],
        &["agencies", "ovc", "--json"],
        &["about", "--json"],
        &["publications", "--format", "jsonl"],
        &["publications", "--format", "csv"],
        &["publications", "--format", "markdown"],
        &["report", "--format", "csv"],
    ] {
        let plain = ok(args);
        let coloured = ok(&[args, &["--color", "always"][..]].concat());
        assert!(!coloured.contains(ESC), "htlookup {args:?} --color always");
        assert_eq!(
            coloured, plain,
            "same bytes with or without colour: {args:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions: faults this suite found (fixed in 0eb42e8)
// ---------------------------------------------------------------------------------------------

/// A bad option value used to point at `htlookup --help`, which does not document the option.
#[test]
fn a_bad_option_value_points_to_the_subcommand_help() {
    let message = assert_one_line_error(&["publications", "--year", "abc"], 2);
    assert!(
        message.ends_with("(see 'htlookup publications --help')"),
        "{message}"
    );
    let message = assert_one_line_error(&["search", "x", "--kind", "movie"], 2);
    assert!(
        message.ends_with("(see 'htlookup search --help')"),
        "{message}"
    );
    let message = assert_one_line_error(&["completions", "tcsh"], 2);
    assert!(
        message.ends_with("(see 'htlookup completions --help')"),
        "{message}"
    );
}

/// A named lookup that found nothing used to print nothing at all in JSON mode; DESIGN 3 says a
/// list is always an array. It still exits 1 with one line on stderr.
#[test]
fn a_lookup_that_finds_nothing_still_prints_an_empty_list_in_its_format() {
    for query in [&["agencies", "xyzzy"][..], &["search", "zzzqqq"]] {
        let expected = [("json", "[]\n"), ("jsonl", ""), ("table", "")];
        for (format, stdout) in expected {
            let args = [query, &["--format", format][..]].concat();
            let run = run(&args);
            assert_eq!(run.code, 1, "still exit 1: {args:?}");
            assert_eq!(run.stdout, stdout, "htlookup {args:?}");
            assert_clean_message(&run.stderr);
        }
    }
    let run = run(&["agencies", "xyzzy", "--format", "csv"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (
            1,
            "id,name,short_name,abbreviation,parent,url,description,source\n"
        )
    );
}

/// `--json` before the command and `--format` after it used to slip past clap's conflict check
/// (global arguments), and `--format` was silently ignored.
#[test]
fn json_and_format_on_either_side_of_the_command_is_a_usage_error() {
    for args in [
        &["--json", "videos", "--format", "csv"][..],
        &["--format", "csv", "videos", "--json"],
    ] {
        let message = assert_one_line_error(args, 2);
        assert!(message.contains("cannot be used with"), "{message}");
    }
}
