//! The article pane: scrolling, bringing a span into view, and what a click
//! or the wheel over a pane means.

use super::{Geometry, Highlight, MarkKind, Story};
use crate::article::Span;
use crate::ui::action::Pane;
use crate::ui::layout::{self, contains};
use crate::ui::lines::{LineContent, LinePos};
use unicode_width::UnicodeWidthChar;

/// How to bring a span into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Put the span's paragraph at the top (when the span then shows).
    ParagraphAtTop,
    /// Leave the view alone if the span shows; otherwise put it near the top.
    IfHidden,
}

/// Lines kept above a span brought into view by scrolling.
const CONTEXT_LINES: usize = 2;

impl Story {
    pub(super) fn scroll_by(&mut self, lines: i64, geo: &Geometry) {
        self.top = self.lines(geo).advance(self.top, lines);
    }

    /// Show the end of the story at the bottom of the pane.
    pub(super) fn scroll_to_end(&mut self, geo: &Geometry) {
        let lines = self.lines(geo);
        let last = lines.last();
        let height = geo.article.height().max(1) as i64;
        self.top = lines.advance(last, 1 - height);
    }

    /// Scroll so that `span` is on screen.
    pub(super) fn show_span(&mut self, span: Span, placement: Placement, geo: &Geometry) {
        let lines = self.lines(geo);
        let height = geo.article.height().max(1);
        let target = lines.line_of(&span);
        let visible = lines
            .distance(self.top, target, height.saturating_sub(1))
            .is_some();
        if placement == Placement::IfHidden && visible {
            return;
        }
        let paragraph_top = LinePos::paragraph_start(span.paragraph);
        let fits_below_paragraph_top = target.line < height;
        self.top = if placement == Placement::ParagraphAtTop && fits_below_paragraph_top {
            paragraph_top
        } else {
            lines.advance(target, -(CONTEXT_LINES.min(height / 3) as i64))
        };
    }

    pub(super) fn wheel(&mut self, column: u16, row: u16, lines: i32, geo: &Geometry) {
        let panes = &geo.panes;
        if contains(panes.article, column, row) {
            self.scroll_by(lines as i64, geo);
        } else if contains(panes.entities, column, row) {
            let last = self.entity_rows.len().saturating_sub(1);
            let offset = self.entity_offset as i64 + lines as i64;
            self.entity_offset = offset.clamp(0, last as i64) as usize;
        } else if contains(panes.quotes, column, row) {
            let last = self.visible_quotes().len().saturating_sub(1);
            let offset = self.quote_offset as i64 + lines.signum() as i64;
            self.quote_offset = offset.clamp(0, last as i64) as usize;
        }
    }

    pub(super) fn click(&mut self, column: u16, row: u16, geo: &Geometry) {
        let panes = &geo.panes;
        if contains(panes.article, column, row) {
            self.focus = Pane::Article;
            self.click_article(column, row, geo);
        } else if contains(panes.entities, column, row) {
            self.focus = Pane::Entities;
            let inner = layout::inner(panes.entities);
            if contains(inner, column, row) {
                let index = self.entity_offset + usize::from(row - inner.y);
                self.click_entity_row(index, geo);
            }
        } else if contains(panes.quotes, column, row) {
            self.focus = Pane::Quotes;
            let inner = geo.quotes_inner();
            if contains(inner, column, row) {
                self.click_quote_row(usize::from(row - inner.y), geo);
            }
        }
    }

    /// A click on the article text selects the mention or quote under it.
    fn click_article(&mut self, column: u16, row: u16, geo: &Geometry) {
        let text = geo.article.text;
        if !contains(text, column, row) {
            return;
        }
        let lines = self.lines(geo);
        let pos = lines.advance(self.top, i64::from(row - text.y));
        let LineContent::Text {
            paragraph, range, ..
        } = lines.content(pos)
        else {
            return;
        };
        let line_text = &self.article.paragraphs[paragraph][range.clone()];
        let Some(offset) = byte_at_column(line_text, usize::from(column - text.x)) else {
            return;
        };
        let at = range.start + offset;
        let under: Vec<MarkKind> = self.marks[paragraph]
            .iter()
            .filter(|mark| mark.start <= at && at < mark.end)
            .map(|mark| mark.kind)
            .collect();
        // A mention inside a quote is the more specific target.
        let mention = under.iter().find_map(|kind| match kind {
            MarkKind::Mention { entity } => Some(*entity),
            MarkKind::Quote { .. } => None,
        });
        let quote = under.iter().find_map(|kind| match kind {
            MarkKind::Quote { quote } => Some(*quote),
            MarkKind::Mention { .. } => None,
        });
        if let Some(entity) = mention {
            let index = self.mentions[entity]
                .iter()
                .position(|span| span.paragraph == paragraph && span.start <= at && at < span.end)
                .unwrap_or(0);
            self.select_entity_row(entity, geo);
            self.highlight = Highlight::Entity {
                entity,
                mention: index,
            };
        } else if let Some(quote) = quote {
            self.selected_quote = Some(quote);
            self.keep_quote_visible(geo);
            self.highlight = Highlight::Quote(quote);
        }
    }
}

/// The byte offset of the character drawn at display column `column`.
fn byte_at_column(text: &str, column: usize) -> Option<usize> {
    let mut width = 0;
    for (at, ch) in text.char_indices() {
        width += ch.width().unwrap_or(0);
        if width > column {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::byte_at_column;

    #[test]
    fn columns_map_to_bytes_through_display_width() {
        assert_eq!(byte_at_column("ab", 1), Some(1));
        // "你" takes columns 0 and 1; "好" starts at byte 3.
        assert_eq!(byte_at_column("你好", 1), Some(0));
        assert_eq!(byte_at_column("你好", 2), Some(3));
        assert_eq!(byte_at_column("ab", 5), None);
    }
}
