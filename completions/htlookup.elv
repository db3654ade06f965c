
use builtin;
use str;

set edit:completion:arg-completer[htlookup] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'htlookup'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'htlookup'= {
            cand --lang 'Language: en or es'
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --add 'Add a local layer of contacts (before the command)'
            cand -V 'Print version'
            cand --version 'Print version'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand report 'How to report: 911 first, then every way to reach the hotline'
            cand agencies 'The related federal agencies and resources the page lists'
            cand publications 'The page''s publications, filtered and sorted'
            cand videos 'The page''s videos and awareness series'
            cand materials 'Graphic novels and a booklet for young survivors'
            cand search 'Search every record, best match first (typos forgiven)'
            cand about 'Where the facts come from and when they were checked'
            cand validate 'Check a dataset file and list every problem in it'
            cand local 'The local contacts that --add layers give'
            cand import 'Turn an Open Referral (HSDS) directory into a local layer'
            cand export 'Print the active dataset (built-in or --data) as TOML or JSON'
            cand card 'A one-page printable handout with QR codes, for trainers'
            cand man 'Print the manual page (roff)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'htlookup;report'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --lang 'Language of the words around the data (default en); numbers, URLs and names never change'
            cand --json 'Same as --format json'
            cand --steps 'Show the ways to report as numbered steps (1., 2., ...), for a trainer'
            cand --walkthrough 'Show the steps one at a time: Enter for the next, q then Enter to quit; a summary of every number at the end. Keys are read from stdin line by line, so they can be piped'
            cand --qr 'After the report, print QR codes a phone can scan: call the hotline, text it, and its online form (black on white when colour is on, whatever the terminal''s theme)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;agencies'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;publications'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --year 'Only publications from this year (undated ones are left out)'
            cand --since 'Only publications from this year or later'
            cand --until 'Only publications from this year or earlier'
            cand --publisher 'Only publications whose publisher has these words (at most 200 characters, 12 words)'
            cand --search 'Only publications whose title has these words (at most 200 characters, 12 words)'
            cand --sort 'Order: as on the page, newest first, or by title'
            cand --limit 'Show at most this many'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;videos'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;materials'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;search'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --kind 'Only records of this kind'
            cand --limit 'Show at most this many results'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;about'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;validate'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;local'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --for 'Only contacts that help with this'
            cand --area 'Only contacts whose area (or their layer''s) has these words'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;import'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand hsds 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'htlookup;import;hsds'= {
            cand --area 'The area the layer covers (default: the one service area all services give)'
            cand --name 'Who keeps the layer (default: the data package''s title, else the one organization)'
            cand --match 'Keep only services whose name, description or taxonomy terms have this text'
            cand --checked 'The day you checked the facts (default: the earliest such date the source gives)'
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;import;help'= {
            cand hsds 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'htlookup;import;help;hsds'= {
        }
        &'htlookup;import;help;help'= {
        }
        &'htlookup;export'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;card'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --lang 'Language of the handout''s words (default en); numbers, URLs and names never change'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;man'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;completions'= {
            cand --format 'Format: table, text, json, jsonl, csv, markdown'
            cand --color 'Colour: auto, always or never'
            cand --data 'Use this dataset file instead of the built-in data'
            cand --json 'Same as --format json'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'htlookup;help'= {
            cand report 'How to report: 911 first, then every way to reach the hotline'
            cand agencies 'The related federal agencies and resources the page lists'
            cand publications 'The page''s publications, filtered and sorted'
            cand videos 'The page''s videos and awareness series'
            cand materials 'Graphic novels and a booklet for young survivors'
            cand search 'Search every record, best match first (typos forgiven)'
            cand about 'Where the facts come from and when they were checked'
            cand validate 'Check a dataset file and list every problem in it'
            cand local 'The local contacts that --add layers give'
            cand import 'Turn an Open Referral (HSDS) directory into a local layer'
            cand export 'Print the active dataset (built-in or --data) as TOML or JSON'
            cand card 'A one-page printable handout with QR codes, for trainers'
            cand man 'Print the manual page (roff)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'htlookup;help;report'= {
        }
        &'htlookup;help;agencies'= {
        }
        &'htlookup;help;publications'= {
        }
        &'htlookup;help;videos'= {
        }
        &'htlookup;help;materials'= {
        }
        &'htlookup;help;search'= {
        }
        &'htlookup;help;about'= {
        }
        &'htlookup;help;validate'= {
        }
        &'htlookup;help;local'= {
        }
        &'htlookup;help;import'= {
        }
        &'htlookup;help;export'= {
        }
        &'htlookup;help;card'= {
        }
        &'htlookup;help;man'= {
        }
        &'htlookup;help;completions'= {
        }
        &'htlookup;help;help'= {
        }
    ]
    $completions[$command]
}
