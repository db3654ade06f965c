//! HSDS JSON: one service or organization object, an array of them, or an API page of them
//! (`{"contents": [...]}`), read into typed structs (no tree of the whole file).
//!
//! An object with a `services` list or a `website` is an organization, any other a service
//! (HSDS 3.0 gives a service `url` and an organization `website`). A service's phones are its
//! own, its locations' (through `service_at_locations`) and its organization's. Values are read
//! leniently ([`Scalar`]): a number where the schema says string (`"extension": 12`) is taken
//! as its digits, and a list or object where a value should be is ignored, so one odd field
//! does not make a whole directory unreadable.

use std::fmt;
use std::path::Path;
use std::rc::Rc;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::{About, Draft, Failure, Origin, PhoneDraft, Place, Source, Warnings, date_of};

/// A JSON value read as text: a string (trimmed) or a number's digits; nothing for null, true,
/// false, an empty string, a list or an object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Scalar(pub Option<String>);

impl Scalar {
    /// The text, or `""`.
    pub(crate) fn text(&self) -> &str {
        self.0.as_deref().unwrap_or("")
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a number")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Scalar, E> {
        let value = value.trim();
        Ok(Scalar((!value.is_empty()).then(|| value.to_string())))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Scalar, E> {
        Ok(Scalar(Some(value.to_string())))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Scalar, E> {
        Ok(Scalar(Some(value.to_string())))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Scalar, E> {
        Ok(Scalar(Some(value.to_string())))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar(None))
    }
}

/// A service or an organization: the fields of both that a layer uses. Unknown fields are
/// ignored, as the issue asks.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Entity {
    id: Scalar,
    name: Scalar,
    description: Scalar,
    url: Scalar,
    website: Scalar,
    email: Scalar,
    status: Scalar,
    assured_date: Scalar,
    last_modified: Scalar,
    organization: Option<Box<Entity>>,
    services: Option<Vec<Entity>>,
    phones: Option<Vec<Phone>>,
    schedules: Option<Vec<Schedule>>,
    service_areas: Option<Vec<Named>>,
    languages: Option<Vec<Named>>,
    service_at_locations: Option<Vec<ServiceAtLocation>>,
    attributes: Option<Vec<Attribute>>,
    metadata: Option<Vec<Metadata>>,
    /// An API page (`Page` in the HSDS API reference) holds its records here.
    contents: Option<Vec<Entity>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Phone {
    number: Scalar,
    extension: Scalar,
    #[serde(rename = "type")]
    kind: Scalar,
    description: Scalar,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Schedule {
    description: Scalar,
}

/// A service area or a language: both are named by `name`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Named {
    name: Scalar,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ServiceAtLocation {
    phones: Option<Vec<Phone>>,
    schedules: Option<Vec<Schedule>>,
    location: Option<Location>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Location {
    phones: Option<Vec<Phone>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Attribute {
    taxonomy_term: Option<Named>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Metadata {
    last_action_date: Scalar,
}

/// The top of a file: one object or an array of them.
enum Top {
    One(Box<Entity>),
    Many(Vec<Entity>),
}

/// Reads an HSDS JSON file.
pub(crate) fn read(path: &Path, label: &str, warnings: &mut Warnings) -> Result<Source, Failure> {
    let text = crate::read_file(path, label)?;
    let not_hsds = |why: String| {
        Failure::Unreadable(format!(
            "{label}: {why}; an HSDS JSON file holds a service or organization object, or an array of them (a data package is a folder with datapackage.json)"
        ))
    };
    let parsed = match text.trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str(&text).map(Top::Many),
        Some(b'{') => serde_json::from_str(&text).map(|one| Top::One(Box::new(one))),
        _ => return Err(not_hsds("is not a JSON object or array".to_string())),
    };
    let top = parsed.map_err(|error| {
        not_hsds(format!(
            "line {} column {}: {}",
            error.line(),
            error.column(),
            message_of(&error)
        ))
    })?;
    let file: Rc<str> = Rc::from(label);
    let mut reader = Reader {
        file,
        warnings,
        drafts: Vec::new(),
        dates: Dates::default(),
        left_out: 0,
    };
    let (entities, single) = match top {
        Top::One(mut entity) => match entity.contents.take() {
            Some(contents) => (contents, false),
            None => (vec![*entity], true),
        },
        Top::Many(entities) => (entities, false),
    };
    let mut recognised = 0;
    for (index, entity) in entities.iter().enumerate() {
        let organization = is_organization(entity);
        let place = match (single, organization) {
            (true, true) => "organization".to_string(),
            (true, false) => "service".to_string(),
            (false, _) => format!("[{index}]"),
        };
        if entity.id.0.is_none() && entity.name.0.is_none() && entity.services.is_none() {
            let origin = reader.origin(&place);
            reader.warnings.push(
                &origin,
                "is not an HSDS service or organization (it has no id or name); left out"
                    .to_string(),
            );
            reader.left_out += 1;
            continue;
        }
        recognised += 1;
        if organization {
            reader.organization(entity, &place);
        } else {
            reader.service(entity, None, &place);
        }
    }
    if recognised == 0 {
        return Err(not_hsds("holds no object with an id or a name".to_string()));
    }
    Ok(Source {
        drafts: reader.drafts,
        about: About {
            title: None,
            fallback_name: None,
            dates: reader.dates.best(label),
        },
        left_out: reader.left_out,
    })
}

/// serde_json's message without its own "at line L column C", which the caller says first.
fn message_of(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

fn is_organization(entity: &Entity) -> bool {
    entity.services.is_some() || (entity.website.0.is_some() && entity.url.0.is_none())
}

/// The dates a file gives, by kind, each kept at its earliest: a layer's `checked` claims
/// every fact was checked by then, so the oldest is the honest one.
#[derive(Default)]
struct Dates {
    assured: Option<htlookup_data::model::Date>,
    modified: Option<htlookup_data::model::Date>,
    action: Option<htlookup_data::model::Date>,
}

impl Dates {
    fn note(slot: &mut Option<htlookup_data::model::Date>, text: &Scalar) {
        if let Some(date) = date_of(text.text()) {
            *slot = Some(slot.map_or(date, |seen| seen.min(date)));
        }
    }

    fn best(&self, label: &str) -> Vec<(htlookup_data::model::Date, String)> {
        [
            (self.assured, "assured_date"),
            (self.modified, "last_modified"),
            (self.action, "metadata last_action_date"),
        ]
        .into_iter()
        .filter_map(|(date, what)| {
            date.map(|date| {
                (
                    date,
                    format!("the earliest {what} of the records ({label})"),
                )
            })
        })
        .collect()
    }
}

struct Reader<'w> {
    file: Rc<str>,
    warnings: &'w mut Warnings,
    drafts: Vec<Draft>,
    dates: Dates,
    left_out: usize,
}

impl Reader<'_> {
    fn origin(&self, place: &str) -> Origin {
        Origin {
            file: Rc::clone(&self.file),
            place: Place::Object(place.to_string()),
        }
    }

    fn note_dates(&mut self, entity: &Entity) {
        Dates::note(&mut self.dates.assured, &entity.assured_date);
        Dates::note(&mut self.dates.modified, &entity.last_modified);
        for metadata in entity.metadata.iter().flatten() {
            Dates::note(&mut self.dates.action, &metadata.last_action_date);
        }
    }

    /// An organization: each of its services is a record; without services, it is one.
    fn organization(&mut self, organization: &Entity, place: &str) {
        self.note_dates(organization);
        match organization.services.as_deref() {
            Some(services) if !services.is_empty() => {
                for (index, service) in services.iter().enumerate() {
                    let service_place = format!("{place}.services[{index}]");
                    self.service(service, Some((organization, place)), &service_place);
                }
            }
            _ => {
                if let Some(draft) = self.draft(organization, place) {
                    self.drafts.push(draft);
                }
            }
        }
    }

    /// A service, with the organization it is nested in (or that is nested in it).
    fn service(&mut self, service: &Entity, parent: Option<(&Entity, &str)>, place: &str) {
        self.note_dates(service);
        let nested = service
            .organization
            .as_deref()
            .map(|organization| (organization, format!("{place}.organization")));
        let organization = parent
            .map(|(organization, org_place)| (organization, org_place.to_string()))
            .or(nested);
        let Some(mut draft) = self.draft(service, place) else {
            return;
        };
        for (index, at) in service.service_at_locations.iter().flatten().enumerate() {
            let at_place = format!("{place}.service_at_locations[{index}]");
            self.phones(&mut draft, at.phones.as_deref(), &at_place);
            if let Some(location) = &at.location {
                let place = format!("{at_place}.location");
                self.phones(&mut draft, location.phones.as_deref(), &place);
            }
            draft.hours.extend(
                at.schedules
                    .iter()
                    .flatten()
                    .filter_map(|schedule| schedule.description.0.clone()),
            );
        }
        if let Some((organization, org_place)) = organization {
            if let Some(name) = &organization.name.0 {
                draft.organization = Some(name.clone());
            }
            self.phones(&mut draft, organization.phones.as_deref(), &org_place);
            self.contacts(&mut draft, organization, &org_place);
        }
        self.drafts.push(draft);
    }

    /// The draft of one service or organization object: `None` when it has no name or is
    /// no longer offered (said in a warning).
    fn draft(&mut self, entity: &Entity, place: &str) -> Option<Draft> {
        let origin = self.origin(place);
        let Some(name) = entity.name.0.clone() else {
            self.warnings
                .push(&origin, "has no name; left out".to_string());
            self.left_out += 1;
            return None;
        };
        if let Some(status) = entity.status.0.as_deref()
            && matches!(status.to_ascii_lowercase().as_str(), "inactive" | "defunct")
        {
            self.warnings.push(
                &origin,
                format!(
                    "status is {}; left out",
                    htlookup_data::validate::shown(status)
                ),
            );
            self.left_out += 1;
            return None;
        }
        let mut draft = Draft::new(origin, name, entity.description.text().to_string());
        let named = |list: &Option<Vec<Named>>| -> Vec<String> {
            list.iter()
                .flatten()
                .filter_map(|item| item.name.0.clone())
                .collect()
        };
        draft.areas = named(&entity.service_areas);
        draft.languages = named(&entity.languages);
        draft.hours = entity
            .schedules
            .iter()
            .flatten()
            .filter_map(|schedule| schedule.description.0.clone())
            .collect();
        draft.terms = entity
            .attributes
            .iter()
            .flatten()
            .filter_map(|attribute| attribute.taxonomy_term.as_ref())
            .filter_map(|term| term.name.0.clone())
            .collect();
        self.phones(&mut draft, entity.phones.as_deref(), place);
        self.contacts(&mut draft, entity, place);
        Some(draft)
    }

    /// The website and email of `entity` (a service's `url`, an organization's `website`).
    fn contacts(&mut self, draft: &mut Draft, entity: &Entity, place: &str) {
        let origin = self.origin(place);
        for link in [&entity.url, &entity.website] {
            if let Some(link) = &link.0 {
                draft.add_links(&[(origin.clone(), link.clone())]);
            }
        }
        if let Some(email) = &entity.email.0 {
            draft.add_emails(&[(origin, email.clone())]);
        }
    }

    /// Adds `phones` to the draft, as many as fit: the rest are counted, not read, since an
    /// organization's phones are read again for each of its services.
    fn phones(&mut self, draft: &mut Draft, phones: Option<&[Phone]>, place: &str) {
        let phones = phones.unwrap_or_default();
        let room = draft.phone_room().min(phones.len());
        draft.more_means += phones.len() - room;
        for (index, phone) in phones[..room].iter().enumerate() {
            draft.phones.push(PhoneDraft {
                origin: self.origin(&format!("{place}.phones[{index}]")),
                number: phone.number.text().to_string(),
                extension: phone.extension.0.clone(),
                kind: phone.kind.text().to_string(),
                description: phone.description.text().to_string(),
            });
        }
    }
}
