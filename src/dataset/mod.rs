//! The data: its model, the copy compiled into the binary, and the rules it must meet.

pub mod characters;
mod chunked;
mod embedded;
mod embedded_locales;
pub mod load;
pub mod locale;
pub mod model;
pub mod translate;
pub mod validate;

pub use embedded_locales::{Lang, locale};

pub use model::Dataset;

/// The dataset compiled into the binary: validated at build time, never parsed at run time.
pub fn embedded() -> &'static Dataset {
    &embedded::DATASET
}

/// Where a run's data comes from, so every people-facing view can say whose numbers it shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Source {
    /// The dataset compiled into the binary.
    #[default]
    BuiltIn,
    /// A data file (`--data`, `HTLOOKUP_DATA`), as the user named it.
    File(String),
}
