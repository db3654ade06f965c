//! `htlookup import hsds PATH`: an Open Referral HSDS directory (data package 3.0 or 1.x, or
//! JSON) as a local layer; its output passes `validate` and works with `--add`; the messy rows
//! of the fictional fixtures are left out with exact warnings; the failure rules.

mod common;

use common::{htlookup, run, run_command};
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/hsds";

/// `htlookup import hsds FIXTURE ARGS...`, run from the repository root so paths in messages
/// are the short relative ones.
fn import(fixture: &str, args: &[&str]) -> common::Run {
    let mut command = htlookup();
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["import", "hsds", &format!("{FIXTURES}/{fixture}")])
        .args(args);
    run_command(command)
}

/// The layer an import printed, saved for `validate` and `--add`.
fn saved(text: &str) -> tempfile::NamedTempFile {
    common::temp_file(".toml", text)
}

/// Imports `fixture`, then checks the layer with `validate` and lists it with `--add ...
/// local --json`: the contacts' ids.
fn round_trip(fixture: &str, args: &[&str]) -> (common::Run, Vec<Value>) {
    let imported = import(fixture, args);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    let file = saved(&imported.stdout);
    let path = file.path().to_str().expect("UTF-8 path");
    let validated = run(&["validate", path]);
    assert_eq!(
        validated.code, 0,
        "{}\n{}",
        validated.stdout, validated.stderr
    );
    let listed = run(&["--add", path, "local", "--json"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let contacts: Vec<Value> = serde_json::from_str(&listed.stdout).expect("JSON");
    let report = run(&["--add", path, "report"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    for contact in &contacts {
        let name = contact["name"].as_str().expect("a name");
        assert!(report.stdout.contains(name), "{name} not in the report");
    }
    (imported, contacts)
}

fn ids(contacts: &[Value]) -> Vec<&str> {
    contacts
        .iter()
        .map(|contact| contact["id"].as_str().expect("an id"))
        .collect()
}

#[test]
fn a_3_0_data_package_imports_validates_and_adds() {
    let (imported, contacts) = round_trip("v3-package", &[]);
    assert_eq!(
        ids(&contacts),
        [
            "human-trafficking-unit-fictional",
            "safe-harbor-shelter-fictional",
            "example-legal-aid-line-fictional",
            "victim-advocate-program-fictional",
            "example-food-bank-fictional",
        ]
    );
    let out = &imported.stdout;
    assert!(
        out.starts_with(
            "# A local layer imported by htlookup from tests/fixtures/hsds/v3-package (HSDS).\n\
             # Its facts are that directory's, not the OJP page's: check every name, number and link\n"
        ),
        "{out}"
    );
    assert!(out.contains(
        "\n[meta]\nname = \"Example County Community Directory (fictional)\"\narea = \"Example County, Oregon\"\nchecked = \"2026-10-15\"\n"
    ));
    // Phones in any shape come out in one, with their kind, description and extension; the
    // location's textphone and the service-at-location's phone reach the shelter.
    let unit = &contacts[0];
    assert_eq!(unit["help"], serde_json::json!(["report"]));
    assert_eq!(unit["hours"], "24/7");
    assert_eq!(unit["languages"], serde_json::json!(["English", "Spanish"]));
    assert_eq!(unit["means"][0]["value"], "541-555-0100");
    assert_eq!(
        unit["means"][0]["note"],
        "Non-emergency line; call 911 in an emergency."
    );
    assert_eq!(unit["means"][1]["kind"], "text");
    let shelter = &contacts[1];
    assert_eq!(
        shelter["description"],
        "Emergency shelter for survivors of trafficking. Open to young people aged 16-24."
    );
    assert_eq!(shelter["means"][0]["value"], "541-555-0142");
    assert_eq!(shelter["means"][1]["kind"], "tty");
    assert_eq!(shelter["means"][1]["note"], "ext. 7");
    assert_eq!(contacts[3]["means"][0]["note"], "ext. 12");
    // The organization without services is a record of its own, with its phone.
    assert_eq!(contacts[4]["means"][0]["value"], "541-555-0150");
}

#[test]
fn the_messy_rows_of_a_data_package_are_left_out_with_their_file_and_line() {
    let imported = import("v3-package", &[]);
    let p = "htlookup: warning: tests/fixtures/hsds/v3-package";
    let expected = [
        format!("{p}/services.csv:5: service has no name; left out"),
        format!("{p}/services.csv:6: organization_id \"org-9\" matches no organization; the service is kept without it"),
        format!("{p}/services.csv:7: service status is \"defunct\"; left out"),
        format!("{p}/services.csv:8: id \"svc-2\" is used by an earlier row; left out"),
        format!("{p}/service_at_locations.csv:4: location_id \"loc-404\" matches no location; left out"),
        format!("{p}/phones.csv:8: service_id \"svc-99\" matches no service; left out"),
        format!("{p}/organizations.csv:5: organization has no name; left out"),
        format!("{p}/organizations.csv:3: website \"http://example.net/safe-harbor\" is not https; left out (htlookup does not change links)"),
        format!("{p}/phones.csv:10: phone \"541-555-CALL\" has letters; write the digits; left out"),
        format!("{p}/services.csv:6: website \"http://example.net/legal\" is not https; left out (htlookup does not change links)"),
        format!("{p}/phones.csv:6: phone \"+44 20 7946 0000\" is not a U.S. number (+44); left out"),
        format!("{p}/phones.csv:7: phone \"541-555-0144\" is a fax number; left out"),
        format!("{p}/services.csv:9: \"Survivor Counseling (fictional)\" has no usable phone, website or email; left out"),
        format!("{p}/phones.csv:13: value \"1-888-373-7888\" is a national number; 911 and the hotline come from the national data, never from a layer; left out"),
        format!("{p}/services.csv:10: description has a word of 210 characters; a word may be at most 200; left out"),
        "htlookup: meta.checked is 2026-10-15, the earliest assured_date of the services (tests/fixtures/hsds/v3-package/services.csv); pass --checked YYYY-MM-DD for the day you checked the facts".to_string(),
        "htlookup: imported 5 contacts (5 left out); check every fact before use".to_string(),
    ];
    let lines: Vec<&str> = imported.stderr.lines().collect();
    assert_eq!(lines, expected);
}

#[test]
fn an_hsds_json_file_imports_with_its_objects_positions_in_warnings() {
    let (imported, contacts) = round_trip("v3.json", &[]);
    assert_eq!(
        ids(&contacts),
        [
            "example-county-youth-crisis-line-fictional",
            "example-labor-rights-clinic-fictional",
        ]
    );
    // The one organization names the layer; the services' one area is its area.
    assert!(imported.stdout.contains(
        "name = \"Example County Youth Services (fictional)\"\narea = \"Example County, Washington\"\nchecked = \"2026-09-30\"\n"
    ));
    let clinic = &contacts[1];
    let means: Vec<(&str, &str)> = clinic["means"]
        .as_array()
        .expect("means")
        .iter()
        .map(|m| {
            (
                m["kind"].as_str().unwrap_or(""),
                m["value"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        means,
        [
            ("phone", "509-555-0188"),
            ("phone", "509-555-0189"),
            ("tty", "509-555-0190"),
            ("online", "https://example.org/youth"),
            ("email", "clinic@example.net"),
        ]
    );
    assert_eq!(clinic["means"][1]["note"], "Intake; ext. 31");
    let f = "htlookup: warning: tests/fixtures/hsds/v3.json";
    assert_eq!(
        imported.stderr.lines().collect::<Vec<_>>(),
        [
            format!("{f}: [1]: has no name; left out"),
            format!("{f}: [4]: is not an HSDS service or organization (it has no id or name); left out"),
            format!("{f}: [2].phones[0]: phone \"+52 55 5555 0100\" is not a U.S. number (+52); left out"),
            format!("{f}: [2]: website \"http://example.net/labor\" is not https; left out (htlookup does not change links)"),
            format!("{f}: [3].phones[0]: phone \"509-555-0170\" is a fax number; left out"),
            format!("{f}: [3]: \"Example Shelter Intake (fictional)\" has no usable phone, website or email; left out"),
            "htlookup: meta.checked is 2026-09-30, the earliest assured_date of the records (tests/fixtures/hsds/v3.json); pass --checked YYYY-MM-DD for the day you checked the facts".to_string(),
            "htlookup: imported 2 contacts (3 left out); check every fact before use".to_string(),
        ]
    );
}

#[test]
fn a_1_x_data_package_reads_the_old_names_and_needs_the_meta_it_lacks() {
    let package = "v1-package";
    let name = import(package, &[]);
    assert_eq!(name.code, 2);
    assert_eq!(
        name.stderr,
        "htlookup: tests/fixtures/hsds/v1-package: the source does not say who keeps it (no data package title, no single organization); pass --name TEXT (see 'htlookup import hsds --help')\n"
    );
    assert_eq!(name.stdout, "");
    let area = import(package, &["--name", "Example Valley 211 (fictional)"]);
    assert_eq!(area.code, 2);
    assert!(
        area.stderr.ends_with("the services give 2 different service areas (\"Example County, Oregon\", \"Example Valley\"); pass --area TEXT (see 'htlookup import hsds --help')\n"),
        "{}",
        area.stderr
    );
    let flags = [
        "--name",
        "Example Valley 211 (fictional)",
        "--area",
        "Example County, Oregon",
    ];
    let checked = import(package, &flags);
    assert_eq!(checked.code, 2);
    assert!(
        checked.stderr.contains("pass --checked YYYY-MM-DD"),
        "{}",
        checked.stderr
    );
    let mut all = flags.to_vec();
    all.extend(["--checked", "2026-11-01"]);
    let (imported, contacts) = round_trip(package, &all);
    assert!(imported.stdout.contains(
        "name = \"Example Valley 211 (fictional)\"\narea = \"Example County, Oregon\"\nchecked = \"2026-11-01\"\n"
    ));
    assert_eq!(
        ids(&contacts),
        [
            "family-crisis-counseling-fictional",
            "farmworker-rights-line-fictional",
            "teen-drop-in-center-fictional",
        ]
    );
    // 1.x's `url`, `service_area`, `language`, `services_at_location` and `taxonomy` columns
    // and files are read; a record's area is kept where it is narrower than the layer's.
    let counseling = &contacts[0];
    assert_eq!(counseling["area"], "Example Valley");
    assert_eq!(counseling["help"], serde_json::json!(["counseling"]));
    assert_eq!(counseling["means"][1]["kind"], "tty");
    assert_eq!(
        counseling["means"][2]["value"],
        "https://example.org/family"
    );
    assert_eq!(contacts[1]["area"], "Example County, Oregon");
    assert_eq!(
        contacts[1]["means"][0]["note"],
        "Ask for the on-call advocate; ext. 204"
    );
    let p = "htlookup: warning: tests/fixtures/hsds/v1-package";
    assert_eq!(
        imported.stderr.lines().collect::<Vec<_>>(),
        [
            format!(
                "{p}/phones.csv:6: location_id \"v1-loc-9\" matches no location of a service; left out"
            ),
            format!(
                "{p}/organizations.csv:3: website \"http://example.net/workers\" is not https; left out (htlookup does not change links)"
            ),
            format!(
                "{p}/phones.csv:5: phone \"555-0199\" has 7 digits; a U.S. number has 10 (with its area code); left out"
            ),
            "htlookup: imported 3 contacts (0 left out); check every fact before use".to_string(),
        ]
    );
}

#[test]
fn match_keeps_the_records_about_it_and_nothing_matching_is_exit_1() {
    let (_, contacts) = round_trip("v3-package", &["--match", "TRAFFICKING"]);
    assert_eq!(
        ids(&contacts),
        [
            "human-trafficking-unit-fictional",
            "safe-harbor-shelter-fictional",
            "example-legal-aid-line-fictional",
        ]
    );
    let none = import("v3.json", &["--match", "zzz"]);
    assert_eq!((none.code, none.stdout.as_str()), (1, ""));
    assert_eq!(
        none.stderr,
        "htlookup: no service or organization in tests/fixtures/hsds/v3.json matches --match \"zzz\"\n"
    );
}

#[test]
fn flags_win_over_what_the_source_says() {
    let imported = import(
        "v3.json",
        &[
            "--name",
            "Task Force (fictional)",
            "--area",
            "Example County",
            "--checked",
            "2026-12-01",
        ],
    );
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert!(imported.stdout.contains(
        "name = \"Task Force (fictional)\"\narea = \"Example County\"\nchecked = \"2026-12-01\"\n"
    ));
    // The records' own area now differs from the layer's, so it is kept.
    assert!(
        imported
            .stdout
            .contains("area = \"Example County, Washington\"\n")
    );
    assert!(
        !imported.stderr.contains("meta.checked is"),
        "{}",
        imported.stderr
    );
    let bad = import("v3.json", &["--checked", "2026-13-01"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--checked"), "{}", bad.stderr);
    let empty = import("v3.json", &["--name", " "]);
    assert_eq!(empty.code, 2);
    assert!(
        empty
            .stderr
            .contains("the layer's name: name is empty; pass --name TEXT"),
        "{}",
        empty.stderr
    );
}

#[test]
fn what_is_not_hsds_is_exit_3_with_one_line_saying_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().to_str().expect("UTF-8").to_string();
    let not_json = dir.path().join("notes.json");
    std::fs::write(&not_json, "hello").expect("written");
    let other_json = dir.path().join("other.json");
    std::fs::write(&other_json, "[{\"foo\": 1}, 2]").expect("written");
    let cases = [
        (
            format!("{folder}/missing"),
            "cannot open: No such file or directory (os error 2)".to_string(),
        ),
        (
            folder.clone(),
            "is a folder without datapackage.json; an HSDS data package has one beside its CSV files".to_string(),
        ),
        (
            not_json.display().to_string(),
            "is not a JSON object or array; an HSDS JSON file holds a service or organization object, or an array of them (a data package is a folder with datapackage.json)".to_string(),
        ),
        (
            other_json.display().to_string(),
            "line 1 column 14: invalid type: integer `2`, expected struct Entity; an HSDS JSON file holds a service or organization object, or an array of them (a data package is a folder with datapackage.json)".to_string(),
        ),
    ];
    for (path, why) in cases {
        let run = run(&["import", "hsds", &path]);
        assert_eq!(run.code, 3, "{path}: {}", run.stderr);
        assert_eq!(run.stdout, "");
        assert_eq!(run.stderr, format!("htlookup: {path}: {why}\n"));
    }
    std::fs::write(dir.path().join("datapackage.json"), "{\"resources\": []}").expect("written");
    let run = run(&["import", "hsds", &folder]);
    assert_eq!(run.code, 3);
    assert_eq!(
        run.stderr,
        format!(
            "htlookup: {folder}: the data package has neither services.csv nor organizations.csv, so it holds no service to import\n"
        )
    );
}

#[test]
fn a_directory_with_nothing_usable_is_exit_3_after_its_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("fax.json");
    std::fs::write(&file, r#"{"name": "Fax Only (fictional)", "phones": [{"number": "541-555-0100", "type": "fax"}]}"#).expect("written");
    let path = file.display().to_string();
    let run = run(&[
        "import",
        "hsds",
        &path,
        "--area",
        "X",
        "--checked",
        "2026-01-01",
    ]);
    assert_eq!((run.code, run.stdout.as_str()), (3, ""));
    assert_eq!(
        run.stderr,
        format!(
            "htlookup: warning: {path}: service.phones[0]: phone \"541-555-0100\" is a fax number; left out\n\
             htlookup: warning: {path}: service: \"Fax Only (fictional)\" has no usable phone, website or email; left out\n\
             htlookup: {path}: no service or organization has a name and a usable phone, website or email; nothing to import\n"
        )
    );
}

#[test]
fn hostile_values_are_escaped_in_the_layer_and_shown_safely_in_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.json");
    std::fs::write(
        &file,
        r#"[{"name": "Evil \u001b[31mRed\u202e (fictional)", "description": "<script>x</script>",
             "phones": [{"number": "541-555-0100"}, {"number": "\u001b]52;c;bad\u0007"}]}]"#,
    )
    .expect("written");
    let path = file.display().to_string();
    let run = run(&[
        "import",
        "hsds",
        &path,
        "--area",
        "X",
        "--checked",
        "2026-01-01",
        "--name",
        "N",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stdout.contains('\u{1b}')
            && !run.stdout.contains('\u{202e}')
            && !run.stdout.contains('<')
    );
    assert!(
        !run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'),
        "{:?}",
        run.stderr
    );
    let layer = saved(&run.stdout);
    let validated = common::run(&["validate", layer.path().to_str().expect("UTF-8")]);
    assert_eq!(validated.code, 0, "{}", validated.stdout);
}

#[test]
fn format_does_not_apply_and_import_alone_prints_its_help() {
    let run = run(&["import", "hsds", "x.json", "--json"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "htlookup: --format and --json do not apply: 'htlookup import hsds' prints a local layer (TOML) (see 'htlookup import hsds --help')\n"
    );
    let alone = common::run(&["import"]);
    assert_eq!(alone.code, 2);
    assert!(
        alone.stderr.contains("Usage: htlookup import"),
        "{}",
        alone.stderr
    );
}

/// An organization's phones go to each of its services: 20,000 services of one organization
/// with 20,000 phones made 400 million copies (11.7 GB, stopped after a minute). Each record
/// now keeps at most 20 phones, and says how many it left out.
#[test]
fn a_record_keeps_at_most_20_phones_however_many_its_organization_has() {
    let phones: Vec<String> = (0..25)
        .map(|i| format!("{{\"number\": \"541-555-{:04}\"}}", 100 + i))
        .collect();
    let organization = format!(
        "{{\"id\": \"o\", \"name\": \"Big Org (fictional)\", \"phones\": [{}], \
         \"services\": [{{\"id\": \"s1\", \"name\": \"One (fictional)\"}}, \
         {{\"id\": \"s2\", \"name\": \"Two (fictional)\"}}]}}",
        phones.join(", ")
    );
    let file = common::temp_file(".json", &organization);
    let path = file.path().display().to_string();
    let args = [
        "import",
        "hsds",
        &path,
        "--area",
        "X",
        "--checked",
        "2026-01-01",
    ];
    let imported = run(&args);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    for place in ["organization.services[0]", "organization.services[1]"] {
        assert!(
            imported.stderr.contains(&format!(
                "htlookup: warning: {path}: {place}: 5 more phones, websites or emails than the 20 of each a contact keeps; left out\n"
            )),
            "{}",
            imported.stderr
        );
    }
    let layer = common::temp_file(".toml", &imported.stdout);
    let mut listed = htlookup();
    listed
        .arg("--add")
        .arg(layer.path())
        .args(["local", "--json"]);
    let contacts: Value = serde_json::from_str(&run_command(listed).stdout).expect("JSON");
    let counts: Vec<usize> = contacts
        .as_array()
        .expect("an array")
        .iter()
        .map(|contact| contact["means"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(counts, [20, 20]);
}

/// A service's areas are its own limit: one too long is that record's problem (left out with
/// the rule's message), not the whole import's; repeated areas are given once.
#[test]
fn an_over_long_area_leaves_its_record_out_and_repeated_areas_count_once() {
    let long: Vec<String> = (0..60)
        .map(|i| format!("{{\"name\": \"Area number {i:03}\"}}"))
        .collect();
    let services = format!(
        "[{{\"name\": \"Too Wide (fictional)\", \"phones\": [{{\"number\": \"541-555-0100\"}}], \
           \"service_areas\": [{}]}},
          {{\"name\": \"Near (fictional)\", \"phones\": [{{\"number\": \"541-555-0101\"}}], \
           \"service_areas\": [{{\"name\": \"Lane\"}}, {{\"name\": \" Lane \"}}, {{\"name\": \"Linn\"}}]}}]",
        long.join(", ")
    );
    let file = common::temp_file(".json", &services);
    let path = file.path().display().to_string();
    let imported = run(&[
        "import",
        "hsds",
        &path,
        "--area",
        "X",
        "--checked",
        "2026-01-01",
        "--name",
        "N",
    ]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert_eq!(
        imported.stderr,
        format!(
            "htlookup: warning: {path}: [0]: area is 1018 characters long; it may be at most 500; the record is left out\n\
             htlookup: imported 1 contact (1 left out); check every fact before use\n"
        )
    );
    assert!(!imported.stdout.contains("Too Wide"), "{}", imported.stdout);
    assert!(
        imported.stdout.contains("area = \"Lane, Linn\""),
        "{}",
        imported.stdout
    );
}

/// A phone's description over the note's limit is left out, not the number it is about.
#[test]
fn an_over_long_phone_description_leaves_the_note_out_and_keeps_the_number() {
    let service = format!(
        "{{\"name\": \"Long Note (fictional)\", \"phones\": [{{\"number\": \"541-555-0100\", \
           \"description\": \"{}\"}}]}}",
        "word ".repeat(1_100)
    );
    let file = common::temp_file(".json", &service);
    let path = file.path().display().to_string();
    let imported = run(&[
        "import",
        "hsds",
        &path,
        "--area",
        "X",
        "--checked",
        "2026-01-01",
        "--name",
        "N",
    ]);
    assert_eq!(imported.code, 0, "{}", imported.stderr);
    assert!(
        imported.stderr.starts_with(&format!(
            "htlookup: warning: {path}: service.phones[0]: note is 5499 characters long; it may be at most 5000; left out\n"
        )),
        "{}",
        imported.stderr
    );
    assert!(
        imported.stdout.contains("value = \"541-555-0100\""),
        "{}",
        imported.stdout
    );
    assert!(
        !imported.stdout.contains("word word"),
        "{}",
        imported.stdout
    );
}
