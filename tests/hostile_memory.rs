//! Memory: reading a big file must cost little beyond its analysis. A
//! one-line Markdown file of 49 MB once took 2.76 GB (56x its size) in the
//! hand-written Markdown reader. Here `byline analyze` on a big Markdown or
//! JSON file may peak at most 2x the file's size above the same words as a
//! plain-text file (whose peak is the analysis's own, measured in
//! BENCHMARKS.md).
//!
//! Peak memory is read per child process (`wait4`), so tests running beside
//! this one do not count. Sizes: 30 MB in release builds (`cargo
//! test --release --test hostile_memory`), a tenth in debug builds.

#![cfg(target_os = "linux")]

mod hostile_support;

use hostile_support::*;
use std::path::{Path, PathBuf};

/// What a loader may add to the analysis's peak, per byte of the file.
const LOADER_RATIO: u64 = 2;

/// `file`'s peak is at most `LOADER_RATIO` times its size above that of
/// `plain`, the same words as text.
fn assert_loader_memory_bounded(file: &Path, plain: &Path) {
    let size = std::fs::metadata(file).unwrap().len();
    let (peak, baseline) = (peak_within(file), peak_within(plain));
    let above = peak.saturating_sub(baseline);
    assert!(
        above <= LOADER_RATIO * size,
        "{}: peak {} MB, {} MB above the same words as text, for {} MB: {:.1}x",
        file.display(),
        peak >> 20,
        above >> 20,
        size >> 20,
        above as f64 / size as f64
    );
}

/// One paragraph of news-like text with some markup, `bytes` long.
fn long_paragraph(bytes: usize, markup: bool) -> String {
    let piece = if markup {
        "Mayor Ana Ruiz said **the harbour** would _reopen_ [soon](http://x.example) after `repairs`. "
    } else {
        "Mayor Ana Ruiz said the harbour would reopen soon after repairs. "
    };
    piece.repeat(bytes / piece.len())
}

fn write(dir: &Path, name: &str, content: String) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn a_one_line_markdown_file_costs_little_beyond_its_analysis() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let line = long_paragraph(scaled(30 * MB), true);
    let markdown = write(dir.path(), "one-line.md", format!("# One line\n\n{line}\n"));
    let words = line
        .replace(['*', '_', '`', '[', ']'], "")
        .replace("(http://x.example)", "");
    let plain = write(dir.path(), "one-line.txt", format!("One line\n\n{words}\n"));
    assert_loader_memory_bounded(&markdown, &plain);
}

#[test]
fn a_one_paragraph_json_file_costs_little_beyond_its_analysis() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let paragraph = long_paragraph(scaled(30 * MB), false);
    let json = write(
        dir.path(),
        "one-paragraph.json",
        format!("{{\"title\":\"One paragraph\",\"paragraphs\":[\"{paragraph}\"]}}"),
    );
    let plain = write(
        dir.path(),
        "one-paragraph.txt",
        format!("One paragraph\n\n{paragraph}\n"),
    );
    assert_loader_memory_bounded(&json, &plain);
}
