//! Fuzz target: what `byline analyze` prints for any file. The first byte
//! picks the file type, the rest is the file; whatever loads is analysed and
//! summarised as `byline analyze` prints it. A crash is a control character
//! other than newline in the summary (it would drive the terminal: escape
//! sequences, carriage returns, backspaces), or any control character in an
//! error line, or a bidi override in either.

#![no_main]

use byline::article::load_path;
use byline::report::Report;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

const NAMES: [&str; 6] = [
    "story.txt",
    "story.md",
    "story.json",
    "story.jsonl",
    "story.html",
    "story",
];

/// One scratch folder per fuzzing process, reused for every input.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("byline-fuzz-summary-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, content)) = data.split_first() else {
        return;
    };
    let path = scratch().join(NAMES[kind as usize % NAMES.len()]);
    std::fs::write(&path, content).expect("write scratch file");
    let loaded = load_path(&path);
    for error in &loaded.errors {
        let line = format!("byline: {error}");
        let bad = line.chars().find(|&c| c.is_control() || is_bidi_control(c));
        assert!(bad.is_none(), "{bad:?} in the error line {line:?}");
    }
    for article in loaded.articles {
        let summary = Report::new(article).summary();
        let bad = summary
            .chars()
            .find(|&c| (c.is_control() && c != '\n') || is_bidi_control(c));
        assert!(bad.is_none(), "{bad:?} in the summary {summary:?}");
    }
});
