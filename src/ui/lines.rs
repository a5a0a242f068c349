//! The article as a column of display lines, addressed by [`LinePos`]
//! (block, line within block) so nothing ever needs the whole story wrapped.
//!
//! Block 0 is the header (title lines, a metadata line when known); block
//! `p + 1` is paragraph `p`. Every block ends with one blank line. Moving by
//! n lines wraps only the blocks it passes through, through the [`WrapCache`].

use super::wrap::{WrapCache, WrappedLines};
use crate::article::{Article, Span};
use std::ops::Range;

/// A display line: a block and a line inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LinePos {
    pub block: usize,
    pub line: usize,
}

impl LinePos {
    pub fn new(block: usize, line: usize) -> Self {
        LinePos { block, line }
    }

    /// Where paragraph `paragraph` begins.
    pub fn paragraph_start(paragraph: usize) -> Self {
        LinePos::new(paragraph + 1, 0)
    }

    /// The paragraph this line belongs to (None in the header).
    pub fn paragraph(&self) -> Option<usize> {
        self.block.checked_sub(1)
    }
}

/// What one display line shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineContent {
    /// Part of the title: a byte range of it.
    Title(Range<usize>),
    /// The source, date and author line.
    Meta,
    /// Part of a paragraph; `first` marks the line that carries its number.
    Text {
        paragraph: usize,
        range: Range<usize>,
        first: bool,
    },
    /// The gap after a block.
    Blank,
}

/// The source, date and author, joined; empty when none is known.
pub fn metadata(article: &Article) -> String {
    [&article.source, &article.published, &article.author]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An article seen at one wrap width.
pub struct ArticleLines<'a> {
    article: &'a Article,
    cache: &'a WrapCache,
    width: usize,
    has_meta: bool,
}

impl<'a> ArticleLines<'a> {
    pub fn new(article: &'a Article, cache: &'a WrapCache, width: usize) -> Self {
        let has_meta = !metadata(article).is_empty();
        ArticleLines {
            article,
            cache,
            width,
            has_meta,
        }
    }

    pub fn block_count(&self) -> usize {
        self.article.paragraphs.len() + 1
    }

    fn block_text(&self, block: usize) -> &'a str {
        match block {
            0 => &self.article.title,
            b => self
                .article
                .paragraphs
                .get(b - 1)
                .map_or("", String::as_str),
        }
    }

    /// The wrapped text lines of a block (title or paragraph).
    pub fn wrapped(&self, block: usize) -> WrappedLines {
        self.cache.lines(block, self.block_text(block), self.width)
    }

    /// Display lines of a block, its closing blank line included.
    pub fn block_len(&self, block: usize) -> usize {
        let meta = usize::from(block == 0 && self.has_meta);
        self.wrapped(block).len() + meta + 1
    }

    /// What the display line at `pos` shows.
    pub fn content(&self, pos: LinePos) -> LineContent {
        let wrapped = self.wrapped(pos.block);
        match (pos.block, wrapped.get(pos.line)) {
            (0, Some(range)) => LineContent::Title(range.clone()),
            (0, None) if self.has_meta && pos.line == wrapped.len() => LineContent::Meta,
            (block, Some(range)) => LineContent::Text {
                paragraph: block - 1,
                range: range.clone(),
                first: pos.line == 0,
            },
            _ => LineContent::Blank,
        }
    }

    /// The last line worth showing at the top: the story's last text line.
    pub fn last(&self) -> LinePos {
        let block = self.block_count() - 1;
        LinePos::new(block, self.block_len(block).saturating_sub(2))
    }

    /// `pos` moved by `delta` lines (negative: up), kept inside the story.
    pub fn advance(&self, pos: LinePos, delta: i64) -> LinePos {
        let mut pos = self.clamp(pos);
        let mut remaining = delta.unsigned_abs() as usize;
        if delta >= 0 {
            let last = self.last();
            while remaining > 0 && pos < last {
                let room = self.block_len(pos.block) - 1 - pos.line;
                if remaining <= room || pos.block == last.block {
                    pos.line = (pos.line + remaining).min(self.block_len(pos.block) - 1);
                    return pos.min(last);
                }
                remaining -= room + 1;
                pos = LinePos::new(pos.block + 1, 0);
            }
            pos.min(last)
        } else {
            while remaining > 0 {
                if remaining <= pos.line {
                    pos.line -= remaining;
                    return pos;
                }
                if pos.block == 0 {
                    return LinePos::default();
                }
                remaining -= pos.line + 1;
                let block = pos.block - 1;
                pos = LinePos::new(block, self.block_len(block) - 1);
            }
            pos
        }
    }

    /// `pos` made valid: inside the story and inside its block.
    pub fn clamp(&self, pos: LinePos) -> LinePos {
        if pos.block >= self.block_count() {
            return self.last();
        }
        let line = pos.line.min(self.block_len(pos.block) - 1);
        LinePos::new(pos.block, line).min(self.last())
    }

    /// The display line holding the start of `span`.
    pub fn line_of(&self, span: &Span) -> LinePos {
        let block = span.paragraph + 1;
        let wrapped = self.wrapped(block);
        let line = wrapped
            .iter()
            .rposition(|range| range.start <= span.start)
            .unwrap_or(0);
        LinePos::new(block, line)
    }

    /// How many lines down from `from` `to` is, if it is within `limit`.
    pub fn distance(&self, from: LinePos, to: LinePos, limit: usize) -> Option<usize> {
        if to < from {
            return None;
        }
        let mut lines = 0;
        let mut pos = from;
        while pos.block < to.block {
            lines += self.block_len(pos.block) - pos.line;
            if lines > limit {
                return None;
            }
            pos = LinePos::new(pos.block + 1, 0);
        }
        lines += to.line - pos.line;
        (lines <= limit).then_some(lines)
    }

    /// The lines from `top` that fill `height` rows.
    pub fn visible(&self, top: LinePos, height: usize) -> Vec<(LinePos, LineContent)> {
        let mut shown = Vec::with_capacity(height);
        let mut pos = self.clamp(top);
        while shown.len() < height && pos.block < self.block_count() {
            shown.push((pos, self.content(pos)));
            pos.line += 1;
            if pos.line >= self.block_len(pos.block) {
                pos = LinePos::new(pos.block + 1, 0);
            }
        }
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> Article {
        Article::from_paragraphs("Title", &["one two three four", "five six", "seven"])
    }

    #[test]
    fn advancing_walks_across_blocks_and_stops_at_the_ends() {
        let article = story();
        let cache = WrapCache::default();
        let lines = ArticleLines::new(&article, &cache, 14);
        // Header: "Title", blank. Paragraph 0: "one two three", "four", blank.
        assert_eq!(lines.advance(LinePos::default(), 2), LinePos::new(1, 0));
        assert_eq!(lines.advance(LinePos::new(1, 0), 3), LinePos::new(2, 0));
        assert_eq!(lines.advance(LinePos::new(2, 0), -3), LinePos::new(1, 0));
        assert_eq!(lines.advance(LinePos::new(1, 1), -100), LinePos::default());
        assert_eq!(lines.advance(LinePos::default(), 100), LinePos::new(3, 0));
    }

    #[test]
    fn distance_counts_lines_between_positions() {
        let article = story();
        let cache = WrapCache::default();
        let lines = ArticleLines::new(&article, &cache, 14);
        assert_eq!(
            lines.distance(LinePos::default(), LinePos::new(2, 0), 50),
            Some(5)
        );
        assert_eq!(
            lines.distance(LinePos::new(2, 0), LinePos::default(), 50),
            None
        );
        assert_eq!(
            lines.distance(LinePos::default(), LinePos::new(3, 0), 3),
            None
        );
    }

    #[test]
    fn line_of_finds_the_wrapped_line_of_a_span() {
        let article = story();
        let cache = WrapCache::default();
        let lines = ArticleLines::new(&article, &cache, 14);
        // "four" starts at byte 14, on the second line.
        let span = Span::new(0, 14, 18);
        let pos = lines.line_of(&span);
        let LineContent::Text { range, .. } = lines.content(pos) else {
            panic!("expected text at {pos:?}");
        };
        assert!(range.contains(&14));
    }
}
