//! The article model: plain data shared by the loaders, the analysis and the reader.
//!
//! Every span in Byline (entity mention, quotation, search hit) is a paragraph
//! index plus UTF-8 byte offsets into that paragraph, end exclusive.

mod decode;
mod html;
mod html_bounds;
mod json;
mod load;
mod markdown;
mod read;
mod sanitize;
mod text;
mod walk;

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub use html::{fragment_paragraphs as html_fragment_paragraphs, parse as parse_html};
pub use load::{
    Format, LoadError, Loaded, MAX_FILE_BYTES, MAX_FOLDER_BYTES, STDIN_ARGUMENT, load_library,
    load_path, load_reader, load_sources,
};
pub use read::read_capped;
pub use sanitize::{clean, clean_article, escape, is_web_url};
pub use walk::MAX_DEPTH as MAX_FOLDER_DEPTH;

/// One news story as read from disk: metadata and its paragraphs, verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    pub title: String,
    /// Where the article was loaded from; empty for articles built in memory.
    #[serde(default, serialize_with = "path_as_text")]
    pub path: PathBuf,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    /// The encoding the file was read in ("UTF-8", "windows-1252"); none
    /// for articles built in memory.
    #[serde(default)]
    pub encoding: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Paths as JSON text; a name that is not UTF-8 (possible on Unix) is shown
/// with replacement characters rather than failing the whole report.
fn path_as_text<S: serde::Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}

/// A stretch of text: paragraph index and byte offsets (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(paragraph: usize, start: usize, end: usize) -> Self {
        Span {
            paragraph,
            start,
            end,
        }
    }

    /// The text this span covers in `article`, or "" when it does not fit.
    pub fn text<'a>(&self, article: &'a Article) -> &'a str {
        article
            .paragraphs
            .get(self.paragraph)
            .and_then(|p| p.get(self.start..self.end))
            .unwrap_or("")
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.paragraph == other.paragraph && self.start < other.end && other.start < self.end
    }
}

impl Article {
    /// An article built in memory (tests, benchmarks), with no path.
    pub fn from_paragraphs(title: &str, paragraphs: &[&str]) -> Self {
        Article {
            title: title.to_string(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            ..Article::default()
        }
    }

    /// Number of words, for the library list and reading-time hints.
    pub fn word_count(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum()
    }
}
