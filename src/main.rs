//! The process entry point: real arguments, real streams, an exit code. Everything else is in
//! `htlookup::run`.

use std::io::{self, BufWriter};
use std::process::ExitCode;

fn main() -> ExitCode {
    let env = htlookup::Environment::detect();
    // One locked, buffered stdout for the whole run: no `println!`, which panics on a closed
    // pipe; `run` treats a closed pipe as a quiet success.
    let mut out = BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let mut input = io::stdin().lock();
    ExitCode::from(htlookup::run(
        std::env::args_os(),
        &mut input,
        &mut out,
        &mut err,
        &env,
    ))
}
