//! The reader's whole state, and [`App::update`], the only way it changes.
//!
//! Articles are analysed lazily: when opened, or when their library row
//! comes into view (for the people and quote counts), once each.

use super::action::Action;
use super::feeds::FeedLibrary;
use super::keymap::KeyContext;
use super::outside::{ClipboardSink, Outside};
use super::people::People;
use super::story::{Geometry, Story};
use super::theme::Theme;
use crate::analysis::{self, Analysis, EntityKind};
use crate::article::{Article, LoadError};
use ratatui::layout::Rect;
use std::rc::Rc;

mod library_moves;
mod people_moves;
mod story_moves;

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
            (Screen::Feeds, _) if self.feeds.as_ref().is_some_and(|f| f.prompt_open) => {
                KeyContext::Prompt
            }
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
            Action::IndexProgress { .. } | Action::IndexReady(_) | Action::IndexFailed(_) => {
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
