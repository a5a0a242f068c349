//! Filters typed over the Entities and Quotes lists (/ in those panes): a
//! case-insensitive substring of an entity's name, aliases or titles, or of
//! a quote's words or speaker. The list narrows as the user types; Enter
//! keeps the filter, Esc drops it.

use super::sidebar::{EntityRow, entity_rows};
use super::{Geometry, Story};
use crate::ui::action::{Action, Pane};

impl Story {
    /// The filter typed over `pane`'s list ("" for none, or the Article).
    pub fn list_filter(&self, pane: Pane) -> &str {
        match pane {
            Pane::Entities => &self.entity_filter,
            Pane::Quotes => &self.quote_filter,
            Pane::Article => "",
        }
    }

    /// How many rows `pane`'s list shows, and how many it has unfiltered.
    pub fn list_counts(&self, pane: Pane) -> (usize, usize) {
        match pane {
            Pane::Entities => {
                let shown = self
                    .entity_rows
                    .iter()
                    .filter(|row| matches!(row, EntityRow::Entity(_)))
                    .count();
                (shown, self.analysis.entities.len())
            }
            _ => {
                let all = match self.speaker_filter {
                    Some(entity) => self.quotes_by(entity).len(),
                    None => self.analysis.quotes.len(),
                };
                (self.quote_rows.len(), all)
            }
        }
    }

    pub(super) fn open_list_prompt(&mut self, pane: Pane, geo: &Geometry) {
        self.list_prompt = Some(pane);
        self.set_list_filter(pane, String::new(), geo);
    }

    /// Handle an action while a list's prompt is open; false when it is
    /// not a prompt action.
    pub(super) fn update_list_prompt(&mut self, action: &Action, geo: &Geometry) -> bool {
        let Some(pane) = self.list_prompt else {
            return false;
        };
        let mut text = self.list_filter(pane).to_string();
        match action {
            Action::Input(ch) => text.push(*ch),
            Action::InputBackspace => {
                text.pop();
            }
            Action::SubmitInput => {
                self.list_prompt = None;
                return true;
            }
            Action::CancelInput => {
                self.list_prompt = None;
                text.clear();
            }
            _ => return false,
        }
        self.set_list_filter(pane, text, geo);
        true
    }

    /// Filter `pane`'s list by `text`; the selection stays when it still
    /// shows, else the first row that does is selected.
    pub(super) fn set_list_filter(&mut self, pane: Pane, text: String, geo: &Geometry) {
        let needle = text.to_lowercase();
        match pane {
            Pane::Entities => {
                self.entity_filter = text;
                let analysis = self.analysis.clone();
                self.entity_rows = entity_rows(&analysis, |index| {
                    let entity = &analysis.entities[index];
                    std::iter::once(&entity.name)
                        .chain(&entity.aliases)
                        .chain(&entity.titles)
                        .any(|text| text.to_lowercase().contains(&needle))
                });
                self.entity_offset = 0;
                let order = self.entity_order();
                if let Some(selected) = self.selected_entity
                    && !order.contains(&selected)
                {
                    self.selected_entity = order.first().copied();
                }
                self.keep_entity_visible(geo);
            }
            Pane::Quotes => {
                self.quote_filter = text;
                self.quote_rows = self.quotes_passing_filters();
                self.quote_offset = 0;
                if let Some(selected) = self.selected_quote
                    && !self.quote_rows.contains(&selected)
                {
                    self.selected_quote = self.quote_rows.first().copied();
                }
                self.keep_quote_visible(geo);
            }
            Pane::Article => {}
        }
    }

    /// The quotes the speaker filter and the typed filter both let through.
    pub(super) fn quotes_passing_filters(&self) -> Vec<usize> {
        let needle = self.quote_filter.to_lowercase();
        let by_speaker = match self.speaker_filter {
            Some(entity) => self.quotes_by(entity),
            None => (0..self.analysis.quotes.len()).collect(),
        };
        by_speaker
            .into_iter()
            .filter(|&index| {
                let quote = &self.analysis.quotes[index];
                needle.is_empty()
                    || quote.text(&self.article).to_lowercase().contains(&needle)
                    || quote
                        .speaker_name()
                        .is_some_and(|name| name.to_lowercase().contains(&needle))
            })
            .collect()
    }
}
