//! The data: its model, the copy compiled into the binary, and the rules it must meet.

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
