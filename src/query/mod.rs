//! Choosing and ordering records: filters, lookups, ranking, and the prepared report that every
//! view of the reporting instructions is built from. Nothing here renders.

pub mod agencies;
pub mod changes;
pub mod fuzzy;
pub mod prepared;
pub mod publications;
pub mod qr_links;
pub mod report;
pub mod search;
