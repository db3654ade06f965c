//! Local contacts (`--add`) in the views beyond the short answer and the report's text: the
//! numbered steps, QR codes, the report's rows for scripts (CSV, JSON
//! Lines, Markdown), `search --kind local`, `about --json`, and `local --format csv`.

mod common;

use common::{htlookup, run, run_command};
use serde_json::Value;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/local-layer.toml");

fn with_layer(args: &[&str]) -> common::Run {
    let mut command = htlookup();
    command.arg("--add").arg(EXAMPLE).args(args);
    let run = run_command(command);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run
}

/// Where `needle` first is in `text`, or a failure naming both.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in:\n{text}"))
}

#[test]
fn steps_number_local_contacts_after_the_hotline_and_move_the_other_channels_down() {
    let out = with_layer(&["report", "--steps"]).stdout;
    let expected = "\
7. Email the hotline: help@humantraffickinghotline.org
   Languages: English, Spanish.

Local contacts for Example County, Oregon

8. Or contact Example County Sheriff's Office, Human Trafficking Unit (24/7):
   Takes reports of suspected trafficking in the county.
   Languages: English, Spanish.
   Call 541-555-0100. Non-emergency line; call 911 in an emergency.
   Email tips@example.org

9. Or contact Safe Harbor Shelter (fictional) (24/7):
   Emergency shelter and counseling for survivors, including young people.
   Languages: English.
   Call 541-555-0142
   Text 541-555-0143. Text for a call back.

10. Or contact Example Legal Aid Line (fictional) (Monday to Friday, 9 a.m. to 5 p.m.):
    Free legal advice on immigration, labor and victims' rights.
    Languages: English, Spanish.
    Call 541-555-0177
    Online https://example.org/legal-aid/intake

11. Or report to Homeland Security Investigations (ICE HSI) Tip Line (not listed on the OJP page):
";
    assert!(out.contains(expected), "{out}");
    assert!(
        out.starts_with("How to report human trafficking\n\n1. In immediate danger? Call 911.\n")
    );
    // The last other channel is step 14, not 11: one numbering for every view.
    assert!(
        out.contains("\n14. Or report to U.S. Department of Labor"),
        "{out}"
    );
    let without = run(&["report", "--steps"]).stdout;
    assert!(
        without.contains("\n8. Or report to Homeland Security"),
        "{without}"
    );
    assert!(!without.contains("Local contacts"));
}

#[test]
fn spanish_steps_translate_the_words_around_local_text_and_leave_it_as_written() {
    let out = with_layer(&["report", "--steps", "--lang", "es"]).stdout;
    let local = at(&out, "Contactos locales en Example County, Oregon\n");
    let step = at(
        &out,
        "8. O comuníquese con Example County Sheriff's Office, Human Trafficking Unit (24/7):\n",
    );
    assert!(local < step, "{out}");
    assert!(out.contains("   Idiomas: English, Spanish.\n"), "{out}");
    assert!(
        out.contains("   Llamar 541-555-0100. Non-emergency line; call 911 in an emergency.\n")
    );
}

#[test]
fn qr_codes_follow_the_hotline_s_with_one_per_local_contact() {
    let out = with_layer(&["report", "--qr"]).stdout;
    let codes = &out[at(&out, "Scan with a phone camera\n")..];
    let form = at(
        codes,
        "https://humantraffickinghotline.org/en/report-trafficking\n",
    );
    let heading = at(codes, "\nLocal contacts for Example County, Oregon\n");
    assert!(form < heading, "{codes}");
    let links: Vec<&str> = codes
        .lines()
        .filter(|line| line.starts_with("tel:") || line.starts_with("sms:"))
        .collect();
    assert_eq!(
        links,
        [
            "tel:+18883737888",
            "sms:233733",
            "tel:+15415550100",
            "tel:+15415550142",
            "tel:+15415550177"
        ]
    );
    assert!(
        codes.contains(
            "\nSafe Harbor Shelter (fictional) (24/7): Call 541-555-0142\ntel:+15415550142\n"
        ),
        "{codes}"
    );
    // The code under each local link holds it, as a phone reads it.
    for link in ["tel:+15415550100", "tel:+15415550142", "tel:+15415550177"] {
        let after = &codes[at(codes, &format!("{link}\n"))..];
        let code: Vec<&str> = after
            .lines()
            .skip(1)
            .skip_while(|line| line.is_empty())
            .take_while(|line| line.chars().all(|c| " █▀▄".contains(c)))
            .collect();
        assert_eq!(common::qr::decode_half_blocks(&code), [link]);
    }
}

#[test]
fn the_report_s_rows_for_scripts_hold_the_local_contacts_in_step_order() {
    let csv = with_layer(&["report", "--format", "csv"]).stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "step,id,via,purpose,on_page,kind,value,vanity,note,languages,keywords"
    );
    assert_eq!(
        lines[8],
        "8,example-sheriff-ht-unit-phone,\"Example County Sheriff's Office, Human Trafficking Unit\",Takes reports of suspected trafficking in the county.,false,phone,541-555-0100,,Non-emergency line; call 911 in an emergency.,English; Spanish,"
    );
    assert_eq!(
        lines[11],
        "9,example-safe-harbor-shelter-text,Safe Harbor Shelter (fictional),\"Emergency shelter and counseling for survivors, including young people.\",false,text,541-555-0143,,Text for a call back.,English,"
    );
    assert!(lines[14].starts_with("11,hsi-"), "{csv}");

    let jsonl = with_layer(&["report", "--format", "jsonl"]).stdout;
    let rows: Vec<Value> = jsonl
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    let local: Vec<(u64, &str)> = rows
        .iter()
        .filter(|row| {
            row["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("example-"))
        })
        .map(|row| {
            (
                row["step"].as_u64().unwrap_or(0),
                row["value"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        local,
        [
            (8, "541-555-0100"),
            (8, "tips@example.org"),
            (9, "541-555-0142"),
            (9, "541-555-0143"),
            (10, "541-555-0177"),
            (10, "https://example.org/legal-aid/intake")
        ]
    );
    assert_eq!(rows[7]["on_page"], false);
    assert_eq!(
        rows[7]["languages"],
        serde_json::json!(["English", "Spanish"])
    );

    let markdown = with_layer(&["report", "--format", "markdown"]).stdout;
    assert!(
        markdown.contains("| 9 | Safe Harbor Shelter (fictional) | text | 541-555-0143 |  | Text for a call back. | English |\n"),
        "{markdown}"
    );
}

#[test]
fn search_ranks_local_contacts_with_everything_else_and_kind_local_keeps_them_alone() {
    let hits: Value =
        serde_json::from_str(&with_layer(&["search", "shelter", "--json"]).stdout).expect("JSON");
    assert_eq!(
        hits,
        serde_json::json!([{
            "kind": "local",
            "id": "example-safe-harbor-shelter",
            "title": "Safe Harbor Shelter (fictional)",
            "score": 110
        }])
    );
    // A contact is found by its number, its area and what it helps with, too.
    for query in ["541-555-0177", "immigration", "legal aid"] {
        let hits: Value = serde_json::from_str(
            &with_layer(&["search", query, "--kind", "local", "--json"]).stdout,
        )
        .expect("JSON");
        assert_eq!(hits[0]["id"], "example-legal-aid", "{query}: {hits}");
    }
    // Everything else still ranks with them: the hotline beats a local contact on "hotline".
    let hits: Value =
        serde_json::from_str(&with_layer(&["search", "hotline", "--json"]).stdout).expect("JSON");
    assert_eq!(hits[0]["kind"], "channel");
    let none = run(&["search", "shelter", "--kind", "local"]);
    assert_eq!(none.code, 1);
    assert_eq!(
        none.stderr,
        "htlookup: nothing matches \"shelter\"; --kind local searches the contacts of local layers, and none is added (--add FILE)\n"
    );
}

#[test]
fn about_json_lists_each_layer_and_an_empty_array_without_one() {
    let about: Value =
        serde_json::from_str(&with_layer(&["about", "--json"]).stdout).expect("JSON");
    assert_eq!(
        about["layers"],
        serde_json::json!([{
            "name": "Example County Anti-Trafficking Task Force (fictional)",
            "area": "Example County, Oregon",
            "checked": "2026-11-30",
            "source": "https://example.org/resources",
            "file": EXAMPLE,
            "contacts": 3
        }])
    );
    let without: Value = serde_json::from_str(&run(&["about", "--json"]).stdout).expect("JSON");
    assert_eq!(without["layers"], serde_json::json!([]));
}

#[test]
fn local_csv_writes_each_means_as_the_table_does() {
    let csv = with_layer(&["local", "--format", "csv"]).stdout;
    let first = csv.lines().nth(1).expect("a row");
    assert!(
        first.contains(",phone 541-555-0100 (Non-emergency line; call 911 in an emergency.); email tips@example.org,"),
        "{csv}"
    );
}
