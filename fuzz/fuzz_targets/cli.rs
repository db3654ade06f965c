//! The whole command line, in-process, with arbitrary argument vectors.
//!
//! Input layout: three bytes describe the terminal (flags, then the width as a little-endian
//! u16), the rest is the arguments after the program name, separated by NUL bytes (bytes, not
//! necessarily UTF-8, as a shell may pass them); after three NULs in a row comes what stdin
//! holds (the keys of `report --walkthrough`).
//!
//! Every run must end with a documented exit code (0 to 4), never a panic, and keep
//! the output contracts:
//! - exit 3 (bad data file) prints nothing on stdout, except `validate`, whose output is the
//!   list of problems;
//! - a successful `--json` run prints one JSON document, a `--format jsonl` run one JSON
//!   value per line;
//! - stderr is text (UTF-8), whatever bytes the arguments held;
//! - without colour (a pipe, or `--color never`) and outside an interactive walkthrough, stdout
//!   holds no escape character.
//!
//! Arguments that name files are read by `--data` and `validate`: to keep the fuzzer away from
//! devices and FIFOs (`/dev/stdin` would block), an argument holding `/` is refused, and the
//! tokens `@resources` and `@local` stand for the two real dataset files of the repository.

#![no_main]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use clap::Parser;
use htlookup::cli::{Cli, ColorArg, Command};
use htlookup::render::Format;
use htlookup::{Environment, run};
use libfuzzer_sys::fuzz_target;

const RESOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../resources.toml");
const LOCAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/local-dataset.toml"
);

fuzz_target!(|bytes: &[u8]| {
    let [flags, low, high, rest @ ..] = bytes else {
        return;
    };
    let terminal = Environment {
        stdout_is_terminal: flags & 1 != 0,
        no_color: flags & 2 != 0,
        stdin_is_terminal: flags & 4 != 0,
        width: (flags & 8 != 0).then(|| u16::from_le_bytes([*low, *high])),
        height: (flags & 16 != 0).then_some(24),
        term_dumb: flags & 32 != 0,
        clicolor_force: flags & 64 != 0,
        data_file: None,
        layer_file: None,
        exits_after_run: false,
    };
    let (arg_bytes, keys) = match rest.windows(3).position(|w| w == [0, 0, 0]) {
        Some(at) => (&rest[..at], &rest[at + 3..]),
        None => (rest, &[][..]),
    };
    let mut args = vec![OsString::from("htlookup")];
    if !arg_bytes.is_empty() {
        for piece in arg_bytes.split(|&byte| byte == 0).take(32) {
            let arg = match piece {
                b"@resources" => RESOURCES.as_bytes().to_vec(),
                b"@local" => LOCAL.as_bytes().to_vec(),
                _ if piece.contains(&b'/') => return,
                _ => piece.to_vec(),
            };
            args.push(OsString::from_vec(arg));
        }
    }
    let mut input = keys;
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(args.clone(), &mut input, &mut out, &mut err, &terminal);
    assert!(code <= 4, "exit code {code} for {args:?}");
    assert!(
        std::str::from_utf8(&err).is_ok(),
        "stderr is not UTF-8 for {args:?}"
    );

    // The contracts that depend on what was asked: only for arguments that parse (help and
    // version are parse "errors" that print to stdout).
    let Ok(cli) = Cli::try_parse_from(&args) else {
        return;
    };
    let is_validate = matches!(cli.command, Some(Command::Validate(_)));
    // The short answer, the report and the card show the built-in data when a data file
    // cannot be used; every other command prints nothing.
    let fail_safe = matches!(
        cli.command,
        None | Some(Command::Report(_)) | Some(Command::Card(_))
    );
    if code == 3 && !is_validate && !fail_safe {
        assert!(out.is_empty(), "exit 3 with output for {args:?}");
    }
    let may_style = cli.output.color == ColorArg::Always || terminal.stdout_is_terminal || terminal.clicolor_force;
    if !may_style {
        assert!(
            !out.contains(&0x1b),
            "an escape on stdout without colour for {args:?}"
        );
    }
    if code == 0 {
        match cli.output.format().unwrap_or(Format::Table) {
            Format::Json => {
                if let Err(error) = serde_json::from_slice::<serde_json::Value>(&out) {
                    panic!("--json output is not JSON ({error}) for {args:?}");
                }
            }
            Format::Jsonl => {
                for line in out.split(|&byte| byte == b'\n').filter(|l| !l.is_empty()) {
                    if let Err(error) = serde_json::from_slice::<serde_json::Value>(line) {
                        panic!("a JSON Lines line is not JSON ({error}) for {args:?}");
                    }
                }
            }
            _ => {}
        }
    }
});
