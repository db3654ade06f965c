//! The dataset's types: one struct per kind of record on the Special Feature page.
//!
//! The build script and the binary both use these types, so the build validates
//! `resources.toml` with exactly the types the binary uses. Strings and lists are
//! `Cow<'static, _>`: the embedded dataset borrows everything from the binary's read-only data
//! (nothing is parsed or allocated at run time), while a dataset read from a file owns its text.
//!
//! Every struct rejects unknown fields, so a misspelt key in the data is an error, not a silently
//! missing fact.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text that is either borrowed from the binary (embedded data) or owned (a data file).
pub type Text = Cow<'static, str>;

/// A list that is either a static slice (embedded data) or a vector (a data file).
pub type List<T> = Cow<'static, [T]>;

/// The whole dataset: the page's metadata and every record on it, in page order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Where the facts come from and when they were checked.
    pub meta: Meta,
    /// How to report trafficking: 911 first, then the hotline, then other channels.
    pub report: Report,
    /// The page's "Related Resources", in page order.
    pub agencies: List<Agency>,
    /// The page's publications list, in page order.
    pub publications: List<Publication>,
    /// The page's videos and awareness series, in page order.
    pub videos: List<Video>,
    /// The materials for young survivors, in page order.
    pub materials: List<Material>,
}

/// How many records of each kind a dataset holds (`about`, `validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Ways to report: 911, each hotline means, each other channel's means.
    pub channels: usize,
    /// Related agencies.
    pub agencies: usize,
    /// Publications.
    pub publications: usize,
    /// Videos and series.
    pub videos: usize,
    /// Materials for young survivors.
    pub materials: usize,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ways to report, {} agencies, {} publications, {} videos, {} materials",
            self.channels, self.agencies, self.publications, self.videos, self.materials
        )
    }
}

impl Dataset {
    /// The record counts, for summaries.
    pub fn counts(&self) -> Counts {
        let report = &self.report;
        let other: usize = report
            .other_channels
            .iter()
            .map(|organization| organization.channels.len())
            .sum();
        Counts {
            channels: 1 + report.hotline.channels.len() + other,
            agencies: self.agencies.len(),
            publications: self.publications.len(),
            videos: self.videos.len(),
            materials: self.materials.len(),
        }
    }
}

/// Provenance for the whole dataset, shown by `htlookup about`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The page's title.
    pub title: Text,
    /// Who publishes the page.
    pub publisher: Text,
    /// The page's address.
    pub url: Text,
    /// The address of the page's "Victims and Service Providers" section.
    pub section_url: Text,
    /// "Date Created" as printed on the page.
    pub created: Date,
    /// "Date Modified" as printed on the page.
    pub modified: Date,
    /// When a person last checked these facts against their sources.
    pub facts_checked: Date,
    /// What that check could not cover, said beside every "facts checked" date (the report's
    /// and the card's footer, `about`), so the date cannot read as "verified current".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts_caveat: Option<Text>,
    /// What is uncertain or changed about the facts, so a reader can judge them.
    pub notes: List<Text>,
}

/// The reporting instructions, in the order a person should follow them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Immediate danger: call the emergency number first.
    pub emergency: Emergency,
    /// The National Human Trafficking Hotline and every way to reach it.
    pub hotline: Hotline,
    /// Official channels that are not on the page; each says so with `on_page = false`.
    pub other_channels: List<Organization>,
}

/// What to do when someone is in immediate danger.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    /// The number to call (911).
    pub number: Text,
    /// When to call it, in our words.
    pub when: Text,
    /// Where this fact comes from.
    pub source: Text,
}

/// The National Human Trafficking Hotline.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// The hotline's English name.
    pub name: Text,
    /// The hotline's Spanish name, as the hotline gives it.
    pub name_es: Text,
    /// When specialists answer.
    pub availability: Text,
    /// What the hotline is and is not (confidential; not law enforcement), in our words.
    pub nature: Text,
    /// Who funds the hotline.
    pub funder: Text,
    /// What a trainer should pass on with the numbers (a scam that spoofs them), in our words:
    /// shown by `about` and on the card, never in the steps.
    #[serde(default)]
    pub alerts: List<Text>,
    /// Every way to reach the hotline, fastest first.
    pub channels: List<Channel>,
    /// Where these facts come from.
    pub source: Text,
}

/// Another official place to report, such as a federal tip line.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Stable lowercase-kebab identifier.
    pub id: Text,
    /// The organization's or tip line's name.
    pub name: Text,
    /// What to report here, in our words.
    pub purpose: Text,
    /// Whether the Special Feature page itself lists this channel.
    pub on_page: bool,
    /// The ways to reach it.
    pub channels: List<Channel>,
    /// Where these facts come from.
    pub source: Text,
}

/// One way to reach a hotline or tip line: a number, an address, a form.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Stable lowercase-kebab identifier, unique across all channels.
    pub id: Text,
    /// What kind of means this is; decides how `value` is validated.
    pub kind: ChannelKind,
    /// The number, address or URL, exactly as published.
    pub value: Text,
    /// The number spelled in letters (1-800-THE-LOST), where the source gives one.
    pub vanity: Option<Text>,
    /// The words to text (`HELP`, `INFO`), for a text number whose source names them.
    #[serde(default)]
    pub keywords: List<Text>,
    /// What to know before using it (hours, costs, limits), in our words.
    pub note: Option<Text>,
    /// Languages served, where the source says.
    #[serde(default)]
    pub languages: List<Text>,
}

/// The kinds of contact means; the kebab-case name is what JSON and TOML hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// A voice line.
    Phone,
    /// A relay number for callers who are deaf or hard of hearing.
    Tty,
    /// An SMS number or short code.
    Text,
    /// Live chat on a website.
    Chat,
    /// An online form.
    Online,
    /// An email address.
    Email,
}

impl ChannelKind {
    /// The name used in data files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Phone => "phone",
            ChannelKind::Tty => "tty",
            ChannelKind::Text => "text",
            ChannelKind::Chat => "chat",
            ChannelKind::Online => "online",
            ChannelKind::Email => "email",
        }
    }
}

/// One of the page's "Related Resources".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Stable lowercase-kebab identifier (`ovc-ttac`).
    pub id: Text,
    /// The name as the page heads it ("U.S. Department of Homeland Security: Blue Campaign").
    pub name: Text,
    /// A shorter name for tight places (the card), where the page's heading is long.
    pub short_name: Option<Text>,
    /// The abbreviation, where the agency has one.
    pub abbreviation: Option<Text>,
    /// The department or office it belongs to.
    pub parent: Text,
    /// Its website.
    pub url: Text,
    /// What it does, in our words.
    pub description: Text,
    /// Where these facts come from.
    pub source: Text,
}

/// One of the page's publications.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Stable lowercase-kebab identifier.
    pub id: Text,
    /// The title exactly as the page gives it.
    pub title: Text,
    /// The publishing (or sponsoring) office.
    pub publisher: Text,
    /// True where the page says "`<office>`-Sponsored": the office sponsored the work.
    pub sponsored: bool,
    /// Year of publication; absent where the page gives none.
    pub year: Option<u16>,
    /// Month of publication (1-12); absent where the page gives none.
    pub month: Option<u8>,
    /// What the page shows instead of a date ("Annual Report"), where it shows no date.
    pub date_note: Option<Text>,
    /// Where to read it; absent where no address was confirmed.
    pub url: Option<Text>,
    /// The NCJ number of the NCJRS library, where known.
    pub ncj: Option<u32>,
    /// Where these facts come from.
    pub source: Text,
}

/// One of the page's videos or awareness series.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Video {
    /// Stable lowercase-kebab identifier.
    pub id: Text,
    /// The title as the page gives it.
    pub title: Text,
    /// Who produced it.
    pub producer: Text,
    /// Year released, where known.
    pub year: Option<u16>,
    /// Where to watch it; absent where no address was confirmed.
    pub url: Option<Text>,
    /// What it covers, in our words.
    pub description: Text,
    /// Where these facts come from.
    pub source: Text,
}

/// One of the materials for young survivors (graphic novels and a booklet).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Stable lowercase-kebab identifier.
    pub id: Text,
    /// What sort of material it is.
    pub kind: MaterialKind,
    /// The title exactly as published.
    pub title: Text,
    /// Who produced it, and for whom.
    pub producer: Text,
    /// When OVC announced it: not a publication date, which the source does not give.
    /// (`published` is still read, as data files before 0.2 named it.)
    #[serde(alias = "published")]
    pub announced: Date,
    /// Who it is written for.
    pub audience: Text,
    /// Languages it is available in.
    pub languages: List<Text>,
    /// Where to get it.
    pub url: Option<Text>,
    /// What it is about, in our words.
    pub description: Text,
    /// Where these facts come from.
    pub source: Text,
}

/// The sorts of material; the kebab-case name is what JSON and TOML hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaterialKind {
    /// A story told in comics.
    GraphicNovel,
    /// A short printed guide.
    Booklet,
}

impl MaterialKind {
    /// The name used in data files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MaterialKind::GraphicNovel => "graphic-novel",
            MaterialKind::Booklet => "booklet",
        }
    }
}

/// A calendar date, written `"YYYY-MM-DD"` in TOML and JSON alike.
///
/// A quoted string rather than a TOML date, so that the data reads the same in both formats;
/// parsing checks the shape and that month and day exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31 (checked against the month).
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; the error says what is wrong in words a maintainer can act on.
    pub fn parse(text: &str) -> Result<Date, String> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(format!("date {text:?} is not in the form YYYY-MM-DD"));
        }
        let number = |range: std::ops::Range<usize>| {
            text[range]
                .bytes()
                .fold(0u16, |n, b| n * 10 + u16::from(b - b'0'))
        };
        let year = number(0..4);
        let month = number(5..7) as u8;
        let day = number(8..10) as u8;
        if !(1..=12).contains(&month) {
            return Err(format!("date {text:?} has month {month}, not 1-12"));
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day == 0 || day > days_in_month {
            return Err(format!("date {text:?} has no day {day} in that month"));
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The English month name, for showing "January 2022" as the page does.
pub fn month_name(month: u8) -> Option<&'static str> {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get(usize::from(month).checked_sub(1)?).copied()
}

impl Publication {
    /// The date as the page prints it: "January 2022", "2020", or the page's own note.
    pub fn date_label(&self) -> String {
        match (self.year, self.month.and_then(month_name)) {
            (Some(year), Some(month)) => format!("{month} {year}"),
            (Some(year), None) => year.to_string(),
            (None, _) => self.date_note.as_deref().unwrap_or("").to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_print_round_trip() {
        let date = Date::parse("2024-01-23").unwrap(); // ok: test code
        assert_eq!((date.year, date.month, date.day), (2024, 1, 23));
        assert_eq!(date.to_string(), "2024-01-23");
    }

    #[test]
    fn impossible_dates_are_rejected_with_a_reason() {
        assert!(Date::parse("2024-13-01").unwrap_err().contains("month 13"));
        assert!(Date::parse("2023-02-29").unwrap_err().contains("no day 29"));
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("24-01-01").unwrap_err().contains("YYYY-MM-DD"));
        assert!(Date::parse("2024-1-011").is_err());
    }

    #[test]
    fn publication_dates_read_as_on_the_page() {
        let mut publication = Publication {
            id: "x".into(),
            title: "t".into(),
            publisher: "p".into(),
            sponsored: false,
            year: Some(2022),
            month: Some(1),
            date_note: None,
            url: None,
            ncj: None,
            source: "s".into(),
        };
        assert_eq!(publication.date_label(), "January 2022");
        publication.month = None;
        assert_eq!(publication.date_label(), "2022");
        publication.year = None;
        publication.date_note = Some("Annual Report".into());
        assert_eq!(publication.date_label(), "Annual Report");
    }
}
