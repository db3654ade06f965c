//! Looking up related agencies by id, abbreviation or name words (`htlookup agencies QUERY`).

use htlookup_data::model::Agency;

use super::fuzzy::{QueryWord, closest, matches_all};
use htlookup_data::words::{normalize, normalize_into, query_words};

/// The agencies that `query` names.
///
/// An exact id or abbreviation ("ovc", "OVC TTAC", "ovc-ttac") names that one agency, even when
/// its letters also appear in another ("OVC" is part of "OVC TTAC"). Otherwise every query word
/// must match (typo-tolerant) a word of the agency's id, abbreviation or name.
pub fn find<'a>(agencies: &'a [Agency], query: &str) -> Vec<&'a Agency> {
    let wanted = normalize(query);
    // One buffer for every name normalised: a data file can hold many agencies.
    let normalized = &mut String::new();
    let mut names = |text: &str| {
        normalize_into(text, normalized);
        *normalized == wanted
    };
    let exact: Vec<&Agency> = agencies
        .iter()
        .filter(|agency| {
            names(&agency.id) || agency.abbreviation.as_deref().is_some_and(&mut names)
        })
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let query = QueryWord::all(&query_words(query));
    if query.is_empty() {
        return Vec::new();
    }
    let buffer = &mut String::new();
    agencies
        .iter()
        .filter(|agency| {
            let abbreviation = agency.abbreviation.as_deref().unwrap_or("");
            matches_all(&query, &[&agency.id, abbreviation, &agency.name], buffer)
        })
        .collect()
}

/// Up to three agencies whose id, abbreviation or name is closest to `query`, best first.
pub fn suggest<'a>(agencies: &'a [Agency], query: &str) -> Vec<&'a Agency> {
    let names = agencies.iter().flat_map(|agency| {
        [
            Some(&agency.id),
            agency.abbreviation.as_ref(),
            Some(&agency.name),
        ]
        .into_iter()
        .flatten()
        .map(move |name| (agency, name.as_ref()))
    });
    let mut found: Vec<&Agency> = Vec::new();
    for agency in closest(query, names, usize::MAX) {
        if !found.iter().any(|seen| seen.id == agency.id) {
            found.push(agency);
        }
        if found.len() == 3 {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded_dataset;

    fn ids(query: &str) -> Vec<String> {
        find(&embedded_dataset().agencies, query)
            .iter()
            .map(|agency| agency.id.to_string())
            .collect()
    }

    #[test]
    fn an_exact_abbreviation_names_one_agency() {
        assert_eq!(ids("ovc"), ["ovc"]);
        assert_eq!(ids("OVC TTAC"), ["ovc-ttac"]);
        assert_eq!(ids("ovc-ttac"), ["ovc-ttac"]);
        assert_eq!(ids("Blue-Campaign"), ["blue-campaign"]);
    }

    #[test]
    fn name_words_match_anywhere_and_tolerate_typos() {
        assert_eq!(ids("refugee"), ["orr"]);
        assert_eq!(ids("refugee resettlemnt"), ["orr"]);
        assert_eq!(ids("violence women"), ["ovw"]);
        assert_eq!(ids("victims of crime"), ["ovc", "ovc-ttac", "uscis"]);
    }

    #[test]
    fn nothing_matches_gibberish_but_suggestions_point_somewhere_near() {
        assert!(ids("xyzzy").is_empty());
        let suggestions = suggest(&embedded_dataset().agencies, "otpi");
        assert_eq!(suggestions.first().map(|a| a.id.as_ref()), Some("otip"));
    }
}
