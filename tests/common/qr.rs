//! Reading back the QR codes htlookup draws in half blocks, as a phone camera would.

/// Decodes a QR code drawn with half blocks (`█▀▄` dark, space light) with rqrr, as a camera
/// would see it: each module 6 pixels, on a light margin.
pub fn decode_half_blocks(lines: &[&str]) -> Vec<String> {
    const SCALE: usize = 6;
    const MARGIN: usize = 8;
    let rows: Vec<Vec<char>> = lines.iter().map(|line| line.chars().collect()).collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let dark = |x: usize, y: usize| -> bool {
        let c = rows
            .get(y / 2)
            .and_then(|row| row.get(x))
            .copied()
            .unwrap_or(' ');
        match c {
            '█' => true,
            '▀' => y.is_multiple_of(2),
            '▄' => y % 2 == 1,
            ' ' => false,
            other => panic!("not a half block: {other:?}"),
        }
    };
    let (width, height) = (
        (columns + 2 * MARGIN) * SCALE,
        (rows.len() * 2 + 2 * MARGIN) * SCALE,
    );
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |px, py| {
        let (x, y) = (px / SCALE, py / SCALE);
        let inside = x >= MARGIN && y >= MARGIN && x - MARGIN < columns;
        if inside && dark(x - MARGIN, y - MARGIN) {
            0
        } else {
            255
        }
    });
    image
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().expect("the code decodes").1)
        .collect()
}
