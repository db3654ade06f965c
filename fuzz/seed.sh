#!/usr/bin/env bash
# Writes the seed corpora into fuzz/corpus/<target> (ignored by git): the two real dataset
# files for dataset_load and cli_data (and the built-in data as JSON for dataset_load and
# json_stream; needs jq), a few real command lines for cli, a few real queries for
# query. Idempotent; fuzz/run.sh calls it before each run.
set -euo pipefail
cd "$(dirname "$0")"

mkdir -p corpus/dataset_load corpus/cli_data corpus/cli corpus/query corpus/json_stream
for target in dataset_load cli_data; do
    cp ../resources.toml "corpus/$target/resources.toml"
    cp ../examples/local-dataset.toml "corpus/$target/local-dataset.toml"
done
# json_stream and dataset_load: the built-in data as export writes it, pretty and compact (the
# first byte of a json_stream input chooses the buffer's size: here 64 and 7 bytes).
json=$(cd .. && cargo run --quiet --release --locked -- export --format json)
printf '%s' "$json" >corpus/dataset_load/resources.json
{ printf '\077'; printf '%s' "$json"; } >corpus/json_stream/resources-pretty.json
{ printf '\006'; printf '%s' "$json" | jq -c .; } >corpus/json_stream/resources-compact.json

# cli input: 3 bytes of terminal (flags, width as u16 LE), then the arguments separated by NUL,
# then optionally three NULs and stdin. Here one seed per line: the arguments separated by
# spaces, '|' before stdin ('\n' in it means a newline). Each line is seeded twice: as a pipe
# (no flags) and as an 80-column terminal (flags 0b1101: stdout, stdin and width set).
# '@resources' and '@local' stand for the repository's two dataset files (see cli.rs).
seed=0
while IFS='|' read -r args keys; do
    seed=$((seed + 1))
    for header in '\000\000\000' '\015\120\000'; do
        {
            printf "$header"
            printf '%s' "$args" | tr ' ' '\0'
            if [ -n "$keys" ]; then
                printf '\0\0\0'
                printf "$keys"
            fi
        } >"corpus/cli/seed-$seed-$([ "$header" = '\000\000\000' ] && echo pipe || echo tty)"
    done
done <<'LINES'
report
report --steps --color always
report --walkthrough|\n\nq\n
report --walkthrough --lang es|\n\n\n\n\n\n\n\n
report --qr --lang es
search hotline --json
search trauma informd care --kind publication --limit 3
publications --year 2022 --json
publications --since 2021 --until 2022 --sort date --format csv
publications --publisher national institute of justice --format markdown
agencies ovc
agencies refugee resettlemnt --format jsonl
videos --format markdown
materials --json
about --json
export --format toml
card --format html
card --lang es --format markdown
man
--data @local agencies
--data @resources validate --format json
validate @local
completions bash
--json --help
LINES

# query takes structured input (libFuzzer's arbitrary); plain text still seeds the strings.
printf 'trauma informd care' >corpus/query/seed-1
printf 'OVC TTAC\x00victims of crime' >corpus/query/seed-2
printf '1-888-373-7888 233733' >corpus/query/seed-3
printf 'Trafficking\xe2\x80\x93Survivors\xe2\x80\x99 toolkit \x1b[31m' >corpus/query/seed-4
