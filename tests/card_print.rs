//! The printable card in a real browser: headless Chromium prints `htlookup card --format html`
//! to PDF, and poppler's `pdfinfo` and `pdftotext` check that it is exactly one page, on Letter
//! and on A4, in English and Spanish, with the numbers that matter in its text.
//!
//! It needs Chromium and poppler (Debian packages `chromium`, `poppler-utils`), so it is
//! `#[ignore]`d: a plain `cargo test` lists it as ignored, with the reason, in its summary;
//! `cargo test -- --include-ignored` runs it, and then a missing tool is a failure, not a
//! pass. `.ci/run` installs both and runs it. The test writes its HTML and PDFs in a fresh
//! temporary directory and removes it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The first of `names` found on `PATH`.
fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|directory| directory.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// The card's HTML, from the CLI in-process, with the local layer at `add` if given.
fn card_html(lang: &str, add: Option<&Path>) -> String {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut args = vec!["htlookup".to_string()];
    if let Some(layer) = add {
        args.extend(["--add".to_string(), layer.display().to_string()]);
    }
    args.extend(["card", "--format", "html", "--lang", lang].map(String::from));
    let code = htlookup::run(
        args,
        &mut std::io::empty(),
        &mut out,
        &mut err,
        &htlookup::Environment::default(),
    );
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    String::from_utf8(out).expect("UTF-8")
}

/// A temporary directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("htlookup-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("a temporary directory");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Prints `html` to PDF with headless Chromium: no network, no first-run, a throwaway profile.
fn print_to_pdf(chromium: &Path, html: &Path, pdf: &Path, profile: &Path) {
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.is_file(),
        "chromium made no PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs a poppler tool as `tool BEFORE... PDF AFTER...` and returns its stdout.
fn poppler(tool: &str, before: &[&str], pdf: &Path, after: &[&str]) -> String {
    let output = Command::new(tool)
        .args(before)
        .arg(pdf)
        .args(after)
        .output()
        .unwrap_or_else(|error| panic!("{tool} runs (poppler-utils): {error}"));
    assert!(output.status.success(), "{tool} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
#[ignore = "needs chromium and poppler-utils"]
fn card_prints_on_exactly_one_letter_or_a4_page_with_the_numbers_in_its_text() {
    let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"])
        .expect("Chromium is not installed (Debian package 'chromium'; .ci/run installs it)");
    for tool in ["pdfinfo", "pdftotext"] {
        find_program(&[tool]).unwrap_or_else(|| {
            panic!("{tool} is not installed (Debian package 'poppler-utils'; .ci/run installs it)")
        });
    }
    let directory = TempDir::new("card-print");
    // Six local contacts, the most a card holds: the example layer's three, and three more.
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/local-layer.toml"
    ))
    .expect("the example layer");
    let more = example
        .split_once("[[local]]")
        .map(|(_, records)| format!("[[local]]{records}"))
        .expect("records")
        .replace("id = \"example-", "id = \"more-")
        .replace("541-555-01", "541-555-02");
    let six = directory.0.join("six.toml");
    std::fs::write(&six, format!("{example}\n{more}")).expect("write the layer");
    for (lang, add) in [
        ("en", None),
        ("es", None),
        ("en", Some(&six)),
        ("es", Some(&six)),
    ] {
        let html = card_html(lang, add.map(PathBuf::as_path));
        let lang = if add.is_some() {
            format!("{lang}-local")
        } else {
            lang.to_string()
        };
        let numbers: &[&str] = if add.is_some() {
            &[
                "911",
                "1-888-373-7888",
                "233733",
                "541-555-0100",
                "541-555-0277",
            ]
        } else {
            &["911", "1-888-373-7888", "233733"]
        };
        // Chromium's default paper is Letter; A4 is asked for by the page's own @page rule,
        // added here the way a user's print dialog would choose it.
        let a4 = html.replacen("<style>", "<style>\n@page { size: A4; }", 1);
        for (paper, page, size) in [("letter", &html, "(letter)"), ("a4", &a4, "(A4)")] {
            let html_path = directory.0.join(format!("card-{lang}-{paper}.html"));
            let pdf_path = directory.0.join(format!("card-{lang}-{paper}.pdf"));
            std::fs::write(&html_path, page).expect("write the card");
            let profile = directory.0.join(format!("profile-{lang}-{paper}"));
            print_to_pdf(&chromium, &html_path, &pdf_path, &profile);

            let info = poppler("pdfinfo", &[], &pdf_path, &[]);
            let pages = info
                .lines()
                .find_map(|line| line.strip_prefix("Pages:"))
                .map(str::trim);
            assert_eq!(pages, Some("1"), "{lang} on {paper}:\n{info}");
            let page_size = info
                .lines()
                .find_map(|line| line.strip_prefix("Page size:"))
                .unwrap_or("");
            assert!(page_size.contains(size), "{lang} on {paper}: {page_size}");

            // "-" sends the text to stdout.
            let text = poppler("pdftotext", &["-layout"], &pdf_path, &["-"]);
            for number in numbers {
                assert!(
                    text.contains(number),
                    "{lang} on {paper}: the printed card lacks {number}:\n{text}"
                );
            }
        }
    }
}
