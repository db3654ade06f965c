//! Choosing and ordering records: filters, lookups and ranking. Nothing here renders.

pub mod agencies;
pub mod changes;
pub mod documents;
mod embedded_index;
pub mod fuzzy;
pub mod index;
pub mod prepared;
pub mod publications;
pub mod qr_links;
pub mod report;
pub mod search;
pub mod text;
