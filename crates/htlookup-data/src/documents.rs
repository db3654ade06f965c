//! What search looks at: every record of a dataset as a document of weighted texts.
//!
//! The baked word index ([`crate::index`]) is made from exactly these documents, search reads
//! a data file's records as these documents, and a hit is shown from its document: so which
//! texts a record has, and in which order they are walked, is decided here once.

use std::borrow::Cow;

use serde::Serialize;

use crate::layer::{Layer, LayerMeta, LocalRecord};
use crate::model::{
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
    /// A contact of a local layer (`--add`).
    Local,
}

impl SearchKind {
    /// Every kind, in the order search lists them on a tie.
    pub const ALL: [SearchKind; 6] = [
        SearchKind::Channel,
        SearchKind::Agency,
        SearchKind::Publication,
        SearchKind::Video,
        SearchKind::Material,
        SearchKind::Local,
    ];

    /// The name used in output and in `--kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            SearchKind::Channel => "channel",
            SearchKind::Agency => "agency",
            SearchKind::Publication => "publication",
            SearchKind::Video => "video",
            SearchKind::Material => "material",
            SearchKind::Local => "local",
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
            SearchKind::Local => "A local contact, from a layer added with --add",
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

    /// Calls `visit` with each searched field, in a fixed order: the title with the id first
    /// (both count as the title), then the other fields. The baked word index and search of a
    /// data file both walk a document this way, so they meet the same fields.
    pub fn for_each_field(&self, mut visit: impl FnMut(Weight, &[&str])) {
        visit(Weight::Title, &[&self.title, self.id]);
        for (weight, text) in &self.fields {
            visit(*weight, &[text]);
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
/// kind, so a search that knows which records match (from the index) builds documents for
/// those alone.
#[derive(Debug, Clone, Copy)]
pub enum SearchRecord<'a> {
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
    /// A contact of a local layer, with the layer's own facts (its area).
    Local(&'a LayerMeta, &'a LocalRecord),
}

impl<'a> SearchRecord<'a> {
    /// What sort of record this is.
    pub fn kind(self) -> SearchKind {
        match self {
            SearchRecord::Emergency(_)
            | SearchRecord::HotlineChannel(..)
            | SearchRecord::OtherChannel(..) => SearchKind::Channel,
            SearchRecord::Agency(_) => SearchKind::Agency,
            SearchRecord::Publication(_) => SearchKind::Publication,
            SearchRecord::Video(_) => SearchKind::Video,
            SearchRecord::Material(_) => SearchKind::Material,
            SearchRecord::Local(..) => SearchKind::Local,
        }
    }

    /// The record as a search document: its title and weighted texts.
    pub fn document(self) -> Document<'a> {
        match self {
            SearchRecord::Emergency(emergency) => {
                let mut document = Document::new(
                    SearchKind::Channel,
                    "emergency",
                    Cow::Owned(format!("Emergency: call {}", emergency.number)),
                );
                document.add(Weight::Prose, &emergency.when);
                document
            }
            SearchRecord::HotlineChannel(hotline, channel) => {
                let mut document = channel_document(&hotline.name, channel);
                document.add(Weight::Owner, &hotline.name_es);
                document
            }
            SearchRecord::OtherChannel(organization, channel) => {
                let mut document = channel_document(&organization.name, channel);
                document.add(Weight::Prose, &organization.purpose);
                document
            }
            SearchRecord::Agency(agency) => {
                let mut document =
                    Document::new(SearchKind::Agency, &agency.id, Cow::Borrowed(&agency.name));
                document.add_optional(Weight::Title, agency.abbreviation.as_ref());
                document.add(Weight::Owner, &agency.parent);
                document.add(Weight::Prose, &agency.description);
                document
            }
            SearchRecord::Publication(publication) => {
                let mut document = Document::new(
                    SearchKind::Publication,
                    &publication.id,
                    Cow::Borrowed(&publication.title),
                );
                document.add(Weight::Owner, &publication.publisher);
                document
            }
            SearchRecord::Video(video) => {
                let mut document =
                    Document::new(SearchKind::Video, &video.id, Cow::Borrowed(&video.title));
                document.add(Weight::Owner, &video.producer);
                document.add(Weight::Prose, &video.description);
                document
            }
            SearchRecord::Material(material) => {
                let mut document = Document::new(
                    SearchKind::Material,
                    &material.id,
                    Cow::Borrowed(&material.title),
                );
                document.add(Weight::Owner, material.kind.as_str());
                document.add(Weight::Prose, &material.description);
                document
            }
            SearchRecord::Local(meta, record) => {
                let mut document =
                    Document::new(SearchKind::Local, &record.id, Cow::Borrowed(&record.name));
                for means in &record.means {
                    document.add(Weight::Title, &means.value);
                }
                for help in &record.help {
                    document.add(Weight::Owner, help.as_str());
                }
                document.add(Weight::Owner, record.area.as_ref().unwrap_or(&meta.area));
                document.add_optional(Weight::Prose, record.description.as_ref());
                for language in &record.languages {
                    document.add(Weight::Prose, language);
                }
                document
            }
        }
    }
}

/// Every record of the dataset, channels first (the most urgent), then in page order.
pub fn records(data: &Dataset) -> impl Iterator<Item = SearchRecord<'_>> {
    let report = &data.report;
    let hotline = &report.hotline;
    std::iter::once(SearchRecord::Emergency(&report.emergency))
        .chain(
            hotline
                .channels
                .iter()
                .map(move |channel| SearchRecord::HotlineChannel(hotline, channel)),
        )
        .chain(report.other_channels.iter().flat_map(|organization| {
            organization
                .channels
                .iter()
                .map(move |channel| SearchRecord::OtherChannel(organization, channel))
        }))
        .chain(data.agencies.iter().map(SearchRecord::Agency))
        .chain(data.publications.iter().map(SearchRecord::Publication))
        .chain(data.videos.iter().map(SearchRecord::Video))
        .chain(data.materials.iter().map(SearchRecord::Material))
}

/// Every contact of local `layers`, in their order: searched after the dataset's records.
pub fn local_records<'a>(
    layers: impl IntoIterator<Item = &'a Layer>,
) -> impl Iterator<Item = SearchRecord<'a>> {
    layers.into_iter().flat_map(|layer| {
        layer
            .local
            .iter()
            .map(move |record| SearchRecord::Local(&layer.meta, record))
    })
}

/// Every record of the dataset as a search document, in [`records`]' order, made one at a
/// time as the search goes: a large dataset is never held twice.
pub fn documents(data: &Dataset) -> impl Iterator<Item = Document<'_>> {
    records(data).map(SearchRecord::document)
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
