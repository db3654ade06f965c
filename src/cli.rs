//! The command line, declared with clap's derive API: the only module that knows clap (with
//! the completions and man commands, which print what clap knows of it).
//!
//! Every flag's long name is written out so it can be found with grep; `help_expected` makes a
//! flag without help text a test failure (see `verify_cli` below). The values of `--format`,
//! `--sort`, `--kind`, `--lang` and `--color` are clap enums here, mapped to the plain enums the
//! rest of the program uses; [`parse`] turns clap's outcomes into an error or a help text.

mod fold;

pub use fold::{NotRun, parse};

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::embedded::Lang;
use crate::env::ColorChoice;
use crate::query::publications::PublicationOrder;
use crate::render::Format;
use htlookup_data::documents::SearchKind;
use htlookup_data::layer::Help;
use htlookup_data::model::Date;
use htlookup_data::validate::YEARS;

/// What `htlookup -h` says after the options: the numbers (the data's, set by the build
/// script), and where the rest is.
const MAIN_AFTER_SHORT_HELP: &str = concat!(
    "In immediate danger? Call ",
    env!("HTLOOKUP_EMERGENCY"),
    ". Hotline (24/7): call ",
    env!("HTLOOKUP_HOTLINE_PHONE"),
    ", text ",
    env!("HTLOOKUP_HOTLINE_TEXT"),
    "."
);

/// What `htlookup --help` says after the options, the exit codes from error.rs's table.
const MAIN_AFTER_HELP: &str = concat!(
    "In immediate danger? Call ",
    env!("HTLOOKUP_EMERGENCY"),
    ".\nNational Human Trafficking Hotline: call ",
    env!("HTLOOKUP_HOTLINE_PHONE"),
    ", text ",
    env!("HTLOOKUP_HOTLINE_TEXT"),
    " (24/7).",
    "

Examples:
  htlookup                               the short answer: 911 and the hotline
  htlookup --lang es                     the same in Spanish
  htlookup report                        every way to report, and where the facts come from
  htlookup report --steps                numbered steps for a trainer
  htlookup agencies ovc                  one agency's details
  htlookup publications --year 2022      publications from 2022
  htlookup search 'trauma informed care' --json | jq '.[0].id'

",
    crate::error::exit_codes_help!(),
    "

Environment:
  NO_COLOR        when set and not empty, no colour unless --color always
  CLICOLOR_FORCE  when set and not empty or 0, colour as with --color always
  TERM            dumb: no colour and no clearing of the screen unless --color always
  HTLOOKUP_DATA   a dataset file to use instead of the built-in data (--data wins)
  HTLOOKUP_ADD    a local layer to add on top of the national data (--add wins)

htlookup works offline: it never touches the network, writes no files and keeps no history.
With --data and --add it reads those files and nothing else."
);

/// Offline lookup of the U.S. Office of Justice Programs "Human Trafficking Special Feature":
/// how to report trafficking, related agencies, publications, videos and materials.
#[derive(Debug, Parser)]
#[command(
    name = "htlookup",
    // "0.2.0 (data: page modified …, facts checked …)": the build script reads the dates from
    // the built-in dataset's meta.
    version = env!("HTLOOKUP_VERSION"),
    disable_version_flag = true,
    about,
    long_about = None,
    // The description heads --help only: -h is for the commands and the numbers.
    help_template = "{before-help}{usage-heading} {usage}\n\n{all-args}{after-help}",
    before_long_help = env!("CARGO_PKG_DESCRIPTION"),
    help_expected = true,
    after_help = MAIN_AFTER_SHORT_HELP,
    after_long_help = MAIN_AFTER_HELP,
    args_override_self = true
)]
pub struct Cli {
    /// Language: en or es
    #[arg(
        long_help = "Language of the short answer (and of report and card, when given before them): en (English) or es (Spanish, Latin American)"
    )]
    #[arg(
        long = "lang",
        value_enum,
        value_name = "LANG",
        hide_possible_values = true
    )]
    pub lang: Option<LangArg>,

    /// Print version
    // clap's own -V, hidden from -h (which has room for the commands and the numbers only).
    #[arg(
        short = 'V',
        long = "version",
        action = clap::ArgAction::Version,
        hide_short_help = true
    )]
    pub version: Option<bool>,

    /// Output options, accepted before or after the command.
    #[command(flatten)]
    pub output: OutputArgs,

    /// Which dataset to answer from.
    #[command(flatten)]
    pub data: DataArgs,

    /// What to look up; without one, htlookup prints the short answer: 911 and the hotline.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options that shape output, shared by every command (typos' `args.rs` does the same).
/// They get their own heading in `--help`, apart from each command's own options.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct OutputArgs {
    /// Format: table, text, json, jsonl, csv, markdown
    // The values are in the words (-h has no room for clap's list); completions still offer
    // them with their descriptions.
    #[arg(
        long_help = "Output format: table or text for people; json, jsonl (JSON Lines), csv or markdown for scripts; toml for export, html for card. Each command says which it prints."
    )]
    #[arg(
        long = "format",
        global = true,
        value_enum,
        value_name = "FORMAT",
        hide_possible_values = true
    )]
    pub format: Option<FormatArg>,

    /// Same as --format json
    #[arg(
        long = "json",
        global = true,
        conflicts_with = "format",
        hide_short_help = true
    )]
    pub json: bool,

    /// Colour: auto, always or never
    #[arg(
        long_help = "When to use colour: auto when stdout is a terminal and NO_COLOR is unset or empty, always (even in a pipe or with NO_COLOR set), or never"
    )]
    #[arg(
        long = "color",
        global = true,
        value_enum,
        value_name = "WHEN",
        hide_possible_values = true,
        hide_short_help = true,
        default_value_t = ColorArg::Auto
    )]
    pub color: ColorArg,
}

impl OutputArgs {
    /// The format asked for by `--format` or `--json`; `None` when neither is given (each
    /// command then prints its own default).
    pub fn format(&self) -> Option<Format> {
        if self.json {
            Some(Format::Json)
        } else {
            self.format.map(Format::from)
        }
    }
}

/// The values of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned table for people (fits the terminal; too narrow a terminal gets text blocks).
    Table,
    /// Plain text without box drawing: one line per field (Field: value), for screen readers,
    /// printers and narrow terminals.
    // No quotation marks in a value's help: clap_complete writes it into fish's double-quoted
    // list of values unescaped, and one `"` there broke the whole fish script.
    Text,
    /// One pretty-printed JSON document.
    Json,
    /// JSON Lines: one compact JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row of the JSON keys (RFC 4180).
    Csv,
    /// A GitHub-flavoured Markdown table.
    Markdown,
    /// TOML, for `export` only: a dataset file.
    Toml,
    /// A standalone HTML page (card only).
    Html,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Table => Format::Table,
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Toml => Format::Toml,
            FormatArg::Html => Format::Html,
        }
    }
}

/// The values of `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// As the page lists them.
    Page,
    /// Newest first; undated last.
    Date,
    /// Alphabetical by title, ignoring case.
    Title,
}

impl From<OrderArg> for PublicationOrder {
    fn from(order: OrderArg) -> Self {
        match order {
            OrderArg::Page => PublicationOrder::Page,
            OrderArg::Date => PublicationOrder::Date,
            OrderArg::Title => PublicationOrder::Title,
        }
    }
}

/// The values of `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A way to report: 911, a hotline means, or another official channel
    Channel,
    /// A related agency
    Agency,
    /// A publication
    Publication,
    /// A video or awareness series
    Video,
    /// A material for young survivors
    Material,
    /// A local contact, from a layer added with --add
    Local,
}

impl From<KindArg> for SearchKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Channel => SearchKind::Channel,
            KindArg::Agency => SearchKind::Agency,
            KindArg::Publication => SearchKind::Publication,
            KindArg::Video => SearchKind::Video,
            KindArg::Material => SearchKind::Material,
            KindArg::Local => SearchKind::Local,
        }
    }
}

/// Where the data comes from: the built-in dataset, or a file with the same schema.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct DataArgs {
    /// Use this dataset file instead of the built-in data
    #[arg(
        long_help = "Use this dataset file (same schema as resources.toml) instead of the built-in data; overrides HTLOOKUP_DATA"
    )]
    #[arg(
        long = "data",
        global = true,
        value_name = "PATH",
        value_hint = clap::ValueHint::FilePath
    )]
    pub data: Option<PathBuf>,

    /// Add a local layer of contacts (before the command)
    #[arg(
        long_help = "Add a local layer (your county's contacts) on top of the national data; give it before the command, and repeat it for more, shown in order. Overrides HTLOOKUP_ADD. See examples/local-layer.toml"
    )]
    #[arg(
        long = "add",
        value_name = "FILE",
        action = clap::ArgAction::Append,
        value_hint = clap::ValueHint::FilePath
    )]
    pub add: Vec<PathBuf>,
}

/// The values of `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when stdout is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Always colour, even in a pipe or with NO_COLOR set.
    Always,
    /// Never colour.
    Never,
}

impl From<ColorArg> for ColorChoice {
    fn from(color: ColorArg) -> Self {
        match color {
            ColorArg::Auto => ColorChoice::Auto,
            ColorArg::Always => ColorChoice::Always,
            ColorArg::Never => ColorChoice::Never,
        }
    }
}

/// The values of `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English
    En,
    /// Spanish (Latin American)
    Es,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Es => Lang::Es,
        }
    }
}

/// What `validate -h` and `--help` both say of its output (a macro: `concat!` takes literals).
macro_rules! validate_note {
    () => {
        "\
Problems are printed one per line, PATH:LINE:COLUMN: message (syntax, unknown or mistyped
fields) or PATH:LINE: record: message (broken rules). Exit 0 when valid, 3 when not."
    };
}

/// What `export -h` and `--help` both say of its output.
macro_rules! export_note {
    () => {
        "\
The TOML is a valid dataset file: start a local dataset from it, edit, then check it with
'htlookup validate'. JSON has the same structure and keys."
    };
}

/// What `import hsds -h` and `--help` both say of how a directory is read.
macro_rules! hsds_note {
    () => {
        "\
Each service (or organization without services) becomes a [[local]] record: name,
description, area (service_areas), languages, hours (schedule descriptions), and its means:
phones (the service's, its locations', its organization's; fax left out), website and email.
Phone numbers are normalised to 541-555-0100; an extension goes into the note. A value the
layer rules refuse (a non-U.S. phone, an http:// link, an empty name, an over-long text) is
left out with a warning naming the file and its line (CSV) or object (JSON); so is a record
with no usable means. `help` comes from words of the name, description and taxonomy terms
(shelter, legal, police...), else other.

Exit 0 when a layer was printed; 1 when nothing matches --match; 2 when the source does not
say the layer's name, area or date (pass --name, --area or --checked); 3 when PATH cannot be
read as HSDS (not found, no datapackage.json, not HSDS JSON, over 64 MiB) or holds nothing
usable."
    };
}

/// The commands.
///
/// `defer`: a command's own arguments are built only when that command runs (or for help,
/// completions and the man page, which build them all): a lookup does not pay for the other
/// eleven commands' options (26,000-38,000 instructions a run). The catch: the arguments
/// structs must carry no doc comment, which clap would apply last, as the command's about.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// How to report: 911 first, then every way to reach the hotline
    #[command(
        long_about = "How to report trafficking: 911 first, then every way to reach the hotline"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup report                 911, the hotline's phone, text, chat, form and email
  htlookup report --steps         the same as numbered steps, for a room
  htlookup report --lang es       in Spanish; numbers, URLs and names unchanged
  htlookup report --json | jq -r '.hotline.channels[] | select(.kind == \"phone\") | .value'")]
    Report(ReportArgs),

    /// The related federal agencies and resources the page lists
    #[command(after_long_help = "\
Examples:
  htlookup agencies               all ten
  htlookup agencies ovc           one agency's details (by id or abbreviation)
  htlookup agencies refugee       agencies whose name has the word (typos forgiven)")]
    Agencies(AgenciesArgs),

    /// The page's publications, filtered and sorted
    #[command(after_long_help = "\
Examples:
  htlookup publications --year 2022
  htlookup publications --since 2021 --sort date
  htlookup publications --publisher 'national institute of justice' --format csv
  htlookup publications --search toolkit --json | jq -r '.[].url'")]
    Publications(PublicationsArgs),

    /// The page's videos and awareness series
    #[command(after_long_help = "\
Examples:
  htlookup videos
  htlookup videos --format markdown")]
    Videos,

    /// Graphic novels and a booklet for young survivors
    #[command(after_long_help = "\
Examples:
  htlookup materials
  htlookup materials --json | jq -r '.[].title'")]
    Materials,

    /// Search every record, best match first (typos forgiven)
    #[command(
        long_about = "Search every record, best match first (typos and dash variants forgiven)"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup search hotline
  htlookup search 'trauma informd care'
  htlookup search trafficking --kind video --limit 3")]
    Search(SearchArgs),

    /// Where the facts come from and when they were checked
    #[command(
        long_about = "Where the facts come from, when they were checked, and what is uncertain"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup about
  htlookup about --json | jq .facts_checked")]
    About,

    /// Check a dataset file and list every problem in it
    #[command(after_help = validate_note!(), after_long_help = concat!(validate_note!(), "

Examples:
  htlookup validate my-data.toml
  htlookup export > my-data.toml && htlookup validate my-data.toml
  htlookup validate my-data.toml --format json | jq -r '.[].message'"))]
    Validate(ValidateArgs),

    /// The local contacts that --add layers give
    #[command(
        long_about = "The local contacts that --add layers give (the sheriff's unit, a shelter, legal aid)"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup local                                    the contacts of the layer HTLOOKUP_ADD names
  htlookup --add county.toml local --for shelter    those that offer shelter
  htlookup --add county.toml local sheriff          by name (typos forgiven)
  htlookup --add county.toml local --json | jq -r '.[].means[].value'")]
    Local(LocalArgs),

    /// Turn an Open Referral (HSDS) directory into a local layer
    #[command(
        long_about = "Turn an Open Referral (HSDS) directory into a local layer, printed as TOML"
    )]
    #[command(
        subcommand_required = true,
        arg_required_else_help = true,
        after_help = "The layer goes to stdout, warnings to stderr; nothing is written to a file or fetched.",
        after_long_help = "\
The layer goes to stdout, warnings to stderr; nothing is written to a file or fetched.

Examples:
  htlookup import hsds directory/ > county.toml     an HSDS data package (datapackage.json)
  htlookup import hsds services.json --match trafficking > county.toml
  htlookup validate county.toml && htlookup --add county.toml local"
    )]
    Import(ImportArgs),

    /// Print the active dataset (built-in or --data) as TOML or JSON
    #[command(long_about = "Print the whole active dataset (built-in or --data) as TOML or JSON")]
    #[command(after_help = export_note!(), after_long_help = concat!(export_note!(), "

Examples:
  htlookup export > my-data.toml
  htlookup export --format json | jq '.publications | length'
  htlookup --data my-data.toml export --format toml"))]
    Export,

    /// A one-page printable handout with QR codes, for trainers
    #[command(
        long_about = "A one-page printable handout (HTML, Markdown, text) with QR codes, for trainers"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup card --format html > card.html      open in a browser, print on Letter or A4
  htlookup card --format html --lang es > tarjeta.html
  htlookup card --format markdown              for a wiki or a document
  htlookup card                                plain text (same as --format text)")]
    Card(CardArgs),

    /// Print the manual page (roff)
    #[command(
        long_about = "Print the manual page (roff), with exit status, environment and examples"
    )]
    #[command(after_long_help = "\
Examples:
  htlookup man | man -l -                               read it now
  htlookup man > ~/.local/share/man/man1/htlookup.1     install it for 'man htlookup'")]
    Man,

    /// Print a shell completion script
    #[command(after_long_help = "\
Examples:
  htlookup completions bash > ~/.local/share/bash-completion/completions/htlookup
  htlookup completions zsh > ~/.zfunc/_htlookup
  htlookup completions fish > ~/.config/fish/completions/htlookup.fish")]
    Completions(CompletionsArgs),
}

// Arguments of `htlookup report`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Default, Args)]
pub struct ReportArgs {
    /// Show the ways to report as numbered steps (1., 2., ...), for a trainer
    #[arg(long = "steps")]
    pub steps: bool,

    /// Show the steps one at a time: Enter for the next, q then Enter to quit; a summary of
    /// every number at the end. Keys are read from stdin line by line, so they can be piped
    #[arg(long = "walkthrough", conflicts_with = "steps")]
    pub walkthrough: bool,

    /// After the report, print QR codes a phone can scan: call the hotline, text it, and its
    /// online form (black on white when colour is on, whatever the terminal's theme)
    #[arg(long = "qr")]
    pub qr: bool,

    /// Language of the words around the data (default en); numbers, URLs and names never
    /// change
    #[arg(long = "lang", value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

// Arguments of `htlookup card`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Default, Args)]
pub struct CardArgs {
    /// Language of the handout's words (default en); numbers, URLs and names never change
    #[arg(long = "lang", value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

// Arguments of `htlookup agencies`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct AgenciesArgs {
    /// An id, abbreviation or words of a name; case-insensitive, typo-tolerant (at most 200
    /// characters and 12 words)
    #[arg(value_name = "QUERY", value_hint = clap::ValueHint::Other)]
    pub query: Vec<String>,
}

// Arguments of `htlookup publications`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct PublicationsArgs {
    /// Only publications from this year (undated ones are left out)
    #[arg(long = "year", value_name = "YEAR", value_parser = year_parser())]
    pub year: Option<u16>,

    /// Only publications from this year or later
    #[arg(long = "since", value_name = "YEAR", value_parser = year_parser())]
    pub since: Option<u16>,

    /// Only publications from this year or earlier
    #[arg(long = "until", value_name = "YEAR", value_parser = year_parser())]
    pub until: Option<u16>,

    /// Only publications whose publisher has these words (at most 200 characters, 12 words)
    #[arg(long = "publisher", value_name = "TEXT")]
    pub publisher: Option<String>,

    /// Only publications whose title has these words (at most 200 characters, 12 words)
    #[arg(long = "search", value_name = "TEXT")]
    pub search: Option<String>,

    /// Order: as on the page, newest first, or by title
    #[arg(long = "sort", value_enum, value_name = "ORDER", default_value_t = OrderArg::Page)]
    pub sort: OrderArg,

    /// Show at most this many
    #[arg(long = "limit", value_name = "N", value_parser = positive_count)]
    pub limit: Option<u32>,
}

// Arguments of `htlookup search`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// Words to look for (at most 200 characters and 12 words; common words such as "the" do
    /// not count)
    #[arg(value_name = "QUERY", value_hint = clap::ValueHint::Other, required = true)]
    pub query: Vec<String>,

    /// Only records of this kind
    #[arg(long = "kind", value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,

    /// Show at most this many results
    #[arg(long = "limit", value_name = "N", value_parser = positive_count)]
    pub limit: Option<u32>,
}

// Arguments of `htlookup local`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct LocalArgs {
    /// Words of a name, description or area (at most 200 characters and 12 words)
    #[arg(value_name = "QUERY", value_hint = clap::ValueHint::Other)]
    pub query: Vec<String>,

    // Not named `help`: that is the id of clap's own --help, and two arguments with one id
    // are a panic in debug builds (the cli fuzz target found it).
    /// Only contacts that help with this
    #[arg(long = "for", value_enum, value_name = "KIND")]
    pub helps_with: Option<HelpArg>,

    /// Only contacts whose area (or their layer's) has these words
    #[arg(long = "area", value_name = "TEXT")]
    pub area: Option<String>,
}

// Arguments of `htlookup import`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    // What to import from (a plain comment, as above).
    #[command(subcommand)]
    pub from: ImportFrom,
}

// What `htlookup import` reads. A plain comment: clap would take a doc comment here for
// `import`'s about once its arguments are built (see `Command` on `defer`).
#[derive(Debug, Clone, Subcommand)]
pub enum ImportFrom {
    /// Read an HSDS data package or JSON file (3.0, or 1.x/2.x column names) as a local layer
    #[command(after_help = hsds_note!(), after_long_help = concat!(hsds_note!(), "

Examples:
  htlookup import hsds directory/ > county.toml && htlookup validate county.toml
  htlookup import hsds services.json --match trafficking --area 'Example County, Oregon'
  htlookup import hsds directory/datapackage.json --checked 2026-11-30"))]
    Hsds(HsdsArgs),
}

// Arguments of `htlookup import hsds`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct HsdsArgs {
    /// A data package folder (or its datapackage.json), or an HSDS JSON file
    #[arg(value_name = "PATH", value_hint = clap::ValueHint::AnyPath)]
    pub path: PathBuf,

    /// The area the layer covers (default: the one service area all services give)
    #[arg(long = "area", value_name = "TEXT")]
    pub area: Option<String>,

    /// Who keeps the layer (default: the data package's title, else the one organization)
    #[arg(long = "name", value_name = "TEXT")]
    pub name: Option<String>,

    /// Keep only services whose name, description or taxonomy terms have this text
    #[arg(long = "match", value_name = "TEXT")]
    pub matching: Option<String>,

    /// The day you checked the facts (default: the earliest such date the source gives)
    #[arg(long = "checked", value_name = "YYYY-MM-DD", value_parser = date_parser)]
    pub checked: Option<Date>,
}

/// A `YYYY-MM-DD` date in the years a layer may have.
fn date_parser(text: &str) -> Result<Date, String> {
    let date = Date::parse(text)?;
    if YEARS.contains(&date.year) {
        Ok(date)
    } else {
        Err(format!("the year is not {}-{}", YEARS.start(), YEARS.end()))
    }
}

/// The values of `local --for`: what a local contact helps with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HelpArg {
    /// Takes reports of trafficking
    Report,
    /// Police, sheriff or another law enforcement agency
    LawEnforcement,
    /// Emergency or longer-term housing
    Shelter,
    /// Legal aid
    Legal,
    /// Medical care
    Health,
    /// Workers' rights and labor complaints
    Labor,
    /// Services for children and young people
    Youth,
    /// Immigration help
    Immigration,
    /// Counseling and emotional support
    Counseling,
    /// Anything else
    Other,
}

impl From<HelpArg> for Help {
    fn from(help: HelpArg) -> Self {
        match help {
            HelpArg::Report => Help::Report,
            HelpArg::LawEnforcement => Help::LawEnforcement,
            HelpArg::Shelter => Help::Shelter,
            HelpArg::Legal => Help::Legal,
            HelpArg::Health => Help::Health,
            HelpArg::Labor => Help::Labor,
            HelpArg::Youth => Help::Youth,
            HelpArg::Immigration => Help::Immigration,
            HelpArg::Counseling => Help::Counseling,
            HelpArg::Other => Help::Other,
        }
    }
}

// Arguments of `htlookup validate`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    /// The dataset file to check (default: the --data file, else the built-in data)
    #[arg(value_name = "PATH", value_hint = clap::ValueHint::FilePath)]
    pub path: Option<PathBuf>,
}

// Arguments of `htlookup completions`. A plain comment: see `Command` on `defer`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// A count of 1 or more, for `--limit`; the message says so in words, not as a number range.
fn positive_count(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(count) if count >= 1 => Ok(count),
        _ => Err("expected a whole number of 1 or more".to_string()),
    }
}

/// Years outside the data's range are typos, not publications.
fn year_parser() -> clap::builder::RangedI64ValueParser<u16> {
    clap::value_parser!(u16).range(i64::from(*YEARS.start())..=i64::from(*YEARS.end()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    /// Under `defer`, a doc comment on a command's arguments struct would quietly replace the
    /// command's about in its own --help once its arguments are built.
    #[test]
    fn building_a_command_keeps_the_about_it_is_listed_with() {
        let listed = Cli::command();
        let mut built = Cli::command();
        built.build();
        for command in listed.get_subcommands() {
            let name = command.get_name();
            let Some(after) = built.find_subcommand(name) else {
                panic!("{name} is not built");
            };
            assert!(command.get_about().is_some(), "{name} has no about");
            assert_eq!(
                command.get_about().map(ToString::to_string),
                after.get_about().map(ToString::to_string),
                "{name}"
            );
            if name != "help" {
                assert!(after.get_arguments().count() > 0, "{name} was not built");
            }
        }
    }

    #[test]
    fn json_flag_means_json_format() {
        let cli = Cli::try_parse_from(["htlookup", "videos", "--json"]).unwrap(); // ok: test code
        assert_eq!(cli.output.format(), Some(Format::Json));
        let cli = Cli::try_parse_from(["htlookup", "--format", "csv", "videos"]).unwrap(); // ok: test code
        assert_eq!(cli.output.format(), Some(Format::Csv));
        let cli = Cli::try_parse_from(["htlookup", "videos"]).unwrap(); // ok: test code
        assert_eq!(cli.output.format(), None);
        assert!(Cli::try_parse_from(["htlookup", "videos", "--json", "--format", "csv"]).is_err());
    }
}
