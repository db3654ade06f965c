//! Integrity rules a dataset must meet beyond its types.
//!
//! Compiled into both `build.rs` (a bad `resources.toml` fails the build) and the binary, so
//! there is one set of rules. Each problem names the record and field, so a maintainer can find
//! it without reading code; all problems are collected, not just the first.

use std::collections::HashSet;
use std::fmt;

use super::model::{ChannelKind, Dataset, Date, Text};

/// One broken rule, located by record (`publications[national-strategy]`) and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which record: the collection and the record's id (or index where the id is missing).
    pub record: String,
    /// Which field of that record.
    pub field: &'static str,
    /// What is wrong, in words that say what would be right.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.record, self.field, self.message)
    }
}

/// The years a date or publication year may have; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;

/// Checks every rule and returns every problem found, in file order; empty means valid.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut check = Checker::default();
    let meta = &data.meta;
    check.non_empty("meta", "title", &meta.title);
    check.non_empty("meta", "publisher", &meta.publisher);
    check.url("meta", "url", &meta.url);
    check.url("meta", "section_url", &meta.section_url);
    check.date("meta", "created", meta.created);
    check.date("meta", "modified", meta.modified);
    check.date("meta", "facts_checked", meta.facts_checked);
    if meta.modified < meta.created {
        check.problem("meta", "modified", "is earlier than created".to_string());
    }

    let emergency = &data.report.emergency;
    check.phone("report.emergency", "number", &emergency.number);
    check.non_empty("report.emergency", "when", &emergency.when);
    check.url("report.emergency", "source", &emergency.source);

    let hotline = &data.report.hotline;
    check.non_empty("report.hotline", "name", &hotline.name);
    check.non_empty("report.hotline", "availability", &hotline.availability);
    check.url("report.hotline", "source", &hotline.source);
    if hotline.channels.is_empty() {
        check.problem(
            "report.hotline",
            "channels",
            "needs at least one channel".into(),
        );
    }
    let mut channel_ids = HashSet::new();
    for channel in hotline.channels.iter() {
        let record = format!("report.hotline.channels[{}]", channel.id);
        check.id(&record, &channel.id, &mut channel_ids);
        check.channel_value(&record, channel.kind, &channel.value);
    }
    let mut organization_ids = HashSet::new();
    for organization in data.report.other_channels.iter() {
        let record = format!("report.other_channels[{}]", organization.id);
        check.id(&record, &organization.id, &mut organization_ids);
        check.non_empty(&record, "name", &organization.name);
        check.url(&record, "source", &organization.source);
        for channel in organization.channels.iter() {
            let record = format!("{record}.channels[{}]", channel.id);
            check.id(&record, &channel.id, &mut channel_ids);
            check.channel_value(&record, channel.kind, &channel.value);
        }
    }

    let mut ids = HashSet::new();
    for agency in data.agencies.iter() {
        let record = format!("agencies[{}]", agency.id);
        check.id(&record, &agency.id, &mut ids);
        check.non_empty(&record, "name", &agency.name);
        check.url(&record, "url", &agency.url);
        check.non_empty(&record, "description", &agency.description);
        check.url(&record, "source", &agency.source);
    }

    let mut ids = HashSet::new();
    for publication in data.publications.iter() {
        let record = format!("publications[{}]", publication.id);
        check.id(&record, &publication.id, &mut ids);
        check.non_empty(&record, "title", &publication.title);
        check.non_empty(&record, "publisher", &publication.publisher);
        if let Some(year) = publication.year {
            check.year(&record, "year", year);
        }
        match (publication.year, publication.month) {
            (_, Some(month)) if !(1..=12).contains(&month) => {
                check.problem(&record, "month", format!("month {month} is not 1-12"));
            }
            (None, Some(_)) => {
                check.problem(&record, "month", "is given without a year".into());
            }
            _ => {}
        }
        if let Some(url) = &publication.url {
            check.url(&record, "url", url);
        }
        check.url(&record, "source", &publication.source);
    }

    let mut ids = HashSet::new();
    for video in data.videos.iter() {
        let record = format!("videos[{}]", video.id);
        check.id(&record, &video.id, &mut ids);
        check.non_empty(&record, "title", &video.title);
        if let Some(year) = video.year {
            check.year(&record, "year", year);
        }
        if let Some(url) = &video.url {
            check.url(&record, "url", url);
        }
        check.non_empty(&record, "description", &video.description);
        check.url(&record, "source", &video.source);
    }

    let mut ids = HashSet::new();
    for material in data.materials.iter() {
        let record = format!("materials[{}]", material.id);
        check.id(&record, &material.id, &mut ids);
        check.non_empty(&record, "title", &material.title);
        check.date(&record, "published", material.published);
        if let Some(url) = &material.url {
            check.url(&record, "url", url);
        }
        check.non_empty(&record, "description", &material.description);
        check.url(&record, "source", &material.source);
    }
    check.problems
}

/// Collects problems; each method checks one rule for one field.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, record: &str, field: &'static str, message: String) {
        self.problems.push(Problem {
            record: record.to_string(),
            field,
            message,
        });
    }

    fn non_empty(&mut self, record: &str, field: &'static str, value: &Text) {
        if value.trim().is_empty() {
            self.problem(record, field, "is empty".into());
        }
    }

    /// Ids are lowercase-kebab so they can be typed, and unique so a lookup finds one record.
    fn id(&mut self, record: &str, id: &Text, seen: &mut HashSet<Text>) {
        if !is_kebab(id) {
            self.problem(
                record,
                "id",
                format!("id {id:?} is not lowercase-kebab (a-z, 0-9, single '-')"),
            );
        }
        if !seen.insert(id.clone()) {
            self.problem(record, "id", format!("id {id:?} is used twice"));
        }
    }

    fn url(&mut self, record: &str, field: &'static str, url: &str) {
        let rest = url.strip_prefix("https://").unwrap_or("");
        if rest.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            self.problem(
                record,
                field,
                format!("url {url:?} must start with https:// and hold no spaces"),
            );
        }
    }

    fn year(&mut self, record: &str, field: &'static str, year: u16) {
        if !YEARS.contains(&year) {
            self.problem(
                record,
                field,
                format!("year {year} is not {}-{}", YEARS.start(), YEARS.end()),
            );
        }
    }

    fn date(&mut self, record: &str, field: &'static str, date: Date) {
        self.year(record, field, date.year);
    }

    fn phone(&mut self, record: &str, field: &'static str, number: &str) {
        if !is_phone_number(number) {
            self.problem(
                record,
                field,
                format!("phone number {number:?} is not 1-NNN-NNN-NNNN, NNN-NNN-NNNN or NNN"),
            );
        }
    }

    /// A channel's value is checked by its kind: a typo in a number must not reach a caller.
    fn channel_value(&mut self, record: &str, kind: ChannelKind, value: &str) {
        match kind {
            ChannelKind::Phone | ChannelKind::Tty => self.phone(record, "value", value),
            ChannelKind::Text => {
                let short_code =
                    (5..=6).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
                if !short_code && !is_phone_number(value) {
                    self.problem(
                        record,
                        "value",
                        format!(
                            "text number {value:?} is not a 5-6 digit short code or a phone number"
                        ),
                    );
                }
            }
            ChannelKind::Chat | ChannelKind::Online => self.url(record, "value", value),
            ChannelKind::Email => {
                let valid = value.split_once('@').is_some_and(|(user, domain)| {
                    !user.is_empty()
                        && domain.contains('.')
                        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
                });
                if !valid {
                    self.problem(
                        record,
                        "value",
                        format!("email address {value:?} is not user@domain"),
                    );
                }
            }
        }
    }
}

/// `1-NNN-NNN-NNNN`, `NNN-NNN-NNNN`, or a three-digit short number such as 911 or 711.
pub fn is_phone_number(number: &str) -> bool {
    let groups: Vec<&str> = number.split('-').collect();
    let digits = |group: &str, count: usize| {
        group.len() == count && group.bytes().all(|b| b.is_ascii_digit())
    };
    match groups.as_slice() {
        [short] => digits(short, 3),
        [area, exchange, line] => digits(area, 3) && digits(exchange, 3) && digits(line, 4),
        ["1", area, exchange, line] => digits(area, 3) && digits(exchange, 3) && digits(line, 4),
        _ => false,
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_in_the_three_published_shapes_pass() {
        for good in ["1-888-373-7888", "866-347-2423", "911", "711"] {
            assert!(is_phone_number(good), "{good}");
        }
        for bad in [
            "1-888-373-788",
            "1-888-3737-888",
            "2-888-373-7888",
            "1-888-DHS-2423",
            "9111",
            "",
            "1 888 373 7888",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }

    #[test]
    fn ids_must_be_lowercase_kebab() {
        assert!(is_kebab("ovc-ttac"));
        assert!(is_kebab("usg-efforts-report-2020"));
        for bad in ["OVC", "ovc--ttac", "-ovc", "ovc-", "ovc ttac", ""] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
