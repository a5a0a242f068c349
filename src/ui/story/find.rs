//! Searching the open story: the prompt, incremental matching as the query
//! is typed, and n / N between matches.

use super::scroll::Placement;
use super::sidebar::{step_round, wrap_message};
use super::{Geometry, Search, Story};
use crate::ui::action::Action;
use crate::ui::search;
use crate::ui::theme;

impl Story {
    pub(super) fn open_prompt(&mut self) {
        self.search = Search {
            prompt_open: true,
            ..Search::default()
        };
    }

    /// Search the story for `query` as if it had been typed and kept, on
    /// its first match (the library opens a story found by its text so).
    pub fn apply_search(&mut self, query: &str, geo: &Geometry) {
        self.search = Search {
            query: query.to_string(),
            ..Search::default()
        };
        self.search
            .set_matches(search::find_all(&self.article, query));
        self.go_to_first_match_in_view(geo);
    }

    /// Handle an action while the prompt is open; false when it is not a
    /// prompt action (resizing, the mouse), to be handled as usual.
    pub(super) fn update_prompt(&mut self, action: &Action, geo: &Geometry) -> bool {
        match action {
            Action::Input(ch) => {
                self.search.query.push(*ch);
                let shorter = std::mem::take(&mut self.search.matches);
                let matches = if self.search.query.chars().count() == 1 {
                    search::find_all(&self.article, &self.search.query)
                } else {
                    search::refine(&self.article, &shorter, &self.search.query)
                };
                // Kept for Backspace, which then costs nothing.
                self.search.typed.push(shorter);
                self.search.set_matches(matches);
                self.go_to_first_match_in_view(geo);
            }
            Action::Paste(text) => {
                let was_empty = self.search.query.is_empty();
                self.search.query.push_str(text);
                let shorter = std::mem::take(&mut self.search.matches);
                let matches = if was_empty {
                    search::find_all(&self.article, &self.search.query)
                } else {
                    search::refine(&self.article, &shorter, &self.search.query)
                };
                // One set of matches per pasted character would cost the
                // square of the paste: Backspace searches again instead.
                self.search.typed.clear();
                self.search.set_matches(matches);
                self.go_to_first_match_in_view(geo);
            }
            Action::InputBackspace => {
                if self.search.query.pop().is_some() {
                    let matches = self
                        .search
                        .typed
                        .pop()
                        .unwrap_or_else(|| search::find_all(&self.article, &self.search.query));
                    self.search.set_matches(matches);
                }
                self.go_to_first_match_in_view(geo);
            }
            Action::SubmitInput => {
                self.search.prompt_open = false;
                self.search.typed.clear();
                if self.search.query.is_empty() {
                    self.search = Search::default();
                }
            }
            Action::CancelInput => self.search = Search::default(),
            _ => return false,
        }
        true
    }

    /// While typing: the first match from the top of the view on (or the
    /// first of all), brought into view.
    fn go_to_first_match_in_view(&mut self, geo: &Geometry) {
        let matches = &self.search.matches;
        if matches.is_empty() {
            self.search.current = None;
            return;
        }
        let top_paragraph = self.top.paragraph().unwrap_or(0);
        let from_view = matches.partition_point(|span| span.paragraph < top_paragraph);
        let current = if from_view < matches.len() {
            from_view
        } else {
            0
        };
        self.search.current = Some(current);
        self.show_span(matches[current], Placement::IfHidden, geo);
    }

    /// n / N outside Entities: the next or previous match, wrapping around.
    pub(super) fn step_match(&mut self, direction: i64, geo: &Geometry) {
        let count = self.search.matches.len();
        if count == 0 {
            self.message = Some(if self.search.query.is_empty() {
                "press / to search".to_string()
            } else {
                theme::NO_MATCHES.to_string()
            });
            return;
        }
        let current = match self.search.current {
            Some(at) => {
                let (next, wrapped) = step_round(at, direction, count);
                if wrapped {
                    self.message = Some(wrap_message(direction, "match"));
                }
                next
            }
            None if direction < 0 => count - 1,
            None => 0,
        };
        self.search.current = Some(current);
        self.show_span(self.search.matches[current], Placement::IfHidden, geo);
    }
}
