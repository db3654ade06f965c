//! Local layers (`--add`, `HTLOOKUP_ADD`): a county's contacts shown beside the national data,
//! never instead of it; `htlookup local`; `validate` of a layer; the failure rules.

mod common;

use common::{htlookup, run, run_command};
use serde_json::Value;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/local-layer.toml");

fn with_layer(args: &[&str]) -> common::Run {
    let mut command = htlookup();
    command.arg("--add").arg(EXAMPLE).args(args);
    run_command(command)
}

/// A layer file written for one test.
fn layer_file(text: &str) -> tempfile::NamedTempFile {
    common::temp_file(".toml", text)
}

fn example() -> String {
    std::fs::read_to_string(EXAMPLE).expect("the example layer")
}

/// Where `needle` first is in `text`, or a failure naming both.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in:\n{text}"))
}

#[test]
fn the_short_answer_shows_local_contacts_after_the_hotline_and_names_the_layer() {
    let run = with_layer(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.starts_with("In immediate danger? Call 911.\n"), "{out}");
    let hotline = at(out, "  Call    1-888-373-7888\n");
    let local = at(out, "Local contacts for Example County, Oregon\n");
    let more = at(out, "Every way to report: htlookup report");
    assert!(hotline < local && local < more, "{out}");
    assert!(
        out.contains("  Call    541-555-0100  Non-emergency line; call 911 in an emergency.\n")
    );
    let footer = format!(
        "Local contacts: Example County Anti-Trafficking Task Force (fictional), checked 2026-11-30 ({EXAMPLE}); not from the OJP page.\n"
    );
    assert!(out.ends_with(&footer), "{out}");
}

#[test]
fn the_report_puts_local_contacts_between_the_hotline_and_the_other_channels_in_both_languages() {
    for (lang, heading, other, call) in [
        (
            "en",
            "Local contacts for Example County, Oregon",
            "Other official places to report",
            "Call",
        ),
        (
            "es",
            "Contactos locales en Example County, Oregon",
            "Otras vías oficiales para reportar",
            "Llamar",
        ),
    ] {
        let run = with_layer(&["report", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let out = &run.stdout;
        let hotline = at(out, "1-888-373-7888");
        let local = at(out, heading);
        let others = at(out, other);
        assert!(hotline < local && local < others, "{lang}:\n{out}");
        // Local text is shown as written; the words around it are translated.
        assert!(out.contains(&format!("  {call}")), "{out}");
        assert!(
            out.contains("Safe Harbor Shelter (fictional) (24/7)\n"),
            "{out}"
        );
    }
}

#[test]
fn htlookup_add_names_a_layer_and_the_option_wins() {
    let mut command = htlookup();
    command
        .env("HTLOOKUP_ADD", EXAMPLE)
        .arg("local")
        .arg("--json");
    let run = run_command(command);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let contacts: Vec<Value> = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(contacts.len(), 3);
    let other = layer_file(&example().replace("example-legal-aid", "other-legal-aid"));
    let mut command = htlookup();
    command
        .env("HTLOOKUP_ADD", EXAMPLE)
        .arg("--add")
        .arg(other.path())
        .args(["local", "legal", "--json"]);
    let run = run_command(command);
    let contacts: Vec<Value> = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(contacts[0]["id"], "other-legal-aid", "{}", run.stdout);
}

#[test]
fn local_lists_filters_and_keeps_its_json_keys() {
    let listed = with_layer(&["local", "--json"]);
    let contacts: Vec<Value> = serde_json::from_str(&listed.stdout).expect("JSON");
    // The keys in the contract's order, as written (serde_json's map would sort them).
    let first = with_layer(&["local", "--format", "jsonl"]);
    let line = first.stdout.lines().next().expect("a line");
    let keys = [
        "id",
        "name",
        "area",
        "help",
        "description",
        "languages",
        "hours",
        "means",
        "source",
        "layer",
    ];
    let places: Vec<usize> = keys
        .iter()
        .map(|key| at(line, &format!("\"{key}\":")))
        .collect();
    assert!(places.windows(2).all(|pair| pair[0] < pair[1]), "{line}");
    assert_eq!(
        contacts[0].as_object().map(|object| object.len()),
        Some(keys.len())
    );
    assert_eq!(contacts[0]["means"][0]["value"], "541-555-0100");
    assert_eq!(
        contacts[1]["area"], "Example County, Oregon",
        "the layer's area stands in"
    );
    let shelter = with_layer(&["local", "--for", "shelter", "--format", "jsonl"]);
    assert_eq!(shelter.stdout.lines().count(), 1, "{}", shelter.stdout);
    assert!(
        shelter
            .stdout
            .contains("\"id\":\"example-safe-harbor-shelter\"")
    );
    let csv = with_layer(&["local", "--format", "csv"]);
    assert_eq!(
        csv.stdout.lines().next(),
        Some("id,name,area,help,description,languages,hours,means,source,layer")
    );
    let card = with_layer(&["local", "sherif"]);
    assert_eq!(card.code, 0);
    assert!(
        card.stdout
            .contains("phone 541-555-0100 (Non-emergency line; call 911 in an emergency.)"),
        "{}",
        card.stdout
    );
    let none = with_layer(&["local", "--for", "health"]);
    assert_eq!((none.code, none.stdout.as_str()), (1, ""));
    let without = run(&["local"]);
    assert_eq!(without.code, 1);
    assert!(
        without
            .stderr
            .starts_with("htlookup: no local layer is added; add one with --add FILE"),
        "{}",
        without.stderr
    );
}

#[test]
fn a_layer_may_not_take_a_national_id_or_give_a_national_number() {
    let text = example()
        .replace("id = \"example-legal-aid\"", "id = \"ovc\"")
        .replace("value = \"541-555-0142\"", "value = \"911\"");
    let file = layer_file(&text);
    let path = file.path().to_str().expect("UTF-8 path");
    let checked = run(&["validate", path]);
    assert_eq!(checked.code, 3);
    assert_eq!(
        checked.stdout,
        format!(
            "{path}:45: local[example-safe-harbor-shelter].means[#1]: value \"911\" is a national number; 911 and the hotline come from the national data, never from a layer\n\
             {path}:53: local[ovc]: id \"ovc\" is an id of the national data; a layer only adds records\n"
        )
    );
    assert_eq!(
        checked.stderr,
        format!("htlookup: {path} is not a valid local layer: 2 problems\n")
    );
    let valid = run(&["validate", EXAMPLE]);
    assert_eq!(valid.code, 0);
    assert!(
        valid
            .stdout
            .ends_with(": valid: a local layer of 3 contacts for Example County, Oregon\n")
    );
}

#[test]
fn a_broken_layer_never_hides_the_report_and_stops_every_other_command() {
    let broken = layer_file(&example().replace("541-555-0177", "541-555-017"));
    let path = broken.path().to_str().expect("UTF-8 path");
    for args in [&[][..], &["report"], &["report", "--steps"], &["card"]] {
        let mut command = htlookup();
        command.arg("--add").arg(path).args(args);
        let run = run_command(command);
        assert_eq!(run.code, 3, "{args:?}");
        assert!(
            run.stdout.starts_with("In immediate danger? Call 911.")
                || run.stdout.contains("1-888-373-7888"),
            "{args:?}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains("Local contacts"), "{args:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(
            run.stderr
                .starts_with(&format!("htlookup: {path}:62: local[example-legal-aid]")),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .ends_with("; showing the report without this layer\n"),
            "{}",
            run.stderr
        );
    }
    for args in [&["local"][..], &["agencies"], &["search", "hotline"]] {
        let mut command = htlookup();
        command.arg("--add").arg(path).args(args);
        let run = run_command(command);
        assert_eq!((run.code, run.stdout.as_str()), (3, ""), "{args:?}");
    }
}

#[test]
fn layer_text_crosses_the_sanitiser_before_any_view() {
    let hostile = layer_file(&example().replace(
        "Safe Harbor Shelter (fictional)",
        // TOML escapes: the file holds ESC and RIGHT-TO-LEFT OVERRIDE as characters.
        "Safe \\u001b[31mHarbor\\u001b[0m \\u202eShelter",
    ));
    let mut command = htlookup();
    command.arg("--add").arg(hostile.path()).arg("report");
    let run = run_command(command);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{202e}'),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Harbor"), "{}", run.stdout);
}

#[test]
fn the_card_holds_six_local_contacts_after_the_hotline_and_says_what_it_leaves_out() {
    let run = with_layer(&["card"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hotline = at(&run.stdout, "1-888-373-7888");
    let local = at(&run.stdout, "Local contacts for Example County, Oregon");
    let others = at(&run.stdout, "Other official places to report");
    assert!(hotline < local && local < others, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("- Call: 541-555-0100 (Non-emergency line; call 911 in an emergency.)")
    );
    assert_eq!(run.stderr, "");
    // Three more than the example's three, and one more than that: the seventh is left out.
    let records = example()
        .split_once("[[local]]")
        .map(|(_, records)| format!("[[local]]{records}"))
        .expect("records");
    let more = records
        .replace("id = \"example-", "id = \"more-")
        .replace("541-555-01", "541-555-02");
    let seventh = "\n[[local]]\nid = \"seventh\"\nname = \"Seventh\"\nhelp = [\"other\"]\n\n[[local.means]]\nkind = \"phone\"\nvalue = \"541-555-0300\"\n";
    let seven = layer_file(&format!("{}\n{more}{seventh}", example()));
    let mut command = htlookup();
    command
        .arg("--add")
        .arg(seven.path())
        .args(["card", "--format", "html"]);
    let run = run_command(command);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("541-555-0277"),
        "the sixth is on the card"
    );
    assert!(!run.stdout.contains("541-555-0300"), "the seventh is not");
    assert_eq!(
        run.stderr,
        "htlookup: the card has room for 6 local contacts and leaves out 1 (htlookup local lists them all)\n"
    );
}

#[test]
fn the_walkthrough_steps_through_local_contacts_and_its_summary_and_about_name_the_layer() {
    let mut command = htlookup();
    command
        .arg("--add")
        .arg(EXAMPLE)
        .args(["report", "--walkthrough"])
        .write_stdin("\n".repeat(20));
    let run = run_command(command);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Each local contact is a step of its own, between the hotline's and the other channels'.
    let out = &run.stdout;
    assert!(out.contains("Step 1 of 14\n"), "{out}");
    let screen = &out[at(out, "Step 9 of 14\n")..at(out, "Step 10 of 14\n")];
    assert!(
        screen.contains("Or contact Safe Harbor Shelter (fictional) (24/7):\n"),
        "{screen}"
    );
    assert!(screen.contains("Call 541-555-0142\n"), "{screen}");
    let summary = &run.stdout[at(&run.stdout, "Every way to report, on one screen")..];
    let hotline = at(summary, "1-888-373-7888");
    let local = at(summary, "Local contacts for Example County, Oregon");
    let others = at(summary, "Other official places to report");
    assert!(hotline < local && local < others, "{summary}");
    assert!(summary.contains("; not from the OJP page.\n"), "{summary}");
    let about = with_layer(&["about", "--format", "text"]);
    assert!(
        about.stdout.contains(&format!(
            "Local layers: Example County Anti-Trafficking Task Force (fictional), for Example County, Oregon, checked 2026-11-30 ({EXAMPLE})\n"
        )),
        "{}",
        about.stdout
    );
}

#[test]
fn validate_lists_a_layer_s_suspicious_text_as_warnings_and_keeps_it_valid() {
    // A TOML escape: the file holds RIGHT-TO-LEFT OVERRIDE as a character.
    let file = layer_file(&example().replace(
        "Safe Harbor Shelter (fictional)",
        "Safe \\u202eHarbor (fictional)",
    ));
    let path = file.path().to_str().expect("UTF-8 path");
    let checked = run(&["validate", path]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    assert_eq!(
        checked.stdout,
        format!(
            "{path}:37: local[example-safe-harbor-shelter]: warning: name holds a control, invisible or format character (U+202E); it is shown as an escape, never obeyed\n\
             {path}: valid, with 1 warning: a local layer of 3 contacts for Example County, Oregon\n"
        )
    );
}

/// The summary line names the layer's area: file text, so it crosses the sanitiser too.
#[test]
fn validate_shows_a_layer_s_area_as_an_escape_in_its_summary() {
    let file = layer_file(&example().replacen(
        "area = \"Example County, Oregon\"",
        "area = \"Example County\\u001b]0;t\\u0007\"",
        1,
    ));
    let path = file.path().to_str().expect("UTF-8 path");
    let checked = run(&["validate", path]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    assert!(
        !checked.stdout.contains(['\u{1b}', '\u{7}']),
        "{:?}",
        checked.stdout
    );
    assert!(
        checked.stdout.ends_with(&format!(
            "{path}: valid, with 1 warning: a local layer of 3 contacts for Example County␛]0;t␇\n"
        )),
        "{}",
        checked.stdout
    );
}

#[test]
fn add_after_the_command_is_a_usage_error_that_says_where_it_goes() {
    let run = run(&["report", "--add", EXAMPLE]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(
        run.stderr,
        "htlookup: unexpected argument '--add' found; --add goes before the command: htlookup --add FILE COMMAND (see 'htlookup report --help')\n"
    );
}

#[test]
fn report_json_carries_each_layer_with_its_contacts_and_an_empty_array_without_one() {
    let run = with_layer(&["report", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let layer = &report["local"][0];
    assert_eq!(
        layer["name"],
        "Example County Anti-Trafficking Task Force (fictional)"
    );
    assert_eq!(layer["area"], "Example County, Oregon");
    assert_eq!(layer["checked"], "2026-11-30");
    assert_eq!(layer["file"], EXAMPLE);
    assert_eq!(layer["contacts"].as_array().map(Vec::len), Some(3));
    assert_eq!(layer["contacts"][0]["means"][0]["value"], "541-555-0100");
    // The national part is what it is without a layer.
    assert_eq!(report["hotline"]["channels"][0]["value"], "1-888-373-7888");
    let without: Value = serde_json::from_str(
        &run_command({
            let mut command = htlookup();
            command.args(["report", "--json"]);
            command
        })
        .stdout,
    )
    .expect("JSON");
    assert_eq!(without["local"], serde_json::json!([]));
}

/// Local contacts make the short answer taller than a 24-line screen: it then ends with 911
/// and the hotline, as the report does, so the screen a person is left with has them.
#[test]
fn a_short_answer_with_local_contacts_taller_than_the_screen_ends_with_the_numbers() {
    for width in [80, 40] {
        let env = htlookup::Environment {
            stdout_is_terminal: true,
            width: Some(width),
            height: Some(24),
            ..htlookup::Environment::default()
        };
        let run = common::run_in_process(&["--add", EXAMPLE], b"", &env);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let last_screen: Vec<&str> = run.stdout.lines().rev().take(23).collect();
        let last_screen = last_screen.join("\n");
        assert!(run.stdout.lines().count() > 23, "{}", run.stdout);
        assert!(
            last_screen.contains("In danger, call 911. Hotline:"),
            "{width}: {}",
            run.stdout
        );
        assert!(last_screen.contains("1-888-373-7888"), "{width}");
    }
}
