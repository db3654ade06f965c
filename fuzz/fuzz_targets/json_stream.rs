//! A JSON data file read straight from disk a record at a time (`json_stream`) against the
//! same bytes read whole (`json_file::well_formed`, serde_json over the whole text).
//!
//! Beyond "no panic": both give the same dataset or both give none, through buffers of any
//! size (the first byte of the input chooses it, 1 to 256), so a record, a key, an escape or a
//! character cut between two blocks never changes what is read; bytes that are not UTF-8 give
//! none. (Records over 1 MiB, which only the whole reading takes, do not fit libFuzzer's
//! inputs.)

#![no_main]

use htlookup_data::fuzzing::{json_streamed, json_whole};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&capacity, bytes)) = input.split_first() else {
        return;
    };
    let reader = std::io::BufReader::with_capacity(usize::from(capacity) + 1, bytes);
    let streamed = json_streamed(reader);
    let whole = std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| json_whole(text.strip_prefix('\u{feff}').unwrap_or(text)));
    assert!(
        streamed == whole,
        "streamed {:?}, whole {:?}",
        streamed.is_some(),
        whole.is_some()
    );
});
