//! Turns checked data into Rust source for a `static`, so the binary carries it as ready-made
//! values and parses nothing at run time.
//!
//! Each struct lists its fields once below; a field added to a type and not here makes the
//! generated code fail to compile, so the two cannot drift apart silently. Every type is
//! written with its full path, so the generated file needs no imports where it is included.

use std::borrow::Cow;
use std::fmt::Write;

use htlookup_data::documents::Weight;
use htlookup_data::index::WordIndex;
use htlookup_data::locale::{Labels, Locale, Phrase};
use htlookup_data::model::{
    Agency, Channel, ChannelKind, Dataset, Date, Emergency, Hotline, Material, MaterialKind, Meta,
    Organization, Publication, Report, Video,
};

/// A value that can write itself as a Rust constant expression.
pub trait Bake {
    /// Appends a Rust expression that evaluates to `self` in a `static` initializer.
    fn bake(&self, out: &mut String);
}

impl Bake for str {
    fn bake(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        let _ = write!(out, "::std::borrow::Cow::Borrowed({self:?})");
    }
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        self.as_ref().bake(out);
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

macro_rules! bake_by_debug {
    ($($ty:ty => $prefix:literal),* $(,)?) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, concat!($prefix, "{:?}"), self);
            }
        }
    )*};
}

bake_by_debug!(
    bool => "",
    u8 => "",
    u16 => "",
    u32 => "",
    ChannelKind => "::htlookup_data::model::ChannelKind::",
    MaterialKind => "::htlookup_data::model::MaterialKind::",
    Weight => "::htlookup_data::documents::Weight::",
);

macro_rules! bake_struct {
    ($($path:literal => { $($ty:ident { $($field:ident),* $(,)? })* })*) => {$($(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!($path, stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*)*};
}

bake_struct! {
    "::htlookup_data::model::" => {
        Date { year, month, day }
        Dataset { meta, report, agencies, publications, videos, materials }
        Meta {
            title, publisher, url, section_url, created, modified, facts_checked, facts_caveat,
            notes
        }
        Report { emergency, hotline, other_channels }
        Emergency { number, when, source }
        Hotline { name, name_es, availability, nature, funder, alerts, channels, source }
        Organization { id, name, purpose, on_page, channels, source }
        Channel { id, kind, value, vanity, keywords, note, languages }
        Agency { id, name, short_name, abbreviation, parent, url, description, source }
        Publication { id, title, publisher, sponsored, year, month, date_note, url, ncj, source }
        Video { id, title, producer, year, url, description, source }
        Material {
            id, kind, title, producer, announced, audience, languages, url, description, source
        }
    }
    "::htlookup_data::index::" => {
        WordIndex { words, word_ends, postings, field_ends, field_weights, document_ends }
    }
    "::htlookup_data::locale::" => {
        Phrase { en, translation }
        Locale { lang, labels, phrases }
    }
}

impl Bake for Labels {
    fn bake(&self, out: &mut String) {
        // `entries` lists every field (the `labels!` macro writes both), so the literal is
        // complete or the generated code does not compile.
        out.push_str("::htlookup_data::locale::Labels {");
        for (key, text) in self.entries() {
            out.push_str(key);
            out.push_str(": ");
            text.bake(out);
            out.push(',');
        }
        out.push('}');
    }
}
