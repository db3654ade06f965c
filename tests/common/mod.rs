//! The one place tests run htlookup, shared by every integration test file: the binary with a
//! scrubbed environment, or the library's `run` in-process with an explicit one; and the facts
//! they expect ([`facts`]).

#![allow(dead_code)] // each test file uses a different part

pub mod facts;
pub mod qr;

use std::ffi::OsStr;
use std::path::Path;

use assert_cmd::Command;

/// Environment variables that change how a CLI prints (colour, width, locale, data); none of
/// the user's settings may leak into a test.
pub const SCRUBBED_ENV: [&str; 8] = [
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "LANG",
    "HTLOOKUP_DATA",
    "HTLOOKUP_ADD",
    "TERM",
];

/// What one run printed and how it ended. Output must be UTF-8: anything else fails the test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Everything on stdout.
    pub stdout: String,
    /// Everything on stderr.
    pub stderr: String,
}

impl Run {
    fn new(code: i32, stdout: Vec<u8>, stderr: Vec<u8>) -> Run {
        Run {
            code,
            stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        }
    }
}

/// The `htlookup` binary with a scrubbed environment: every run of the binary starts here.
pub fn htlookup() -> Command {
    let mut command = Command::cargo_bin("htlookup").expect("cargo builds the htlookup binary");
    for name in SCRUBBED_ENV {
        command.env_remove(name);
    }
    command
}

/// Runs a prepared `htlookup()` command.
pub fn run_command(mut command: Command) -> Run {
    let output = command.output().expect("htlookup runs");
    let code = output
        .status
        .code()
        .expect("htlookup exits with a code, not by a signal");
    Run::new(code, output.stdout, output.stderr)
}

/// Runs the binary with `args`.
pub fn run(args: &[&str]) -> Run {
    run_data(args, None)
}

/// Runs the binary with `args`, and `--data PATH` first when `data` is given.
pub fn run_data(args: &[&str], data: Option<&Path>) -> Run {
    let mut command = htlookup();
    if let Some(path) = data {
        command.arg("--data").arg(path);
    }
    command.args(args);
    run_command(command)
}

/// Runs htlookup in-process (`htlookup::run`) with `args`, `keys` on stdin and `env` as its
/// environment: for terminals of any size, and runs too many for a process each.
pub fn run_in_process<S: AsRef<OsStr>>(
    args: &[S],
    keys: &[u8],
    env: &htlookup::Environment,
) -> Run {
    let argv = std::iter::once(OsStr::new("htlookup")).chain(args.iter().map(AsRef::as_ref));
    let mut input = keys;
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = htlookup::run(argv, &mut input, &mut out, &mut err, env);
    Run::new(i32::from(code), out, err)
}

/// `command` with the same scrubbed environment: the binary as a plain
/// `std::process::Command` (`scrubbed(binary())`), or another program that runs it (`script`
/// for a real terminal).
pub fn scrubbed(mut command: std::process::Command) -> std::process::Command {
    for name in SCRUBBED_ENV {
        command.env_remove(name);
    }
    command
}

/// The path of the built binary.
pub fn binary() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("htlookup")
}

/// Every command htlookup has, as clap knows it (not the `help` clap adds): tests that must
/// cover each command read this list, so a new command is covered without editing them.
pub fn command_names() -> Vec<String> {
    use clap::CommandFactory;
    htlookup::cli::Cli::command()
        .get_subcommands()
        .map(|command| command.get_name().to_string())
        .filter(|name| name != "help")
        .collect()
}

/// Whether `program` is on the PATH.
pub fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|output| output.status.success())
}

/// A test that needs a tool or device this machine lacks: under CI (which installs what the
/// tests need) that is a failure; elsewhere the test is skipped, visibly.
pub fn panic_or_skip(why: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{why}, and CI must run this test");
    }
    eprintln!("note: skipped: {why}");
}

/// A file holding `text`, named with `suffix` (`.toml`, `.json`: how htlookup tells a data
/// file's form), removed when the test drops it.
pub fn temp_file(suffix: &str, text: &str) -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new()
        .suffix(suffix)
        .tempfile()
        .expect("a temp file");
    std::fs::write(file.path(), text).expect("written");
    file
}
