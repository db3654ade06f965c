# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_htlookup_global_optspecs
    string join \n lang= V/version format= json color= data= add= h/help
end

function __fish_htlookup_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_htlookup_global_optspecs) -- $cmd 2>/dev/null
    or return 0
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_htlookup_using_subcommand
    set -l cmd (__fish_htlookup_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c htlookup -n "__fish_htlookup_needs_command" -l lang -d 'Language: en or es' -r -f -a "en\t'English'
es\t'Spanish (Latin American)'"
complete -c htlookup -n "__fish_htlookup_needs_command" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_needs_command" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_needs_command" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_needs_command" -l add -d 'Add a local layer of contacts (before the command)' -r -F
complete -c htlookup -n "__fish_htlookup_needs_command" -s V -l version -d 'Print version'
complete -c htlookup -n "__fish_htlookup_needs_command" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "report" -d 'How to report: 911 first, then every way to reach the hotline'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "agencies" -d 'The related federal agencies and resources the page lists'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "publications" -d 'The page\'s publications, filtered and sorted'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "videos" -d 'The page\'s videos and awareness series'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "materials" -d 'Graphic novels and a booklet for young survivors'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "search" -d 'Search every record, best match first (typos forgiven)'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "about" -d 'Where the facts come from and when they were checked'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "validate" -d 'Check a dataset file and list every problem in it'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "local" -d 'The local contacts that --add layers give'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "import" -d 'Turn an Open Referral (HSDS) directory into a local layer'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "export" -d 'Print the active dataset (built-in or --data) as TOML or JSON'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "card" -d 'A one-page printable handout with QR codes, for trainers'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c htlookup -n "__fish_htlookup_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l lang -d 'Language of the words around the data (default en); numbers, URLs and names never change' -r -f -a "en\t'English'
es\t'Spanish (Latin American)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l steps -d 'Show the ways to report as numbered steps (1., 2., ...), for a trainer'
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l walkthrough -d 'Show the steps one at a time: Enter for the next, q then Enter to quit; a summary of every number at the end. Keys are read from stdin line by line, so they can be piped'
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -l qr -d 'After the report, print QR codes a phone can scan: call the hotline, text it, and its online form (black on white when colour is on, whatever the terminal\'s theme)'
complete -c htlookup -n "__fish_htlookup_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l year -d 'Only publications from this year (undated ones are left out)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l since -d 'Only publications from this year or later' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l until -d 'Only publications from this year or earlier' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l publisher -d 'Only publications whose publisher has these words (at most 200 characters, 12 words)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l search -d 'Only publications whose title has these words (at most 200 characters, 12 words)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l sort -d 'Order: as on the page, newest first, or by title' -r -f -a "page\t'As the page lists them'
date\t'Newest first; undated last'
title\t'Alphabetical by title, ignoring case'"
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l limit -d 'Show at most this many' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand publications" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand videos" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand videos" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand videos" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand videos" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand videos" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand materials" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand materials" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand materials" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand materials" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand materials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l kind -d 'Only records of this kind' -r -f -a "channel\t'A way to report: 911, a hotline means, or another official channel'
agency\t'A related agency'
publication\t'A publication'
video\t'A video or awareness series'
material\t'A material for young survivors'
local\t'A local contact, from a layer added with --add'"
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l limit -d 'Show at most this many results' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand about" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand about" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand about" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand about" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand about" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand validate" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand validate" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand validate" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand validate" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l for -d 'Only contacts that help with this' -r -f -a "report\t'Takes reports of trafficking'
law-enforcement\t'Police, sheriff or another law enforcement agency'
shelter\t'Emergency or longer-term housing'
legal\t'Legal aid'
health\t'Medical care'
labor\t'Workers\' rights and labor complaints'
youth\t'Services for children and young people'
immigration\t'Immigration help'
counseling\t'Counseling and emotional support'
other\t'Anything else'"
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l area -d 'Only contacts whose area (or their layer\'s) has these words' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -f -a "hsds" -d 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and not __fish_seen_subcommand_from hsds help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l area -d 'The area the layer covers (default: the one service area all services give)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l name -d 'Who keeps the layer (default: the data package\'s title, else the one organization)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l match -d 'Keep only services whose name, description or taxonomy terms have this text' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l checked -d 'The day you checked the facts (default: the earliest such date the source gives)' -r
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from hsds" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "hsds" -d 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer'
complete -c htlookup -n "__fish_htlookup_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c htlookup -n "__fish_htlookup_using_subcommand export" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand export" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand export" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand export" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -l lang -d 'Language of the handout\'s words (default en); numbers, URLs and names never change' -r -f -a "en\t'English'
es\t'Spanish (Latin American)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand card" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand man" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand man" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand man" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand man" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand completions" -l format -d 'Format: table, text, json, jsonl, csv, markdown' -r -f -a "table\t'Aligned table for people (fits the terminal; too narrow a terminal gets text blocks)'
text\t'Plain text without box drawing: one line per field (Field: value), for screen readers, printers and narrow terminals'
json\t'One pretty-printed JSON document'
jsonl\t'JSON Lines: one compact JSON object per line'
csv\t'Comma-separated values with a header row of the JSON keys (RFC 4180)'
markdown\t'A GitHub-flavoured Markdown table'
toml\t'TOML, for `export` only: a dataset file'
html\t'A standalone HTML page (card only)'"
complete -c htlookup -n "__fish_htlookup_using_subcommand completions" -l color -d 'Colour: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is unset or empty'
always\t'Always colour, even in a pipe or with NO_COLOR set'
never\t'Never colour'"
complete -c htlookup -n "__fish_htlookup_using_subcommand completions" -l data -d 'Use this dataset file instead of the built-in data' -r -F
complete -c htlookup -n "__fish_htlookup_using_subcommand completions" -l json -d 'Same as --format json'
complete -c htlookup -n "__fish_htlookup_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "report" -d 'How to report: 911 first, then every way to reach the hotline'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "agencies" -d 'The related federal agencies and resources the page lists'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "publications" -d 'The page\'s publications, filtered and sorted'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "videos" -d 'The page\'s videos and awareness series'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "materials" -d 'Graphic novels and a booklet for young survivors'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "search" -d 'Search every record, best match first (typos forgiven)'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "about" -d 'Where the facts come from and when they were checked'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "validate" -d 'Check a dataset file and list every problem in it'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "local" -d 'The local contacts that --add layers give'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "import" -d 'Turn an Open Referral (HSDS) directory into a local layer'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "export" -d 'Print the active dataset (built-in or --data) as TOML or JSON'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "card" -d 'A one-page printable handout with QR codes, for trainers'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "man" -d 'Print the manual page (roff)'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c htlookup -n "__fish_htlookup_using_subcommand help; and not __fish_seen_subcommand_from report agencies publications videos materials search about validate local import export card man completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c htlookup -n "__fish_htlookup_using_subcommand agencies" -f -a "ovc\t'Office for Victims of Crime'
ovc-ttac\t'Office for Victims of Crime Training and Technical Assistance Center'
ojjdp\t'Office of Juvenile Justice and Delinquency Prevention: Human Trafficking Resources'
ovw\t'Office on Violence Against Women'
pitf\t'President’s Interagency Task Force to Monitor and Combat Trafficking in Persons'
uscis\t'U.S. Citizenship and Immigration Services: Victims of Human Trafficking & Other Crimes'
orr\t'Office of Refugee Resettlement'
otip\t'Office on Trafficking in Persons'
blue-campaign\t'Blue Campaign'
doj-human-trafficking\t'Human Trafficking'"
complete -c htlookup -n "__fish_htlookup_using_subcommand search" -f
complete -c htlookup -n "__fish_htlookup_using_subcommand local" -f
