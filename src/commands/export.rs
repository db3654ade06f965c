//! `htlookup export`: the whole active dataset, as a dataset file (TOML) or one JSON object.

use htlookup_data::model::Dataset;
use serde::ser::{Error as _, SerializeMap};
use serde::{Serialize, Serializer};

use super::Context;
use crate::error::Result;
use crate::render::{self, Format};

/// Prints the dataset in `format`. TOML (the default) is a valid dataset file that loads back
/// to the same data; JSON has exactly the TOML's structure and keys, so absent values are left
/// out rather than written as `null` (TOML has no null, and a generic JSON-to-TOML converter
/// must give a valid dataset).
pub fn run(format: Format, context: &mut Context<'_>) -> Result<()> {
    let data = context.data.dataset();
    if format == Format::Json {
        render::json_document(context.out, &Exported(data))?;
    } else {
        render::toml::write(context.out, data)?;
    }
    Ok(())
}

/// The dataset as export writes it in JSON: keys in the order a JSON object of it has
/// (sorted), each record without its nulls. Made record by record, so a 64 MiB dataset is
/// never held a second time as one JSON tree.
struct Exported<'a>(&'a Dataset);

impl Serialize for Exported<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        // Every field by name: a field added to the model does not compile until it is here.
        let Dataset {
            meta,
            report,
            agencies,
            publications,
            videos,
            materials,
        } = self.0;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("agencies", &Records(agencies))?;
        map.serialize_entry("materials", &Records(materials))?;
        map.serialize_entry("meta", &WithoutNulls(meta))?;
        map.serialize_entry("publications", &Records(publications))?;
        map.serialize_entry("report", &WithoutNulls(report))?;
        map.serialize_entry("videos", &Records(videos))?;
        map.end()
    }
}

/// A list of records, each [`WithoutNulls`].
struct Records<'a, T>(&'a [T]);

impl<T: Serialize> Serialize for Records<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(WithoutNulls))
    }
}

/// One value as a JSON object of it, without `null` members at any depth.
struct WithoutNulls<'a, T>(&'a T);

impl<T: Serialize> Serialize for WithoutNulls<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut value = serde_json::to_value(self.0).map_err(S::Error::custom)?;
        drop_nulls(&mut value);
        value.serialize(serializer)
    }
}

/// Removes `null` members from every object, as the TOML file simply omits absent fields.
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, member| !member.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::drop_nulls;

    #[test]
    fn nulls_go_at_every_depth_and_nothing_else_does() {
        let mut value = serde_json::json!({"a": null, "b": [{"c": null, "d": 1}], "e": false});
        drop_nulls(&mut value);
        assert_eq!(value, serde_json::json!({"b": [{"d": 1}], "e": false}));
    }
}
