//! From drafts to a layer: the meta the layer needs, one record per draft, and the layer rules.
//!
//! Every value goes through the layer's own rules ([`check_layer`]) rather than a copy of
//! them: what they refuse is left out with its message and place, and the check runs again
//! until the layer is valid, so the import never gives a layer `validate` would refuse.
//! Phones are normalised first ([`crate::phone`]), because a directory's `(541) 555-0100` is a
//! good number in another shape; an `http://` link is refused, not upgraded, because htlookup
//! does not invent facts.

use std::collections::HashSet;

use crate::phone::normalise;
use crate::{Draft, Failure, Imported, Options, Origin, Source, Warnings};
use htlookup_data::layer::{Help, Layer, LayerMeta, LocalRecord, Means, MeansKind};
use htlookup_data::model::Dataset;
use htlookup_data::validate::{Segment, check_layer, is_kebab, national_ids, shown};

/// What a record helps with, from its name, description and taxonomy terms: a record gets
/// every kind one of whose words starts a word of those texts (case-insensitive), and
/// `other` when none does. Small on purpose: the user reviews the layer before using it.
pub const HELP_WORDS: &[(Help, &[&str])] = &[
    (Help::Report, &["report", "tip line", "tipline", "hotline"]),
    (
        Help::LawEnforcement,
        &["police", "sheriff", "law enforcement", "detective"],
    ),
    (Help::Shelter, &["shelter", "housing", "safe house"]),
    (Help::Legal, &["legal", "attorney", "lawyer"]),
    (Help::Health, &["health", "medical", "nurse", "dental"]),
    (
        Help::Labor,
        &[
            "labor traffick",
            "labor rights",
            "worker",
            "wage",
            "employment",
        ],
    ),
    (Help::Youth, &["youth", "child", "teen", "young", "minor"]),
    (
        Help::Immigration,
        &["immigra", "visa", "refugee", "asylum", "t-visa"],
    ),
    (
        Help::Counseling,
        &["counsel", "therap", "support group", "crisis"],
    ),
];

/// The longest id made from a name, in characters: long enough to tell records apart, short
/// enough to type.
const MAX_ID: usize = 60;

/// A record and where each of its parts came from, for the warnings.
struct Placed {
    record: LocalRecord,
    origin: Origin,
    means: Vec<Origin>,
    /// The draft's service areas, for the layer's area and the record's.
    areas: String,
    organization: Option<String>,
}

/// Makes the layer of `source`.
pub(crate) fn layer(
    source: Source,
    options: &Options<'_>,
    national: &Dataset,
    mut warnings: Warnings,
) -> Result<Imported, Failure> {
    let Source {
        drafts,
        about,
        mut left_out,
    } = source;
    let needle = options.matching.map(str::to_lowercase);
    let before = drafts.len();
    let drafts: Vec<Draft> = drafts
        .into_iter()
        .filter(|draft| {
            needle
                .as_deref()
                .is_none_or(|needle| matches(draft, needle))
        })
        .collect();
    if before > 0 && drafts.is_empty() {
        return Err(Failure::NoMatch);
    }
    let mut ids = Ids::taken(national_ids(national).into_iter().map(str::to_string));
    let mut placed: Vec<Placed> = Vec::new();
    for draft in drafts {
        match record(draft, &mut ids, &mut warnings) {
            Some(record) => placed.push(record),
            None => left_out += 1,
        }
    }
    let placed = prune(placed, national, &mut warnings, &mut left_out);
    if placed.is_empty() {
        return Err(Failure::Empty {
            warnings: warnings.listed,
            more_warnings: warnings.more,
        });
    }
    let meta = meta(&placed, &about, options, national)?;
    let checked_from = match options.checked {
        Some(_) => None,
        None => about.dates.first().map(|(_, what)| what.clone()),
    };
    let local = placed
        .into_iter()
        .map(|mut placed| {
            if !placed.areas.is_empty() && placed.areas != *meta.area {
                placed.record.area = Some(placed.areas.into());
            }
            placed.record
        })
        .collect();
    let layer = Layer { meta, local };
    // The records' areas were checked as they were built; this is the last word.
    let findings = check_layer(&layer, national, 1);
    if let Some(problem) = findings.errors.first() {
        return Err(Failure::Unreadable(format!(
            "the imported layer breaks a rule ({problem}); please report this"
        )));
    }
    Ok(Imported {
        layer,
        checked_from,
        warnings: warnings.listed,
        more_warnings: warnings.more,
        left_out,
    })
}

/// Whether `--match` (lowercased) is in the draft's name, description or a taxonomy term.
fn matches(draft: &Draft, needle: &str) -> bool {
    std::iter::once(&draft.name)
        .chain(std::iter::once(&draft.description))
        .chain(&draft.terms)
        .any(|text| text.to_lowercase().contains(needle))
}

/// The layer's `[meta]`: each flag wins; otherwise what the source says, or the flag to pass.
fn meta(
    placed: &[Placed],
    about: &crate::About,
    options: &Options<'_>,
    national: &Dataset,
) -> Result<LayerMeta, Failure> {
    let organizations: HashSet<Option<&str>> = placed
        .iter()
        .map(|placed| placed.organization.as_deref())
        .collect();
    let single_organization = match organizations.into_iter().collect::<Vec<_>>().as_slice() {
        [Some(name)] => Some(name.to_string()),
        _ => None,
    };
    let name = options
        .name
        .map(str::to_string)
        .or_else(|| about.title.clone())
        .or(single_organization)
        .or_else(|| about.fallback_name.clone())
        .ok_or_else(|| Failure::NeedsFlag {
            flag: "--name",
            message: "the source does not say who keeps it (no data package title, no single organization)".to_string(),
        })?;
    let area = match options.area {
        Some(area) => area.to_string(),
        None => {
            let areas: HashSet<&str> = placed
                .iter()
                .map(|placed| placed.areas.as_str())
                .filter(|area| !area.is_empty())
                .collect();
            let mut areas: Vec<&str> = areas.into_iter().collect();
            areas.sort_unstable();
            match areas.as_slice() {
                [one] => one.to_string(),
                [] => {
                    return Err(Failure::NeedsFlag {
                        flag: "--area",
                        message: "the source gives no service area".to_string(),
                    });
                }
                many => {
                    return Err(Failure::NeedsFlag {
                        flag: "--area",
                        message: format!(
                            "the services give {} different service areas ({})",
                            many.len(),
                            many.iter()
                                .take(3)
                                .map(|area| shown(area))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    });
                }
            }
        }
    };
    let checked = match (options.checked, about.dates.first()) {
        (Some(date), _) => date,
        (None, Some((date, _))) => *date,
        (None, None) => {
            return Err(Failure::NeedsFlag {
                flag: "--checked",
                message: "the source gives no date (assured_date, last_modified, created) for when its facts were checked".to_string(),
            });
        }
    };
    let layer = Layer {
        meta: LayerMeta {
            name: name.into(),
            area: area.into(),
            checked,
            source: None,
        },
        local: Vec::new(),
    };
    let findings = check_layer(&layer, national, 1);
    if let Some(problem) = findings.errors.first() {
        let flag = match problem.field {
            "name" => "--name",
            "area" => "--area",
            _ => "--checked",
        };
        let message = format!("the layer's {}: {}", problem.field, problem.message);
        return Err(Failure::NeedsFlag { flag, message });
    }
    Ok(layer.meta)
}

/// One draft as a record, its phones normalised and its links checked; `None` (said in a
/// warning) when nothing is left to reach it by.
fn record(mut draft: Draft, ids: &mut Ids, warnings: &mut Warnings) -> Option<Placed> {
    draft.name = one_line(&draft.name);
    draft.description = one_line(&draft.description);
    for list in [&mut draft.areas, &mut draft.languages, &mut draft.hours] {
        // Each value once, in the order first given: one set a list, so a service with many
        // rows (60,000 areas were 7.9 s, compared one by one) costs what it reads.
        let mut seen = std::collections::HashSet::new();
        list.retain_mut(|item| {
            *item = one_line(item);
            !item.is_empty() && seen.insert(item.clone())
        });
    }
    if draft.more_means > 0 {
        let message = format!(
            "{} more phones, websites or emails than the {} of each a contact keeps; left out",
            draft.more_means,
            crate::MAX_EACH
        );
        warnings.push(&draft.origin, message);
    }
    let mut means: Vec<Means> = Vec::new();
    let mut origins: Vec<Origin> = Vec::new();
    // What the record has already, by kind and value: a directory may list thousands of
    // phones for one service, and scanning the list for each would be quadratic.
    let mut seen: HashSet<(&'static str, String)> = HashSet::new();
    let mut add = |means_kind: MeansKind, value: String, note: Option<String>, origin: &Origin| {
        if seen.insert((means_kind.as_str(), value.clone())) {
            means.push(Means {
                kind: means_kind,
                value: value.into(),
                note: note.map(Into::into),
            });
            origins.push(origin.clone());
        }
    };
    for phone in &draft.phones {
        let kind = match phone.kind.to_ascii_lowercase().as_str() {
            "" | "voice" | "cell" | "mobile" | "work" | "main" | "landline" | "phone" => {
                MeansKind::Phone
            }
            "text" | "sms" => MeansKind::Text,
            "tty" | "textphone" | "tdd" | "ttd" => MeansKind::Tty,
            "fax" => {
                let message = format!("phone {} is a fax number; left out", shown(&phone.number));
                warnings.push(&phone.origin, message);
                continue;
            }
            other => {
                let message = format!(
                    "phone {} has type {}, not voice, text or tty; left out",
                    shown(&phone.number),
                    shown(other)
                );
                warnings.push(&phone.origin, message);
                continue;
            }
        };
        match normalise(&phone.number, phone.extension.as_deref()) {
            Ok(normal) => {
                let notes: Vec<String> = [
                    Some(one_line(&phone.description)).filter(|d| !d.is_empty()),
                    normal.extension.map(|digits| format!("ext. {digits}")),
                ]
                .into_iter()
                .flatten()
                .collect();
                let note = (!notes.is_empty()).then(|| notes.join("; "));
                add(kind, normal.number, note, &phone.origin);
            }
            Err(reason) => {
                let message = format!("phone {} {reason}; left out", shown(&phone.number));
                warnings.push(&phone.origin, message);
            }
        }
    }
    for (origin, link) in &draft.links {
        if link.to_ascii_lowercase().starts_with("http://") {
            let message = format!(
                "website {} is not https; left out (htlookup does not change links)",
                shown(link)
            );
            warnings.push(origin, message);
        } else {
            add(MeansKind::Online, link.clone(), None, origin);
        }
    }
    for (origin, email) in &draft.emails {
        add(MeansKind::Email, email.clone(), None, origin);
    }
    if means.is_empty() {
        let message = format!(
            "{} has no usable phone, website or email; left out",
            shown(&draft.name)
        );
        warnings.push(&draft.origin, message);
        return None;
    }
    let id = unique_id(&draft.name, ids);
    let help = help_of(&draft);
    let areas = draft.areas.join(", ");
    let record = LocalRecord {
        id: id.into(),
        name: draft.name.into(),
        area: None,
        help,
        description: Some(draft.description)
            .filter(|d| !d.is_empty())
            .map(Into::into),
        languages: draft.languages.into_iter().map(Into::into).collect(),
        hours: Some(draft.hours.join("; "))
            .filter(|hours| !hours.is_empty())
            .map(Into::into),
        source: None,
        means,
    };
    Some(Placed {
        record,
        origin: draft.origin,
        means: origins,
        areas,
        organization: draft.organization,
    })
}

/// `text` with each run of white space (line breaks from a quoted CSV value included) as one
/// space: a layer's texts are shown on one line, and a raw line break or carriage return
/// would be a control character the layer rules warn about.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a draft helps with, by [`HELP_WORDS`].
fn help_of(draft: &Draft) -> Vec<Help> {
    let text = std::iter::once(&draft.name)
        .chain(std::iter::once(&draft.description))
        .chain(&draft.terms)
        .map(|text| text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let starts_word = |word: &str| {
        text.match_indices(word).any(|(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|before| !before.is_alphanumeric())
        })
    };
    let help: Vec<Help> = HELP_WORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|word| starts_word(word)))
        .map(|(help, _)| *help)
        .collect();
    if help.is_empty() {
        vec![Help::Other]
    } else {
        help
    }
}

/// The ids given so far (the national ones too), and for each base the last suffix given,
/// so that many records of one name cost a step each, not a search past all the others.
#[derive(Debug, Default)]
struct Ids {
    taken: HashSet<String>,
    suffixes: std::collections::HashMap<String, usize>,
}

impl Ids {
    /// No id given yet but `taken`.
    fn taken(taken: impl IntoIterator<Item = String>) -> Self {
        Ids {
            taken: taken.into_iter().collect(),
            suffixes: Default::default(),
        }
    }
}

/// A lowercase-kebab id from `name`, at most [`MAX_ID`] characters, not yet in `ids` (which
/// holds the national ids too): `-2`, `-3`... when it is.
fn unique_id(name: &str, ids: &mut Ids) -> String {
    let mut base = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "Women's" is one word.
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    if base.len() > MAX_ID {
        base.truncate(MAX_ID);
        if let Some(cut) = base.rfind('-') {
            base.truncate(cut);
        }
    }
    let mut base = base.trim_end_matches('-').to_string();
    if !is_kebab(&base) {
        base = "record".to_string();
    }
    let mut id = base.clone();
    if ids.taken.contains(&id) {
        let suffix = ids.suffixes.entry(base.clone()).or_insert(1);
        loop {
            *suffix += 1;
            id = format!("{base}-{suffix}");
            if !ids.taken.contains(&id) {
                break;
            }
        }
    }
    ids.taken.insert(id.clone());
    id
}

/// Leaves out what the layer rules refuse, each with its rule's message at its place, until
/// what is left passes them: a means with a refused value, a text field over its limits, a
/// record whose name is refused or that has no means left.
fn prune(
    mut placed: Vec<Placed>,
    national: &Dataset,
    warnings: &mut Warnings,
    left_out: &mut usize,
) -> Vec<Placed> {
    loop {
        let layer = Layer {
            meta: LayerMeta {
                name: "import".into(),
                area: "import".into(),
                checked: htlookup_data::model::Date {
                    year: 2000,
                    month: 1,
                    day: 1,
                },
                source: None,
            },
            // Each record with its own areas, as `layer` may give it, so their limits count.
            local: placed
                .iter()
                .map(|placed| {
                    let mut record = placed.record.clone();
                    if !placed.areas.is_empty() {
                        record.area = Some(placed.areas.clone().into());
                    }
                    record
                })
                .collect(),
        };
        let findings = check_layer(&layer, national, usize::MAX);
        if findings.errors.is_empty() {
            for problem in &findings.warnings {
                if let [Segment::Key("local"), Segment::Index(index), ..] = problem.record.path[..]
                {
                    warnings.push(&placed[index].origin, problem.message.clone());
                }
            }
            return placed;
        }
        let mut dropped = vec![false; placed.len()];
        let mut means_dropped: Vec<(usize, usize)> = Vec::new();
        let mut mended = 0;
        for problem in &findings.errors {
            match problem.record.path[..] {
                [
                    Segment::Key("local"),
                    Segment::Index(index),
                    Segment::Key("means"),
                    Segment::Index(at),
                ] => {
                    let message = format!("{}; left out", problem.message);
                    warnings.push(&placed[index].means[at], message);
                    // A note over its limits goes, not the number it is about.
                    match (problem.field, placed[index].record.means.get_mut(at)) {
                        ("note", Some(means)) => {
                            means.note = None;
                            mended += 1;
                        }
                        _ => means_dropped.push((index, at)),
                    }
                }
                [Segment::Key("local"), Segment::Index(index)] => {
                    let record = &mut placed[index].record;
                    let message = format!("{}; left out", problem.message);
                    match problem.field {
                        "description" => record.description = None,
                        "hours" => record.hours = None,
                        "languages" => record.languages.clear(),
                        _ => {
                            let message = format!("{}; the record is left out", problem.message);
                            warnings.push(&placed[index].origin, message);
                            dropped[index] = true;
                            continue;
                        }
                    }
                    mended += 1;
                    warnings.push(&placed[index].origin, message);
                }
                _ => {}
            }
        }
        means_dropped.sort_unstable();
        means_dropped.dedup();
        for &(index, at) in means_dropped.iter().rev() {
            placed[index].record.means.remove(at);
            placed[index].means.remove(at);
        }
        for (index, placed) in placed.iter().enumerate() {
            if placed.record.means.is_empty() && !dropped[index] {
                let message = format!(
                    "{} has no usable phone, website or email; left out",
                    shown(&placed.record.name)
                );
                warnings.push(&placed.origin, message);
                dropped[index] = true;
            }
        }
        let removed = dropped.iter().filter(|&&dropped| dropped).count();
        if removed + means_dropped.len() + mended == 0 {
            // A rule this does not know how to mend: `layer`'s last check reports it, rather
            // than a loop that never ends.
            return placed;
        }
        *left_out += removed;
        let mut dropped = dropped.into_iter();
        placed.retain(|_| !dropped.next().unwrap_or(false));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kebab_unique_and_never_national() {
        let mut ids = Ids::taken(["ovc".to_string()]);
        assert_eq!(unique_id("OVC", &mut ids), "ovc-2");
        assert_eq!(
            unique_id("Women's Shelter (fictional)", &mut ids),
            "womens-shelter-fictional"
        );
        assert_eq!(
            unique_id("Women's Shelter (fictional)", &mut ids),
            "womens-shelter-fictional-2"
        );
        assert_eq!(unique_id("Ünïcode only ☃", &mut ids), "n-code-only");
        assert_eq!(unique_id("☃", &mut ids), "record");
        let long = unique_id(&"word ".repeat(40), &mut ids);
        assert!(long.len() <= MAX_ID && is_kebab(&long), "{long}");
    }

    /// 30,000 records of one name took over 2 minutes when each new id tried every suffix
    /// from -2 up: the next suffix of a name is remembered, so each id is one step.
    #[test]
    fn many_records_of_one_name_each_take_the_next_suffix_at_once() {
        let mut ids = Ids::taken(["same-name-3".to_string()]);
        for _ in 0..1000 {
            unique_id("Same Name", &mut ids);
        }
        // -3 was taken, so 1,000 names reach -1001; the memo says where the next search starts.
        assert_eq!(ids.suffixes.get("same-name"), Some(&1001));
        assert!(ids.taken.contains("same-name-1001") && ids.taken.contains("same-name-2"));
        assert_eq!(unique_id("Same Name", &mut ids), "same-name-1002");
    }

    #[test]
    fn help_comes_from_words_that_start_a_word() {
        let origin = Origin {
            file: "x".into(),
            place: crate::Place::File,
        };
        let help = |name: &str, terms: &[&str]| {
            let mut draft = Draft::new(origin.clone(), name.to_string(), String::new());
            draft.terms = terms.iter().map(|t| t.to_string()).collect();
            help_of(&draft)
        };
        assert_eq!(help("Sheriff's Office", &[]), [Help::LawEnforcement]);
        assert_eq!(
            help("Legal Aid", &["Immigration", "Youth services"]),
            [Help::Legal, Help::Youth, Help::Immigration]
        );
        // A word must start a word: "paralegal" is not "legal".
        assert_eq!(help("Paralegal training", &[]), [Help::Other]);
        assert_eq!(help("Food pantry", &[]), [Help::Other]);
    }
}
