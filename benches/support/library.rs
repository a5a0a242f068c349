//! The 2,000-story library of the benches: articles of 6 to 30 paragraphs
//! of the bundled news text, written in four formats. Each bench includes
//! this file (after `corpus.rs`, as `corpus`).
#![allow(dead_code)]

use super::corpus;
use std::path::{Path, PathBuf};

pub const ARTICLES: usize = 2_000;

/// Write `ARTICLES` articles of 6 to 30 paragraphs into `dir`, in four formats.
pub fn write_library(dir: &Path) -> Vec<PathBuf> {
    let source = corpus::news_paragraphs();
    let mut files = Vec::new();
    let mut next = 0;
    for i in 0..ARTICLES {
        let count = 6 + (i * 7) % 25;
        let paragraphs: Vec<&str> = (0..count)
            .map(|k| source[(next + k) % source.len()].as_str())
            .collect();
        next += count;
        let title = format!("Story number {i} of the day");
        let published = format!("2031-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
        let (name, content) = match i % 4 {
            0 => (format!("{i:04}.txt"), format!("{title}\n\n{}\n", paragraphs.join("\n\n"))),
            1 => (format!("{i:04}.md"), format!("# {title}\n\n{}\n", paragraphs.join("\n\n"))),
            2 => (
                format!("{i:04}.json"),
                serde_json::json!({"title": title, "published": published, "paragraphs": paragraphs})
                    .to_string(),
            ),
            _ => (
                format!("{i:04}.jsonl"),
                serde_json::json!({"title": title, "published": published, "body": paragraphs.join("\n\n")})
                    .to_string(),
            ),
        };
        let path = dir.join(name);
        std::fs::write(&path, content).expect("write article");
        files.push(path);
    }
    files
}
