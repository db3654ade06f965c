//! The floor for start-up measurements: a Rust program that prints one line, built with the
//! same release profile as htlookup (`cargo build --release --example baseline`). The
//! benchmarks (scripts/bench.sh) compare htlookup's instruction counts with this one's.

use std::io::Write;

fn main() {
    let mut out = std::io::stdout().lock();
    // Ignore a closed pipe, as htlookup does.
    let _ = writeln!(out, "In immediate danger? Call 911.");
}
