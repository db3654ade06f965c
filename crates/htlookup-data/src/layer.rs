//! A local layer: a county's or a task force's own contacts, shown beside the national data
//! (`--add FILE`, `HTLOOKUP_ADD`), never instead of it.
//!
//! The file is the contract a maintainer writes (see `examples/local-layer.toml`): a `[meta]`
//! table saying who keeps it, for which area, and when its facts were checked, and one
//! `[[local]]` table per contact, each with one or more `[[local.means]]`. Like every struct
//! of the dataset, these reject unknown fields; the rules beyond the types are
//! [`crate::validate::check_layer`], and reading a file is [`crate::load::load_layer_file`].

use serde::{Deserialize, Serialize};

use crate::model::{ChannelKind, Date, Text};

/// A whole layer file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// Who keeps the layer, for where, and how fresh it is: every view that shows its
    /// contacts names it, so a stale or foreign layer can be told apart.
    pub meta: LayerMeta,
    /// The contacts, in the order the layer gives them (the order they are shown in).
    #[serde(default)]
    pub local: Vec<LocalRecord>,
}

/// The `[meta]` table of a layer.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LayerMeta {
    /// Who keeps this layer ("Example County Anti-Trafficking Task Force").
    pub name: Text,
    /// The area it covers ("Example County, Oregon").
    pub area: Text,
    /// When its facts were last checked.
    pub checked: Date,
    /// Where its facts come from (https).
    pub source: Option<Text>,
}

/// One local contact.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocalRecord {
    /// Unique, lowercase-kebab, and not an id of the national data.
    pub id: Text,
    /// The contact's name as it is known locally.
    pub name: Text,
    /// A narrower area than the layer's, where it serves only part of it.
    pub area: Option<Text>,
    /// What it helps with: what `local --for` filters on.
    pub help: Vec<Help>,
    /// What it does, in one or two sentences.
    pub description: Option<Text>,
    /// Languages served.
    #[serde(default)]
    pub languages: Vec<Text>,
    /// When it answers, as free text ("24/7", "Mon-Fri 8-5").
    pub hours: Option<Text>,
    /// Where this record's facts come from (https).
    pub source: Option<Text>,
    /// How to reach it: one or more.
    #[serde(default)]
    pub means: Vec<Means>,
}

/// One way to reach a local contact.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Means {
    /// What kind of means; decides how `value` is checked.
    pub kind: MeansKind,
    /// The number, address or URL, by the same rules as the national data.
    pub value: Text,
    /// What to know before using it ("Non-emergency line; call 911 in an emergency.").
    pub note: Option<Text>,
}

/// The kinds of means a local contact may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MeansKind {
    /// A voice line.
    Phone,
    /// An SMS number or short code.
    Text,
    /// A relay number for callers who are deaf or hard of hearing.
    Tty,
    /// A web page or form (https).
    Online,
    /// An email address.
    Email,
}

impl MeansKind {
    /// The word for it, as the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            MeansKind::Phone => "phone",
            MeansKind::Text => "text",
            MeansKind::Tty => "tty",
            MeansKind::Online => "online",
            MeansKind::Email => "email",
        }
    }
}

impl From<MeansKind> for ChannelKind {
    /// The national kind a local means is: checked by the same rules, labelled by the same
    /// words.
    fn from(kind: MeansKind) -> Self {
        match kind {
            MeansKind::Phone => ChannelKind::Phone,
            MeansKind::Text => ChannelKind::Text,
            MeansKind::Tty => ChannelKind::Tty,
            MeansKind::Online => ChannelKind::Online,
            MeansKind::Email => ChannelKind::Email,
        }
    }
}

/// What a local contact helps with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Help {
    /// Takes reports of trafficking.
    Report,
    /// Police, sheriff or another law enforcement agency.
    LawEnforcement,
    /// Emergency or longer-term housing.
    Shelter,
    /// Legal aid.
    Legal,
    /// Medical care.
    Health,
    /// Workers' rights and labor complaints.
    Labor,
    /// Services for children and young people.
    Youth,
    /// Immigration help.
    Immigration,
    /// Counseling and emotional support.
    Counseling,
    /// Anything else.
    Other,
}

impl Help {
    /// Every kind, in the order the contract lists them.
    pub const ALL: [Help; 10] = [
        Help::Report,
        Help::LawEnforcement,
        Help::Shelter,
        Help::Legal,
        Help::Health,
        Help::Labor,
        Help::Youth,
        Help::Immigration,
        Help::Counseling,
        Help::Other,
    ];

    /// The word for it, as the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Help::Report => "report",
            Help::LawEnforcement => "law-enforcement",
            Help::Shelter => "shelter",
            Help::Legal => "legal",
            Help::Health => "health",
            Help::Labor => "labor",
            Help::Youth => "youth",
            Help::Immigration => "immigration",
            Help::Counseling => "counseling",
            Help::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{is_layer, parse_layer};
    use crate::model::Dataset;

    const EXAMPLE: &str = include_str!("../../../examples/local-layer.toml");

    fn national() -> Dataset {
        crate::load::parse("resources.toml", include_str!("../../../resources.toml"), 5)
            .expect("resources.toml is valid")
    }

    fn problems(text: &str) -> Vec<String> {
        match parse_layer("layer.toml", text, &national(), usize::MAX) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.listed.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_example_layer_is_valid_and_keeps_its_order() {
        let layer = parse_layer("example", EXAMPLE, &national(), 5)
            .expect("valid")
            .layer;
        let ids: Vec<&str> = layer.local.iter().map(|local| &*local.id).collect();
        assert_eq!(
            ids,
            [
                "example-sheriff-ht-unit",
                "example-safe-harbor-shelter",
                "example-legal-aid"
            ]
        );
        assert_eq!(layer.meta.checked.to_string(), "2026-11-30");
        assert!(is_layer(EXAMPLE));
        assert!(!is_layer(include_str!("../../../resources.toml")));
    }

    #[test]
    fn a_layer_cannot_take_a_national_id_or_a_national_number() {
        let text = EXAMPLE
            .replace("id = \"example-legal-aid\"", "id = \"ovc\"")
            .replace("value = \"541-555-0142\"", "value = \"1-888-373-7888\"")
            .replace("value = \"541-555-0143\"", "value = \"233733\"");
        assert_eq!(
            problems(&text),
            [
                "layer.toml:45: local[example-safe-harbor-shelter].means[#1]: value \"1-888-373-7888\" is a national number; 911 and the hotline come from the national data, never from a layer",
                "layer.toml:49: local[example-safe-harbor-shelter].means[#2]: value \"233733\" is a national number; 911 and the hotline come from the national data, never from a layer",
                "layer.toml:53: local[ovc]: id \"ovc\" is an id of the national data; a layer only adds records",
            ]
        );
    }

    #[test]
    fn broken_rules_and_form_are_located_like_a_dataset_s() {
        let text = EXAMPLE
            .replace(
                "help = [\"shelter\", \"counseling\", \"youth\"]",
                "help = []",
            )
            .replace("value = \"541-555-0177\"", "value = \"(541) 555-0177\"")
            .replace(
                "value = \"https://example.org/legal-aid/intake\"",
                "value = \"http://example.org\"",
            );
        assert_eq!(
            problems(&text),
            [
                "layer.toml:38: local[example-safe-harbor-shelter]: help needs at least one of: report, law-enforcement, shelter, legal, health, labor, youth, immigration, counseling, other",
                "layer.toml:62: local[example-legal-aid].means[#1]: phone number \"(541) 555-0177\" is not 1-NNN-NNN-NNNN, NNN-NNN-NNNN or NNN",
                "layer.toml:66: local[example-legal-aid].means[#2]: value \"http://example.org\" is not a URL that starts with https:// and holds only ASCII letters, digits and URL punctuation",
            ]
        );
        let unknown = EXAMPLE.replace("kind = \"email\"", "kind = \"fax\"");
        let found = problems(&unknown);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("layer.toml:32:8: unknown variant `fax`"),
            "{found:?}"
        );
        let missing = EXAMPLE.replace("area = \"Example County, Oregon\"\n", "");
        let found = problems(&missing);
        assert!(found[0].contains("missing field `area`"), "{found:?}");
    }

    #[test]
    fn a_json_layer_is_read_with_the_same_rules() {
        let national = national();
        let layer = parse_layer("example", EXAMPLE, &national, 5)
            .expect("valid")
            .layer;
        // JSON's null has no TOML counterpart: a null member is left out, as absent.
        let json = serde_json::to_string_pretty(&layer).expect("serialises");
        let again = parse_layer("layer.json", &json, &national, 5);
        assert!(again.is_ok(), "{again:?}");
        let bad = json.replace("541-555-0100", "555-0100");
        let problems = parse_layer("layer.json", &bad, &national, 5).expect_err("invalid");
        assert!(
            problems.listed[0].to_string().starts_with("layer.json:"),
            "{problems:?}"
        );
    }
}
