//! Where each pane goes for a terminal size: one pure function used both to
//! draw and to resolve mouse clicks, so the two always agree.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// Below this the reader shows only "terminal too small".
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 8;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The story screen: article on the left, entities over quotes on the right,
/// a status (or prompt) line at the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoryLayout {
    pub article: Rect,
    pub entities: Rect,
    pub quotes: Rect,
    pub status: Rect,
}

pub fn story(area: Rect) -> StoryLayout {
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let [article, sidebar] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(body);
    let [entities, quotes] =
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(sidebar);
    StoryLayout {
        article,
        entities,
        quotes,
        status,
    }
}

/// The story screen with one pane zoomed: it takes the whole body (in
/// `article`); the status line stays.
pub fn zoomed(area: Rect) -> StoryLayout {
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    StoryLayout {
        article: body,
        entities: body,
        quotes: body,
        status,
    }
}

/// The article pane's inside: a gutter of paragraph numbers, then the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleGeometry {
    pub gutter: Rect,
    pub text: Rect,
}

impl ArticleGeometry {
    pub fn new(pane: Rect, paragraph_count: usize) -> Self {
        let inner = pane.inner(Margin::new(1, 1));
        let digits = paragraph_count.max(1).to_string().len() as u16;
        let gutter_width = (digits + 1).min(inner.width / 3);
        // One blank column keeps the text off the scrollbar.
        let [gutter, text, _] = Layout::horizontal([
            Constraint::Length(gutter_width),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(inner);
        ArticleGeometry { gutter, text }
    }

    /// Columns available to wrapped text (at least one).
    pub fn wrap_width(&self) -> usize {
        usize::from(self.text.width.max(1))
    }

    pub fn height(&self) -> usize {
        usize::from(self.text.height)
    }
}

/// Inside of a bordered pane.
pub fn inner(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// The library screen: the list of articles and the status line.
pub fn library(area: Rect) -> (Rect, Rect) {
    let [list, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    (list, status)
}

/// Whether the cell (column, row) lies in `rect`.
pub fn contains(rect: Rect, column: u16, row: u16) -> bool {
    rect.contains(ratatui::layout::Position::new(column, row))
}
