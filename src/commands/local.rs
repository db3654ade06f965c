//! `htlookup local [QUERY] [--for KIND] [--area TEXT]`: the local contacts of the `--add`
//! layers.

use std::borrow::Cow;

use super::Context;
use crate::cli::LocalArgs;
use crate::error::{Error, Result};
use crate::query::local::{LocalFilter, find, means_line};
use crate::render::{self, Format};

/// Lists the local contacts that match; a single match in a table is a detail card. Without
/// a layer, or with nothing found, exit 1 with a hint on stderr (scripts still get an empty
/// list in their format).
pub fn run(args: &LocalArgs, format: Format, context: &mut Context<'_>) -> Result<()> {
    let query = args.query.join(" ");
    let query = super::checked_query("local", &query)?;
    let area = match &args.area {
        Some(area) => Some(super::checked_query("local", area)?),
        None => None,
    };
    let filter = LocalFilter {
        query,
        help: args.helps_with.map(Into::into),
        area,
    };
    let layers = &context.data.layers;
    let found = find(layers, &filter);
    match found.as_slice() {
        [] => {
            render::records(context.out, format, &context.style, &found)?;
            Err(Error::NotFound(if layers.is_empty() {
                "no local layer is added; add one with --add FILE or HTLOOKUP_ADD (see examples/local-layer.toml)".to_string()
            } else {
                "no local contact matches; run 'htlookup local' to list them all".to_string()
            }))
        }
        [contact] if matches!(format, Format::Table | Format::Text) && !query.is_empty() => {
            let help: Vec<&str> = contact.help.iter().map(|help| help.as_str()).collect();
            let means: Vec<String> = contact
                .means
                .iter()
                .map(|means| means_line(means, true))
                .collect();
            let fields = [
                ("Name", Cow::Borrowed(contact.name)),
                ("ID", Cow::Borrowed(contact.id)),
                ("Area", Cow::Borrowed(contact.area)),
                ("Helps with", Cow::Owned(help.join(", "))),
                ("Contact", Cow::Owned(means.join("\n"))),
                ("Hours", Cow::Borrowed(contact.hours.unwrap_or(""))),
                ("Languages", Cow::Owned(contact.languages.join(", "))),
                ("About", Cow::Borrowed(contact.description.unwrap_or(""))),
                ("Source", Cow::Borrowed(contact.source.unwrap_or(""))),
                ("Layer", Cow::Borrowed(contact.layer)),
            ];
            Ok(render::detail(
                context.out,
                format,
                &context.style,
                &fields,
            )?)
        }
        _ => Ok(render::records(
            context.out,
            format,
            &context.style,
            &found,
        )?),
    }
}
