//! `htlookup validate [PATH]`: every problem in a dataset file, located, one per line; and the
//! warnings worth a look (suspicious text, a national number the file changes).

use super::Context;
use crate::data::{Checked, LISTED_BY_VALIDATE};
use crate::embedded::{self, Lang, locale};
use crate::error::{Error, Result};
use crate::query::changes::{NationalChange, NationalValue, national_changes};
use crate::render::{self, Format};
use htlookup_data::load::{Diagnostic, Problems, Severity, locate_warnings};
use htlookup_data::model::{ChannelKind, Dataset};
use htlookup_data::validate::{Location, Problem, Segment, check, check_up_to};

/// Prints what checking found (`htlookup validate [PATH]`: PATH, else the data file, else the
/// built-in data) in `format`. The problems are this command's output, so they go to stdout
/// (text or JSON); stderr gets one summary line and the exit code is 3 when the file is
/// invalid. Warnings alone leave it valid (exit 0).
pub fn run(format: Format, context: &mut Context<'_>) -> Result<()> {
    match context.checked.take().unwrap_or(Checked::BuiltIn) {
        Checked::BuiltIn => {
            // The built-in data was checked when the binary was built; check again anyway, it
            // costs nothing and guards against a build that skipped the build script.
            let findings = check(embedded::dataset());
            let unlocated = |problem: &Problem, severity| Diagnostic {
                path: "built-in dataset".to_string(),
                line: None,
                column: None,
                record: Some(problem.record.label.clone()),
                field: Some(problem.field.to_string()),
                message: problem.message.clone(),
                severity,
            };
            let diagnostics: Vec<Diagnostic> = findings
                .errors
                .iter()
                .map(|problem| unlocated(problem, Severity::Error))
                .chain(
                    findings
                        .warnings
                        .iter()
                        .map(|problem| unlocated(problem, Severity::Warning)),
                )
                .collect();
            let counts = embedded::dataset().counts().to_string();
            let problems = Problems {
                listed: diagnostics,
                unlisted: 0,
            };
            report(
                ("built-in dataset", "dataset"),
                &counts,
                &problems,
                format,
                context,
            )
        }
        Checked::Valid(path, data) => {
            let findings = check_up_to(&data, LISTED_BY_VALIDATE);
            let mut warnings = findings.warnings;
            warnings.extend(change_warnings(&data));
            let mut problems = if warnings.is_empty() {
                Problems::default()
            } else {
                locate_warnings(&path, &warnings, LISTED_BY_VALIDATE)
            };
            problems.unlisted += findings.more_warnings;
            let label = path.display().to_string();
            report(
                (&label, "dataset"),
                &data.counts().to_string(),
                &problems,
                format,
                context,
            )
        }
        Checked::Invalid(path, problems) => {
            let label = path.display().to_string();
            report((&label, "dataset"), "", &problems, format, context)
        }
        Checked::Layer(path, checked) => {
            let label = path.display().to_string();
            let (counts, problems) = match checked {
                Ok(loaded) => {
                    let count = loaded.layer.local.len();
                    let plural = if count == 1 { "" } else { "s" };
                    let counts = format!(
                        "a local layer of {count} contact{plural} for {}",
                        loaded.layer.meta.area
                    );
                    (counts, loaded.warnings)
                }
                Err(problems) => (String::new(), problems),
            };
            report((&label, "local layer"), &counts, &problems, format, context)
        }
    }
}

/// The national numbers the file changes, as warnings on the fields that hold them.
fn change_warnings(data: &Dataset) -> Vec<Problem> {
    let builtin = &embedded::dataset().report;
    let labels = &locale(Lang::En).labels;
    national_changes(&data.report, builtin)
        .iter()
        .map(|change| {
            let (label, path, field) = place_of(data, change);
            Problem {
                record: Location { label, path },
                field,
                message: change.message(labels),
            }
        })
        .collect()
}

/// Where a change sits in the file: the first hotline means of its kind whose value the
/// built-in data does not have, or the hotline (or 911) itself.
fn place_of(data: &Dataset, change: &NationalChange) -> (String, Vec<Segment>, &'static str) {
    let kind = match change.field {
        NationalValue::Emergency => {
            let path = vec![Segment::Key("report"), Segment::Key("emergency")];
            return ("report.emergency".into(), path, "number");
        }
        NationalValue::HotlinePhone => ChannelKind::Phone,
        NationalValue::HotlineTty => ChannelKind::Tty,
        NationalValue::HotlineText | NationalValue::HotlineKeywords => ChannelKind::Text,
        NationalValue::HotlineChat => ChannelKind::Chat,
        NationalValue::HotlineOnline => ChannelKind::Online,
        NationalValue::HotlineEmail => ChannelKind::Email,
    };
    let field = if change.field == NationalValue::HotlineKeywords {
        "keywords"
    } else {
        "value"
    };
    let channels = &data.report.hotline.channels;
    let found = channels.iter().enumerate().find(|(_, channel)| {
        channel.kind == kind
            && (field == "keywords" || !change.builtin.contains(&channel.value.to_string()))
    });
    match found {
        Some((index, channel)) => (
            format!("report.hotline.channels[{}]", channel.id),
            vec![
                Segment::Key("report"),
                Segment::Key("hotline"),
                Segment::Key("channels"),
                Segment::Index(index),
            ],
            field,
        ),
        None => (
            "report.hotline".into(),
            vec![Segment::Key("report"), Segment::Key("hotline")],
            "channels",
        ),
    }
}

/// Prints the problems and warnings (and, for a valid file, one summary line with `counts`).
/// Those not listed are counted: they are errors when any listed one is, else warnings.
fn report(
    (label, noun): (&str, &str),
    counts: &str,
    problems: &Problems,
    format: Format,
    context: &mut Context<'_>,
) -> Result<()> {
    let diagnostics = &problems.listed;
    let listed_errors = diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .count();
    let (errors, warnings) = if listed_errors > 0 {
        (
            listed_errors + problems.unlisted,
            diagnostics.len() - listed_errors,
        )
    } else {
        (0, diagnostics.len() + problems.unlisted)
    };
    match format {
        Format::Json => render::json_document(context.out, diagnostics)?,
        Format::Jsonl => {
            for diagnostic in diagnostics {
                render::json_line(context.out, diagnostic)?;
            }
        }
        _ => {
            for diagnostic in diagnostics {
                let line = render::sanitize::visible(&diagnostic.to_string()).into_owned();
                writeln!(context.out, "{line}")?;
            }
            if problems.unlisted > 0 {
                let label = render::sanitize::visible(label);
                let what = if listed_errors > 0 {
                    "problems"
                } else {
                    "warnings"
                };
                writeln!(
                    context.out,
                    "{label}: {} more {what} not listed (validate lists the first {LISTED_BY_VALIDATE})",
                    problems.unlisted
                )?;
            }
            if errors == 0 {
                let label = render::sanitize::visible(label);
                // The counts name a layer's area, which is the file's text.
                let counts = render::sanitize::visible(counts);
                match warnings {
                    0 => writeln!(context.out, "{label}: valid: {counts}")?,
                    1 => writeln!(context.out, "{label}: valid, with 1 warning: {counts}")?,
                    _ => writeln!(
                        context.out,
                        "{label}: valid, with {warnings} warnings: {counts}"
                    )?,
                }
            }
        }
    }
    if errors == 0 {
        Ok(())
    } else {
        let plural = if errors == 1 { "" } else { "s" };
        Err(Error::InvalidData(vec![format!(
            "{label} is not a valid {noun}: {errors} problem{plural}"
        )]))
    }
}
