//! Every view for people at 40, 60, 80 and 120 columns: no line wider than the terminal (but a
//! URL longer than the whole width, alone on its line), and no phone number, text code, email,
//! id or URL split across lines. Through the injectable terminal size, and once in a real pty.

mod common;

use htlookup::Environment;
use htlookup::embedded::dataset as embedded;
use htlookup::render::wrap::width;

const WIDTHS: [u16; 4] = [40, 60, 80, 120];

/// The views for people, each in the formats people read.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["--lang", "es"],
    &["report"],
    &["report", "--lang", "es"],
    &["report", "--steps"],
    &["report", "--steps", "--lang", "es"],
    &["report", "--walkthrough"],
    &["report", "--walkthrough", "--lang", "es"],
    &["report", "--qr"],
    &["report", "--format", "text"],
    &["agencies"],
    &["agencies", "--format", "text"],
    &["agencies", "ovc"],
    &["agencies", "uscis"],
    &["agencies", "victims", "of", "crime"],
    &["publications"],
    &["publications", "--format", "text"],
    &["publications", "--year", "2020"],
    &["videos"],
    &["materials"],
    &["search", "hotline"],
    &["search", "trafficking", "--format", "text"],
    &["search", "1-888-373-7888"],
    &["about"],
    &["about", "--format", "text"],
    &["card"],
    &["card", "--lang", "es"],
];
// `validate` is left out on purpose: its `PATH:LINE: message` lines, like a compiler's, stay
// whole so that editors and grep can read them.

/// Every number, text code, email, id and URL of the built-in data: what must never be split.
fn unbreakable() -> Vec<String> {
    let data = embedded();
    let report = &data.report;
    let channels = report.hotline.channels.iter().chain(
        report
            .other_channels
            .iter()
            .flat_map(|org| org.channels.iter()),
    );
    let mut tokens: Vec<String> = vec![
        report.emergency.number.to_string(),
        report.emergency.source.to_string(),
        report.hotline.source.to_string(),
        data.meta.url.to_string(),
        data.meta.section_url.to_string(),
    ];
    for channel in channels {
        tokens.push(channel.value.to_string());
        tokens.push(channel.id.to_string());
        tokens.extend(channel.vanity.iter().map(ToString::to_string));
    }
    for org in report.other_channels.iter() {
        tokens.extend([org.id.to_string(), org.source.to_string()]);
    }
    for agency in data.agencies.iter() {
        tokens.extend([
            agency.id.to_string(),
            agency.url.to_string(),
            agency.source.to_string(),
        ]);
    }
    for publication in data.publications.iter() {
        tokens.extend([publication.id.to_string(), publication.source.to_string()]);
        tokens.extend(publication.url.iter().map(ToString::to_string));
    }
    for video in data.videos.iter() {
        tokens.extend([video.id.to_string(), video.source.to_string()]);
        tokens.extend(video.url.iter().map(ToString::to_string));
    }
    for material in data.materials.iter() {
        tokens.extend([material.id.to_string(), material.source.to_string()]);
        tokens.extend(material.url.iter().map(ToString::to_string));
    }
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Checks one output laid out for `columns` (colour codes take no room, so they are left out).
fn check(output: &str, columns: usize, what: &str, tokens: &[String]) {
    let output = &strip_escapes(output);
    let lines: Vec<&str> = output.lines().collect();
    for line in &lines {
        if width(line) <= columns {
            continue;
        }
        // Only a word wider than the whole screen may pass it, alone on its line.
        let word = line.trim();
        assert!(
            !word.contains(' ') && width(word) > columns - (width(line) - width(word)),
            "{what}: a line of {} columns:\n{line}\n\n{output}",
            width(line)
        );
        assert!(
            tokens.iter().any(|token| token == word),
            "{what}: only a URL may overflow, not {word:?}"
        );
    }
    for token in tokens {
        for pair in lines.windows(2) {
            assert!(
                !split_between(pair[0], pair[1], token),
                "{what}: {token} is split across lines:\n{}\n{}\n\n{output}",
                pair[0],
                pair[1]
            );
        }
        if width(token) > columns && lines.iter().any(|line| contains_whole(line, token)) {
            assert!(
                lines
                    .iter()
                    .any(|line| line.trim_start().starts_with(token.as_str())),
                "{what}: {token}, wider than the screen, does not start a line:\n{output}"
            );
        }
    }
}

/// Whether `token` starts at the end of `first` (as a word of its own) and goes on at the start
/// of `second`: a number, id or URL broken over two lines.
fn split_between(first: &str, second: &str, token: &str) -> bool {
    let (first, second) = (first.trim_end(), second.trim_start());
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-';
    token.char_indices().skip(1).any(|(at, _)| {
        let (head, tail) = token.split_at(at);
        first.ends_with(head)
            && second.starts_with(tail)
            && !first[..first.len() - head.len()].ends_with(is_word)
            && !second[tail.len()..].starts_with(is_word)
    })
}

/// Whether `line` holds `token` as a whole word (not the start of a longer id or number).
fn contains_whole(line: &str, token: &str) -> bool {
    line.match_indices(token).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + token.len()..].chars().next();
        let part_of_word =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
        !part_of_word(before) && !part_of_word(after) || token.contains("://")
    })
}

#[test]
fn every_view_fits_every_width_without_splitting_a_number_id_or_url() {
    let tokens = unbreakable();
    for columns in WIDTHS {
        for args in COMMANDS {
            let env = Environment {
                stdout_is_terminal: true,
                width: Some(columns),
                height: Some(24),
                ..Environment::default()
            };
            let mut out = Vec::new();
            let mut err = Vec::new();
            let argv = std::iter::once("htlookup").chain(args.iter().copied());
            let code = htlookup::run(
                argv,
                &mut &b"\n"[..].repeat(20)[..],
                &mut out,
                &mut err,
                &env,
            );
            let what = format!("htlookup {} at {columns} columns", args.join(" "));
            assert_eq!(code, 0, "{what}: {}", String::from_utf8_lossy(&err));
            let output = String::from_utf8(out).expect("UTF-8");
            // The walkthrough clears the screen between steps on a terminal.
            let output = output.replace("\u{1b}[H\u{1b}[2J", "\n");
            check(&output, usize::from(columns), &what, &tokens);
        }
    }
}

#[test]
fn a_narrow_table_becomes_text_blocks_and_a_wide_one_stays_a_table() {
    let env = |columns| Environment {
        stdout_is_terminal: true,
        width: Some(columns),
        ..Environment::default()
    };
    let run = |columns| {
        let mut out = Vec::new();
        let argv = ["htlookup", "publications"];
        htlookup::run(
            argv,
            &mut &b""[..],
            &mut out,
            &mut Vec::new(),
            &env(columns),
        );
        String::from_utf8(out).expect("UTF-8")
    };
    let narrow = run(60);
    assert!(
        !narrow.contains('│'),
        "no box drawing at 60 columns:\n{narrow}"
    );
    assert!(
        narrow.starts_with("ID: ag-annual-report\nTitle: "),
        "{narrow}"
    );
    let wide = run(200);
    assert!(wide.starts_with('┌'), "{wide}");
}

#[test]
fn in_a_real_terminal_the_report_fits_40_columns() {
    if !common::have("script") {
        common::panic_or_skip("script (util-linux) is not installed");
        return;
    }
    let binary = common::binary();
    let tokens = unbreakable();
    for args in ["", "report", "report --steps", "agencies", "card"] {
        let command = format!("stty cols 40 rows 24; {} {args}", binary.display());
        let output = common::scrubbed(std::process::Command::new("script"))
            .args(["-qec", &command, "/dev/null"])
            .output()
            .expect("script runs");
        let text = String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n");
        let text = strip_escapes(&text);
        if args != "agencies" {
            assert!(text.contains("911"), "htlookup {args} in a pty:\n{text}");
        }
        check(&text, 40, &format!("htlookup {args} in a pty"), &tokens);
    }
}

/// Colour codes out (a pty is a terminal: colour is on).
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for next in chars.by_ref() {
                if next.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
