//! The `/` filter on the subscriptions: as the library's and the People
//! list's, it filters as the user types (smart case: a capital makes it
//! exact), over each source's name and a feed's URL; Esc clears it.

use super::{FIXED_SOURCES, FeedLibrary};
use crate::ui::action::Action;
use crate::ui::search::holds;

impl FeedLibrary {
    /// The name a source goes by: a fixed view's, or the feed's.
    pub fn source_name(&self, source: usize) -> &str {
        match source {
            0 => "All unread",
            1 => "Starred",
            n => self.feeds[n - FIXED_SOURCES].name(),
        }
    }

    /// The prompt takes the typing: the filter follows each keystroke.
    pub(super) fn update_prompt(&mut self, action: &Action) {
        match action {
            Action::Input(ch) => self.filter.push(*ch),
            // A paste, or a burst of typing joined by the event loop.
            Action::Paste(text) => self.filter.push_str(text),
            Action::InputBackspace => {
                self.filter.pop();
            }
            Action::SubmitInput => {
                self.prompt_open = false;
                return;
            }
            Action::CancelInput => {
                self.prompt_open = false;
                self.filter.clear();
            }
            _ => return,
        }
        self.refilter_sources();
        self.sources.selected = 0;
        self.sources.offset = 0;
    }

    /// Work out the sources the filter lets through, keeping the one
    /// selected when it still is.
    pub(super) fn refilter_sources(&mut self) {
        let selected = self.shown.get(self.sources.selected).copied();
        let query = self.filter.as_str();
        self.shown = (0..FIXED_SOURCES + self.feeds.len())
            .filter(|&source| {
                query.is_empty()
                    || holds(self.source_name(source), query)
                    || source >= FIXED_SOURCES
                        && holds(&self.feeds[source - FIXED_SOURCES].url, query)
            })
            .collect();
        self.sources.selected = selected
            .and_then(|source| self.shown.iter().position(|&s| s == source))
            .unwrap_or(0);
        self.sources.offset = self.sources.offset.min(self.sources.selected);
    }
}
