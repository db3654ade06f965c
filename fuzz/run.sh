#!/usr/bin/env bash
# Runs one fuzz target until it has used CPU_SECONDS of CPU time (not wall time: on a busy
# machine libFuzzer's -max_total_time counts wall seconds and undercounts the work), then stops
# it and measures the corpus it grew.
#
#   fuzz/run.sh TARGET [CPU_SECONDS=600] [extra libFuzzer flags...]
#
# Builds with `cargo fuzz build -s none` (htlookup has no unsafe code, so AddressSanitizer would
# only cost speed; debug assertions and overflow checks stay on). Stable Rust needs
# RUSTC_BOOTSTRAP=1 for cargo-fuzz's nightly flags; it is set here. Logs go to logs/TARGET.log.
# An input that takes over 2 s (-timeout=2) or 512 MB (-rss_limit_mb=512) is a finding too:
# slowness and memory growth are bugs here, not only crashes.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET [CPU_SECONDS] [libFuzzer flags...]}
cpu_limit=${2:-600}
shift $(($# >= 2 ? 2 : 1))

export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none "$target"
./seed.sh
binary=target/x86_64-unknown-linux-gnu/release/$target
mkdir -p "artifacts/$target" logs
log=logs/$target.log

nice "$binary" "corpus/$target" -artifact_prefix="artifacts/$target/" -timeout=2 -rss_limit_mb=512 \
    -max_total_time=$((cpu_limit * 10)) -print_final_stats=1 "$@" >"$log" 2>&1 &
pid=$!
ticks=$(getconf CLK_TCK)
cpu=0
while kill -0 "$pid" 2>/dev/null; do
    read -r -a stat <"/proc/$pid/stat" || break
    # Fields 14 and 15 (utime, stime), counted from 1; the command name has no spaces here.
    cpu=$(((stat[13] + stat[14]) / ticks))
    if ((cpu >= cpu_limit)); then
        kill -INT "$pid"
        break
    fi
    sleep 2
done
status=0
wait "$pid" || status=$?
# cli_data's scratch data file (see cli_data.rs), one per fuzzing process.
rm -f "/dev/shm/htlookup-fuzz-$pid.toml" "${TMPDIR:-/tmp}/htlookup-fuzz-$pid.toml"

# libFuzzer exits 72 when interrupted (our stop), 0 at its own time limit; anything else is a
# finding (crash 1, timeout 70, out of memory -rss_limit).
echo "target=$target cpu_seconds=$cpu exit=$status"
# The last progress line (executions, coverage, corpus), libFuzzer's final stats, findings.
grep -E $'^#[0-9]+\t' "$log" | tail -n 1 || true
grep -E '^stat::' "$log" || true
echo "findings: $(find "artifacts/$target" -type f | wc -l) in fuzz/artifacts/$target"
# The coverage of the whole corpus, measured once more from scratch.
"$binary" "corpus/$target" -runs=0 2>&1 | grep -E 'INITED' || true
echo "corpus files: $(find "corpus/$target" -type f | wc -l), $(du -sh "corpus/$target" | cut -f1)"
case $status in 0 | 72) ;; *) exit 1 ;; esac
