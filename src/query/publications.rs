//! Filtering and ordering publications (`htlookup publications`).

use htlookup_data::model::Publication;

use super::fuzzy::{QueryWord, matches_all};
use htlookup_data::words::query_words;

/// The filters of `htlookup publications`; all that are set must hold (AND).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicationFilter {
    /// Published in exactly this year.
    pub year: Option<u16>,
    /// Published in this year or later.
    pub since: Option<u16>,
    /// Published in this year or earlier.
    pub until: Option<u16>,
    /// Words that must all appear (typo-tolerant) in the publisher.
    pub publisher: Option<String>,
    /// Words that must all appear (typo-tolerant) in the title.
    pub search: Option<String>,
}

impl PublicationFilter {
    /// Whether any year filter is set: records without a year are then left out.
    fn filters_by_year(&self) -> bool {
        self.year.is_some() || self.since.is_some() || self.until.is_some()
    }

    /// The publications that pass every filter, in the order given.
    pub fn apply<'a>(&self, publications: &'a [Publication]) -> Vec<&'a Publication> {
        let prepare = |text: &str| QueryWord::all(&query_words(text));
        let publisher = self.publisher.as_deref().map(prepare);
        let search = self.search.as_deref().map(prepare);
        let buffer = &mut String::new();
        publications
            .iter()
            .filter(|publication| {
                self.year_matches(publication.year)
                    && publisher
                        .as_ref()
                        .is_none_or(|query| matches_all(query, &[&publication.publisher], buffer))
                    && search
                        .as_ref()
                        .is_none_or(|query| matches_all(query, &[&publication.title], buffer))
            })
            .collect()
    }

    fn year_matches(&self, year: Option<u16>) -> bool {
        let Some(year) = year else {
            return !self.filters_by_year();
        };
        self.year.is_none_or(|wanted| year == wanted)
            && self.since.is_none_or(|since| year >= since)
            && self.until.is_none_or(|until| year <= until)
    }
}

/// The orders `--sort` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PublicationOrder {
    /// As the page lists them.
    #[default]
    Page,
    /// Newest first; undated last.
    Date,
    /// Alphabetical by title, ignoring case.
    Title,
}

/// Sorts in place; ties keep page order (the sort is stable).
pub fn sort(publications: &mut [&Publication], order: PublicationOrder) {
    match order {
        PublicationOrder::Page => {}
        PublicationOrder::Date => publications
            .sort_by_key(|publication| std::cmp::Reverse((publication.year, publication.month))),
        PublicationOrder::Title => {
            publications.sort_by_cached_key(|publication| publication.title.to_lowercase())
        }
    }
}

/// The distinct years that have publications, ascending: the hint for an empty result.
pub fn years(publications: &[Publication]) -> Vec<u16> {
    let mut years: Vec<u16> = publications.iter().filter_map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset as embedded_dataset;

    fn ids(list: &[&Publication]) -> Vec<String> {
        list.iter().map(|p| p.id.to_string()).collect()
    }

    fn all() -> &'static [Publication] {
        &embedded_dataset().publications
    }

    #[test]
    fn year_2022_gives_the_two_january_2022_publications() {
        let filter = PublicationFilter {
            year: Some(2022),
            ..Default::default()
        };
        assert_eq!(
            ids(&filter.apply(all())),
            ["national-strategy", "partnerships-and-pathways"]
        );
    }

    #[test]
    fn since_and_until_are_inclusive_and_drop_undated_records() {
        let filter = PublicationFilter {
            since: Some(2021),
            until: Some(2021),
            ..Default::default()
        };
        let found = filter.apply(all());
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|p| p.year == Some(2021)));
        let filter = PublicationFilter {
            until: Some(2030),
            ..Default::default()
        };
        assert_eq!(
            filter.apply(all()).len(),
            15,
            "the undated annual report is left out"
        );
    }

    #[test]
    fn text_filters_combine_with_and() {
        let filter = PublicationFilter {
            publisher: Some("institute".into()),
            search: Some("outcomes".into()),
            ..Default::default()
        };
        assert_eq!(
            ids(&filter.apply(all())),
            ["outcomes-development-brief", "outcomes-user-guide"]
        );
    }

    #[test]
    fn date_order_is_newest_first_with_undated_last() {
        let mut list: Vec<&Publication> = all().iter().collect();
        sort(&mut list, PublicationOrder::Date);
        assert_eq!(list[0].id, "national-strategy");
        assert_eq!(list[list.len() - 1].id, "ag-annual-report");
        assert_eq!(years(all()), [2020, 2021, 2022]);
    }
}
