//! An HSDS tabular data package: a folder with `datapackage.json` and one CSV file per table.
//!
//! Tables are found by the descriptor's `resources` (their `name` or file name), else by the
//! usual file names; both HSDS 3.0's and 1.x/2.x's are known (`service_at_locations.csv` and
//! `services_at_location.csv`, `schedules.csv` and `regular_schedules.csv`, `attributes.csv`
//! and `service_taxonomy.csv`), and so are their columns (`website` and `url`, a language's
//! `name` and `language`). Columns are matched by name, case-insensitively; unknown ones are
//! ignored. Rows are joined through indexes by id (no nested scans), and a row whose id points
//! nowhere is left out with a warning at its line.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path};
use std::rc::Rc;

use csv::StringRecord;
use serde::Deserialize;

use crate::json::Scalar;
use crate::{About, Draft, Failure, Origin, PhoneDraft, Place, Source, Warnings, date_of};
use htlookup_data::model::Date;
use htlookup_data::validate::shown;

/// `datapackage.json`: what it says about the package, and where its tables are.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Descriptor {
    name: Scalar,
    title: Scalar,
    created: Scalar,
    last_modified: Scalar,
    #[serde(rename = "lastModified")]
    last_modified_camel: Scalar,
    resources: Option<Vec<Resource>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Resource {
    name: Scalar,
    path: Scalar,
}

/// The tables a layer uses, each with the names it has had (3.0's first).
const ORGANIZATIONS: &[&str] = &["organizations", "organization"];
const SERVICES: &[&str] = &["services", "service"];
const LOCATIONS: &[&str] = &["locations", "location"];
const SERVICE_AT_LOCATIONS: &[&str] = &[
    "service_at_locations",
    "service_at_location",
    "services_at_location",
    "services_at_locations",
];
const PHONES: &[&str] = &["phones", "phone"];
const SERVICE_AREAS: &[&str] = &["service_areas", "service_area"];
const LANGUAGES: &[&str] = &["languages", "language"];
const SCHEDULES: &[&str] = &[
    "schedules",
    "schedule",
    "regular_schedules",
    "regular_schedule",
];
const TERMS: &[&str] = &["taxonomy_terms", "taxonomy_term"];
/// 1.x called its terms `taxonomy`; from 2.0 that table describes taxonomies, so it is read
/// only when there is no `taxonomy_term` table.
const OLD_TERMS: &[&str] = &["taxonomy", "taxonomies"];
const ATTRIBUTES: &[&str] = &[
    "attributes",
    "attribute",
    "service_attributes",
    "service_attribute",
    "service_taxonomy",
    "service_taxonomies",
];

/// One CSV table, read whole.
struct Table {
    file: Rc<str>,
    columns: HashMap<String, usize>,
    rows: Vec<(u64, StringRecord)>,
}

/// A column of a table (it may be absent): [`Column::get`] gives a row's trimmed value or `""`.
#[derive(Clone, Copy)]
struct Column(Option<usize>);

impl Column {
    fn get(self, row: &StringRecord) -> &str {
        self.0
            .and_then(|index| row.get(index))
            .map_or("", str::trim)
    }
}

impl Table {
    /// The first of `names` the table has.
    fn column(&self, names: &[&str]) -> Column {
        Column(
            names
                .iter()
                .find_map(|name| self.columns.get(*name).copied()),
        )
    }

    fn origin(&self, line: u64) -> Origin {
        Origin {
            file: Rc::clone(&self.file),
            place: Place::Line(line),
        }
    }
}

/// Where a package's files are.
struct Folder<'a> {
    path: &'a Path,
    label: &'a str,
    resources: Vec<(String, String)>,
}

impl Folder<'_> {
    /// The table named by one of `names`: the descriptor's resource of that name or file, else
    /// a file of that name in the folder. A resource path that leaves the folder or is a URL
    /// is not read (htlookup reads nothing but PATH, and never the network).
    fn table(&self, names: &[&str], warnings: &mut Warnings) -> Result<Option<Table>, Failure> {
        let stem = |path: &str| {
            Path::new(path)
                .file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_ascii_lowercase)
        };
        let listed = self.resources.iter().find(|(name, path)| {
            names.contains(&name.to_ascii_lowercase().as_str())
                || stem(path).is_some_and(|stem| names.contains(&stem.as_str()))
        });
        let descriptor = Origin {
            file: Rc::from(format!("{}/datapackage.json", self.label)),
            place: Place::File,
        };
        let file = match listed {
            Some((_, path)) if !path.is_empty() => {
                let inside = !path.contains("://")
                    && Path::new(path)
                        .components()
                        .all(|part| matches!(part, Component::Normal(_) | Component::CurDir));
                if !inside {
                    let message = format!(
                        "resource path {} is not a file inside the package; it is not read",
                        shown(path)
                    );
                    warnings.push(&descriptor, message);
                    return Ok(None);
                }
                if !self.path.join(path).is_file() {
                    let message = format!("lists {}, which is not in the folder", shown(path));
                    warnings.push(&descriptor, message);
                    return Ok(None);
                }
                path.clone()
            }
            _ => match names
                .iter()
                .map(|name| format!("{name}.csv"))
                .find(|file| self.path.join(file).is_file())
            {
                Some(file) => file,
                None => return Ok(None),
            },
        };
        let label = format!("{}/{file}", self.label);
        let text = crate::read_file(&self.path.join(&file), &label)?;
        Ok(Some(parse_table(label, &text, warnings)))
    }
}

/// Parses CSV text (RFC 4180: quoted values may hold commas, quotes and line breaks; CRLF or
/// LF line ends). A row the csv crate cannot read is left out with a warning at its line.
fn parse_table(label: String, text: &str, warnings: &mut Warnings) -> Table {
    let file: Rc<str> = Rc::from(label);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut columns = HashMap::new();
    if let Ok(headers) = reader.headers() {
        for (index, name) in headers.iter().enumerate() {
            // The first of two columns with one name wins.
            columns
                .entry(name.trim().to_ascii_lowercase())
                .or_insert(index);
        }
    }
    let mut rows = Vec::new();
    // A row's line from its byte offset. With CRLF line ends the csv crate places a row at the
    // `\n` that ends the line before it (and counts its line from there), so every row of a
    // Windows file was named a line early: the row starts after the line breaks.
    let mut lines = htlookup_data::position::Lines::new(text);
    let mut line_of = |position: Option<&csv::Position>| {
        position.map_or(0, |at| {
            let mut byte = usize::try_from(at.byte()).unwrap_or(usize::MAX);
            while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
                byte += 1;
            }
            lines.position(byte).0 as u64
        })
    };
    for record in reader.records() {
        match record {
            Ok(row) => {
                let line = line_of(row.position());
                if row.iter().any(|value| !value.trim().is_empty()) {
                    rows.push((line, row));
                }
            }
            Err(error) => {
                let line = line_of(error.position());
                let origin = Origin {
                    file: Rc::clone(&file),
                    place: Place::Line(line),
                };
                warnings.push(
                    &origin,
                    format!("cannot be read as CSV ({error}); left out"),
                );
            }
        }
    }
    Table {
        file,
        columns,
        rows,
    }
}

/// An organization's own facts, for its services' records (or its own).
struct Organization {
    origin: Origin,
    name: String,
    description: String,
    links: Vec<(Origin, String)>,
    emails: Vec<(Origin, String)>,
    phones: Vec<PhoneDraft>,
    has_services: bool,
}

/// Reads the data package in the folder `path` (`label` names it in messages).
pub(crate) fn read(path: &Path, label: &str, warnings: &mut Warnings) -> Result<Source, Failure> {
    let descriptor_path = path.join("datapackage.json");
    if !descriptor_path.is_file() {
        return Err(Failure::Unreadable(format!(
            "{label}: is a folder without datapackage.json; an HSDS data package has one beside its CSV files"
        )));
    }
    let descriptor_label = format!("{label}/datapackage.json");
    let text = crate::read_file(&descriptor_path, &descriptor_label)?;
    let descriptor: Descriptor = serde_json::from_str(&text).map_err(|error| {
        Failure::Unreadable(format!(
            "{descriptor_label}:{}: not a data package descriptor (a JSON object): {error}",
            error.line()
        ))
    })?;
    let folder = Folder {
        path,
        label,
        resources: descriptor
            .resources
            .iter()
            .flatten()
            .map(|resource| {
                (
                    resource.name.text().to_string(),
                    resource.path.text().to_string(),
                )
            })
            .collect(),
    };
    let organizations = folder.table(ORGANIZATIONS, warnings)?;
    let services = folder.table(SERVICES, warnings)?;
    if organizations.is_none() && services.is_none() {
        return Err(Failure::Unreadable(format!(
            "{label}: the data package has neither services.csv nor organizations.csv, so it holds no service to import"
        )));
    }
    let mut join = Join {
        warnings,
        organizations: Vec::new(),
        organization_ids: HashMap::new(),
        drafts: Vec::new(),
        service_ids: HashMap::new(),
        service_organization: Vec::new(),
        location_services: HashMap::new(),
        location_phones: Vec::new(),
        location_phone_index: HashMap::new(),
        located: HashSet::new(),
        at_location: HashMap::new(),
        assured: None,
        modified: None,
        left_out: 0,
    };
    if let Some(table) = &organizations {
        join.organizations(table);
    }
    if let Some(table) = &services {
        join.services(table);
    }
    let locations = folder.table(LOCATIONS, &mut *join.warnings)?;
    let at_locations = folder.table(SERVICE_AT_LOCATIONS, &mut *join.warnings)?;
    if let Some(table) = &at_locations {
        join.service_at_locations(table, locations.as_ref());
    }
    drop(locations);
    if let Some(table) = folder.table(PHONES, &mut *join.warnings)? {
        join.phones(&table);
    }
    for (names, list) in [
        (SERVICE_AREAS, List::Areas),
        (LANGUAGES, List::Languages),
        (SCHEDULES, List::Hours),
    ] {
        if let Some(table) = folder.table(names, &mut *join.warnings)? {
            join.list(&table, list);
        }
    }
    let terms = match folder.table(TERMS, &mut *join.warnings)? {
        Some(table) => Some(table),
        None => folder.table(OLD_TERMS, &mut *join.warnings)?,
    };
    if let (Some(terms), Some(attributes)) = (terms, folder.table(ATTRIBUTES, &mut *join.warnings)?)
    {
        join.terms(&terms, &attributes);
    }
    let services_label = services
        .as_ref()
        .map_or("", |table| &*table.file)
        .to_string();
    let (drafts, left_out, assured, modified) = join.finish();
    let mut dates: Vec<(Date, String)> = Vec::new();
    if let Some(date) = assured {
        dates.push((
            date,
            format!("the earliest assured_date of the services ({services_label})"),
        ));
    }
    if let Some(date) = modified {
        dates.push((
            date,
            format!("the earliest last_modified of the services ({services_label})"),
        ));
    }
    for (value, what) in [
        (&descriptor.last_modified, "last_modified"),
        (&descriptor.last_modified_camel, "lastModified"),
        (&descriptor.created, "created"),
    ] {
        if let Some(date) = date_of(value.text()) {
            dates.push((
                date,
                format!("the data package's {what} date ({descriptor_label})"),
            ));
        }
    }
    Ok(Source {
        drafts,
        about: About {
            title: descriptor.title.0,
            fallback_name: descriptor.name.0,
            dates,
        },
        left_out,
    })
}

/// Which list of a service a table adds to.
#[derive(Clone, Copy)]
enum List {
    Areas,
    Languages,
    Hours,
}

/// The joins, indexed by id.
struct Join<'w> {
    warnings: &'w mut Warnings,
    organizations: Vec<Organization>,
    organization_ids: HashMap<String, usize>,
    drafts: Vec<Draft>,
    service_ids: HashMap<String, usize>,
    /// Each draft's organization, by index into `organizations`.
    service_organization: Vec<Option<usize>>,
    /// The services at each location id, and each location's phones: given to its services
    /// when the drafts are finished, as many as fit, so a location of many services with many
    /// phones costs the services, not their product.
    location_services: HashMap<String, Vec<usize>>,
    /// Each location's phones, in the order locations first have one (the output's order
    /// must not depend on a hash map's), and where each location's are in that list.
    location_phones: Vec<(String, Vec<PhoneDraft>)>,
    location_phone_index: HashMap<String, usize>,
    /// The (location, service) pairs seen, so a repeated row adds no second entry.
    located: HashSet<(String, usize)>,
    /// The service of each service_at_location id.
    at_location: HashMap<String, usize>,
    assured: Option<Date>,
    modified: Option<Date>,
    left_out: usize,
}

impl Join<'_> {
    /// The first row of each id; a second row with the same id is left out with a warning.
    fn unique(
        &mut self,
        table: &Table,
        line: u64,
        id: &str,
        seen: &mut HashMap<String, usize>,
        next: usize,
    ) -> bool {
        if id.is_empty() {
            return true;
        }
        if seen.contains_key(id) {
            let message = format!("id {} is used by an earlier row; left out", shown(id));
            self.warnings.push(&table.origin(line), message);
            self.left_out += 1;
            return false;
        }
        seen.insert(id.to_string(), next);
        true
    }

    fn organizations(&mut self, table: &Table) {
        let id = table.column(&["id"]);
        let name = table.column(&["name"]);
        let description = table.column(&["description"]);
        let website = table.column(&["website", "url"]);
        let email = table.column(&["email"]);
        let mut ids = std::mem::take(&mut self.organization_ids);
        for (line, row) in &table.rows {
            let next = self.organizations.len();
            if !self.unique(table, *line, id.get(row), &mut ids, next) {
                continue;
            }
            let origin = table.origin(*line);
            let links = non_empty(website.get(row))
                .map(|link| (origin.clone(), link))
                .into_iter()
                .collect();
            let emails = non_empty(email.get(row))
                .map(|mail| (origin.clone(), mail))
                .into_iter()
                .collect();
            self.organizations.push(Organization {
                origin,
                name: name.get(row).to_string(),
                description: description.get(row).to_string(),
                links,
                emails,
                phones: Vec::new(),
                has_services: false,
            });
        }
        self.organization_ids = ids;
    }

    fn services(&mut self, table: &Table) {
        let id = table.column(&["id"]);
        let organization = table.column(&["organization_id"]);
        let name = table.column(&["name"]);
        let description = table.column(&["description"]);
        let url = table.column(&["url", "website"]);
        let email = table.column(&["email"]);
        let status = table.column(&["status"]);
        let assured = table.column(&["assured_date"]);
        let modified = table.column(&["last_modified"]);
        let mut ids = std::mem::take(&mut self.service_ids);
        for (line, row) in &table.rows {
            let origin = table.origin(*line);
            let next = self.drafts.len();
            if !self.unique(table, *line, id.get(row), &mut ids, next) {
                continue;
            }
            let left_out = |join: &mut Self, ids: &mut HashMap<String, usize>, message: String| {
                join.warnings.push(&origin, message);
                join.left_out += 1;
                ids.remove(id.get(row));
            };
            if name.get(row).is_empty() {
                left_out(self, &mut ids, "service has no name; left out".to_string());
                continue;
            }
            let state = status.get(row);
            if matches!(state.to_ascii_lowercase().as_str(), "inactive" | "defunct") {
                left_out(
                    self,
                    &mut ids,
                    format!("service status is {}; left out", shown(state)),
                );
                continue;
            }
            for (column, slot) in [(assured, &mut self.assured), (modified, &mut self.modified)] {
                if let Some(date) = date_of(column.get(row)) {
                    *slot = Some(slot.map_or(date, |seen| seen.min(date)));
                }
            }
            let mut draft = Draft::new(
                origin.clone(),
                name.get(row).to_string(),
                description.get(row).to_string(),
            );
            if let Some(link) = non_empty(url.get(row)) {
                draft.add_links(&[(origin.clone(), link)]);
            }
            if let Some(mail) = non_empty(email.get(row)) {
                draft.add_emails(&[(origin.clone(), mail)]);
            }
            let owner = organization.get(row);
            let owner = if owner.is_empty() {
                None
            } else {
                let found = self.organization_ids.get(owner).copied();
                if found.is_none() {
                    let message = format!(
                        "organization_id {} matches no organization; the service is kept without it",
                        shown(owner)
                    );
                    self.warnings.push(&origin, message);
                }
                found
            };
            if let Some(index) = owner {
                self.organizations[index].has_services = true;
            }
            self.service_organization.push(owner);
            self.drafts.push(draft);
        }
        self.service_ids = ids;
    }

    /// The service of `id` in `table`'s row at `line`, or a warning that it points nowhere.
    fn service(&mut self, table: &Table, line: u64, column: &str, id: &str) -> Option<usize> {
        let found = self.service_ids.get(id).copied();
        if found.is_none() {
            let message = format!("{column} {} matches no service; left out", shown(id));
            self.warnings.push(&table.origin(line), message);
        }
        found
    }

    fn service_at_locations(&mut self, table: &Table, locations: Option<&Table>) {
        let known: Option<std::collections::HashSet<&str>> = locations.map(|locations| {
            let id = locations.column(&["id"]);
            locations.rows.iter().map(|(_, row)| id.get(row)).collect()
        });
        let id = table.column(&["id"]);
        let service = table.column(&["service_id"]);
        let location = table.column(&["location_id"]);
        for (line, row) in &table.rows {
            let Some(index) = self.service(table, *line, "service_id", service.get(row)) else {
                continue;
            };
            let location = location.get(row);
            if known
                .as_ref()
                .is_some_and(|known| !known.contains(location))
            {
                let message = format!(
                    "location_id {} matches no location; left out",
                    shown(location)
                );
                self.warnings.push(&table.origin(*line), message);
                continue;
            }
            if !id.get(row).is_empty() {
                self.at_location.insert(id.get(row).to_string(), index);
            }
            if self.located.insert((location.to_string(), index)) {
                let services = self
                    .location_services
                    .entry(location.to_string())
                    .or_default();
                services.push(index);
            }
        }
    }

    /// Each phone goes to what it belongs to: a service at a location, a service, the
    /// services at a location, or an organization (whose services all get it).
    fn phones(&mut self, table: &Table) {
        let number = table.column(&["number"]);
        let extension = table.column(&["extension"]);
        let kind = table.column(&["type"]);
        let description = table.column(&["description"]);
        let links = [
            (
                "service_at_location_id",
                table.column(&["service_at_location_id"]),
            ),
            ("service_id", table.column(&["service_id"])),
            ("location_id", table.column(&["location_id"])),
            ("organization_id", table.column(&["organization_id"])),
        ];
        let contact = table.column(&["contact_id"]);
        for (line, row) in &table.rows {
            let phone = PhoneDraft {
                origin: table.origin(*line),
                number: number.get(row).to_string(),
                extension: non_empty(extension.get(row)),
                kind: kind.get(row).to_string(),
                description: description.get(row).to_string(),
            };
            let Some((column, id)) = links
                .iter()
                .map(|(name, column)| (*name, column.get(row)))
                .find(|(_, id)| !id.is_empty())
            else {
                if contact.get(row).is_empty() {
                    let message = "phone belongs to no service, location or organization; left out"
                        .to_string();
                    self.warnings.push(&phone.origin, message);
                }
                continue; // a person's phone (contact_id) is not a way to reach the service
            };
            let target = match column {
                "service_at_location_id" => self.at_location.get(id).copied(),
                "service_id" => self.service_ids.get(id).copied(),
                "location_id" if self.location_services.contains_key(id) => {
                    let at = *self
                        .location_phone_index
                        .entry(id.to_string())
                        .or_insert(self.location_phones.len());
                    if at == self.location_phones.len() {
                        self.location_phones.push((id.to_string(), Vec::new()));
                    }
                    self.location_phones[at].1.push(phone);
                    continue;
                }
                "location_id" => None,
                _ => match self.organization_ids.get(id) {
                    Some(&organization) => {
                        self.organizations[organization].phones.push(phone);
                        continue;
                    }
                    None => None,
                },
            };
            let Some(target) = target else {
                let what = match column {
                    "service_at_location_id" => "service at a location",
                    "service_id" => "service",
                    "location_id" => "location of a service",
                    _ => "organization",
                };
                let message = format!("{column} {} matches no {what}; left out", shown(id));
                self.warnings.push(&phone.origin, message);
                continue;
            };
            self.drafts[target].add_phones(&[phone]);
        }
    }

    fn list(&mut self, table: &Table, list: List) {
        let service = table.column(&["service_id"]);
        let at_location = table.column(&["service_at_location_id"]);
        let value = match list {
            List::Areas => table.column(&["name", "service_area"]),
            List::Languages => table.column(&["name", "language"]),
            List::Hours => table.column(&["description"]),
        };
        for (line, row) in &table.rows {
            let value = value.get(row);
            let index = match (service.get(row), at_location.get(row)) {
                ("", "") => continue, // a location's or a phone's: not the service's own
                ("", id) => match self.at_location.get(id) {
                    Some(&index) => index,
                    None => continue,
                },
                (id, _) => match self.service(table, *line, "service_id", id) {
                    Some(index) => index,
                    None => continue,
                },
            };
            if value.is_empty() {
                continue;
            }
            let draft = &mut self.drafts[index];
            let values = match list {
                List::Areas => &mut draft.areas,
                List::Languages => &mut draft.languages,
                List::Hours => &mut draft.hours,
            };
            // Repeats are dropped once, when the record is made (`map::record`).
            values.push(value.to_string());
        }
    }

    /// Taxonomy terms of services: 3.0's attributes (`link_id`, `taxonomy_term_id`) or 1.x's
    /// service_taxonomy (`service_id`, `taxonomy_id`).
    fn terms(&mut self, terms: &Table, attributes: &Table) {
        let term_id = terms.column(&["id"]);
        let term_name = terms.column(&["name", "term"]);
        let names: HashMap<&str, &str> = terms
            .rows
            .iter()
            .map(|(_, row)| (term_id.get(row), term_name.get(row)))
            .collect();
        let service = attributes.column(&["link_id", "service_id"]);
        let entity = attributes.column(&["link_entity"]);
        let term = attributes.column(&["taxonomy_term_id", "taxonomy_id"]);
        for (_, row) in &attributes.rows {
            if !matches!(entity.get(row), "" | "service") {
                continue;
            }
            let (Some(&index), Some(name)) = (
                self.service_ids.get(service.get(row)),
                names.get(term.get(row)),
            ) else {
                continue;
            };
            if !name.is_empty() {
                self.drafts[index].terms.push((*name).to_string());
            }
        }
    }

    /// The drafts: each service with its organization's facts after its own, then each
    /// organization without services as a record of its own.
    fn finish(mut self) -> (Vec<Draft>, usize, Option<Date>, Option<Date>) {
        for (location, phones) in &self.location_phones {
            for &service in self.location_services.get(location).into_iter().flatten() {
                self.drafts[service].add_phones(phones);
            }
        }
        for (draft, owner) in self.drafts.iter_mut().zip(&self.service_organization) {
            let Some(organization) = owner.map(|index| &self.organizations[index]) else {
                continue;
            };
            draft.organization = non_empty(&organization.name);
            draft.add_phones(&organization.phones);
            draft.add_links(&organization.links);
            draft.add_emails(&organization.emails);
        }
        for organization in std::mem::take(&mut self.organizations) {
            if organization.has_services {
                continue;
            }
            if organization.name.is_empty() {
                let message = "organization has no name; left out".to_string();
                self.warnings.push(&organization.origin, message);
                self.left_out += 1;
                continue;
            }
            let mut draft = Draft::new(
                organization.origin,
                organization.name.clone(),
                organization.description,
            );
            draft.organization = Some(organization.name);
            draft.add_phones(&organization.phones);
            draft.add_links(&organization.links);
            draft.add_emails(&organization.emails);
            self.drafts.push(draft);
        }
        (self.drafts, self.left_out, self.assured, self.modified)
    }
}

fn non_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row is named by the line it starts on, whether lines end in LF or CRLF, after a
    /// value that holds a line break and after blank lines.
    #[test]
    fn a_row_s_line_is_where_it_starts_with_either_line_end() {
        let lf = "id,name\na,\"one\ntwo\"\nb,x\n\nc,y\n";
        for text in [lf.to_string(), lf.replace('\n', "\r\n")] {
            let mut warnings = Warnings::new(10);
            let table = parse_table("t.csv".to_string(), &text, &mut warnings);
            let lines: Vec<u64> = table.rows.iter().map(|(line, _)| *line).collect();
            assert_eq!(lines, [2, 4, 6], "{text:?}");
        }
    }
}
