//! The data: its model, the copy compiled into the binary, and the rules it must meet.

mod chunked;
mod embedded;
pub mod load;
pub mod model;
pub mod validate;

pub use model::Dataset;

/// The dataset compiled into the binary: validated at build time, never parsed at run time.
pub fn embedded() -> &'static Dataset {
    &embedded::DATASET
}
