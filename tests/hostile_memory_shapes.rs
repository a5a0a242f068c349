//! Memory: whatever the shape of one huge paragraph, `byline analyze` peaks
//! at most 8x the file's size above what a story of a few words costs (the
//! program and its word tables). A 49 MB paragraph of prose once took 12.5x
//! its size (the quote finder's tables for the whole paragraph at once) and
//! 74 s (look-backs over everything before a word in its paragraph); a
//! one-line Markdown file of 49 MB took 12x (pulldown-cmark's nodes for all
//! its markup); 3 million quotations 18x (each quotation kept its words and
//! its id as strings); a paragraph of punctuation 25x (a token a byte and a
//! sentence every two, for the whole story at once); one-letter
//! quotations (`"a" ` repeated: a 40-byte quotation every 4 bytes) 15x,
//! until a story listed at most `MOST_QUOTES`; capitalised words picked
//! at random (tens of thousands of distinct long "names") 12x, the entity
//! merge's tables of every run of words of every name. Figures for 5, 20
//! and 49 MB files are in BENCHMARKS.md.
//!
//! Sizes: 30 MB in release builds (`cargo test --release --test
//! hostile_memory_shapes`), 8 MB in debug builds: the analysis holds a few
//! bounded buffers (the last thirty windows a pronoun may reach back to,
//! some 16 MB for a paragraph of quote marks) that a smaller file could not
//! pay for within 8x.
//!
//! A test of its own, in a process of its own that never holds a big
//! buffer: a child started by `posix_spawn` (a vfork) inherits the peak of
//! the process that started it, so a test that had held a 30 MB string
//! would see every later child peak at least that high. The files are
//! written piece by piece for that reason.

#![cfg(target_os = "linux")]

mod hostile_support;

use hostile_support::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `analyze` may peak at per byte of the file, above a tiny story.
const ANALYZE_RATIO: u64 = 8;

/// A file of `head`, then `piece` repeated to about `bytes`, then `tail`,
/// written without ever holding more than one piece.
fn write_repeated(
    dir: &Path,
    name: &str,
    head: &str,
    piece: &str,
    bytes: usize,
    tail: &str,
) -> PathBuf {
    let path = dir.join(name);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    out.write_all(head.as_bytes()).unwrap();
    for _ in 0..bytes / piece.len() {
        out.write_all(piece.as_bytes()).unwrap();
    }
    out.write_all(tail.as_bytes()).unwrap();
    out.flush().unwrap();
    path
}

/// The shapes of one huge paragraph a hostile or broken file may have:
/// name, what comes before the paragraph, the piece it repeats, what ends
/// the file.
const SHAPES: &[(&str, &str, &str, &str)] = &[
    (
        "prose.json",
        r#"{"title":"Prose","paragraphs":[""#,
        "Mayor Ana Ruiz said the harbour would reopen soon after repairs, the council's engineers told reporters on Monday. ",
        r#""]}"#,
    ),
    (
        "one-line.md",
        "# One line\n\n",
        "Mayor Ana Ruiz said **the harbour** would _reopen_ [soon](http://x.example) after `repairs`. ",
        "\n",
    ),
    (
        "paragraphs.md",
        "# Paragraphs\n\n",
        "Mayor Ana Ruiz said **the harbour** would _reopen_ [soon](http://x.example) after `repairs`. The council agreed.\n\n",
        "",
    ),
    (
        "no-spaces.txt",
        "No spaces\n\n",
        "MayorAnaRuizsaidtheharbourwouldreopensoonafterrepairs.",
        "\n",
    ),
    (
        "quote-marks.txt",
        "Quote marks\n\n",
        r#"""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""#,
        "\n",
    ),
    (
        "quotations.txt",
        "Quotations\n\n",
        "He said \"yes\" and “no”, ",
        "\n",
    ),
    ("punctuation.txt", "Punctuation\n\n", ".!?,;", "\n"),
    (
        "one-letter-quotations.txt",
        "One-letter quotations\n\n",
        "\"a\" ",
        "\n",
    ),
];

/// One paragraph of about `bytes` of capitalised words picked at random
/// from a few (a fixed seed): runs of every length and order, so tens of
/// thousands of distinct long "names", each read as a name of its own.
fn write_capitalised_words(dir: &Path, name: &str, bytes: usize) -> PathBuf {
    const WORDS: [&str; 15] = [
        "Ana", "Ruiz", "Harbour", "Reopen", "Mayor", "Lind", "Court", "Board", "River", "City",
        "Acme", "Energy", "North", "West", "Bank",
    ];
    let path = dir.join(name);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    out.write_all(b"Capitalised words\n\n").unwrap();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut written = 0;
    while written < bytes {
        // xorshift64: the same file on every run.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let word = WORDS[(state % WORDS.len() as u64) as usize];
        out.write_all(word.as_bytes()).unwrap();
        out.write_all(b" ").unwrap();
        written += word.len() + 1;
    }
    out.write_all(b"\n").unwrap();
    out.flush().unwrap();
    path
}

#[test]
fn one_huge_paragraph_peaks_within_8x_the_file_whatever_its_shape() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let tiny = write_repeated(
        dir.path(),
        "tiny.txt",
        "Tiny\n\n",
        "Mayor Ana Ruiz said \"the harbour\" would reopen.",
        1,
        "\n",
    );
    let tiny_peak = peak_within(&tiny);
    let size = if cfg!(debug_assertions) {
        8 * MB
    } else {
        30 * MB
    };
    let mut failures = Vec::new();
    let files = SHAPES
        .iter()
        .map(|&(name, head, piece, tail)| {
            (
                name,
                write_repeated(dir.path(), name, head, piece, size, tail),
            )
        })
        .chain(std::iter::once((
            "capitalised-words.txt",
            write_capitalised_words(dir.path(), "capitalised-words.txt", size),
        )));
    for (name, file) in files {
        let bytes = std::fs::metadata(&file).unwrap().len();
        let above = peak_within(&file).saturating_sub(tiny_peak);
        eprintln!(
            "{name}: {:.1} MB above a tiny story for {:.1} MB: {:.2}x",
            above as f64 / MB as f64,
            bytes as f64 / MB as f64,
            above as f64 / bytes as f64
        );
        if above > ANALYZE_RATIO * bytes {
            failures.push(format!(
                "{name}: {} MB above a tiny story for {} MB: {:.1}x",
                above >> 20,
                bytes >> 20,
                above as f64 / bytes as f64
            ));
        }
        std::fs::remove_file(file).unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
