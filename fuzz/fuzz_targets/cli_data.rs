//! Untrusted data through every command and renderer: the input is a dataset file's text.
//!
//! `dataset_load` checks that any text loads or is refused; this target follows the texts
//! that load through the whole CLI (`--data FILE`), where the data's strings reach tables,
//! steps, the walkthrough, QR codes, the printable card (HTML), CSV, Markdown and JSON. With a
//! valid file every command must succeed (a lookup may find nothing: exit 1), and:
//! - no output holds a character a terminal would obey (escape, other controls,
//!   bidirectional overrides): data cannot drive the terminal, in any format;
//! - JSON output is JSON; the HTML card holds no script, whatever the data says.
//!
//! Each accepted text is written to one scratch file per fuzzing process (in /dev/shm when
//! there is one) so that `--data` reads it as a user's file would be read; the file is removed
//! after the commands.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use htlookup_data::load::parse;
use htlookup_data::characters::is_unsafe;
use htlookup::{Environment, run};
use libfuzzer_sys::fuzz_target;

fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let shm = PathBuf::from("/dev/shm");
        let dir = if shm.is_dir() {
            shm
        } else {
            std::env::temp_dir()
        };
        dir.join(format!("htlookup-fuzz-{}.toml", std::process::id()))
    })
}

/// Each command with the exit codes a valid dataset allows.
const COMMANDS: &[(&[&str], &[u8])] = &[
    (&["report"], &[0]),
    (&["report", "--steps", "--lang", "es"], &[0]),
    (&["report", "--qr"], &[0]),
    (&["report", "--walkthrough"], &[0]),
    (&["report", "--json"], &[0]),
    (&["report", "--format", "csv"], &[0]),
    (&["agencies"], &[0]),
    (&["agencies", "--format", "markdown"], &[0]),
    (&["publications", "--sort", "date"], &[0]),
    (&["publications", "--json"], &[0]),
    (&["videos", "--format", "csv"], &[0]),
    (&["materials", "--format", "jsonl"], &[0]),
    (&["about"], &[0]),
    (&["export"], &[0]),
    (&["export", "--json"], &[0]),
    (&["card"], &[0]),
    (&["card", "--format", "html", "--lang", "es"], &[0]),
    (&["card", "--format", "markdown"], &[0]),
    (&["validate"], &[0]),
];

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(dataset) = parse("fuzz.toml", text, 5) else {
        return;
    };
    let path = scratch();
    std::fs::write(path, text).expect("write the scratch data file");
    let data = path.to_str().expect("a UTF-8 scratch path");

    // Lookups by the data's own names: an agency's id and a publication's title.
    let agency = dataset.agencies.first().map(|a| a.id.to_string());
    let title = dataset.publications.first().map(|p| p.title.to_string());
    let mut lookups: Vec<Vec<&str>> = Vec::new();
    if let Some(id) = &agency {
        lookups.push(vec!["agencies", "--", id]);
    }
    if let Some(title) = &title {
        lookups.push(vec!["search", "--json", "--", title]);
        lookups.push(vec!["publications", "--search", title]);
    }

    let fixed = COMMANDS.iter().map(|(args, codes)| (args.to_vec(), *codes));
    let looked_up = lookups.into_iter().map(|args| (args, &[0u8, 1][..]));
    for (args, allowed) in fixed.chain(looked_up) {
        let mut argv = vec!["htlookup", "--data", data, "--color", "never"];
        argv.extend(&args);
        let mut keys: &[u8] = b"\n\nq\n";
        let mut out = Vec::new();
        let mut err = Vec::new();
        let code = run(&argv, &mut keys, &mut out, &mut err, &Environment::default());
        let stderr = String::from_utf8_lossy(&err);
        assert!(
            allowed.contains(&code),
            "exit {code} for {args:?} with a valid data file: {stderr}"
        );
        let stdout = std::str::from_utf8(&out).expect("stdout is UTF-8");
        if let Some(bad) = stdout.chars().find(|&c| is_unsafe(c) && c != '\n') {
            panic!("{bad:?} on stdout of {args:?}");
        }
        if let Some(bad) = stderr.chars().find(|&c| is_unsafe(c) && c != '\n') {
            panic!("{bad:?} on stderr of {args:?}");
        }
        if args.contains(&"--json") && code == 0 {
            serde_json::from_str::<serde_json::Value>(stdout).expect("--json prints JSON");
        }
        if args.contains(&"html") {
            assert!(
                !stdout.to_ascii_lowercase().contains("<script"),
                "a script in the card"
            );
        }
    }
    let _ = std::fs::remove_file(path);
});
