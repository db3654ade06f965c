//! Trainer mode, end to end: `--lang es`, `report --walkthrough`, `report --qr`, `card` and
//! `man`.
//!
//! Most tests drive the whole CLI in-process through `htlookup::run` with scripted keys on
//! stdin (fast, and the walkthrough's reader is injectable for exactly this); the tests about
//! real pipes run the binary. Human output is pinned with insta snapshots
//! (`tests/snapshots/trainer__*.snap`); numbers are checked by value, never by eye.

mod common;

use common::qr::decode_half_blocks;
use common::{Run, run_in_process, scrubbed};
use std::collections::BTreeMap;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `htlookup ARGS` in-process with `keys` as stdin, as a pipe would give them.
fn run_with_keys(args: &[&str], keys: &str) -> Run {
    run_in_process(args, keys.as_bytes(), &htlookup::Environment::default())
}

/// Runs `htlookup ARGS` in-process on a given terminal (or pipe), with `keys` as stdin.
fn run_on(args: &[&str], keys: &str, terminal: &htlookup::Environment) -> Run {
    run_in_process(args, keys.as_bytes(), terminal)
}

/// Stdout of a run that must succeed quietly, with nothing on stdin.
fn ok(args: &[&str]) -> String {
    let run = run_with_keys(args, "");
    assert_eq!(run.code, 0, "htlookup {args:?} failed: {run:?}");
    assert_eq!(run.stderr, "", "htlookup {args:?} wrote to stderr");
    run.stdout
}

/// Every number and address in a text, in order: runs of three or more digits with hyphens
/// (phone numbers, 911, 233733, dates) and URLs and email addresses. Translations must leave
/// these alone. (Small counts such as the 24 of "24/7" may be reworded.)
fn numbers_and_addresses(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "(),;".contains(c))
        .map(|word| word.trim_end_matches(['.', ':']))
        .filter(|word| {
            word.contains("://")
                || word.contains('@')
                || (word.chars().filter(char::is_ascii_digit).count() >= 3
                    && word.chars().all(|c| c.is_ascii_digit() || c == '-'))
        })
        .map(str::to_string)
        .collect()
}

/// The shape of a JSON value: its keys, nested, with the types of its leaves.
fn shape(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| (key.clone(), shape(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(shape).collect()),
        Value::String(_) => Value::String("string".into()),
        other => other.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// --lang
// ---------------------------------------------------------------------------------------------

#[test]
fn report_in_spanish_starts_with_911_and_keeps_every_number_and_address() {
    let english = ok(&["report"]);
    let spanish = ok(&["report", "--lang", "es"]);
    assert_eq!(
        spanish.lines().next(),
        Some("¿Está en peligro inmediato? Llame al 911.")
    );
    assert!(spanish.contains("La Línea Nacional Contra la Trata de Personas"));
    assert_eq!(
        numbers_and_addresses(&spanish),
        numbers_and_addresses(&english)
    );
    assert!(numbers_and_addresses(&english).contains(&"1-888-373-7888".to_string()));
    for english_only in ["Call", "Languages", "Source", "hours a day", "Toll-free"] {
        assert!(
            !spanish.contains(english_only),
            "untranslated {english_only:?}:\n{spanish}"
        );
    }
}

#[test]
fn report_lang_en_is_the_default() {
    assert_eq!(ok(&["report", "--lang", "en"]), ok(&["report"]));
    assert_eq!(
        ok(&["report", "--steps", "--lang", "en"]),
        ok(&["report", "--steps"])
    );
}

#[test]
fn spanish_report_matches_snapshot() {
    insta::assert_snapshot!("report_es", ok(&["report", "--lang", "es"]));
}

#[test]
fn spanish_steps_have_the_same_steps_and_numbers_as_english() {
    let english = ok(&["report", "--steps"]);
    let spanish = ok(&["report", "--steps", "--lang", "es"]);
    let step_numbers = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.split_once(". ").map(|(n, _)| n.to_string()))
            .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
            .collect()
    };
    assert_eq!(step_numbers(&spanish), step_numbers(&english));
    assert_eq!(
        numbers_and_addresses(&spanish),
        numbers_and_addresses(&english)
    );
    assert!(spanish.starts_with("Cómo reportar la trata de personas\n\n1. ¿Está en peligro"));
    assert!(
        spanish
            .contains("2. Llame a la Línea Nacional Contra la Trata de Personas: 1-888-373-7888\n")
    );
    assert!(spanish.contains("Envíe un mensaje de texto a la Línea: 233733 (BeFree)\n"));
    insta::assert_snapshot!("report_steps_es", spanish);
}

/// Markdown is for handouts: its headings follow --lang; the rows keep every number, and the
/// English table is unchanged.
#[test]
fn spanish_markdown_has_spanish_headings_and_the_same_numbers() {
    let english = ok(&["report", "--format", "markdown"]);
    let spanish = ok(&["report", "--format", "markdown", "--lang", "es"]);
    assert_eq!(
        english.lines().next(),
        Some("| Step | Via | How | Contact | In letters | Notes | Languages |")
    );
    assert_eq!(
        spanish.lines().next(),
        Some("| Paso | Vía | Medio | Contacto | En letras | Notas | Idiomas |")
    );
    let contacts = |text: &str| -> Vec<String> {
        text.lines()
            .skip(2)
            .map(|line| line.split(" | ").nth(3).unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(contacts(&spanish), contacts(&english));
    assert_eq!(contacts(&spanish)[..2], ["911", "1-888-373-7888"]);
}

#[test]
fn spanish_json_has_the_same_keys_and_numbers_with_translated_sentences() {
    let english: Value = serde_json::from_str(&ok(&["report", "--json"])).unwrap();
    let spanish: Value = serde_json::from_str(&ok(&["report", "--json", "--lang", "es"])).unwrap();
    assert_eq!(shape(&spanish), shape(&english), "same keys, same nesting");
    assert_eq!(spanish["emergency"]["number"], "911");
    assert_eq!(
        spanish["emergency"]["when"],
        "Llame enseguida si usted u otra persona está en peligro inmediato."
    );
    let values = |report: &Value| -> BTreeMap<String, Value> {
        let mut values = BTreeMap::new();
        let hotline = report["hotline"]["channels"].as_array().unwrap();
        let others = report["other_channels"].as_array().unwrap();
        let channels = hotline.iter().chain(
            others
                .iter()
                .flat_map(|org| org["channels"].as_array().unwrap()),
        );
        for channel in channels {
            let id = channel["id"].as_str().unwrap().to_string();
            values.insert(id, channel["value"].clone());
        }
        values
    };
    assert_eq!(values(&spanish), values(&english));
    assert_eq!(spanish["hotline"]["name"], english["hotline"]["name"]);
    assert_eq!(
        spanish["hotline"]["channels"][0]["languages"],
        serde_json::json!(["inglés", "español"])
    );
    assert_ne!(spanish["hotline"]["nature"], english["hotline"]["nature"]);
}

#[test]
fn spanish_rows_name_emergency_services_in_spanish() {
    let jsonl = ok(&["report", "--format", "jsonl", "--lang", "es"]);
    let first: Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["via"], "Servicios de emergencia");
    assert_eq!(first["value"], "911");
}

#[test]
fn an_unknown_language_is_a_usage_error_listing_the_supported_ones() {
    for args in [
        &["report", "--lang", "fr"][..],
        &["report", "--steps", "--lang", "EN-us"],
    ] {
        let run = run_with_keys(args, "");
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stdout, "");
        assert_eq!(run.stderr.lines().count(), 1, "one line: {}", run.stderr);
        assert!(run.stderr.starts_with("htlookup: invalid value"));
        assert!(
            run.stderr.contains("[possible values: en, es]"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn the_binary_reads_no_stdin_for_commands_that_do_not_need_it() {
    // A plain report must not block on a terminal or a pipe left open.
    let mut child = scrubbed(Command::new(common::binary()))
        .args(["report", "--lang", "es"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("htlookup runs");
    let stdin = child.stdin.take();
    let output = child.wait_with_output().expect("htlookup ends");
    drop(stdin);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("¿Está en peligro inmediato? Llame al 911."));
}

// ---------------------------------------------------------------------------------------------
// report --walkthrough
// ---------------------------------------------------------------------------------------------

/// The "Step N of M" headings of a walkthrough, in the order printed.
fn step_headings(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with("Step ") || line.starts_with("Paso "))
        .map(str::to_string)
        .collect()
}

const SUMMARY_TITLE: &str = "Every way to report, on one screen";

#[test]
fn walkthrough_with_piped_enters_prints_every_step_in_order_then_the_summary() {
    let run = run_with_keys(&["report", "--walkthrough"], "\n\n\n\n\n");
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let expected: Vec<String> = (1..=11).map(|n| format!("Step {n} of 11")).collect();
    assert_eq!(step_headings(&run.stdout), expected);
    assert!(
        run.stdout
            .starts_with("Step 1 of 11\n============\n\nIn immediate danger? Call 911.\n")
    );
    let summary = run
        .stdout
        .split(SUMMARY_TITLE)
        .nth(1)
        .expect("a summary at the end");
    assert!(!summary.contains("Step "), "the summary comes last");
    assert!(!run.stdout.contains("Press Enter"), "no prompts in a pipe");
    assert!(
        !run.stdout.contains('\x1b'),
        "no colour or screen clearing in a pipe"
    );
}

#[test]
fn walkthrough_at_the_end_of_input_prints_the_rest_without_waiting() {
    let none = run_with_keys(&["report", "--walkthrough"], "");
    let some = run_with_keys(&["report", "--walkthrough"], "\n\n");
    let all = run_with_keys(&["report", "--walkthrough"], &"\n".repeat(20));
    assert_eq!(none.stdout, some.stdout);
    assert_eq!(none.stdout, all.stdout);
    assert_eq!(step_headings(&none.stdout).len(), 11);
}

/// `< /dev/zero` never ends a line: after a bounded read it is the end of input, and every
/// step is printed (before, the key line grew until memory ran out).
#[test]
fn walkthrough_from_endless_input_without_line_ends_prints_every_step() {
    let Ok(zeros) = std::fs::File::open("/dev/zero") else {
        return common::panic_or_skip("/dev/zero is not there");
    };
    let output = scrubbed(Command::new(common::binary()))
        .args(["report", "--walkthrough"])
        .stdin(zeros)
        .stderr(Stdio::piped())
        .output()
        .expect("htlookup runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(step_headings(&stdout).len(), 11, "{stdout}");
}

#[test]
fn walkthrough_steps_say_what_report_steps_says_in_the_same_order() {
    let steps = ok(&["report", "--steps"]);
    let walkthrough = ok(&["report", "--walkthrough"]);
    // Every numbered step's sentence appears in the walkthrough, in the same order.
    let mut rest = walkthrough.as_str();
    for line in steps.lines().filter(|line| line.contains(". ")) {
        let Some((number, sentence)) = line.split_once(". ") else {
            continue;
        };
        if !number.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let at = rest
            .find(sentence)
            .unwrap_or_else(|| panic!("step {number} ({sentence}) is missing or out of order"));
        rest = &rest[at + sentence.len()..];
    }
}

#[test]
fn walkthrough_q_then_enter_quits_with_success_and_shows_nothing_more() {
    for quit in ["q\n", "Q\n", " q \n", "quit\n"] {
        let run = run_with_keys(&["report", "--walkthrough"], &format!("\n{quit}\n\n"));
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{quit:?}");
        assert_eq!(
            step_headings(&run.stdout),
            ["Step 1 of 11", "Step 2 of 11"],
            "{quit:?}"
        );
        assert!(!run.stdout.contains(SUMMARY_TITLE));
    }
}

#[test]
fn walkthrough_summary_holds_every_number_and_fits_one_screen() {
    let terminal = htlookup::Environment {
        width: Some(80),
        ..htlookup::Environment::default()
    };
    let run = run_on(&["report", "--walkthrough"], "", &terminal);
    let summary = run.stdout.split(SUMMARY_TITLE).nth(1).unwrap();
    let rows = ok(&["report", "--format", "jsonl"]);
    for row in rows.lines() {
        let row: Value = serde_json::from_str(row).unwrap();
        let value = row["value"].as_str().unwrap();
        assert!(summary.contains(value), "{value} is not in the summary");
    }
    let lines = SUMMARY_TITLE.lines().count() + summary.lines().count() - 1;
    assert!(
        lines <= 23,
        "the summary takes {lines} lines of an 80x24 screen:\n{summary}"
    );
    for line in summary.lines() {
        assert!(line.chars().count() <= 80, "wider than the screen: {line}");
    }
}

#[test]
fn walkthrough_shows_the_hotline_number_large() {
    let walkthrough = ok(&["report", "--walkthrough"]);
    let step_2 = walkthrough
        .split("Step 3 of 11")
        .next()
        .unwrap()
        .split("Step 2 of 11")
        .nth(1)
        .unwrap();
    // The first line of 1-888-373-7888 in large digits (the font reads back exactly: see
    // render::big_digits).
    assert!(
        step_2.contains("    ▀█      █▀█ █▀█ █▀█     ▀▀█ ▀▀█ ▀▀█     ▀▀█ █▀█ █▀█ █▀█\n"),
        "{step_2}"
    );
}

/// A person at the keyboard with the output redirected (`> file`, `| less`) sees no prompt,
/// so nothing may wait for a key: the `q` below is never read.
#[test]
fn walkthrough_with_terminal_keys_but_redirected_output_prints_everything_without_waiting() {
    let terminal = htlookup::Environment {
        stdout_is_terminal: false,
        stdin_is_terminal: true,
        width: None,
        no_color: true,
        data_file: None,
        ..htlookup::Environment::default()
    };
    let run = run_on(&["report", "--walkthrough"], "q\n", &terminal);
    assert_eq!(run.code, 0);
    let expected: Vec<String> = (1..=11).map(|n| format!("Step {n} of 11")).collect();
    assert_eq!(step_headings(&run.stdout), expected);
    assert!(run.stdout.contains(SUMMARY_TITLE));
    assert!(
        !run.stdout.contains('\x1b'),
        "no screen clearing in a transcript"
    );
}

#[test]
fn walkthrough_on_a_terminal_clears_the_screen_and_prompts_for_each_step() {
    let terminal = htlookup::Environment {
        stdout_is_terminal: true,
        stdin_is_terminal: true,
        width: Some(80),
        no_color: true,
        data_file: None,
        ..htlookup::Environment::default()
    };
    let run = run_on(&["report", "--walkthrough"], &"\n".repeat(11), &terminal);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout.matches("\x1b[H\x1b[2J").count(),
        12,
        "11 steps + summary"
    );
    assert_eq!(
        run.stdout
            .matches("Press Enter for the next step, or type q and Enter to quit.")
            .count(),
        10
    );
    assert_eq!(
        run.stdout
            .matches("Press Enter for a summary of every number, or type q and Enter to quit.")
            .count(),
        1
    );
}

#[test]
fn walkthrough_in_spanish_says_paso_and_keeps_the_numbers() {
    let spanish = ok(&["report", "--walkthrough", "--lang", "es"]);
    let english = ok(&["report", "--walkthrough"]);
    let expected: Vec<String> = (1..=11).map(|n| format!("Paso {n} de 11")).collect();
    assert_eq!(step_headings(&spanish), expected);
    assert!(spanish.contains("Todas las formas de reportar, en una sola pantalla"));
    assert_eq!(
        numbers_and_addresses(&spanish),
        numbers_and_addresses(&english)
    );
}

#[test]
fn walkthrough_transcript_matches_snapshot() {
    insta::assert_snapshot!("walkthrough", ok(&["report", "--walkthrough"]));
}

#[test]
fn walkthrough_refuses_machine_formats_and_steps() {
    for args in [
        &["report", "--walkthrough", "--json"][..],
        &["report", "--walkthrough", "--format", "csv"],
        &["report", "--walkthrough", "--steps"],
    ] {
        let run = run_with_keys(args, "");
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("htlookup: "), "{}", run.stderr);
    }
}

#[test]
fn walkthrough_binary_reads_piped_keys() {
    let mut child = scrubbed(Command::new(common::binary()))
        .args(["report", "--walkthrough"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("htlookup runs");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"\n\n\n\n\n").unwrap();
    } // closing stdin ends the input
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(step_headings(&stdout).len(), 11);
    assert_eq!(stdout, ok(&["report", "--walkthrough"]));
}

// ---------------------------------------------------------------------------------------------
// report --qr
// ---------------------------------------------------------------------------------------------

/// The three codes `--qr` must print, exactly, in order.
const QR_PAYLOADS: [&str; 3] = [
    "tel:+18883737888",
    "sms:233733",
    "https://humantraffickinghotline.org/en/report-trafficking",
];

/// Removes ANSI SGR sequences (`ESC [ ... m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The codes in `--qr` or card output, decoded: for each line that is or ends with a payload
/// (after ": "), the half-block lines that follow it (past a Markdown fence), up to the next
/// line that is not made of half blocks. A payload line with no code right after it (a sentence
/// that names the URL, or a note that the terminal is too narrow) is not a code.
fn printed_codes(output: &str) -> Vec<(String, Vec<String>)> {
    let output = strip_ansi(output);
    let lines: Vec<&str> = output.lines().collect();
    let mut codes = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(payload) = QR_PAYLOADS
            .iter()
            .find(|payload| line == *payload || line.ends_with(&format!(": {payload}")))
        else {
            continue;
        };
        let line = payload;
        let is_half_blocks = |line: &&&str| line.chars().all(|c| " █▀▄".contains(c));
        let code: Vec<&str> = lines[index + 1..]
            .iter()
            .skip_while(|line| line.is_empty() || line.starts_with("```"))
            .take_while(is_half_blocks)
            .copied()
            .collect();
        if code.iter().all(|line| line.trim().is_empty()) {
            continue;
        }
        let decoded = decode_half_blocks(&code);
        codes.push((line.to_string(), decoded));
    }
    codes
}

#[test]
fn qr_codes_decode_to_the_hotline_phone_text_and_form_exactly() {
    for color in ["never", "always"] {
        let output = ok(&["report", "--qr", "--color", color]);
        let codes = printed_codes(&output);
        let payloads: Vec<&str> = codes.iter().map(|(line, _)| line.as_str()).collect();
        assert_eq!(payloads, QR_PAYLOADS, "--color {color}");
        for (payload, decoded) in &codes {
            assert_eq!(decoded, std::slice::from_ref(payload), "--color {color}");
        }
    }
}

#[test]
fn qr_codes_come_after_the_whole_report() {
    let report = ok(&["report"]);
    let with_codes = ok(&["report", "--qr"]);
    assert!(with_codes.starts_with(&report));
    assert!(with_codes[report.len()..].starts_with(
        "\nScan with a phone camera\n\nCall the hotline: 1-888-373-7888\ntel:+18883737888\n"
    ));
    let steps = ok(&["report", "--steps", "--qr", "--lang", "es"]);
    assert!(steps.contains("\nEscanee con la cámara del teléfono\n\nLlame a la Línea: 1-888-373-7888\ntel:+18883737888\n"));
    assert_eq!(printed_codes(&steps).len(), 3);
}

#[test]
fn qr_codes_with_colour_are_black_on_white_whatever_the_theme() {
    let output = ok(&["report", "--qr", "--color", "always"]);
    let code_lines: Vec<&str> = output.lines().filter(|line| line.contains('█')).collect();
    assert!(code_lines.len() > 30);
    for line in code_lines {
        assert!(
            line.starts_with("\x1b[38;5;16;48;5;231m") && line.ends_with("\x1b[0m"),
            "{line:?}"
        );
    }
}

#[test]
fn qr_codes_follow_the_walkthrough_summary_but_not_a_quit() {
    let finished = run_with_keys(&["report", "--walkthrough", "--qr"], "");
    let summary_at = finished.stdout.find(SUMMARY_TITLE).unwrap();
    let qr_at = finished.stdout.find("Scan with a phone camera").unwrap();
    assert!(qr_at > summary_at);
    assert_eq!(printed_codes(&finished.stdout).len(), 3);
    let quit = run_with_keys(&["report", "--walkthrough", "--qr"], "q\n");
    assert!(!quit.stdout.contains("Scan with a phone camera"));
}

#[test]
fn qr_codes_refuse_machine_formats() {
    let run = run_with_keys(&["report", "--qr", "--json"], "");
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "htlookup: --qr prints QR codes for people to scan; --format and --json do not apply \
         (see 'htlookup report --help')\n"
    );
}

#[test]
fn a_terminal_too_narrow_for_a_code_gets_a_note_instead_of_a_broken_code() {
    let terminal = htlookup::Environment {
        width: Some(35),
        ..htlookup::Environment::default()
    };
    let run = run_on(&["report", "--qr"], "", &terminal);
    // The note is wrapped to the terminal like every other line.
    let words = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("(This QR code needs a terminal 41 columns wide.)"));
    // The two smaller codes still print, and still decode.
    let decoded: Vec<Vec<String>> = printed_codes(&run.stdout)
        .into_iter()
        .filter(|(_, decoded)| !decoded.is_empty())
        .map(|(_, decoded)| decoded)
        .collect();
    assert_eq!(
        decoded,
        [
            vec![QR_PAYLOADS[0].to_string()],
            vec![QR_PAYLOADS[1].to_string()]
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// card (the browser test, which prints it to PDF, is tests/card_print.rs)
// ---------------------------------------------------------------------------------------------

/// Decodes every `<svg>` QR code of an HTML card: each dark module is one `M{x} {y}h1v1h-1z`.
fn svg_codes(html: &str) -> Vec<String> {
    let mut decoded = Vec::new();
    for svg in html.split("<svg").skip(1) {
        let path = svg
            .split(" d=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a path of dark modules");
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("a square viewBox");
        let mut grid = vec![vec![false; size]; size];
        for module in path.split('M').skip(1) {
            let corner = module.strip_suffix("h1v1h-1z").expect("one module");
            let (x, y) = corner.split_once(' ').expect("x y");
            grid[y.parse::<usize>().unwrap()][x.parse::<usize>().unwrap()] = true;
        }
        // Back to half blocks, and through the same decoder as the terminal's codes.
        let lines: Vec<String> = (0..size.div_ceil(2))
            .map(|line| {
                (0..size)
                    .map(|x| {
                        let top = grid[2 * line][x];
                        let bottom = grid.get(2 * line + 1).is_some_and(|row| row[x]);
                        match (top, bottom) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        }
                    })
                    .collect()
            })
            .collect();
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        decoded.extend(decode_half_blocks(&lines));
    }
    decoded
}

#[test]
fn card_html_is_one_standalone_page_that_loads_nothing() {
    for lang in ["en", "es"] {
        let html = ok(&["card", "--format", "html", "--lang", lang]);
        assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">\n")));
        assert!(html.ends_with("</html>\n"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        let lower = html.to_lowercase();
        for forbidden in [
            "<script", " src=", " href=", "url(", "@import", "<link", "<iframe", "<img", "on",
        ] {
            let found = if forbidden == "on" {
                // Event handlers (onload=, onclick=, ...) as attributes.
                lower.contains(" onload=")
                    || lower.contains(" onclick=")
                    || lower.contains(" onerror=")
            } else {
                lower.contains(forbidden)
            };
            assert!(!found, "{lang}: the card holds {forbidden:?}");
        }
        assert_eq!(html.matches("<h1>").count(), 1, "one title");
        assert_eq!(
            html.matches("<h2").count(),
            3,
            "hotline, other channels, agencies"
        );
        assert_eq!(html.matches("<svg").count(), 3, "three codes");
    }
}

#[test]
fn card_html_is_black_and_white() {
    let html = ok(&["card", "--format", "html"]);
    let mut colours: Vec<&str> = html
        .match_indices('#')
        .filter(|(at, _)| !html[..*at].ends_with('&'))
        .map(|(at, _)| {
            let end = html[at + 1..]
                .find(|c: char| !c.is_ascii_hexdigit())
                .map_or(html.len(), |n| at + 1 + n);
            &html[at..end]
        })
        .filter(|colour| colour.len() > 1)
        .collect();
    colours.sort_unstable();
    colours.dedup();
    assert_eq!(colours, ["#000", "#fff"]);
    assert!(!html.contains("rgb") && !html.contains("hsl"));
}

#[test]
fn card_html_puts_911_first_then_the_hotline_large_with_codes_that_decode() {
    let html = ok(&["card", "--format", "html"]);
    let body = html.split("<main>").nth(1).unwrap();
    let at = |text: &str| body.find(text).unwrap_or_else(|| panic!("{text} missing"));
    assert!(at("<span class=\"number\">911</span>") < at("1-888-373-7888"));
    assert!(
        at("<p class=\"big\"><span class=\"nb\">1-888-373-7888</span></p>")
            < at("Other official places")
    );
    assert!(
        at("<p class=\"big\"><span class=\"nb\">233733</span></p>") < at("Other official places")
    );
    assert!(at("Other official places") < at("Related agencies"));
    assert!(at("Related agencies") < at("<footer>"));
    assert_eq!(svg_codes(&html), QR_PAYLOADS);
    // Every agency with its URL, and the provenance.
    let agencies: Value = serde_json::from_str(&ok(&["agencies", "--json"])).unwrap();
    let text = body
        .replace("<wbr>", "")
        .replace("</span><span class=\"nb\">", "");
    for agency in agencies.as_array().unwrap() {
        let url = agency["url"].as_str().unwrap();
        assert!(text.contains(url), "{url} is not on the card");
    }
    let footer = text.split("<footer>").nth(1).unwrap();
    for fact in [
        "https://www.ojp.gov/feature/human-trafficking",
        "2024-01-23",
        "2026-12-01",
    ] {
        assert!(
            footer.contains(fact),
            "{fact} is not in the footer: {footer}"
        );
    }
}

#[test]
fn card_html_in_spanish_keeps_numbers_and_translates_the_words() {
    let html = ok(&["card", "--format", "html", "--lang", "es"]);
    assert!(
        html.contains("¿Está en peligro inmediato? Llame al <span class=\"number\">911</span>.")
    );
    assert!(html.contains("La Línea Nacional Contra la Trata de Personas"));
    assert!(html.contains("Escanee para llamar"));
    assert!(!html.contains("Scan to call"));
    assert_eq!(svg_codes(&html), QR_PAYLOADS);
}

#[test]
fn card_text_and_markdown_hold_the_same_facts_and_codes_that_decode() {
    for format in ["text", "markdown"] {
        let card = ok(&["card", "--format", format]);
        let codes = printed_codes(&card);
        let decoded: Vec<Vec<String>> = codes.into_iter().map(|(_, decoded)| decoded).collect();
        let expected: Vec<Vec<String>> = QR_PAYLOADS.iter().map(|p| vec![p.to_string()]).collect();
        assert_eq!(decoded, expected, "{format}");
        let first_line = card.lines().find(|line| line.contains("911")).unwrap();
        assert!(
            first_line.contains("In immediate danger? Call 911."),
            "{format}"
        );
        for fact in [
            "1-888-373-7888",
            "233733",
            "https://acf.gov/otip",
            "2026-12-01",
        ] {
            assert!(card.contains(fact), "{format} lacks {fact}");
        }
    }
    assert_eq!(ok(&["card"]), ok(&["card", "--format", "text"]));
}

#[test]
fn card_text_matches_snapshot() {
    insta::assert_snapshot!("card_text", ok(&["card"]));
}

#[test]
fn card_markdown_matches_snapshot() {
    insta::assert_snapshot!(
        "card_markdown_es",
        ok(&["card", "--format", "markdown", "--lang", "es"])
    );
}

#[test]
fn card_refuses_machine_formats_and_lists_refuse_card_formats() {
    let run = run_with_keys(&["card", "--json"], "");
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(
        run.stderr,
        "htlookup: --format json does not apply: 'htlookup card' prints a handout for people \
         as text, markdown or html (see 'htlookup card --help')\n"
    );
    // `table` is no handout (it used to print the text card).
    let run = run_with_keys(&["card", "--format", "table"], "");
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    for (args, name) in [
        (&["agencies", "--format", "html"][..], "htlookup agencies"),
        (&["--format", "html"], "htlookup"),
        (&["report", "--format", "html"], "htlookup report"),
    ] {
        let run = run_with_keys(args, "");
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{args:?}");
        assert!(
            run.stderr.starts_with(&format!(
                "htlookup: --format html does not apply: '{name}' prints "
            )),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("as table, text, json, jsonl, csv or markdown"),
            "{}",
            run.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------
// man
// ---------------------------------------------------------------------------------------------

#[test]
fn man_page_has_exit_status_environment_and_examples_and_every_command() {
    let page = ok(&["man"]);
    assert!(page.contains(".TH htlookup 1"), "a section 1 page");
    let sections: Vec<&str> = page
        .lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .collect();
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "COMMANDS",
        "\"EXIT STATUS\"",
        "ENVIRONMENT",
        "EXAMPLES",
    ] {
        assert!(sections.contains(&section), "no {section} in {sections:?}");
    }
    let exit_status = page.split(".SH \"EXIT STATUS\"").nth(1).unwrap();
    let exit_status = exit_status.split(".SH ").next().unwrap();
    for code in ["0", "1", "2", "3"] {
        assert!(
            exit_status.contains(&format!("\\fB{code}\\fR")),
            "exit code {code}"
        );
    }
    assert!(page.contains("NO_COLOR"));
    assert!(page.contains("HTLOOKUP_DATA"));
    for command in common::command_names() {
        assert!(
            page.contains(&format!(".SS \"htlookup {command}\"")),
            "command {command}"
        );
    }
    for flag in ["\\-\\-walkthrough", "\\-\\-qr", "\\-\\-lang"] {
        assert!(page.contains(flag), "flag {flag}");
    }
}

#[test]
#[ignore = "needs man (man-db)"]
fn man_page_reads_in_man() {
    let mut child = Command::new("man")
        .args(["-l", "-"])
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("man is not installed (Debian package 'man-db'; .ci/run installs it)");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(ok(&["man"]).as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for heading in ["EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "COMMANDS"] {
        assert!(
            text.lines().any(|line| line == heading),
            "man shows no {heading} heading:\n{text}"
        );
    }
    assert!(text.contains("htlookup report --walkthrough"));
}

#[test]
fn man_refuses_machine_formats() {
    let run = run_with_keys(&["man", "--json"], "");
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(
        run.stderr,
        "htlookup: --format and --json do not apply: 'htlookup man' prints a manual page \
         (see 'htlookup man --help')\n"
    );
}

#[test]
fn qr_captions_wrap_at_spaces_on_a_narrow_terminal() {
    let terminal = htlookup::Environment {
        width: Some(60),
        ..htlookup::Environment::default()
    };
    let run = run_on(&["report", "--qr"], "", &terminal);
    let section = run.stdout.split("Scan with a phone camera").nth(1).unwrap();
    assert!(
        section.contains("Send the hotline a tip online:\nhttps://humantraffickinghotline.org/en/report-trafficking\nhttps://"),
        "{section}"
    );
    assert_eq!(printed_codes(&run.stdout).len(), 3);
}
