//! News text for the benches, built from the bundled articles in `data/`:
//! their paragraphs repeated in order until a story reaches the size asked.
//! Each bench includes this file and uses only some of its helpers.
#![allow(dead_code)]

use byline::article::{Article, load_path};
use std::path::Path;

pub const MB: usize = 1024 * 1024;

/// Every paragraph of every article in `data/`, in library order.
pub fn news_paragraphs() -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let loaded = load_path(&data);
    let paragraphs: Vec<String> = loaded
        .articles
        .into_iter()
        .flat_map(|a| a.paragraphs)
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(!paragraphs.is_empty(), "no news text in {}", data.display());
    paragraphs
}

/// A story of at least `bytes` bytes of paragraph text.
pub fn story_of_bytes(bytes: usize) -> Article {
    let source = news_paragraphs();
    let mut paragraphs = Vec::new();
    let mut size = 0;
    for paragraph in source.iter().cycle() {
        if size >= bytes {
            break;
        }
        size += paragraph.len();
        paragraphs.push(paragraph.clone());
    }
    story(paragraphs)
}

/// A story of exactly `count` paragraphs.
pub fn story_of_paragraphs(count: usize) -> Article {
    let source = news_paragraphs();
    story(source.iter().cycle().take(count).cloned().collect())
}

pub fn text_bytes(article: &Article) -> usize {
    article.paragraphs.iter().map(String::len).sum()
}

fn story(paragraphs: Vec<String>) -> Article {
    Article {
        title: "Benchmark story".to_string(),
        paragraphs,
        ..Article::default()
    }
}
