
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'htlookup' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'htlookup'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'htlookup' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language: en or es')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add a local layer of contacts (before the command)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'How to report: 911 first, then every way to reach the hotline')
            [CompletionResult]::new('agencies', 'agencies', [CompletionResultType]::ParameterValue, 'The related federal agencies and resources the page lists')
            [CompletionResult]::new('publications', 'publications', [CompletionResultType]::ParameterValue, 'The page''s publications, filtered and sorted')
            [CompletionResult]::new('videos', 'videos', [CompletionResultType]::ParameterValue, 'The page''s videos and awareness series')
            [CompletionResult]::new('materials', 'materials', [CompletionResultType]::ParameterValue, 'Graphic novels and a booklet for young survivors')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every record, best match first (typos forgiven)')
            [CompletionResult]::new('about', 'about', [CompletionResultType]::ParameterValue, 'Where the facts come from and when they were checked')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a dataset file and list every problem in it')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'The local contacts that --add layers give')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Turn an Open Referral (HSDS) directory into a local layer')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the active dataset (built-in or --data) as TOML or JSON')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A one-page printable handout with QR codes, for trainers')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'htlookup;report' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the words around the data (default en); numbers, URLs and names never change')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--steps', '--steps', [CompletionResultType]::ParameterName, 'Show the ways to report as numbered steps (1., 2., ...), for a trainer')
            [CompletionResult]::new('--walkthrough', '--walkthrough', [CompletionResultType]::ParameterName, 'Show the steps one at a time: Enter for the next, q then Enter to quit; a summary of every number at the end. Keys are read from stdin line by line, so they can be piped')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'After the report, print QR codes a phone can scan: call the hotline, text it, and its online form (black on white when colour is on, whatever the terminal''s theme)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;agencies' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;publications' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only publications from this year (undated ones are left out)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only publications from this year or later')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only publications from this year or earlier')
            [CompletionResult]::new('--publisher', '--publisher', [CompletionResultType]::ParameterName, 'Only publications whose publisher has these words (at most 200 characters, 12 words)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only publications whose title has these words (at most 200 characters, 12 words)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: as on the page, newest first, or by title')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;videos' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;materials' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;search' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only records of this kind')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;about' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;validate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;local' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Only contacts that help with this')
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'Only contacts whose area (or their layer''s) has these words')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('hsds', 'hsds', [CompletionResultType]::ParameterValue, 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'htlookup;import;hsds' {
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'The area the layer covers (default: the one service area all services give)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Who keeps the layer (default: the data package''s title, else the one organization)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Keep only services whose name, description or taxonomy terms have this text')
            [CompletionResult]::new('--checked', '--checked', [CompletionResultType]::ParameterName, 'The day you checked the facts (default: the earliest such date the source gives)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;import;help' {
            [CompletionResult]::new('hsds', 'hsds', [CompletionResultType]::ParameterValue, 'Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'htlookup;import;help;hsds' {
            break
        }
        'htlookup;import;help;help' {
            break
        }
        'htlookup;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;card' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the handout''s words (default en); numbers, URLs and names never change')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;man' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format: table, text, json, jsonl, csv, markdown')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto, always or never')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Use this dataset file instead of the built-in data')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'htlookup;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'How to report: 911 first, then every way to reach the hotline')
            [CompletionResult]::new('agencies', 'agencies', [CompletionResultType]::ParameterValue, 'The related federal agencies and resources the page lists')
            [CompletionResult]::new('publications', 'publications', [CompletionResultType]::ParameterValue, 'The page''s publications, filtered and sorted')
            [CompletionResult]::new('videos', 'videos', [CompletionResultType]::ParameterValue, 'The page''s videos and awareness series')
            [CompletionResult]::new('materials', 'materials', [CompletionResultType]::ParameterValue, 'Graphic novels and a booklet for young survivors')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every record, best match first (typos forgiven)')
            [CompletionResult]::new('about', 'about', [CompletionResultType]::ParameterValue, 'Where the facts come from and when they were checked')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a dataset file and list every problem in it')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'The local contacts that --add layers give')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Turn an Open Referral (HSDS) directory into a local layer')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the active dataset (built-in or --data) as TOML or JSON')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A one-page printable handout with QR codes, for trainers')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'htlookup;help;report' {
            break
        }
        'htlookup;help;agencies' {
            break
        }
        'htlookup;help;publications' {
            break
        }
        'htlookup;help;videos' {
            break
        }
        'htlookup;help;materials' {
            break
        }
        'htlookup;help;search' {
            break
        }
        'htlookup;help;about' {
            break
        }
        'htlookup;help;validate' {
            break
        }
        'htlookup;help;local' {
            break
        }
        'htlookup;help;import' {
            break
        }
        'htlookup;help;export' {
            break
        }
        'htlookup;help;card' {
            break
        }
        'htlookup;help;man' {
            break
        }
        'htlookup;help;completions' {
            break
        }
        'htlookup;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
