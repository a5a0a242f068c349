//! The People screen's state: the library-wide index (built on a worker
//! thread that reports back as actions), the list of people and
//! organisations with its filter and tabs, and a person's page.
//! [`People::update`] changes it; `App` acts on what it returns (leave,
//! open a story at a quote).

use super::action::Action;
use crate::analysis::EntityKind;
use crate::article::Article;
use crate::index::{AnalysisCache, FigureId, Index, store_entries};
use crate::store::{EntryId, Store};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// The finished index, as an action carries it to the reader, with each
/// of its stories' place among the reader's articles (worked out by the
/// worker, so the reader takes the index at no cost).
#[derive(Debug, Clone)]
pub struct IndexHandle {
    pub index: Arc<Index>,
    /// Story number in the index -> index into the reader's articles.
    pub article_of_story: Arc<Vec<Option<usize>>>,
    /// Story number in the index -> the store's entry, when the index was
    /// built from the subscriptions (then the reader has no articles).
    pub entry_of_story: Arc<Vec<Option<EntryId>>>,
}

impl IndexHandle {
    /// `index`, matched against the reader's `articles`.
    pub fn new<A: std::borrow::Borrow<Article>>(index: Arc<Index>, articles: &[A]) -> Self {
        let mut article_of_story = vec![None; index.stories().len()];
        for (position, article) in articles.iter().enumerate() {
            if let Some(number) = index.story_number(article.borrow()) {
                article_of_story[number as usize] = Some(position);
            }
        }
        IndexHandle {
            index,
            article_of_story: Arc::new(article_of_story),
            entry_of_story: Arc::default(),
        }
    }

    /// `index` of the store's entries `ids` (read as `articles`).
    pub fn of_entries(index: Arc<Index>, ids: &[EntryId], articles: &[Article]) -> Self {
        let mut entry_of_story = vec![None; index.stories().len()];
        for (&id, article) in ids.iter().zip(articles) {
            if let Some(number) = index.story_number(article) {
                entry_of_story[number as usize] = Some(id);
            }
        }
        IndexHandle {
            index,
            article_of_story: Arc::default(),
            entry_of_story: Arc::new(entry_of_story),
        }
    }
}

impl PartialEq for IndexHandle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.index, &other.index)
    }
}

impl Eq for IndexHandle {}

/// Build the index of `articles` on a worker thread. It reports
/// [`Action::IndexProgress`] as it goes and [`Action::IndexReady`] at the
/// end, or [`Action::IndexFailed`] if it panicked, through the channel
/// returned; it never touches the reader's state.
pub fn spawn_indexing(
    articles: Vec<Article>,
    mut cache: Box<dyn AnalysisCache + Send>,
) -> Receiver<Action> {
    spawn_index_worker(move |progress| {
        let mut index = Index::new();
        index.add_with_progress(&articles, cache.as_mut(), progress);
        IndexHandle::new(Arc::new(index), &articles)
    })
}

/// Build the index of every entry in the store at `db` on a worker thread,
/// with the store as the analysis cache (its own connection, as a refresh
/// has). It reports as [`spawn_indexing`] does; the index's stories lead to
/// their entries, read from the store when opened (the reader holds no
/// article). A store that cannot be read gives an empty index: the
/// subscriptions screen already says what is wrong with it.
pub fn spawn_store_indexing(db: PathBuf) -> Receiver<Action> {
    spawn_index_worker(move |progress| {
        let mut index = Index::new();
        let (mut ids, mut articles) = (Vec::new(), Vec::new());
        if let Ok(mut store) = Store::open(&db) {
            (ids, articles) = store_entries(&store)
                .unwrap_or_default()
                .into_iter()
                .unzip();
            index.add_with_progress(&articles, &mut store, progress);
        }
        IndexHandle::of_entries(Arc::new(index), &ids, &articles)
    })
}

/// Run `build` on a worker whose panic is caught (`ui::worker`), passing
/// it a progress callback; its reports come through the channel returned.
fn spawn_index_worker(
    build: impl FnOnce(&mut dyn FnMut(usize, usize)) -> IndexHandle + Send + 'static,
) -> Receiver<Action> {
    let (sender, receiver) = channel();
    let progress = sender.clone();
    let done = sender.clone();
    let work = move || {
        build(&mut |done, total| {
            let _ = progress.send(Action::IndexProgress { done, total });
        })
    };
    let report = move |built: Result<IndexHandle, String>| {
        let _ = done.send(match built {
            Ok(handle) => Action::IndexReady(handle),
            Err(why) => Action::IndexFailed(why),
        });
    };
    if let Err(err) = super::worker::spawn_caught("index", work, report) {
        let _ = sender.send(Action::IndexFailed(format!("cannot start: {err}")));
    }
    receiver
}

/// The list's two tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    People,
    Organizations,
}

impl Tab {
    pub fn kind(self) -> EntityKind {
        match self {
            Tab::People => EntityKind::Person,
            Tab::Organizations => EntityKind::Organization,
        }
    }
}

/// The list of figures of one kind: filter, selection, scroll.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureList {
    pub tab: Tab,
    /// Typed name filter (case-insensitive, names and aliases).
    pub filter: String,
    pub prompt_open: bool,
    pub rows: Vec<FigureId>,
    pub selected: usize,
    pub offset: usize,
}

/// Where a row of a person's page leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A story, by its number in the index.
    Story(u32),
    /// A quote: story number and quote number in the index's story.
    Quote(u32, u32),
}

/// A person's page: the figure and the rows that lead somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub figure: FigureId,
    /// Stories naming the figure, newest first.
    pub stories: Vec<u32>,
    /// The figure's quotes (story, quote), newest story first.
    pub quotes: Vec<(u32, u32)>,
    /// Selected position in stories-then-quotes.
    pub selected: usize,
    /// Opened with `w` from a story: leaving goes back to it.
    pub from_story: bool,
}

impl Page {
    pub fn targets(&self) -> impl Iterator<Item = Target> + '_ {
        let stories = self.stories.iter().map(|&s| Target::Story(s));
        stories.chain(self.quotes.iter().map(|&(s, q)| Target::Quote(s, q)))
    }

    fn len(&self) -> usize {
        self.stories.len() + self.quotes.len()
    }
}

/// What the app should do after the People screen handled an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Leave the screen (to the library, or the story `w` came from).
    Leave,
    /// Open this story, with this quote (index into its analysis' quotes)
    /// selected.
    Open {
        story: Opened,
        quote: Option<usize>,
    },
}

/// Where a story of the index is, for the reader to open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// At this index of the app's articles (a library of files).
    Article(usize),
    /// This entry of the store (the subscriptions).
    Entry(EntryId),
}

/// The People screen and the index behind it.
#[derive(Debug, Default)]
pub struct People {
    pub index: Option<Arc<Index>>,
    /// Stories analysed so far and in all, while the index is being built.
    pub progress: Option<(usize, usize)>,
    /// Why the last index could not be built.
    pub failed: Option<String>,
    pub list: FigureList,
    pub page: Option<Page>,
    /// Story number in the index -> index into the app's articles.
    article_of_story: Arc<Vec<Option<usize>>>,
    /// Story number in the index -> the store's entry (subscriptions).
    entry_of_story: Arc<Vec<Option<EntryId>>>,
    /// The worker building the index, while it runs.
    pub receiver: Option<Receiver<Action>>,
}

impl People {
    /// Take the worker's report: progress, or the finished index.
    pub fn receive(&mut self, action: &Action) {
        match action {
            Action::IndexProgress { done, total } => self.progress = Some((*done, *total)),
            Action::IndexFailed(why) => {
                self.failed = Some(why.clone());
                self.progress = None;
                self.receiver = None;
            }
            Action::IndexReady(handle) => {
                // Figure numbers belong to one version of the index: an
                // open page is found again by name in the new one.
                let shown = self.page.as_ref().and_then(|page| {
                    let figure = self.index.as_ref()?.figure(page.figure);
                    Some((figure.kind, figure.name.clone(), page.from_story))
                });
                self.article_of_story = handle.article_of_story.clone();
                self.entry_of_story = handle.entry_of_story.clone();
                self.index = Some(handle.index.clone());
                self.progress = None;
                self.failed = None;
                self.receiver = None;
                self.refilter();
                self.page = None;
                if let Some((kind, name, from_story)) = shown {
                    let again = handle.index.ranked_of(kind).find(|f| f.name == name);
                    if let Some(id) = again.map(|f| f.id) {
                        self.open_page(id, from_story);
                    }
                }
            }
            _ => {}
        }
    }

    /// The index worker is running (it may still report).
    pub fn indexing(&self) -> bool {
        self.receiver.is_some()
    }

    /// The worker's reports so far, without waiting. A worker gone
    /// without its last word is reported as a failure, so nothing waits
    /// for it forever.
    pub fn pending(&self) -> Vec<Action> {
        let Some(receiver) = &self.receiver else {
            return Vec::new();
        };
        let mut reports: Vec<Action> = receiver.try_iter().collect();
        if reports.is_empty() && matches!(receiver.try_recv(), Err(TryRecvError::Disconnected)) {
            reports.push(Action::IndexFailed("the index worker stopped".to_string()));
        }
        reports
    }

    /// The article a story of the index is, in the app's articles.
    pub fn article_of(&self, story: u32) -> Option<usize> {
        self.article_of_story.get(story as usize).copied().flatten()
    }

    /// The store's entry a story of the index is (on the subscriptions).
    pub fn entry_of(&self, story: u32) -> Option<EntryId> {
        self.entry_of_story.get(story as usize).copied().flatten()
    }

    /// The figure an entity of an opened article belongs to.
    pub fn figure_of_entity(&self, article: &Article, entity: usize) -> Option<FigureId> {
        let index = self.index.as_ref()?;
        index.figure_of_entity(index.story_number(article)?, entity)
    }

    /// Show the list afresh (from the library).
    pub fn open_list(&mut self) {
        self.page = None;
        self.list.prompt_open = false;
    }

    /// Open `figure`'s page.
    pub fn open_page(&mut self, figure: FigureId, from_story: bool) {
        let Some(index) = &self.index else {
            return;
        };
        let mut stories = index.figure(figure).stories.clone();
        let meta = |s: &u32| &index.stories()[*s as usize].meta;
        stories.sort_by(|a, b| {
            let (a, b) = (meta(a), meta(b));
            b.published
                .is_some()
                .cmp(&a.published.is_some())
                .then_with(|| b.published.cmp(&a.published))
                .then_with(|| a.title.cmp(&b.title))
        });
        let quotes = index
            .quotes_of(figure)
            .iter()
            .map(|c| {
                let number = index.stories()[c.story as usize]
                    .quotes
                    .iter()
                    .position(|q| q.index == c.quote.index)
                    .unwrap_or(0);
                (c.story, number as u32)
            })
            .collect();
        self.page = Some(Page {
            figure,
            stories,
            quotes,
            selected: 0,
            from_story,
        });
    }

    /// Apply one action; `height` is how many rows the list or page shows.
    pub fn update(&mut self, action: &Action, height: usize) -> Outcome {
        if self.page.is_some() {
            return self.update_page(action, height);
        }
        if self.list.prompt_open {
            match action {
                Action::Input(ch) => self.list.filter.push(*ch),
                // A paste, or a burst of typing joined by the event loop.
                Action::Paste(text) => self.list.filter.push_str(text),
                Action::InputBackspace => {
                    self.list.filter.pop();
                }
                Action::SubmitInput => self.list.prompt_open = false,
                Action::CancelInput => {
                    self.list.prompt_open = false;
                    self.list.filter.clear();
                }
                _ => return Outcome::Stay,
            }
            self.refilter();
            return Outcome::Stay;
        }
        let list = &mut self.list;
        match action {
            Action::Back => return Outcome::Leave,
            Action::Cancel if !list.filter.is_empty() => {
                list.filter.clear();
                self.refilter();
            }
            Action::Cancel => return Outcome::Leave,
            Action::StartSearch => list.prompt_open = true,
            Action::FocusNext | Action::FocusPrevious => {
                list.tab = match list.tab {
                    Tab::People => Tab::Organizations,
                    Tab::Organizations => Tab::People,
                };
                self.refilter();
            }
            Action::Activate => {
                if let Some(&figure) = list.rows.get(list.selected) {
                    self.open_page(figure, false);
                }
            }
            _ => {
                let len = list.rows.len();
                list.selected = moved(list.selected, action, len, height);
                list.offset = visible_offset(list.offset, list.selected, height);
            }
        }
        Outcome::Stay
    }

    fn update_page(&mut self, action: &Action, height: usize) -> Outcome {
        let Some(page) = self.page.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Action::Back | Action::Cancel => {
                if page.from_story {
                    self.page = None;
                    return Outcome::Leave;
                }
                self.page = None;
            }
            Action::Activate => {
                let target = page.targets().nth(page.selected);
                let (story, quote) = match target {
                    Some(Target::Story(story)) => (story, None),
                    Some(Target::Quote(story, quote)) => (story, Some(quote)),
                    None => return Outcome::Stay,
                };
                let opened = match (self.article_of(story), self.entry_of(story)) {
                    (Some(article), _) => Opened::Article(article),
                    (None, Some(entry)) => Opened::Entry(entry),
                    (None, None) => return Outcome::Stay,
                };
                let quote = quote.and_then(|q| {
                    let index = self.index.as_ref()?;
                    Some(index.stories()[story as usize].quotes[q as usize].index)
                });
                return Outcome::Open {
                    story: opened,
                    quote,
                };
            }
            _ => {
                page.selected = moved(page.selected, action, page.len(), height);
            }
        }
        Outcome::Stay
    }

    /// Recompute the list's rows for its tab and filter.
    fn refilter(&mut self) {
        let list = &mut self.list;
        list.selected = 0;
        list.offset = 0;
        let Some(index) = &self.index else {
            list.rows.clear();
            return;
        };
        let needle = list.filter.to_lowercase();
        list.rows = index
            .ranked_of(list.tab.kind())
            .filter(|f| {
                needle.is_empty()
                    || f.name.to_lowercase().contains(&needle)
                    || f.aliases.iter().any(|a| a.to_lowercase().contains(&needle))
            })
            .map(|f| f.id)
            .collect();
    }
}

/// The selection after a movement action in a list of `len` rows.
fn moved(selected: usize, action: &Action, len: usize, height: usize) -> usize {
    let page = height.max(1) as i64;
    let by = match action {
        Action::MoveBy(rows) => i64::from(*rows),
        Action::Page(pages) => i64::from(*pages) * page,
        Action::HalfPage(halves) => i64::from(*halves) * (page / 2).max(1),
        Action::Top => i64::MIN / 2,
        Action::Bottom => i64::MAX / 2,
        Action::Wheel { lines, .. } => i64::from(*lines),
        _ => 0,
    };
    let last = len.saturating_sub(1) as i64;
    (selected as i64 + by).clamp(0, last) as usize
}

/// The first row shown so that `selected` is in a view of `height` rows.
fn visible_offset(offset: usize, selected: usize, height: usize) -> usize {
    let height = height.max(1);
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}
