//! The facts that matter, pinned once for every test: copied from ../shared/facts.md (its
//! section 8, the corrections of 2026-12-01, overrides the rows before it). `tests/dataset.rs`
//! holds the built-in data to them; the other tests expect them in the output. If one fails,
//! check the fact against facts.md and its source before touching it here.

/// The emergency number.
pub const EMERGENCY: &str = "911";
/// The National Human Trafficking Hotline's phone number.
pub const HOTLINE_PHONE: &str = "1-888-373-7888";
/// Its text number ("BeFree").
pub const HOTLINE_TEXT: &str = "233733";
/// What to text it.
pub const HOTLINE_KEYWORDS: [&str; 2] = ["HELP", "INFO"];

/// The page's 16 publications in page order.
pub const PUBLICATIONS: [(&str, &str); 16] = [
    (
        "ag-annual-report",
        "Attorney General's Annual Report to Congress on U.S. Government Activities to Combat \
         Trafficking in Persons",
    ),
    (
        "national-strategy",
        "National Strategy to Combat Human Trafficking",
    ),
    (
        "partnerships-and-pathways",
        "Partnerships and Pathways to Economic Opportunity for Survivors of Trafficking: A Guide",
    ),
    (
        "national-action-plan",
        "The National Action Plan to Combat Human Trafficking",
    ),
    (
        "vaw-research-compendium",
        "Compendium of Research on Violence Against Women 1993-2020",
    ),
    (
        "survivors-justice-healing",
        "For Human Trafficking Survivors, Justice Is More About Healing and Preventing Future \
         Trafficking",
    ),
    (
        "ovc-ongoing-commitment",
        "The Office for Victims of Crime: An Ongoing Commitment to Victims of Human Trafficking",
    ),
    (
        "action-research-toolkit",
        "OVC TTAC Human Trafficking Action Research Toolkit",
    ),
    (
        "usg-efforts-report-2020",
        "2020 Report on U.S. Government Efforts to Combat Trafficking in Persons",
    ),
    (
        "outcomes-development-brief",
        "Outcomes for Human Trafficking Survivors: Development Brief",
    ),
    (
        "outcomes-user-guide",
        "Outcomes for Human Trafficking Survivors: User Guide",
    ),
    ("outreach-toolkit", "Human Trafficking Outreach Toolkit"),
    (
        "advisory-council-report-2020",
        "United States Advisory Council on Human Trafficking Annual Report 2020",
    ),
    (
        "tims-snapshot-2018-2019",
        "TIMS Snapshot Report, July 2018\u{2013}June 2019: Services for Victims of Human \
         Trafficking",
    ),
    (
        "trauma-informed-care-2019",
        "Trauma-Informed Care for Survivors of Human Trafficking: A State of the Field in 2019",
    ),
    (
        "capacity-building-center-report-2020",
        "Human Trafficking Capacity Building Center Annual Report 2020",
    ),
];

/// The page's 10 related agencies and resources in page order: id, name (as the page heads
/// it), abbreviation, website.
pub const AGENCIES: [(&str, &str, Option<&str>, &str); 10] = [
    (
        "ovc",
        "Office for Victims of Crime",
        Some("OVC"),
        "https://ovc.ojp.gov",
    ),
    (
        "ovc-ttac",
        "Office for Victims of Crime Training and Technical Assistance Center",
        Some("OVC TTAC"),
        "https://www.ovcttac.gov",
    ),
    (
        "ojjdp",
        "Office of Juvenile Justice and Delinquency Prevention: Human Trafficking Resources",
        Some("OJJDP"),
        "https://ojjdp.ojp.gov/programs/human-trafficking-services.html",
    ),
    (
        "ovw",
        "Office on Violence Against Women",
        Some("OVW"),
        "https://www.justice.gov/ovw",
    ),
    (
        "pitf",
        "President's Interagency Task Force to Monitor and Combat Trafficking in Persons",
        Some("PITF"),
        "https://www.state.gov/humantrafficking-interagency-task-force/",
    ),
    (
        "uscis",
        "U.S. Citizenship and Immigration Services: Victims of Human Trafficking & Other Crimes",
        Some("USCIS"),
        "https://www.uscis.gov/humanitarian/victims-of-human-trafficking-and-other-crimes",
    ),
    (
        "orr",
        "U.S. Department of Health & Human Services: Office of Refugee Resettlement",
        Some("ORR"),
        "https://acf.gov/orr",
    ),
    (
        "otip",
        "U.S. Department of Health & Human Services: Office on Trafficking in Persons",
        Some("OTIP"),
        "https://acf.gov/otip",
    ),
    (
        "blue-campaign",
        "U.S. Department of Homeland Security: Blue Campaign",
        None,
        "https://www.dhs.gov/blue-campaign",
    ),
    (
        "doj-human-trafficking",
        "U.S. Department of Justice: Human Trafficking",
        None,
        "https://www.justice.gov/humantrafficking",
    ),
];

/// The page's 4 videos and awareness series in page order: id, title, address (none where
/// unconfirmed: 8701 is another video, the Center's website launch).
pub const VIDEOS: [(&str, &str, Option<&str>); 4] = [
    (
        "capacity-building-center",
        "About the Human Trafficking Capacity Building Center",
        None,
    ),
    (
        "blue-campaign-videos",
        "Blue Campaign Awareness Videos",
        Some("https://www.dhs.gov/blue-campaign"),
    ),
    (
        "faces-of-human-trafficking",
        "Faces of Human Trafficking",
        Some("https://ovc.ncjrs.gov/humantrafficking/publicawareness.html"),
    ),
    (
        "healing-journey-alaska-natives",
        "A Healing Journey for Alaska Natives",
        Some("https://ovc.ojp.gov/media/video/4806"),
    ),
];

/// The materials for young survivors: id, kind, title.
pub const MATERIALS: [(&str, &str, &str); 4] = [
    (
        "sergios-story",
        "graphic-novel",
        "Sergio's Story: A Journey Through (and Beyond) the Legal System",
    ),
    (
        "zoes-story",
        "graphic-novel",
        "Zoe's Story: A Journey Through (and Beyond) the Legal System",
    ),
    (
        "jamies-story",
        "graphic-novel",
        "Jamie's Story: A Journey Through (and Beyond) the Legal System",
    ),
    (
        "whats-going-on",
        "booklet",
        "What's Going On? Your Rights and Who You'll Meet",
    ),
];
