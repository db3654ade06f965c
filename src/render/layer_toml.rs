//! A local layer as a layer file (`htlookup import hsds`): `[meta]`, then one `[[local]]` with
//! its `[[local.means]]` per record, in the order of `examples/local-layer.toml`.
//!
//! The strings are written by `render::toml`'s writers, the one place untrusted text is
//! escaped for a TOML file. Records are written one at a time ([`record`]) so the command can
//! stop before the file outgrows what `--add` reads (1 MiB).

use crate::render::sanitize::visible;
use crate::render::toml::{date, list, optional, string};
use htlookup_data::layer::{LayerMeta, LocalRecord};
use htlookup_data::model::Text;

/// The comment and `[meta]` table a layer imported from `path` starts with: where it came
/// from, and that its facts are the directory's and must be checked before use. The path is
/// made safe (a line break in it must not end the comment).
pub fn header(path: &str, format: &str, meta: &LayerMeta) -> String {
    let mut toml = String::with_capacity(512);
    toml.push_str("# A local layer imported by htlookup from ");
    toml.push_str(&visible(path));
    toml.push_str(" (");
    toml.push_str(format);
    toml.push_str(").\n");
    toml.push_str(
        "# Its facts are that directory's, not the OJP page's: check every name, number and link\n\
         # before use, then: htlookup validate FILE, and add it with: htlookup --add FILE report\n",
    );
    toml.push_str("\n[meta]\n");
    string(&mut toml, "name", &meta.name);
    string(&mut toml, "area", &meta.area);
    date(&mut toml, "checked", meta.checked);
    optional(&mut toml, "source", meta.source.as_ref());
    toml
}

/// One `[[local]]` table with its means.
pub fn record(local: &LocalRecord) -> String {
    let mut toml = String::with_capacity(512);
    toml.push_str("\n[[local]]\n");
    string(&mut toml, "id", &local.id);
    string(&mut toml, "name", &local.name);
    optional(&mut toml, "area", local.area.as_ref());
    let help: Vec<Text> = local.help.iter().map(|help| help.as_str().into()).collect();
    list(&mut toml, "help", &help);
    optional(&mut toml, "description", local.description.as_ref());
    if !local.languages.is_empty() {
        list(&mut toml, "languages", &local.languages);
    }
    optional(&mut toml, "hours", local.hours.as_ref());
    optional(&mut toml, "source", local.source.as_ref());
    for means in &local.means {
        toml.push_str("\n[[local.means]]\n");
        string(&mut toml, "kind", means.kind.as_str());
        string(&mut toml, "value", &means.value);
        optional(&mut toml, "note", means.note.as_ref());
    }
    toml
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::dataset;
    use htlookup_data::load::parse_layer;

    const EXAMPLE: &str = include_str!("../../examples/local-layer.toml");

    #[test]
    fn a_written_layer_loads_back_to_the_same_layer() {
        let mut layer = parse_layer("example", EXAMPLE, dataset(), 5)
            .expect("the example is valid") // ok: test code
            .layer;
        layer.local[0].description =
            Some("Quotes \" and \\, a line\nbreak, <b>, RLO \u{202e}".into());
        let mut text = header("a/b\nc.json", "HSDS", &layer.meta);
        for local in &layer.local {
            text.push_str(&record(local));
        }
        assert!(text.starts_with("# A local layer imported by htlookup from a/b c.json (HSDS).\n"));
        let again = parse_layer("again", &text, dataset(), 5)
            .expect("valid") // ok: test code
            .layer;
        assert_eq!(again, layer);
    }
}
