//! Helpers the quote tests share: analyse invented paragraphs and read back
//! each quotation with its speaker as the quote list shows it.
#![allow(dead_code)]

use byline::analysis::{Analysis, analyze};
use byline::article::Article;

pub fn quotes_of(paragraphs: &[&str]) -> Analysis {
    analyzed(paragraphs).1
}

pub fn analyzed(paragraphs: &[&str]) -> (Article, Analysis) {
    let article = Article::from_paragraphs("Test", paragraphs);
    let analysis = analyze(&article);
    (article, analysis)
}

/// (quoted words, speaker as shown: the entity's name, else the phrase).
pub fn said(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
    let (article, analysis) = analyzed(paragraphs);
    analysis
        .quotes
        .iter()
        .map(|q| {
            let entity = q.speaker().and_then(|id| analysis.entity(id));
            let shown = entity
                .map(|e| e.name.clone())
                .or(q.speaker_name().map(str::to_string));
            (q.text(&article).to_string(), shown)
        })
        .collect()
}

/// The speaker of the quotation that contains `quoted`.
pub fn speaker_of(paragraphs: &[&str], quoted: &str) -> Option<String> {
    let all = said(paragraphs);
    all.iter()
        .find(|(text, _)| text.contains(quoted))
        .unwrap_or_else(|| panic!("no quote “{quoted}” in {all:?}"))
        .1
        .clone()
}
