//! What `byline analyze` prints: the JSON contract read by the evaluation
//! scorer, and a readable summary.

use crate::analysis::{Analysis, EntityKind, QuoteKind};
use crate::article::Article;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// An article with its analysis: the JSON object `analyze --json` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    #[serde(flatten)]
    pub article: Article,
    #[serde(flatten)]
    pub analysis: Analysis,
}

impl Report {
    pub fn new(article: Article) -> Self {
        let analysis = crate::analysis::analyze(&article);
        Report { article, analysis }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a report always serialises")
    }

    /// Title, entities by kind with mention counts, quotes with speaker and
    /// paragraph number (counted from 1, as the reader shows them).
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let a = &self.article;
        let _ = writeln!(out, "{}", a.title);
        let meta: Vec<&str> = [&a.source, &a.published, &a.author]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !meta.is_empty() {
            let _ = writeln!(out, "{}", meta.join(" · "));
        }
        let _ = writeln!(
            out,
            "{} paragraphs, {} words",
            a.paragraphs.len(),
            a.word_count()
        );
        for kind in EntityKind::ALL {
            let rows: Vec<_> = self
                .analysis
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n{}:", kind.plural());
            for e in rows {
                let titles = if e.titles.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", e.titles.join(", "))
                };
                let _ = writeln!(out, "  {}{} ×{}", e.name, titles, e.mentions.len());
            }
        }
        let quotes: Vec<_> = self
            .analysis
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Quote)
            .collect();
        if !quotes.is_empty() {
            let _ = writeln!(out, "\nQuotes:");
            for q in quotes {
                let who = q.speaker_name.as_deref().unwrap_or("(unattributed)");
                let _ = writeln!(out, "  ¶{} {}: “{}”", q.span.paragraph + 1, who, q.text);
            }
        }
        out
    }
}
