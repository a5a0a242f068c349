//! The reader between the People screen and stories: starting the index
//! worker, taking its reports, and the moves `P`, `w`, Enter on a page and
//! leaving a page or a story opened from one make. A child of `app`, so it
//! reaches the state the way `update` does.

use super::{App, LIBRARY_CHROME_ROWS, Screen};
use crate::article::Article;
use crate::store::EntryId;
use crate::ui::action::Action;
use crate::ui::layout;
use crate::ui::people::{self, People};
use crate::ui::story::Story;
use std::rc::Rc;

/// The People screen: its state, and moving between it and stories.
impl App {
    pub fn people(&self) -> &People {
        &self.people
    }

    /// Start building the library-wide index on a worker thread; its
    /// reports arrive through [`App::take_reports`].
    pub fn start_indexing(&mut self, cache: Box<dyn crate::index::AnalysisCache + Send>) {
        let articles = self.articles.iter().map(|a| Article::clone(a)).collect();
        self.people.receiver = Some(people::spawn_indexing(articles, cache));
    }

    /// Start indexing every entry of the store at `db` on a worker thread,
    /// the store keeping the analyses; the entries become the articles the
    /// People screen opens.
    pub fn start_store_indexing(&mut self, db: std::path::PathBuf) {
        self.people.receiver = Some(people::spawn_store_indexing(db));
    }

    /// After a refresh: index the store again, so new entries join the
    /// People screen (the store keeps the analyses of the others). Skipped
    /// while an index is still being built.
    pub(super) fn reindex_store(&mut self) {
        let Some(feeds) = &self.feeds else {
            return;
        };
        if !self.people.indexing() {
            let db = feeds.path().to_path_buf();
            self.start_store_indexing(db);
        }
    }

    /// Open entry `id` of the subscriptions as the story (marked read, and
    /// the entry u and * act on); false when the store cannot give it.
    fn open_entry(&mut self, id: EntryId) -> bool {
        let Some(feeds) = self.feeds.as_mut() else {
            return false;
        };
        let Some(article) = feeds.open_article(id) else {
            return false;
        };
        let analysis = Rc::new((self.analyzer)(&article));
        self.story = Some(Story::new(Rc::new(article), analysis));
        self.story_from_page = false;
        self.screen = Screen::Story;
        true
    }

    /// Rows the People list or page shows.
    fn people_height(&self) -> usize {
        crate::ui::draw::people_rows(self)
    }

    pub(super) fn update_people(&mut self, action: &Action) {
        let height = self.people_height();
        let clicked = match *action {
            Action::Click { column, row } => self.click_people_list(column, row),
            _ => None,
        };
        let action = clicked.as_ref().unwrap_or(action);
        match self.people.update(action, height) {
            people::Outcome::Stay => {}
            people::Outcome::Leave => match self.parked_story.take() {
                Some((story, article, from_page, entry)) => {
                    self.story = Some(story);
                    self.story_article = article;
                    self.story_from_page = from_page;
                    if let Some(feeds) = &mut self.feeds {
                        feeds.open_entry = entry;
                    }
                    self.screen = Screen::Story;
                }
                None if self.feeds.is_some() => self.screen = Screen::Feeds,
                None => {
                    self.screen = Screen::Library;
                    self.analyse_visible_rows();
                }
            },
            people::Outcome::Open { story, quote } => {
                match story {
                    people::Opened::Article(article) => self.open(article),
                    people::Opened::Entry(id) => {
                        if !self.open_entry(id) {
                            return;
                        }
                    }
                }
                self.story_from_page = true;
                let geo = self.story_geometry();
                if let (Some(story), Some(quote), Some(geo)) = (self.story.as_mut(), quote, geo) {
                    story.show_quote(quote, &geo);
                }
            }
        }
    }

    /// A click on the People list: selects the row, or opens it when it
    /// is already selected (as in the library). `None`: nothing to do.
    fn click_people_list(&mut self, column: u16, row: u16) -> Option<Action> {
        let list = &mut self.people.list;
        let (area, _) = layout::library(self.area);
        let first_row = area.y + LIBRARY_CHROME_ROWS - 1;
        if self.people.page.is_some() || !layout::contains(area, column, row) || row < first_row {
            return None;
        }
        let position = list.offset + usize::from(row - first_row);
        if position >= list.rows.len() {
            return None;
        }
        if position == list.selected {
            return Some(Action::Activate);
        }
        list.selected = position;
        None
    }

    /// `w`: the page of the selected person, or of the selected quote's
    /// speaker (in Quotes), or of what the article highlights.
    pub(super) fn open_speaker(&mut self) {
        let Some(story) = self.story.as_mut() else {
            return;
        };
        let quote_speaker = |quote: usize| {
            let id = story.analysis.quotes.get(quote)?.speaker()?;
            story.analysis.entities.iter().position(|e| e.id == id)
        };
        let entity = match (story.focus, story.highlight) {
            (crate::ui::Pane::Entities, _) => story.selected_entity,
            (crate::ui::Pane::Quotes, _) => story.selected_quote.and_then(quote_speaker),
            (_, crate::ui::story::Highlight::Entity { entity, .. }) => Some(entity),
            (_, crate::ui::story::Highlight::Quote(quote)) => quote_speaker(quote),
            _ => None,
        };
        let figure = entity.and_then(|e| self.people.figure_of_entity(&story.article, e));
        let Some(figure) = figure else {
            story.message = Some(match (&self.people.index, self.people.progress, entity) {
                (None, _, _) if self.people.failed.is_some() => {
                    "indexing failed: no people pages (the People screen says why)".to_string()
                }
                (None, Some((done, total)), _) => {
                    format!("people index: {done}/{total} stories, try again soon")
                }
                (None, None, _) => "people index not ready yet".to_string(),
                (Some(_), _, None) => "select a person or a quote first".to_string(),
                (Some(_), _, Some(_)) => "only people and organisations have a page".to_string(),
            });
            return;
        };
        let parked = self.story.take().expect("a story is open");
        let entry = self.feeds.as_ref().and_then(|feeds| feeds.open_entry);
        self.parked_story = Some((parked, self.story_article, self.story_from_page, entry));
        self.story_from_page = false;
        self.people.open_page(figure, true);
        self.screen = Screen::People;
    }
}
