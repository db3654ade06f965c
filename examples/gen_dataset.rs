//! Writes a large, valid, synthetic dataset to stdout, for the scaling benchmarks
//! (scripts/bench.sh): `cargo run --release --example gen_dataset -- 10000 > big.toml`.
//!
//! Seeded and deterministic (the same size gives the same bytes), no network. The reporting
//! facts are the real built-in ones; the agencies and publications are made up, with titles
//! built from the page's own vocabulary and a sprinkling of typos, so that search and the text
//! filters do realistic work. Never use its output as data for people.

use std::borrow::Cow;
use std::io::Write;

use htlookup::embedded::dataset as embedded;
use htlookup_data::model::{Agency, Publication};

/// SplitMix64: a tiny, well-known generator; enough for reproducible test data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "Human Trafficking",
    "Labor Trafficking",
    "Sex Trafficking",
    "Trafficking in Persons",
    "Victim Services",
    "Trauma-Informed Care",
    "Survivor Outcomes",
    "Youth Exploitation",
    "Forced Labor",
    "Victim Identification",
];
const FORMS: &[&str] = &[
    "Report",
    "Toolkit",
    "Guide",
    "Fact Sheet",
    "Research Brief",
    "Annual Report",
    "Training Curriculum",
    "Resource Guide",
    "Evaluation",
    "Snapshot",
];
const AUDIENCES: &[&str] = &[
    "for Survivors",
    "for Service Providers",
    "for Law Enforcement",
    "for Tribal Communities",
    "for Prosecutors",
    "for Health Care Providers",
    "in Rural Areas",
    "and the Justice System",
    "for Youth",
    "for Families",
];
const PUBLISHERS: &[&str] = &[
    "Office for Victims of Crime",
    "National Institute of Justice",
    "U.S. Department of Justice",
    "Office on Violence Against Women",
    "Bureau of Justice Statistics",
    "Office of Juvenile Justice and Delinquency Prevention",
];
const PLACES: &[&str] = &[
    "County", "Regional", "Metro", "Tribal", "State", "Coastal", "Valley", "Northern",
];
const SERVICES: &[&str] = &[
    "Victim Services",
    "Anti-Trafficking Task Force",
    "Legal Aid",
    "Youth Shelter",
    "Survivor Advocacy Center",
    "Health Clinic",
];

/// Swaps two neighbouring letters in about one title in eight: the typos people and data have.
fn maybe_typo(random: &mut Random, title: String) -> String {
    if random.below(8) != 0 {
        return title;
    }
    let mut chars: Vec<char> = title.chars().collect();
    let at = 1 + random.below(chars.len().saturating_sub(3).max(1));
    if chars[at].is_alphabetic() && chars[at + 1].is_alphabetic() {
        chars.swap(at, at + 1);
    }
    chars.into_iter().collect()
}

fn main() {
    let publications: usize = std::env::args()
        .nth(1)
        .and_then(|count| count.parse().ok())
        .unwrap_or(1_000);
    let agencies = (publications / 20).max(10);
    let mut random = Random(0x5EED_0000 ^ publications as u64);
    let mut data = embedded().clone();

    data.agencies = (0..agencies)
        .map(|index| {
            let place = random.pick(PLACES);
            let service = random.pick(SERVICES);
            Agency {
                id: Cow::Owned(format!("agency-{index}")),
                name: Cow::Owned(format!("{place} {service} {index} (synthetic)")),
                short_name: None,
                abbreviation: (index % 3 == 0).then(|| Cow::Owned(format!("SA{index}"))),
                parent: Cow::Borrowed("Synthetic benchmark data"),
                url: Cow::Owned(format!("https://example.org/agency/{index}")),
                description: Cow::Owned(format!(
                    "A synthetic {} agency that serves survivors of {} in the {} area.",
                    service.to_lowercase(),
                    random.pick(SUBJECTS).to_lowercase(),
                    place.to_lowercase()
                )),
                source: Cow::Borrowed("https://example.org/benchmark"),
            }
        })
        .collect::<Vec<_>>()
        .into();

    data.publications = (0..publications)
        .map(|index| {
            let title = format!(
                "{} {} {}",
                random.pick(SUBJECTS),
                random.pick(FORMS),
                random.pick(AUDIENCES)
            );
            let year = 2000 + random.below(25) as u16;
            let dated = random.below(10) != 0;
            Publication {
                id: Cow::Owned(format!("publication-{index}")),
                title: Cow::Owned(maybe_typo(&mut random, title)),
                publisher: Cow::Borrowed(random.pick(PUBLISHERS)),
                sponsored: random.below(4) == 0,
                year: dated.then_some(year),
                month: (dated && random.below(3) != 0).then(|| 1 + random.below(12) as u8),
                date_note: None,
                url: (random.below(2) == 0)
                    .then(|| Cow::Owned(format!("https://example.org/publication/{index}"))),
                ncj: (random.below(5) == 0).then(|| 200_000 + index as u32),
                source: Cow::Borrowed("https://example.org/benchmark"),
            }
        })
        .collect::<Vec<_>>()
        .into();

    let text = match toml::to_string(&data) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("gen_dataset: cannot write TOML: {error}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    if out.write_all(text.as_bytes()).is_err() {
        std::process::exit(1);
    }
}
