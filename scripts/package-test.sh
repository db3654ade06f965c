#!/usr/bin/env bash
# The Debian package, tested the way a person gets it: build it with `cargo deb`, install it
# with `dpkg -i` on this machine, check what was installed, remove it with `dpkg -r` and check
# that nothing is left. Needs root, cargo-deb (cargo install cargo-deb --locked), man-db and
# bash-completion; .ci/run installs them when CI is set and runs this after the tests.
#
# Every failed check prints `package-test: FAIL: ...` and the script exits non-zero; the
# package is removed on every way out (trap), so a failed run leaves the machine as it was.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=htlookup
# Every file the package installs, and nothing else (directories aside; see the dpkg -L check).
EXPECTED_FILES=(
    /usr/bin/htlookup
    /usr/share/bash-completion/completions/htlookup
    /usr/share/doc/htlookup/changelog.gz
    /usr/share/doc/htlookup/copyright
    /usr/share/fish/vendor_completions.d/htlookup.fish
    /usr/share/man/man1/htlookup.1.gz
    /usr/share/zsh/vendor-completions/_htlookup
)

say() { echo "package-test: $*"; }
fail() {
    echo "package-test: FAIL: $*" >&2
    exit 1
}

[ "$(id -u)" = 0 ] || fail "run as root: the test installs the package with dpkg -i"
for tool in cargo-deb dpkg dpkg-deb man bash; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (.ci/run installs what this needs)"
done
[ -r /usr/share/bash-completion/bash_completion ] ||
    fail "bash-completion is not installed (apt-get install bash-completion)"
# Installing over an existing htlookup package, then removing it, would take a person's
# installation away: refuse instead.
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'installed'; then
    fail "package $PACKAGE is already installed; remove it first (dpkg -r $PACKAGE)"
fi

installed=no
cleanup() {
    if [ "$installed" = yes ]; then
        say "removing $PACKAGE after a failed check"
        dpkg -r "$PACKAGE" >/dev/null 2>&1 || echo "package-test: could not remove $PACKAGE" >&2
    fi
}
trap cleanup EXIT

say "building the package (cargo deb --locked: the release profile)"
deb=$(cargo deb --locked --quiet) || fail "cargo deb failed"
[ -f "$deb" ] || fail "cargo deb printed no .deb path (got: $deb)"
case "$deb" in
    */target/debian/"$PACKAGE"_*.deb) ;;
    *) fail "unexpected package path: $deb" ;;
esac
version=$(dpkg-deb --field "$deb" Version)
say "built $deb ($(stat -c %s "$deb") bytes, version $version)"

# The package must do nothing but add and remove its files: no maintainer scripts (no
# postinst that could write a file or reach the network), no conffiles, no triggers. The
# control archive holds `control` (cargo-deb writes no md5sums; dpkg computes its own).
control=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -v '^$' | sort | tr '\n' ' ')
case "$control" in
    "control " | "control md5sums ") ;;
    *) fail "the control archive holds more than control and md5sums: $control" ;;
esac

# The binary is the release profile's, byte for byte (stripped, fat LTO).
extracted=$(mktemp -d)
dpkg-deb --extract "$deb" "$extracted"
cmp -s "$extracted/usr/bin/htlookup" target/release/htlookup ||
    fail "/usr/bin/htlookup in the package is not target/release/htlookup"
rm -rf "$extracted"

# Debian's Docker images may carry /etc/dpkg/dpkg.cfg.d/excludes with path-exclude lines that
# drop /usr/share/man and /usr/share/doc from every install; dpkg then registers such a file
# (dpkg -L lists it) without writing it, and `man -w` finds nothing. The test is of the
# package, not of the image's choice, so each of our files is re-included: on the command
# line, after the configuration files, --path-include wins. Where no file excludes anything,
# as on the project's machine, the options change nothing.
if grep -qs '^path-exclude' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/*; then
    say "note: dpkg excludes paths here ($(grep -ls '^path-exclude' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/* | tr '\n' ' ')); re-including the package's files"
fi
includes=()
for file in "${EXPECTED_FILES[@]}"; do
    includes+=("--path-include=$file")
done

say "installing with dpkg -i"
installed=yes
dpkg "${includes[@]}" -i "$deb" >/dev/null || fail "dpkg -i $deb failed"

# 1. The installed binary, by the name a person types, prints the version with the data's
#    dates; the dates are resources.toml's own.
modified=$(sed -n 's/^modified = "\(.*\)"$/\1/p' resources.toml)
checked=$(sed -n 's/^facts_checked = "\(.*\)"$/\1/p' resources.toml)
expected_version="htlookup $version (data: page modified $modified, facts checked $checked)"
actual_version=$(/usr/bin/htlookup --version) || fail "htlookup --version failed"
[ "$actual_version" = "$expected_version" ] ||
    fail "htlookup --version printed '$actual_version', expected '$expected_version'"
say "ok: $actual_version"
resolved=$(PATH=/usr/sbin:/usr/bin:/sbin:/bin command -v htlookup)
[ "$resolved" = /usr/bin/htlookup ] || fail "htlookup resolves to $resolved on the system PATH"

# 2. man finds the page where the package put it, compressed.
manpage=$(man -w htlookup) || fail "man -w htlookup finds no page"
[ "$manpage" = /usr/share/man/man1/htlookup.1.gz ] ||
    fail "man -w htlookup gave $manpage, expected /usr/share/man/man1/htlookup.1.gz"
gzip -dc "$manpage" | cmp -s - man/htlookup.1 || fail "$manpage is not man/htlookup.1"
say "ok: man -w htlookup: $manpage"

# 3. bash loads the completion. bash-completion loads a command's file from its directory on
#    the first Tab (its `complete -D` loader); Debian's /etc/bash.bashrc leaves sourcing it
#    commented out, so the shell here sources it as a user's ~/.bashrc would, then asks the
#    loader for htlookup exactly as a Tab would.
completion=$(bash -c '. /usr/share/bash-completion/bash_completion && _completion_loader htlookup; complete -p htlookup' 2>&1) ||
    fail "bash did not load a completion for htlookup: $completion"
case "$completion" in
    "complete "*"-F _htlookup "*"htlookup") ;;
    *) fail "unexpected completion for htlookup: $completion" ;;
esac
say "ok: bash: $completion"

# 4. dpkg -L lists exactly the expected files. It lists directories too (/., /usr, ...); they
#    are filtered out by asking the file system, after the install, which entries are
#    directories, so a listed file that is missing on disk still shows up and fails.
listed=$(dpkg -L "$PACKAGE" | while IFS= read -r path; do [ -d "$path" ] || echo "$path"; done | sort)
expected=$(printf '%s\n' "${EXPECTED_FILES[@]}" | sort)
if [ "$listed" != "$expected" ]; then
    diff <(echo "$expected") <(echo "$listed") >&2 || true
    fail "dpkg -L $PACKAGE differs from the expected files (< expected, > listed)"
fi
for file in "${EXPECTED_FILES[@]}"; do
    [ -f "$file" ] || fail "$file is listed but not on disk"
done
say "ok: dpkg -L lists exactly ${#EXPECTED_FILES[@]} files:"
printf '  %s\n' "${EXPECTED_FILES[@]}"

# 5. dpkg -r takes every file away, and dpkg forgets the package (it has no conffiles to keep).
say "removing with dpkg -r"
dpkg -r "$PACKAGE" >/dev/null || fail "dpkg -r $PACKAGE failed"
installed=no
for file in "${EXPECTED_FILES[@]}"; do
    [ ! -e "$file" ] || fail "$file is still there after dpkg -r"
done
status=$(dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null || true)
case "$status" in
    "" | "unknown ok not-installed" | "deinstall ok not-installed") ;;
    *) fail "dpkg still knows $PACKAGE after dpkg -r: $status" ;;
esac
say "ok: dpkg -r left none of the files behind"
say "passed"
