//! What search looks at: every record of a dataset as a document of weighted texts.
//!
//! Kept apart from the scoring in [`super::search`] because `build.rs` compiles this file too
//! (through `#[path]`): the word index baked for the embedded dataset (see [`super::index`]) is
//! made from exactly these documents, so the index and a scan of the same data cannot disagree
//! about which texts a record has. Nothing here may depend on clap.

use std::borrow::Cow;

use serde::Serialize;

use crate::dataset::model::{
    Agency, Channel, ChannelKind, Dataset, Emergency, Hotline, Material, Organization, Publication,
    Text, Video,
};

/// The kinds of record search covers; also the values of `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchKind {
    /// A way to report: 911, a hotline means, or another official channel.
    Channel,
    /// A related agency.
    Agency,
    /// A publication.
    Publication,
    /// A video or awareness series.
    Video,
    /// A material for young survivors.
    Material,
}

impl SearchKind {
    /// Every kind, in the order search lists them on a tie.
    pub const ALL: [SearchKind; 5] = [
        SearchKind::Channel,
        SearchKind::Agency,
        SearchKind::Publication,
        SearchKind::Video,
        SearchKind::Material,
    ];

    /// The name used in output and in `--kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Channel => "channel",
            SearchKind::Agency => "agency",
            SearchKind::Publication => "publication",
            SearchKind::Video => "video",
            SearchKind::Material => "material",
        }
    }

    /// One line on what the kind holds, for `--kind`'s help and completions.
    pub fn help(self) -> &'static str {
        match self {
            SearchKind::Channel => {
                "A way to report: 911, a hotline means, or another official channel"
            }
            SearchKind::Agency => "A related agency",
            SearchKind::Publication => "A publication",
            SearchKind::Video => "A video or awareness series",
            SearchKind::Material => "A material for young survivors",
        }
    }
}

/// How much a match in a field counts: a title says more about a record than its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// A record's title, name, abbreviation, id or contact value.
    Title,
    /// Who published or runs it.
    Owner,
    /// A description or note.
    Prose,
}

impl Weight {
    /// The factor a word's match score is multiplied by.
    pub fn value(self) -> f64 {
        match self {
            Weight::Title => 1.0,
            Weight::Owner => 0.6,
            Weight::Prose => 0.5,
        }
    }
}

/// A record made searchable: its identity and its texts, each with a weight. The texts are
/// borrowed, so building a document costs one small vector, whatever the size of the dataset.
#[derive(Debug)]
pub struct Document<'a> {
    /// What sort of record this is.
    pub kind: SearchKind,
    /// The record's id; searched with the title.
    pub id: &'a str,
    /// The record's title or name (for channels: who answers, the means and the contact).
    pub title: Cow<'a, str>,
    /// The other searched texts, in a fixed order.
    pub fields: Vec<(Weight, &'a str)>,
}

impl<'a> Document<'a> {
    fn new(kind: SearchKind, id: &'a str, title: Cow<'a, str>) -> Self {
        Document {
            kind,
            id,
            title,
            fields: Vec::with_capacity(4),
        }
    }

    fn add(&mut self, weight: Weight, text: &'a str) {
        self.fields.push((weight, text));
    }

    fn add_optional(&mut self, weight: Weight, text: Option<&'a Text>) {
        if let Some(text) = text {
            self.add(weight, text);
        }
    }
}

/// One record of a dataset, not yet made into a [`Document`]: cheap to list and to ask its
/// kind, so a search that already knows which records match (from the index) builds documents
/// for those alone.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    /// The emergency number.
    Emergency(&'a Emergency),
    /// A means of reaching the hotline.
    HotlineChannel(&'a Hotline, &'a Channel),
    /// A means of reaching another official channel.
    OtherChannel(&'a Organization, &'a Channel),
    /// A related agency.
    Agency(&'a Agency),
    /// A publication.
    Publication(&'a Publication),
    /// A video or awareness series.
    Video(&'a Video),
    /// A material for young survivors.
    Material(&'a Material),
}

impl<'a> Record<'a> {
    /// What sort of record this is.
    pub fn kind(self) -> SearchKind {
        match self {
            Record::Emergency(_) | Record::HotlineChannel(..) | Record::OtherChannel(..) => {
                SearchKind::Channel
            }
            Record::Agency(_) => SearchKind::Agency,
            Record::Publication(_) => SearchKind::Publication,
            Record::Video(_) => SearchKind::Video,
            Record::Material(_) => SearchKind::Material,
        }
    }

    /// The record as a search document: its title and weighted texts.
    pub fn document(self) -> Document<'a> {
        match self {
            Record::Emergency(emergency) => {
                let mut document = Document::new(
                    SearchKind::Channel,
                    "emergency",
                    Cow::Owned(format!("Emergency: call {}", emergency.number)),
                );
                document.add(Weight::Prose, &emergency.when);
                document
            }
            Record::HotlineChannel(hotline, channel) => {
                let mut document = channel_document(&hotline.name, channel);
                document.add(Weight::Owner, &hotline.name_es);
                document
            }
            Record::OtherChannel(organization, channel) => {
                let mut document = channel_document(&organization.name, channel);
                document.add(Weight::Prose, &organization.purpose);
                document
            }
            Record::Agency(agency) => {
                let mut document =
                    Document::new(SearchKind::Agency, &agency.id, Cow::Borrowed(&agency.name));
                document.add_optional(Weight::Title, agency.abbreviation.as_ref());
                document.add(Weight::Owner, &agency.parent);
                document.add(Weight::Prose, &agency.description);
                document
            }
            Record::Publication(publication) => {
                let mut document = Document::new(
                    SearchKind::Publication,
                    &publication.id,
                    Cow::Borrowed(&publication.title),
                );
                document.add(Weight::Owner, &publication.publisher);
                document
            }
            Record::Video(video) => {
                let mut document =
                    Document::new(SearchKind::Video, &video.id, Cow::Borrowed(&video.title));
                document.add(Weight::Owner, &video.producer);
                document.add(Weight::Prose, &video.description);
                document
            }
            Record::Material(material) => {
                let mut document = Document::new(
                    SearchKind::Material,
                    &material.id,
                    Cow::Borrowed(&material.title),
                );
                document.add(Weight::Owner, material.kind.as_str());
                document.add(Weight::Prose, &material.description);
                document
            }
        }
    }
}

/// Every record of the dataset, channels first (the most urgent), then in page order.
pub fn records(data: &Dataset) -> impl Iterator<Item = Record<'_>> {
    let report = &data.report;
    let hotline = &report.hotline;
    std::iter::once(Record::Emergency(&report.emergency))
        .chain(
            hotline
                .channels
                .iter()
                .map(move |channel| Record::HotlineChannel(hotline, channel)),
        )
        .chain(report.other_channels.iter().flat_map(|organization| {
            organization
                .channels
                .iter()
                .map(move |channel| Record::OtherChannel(organization, channel))
        }))
        .chain(data.agencies.iter().map(Record::Agency))
        .chain(data.publications.iter().map(Record::Publication))
        .chain(data.videos.iter().map(Record::Video))
        .chain(data.materials.iter().map(Record::Material))
}

/// Every record of the dataset as a search document, in [`records`]' order, made one at a
/// time as the search goes: a large dataset is never held twice.
pub fn documents(data: &Dataset) -> impl Iterator<Item = Document<'_>> {
    records(data).map(Record::document)
}

fn channel_document<'a>(owner: &'a str, channel: &'a Channel) -> Document<'a> {
    let title = format!("{owner}: {} {}", verb(channel.kind), channel.value);
    let mut document = Document::new(SearchKind::Channel, &channel.id, Cow::Owned(title));
    document.add(Weight::Title, channel.kind.as_str());
    document.add_optional(Weight::Title, channel.vanity.as_ref());
    document.add_optional(Weight::Prose, channel.note.as_ref());
    for language in channel.languages.iter() {
        document.add(Weight::Prose, language);
    }
    document
}

/// How a channel's title names its means: "Call 1-888-373-7888", "Text 233733".
fn verb(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Phone => "call",
        ChannelKind::Tty => "TTY",
        ChannelKind::Text => "text",
        ChannelKind::Chat => "chat",
        ChannelKind::Online => "online form",
        ChannelKind::Email => "email",
    }
}
