//! Wrapping paragraphs to the article pane's width, lazily and cached.
//!
//! A paragraph is wrapped only when a line of it is needed (drawn, scrolled
//! through, clicked), once per width: scrolling a 20,000-paragraph story
//! touches only the paragraphs on screen. A display line is a byte range of
//! its paragraph, so spans (mentions, quotes, search hits) map onto lines
//! without any conversion.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// The display lines of one block, as byte ranges of its text.
pub type WrappedLines = Rc<[Range<usize>]>;

/// Wrap `text` to `width` columns (Unicode display width); never empty.
///
/// Lines exclude the spaces where they break; a word wider than the line is
/// broken apart.
pub fn wrap_text(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let words: Vec<Word> = WordSeparator::new().find_words(text).collect();
    let words = break_words(words, width);
    let base = text.as_ptr() as usize;
    let offset_of = |s: &str| s.as_ptr() as usize - base;
    let mut lines: Vec<Range<usize>> = wrap_first_fit(&words, &[width as f64])
        .iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(offset_of(first.word)..offset_of(last.word) + last.word.len())
        })
        .collect();
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// Wrapped lines per block, for the two most recent widths (the article
/// pane's, and the one before a resize, so resizing back costs nothing).
///
/// Interior mutability keeps drawing a function of `&App`: filling the cache
/// changes no observable state.
#[derive(Debug, Default)]
pub struct WrapCache {
    inner: RefCell<Vec<WidthCache>>,
}

/// Widths kept at once.
const WIDTHS_KEPT: usize = 2;

#[derive(Debug, Default)]
struct WidthCache {
    width: usize,
    blocks: Vec<Option<WrappedLines>>,
}

impl WrapCache {
    /// The lines of block `index` (whose text is `text`) at `width`.
    pub fn lines(&self, index: usize, text: &str, width: usize) -> WrappedLines {
        let mut widths = self.inner.borrow_mut();
        match widths.iter().position(|cache| cache.width == width) {
            Some(0) => {}
            Some(at) => {
                let cache = widths.remove(at);
                widths.insert(0, cache);
            }
            None => {
                widths.truncate(WIDTHS_KEPT - 1);
                widths.insert(
                    0,
                    WidthCache {
                        width,
                        blocks: Vec::new(),
                    },
                );
            }
        }
        let blocks = &mut widths[0].blocks;
        if blocks.len() <= index {
            blocks.resize(index + 1, None);
        }
        blocks[index]
            .get_or_insert_with(|| wrap_text(text, width).into())
            .clone()
    }

    /// How many blocks are wrapped at the most recent width (for tests).
    pub fn wrapped_count(&self) -> usize {
        self.inner
            .borrow()
            .first()
            .map_or(0, |cache| cache.blocks.iter().flatten().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, width: usize) -> Vec<&str> {
        wrap_text(text, width)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_byte_offsets() {
        assert_eq!(
            pieces("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn counts_wide_characters_by_display_width() {
        // Each CJK character is two columns wide: four fit in eight columns.
        assert_eq!(pieces("你好世界你好", 8), ["你好世界", "你好"]);
    }

    #[test]
    fn breaks_words_longer_than_the_line() {
        assert_eq!(pieces("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap_text("", 10), vec![Range { start: 0, end: 0 }]);
    }

    #[test]
    fn cache_wraps_once_per_width() {
        let cache = WrapCache::default();
        let first = cache.lines(3, "one two three", 5);
        let again = cache.lines(3, "one two three", 5);
        assert!(Rc::ptr_eq(&first, &again));
        assert_eq!(cache.wrapped_count(), 1);
        cache.lines(3, "one two three", 20);
        assert_eq!(cache.wrapped_count(), 1);
        // Back to the first width: still cached.
        let back = cache.lines(3, "one two three", 5);
        assert!(Rc::ptr_eq(&first, &back));
        // Two more widths push the first out: it is wrapped anew.
        cache.lines(3, "one two three", 30);
        cache.lines(3, "one two three", 20);
        assert!(!Rc::ptr_eq(&first, &cache.lines(3, "one two three", 5)));
    }
}
