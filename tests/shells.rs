//! The committed completion scripts, tried in the real shells: what `<Tab>` offers after an
//! option that takes a value, after a command that takes free words, and after `agencies`.
//! Each runs in a folder holding one file, so a shell that falls back to file names shows it.
//!
//! fish, zsh and tmux are not on every machine: those tests are `#[ignore]`d with the tool
//! named (a plain `cargo test` counts them as ignored); `cargo test -- --include-ignored`, as
//! CI runs it, runs them, and then a missing tool is a failure. bash is everywhere.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::have;

/// Fails the test when `program` is missing: an ignored test that is asked to run must run.
/// Every `--format` value, as each shell should offer it (sorted).
const FORMATS: [&str; 8] = [
    "csv", "html", "json", "jsonl", "markdown", "table", "text", "toml",
];

fn require(program: &str) {
    assert!(
        have(program),
        "{program} is not installed, and this test needs it"
    );
}

/// The completion scripts as committed (tests/completions.rs holds them to the binary's).
fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(name)
}

/// A folder with one file in it, the name a file-name fallback would offer.
fn folder_with_a_file() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a temp folder");
    std::fs::write(folder.path().join("a-file-name.txt"), "").expect("a file");
    folder
}

/// The built-in agency ids, as `agencies --json` gives them.
fn agency_ids() -> Vec<String> {
    let run = common::run(&["agencies", "--json"]);
    let agencies: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let mut ids: Vec<String> = agencies
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|agency| agency["id"].as_str().map(str::to_string))
        .collect();
    ids.sort();
    ids
}

/// What fish offers for `line` (`complete -C`): the candidates, without their descriptions.
fn fish(line: &str, folder: &Path) -> Vec<String> {
    let source = format!(
        "source {}; complete -C '{line}'",
        script("htlookup.fish").display()
    );
    let output = Command::new("fish")
        .args(["--no-config", "-c", &source])
        .current_dir(folder)
        .output()
        .expect("fish runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "fish complained: {stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout
        .lines()
        .map(|line| line.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
#[ignore = "needs fish"]
fn fish_offers_values_ids_or_nothing_and_never_file_names_where_values_belong() {
    require("fish");
    let folder = folder_with_a_file();
    let folder = folder.path();
    // Before the command (where clap_complete's own script gave file names) and after it.
    assert_eq!(fish("htlookup --format ", folder), FORMATS);
    assert_eq!(fish("htlookup --json --format ", folder), FORMATS);
    assert_eq!(fish("htlookup report --format ", folder), FORMATS);
    assert_eq!(
        fish("htlookup --color ", folder),
        ["always", "auto", "never"]
    );
    assert_eq!(fish("htlookup --lang ", folder), ["en", "es"]);
    assert_eq!(fish("htlookup agencies ", folder), agency_ids());
    assert_eq!(
        fish("htlookup agencies ov", folder),
        ["ovc", "ovc-ttac", "ovw"]
    );
    for free_words in ["htlookup search ", "htlookup local "] {
        assert_eq!(
            fish(free_words, folder),
            Vec::<String>::new(),
            "{free_words}"
        );
    }
    // Where a file does belong, it is offered.
    assert_eq!(fish("htlookup --data ", folder), ["a-file-name.txt"]);
    assert!(fish("htlookup ", folder).contains(&"agencies".to_string()));
}

/// What bash's completion function puts in `COMPREPLY` for `line` (its last word the one
/// being completed).
fn bash(line: &str, folder: &Path) -> Vec<String> {
    let mut words: Vec<&str> = line.split(' ').collect();
    if words.is_empty() {
        words.push("");
    }
    let quoted: Vec<String> = words.iter().map(|word| format!("'{word}'")).collect();
    let current = words.len() - 1;
    let previous = words.get(current.wrapping_sub(1)).copied().unwrap_or("");
    let program = format!(
        // compopt only works inside a real completion: stubbed, as it changes no candidates.
        "source {}; compopt() {{ :; }}; COMP_WORDS=({}); COMP_CWORD={current}; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; \
         _htlookup htlookup '{}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script("htlookup.bash").display(),
        quoted.join(" "),
        words[current],
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(folder)
        .output()
        .expect("bash runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "bash complained: {stderr}");
    let mut offered: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect();
    offered.sort();
    offered
}

#[test]
fn bash_offers_the_values_of_an_option_before_and_after_the_command() {
    require("bash");
    let folder = folder_with_a_file();
    let folder = folder.path();
    assert_eq!(bash("htlookup --format ", folder), FORMATS);
    assert_eq!(bash("htlookup report --format ", folder), FORMATS);
    assert_eq!(
        bash("htlookup --color ", folder),
        ["always", "auto", "never"]
    );
    assert_eq!(bash("htlookup --data ", folder), ["a-file-name.txt"]);
}

/// A zsh at a terminal (tmux), with the committed `_htlookup` on its `fpath`.
struct Zsh {
    session: String,
}

impl Zsh {
    fn start(folder: &Path) -> Zsh {
        let session = format!("htlookup-test-{}", std::process::id());
        let shell = format!(
            "cd {} && env -i PATH={}:/usr/bin:/bin HOME={} TERM=xterm zsh -f -i",
            folder.display(),
            common::binary()
                .parent()
                .expect("the binary's folder")
                .display(),
            folder.display()
        );
        let started = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x", "160", "-y", "40"])
            .arg(shell)
            .status()
            .expect("tmux runs");
        assert!(started.success());
        let zsh = Zsh { session };
        let setup = format!(
            "PROMPT='%% '; fpath=({} $fpath); autoload -Uz compinit; compinit -u -D; echo ready",
            script("").display()
        );
        zsh.keys(&[&setup, "Enter"]);
        zsh.wait_for("\nready");
        zsh
    }

    fn keys(&self, keys: &[&str]) {
        let sent = Command::new("tmux")
            .args(["send-keys", "-t", &self.session])
            .args(keys)
            .status()
            .expect("tmux runs");
        assert!(sent.success());
    }

    fn screen(&self) -> String {
        let output = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Waits (up to 20 s: a slow machine is not a failure) until the screen shows `text`.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{text:?} never appeared:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// What the screen shows after `line` and a Tab: a marker typed after the Tab shows
    /// zsh has finished with it (keys are handled in order), then the line is cleared.
    fn complete(&self, line: &str) -> String {
        self.keys(&["clear", "Enter"]);
        self.keys(&[line, "Tab"]);
        self.keys(&["ENDOFTAB"]);
        let screen = self.wait_for("ENDOFTAB");
        self.keys(&["C-c"]);
        screen
    }
}

impl Drop for Zsh {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}

#[test]
#[ignore = "needs zsh and tmux"]
fn zsh_offers_agency_ids_and_no_file_names_for_free_words() {
    require("zsh");
    require("tmux");
    let folder = folder_with_a_file();
    let zsh = Zsh::start(folder.path());
    let agencies = zsh.complete("htlookup agencies ");
    for id in agency_ids() {
        assert!(agencies.contains(&format!("{id} ")), "{id}:\n{agencies}");
    }
    assert!(
        agencies.contains("-- Office for Victims of Crime\n"),
        "{agencies}"
    );
    for free_words in ["htlookup search ", "htlookup local ", "htlookup agencies x"] {
        let screen = zsh.complete(free_words);
        assert!(!screen.contains("a-file-name"), "{free_words}:\n{screen}");
    }
    let formats = zsh.complete("htlookup --format ");
    assert!(formats.contains("jsonl"), "{formats}");
    assert!(!formats.contains("a-file-name"), "{formats}");
    let data = zsh.complete("htlookup --data ");
    assert!(data.contains("a-file-name.txt"), "{data}");
}
