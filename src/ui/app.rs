//! The reader's whole state, and [`App::update`], the only way it changes.
//!
//! Articles are analysed lazily: when opened, or when their library row
//! comes into view (for the people and quote counts), once each.

use super::action::Action;
use super::feeds::{FeedLibrary, FeedsOutcome};
use super::keymap::KeyContext;
use super::layout;
use super::outside::{ClipboardSink, Outside};
use super::people::People;
use super::story::{Geometry, Outcome, Story};
use super::theme::Theme;
use crate::analysis::{self, Analysis, EntityKind};
use crate::article::{Article, LoadError};
use ratatui::layout::Rect;
use std::rc::Rc;

mod people_moves;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Story,
    /// The subscriptions and their entries (from the store).
    Feeds,
    /// People and organisations across the library, or one's page.
    People,
}

/// The library list: its title filter, selection and scroll.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// Typed filter: found in the title, author, source or story text
    /// (smart case: a capital makes it exact).
    pub filter: String,
    /// The filter prompt is open and takes the typing.
    pub prompt_open: bool,
    /// Articles that pass the filter (indices into the articles).
    pub rows: Vec<usize>,
    /// Beside `rows`: how often each holds the filter.
    pub match_counts: Vec<usize>,
    /// Selected position in `rows`.
    pub selected: usize,
    /// First position of `rows` shown.
    pub offset: usize,
}

/// A window over the screen that takes the keys until closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The keys and the colour legend (?).
    Help,
    /// The files that could not be read (e in the library).
    LoadErrors,
}

/// How an article gets its analysis (the real extractor, or a test's).
pub type Analyzer = fn(&Article) -> Analysis;

/// The reader: articles, their analyses, and where the user is.
#[derive(Debug)]
pub struct App {
    articles: Vec<Rc<Article>>,
    analyses: Vec<Option<Rc<Analysis>>>,
    analyzer: Analyzer,
    /// Opened on one file: leaving the story quits.
    single_story: bool,
    area: Rect,
    screen: Screen,
    library: Library,
    story: Option<Story>,
    /// The People screen and the library-wide index.
    people: People,
    /// The open story's index in `articles`.
    story_article: usize,
    /// The open story was opened from a person's page: leaving returns there.
    story_from_page: bool,
    /// The story `w` left for a person's page (its article, whether it came
    /// from a page itself, its entry on the subscriptions): leaving the page
    /// returns to it.
    parked_story: Option<(Story, usize, bool, Option<crate::store::EntryId>)>,
    /// Files that could not be read, listed on a key in the library.
    load_errors: Vec<LoadError>,
    overlay: Option<Overlay>,
    /// Rows of the overlay scrolled off its top (on a short terminal).
    help_scroll: usize,
    theme: Theme,
    /// The browser and the clipboard.
    outside: Outside,
    /// Digits typed before a movement (5j), not yet used.
    count: Option<u32>,
    quit: bool,
    /// Subscriptions, when the reader runs on the store.
    feeds: Option<FeedLibrary>,
}

/// The largest count a movement takes (more would only stall n / N).
const MAX_COUNT: u32 = 9_999;

/// Rows of the library list above its first article (border, header).
const LIBRARY_CHROME_ROWS: u16 = 3;

impl App {
    /// A reader over `articles`, analysed on demand with
    /// [`analysis::analyze`]; `single_story` (one file was named) opens its
    /// story directly, unless the file held several: then they make the
    /// library.
    pub fn new(articles: Vec<Article>, single_story: bool) -> App {
        App::with_analyzer(articles, single_story, analysis::analyze)
    }

    /// Like [`App::new`] with analyses already made (tests, benchmarks).
    pub fn with_analyses(stories: Vec<(Article, Analysis)>, single_story: bool) -> App {
        let (articles, analyses): (Vec<Article>, Vec<Analysis>) = stories.into_iter().unzip();
        let mut app = App::with_analyzer(articles, false, |_| Analysis::default());
        app.analyses = analyses.into_iter().map(|a| Some(Rc::new(a))).collect();
        app.single_story = single_story && app.articles.len() == 1;
        if app.single_story {
            app.open(0);
        }
        app
    }

    /// Like [`App::new`] with another analyzer.
    pub fn with_analyzer(articles: Vec<Article>, single_story: bool, analyzer: Analyzer) -> App {
        let count = articles.len();
        let single_story = single_story && count == 1;
        let mut app = App {
            articles: articles.into_iter().map(Rc::new).collect(),
            analyses: vec![None; count],
            analyzer,
            single_story,
            area: Rect::new(0, 0, 80, 24),
            screen: Screen::Library,
            library: Library {
                rows: (0..count).collect(),
                ..Library::default()
            },
            story: None,
            people: People::default(),
            story_article: 0,
            story_from_page: false,
            parked_story: None,
            load_errors: Vec::new(),
            overlay: None,
            help_scroll: 0,
            theme: Theme::COLOR,
            count: None,
            outside: Outside::default(),
            quit: false,
            feeds: None,
        };
        if single_story {
            app.open(0);
        }
        app
    }

    /// A reader over the subscriptions in `feeds`.
    pub fn with_feeds(feeds: FeedLibrary) -> App {
        let mut app = App::new(Vec::new(), false);
        app.feeds = Some(feeds);
        app.screen = Screen::Feeds;
        app
    }

    pub fn feeds(&self) -> Option<&FeedLibrary> {
        self.feeds.as_ref()
    }

    /// Background work (a feed refresh, the people index) is under way:
    /// the event loop should also wait for its reports.
    pub fn busy(&self) -> bool {
        self.feeds.as_ref().is_some_and(FeedLibrary::busy) || self.people.indexing()
    }

    /// The reports background work has sent, to feed back into `update`.
    pub fn take_reports(&self) -> Vec<Action> {
        let mut reports = self
            .feeds
            .as_ref()
            .map(FeedLibrary::take_reports)
            .unwrap_or_default();
        reports.extend(self.people.pending());
        reports
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn story(&self) -> Option<&Story> {
        self.story.as_ref()
    }

    pub fn articles(&self) -> &[Rc<Article>] {
        &self.articles
    }

    /// The analysis of article `index`, if it has been made yet.
    pub fn analysis(&self, index: usize) -> Option<&Analysis> {
        self.analyses.get(index)?.as_deref()
    }

    pub fn help_open(&self) -> bool {
        self.overlay == Some(Overlay::Help)
    }

    /// The window over the screen, if one is open.
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }

    /// The files that could not be read.
    pub fn load_errors(&self) -> &[LoadError] {
        &self.load_errors
    }

    /// Keep the files that could not be read, to show in the library.
    pub fn set_load_errors(&mut self, errors: Vec<LoadError>) {
        self.load_errors = errors;
    }

    /// Rows of the overlay scrolled away.
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    /// How the reader draws: in colour, or with modifiers alone.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// Draw in colour (the default) or without (NO_COLOR, `--color never`).
    pub fn set_color(&mut self, color: bool) {
        self.theme = Theme { color };
    }

    /// Open URLs with this `$BROWSER` value (None: `xdg-open`).
    pub fn set_browser(&mut self, browser: Option<std::ffi::OsString>) {
        self.outside.browser = browser;
    }

    /// Send copied quotes here instead of the terminal (OSC 52).
    pub fn set_clipboard(&mut self, sink: ClipboardSink) {
        self.outside.clipboard = sink;
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The terminal area the state was laid out for.
    pub fn area(&self) -> Rect {
        self.area
    }

    /// Where the story panes are, for the open story.
    pub fn story_geometry(&self) -> Option<Geometry> {
        let story = self.story.as_ref()?;
        Some(Geometry::of(story, self.area))
    }

    /// What keys mean right now.
    pub fn key_context(&self) -> KeyContext {
        if self.overlay.is_some() {
            return KeyContext::Help;
        }
        match (&self.screen, &self.story) {
            (Screen::People, _) if self.people.list.prompt_open && self.people.page.is_none() => {
                KeyContext::Prompt
            }
            (Screen::People, _) => KeyContext::People,
            (Screen::Story, Some(story))
                if story.search.prompt_open || story.list_prompt.is_some() =>
            {
                KeyContext::Prompt
            }
            (Screen::Story, Some(story)) => KeyContext::Story(story.focus),
            (Screen::Feeds, _) => KeyContext::Feeds,
            _ if self.library.prompt_open => KeyContext::Prompt,
            _ => KeyContext::Library,
        }
    }

    /// Apply one action: the only way the reader's state changes.
    pub fn update(&mut self, action: Action) {
        let times = match action {
            Action::Count(digit) => {
                if digit > 0 || self.count.is_some() {
                    let count = self.count.unwrap_or(0) * 10 + u32::from(digit);
                    self.count = Some(count.min(MAX_COUNT));
                }
                return;
            }
            Action::Resize { .. } => 1,
            _ => self.count.take().unwrap_or(1),
        };
        let action = match action {
            Action::MoveBy(rows) => Action::MoveBy(rows.saturating_mul(times as i32)),
            Action::Page(pages) => Action::Page(pages.saturating_mul(times as i32)),
            Action::HalfPage(halves) => Action::HalfPage(halves.saturating_mul(times as i32)),
            Action::Next | Action::Previous if times > 1 => {
                for _ in 1..times {
                    self.update_once(action.clone());
                }
                action
            }
            action => action,
        };
        self.update_once(action);
    }

    /// The pending count typed before a movement, if any.
    pub fn pending_count(&self) -> Option<u32> {
        self.count
    }

    fn update_once(&mut self, action: Action) {
        match action {
            Action::Quit => {
                self.quit = true;
                return;
            }
            Action::Resize { width, height } => self.area = Rect::new(0, 0, width, height),
            Action::FeedRefreshed { .. } | Action::RefreshFinished { .. } => {
                if let Some(feeds) = &mut self.feeds {
                    feeds.report(&action);
                }
                if matches!(action, Action::RefreshFinished { .. }) {
                    self.reindex_store();
                }
                return;
            }
            Action::IndexProgress { .. } | Action::IndexReady(_) => {
                self.people.receive(&action);
                return;
            }
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help) => None,
                    _ => Some(Overlay::Help),
                };
                self.help_scroll = 0;
                return;
            }
            _ if self.overlay.is_some() => {
                self.update_overlay(&action);
                return;
            }
            _ => {}
        }
        match self.screen {
            Screen::Library => self.update_library(&action),
            Screen::Story => self.update_story(&action),
            Screen::Feeds => self.update_feeds(&action),
            Screen::People => self.update_people(&action),
        }
    }

    fn update_feeds(&mut self, action: &Action) {
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

    fn update_overlay(&mut self, action: &Action) {
        let rows = match self.overlay {
            Some(Overlay::LoadErrors) => super::draw::load_error_rows(&self.load_errors, self.area),
            _ => super::draw::help_rows(self.area),
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

    fn update_story(&mut self, action: &Action) {
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

    fn update_library(&mut self, action: &Action) {
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

    fn library_list_height(&self) -> u16 {
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
        let found =
            super::library_search::find(&self.articles, within.as_deref(), &self.library.filter);
        self.library.rows = found.rows;
        self.library.match_counts = found.counts;
        self.library.selected = 0;
        self.library.offset = 0;
    }

    /// Analyse the articles whose rows are on screen, for their counts.
    fn analyse_visible_rows(&mut self) {
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

    fn analysis_of(&mut self, index: usize) -> Rc<Analysis> {
        let analyzer = self.analyzer;
        let article = &self.articles[index];
        self.analyses[index]
            .get_or_insert_with(|| Rc::new(analyzer(article)))
            .clone()
    }

    /// Open article `index` in the story screen.
    fn open(&mut self, index: usize) {
        let analysis = self.analysis_of(index);
        self.story = Some(Story::new(self.articles[index].clone(), analysis));
        self.story_article = index;
        self.story_from_page = false;
        self.screen = Screen::Story;
    }

    /// People and quotes counted for a library row, once analysed.
    pub fn counts(&self, index: usize) -> Option<(usize, usize)> {
        let analysis = self.analysis(index)?;
        Some((
            analysis.count(EntityKind::Person),
            analysis.real_quotes().count(),
        ))
    }
}
