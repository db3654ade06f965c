//! The dataset compiled into the binary from `resources.toml` by `build.rs`.

use super::model::{
    Agency, Channel, ChannelKind, Dataset, Date, Emergency, Hotline, Material, MaterialKind, Meta,
    Organization, Publication, Report, Video,
};

include!(concat!(env!("OUT_DIR"), "/embedded_dataset.rs"));
