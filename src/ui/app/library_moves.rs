//! The reader on the library list: moving, clicking, the `/` filter, and
//! analysing the rows in view for their counts. A child of `app`, so it
//! reaches the state the way `update` does.

use super::{App, LIBRARY_CHROME_ROWS, Overlay, Screen};
use crate::ui::action::Action;
use crate::ui::layout;

impl App {
    pub(super) fn update_library(&mut self, action: &Action) {
        if self.library.prompt_open {
            match action {
                Action::Input(ch) => {
                    self.library.filter.push(*ch);
                    self.refilter_within(true);
                }
                Action::Paste(text) => {
                    self.library.filter.push_str(text);
                    self.refilter_within(true);
                }
                Action::InputBackspace => {
                    self.library.filter.pop();
                    self.refilter_within(false);
                }
                Action::SubmitInput => self.library.prompt_open = false,
                Action::CancelInput => {
                    self.library.prompt_open = false;
                    self.library.filter.clear();
                    self.refilter_within(false);
                }
                _ => {}
            }
            self.analyse_visible_rows();
            return;
        }
        let page = i64::from(self.library_list_height().max(1));
        match action {
            Action::MoveBy(rows) => self.move_library(i64::from(*rows)),
            Action::Page(pages) => self.move_library(i64::from(*pages) * page),
            Action::HalfPage(halves) => self.move_library(i64::from(*halves) * (page / 2).max(1)),
            Action::Top => self.move_library(i64::MIN / 2),
            Action::Bottom => self.move_library(i64::MAX / 2),
            Action::Activate => {
                if let Some(&index) = self.library.rows.get(self.library.selected) {
                    self.open(index);
                    // The story opens searched for the filter: n / N at once.
                    let query = self.library.filter.clone();
                    let geo = self.story_geometry();
                    if let (Some(story), Some(geo)) = (self.story.as_mut(), geo)
                        && !query.is_empty()
                    {
                        story.apply_search(&query, &geo);
                    }
                }
            }
            Action::StartSearch => self.library.prompt_open = true,
            Action::OpenPeople => {
                self.people.open_list();
                self.screen = Screen::People;
            }
            Action::ShowLoadErrors => {
                self.overlay = Some(Overlay::LoadErrors);
                self.help_scroll = 0;
            }
            Action::Cancel if !self.library.filter.is_empty() => {
                self.library.filter.clear();
                self.refilter_within(false);
            }
            Action::Back => self.quit = true,
            Action::Click { column, row } => self.click_library(*column, *row),
            Action::Wheel { lines, .. } => self.move_library(i64::from(*lines)),
            _ => {}
        }
        self.keep_library_selection_visible();
        self.analyse_visible_rows();
    }

    pub(super) fn library_list_height(&self) -> u16 {
        let (list, _) = layout::library(self.area);
        list.height.saturating_sub(LIBRARY_CHROME_ROWS)
    }

    fn move_library(&mut self, rows: i64) {
        let last = self.library.rows.len().saturating_sub(1) as i64;
        self.library.selected =
            (self.library.selected as i64 + rows).clamp(0, last.max(0)) as usize;
    }

    fn keep_library_selection_visible(&mut self) {
        let height = usize::from(self.library_list_height().max(1));
        let selected = self.library.selected;
        if selected < self.library.offset {
            self.library.offset = selected;
        } else if selected >= self.library.offset + height {
            self.library.offset = selected + 1 - height;
        }
    }

    fn click_library(&mut self, column: u16, row: u16) {
        let (list, _) = layout::library(self.area);
        let first_row = list.y + LIBRARY_CHROME_ROWS - 1;
        if !layout::contains(list, column, row) || row < first_row {
            return;
        }
        let position = self.library.offset + usize::from(row - first_row);
        if position < self.library.rows.len() {
            if position == self.library.selected {
                self.update_library(&Action::Activate);
            } else {
                self.library.selected = position;
            }
        }
    }

    /// Filter the library by title, author, source and text. `narrower`:
    /// the query only grew, so only the rows already shown can match.
    fn refilter_within(&mut self, narrower: bool) {
        let within = narrower.then(|| std::mem::take(&mut self.library.rows));
        let found = crate::ui::library_search::find(
            &self.articles,
            within.as_deref(),
            &self.library.filter,
        );
        self.library.rows = found.rows;
        self.library.match_counts = found.counts;
        self.library.selected = 0;
        self.library.offset = 0;
    }

    /// Analyse the articles whose rows are on screen, for their counts.
    pub(super) fn analyse_visible_rows(&mut self) {
        let height = usize::from(self.library_list_height());
        let shown: Vec<usize> = self
            .library
            .rows
            .iter()
            .skip(self.library.offset)
            .take(height)
            .copied()
            .collect();
        for index in shown {
            self.analysis_of(index);
        }
    }
}
