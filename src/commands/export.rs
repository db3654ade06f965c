//! `htlookup export`: the whole active dataset, as a dataset file (TOML) or one JSON object.

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
        let mut value = serde_json::to_value(data).map_err(std::io::Error::from)?;
        drop_nulls(&mut value);
        render::json_document(context.out, &value)?;
    } else {
        render::toml::write(context.out, data)?;
    }
    Ok(())
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
