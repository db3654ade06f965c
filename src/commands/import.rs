//! `htlookup import hsds PATH`: another directory's data (Open Referral HSDS) as a local
//! layer, printed on stdout for the user to check, save and `--add`.
//!
//! Reading and mapping are `htlookup_hsds`'s, which hands back a layer
//! that already passes the layer rules against this run's national data; this command says
//! what was left out, on stderr and through the sanitising boundary (the warnings quote the
//! directory's own values), and writes the layer with `render::layer_toml`.

use super::Context;
use crate::cli::{ImportArgs, ImportFrom};
use crate::error::{Error, Result};
use crate::render::layer_toml;
use crate::render::sanitize::visible;
use htlookup_data::load::MAX_LAYER_SIZE;
use htlookup_hsds::{self as hsds, Failure, Options, Warning};

/// How many warnings an import lists on stderr; the rest are counted. More than other
/// commands show (5), because they are the review list of what the import left out.
pub const LISTED_BY_IMPORT: usize = 100;

/// Imports, says what was left out, and prints the layer.
pub fn run(args: &ImportArgs, context: &mut Context<'_>) -> Result<()> {
    let ImportFrom::Hsds(args) = &args.from;
    let options = Options {
        name: args.name.as_deref(),
        area: args.area.as_deref(),
        checked: args.checked,
        matching: args.matching.as_deref(),
        limit: LISTED_BY_IMPORT,
    };
    let label = args.path.display().to_string();
    let imported = match hsds::import(&args.path, &options, context.data.dataset()) {
        Ok(imported) => imported,
        Err(Failure::Unreadable(message)) => return Err(Error::InvalidData(vec![message])),
        Err(Failure::NeedsFlag { flag, message }) => {
            let value = if flag == "--checked" {
                "YYYY-MM-DD"
            } else {
                "TEXT"
            };
            return Err(Error::Usage(format!(
                "{label}: {message}; pass {flag} {value} (see 'htlookup import hsds --help')"
            )));
        }
        Err(Failure::NoMatch) => {
            return Err(Error::NotFound(format!(
                "no service or organization in {label} matches --match {:?}",
                args.matching.as_deref().unwrap_or("")
            )));
        }
        Err(Failure::Empty {
            warnings,
            more_warnings,
        }) => {
            warn(context, &warnings, more_warnings)?;
            return Err(Error::InvalidData(vec![format!(
                "{label}: no service or organization has a name and a usable phone, website or email; nothing to import"
            )]));
        }
    };
    warn(context, &imported.warnings, imported.more_warnings)?;
    let layer = &imported.layer;
    let mut text = layer_toml::header(&label, "HSDS", &layer.meta);
    let mut written = 0;
    for local in &layer.local {
        let record = layer_toml::record(local);
        if text.len() + record.len() > MAX_LAYER_SIZE {
            break;
        }
        text.push_str(&record);
        written += 1;
    }
    let cut = layer.local.len() - written;
    if cut > 0 {
        writeln!(
            context.err,
            "htlookup: warning: stopped after {written} of {} contacts: a local layer may be at most 1 MiB; import fewer with --match",
            layer.local.len()
        )?;
    }
    if let Some(from) = &imported.checked_from {
        writeln!(
            context.err,
            "htlookup: meta.checked is {}, {}; pass --checked YYYY-MM-DD for the day you checked the facts",
            layer.meta.checked,
            visible(from)
        )?;
    }
    let left_out = imported.left_out + cut;
    let plural = if written == 1 { "" } else { "s" };
    writeln!(
        context.err,
        "htlookup: imported {written} contact{plural} ({left_out} left out); check every fact before use"
    )?;
    context.out.write_all(text.as_bytes())?;
    Ok(())
}

/// The warnings, one `htlookup: warning:` line each, made safe, and how many more there are.
fn warn(context: &mut Context<'_>, warnings: &[Warning], more: usize) -> Result<()> {
    for warning in warnings {
        writeln!(
            context.err,
            "htlookup: warning: {}",
            visible(&warning.to_string())
        )?;
    }
    if more > 0 {
        writeln!(context.err, "htlookup: ... and {more} more warnings")?;
    }
    Ok(())
}
