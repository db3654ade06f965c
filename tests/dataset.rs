//! The facts that matter, pinned: an accidental edit of resources.toml fails here.
//!
//! Each expected value is copied from ../shared/facts.md (its section 8, the corrections of
//! 2026-12-01, overrides the rows before it). If a test here fails, check the fact against
//! facts.md and its source before touching the test.

use htlookup_data::model::{ChannelKind, Dataset};
mod common;

use common::facts::{
    AGENCIES, EMERGENCY, HOTLINE_KEYWORDS, HOTLINE_PHONE, HOTLINE_TEXT, MATERIALS, PUBLICATIONS,
    VIDEOS,
};
use htlookup::embedded::dataset as embedded;
use htlookup_data::validate::validate;

fn data() -> &'static Dataset {
    embedded()
}

fn hotline_value(kind: ChannelKind) -> &'static str {
    let channel = data()
        .report
        .hotline
        .channels
        .iter()
        .find(|channel| channel.kind == kind);
    channel.map_or("<missing>", |channel| channel.value.as_ref())
}

#[test]
fn emergency_number_is_911() {
    assert_eq!(data().report.emergency.number, EMERGENCY);
}

#[test]
fn hotline_contact_means_are_exact() {
    let hotline = &data().report.hotline;
    assert_eq!(hotline.name, "National Human Trafficking Hotline");
    // As the hotline's own Spanish page writes it, capital C (facts.md section 8).
    assert_eq!(
        hotline.name_es,
        "La Línea Nacional Contra la Trata de Personas"
    );
    assert_eq!(hotline_value(ChannelKind::Phone), HOTLINE_PHONE);
    assert_eq!(hotline_value(ChannelKind::Tty), "711");
    assert_eq!(hotline_value(ChannelKind::Text), HOTLINE_TEXT);
    assert_eq!(
        hotline_value(ChannelKind::Chat),
        "https://humantraffickinghotline.org"
    );
    assert_eq!(
        hotline_value(ChannelKind::Online),
        "https://humantraffickinghotline.org/en/report-trafficking"
    );
    assert_eq!(
        hotline_value(ChannelKind::Email),
        "help@humantraffickinghotline.org"
    );
}

fn hotline_channel(kind: ChannelKind) -> &'static htlookup_data::model::Channel {
    let channels = &data().report.hotline.channels;
    let found = channels.iter().find(|channel| channel.kind == kind);
    found.unwrap_or_else(|| panic!("a hotline {kind:?} channel"))
}

#[test]
fn the_text_keywords_and_the_relay_instruction_are_as_corrected() {
    // "Text HELP or INFO to 233733 (BeFree)."
    let text = hotline_channel(ChannelKind::Text);
    assert_eq!(text.keywords.as_ref(), HOTLINE_KEYWORDS);
    assert_eq!(text.vanity.as_deref(), Some("BeFree"));
    assert_eq!(
        text.note.as_deref(),
        Some("Message and data rates may apply.")
    );
    // 711 reaches the relay service, not the hotline: its note must not say otherwise.
    let tty = hotline_channel(ChannelKind::Tty);
    let note = tty.note.as_deref().unwrap_or("");
    assert!(note.contains("Telecommunications Relay Service"), "{note}");
    assert!(!note.contains("for the hotline"), "{note}");
}

#[test]
fn the_hotline_says_what_its_page_says_about_anonymity_and_reporting() {
    let hotline = &data().report.hotline;
    let nature = hotline.nature.as_ref();
    for said in [
        "Not law enforcement or immigration",
        "anonymous",
        "confidentially",
        "mandated reporters",
        "17 or under",
        "immediate danger",
        "police or child protective services",
        "shared with law enforcement where appropriate",
    ] {
        assert!(nature.contains(said), "{said:?} in {nature:?}");
    }
    // The old sentence said more than its source.
    assert!(!nature.contains("must report when a minor"), "{nature}");
    assert_eq!(
        hotline.source,
        "https://humantraffickinghotline.org/en/report-trafficking"
    );
    assert_eq!(hotline.alerts.len(), 1);
    assert!(
        hotline.alerts[0].contains("spoofed")
            && hotline.alerts[0].contains("https://humantraffickinghotline.org"),
        "{:?}",
        hotline.alerts
    );
}

#[test]
fn the_facts_checked_date_says_what_the_check_could_not_cover() {
    let caveat = data().meta.facts_caveat.as_deref().unwrap_or("");
    assert!(
        caveat.contains("before its change of operator in September 2025"),
        "{caveat}"
    );
    let notes = data().meta.notes.join(" ");
    assert!(notes.contains("Compass Connections"), "{notes}");
    assert!(notes.contains("2025-09-22"), "{notes}");
    assert!(
        notes.contains("Polaris ran the hotline from 2007 to 2025"),
        "{notes}"
    );
}

#[test]
fn hotline_means_come_in_the_order_a_person_should_try_them() {
    let kinds: Vec<&str> = data()
        .report
        .hotline
        .channels
        .iter()
        .map(|channel| channel.kind.as_str())
        .collect();
    assert_eq!(kinds, ["phone", "tty", "text", "chat", "online", "email"]);
}

#[test]
fn other_channels_are_exact_and_marked_as_not_on_the_page() {
    let values: Vec<(&str, &str)> = data()
        .report
        .other_channels
        .iter()
        .flat_map(|organization| {
            assert!(
                !organization.on_page,
                "{} is not on the page",
                organization.id
            );
            organization
                .channels
                .iter()
                .map(|channel| (channel.id.as_ref(), channel.value.as_ref()))
        })
        .collect();
    assert_eq!(
        values,
        [
            ("hsi-phone", "1-877-447-4847"),
            ("hsi-phone-older", "1-866-347-2423"),
            ("hsi-phone-international", "1-802-872-6199"),
            ("hsi-online", "https://www.dhs.gov/hsi/tipline"),
            ("fbi-online", "https://tips.fbi.gov"),
            ("fbi-phone", "1-800-225-5324"),
            ("ncmec-phone", "1-800-843-5678"),
            ("ncmec-online", "https://report.cybertip.org"),
            ("dol-whd-phone", "1-866-487-9243"),
        ]
    );
}

#[test]
fn the_hsi_tip_line_gives_the_current_number_first_and_keeps_the_older_one() {
    let hsi = &data().report.other_channels[0];
    assert_eq!(hsi.id, "hsi-tip-line");
    assert_eq!(hsi.source, "https://www.dhs.gov/hsi/tipline");
    let phones: Vec<(&str, Option<&str>, &str)> = hsi
        .channels
        .iter()
        .filter(|channel| channel.kind == ChannelKind::Phone)
        .map(|channel| {
            let note = channel.note.as_deref().unwrap_or("");
            (channel.value.as_ref(), channel.vanity.as_deref(), note)
        })
        .collect();
    assert_eq!(phones[0].0, "1-877-447-4847");
    assert_eq!(phones[0].1, Some("1-877-4-HSI-TIP"));
    assert_eq!(phones[1].0, "1-866-347-2423");
    assert_eq!(phones[1].1, Some("1-866-DHS-2-ICE"));
    assert!(phones[1].2.contains("older number"), "{}", phones[1].2);
    assert_eq!(phones[2].0, "1-802-872-6199");
    assert!(
        phones[2].2.contains("outside the U.S., Canada and Mexico"),
        "{}",
        phones[2].2
    );
}

#[test]
fn the_wage_and_hour_line_says_its_weekday_hours() {
    let dol = &data().report.other_channels[3];
    assert_eq!(dol.id, "dol-whd");
    assert_eq!(
        dol.purpose,
        "Report wage, overtime and child-labor violations, which can be signs of labor trafficking."
    );
    assert_eq!(
        dol.channels[0].note.as_deref(),
        Some("Monday–Friday, 8:00 a.m.–4:30 p.m. local time; not answered around the clock.")
    );
}

#[test]
fn page_dates_and_check_date_are_exact() {
    let meta = &data().meta;
    assert_eq!(meta.url, "https://www.ojp.gov/feature/human-trafficking");
    assert_eq!(
        meta.section_url,
        "https://www.ojp.gov/feature/human-trafficking/victims-and-service-providers"
    );
    assert_eq!(meta.created.to_string(), "2020-08-17");
    assert_eq!(meta.modified.to_string(), "2024-01-23");
    assert_eq!(meta.facts_checked.to_string(), "2026-12-01");
}

#[test]
fn the_pages_own_records_cite_the_section_the_seed_holds() {
    let section = "https://www.ojp.gov/feature/human-trafficking/victims-and-service-providers";
    let data = data();
    let sources: Vec<&str> = std::iter::once(data.report.emergency.source.as_ref())
        .chain(data.agencies.iter().map(|a| a.source.as_ref()))
        .chain(data.publications.iter().map(|p| p.source.as_ref()))
        .chain(data.videos.iter().map(|v| v.source.as_ref()))
        .collect();
    assert_eq!(sources.len(), 31);
    assert!(
        sources.iter().all(|source| *source == section),
        "{sources:?}"
    );
}

#[test]
fn the_sixteen_publication_titles_are_exact_and_in_page_order() {
    let pinned: Vec<(&str, &str)> = data()
        .publications
        .iter()
        .map(|publication| (publication.id.as_ref(), publication.title.as_ref()))
        .collect();
    assert_eq!(pinned, PUBLICATIONS);
}

/// A publication's year, month, sponsored flag and NCJ number.
type DateSponsorNcj = (Option<u16>, Option<u8>, bool, Option<u32>);

#[test]
fn publication_dates_sponsors_and_ncj_numbers_are_exact() {
    let rows: Vec<DateSponsorNcj> = data()
        .publications
        .iter()
        .map(|p| (p.year, p.month, p.sponsored, p.ncj))
        .collect();
    assert_eq!(
        rows,
        [
            (None, None, false, None),
            (Some(2022), Some(1), false, None),
            (Some(2022), Some(1), false, None),
            (Some(2021), Some(12), false, None),
            (Some(2021), Some(8), false, None),
            (Some(2021), Some(4), false, None),
            (Some(2021), Some(1), false, None),
            (Some(2020), Some(12), false, None),
            (Some(2020), Some(10), false, None),
            (Some(2020), Some(9), true, Some(255429)),
            (Some(2020), Some(9), true, Some(255430)),
            (Some(2020), Some(7), true, None),
            (Some(2020), Some(7), false, None),
            (Some(2020), Some(4), false, None),
            (Some(2020), Some(1), true, None),
            (Some(2020), None, false, Some(255987)),
        ]
    );
}

#[test]
fn publication_six_cites_its_library_page() {
    assert_eq!(
        data().publications[5].url.as_deref(),
        Some(
            "https://nij.ojp.gov/library/publications/human-trafficking-survivors-justice-more-about-healing-and-preventing-future"
        )
    );
}

#[test]
fn publications_without_a_confirmed_url_have_none() {
    let without: Vec<&str> = data()
        .publications
        .iter()
        .filter(|publication| publication.url.is_none())
        .map(|publication| publication.id.as_ref())
        .collect();
    assert_eq!(
        without,
        [
            "partnerships-and-pathways",
            "national-action-plan",
            "vaw-research-compendium",
            "usg-efforts-report-2020",
            "outreach-toolkit",
            "trauma-informed-care-2019",
        ]
    );
}

#[test]
fn the_ten_related_resources_are_exact_and_in_page_order() {
    let agencies: Vec<(&str, &str, Option<&str>, &str)> = data()
        .agencies
        .iter()
        .map(|a| {
            (
                a.id.as_ref(),
                a.name.as_ref(),
                a.abbreviation.as_deref(),
                a.url.as_ref(),
            )
        })
        .collect();
    assert_eq!(agencies, AGENCIES);
    let short: Vec<Option<&str>> = data()
        .agencies
        .iter()
        .map(|a| a.short_name.as_deref())
        .collect();
    assert_eq!(
        short[6..],
        [
            Some("Office of Refugee Resettlement"),
            Some("Office on Trafficking in Persons"),
            Some("Blue Campaign"),
            Some("Human Trafficking"),
        ]
    );
    let otip = &data().agencies[7].description;
    assert!(
        otip.contains("identified") && !otip.contains("be found"),
        "{otip}"
    );
}

#[test]
fn videos_and_materials_are_exact() {
    let videos: Vec<(&str, &str, Option<&str>)> = data()
        .videos
        .iter()
        .map(|v| (v.id.as_ref(), v.title.as_ref(), v.url.as_deref()))
        .collect();
    assert_eq!(videos, VIDEOS);
    let materials: Vec<(&str, &str, &str)> = data()
        .materials
        .iter()
        .map(|m| (m.id.as_ref(), m.kind.as_str(), m.title.as_ref()))
        .collect();
    assert_eq!(materials, MATERIALS);
    // The date is OVC's announcement, not a publication date.
    for material in data().materials.iter() {
        assert_eq!(material.announced.to_string(), "2022-01-24");
    }
    let healing = &data().videos[3].description;
    assert!(
        healing.contains("Responding to Survivors of Violence"),
        "{healing}"
    );
}

#[test]
fn the_embedded_dataset_passes_every_rule() {
    assert_eq!(validate(data()), []);
}

#[test]
fn validation_names_the_record_and_field_of_each_broken_rule() {
    let mut broken = data().clone();
    {
        let publications = broken.publications.to_mut();
        publications[1].month = Some(13);
        publications[2].id = publications[1].id.clone();
        publications[3].url = Some("http://example.org".into());
    }
    broken.report.hotline.channels.to_mut()[0].value = "1-888-373-788".into();
    broken.agencies.to_mut()[0].id = "OVC".into();
    let problems: Vec<String> = validate(&broken).iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "report.hotline.channels[hotline-phone]: phone number \"1-888-373-788\" is not 1-NNN-NNN-NNNN, NNN-NNN-NNNN or NNN",
            "agencies[OVC]: id \"OVC\" is not lowercase-kebab (a-z, 0-9, single '-')",
            "publications[national-strategy]: month 13 is not 1-12",
            "publications[national-strategy]: id \"national-strategy\" is used twice",
            "publications[national-action-plan]: url \"http://example.org\" is not a URL that starts with https:// and holds only ASCII letters, digits and URL punctuation",
        ]
    );
}
