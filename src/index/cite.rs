//! A quote with where it was said: the speaker, the story (title, source,
//! date, URL, path) and the paragraph. Printed by `byline quotes` as JSON
//! rows or as Markdown lines ready to paste.

use super::{FigureId, IndexedQuote, StoryMeta};
use serde::Serialize;

/// One quote and its citation, borrowed from the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation<'a> {
    /// The story's number in the index.
    pub story: u32,
    pub story_meta: &'a StoryMeta,
    pub quote: &'a IndexedQuote,
    /// The speaker as the library knows them, else as the story gives them.
    pub speaker: Option<&'a str>,
    /// The speaker's figure, when the story names them.
    pub figure: Option<FigureId>,
}

/// The JSON row of a quote (`byline quotes --json`).
#[derive(Debug, Serialize)]
pub struct QuoteRow<'a> {
    pub speaker: Option<&'a str>,
    pub text: &'a str,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub published: Option<&'a str>,
    pub url: Option<&'a str>,
    pub path: String,
    /// Counted from 1, as the reader and `analyze` show paragraphs.
    pub paragraph: usize,
}

impl<'a> Citation<'a> {
    pub fn row(&self) -> QuoteRow<'a> {
        let meta = self.story_meta;
        QuoteRow {
            speaker: self.speaker,
            text: &self.quote.text,
            title: &meta.title,
            source: meta.source.as_deref(),
            published: meta.published.as_deref(),
            url: meta.url.as_deref(),
            path: meta.path.to_string_lossy().into_owned(),
            paragraph: self.quote.span.paragraph + 1,
        }
    }

    /// `> “words” — Speaker, *Title*, Source, date`: the parts a story
    /// lacks are left out, and the comma a quote ends on before its
    /// attribution ("higher," he said) is dropped.
    pub fn markdown(&self) -> String {
        let words = self
            .quote
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let words = words.trim_end_matches([',', ' ']);
        let meta = self.story_meta;
        let title = format!("*{}*", escape_markdown(&meta.title));
        let parts: Vec<&str> = [self.speaker, Some(title.as_str())]
            .into_iter()
            .chain([meta.source.as_deref(), meta.published.as_deref()])
            .flatten()
            .collect();
        format!("> “{words}” — {}", parts.join(", "))
    }

    /// One line for a terminal: `Speaker: “words” (Title, Source, date, ¶3)`.
    pub fn plain(&self) -> String {
        let meta = self.story_meta;
        let paragraph = format!("¶{}", self.quote.span.paragraph + 1);
        let parts: Vec<&str> = [Some(meta.title.as_str())]
            .into_iter()
            .chain([meta.source.as_deref(), meta.published.as_deref()])
            .flatten()
            .chain([paragraph.as_str()])
            .collect();
        format!(
            "{}: “{}” ({})",
            self.speaker.unwrap_or("(unattributed)"),
            self.quote.text.trim_end_matches([',', ' ']),
            parts.join(", ")
        )
    }
}

/// Newest story first (ISO dates sort as text; undated stories last), then
/// story order, then order within the story.
pub fn sort_newest_first(quotes: &mut [Citation]) {
    quotes.sort_by(|a, b| {
        match (
            a.story_meta.published.as_deref(),
            b.story_meta.published.as_deref(),
        ) {
            (Some(x), Some(y)) => y.cmp(x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then(a.story.cmp(&b.story))
        .then(a.quote.index.cmp(&b.quote.index))
    });
}

/// Characters that would turn a title into other Markdown.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '*' | '_' | '`' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
