//! The Entities and Quotes panes: their rows, selections, scrolling, and the
//! links between them (a quote's speaker, a person's quotes).

use super::scroll::Placement;
use super::{Geometry, Highlight, Story};
use crate::analysis::{Analysis, EntityKind};
use crate::ui::action::Pane;
use crate::ui::wrap::wrap_text;
use unicode_width::UnicodeWidthStr;

/// One row of the Entities pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    Heading(EntityKind),
    /// Index into `analysis.entities`.
    Entity(usize),
}

/// Headings by kind (People first), each followed by its entities that
/// `keep` keeps, the most mentioned first.
pub fn entity_rows(analysis: &Analysis, keep: impl Fn(usize) -> bool) -> Vec<EntityRow> {
    let mut rows = Vec::new();
    for kind in EntityKind::ALL {
        let mut members: Vec<usize> = (0..analysis.entities.len())
            .filter(|&i| analysis.entities[i].kind == kind && keep(i))
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by_key(|&i| {
            let entity = &analysis.entities[i];
            (
                std::cmp::Reverse(entity.mentions.len()),
                entity.mentions.first().copied(),
            )
        });
        rows.push(EntityRow::Heading(kind));
        rows.extend(members.into_iter().map(EntityRow::Entity));
    }
    rows
}

const NO_NAMED_SPEAKER: &str = "this quote has no named speaker";

/// The most lines of quoted text a row of the Quotes pane shows.
const QUOTE_TEXT_LINES: usize = 2;

/// A quote's text as shown in the Quotes pane: wrapped to `width`, at most
/// two lines, the second ending in "…" when the quote is longer.
pub fn quote_text_lines(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let wrapped = wrap_text(text, width);
    let mut lines: Vec<String> = wrapped
        .iter()
        .take(QUOTE_TEXT_LINES)
        .map(|range| text[range.clone()].to_string())
        .collect();
    if wrapped.len() > QUOTE_TEXT_LINES
        && let Some(last) = lines.last_mut()
    {
        while last.width() + 1 > width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// Position `at` of `count` moved one step in `direction`, wrapping round;
/// and whether it wrapped.
pub(super) fn step_round(at: usize, direction: i64, count: usize) -> (usize, bool) {
    let moved = at as i64 + direction;
    let next = moved.rem_euclid(count as i64) as usize;
    (next, moved < 0 || moved >= count as i64)
}

/// The status note when n / N wraps round: "last mention: back to the
/// first", "first match: on to the last".
pub(super) fn wrap_message(direction: i64, what: &str) -> String {
    if direction > 0 {
        format!("past the last {what}: back to the first")
    } else {
        format!("before the first {what}: on to the last")
    }
}

/// A list position moved by `rows` within `len` rows; with nothing selected
/// the list is entered from its top (moving down) or bottom (moving up).
fn moved(at: Option<usize>, rows: i64, len: usize) -> usize {
    let last = len as i64 - 1;
    let from = match at {
        Some(at) => at as i64,
        None if rows < 0 => len as i64,
        None => -1,
    };
    from.saturating_add(rows).clamp(0, last) as usize
}

impl Story {
    /// The rows the Quotes pane lists (all quotes, or one speaker's).
    pub fn visible_quotes(&self) -> &[usize] {
        &self.quote_rows
    }

    /// Show one person's quotes (index into `analysis.entities`), or all.
    pub(super) fn set_speaker_filter(&mut self, speaker: Option<usize>) {
        self.speaker_filter = speaker;
        self.quote_rows = self.quotes_passing_filters();
        self.quote_offset = 0;
    }

    /// Display lines of a quote row: its speaker line and its text.
    pub fn quote_row_height(&self, quote: usize, geo: &Geometry) -> usize {
        let width = usize::from(geo.quotes_inner().width);
        1 + quote_text_lines(self.analysis.quotes[quote].text(&self.article), width).len()
    }

    fn entity_index_of(&self, id: &str) -> Option<usize> {
        self.analysis.entities.iter().position(|e| e.id == id)
    }

    fn row_of_entity(&self, entity: usize) -> Option<usize> {
        self.entity_rows
            .iter()
            .position(|row| *row == EntityRow::Entity(entity))
    }

    /// Select an entity in the sidebar only.
    pub(super) fn select_entity_row(&mut self, entity: usize, geo: &Geometry) {
        self.selected_entity = Some(entity);
        self.keep_entity_visible(geo);
    }

    /// Select an entity: highlight its mentions, go to the first.
    pub(super) fn select_entity(&mut self, entity: usize, geo: &Geometry) {
        self.select_entity_row(entity, geo);
        self.highlight = Highlight::Entity { entity, mention: 0 };
        if let Some(first) = self.mentions[entity].first().copied() {
            self.show_span(first, Placement::IfHidden, geo);
        }
    }

    pub(super) fn keep_entity_visible(&mut self, geo: &Geometry) {
        let height = geo.entities_height().max(1);
        let Some(row) = self.selected_entity.and_then(|e| self.row_of_entity(e)) else {
            return;
        };
        // Show the group heading too when the first entity of a group is selected.
        let top_wanted = if row > 0 && matches!(self.entity_rows[row - 1], EntityRow::Heading(_)) {
            row - 1
        } else {
            row
        };
        if top_wanted < self.entity_offset {
            self.entity_offset = top_wanted;
        } else if row >= self.entity_offset + height {
            self.entity_offset = row + 1 - height;
        }
    }

    /// The entities in the order the sidebar lists them.
    pub(super) fn entity_order(&self) -> Vec<usize> {
        self.entity_rows
            .iter()
            .filter_map(|row| match row {
                EntityRow::Entity(e) => Some(*e),
                EntityRow::Heading(_) => None,
            })
            .collect()
    }

    pub(super) fn move_entity_selection(&mut self, rows: i64, geo: &Geometry) {
        let order = self.entity_order();
        if order.is_empty() {
            return;
        }
        let at = self
            .selected_entity
            .and_then(|e| order.iter().position(|&o| o == e));
        let target = moved(at, rows, order.len());
        self.select_entity(order[target], geo);
    }

    pub(super) fn click_entity_row(&mut self, row: usize, geo: &Geometry) {
        if let Some(EntityRow::Entity(entity)) = self.entity_rows.get(row).copied() {
            self.select_entity(entity, geo);
        }
    }

    /// n / N on an entity: its next or previous mention, wrapping round
    /// (and saying so).
    pub(super) fn step_mention(&mut self, entity: usize, direction: i64, geo: &Geometry) {
        let count = self.mentions[entity].len();
        if count == 0 {
            return;
        }
        let mention = match self.highlight {
            Highlight::Entity { entity: e, mention } if e == entity => {
                let (next, wrapped) = step_round(mention, direction, count);
                if wrapped {
                    self.message = Some(wrap_message(direction, "mention"));
                }
                next
            }
            _ if direction < 0 => count - 1,
            _ => 0,
        };
        self.highlight = Highlight::Entity { entity, mention };
        self.show_span(self.mentions[entity][mention], Placement::IfHidden, geo);
    }

    /// Select a quote: highlight its words and bring its paragraph up.
    pub(super) fn select_quote(&mut self, quote: usize, geo: &Geometry) {
        self.selected_quote = Some(quote);
        self.highlight = Highlight::Quote(quote);
        self.keep_quote_visible(geo);
        let span = self.analysis.quotes[quote].span;
        self.show_span(span, Placement::ParagraphAtTop, geo);
    }

    pub(super) fn keep_quote_visible(&mut self, geo: &Geometry) {
        let visible = self.visible_quotes().to_vec();
        let Some(at) = self
            .selected_quote
            .and_then(|q| visible.iter().position(|&v| v == q))
        else {
            self.quote_offset = self.quote_offset.min(visible.len().saturating_sub(1));
            return;
        };
        if at < self.quote_offset {
            self.quote_offset = at;
            return;
        }
        let height = usize::from(geo.quotes_inner().height);
        let heights: Vec<usize> = visible[self.quote_offset..=at]
            .iter()
            .map(|&q| self.quote_row_height(q, geo))
            .collect();
        let mut used: usize = heights.iter().sum();
        for height_of_first in heights {
            if self.quote_offset >= at || used <= height {
                break;
            }
            used -= height_of_first;
            self.quote_offset += 1;
        }
    }

    pub(super) fn move_quote_selection(&mut self, rows: i64, geo: &Geometry) {
        let visible = self.visible_quotes().to_vec();
        if visible.is_empty() {
            return;
        }
        let at = self
            .selected_quote
            .and_then(|q| visible.iter().position(|&v| v == q));
        let target = moved(at, rows, visible.len());
        self.select_quote(visible[target], geo);
    }

    /// A click `row` lines below the top of the Quotes list.
    pub(super) fn click_quote_row(&mut self, row: usize, geo: &Geometry) {
        let mut top = 0;
        let shown = self.visible_quotes()[self.quote_offset.min(self.quote_rows.len())..].to_vec();
        for quote in shown {
            let height = self.quote_row_height(quote, geo);
            if row < top + height {
                self.select_quote(quote, geo);
                return;
            }
            top += height;
        }
    }

    /// s: from the selected quote, select its speaker in Entities.
    pub(super) fn select_speaker(&mut self, geo: &Geometry) {
        let Some(quote) = self.selected_quote else {
            self.message = Some("select a quote first".into());
            return;
        };
        let speaker = self.analysis.quotes[quote].speaker();
        match speaker.and_then(|id| self.entity_index_of(id)) {
            Some(entity) => {
                self.select_entity(entity, geo);
                self.focus = Pane::Entities;
            }
            None => self.message = Some(NO_NAMED_SPEAKER.into()),
        }
    }

    /// The person the speaker links act on: the selected entity when the
    /// Entities pane is focused (or its mention was picked in the article),
    /// else the selected quote's speaker. A quote with no named speaker
    /// links to no one: never to whoever happens to be selected elsewhere.
    fn linked_speaker(&self) -> Result<usize, &'static str> {
        let entity_first = match self.focus {
            Pane::Entities => true,
            Pane::Quotes => false,
            Pane::Article => matches!(self.highlight, Highlight::Entity { .. }),
        };
        let chosen_entity = self.selected_entity.filter(|_| entity_first);
        match (chosen_entity, self.selected_quote) {
            (Some(entity), _) => Ok(entity),
            (None, Some(quote)) => {
                let speaker = self.analysis.quotes[quote].speaker();
                speaker
                    .and_then(|id| self.entity_index_of(id))
                    .ok_or(NO_NAMED_SPEAKER)
            }
            (None, None) => self
                .selected_entity
                .ok_or("select a person or a quote first"),
        }
    }

    pub(super) fn quotes_by(&self, entity: usize) -> Vec<usize> {
        let id = self.analysis.entities[entity].id.as_str();
        (0..self.analysis.quotes.len())
            .filter(|&q| self.analysis.quotes[q].speaker() == Some(id))
            .collect()
    }

    /// f: show only one person's quotes, or all of them again.
    pub(super) fn toggle_speaker_filter(&mut self, geo: &Geometry) {
        if self.speaker_filter.is_some() {
            self.set_speaker_filter(None);
            self.keep_quote_visible(geo);
            return;
        }
        let entity = match self.linked_speaker() {
            Ok(entity) => entity,
            Err(why) => {
                self.message = Some(why.into());
                return;
            }
        };
        let theirs = self.quotes_by(entity);
        let Some(&first) = theirs.first() else {
            let name = &self.analysis.entities[entity].name;
            self.message = Some(format!("no quotes by {name}"));
            return;
        };
        self.set_speaker_filter(Some(entity));
        self.focus = Pane::Quotes;
        let keep = self.selected_quote.filter(|q| theirs.contains(q));
        self.select_quote(keep.unwrap_or(first), geo);
    }

    /// ] / [: the next or previous quote by the same speaker.
    pub(super) fn quote_by_same_speaker(&mut self, direction: i64, geo: &Geometry) {
        let entity = match self.linked_speaker() {
            Ok(entity) => entity,
            Err(why) => {
                self.message = Some(why.into());
                return;
            }
        };
        let theirs = self.quotes_by(entity);
        let next = match (self.selected_quote, direction > 0) {
            (Some(current), true) => theirs.iter().find(|&&q| q > current),
            (Some(current), false) => theirs.iter().rev().find(|&&q| q < current),
            (None, true) => theirs.first(),
            (None, false) => theirs.last(),
        };
        match next.copied() {
            Some(quote) => {
                self.select_quote(quote, geo);
                self.focus = Pane::Quotes;
            }
            None => {
                let name = &self.analysis.entities[entity].name;
                let which = if direction > 0 { "last" } else { "first" };
                self.message = Some(format!("that is {name}'s {which} quote"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::quote_text_lines;

    #[test]
    fn long_quotes_are_cut_to_two_lines_with_an_ellipsis() {
        let lines = quote_text_lines("one two three four five six seven", 10);
        assert_eq!(lines, ["one two", "three fou…"]);
    }

    #[test]
    fn short_quotes_take_one_line() {
        assert_eq!(quote_text_lines("useful", 10), ["useful"]);
    }
}
