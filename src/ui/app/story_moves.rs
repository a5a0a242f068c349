//! The reader on the subscriptions, in a window over the screen, and in a
//! story: `update` for those screens. A child of `app`, so it reaches the
//! state the way `update` does.

use super::{App, LIBRARY_CHROME_ROWS, Overlay, Screen};
use crate::ui::action::Action;
use crate::ui::feeds::FeedsOutcome;
use crate::ui::layout;
use crate::ui::story::{Geometry, Outcome, Story};
use std::rc::Rc;

impl App {
    pub(super) fn update_feeds(&mut self, action: &Action) {
        if *action == Action::OpenPeople {
            self.people.open_list();
            self.screen = Screen::People;
            return;
        }
        let height = usize::from(self.library_list_height());
        let Some(feeds) = self.feeds.as_mut() else {
            return;
        };
        let outcome = match action {
            Action::Click { column, row } => {
                let (list, _) = layout::library(self.area);
                let first_row = list.y + LIBRARY_CHROME_ROWS - 1;
                if layout::contains(list, *column, *row) && *row >= first_row {
                    feeds.click_row(usize::from(*row - first_row), height)
                } else {
                    FeedsOutcome::Stay
                }
            }
            _ => feeds.update(action, height),
        };
        match outcome {
            FeedsOutcome::Stay => {}
            FeedsOutcome::Quit => self.quit = true,
            FeedsOutcome::Open(id) => {
                if let Some(article) = feeds.open_article(id) {
                    let analysis = Rc::new((self.analyzer)(&article));
                    self.story = Some(Story::new(Rc::new(article), analysis));
                    self.screen = Screen::Story;
                }
            }
        }
    }

    pub(super) fn update_overlay(&mut self, action: &Action) {
        let rows = match self.overlay {
            Some(Overlay::LoadErrors) => {
                crate::ui::draw::load_error_rows(&self.load_errors, self.area)
            }
            _ => crate::ui::draw::help_rows(self.area),
        };
        let shown = usize::from(self.area.height.saturating_sub(2)).max(1);
        let last = rows.saturating_sub(shown) as i64;
        let by = |rows: i64, scroll: usize| (scroll as i64 + rows).clamp(0, last) as usize;
        self.help_scroll = match action {
            Action::Cancel | Action::ShowLoadErrors => {
                self.overlay = None;
                0
            }
            Action::MoveBy(rows) => by(i64::from(*rows), self.help_scroll),
            Action::Page(pages) | Action::HalfPage(pages) => {
                by(i64::from(*pages) * shown as i64, self.help_scroll)
            }
            Action::Top => 0,
            Action::Bottom => last as usize,
            _ => self.help_scroll,
        };
    }

    pub(super) fn update_story(&mut self, action: &Action) {
        let Some(geo) = self.story_geometry() else {
            self.screen = Screen::Library;
            return;
        };
        if let (Some(feeds), Action::ToggleRead | Action::ToggleStarred) = (&mut self.feeds, action)
            && let Some((id, read, starred)) = feeds.open_entry_state()
        {
            if *action == Action::ToggleRead {
                feeds.set_read(id, !read);
            } else {
                feeds.set_starred(id, !starred);
            }
            return;
        }
        if *action == Action::OpenSpeaker {
            self.open_speaker();
            return;
        }
        let Some(story) = self.story.as_mut() else {
            return;
        };
        if let Some(message) = self.outside.act_on(action, story) {
            story.message = Some(message);
            return;
        }
        let zoomed = story.zoomed;
        let outcome = story.update(action, &geo);
        if story.zoomed != zoomed {
            // The panes changed size: as after a resize.
            let geo = Geometry::of(story, self.area);
            let area = self.area;
            story.update(
                &Action::Resize {
                    width: area.width,
                    height: area.height,
                },
                &geo,
            );
        }
        if outcome == Outcome::Leave {
            if self.story_from_page {
                self.story = None;
                self.story_from_page = false;
                self.screen = Screen::People;
                if let Some(feeds) = &mut self.feeds {
                    feeds.after_story();
                }
            } else if self.single_story && *action == Action::Cancel {
                // Esc never quits: there is no library to go back to.
            } else if self.single_story {
                self.quit = true;
            } else if let Some(feeds) = &mut self.feeds {
                self.story = None;
                self.screen = Screen::Feeds;
                feeds.after_story();
            } else {
                self.story = None;
                self.screen = Screen::Library;
                self.analyse_visible_rows();
            }
        }
    }
}
