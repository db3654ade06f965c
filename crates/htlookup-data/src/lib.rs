//! htlookup's data, in one crate that the build script and the binary both use, so the rules
//! a file is checked by are the same whether it is `resources.toml` at build time or a
//! `--data` file at run time, and nothing is compiled twice.
//!
//! - [`model`]: one type per kind of record on the OJP page; [`layer`]: a local layer's
//!   contacts (`--add`); [`validate`]: the rules beyond the types, for both; [`characters`]:
//!   which characters can fake or hide text.
//! - [`load`]: reading a data file (TOML or JSON), with its problems located
//!   (`PATH:LINE:COLUMN`, see [`position`]) and listed up to a limit.
//! - [`locale`] and [`translate`]: the words of the views in each language, and the data's
//!   own sentences translated.
//! - [`words`], [`documents`] and [`index`]: what search looks at, and the word index it
//!   scores against (baked for the built-in data; a data file is read record by record).

pub mod characters;
mod chunked;
pub mod documents;
pub mod index;
mod json_file;
mod json_stream;
pub mod layer;
pub mod load;
pub mod locale;
pub mod model;
pub mod position;
pub mod text_file;
mod toml_file;
pub mod translate;
pub mod validate;
pub mod words;

/// The two straight readings of a JSON data file, for the `json_stream` fuzz target, which
/// holds them to each other (cargo-fuzz builds with `--cfg fuzzing`; no other build has this).
#[cfg(fuzzing)]
pub mod fuzzing {
    pub use crate::json_file::well_formed as json_whole;
    pub use crate::json_stream::well_formed as json_streamed;
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use crate::model::Dataset;

    /// The built-in data, read from `resources.toml` as a data file is: the data crate's tests
    /// check the rules and the index against the real records.
    pub(crate) fn resources() -> &'static Dataset {
        static DATA: OnceLock<Dataset> = OnceLock::new();
        DATA.get_or_init(|| {
            let text = include_str!("../../../resources.toml");
            crate::load::parse("resources.toml", text, usize::MAX)
                .unwrap_or_else(|problems| panic!("resources.toml is invalid: {problems:?}"))
        })
    }
}
