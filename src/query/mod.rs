//! Choosing and ordering records: filters, lookups and ranking. Nothing here renders.

pub mod agencies;
pub mod fuzzy;
pub mod publications;
pub mod qr_links;
pub mod report;
pub mod search;
pub mod text;
