//! The privacy promise, checked on the real binary with `strace`: a run opens no socket,
//! creates, renames or deletes nothing, opens no file for writing, and writes only to stdout
//! and stderr. A person in danger may be using the tool: nothing may leave the machine and
//! nothing may be left behind on it.
//!
//! The traced tests need `strace`, so they are `#[ignore]`d: a plain `cargo test` lists them as
//! ignored, with the reason, in its summary; `cargo test -- --include-ignored` runs them (as
//! `.ci/run` does, after installing strace), and then a missing or failing strace is a
//! failure rather than a pass unchecked. The checker's own test always runs.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

/// The syscalls traced: the whole network class, every way to open, create, link, rename,
/// delete or truncate a file, and every write. Of these, a clean run may only open files
/// read-only and write to fds 1 and 2.
const TRACED: &str = "trace=%network,open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,\
renameat2,unlink,unlinkat,link,linkat,symlink,symlinkat,truncate,ftruncate,write,writev,\
pwrite64,pwritev,pwritev2";

/// Open flags that would let the process change or create a file.
const WRITING_FLAGS: [&str; 5] = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"];

/// One traced syscall: its name and its arguments as strace printed them.
#[derive(Debug, PartialEq)]
struct Call<'a> {
    name: &'a str,
    args: &'a str,
}

/// The calls in an `strace -f -o` file: `PID name(args) = result` lines, including the first
/// half of calls that another thread interrupted (`<unfinished ...>`). Resumptions, signals
/// and exits carry no new call and are skipped.
fn calls(trace: &str) -> Vec<Call<'_>> {
    trace
        .lines()
        .filter_map(|line| {
            let (_, rest) = line.split_once(' ')?;
            let rest = rest.trim_start();
            if rest.starts_with("<...") || rest.starts_with("+++") || rest.starts_with("---") {
                return None;
            }
            let (name, args) = rest.split_once('(')?;
            Some(Call { name, args })
        })
        .collect()
}

/// What in a trace breaks the promise, one line each; empty when the run was clean.
fn violations(trace: &str) -> Vec<String> {
    calls(trace)
        .into_iter()
        .filter_map(|call| {
            let allowed = match call.name {
                "open" | "openat" | "openat2" => {
                    !WRITING_FLAGS.iter().any(|flag| call.args.contains(flag))
                }
                "write" | "writev" => call.args.starts_with("1,") || call.args.starts_with("2,"),
                // Sockets, connections, creating, renaming, linking, deleting, truncating,
                // positioned writes: never.
                _ => false,
            };
            (!allowed).then(|| format!("{}({}", call.name, call.args))
        })
        .collect()
}

/// Fails the test when strace is not installed: an ignored test that is asked to run must
/// check, not pass.
fn require_strace() {
    if Command::new("strace").arg("-V").output().is_err() {
        panic!("`strace` is not installed (apt-get install strace; .ci/run does)");
    }
}

/// Runs htlookup under strace with `args` (and `env`), stdin from `stdin`; returns the trace.
fn traced_run(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let trace_file = dir.path().join("trace");
    let mut command = Command::new("strace");
    command
        .args(["-f", "-e", TRACED, "-o"])
        .arg(&trace_file)
        .arg(env!("CARGO_BIN_EXE_htlookup"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for name in common::SCRUBBED_ENV {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let mut child = command.spawn().expect("strace starts");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("a stdin pipe");
        input.write_all(stdin).expect("write the keys");
    }
    let output = child.wait_with_output().expect("strace runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "htlookup {args:?} under strace failed ({}): {stderr}\n\
         (if strace cannot trace here, e.g. ptrace is not permitted, this test cannot check)",
        output.status
    );
    assert!(
        !output.stdout.is_empty(),
        "htlookup {args:?} printed nothing"
    );
    std::fs::read_to_string(&trace_file).expect("strace wrote its trace")
}

/// Runs and checks one command line; the trace must show the run's output being written (so
/// the filter demonstrably works) and nothing that breaks the promise.
fn assert_clean(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> String {
    let trace = traced_run(args, env, stdin);
    let found = calls(&trace);
    assert!(
        found
            .iter()
            .any(|call| call.name.starts_with("write") && call.args.starts_with("1,")),
        "no write to stdout in the trace of {args:?}: is the strace filter working?\n{trace}"
    );
    let bad = violations(&trace);
    assert!(
        bad.is_empty(),
        "htlookup {args:?}: {bad:#?}\nwhole trace:\n{trace}"
    );
    trace
}

#[test]
#[ignore = "needs strace"]
fn lookups_open_no_socket_and_write_no_file() {
    require_strace();
    for args in [
        &["report"][..],
        &["search", "hotline", "--json"],
        &["publications", "--year", "2022"],
        &["agencies", "ovc"],
        &["export"],
        &["report", "--qr", "--lang", "es"],
        &["card", "--format", "html"],
        &["about", "--json"],
        &["man"],
        &["completions", "bash"],
    ] {
        assert_clean(args, &[], b"");
    }
}

#[test]
#[ignore = "needs strace"]
fn the_walkthrough_reads_keys_and_writes_only_to_the_terminal_streams() {
    require_strace();
    assert_clean(&["report", "--walkthrough"], &[], b"\n\n\nq\n");
}

#[test]
#[ignore = "needs strace"]
fn a_data_file_is_opened_read_only_and_nothing_else_is_touched() {
    require_strace();
    let data = "examples/local-dataset.toml";
    for (args, env) in [
        (&["--data", data, "agencies"][..], &[][..]),
        (&["--data", data, "export", "--format", "json"], &[]),
        (&["validate", data], &[]),
        (&["report", "--steps"], &[("HTLOOKUP_DATA", data)]),
    ] {
        let trace = assert_clean(args, env, b"");
        let opened = calls(&trace).into_iter().any(|call| {
            call.name.starts_with("open") && call.args.contains(&format!("\"{data}\""))
        });
        assert!(opened, "{args:?} did not open {data}:\n{trace}");
    }
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(data).is_file());
}

#[test]
fn the_checker_catches_what_it_must() {
    let trace = "\
101 openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3
101 write(1, \"ok\\n\", 3) = 3
101 write(2, \"htlookup: x\\n\", 12 <unfinished ...>
102 <... write resumed>) = 12
101 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3
101 connect(3, {sa_family=AF_INET, sin_port=htons(443)}, 16) = 0
101 openat(AT_FDCWD, \"history\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 4
101 open(\"log\", O_RDWR) = 5
101 write(4, \"secret\", 6) = 6
101 mkdir(\"/tmp/x\", 0777) = 0
101 renameat2(AT_FDCWD, \"a\", AT_FDCWD, \"b\", RENAME_NOREPLACE) = 0
101 unlinkat(AT_FDCWD, \"a\", 0) = 0
101 --- SIGPIPE {si_signo=SIGPIPE} ---
101 +++ exited with 0 +++
";
    let found: Vec<String> = violations(trace)
        .iter()
        .map(|line| line.split('(').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        found,
        [
            "socket",
            "connect",
            "openat",
            "open",
            "write",
            "mkdir",
            "renameat2",
            "unlinkat"
        ]
    );
}
