//! Fuzz target: any bytes, as a file of any supported type, through the
//! loaders and the analysis. A crash is a panic, an overflow, or a broken
//! invariant: a span that is not a slice of its paragraph, mentions or
//! quotes out of story order, overlapping quotes, a speaker id with no
//! entity, or two analyses of the same article that differ.
//!
//! The first byte picks the file type; the rest is the file's content. The
//! same bytes are also analysed directly (lossy UTF-8, a paragraph per line)
//! so the analysis is reached even when a loader refuses the file.

#![no_main]

use byline::analysis::{Analysis, analyze};
use byline::article::{Article, Span, load_path};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

const NAMES: [&str; 7] = [
    "story.txt",
    "story.md",
    "story.json",
    "story.jsonl",
    "story.html",
    "story",
    "story.text",
];

/// One scratch folder per fuzzing process, reused for every input.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("byline-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

fn assert_slice(article: &Article, span: &Span) {
    let text = &article.paragraphs[span.paragraph];
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fn assert_sound(article: &Article, analysis: &Analysis) {
    for entity in &analysis.entities {
        entity.mentions.iter().for_each(|s| assert_slice(article, s));
        assert!(entity.mentions.windows(2).all(|w| w[0] < w[1]), "{entity:?}");
    }
    for quote in &analysis.quotes {
        assert_slice(article, &quote.span);
        if let Some(speaker) = quote.speaker() {
            assert!(analysis.entity(speaker).is_some(), "{quote:?}");
        }
    }
    for pair in analysis.quotes.windows(2) {
        assert!(pair[0].span < pair[1].span, "{pair:?}");
        assert!(!pair[0].span.overlaps(&pair[1].span), "{pair:?}");
    }
    assert_eq!(analysis, &analyze(article), "analysis is not deterministic");
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, content)) = data.split_first() else {
        return;
    };
    let path = scratch().join(NAMES[kind as usize % NAMES.len()]);
    std::fs::write(&path, content).expect("write scratch file");
    let loaded = load_path(&path);
    assert!(!loaded.articles.is_empty() || !loaded.errors.is_empty());
    for article in &loaded.articles {
        assert_sound(article, &analyze(article));
    }
    let text = String::from_utf8_lossy(content);
    let article = Article {
        title: "Fuzz".to_string(),
        paragraphs: text.split('\n').map(str::to_string).collect(),
        ..Article::default()
    };
    assert_sound(&article, &analyze(&article));
});
