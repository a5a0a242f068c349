//! The subscriptions screen's state: the sources (all unread, starred, each
//! feed with its unread count and error), one source's entries newest
//! first, and the background refresh.
//!
//! Reads go to the store directly (they are quick); fetching runs on a
//! worker thread with its own store connection, which reports back as
//! [`Action`]s through a channel (`feeds_worker`) and never touches this state.

use super::action::Action;
use crate::article::Article;
use crate::store::{EntryId, EntryRow, EntryView, Feed, FeedId, Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};

mod sources_filter;

/// Which list the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Sources,
    Entries,
}

/// What a key on this screen asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedsOutcome {
    Stay,
    Open(EntryId),
    Quit,
}

/// A list's selection and scroll.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    fn move_by(&mut self, rows: i64, len: usize, height: usize) {
        let last = len.saturating_sub(1) as i64;
        self.selected = (self.selected as i64 + rows).clamp(0, last.max(0)) as usize;
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

/// A refresh under way: feeds done of all, and what they brought.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub total: usize,
    pub done: usize,
    pub new: usize,
    pub failed: Vec<String>,
}

pub struct FeedLibrary {
    store: Store,
    path: PathBuf,
    pub feeds: Vec<Feed>,
    pub unread: usize,
    pub starred: usize,
    pub level: Level,
    /// The `/` filter on the sources (smart case, names and URLs).
    pub filter: String,
    /// The filter prompt is open and takes the typing.
    pub prompt_open: bool,
    /// The sources the filter lets through: positions among every source
    /// (the fixed views first, then the feeds); `sources` moves over these.
    pub shown: Vec<usize>,
    pub sources: Cursor,
    /// The source whose entries are listed.
    pub view: EntryView,
    pub entries: Vec<EntryRow>,
    pub entry_cursor: Cursor,
    /// The entry open in the story screen.
    pub open_entry: Option<EntryId>,
    /// A refresh running in the background.
    pub progress: Option<Progress>,
    /// The last thing to tell the user (a finished refresh, an error).
    pub message: Option<String>,
    sender: Sender<Action>,
    inbox: Receiver<Action>,
}

impl std::fmt::Debug for FeedLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedLibrary")
            .field("path", &self.path)
            .field("feeds", &self.feeds.len())
            .field("level", &self.level)
            .finish()
    }
}

/// The first two sources are views over every feed.
pub const FIXED_SOURCES: usize = 2;

impl FeedLibrary {
    pub fn open(path: &Path) -> Result<FeedLibrary, StoreError> {
        let store = Store::open(path)?;
        let (sender, inbox) = mpsc::channel();
        let mut library = FeedLibrary {
            store,
            path: path.to_path_buf(),
            feeds: Vec::new(),
            unread: 0,
            starred: 0,
            level: Level::Sources,
            filter: String::new(),
            prompt_open: false,
            shown: Vec::new(),
            sources: Cursor::default(),
            view: EntryView::Unread,
            entries: Vec::new(),
            entry_cursor: Cursor::default(),
            open_entry: None,
            progress: None,
            message: None,
            sender,
            inbox,
        };
        library.reload();
        Ok(library)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The source rows shown (those the filter lets through).
    pub fn source_count(&self) -> usize {
        self.shown.len()
    }

    /// The view the source row at `position` stands for.
    pub fn source_view(&self, position: usize) -> EntryView {
        match self.shown.get(position).copied().unwrap_or(0) {
            0 => EntryView::Unread,
            1 => EntryView::Starred,
            n => self
                .feeds
                .get(n - FIXED_SOURCES)
                .map_or(EntryView::Unread, |f| EntryView::Feed(f.id)),
        }
    }

    /// The subscription selected (or whose entries are listed).
    pub fn selected_feed(&self) -> Option<&Feed> {
        let id = match (self.level, self.view) {
            (Level::Entries, EntryView::Feed(id)) => id,
            (Level::Sources, _) => match self.source_view(self.sources.selected) {
                EntryView::Feed(id) => id,
                _ => return None,
            },
            _ => return None,
        };
        self.feeds.iter().find(|f| f.id == id)
    }

    /// The title a view goes by.
    pub fn view_title(&self, view: EntryView) -> String {
        match view {
            EntryView::Unread => "All unread".to_string(),
            EntryView::Starred => "Starred".to_string(),
            EntryView::All => "All".to_string(),
            EntryView::Feed(id) => self
                .feeds
                .iter()
                .find(|f| f.id == id)
                .map_or_else(String::new, |f| f.name().to_string()),
        }
    }

    /// Read the feeds, counts and listed entries again, keeping selections.
    pub fn reload(&mut self) {
        let result = (|| -> Result<(), StoreError> {
            self.feeds = self.store.feeds()?;
            self.refilter_sources();
            (self.unread, self.starred) = self.store.counts()?;
            if self.level == Level::Entries {
                let keep = self.entries.get(self.entry_cursor.selected).map(|e| e.id);
                self.entries = self.store.entries(self.view)?;
                if let Some(position) =
                    keep.and_then(|id| self.entries.iter().position(|e| e.id == id))
                {
                    self.entry_cursor.selected = position;
                }
                self.entry_cursor.selected = self
                    .entry_cursor
                    .selected
                    .min(self.entries.len().saturating_sub(1));
            }
            self.sources.selected = self
                .sources
                .selected
                .min(self.source_count().saturating_sub(1));
            Ok(())
        })();
        if let Err(err) = result {
            // The fixed views still show.
            self.refilter_sources();
            self.message = Some(err.to_string());
        }
    }

    /// Apply one action on this screen; `height` is the list's row count.
    pub fn update(&mut self, action: &Action, height: usize) -> FeedsOutcome {
        if self.prompt_open {
            self.update_prompt(action);
            return FeedsOutcome::Stay;
        }
        let page = height.max(1) as i64;
        let moved = match action {
            Action::MoveBy(rows) => Some(i64::from(*rows)),
            Action::Page(pages) => Some(i64::from(*pages) * page),
            Action::HalfPage(halves) => Some(i64::from(*halves) * (page / 2).max(1)),
            Action::Wheel { lines, .. } => Some(i64::from(*lines)),
            Action::Top => Some(i64::MIN / 2),
            Action::Bottom => Some(i64::MAX / 2),
            _ => None,
        };
        if let Some(rows) = moved {
            match self.level {
                Level::Sources => self.sources.move_by(rows, self.source_count(), height),
                Level::Entries => self.entry_cursor.move_by(rows, self.entries.len(), height),
            }
            return FeedsOutcome::Stay;
        }
        match (action, self.level) {
            (Action::Activate, Level::Sources) if self.sources.selected < self.source_count() => {
                self.show_entries(self.source_view(self.sources.selected))
            }
            (Action::StartSearch, Level::Sources) => self.prompt_open = true,
            (Action::Cancel, Level::Sources) if !self.filter.is_empty() => {
                self.filter.clear();
                self.refilter_sources();
            }
            (Action::Activate, Level::Entries) => {
                if let Some(entry) = self.entries.get(self.entry_cursor.selected) {
                    return FeedsOutcome::Open(entry.id);
                }
            }
            (Action::Back | Action::Cancel, Level::Entries) => {
                self.level = Level::Sources;
                self.reload();
            }
            (Action::Back, Level::Sources) => return FeedsOutcome::Quit,
            (Action::ToggleRead, Level::Entries) => self.toggle_read(),
            (Action::ToggleStarred, Level::Entries) => self.toggle_starred(),
            (Action::Refresh, _) => {
                let feed = self.selected_feed().map(|f| f.id);
                match feed {
                    Some(id) => self.start_refresh(Some(vec![id])),
                    None => {
                        self.message =
                            Some("select a feed to refresh it (R refreshes all)".to_string())
                    }
                }
            }
            (Action::RefreshAll, _) => self.start_refresh(None),
            _ => {}
        }
        FeedsOutcome::Stay
    }

    /// A click on the `row`-th row of the list: select it; on the selected
    /// row, open it.
    pub fn click_row(&mut self, row: usize, height: usize) -> FeedsOutcome {
        let (cursor, len) = match self.level {
            Level::Sources => (self.sources, self.source_count()),
            Level::Entries => (self.entry_cursor, self.entries.len()),
        };
        let position = cursor.offset + row;
        if position >= len {
            return FeedsOutcome::Stay;
        }
        if position == cursor.selected {
            return self.update(&Action::Activate, height);
        }
        match self.level {
            Level::Sources => self.sources.selected = position,
            Level::Entries => self.entry_cursor.selected = position,
        }
        FeedsOutcome::Stay
    }

    fn show_entries(&mut self, view: EntryView) {
        self.view = view;
        self.level = Level::Entries;
        self.entry_cursor = Cursor::default();
        match self.store.entries(view) {
            Ok(entries) => self.entries = entries,
            Err(err) => self.message = Some(err.to_string()),
        }
    }

    fn toggle_read(&mut self) {
        let Some(entry) = self.entries.get(self.entry_cursor.selected) else {
            return;
        };
        let (id, read) = (entry.id, !entry.read);
        self.set_read(id, read);
    }

    fn toggle_starred(&mut self) {
        let Some(entry) = self.entries.get(self.entry_cursor.selected) else {
            return;
        };
        let (id, starred) = (entry.id, !entry.starred);
        self.set_starred(id, starred);
    }

    /// Mark `id` read or unread, in the store and in the lists.
    pub fn set_read(&mut self, id: EntryId, read: bool) {
        let listed = self.entries.iter().position(|e| e.id == id);
        let was = listed.map(|i| self.entries[i].read);
        match self.store.set_read(id, read) {
            Ok(()) => {
                self.message = None;
                let Some(i) = listed else {
                    self.refresh_counts();
                    return;
                };
                self.entries[i].read = read;
                // The counts follow without asking the store again.
                if was != Some(read) {
                    let feed = self.entries[i].feed_id;
                    let step = |n: &mut usize| *n = if read { n.saturating_sub(1) } else { *n + 1 };
                    step(&mut self.unread);
                    if let Some(feed) = self.feeds.iter_mut().find(|f| f.id == feed) {
                        step(&mut feed.unread);
                    }
                }
            }
            Err(err) => self.message = Some(err.to_string()),
        }
    }

    pub fn set_starred(&mut self, id: EntryId, starred: bool) {
        let listed = self.entries.iter().position(|e| e.id == id);
        let was = listed.map(|i| self.entries[i].starred);
        match self.store.set_starred(id, starred) {
            Ok(()) => {
                self.message = None;
                let Some(i) = listed else {
                    self.refresh_counts();
                    return;
                };
                self.entries[i].starred = starred;
                if was != Some(starred) {
                    self.starred = if starred {
                        self.starred + 1
                    } else {
                        self.starred.saturating_sub(1)
                    };
                }
            }
            Err(err) => self.message = Some(err.to_string()),
        }
    }

    /// Back from the story: the list stays as it was (a read entry keeps
    /// its row until the list is left).
    pub fn after_story(&mut self) {
        self.open_entry = None;
    }

    fn refresh_counts(&mut self) {
        if let Ok(feeds) = self.store.feeds() {
            self.feeds = feeds;
        }
        if let Ok(counts) = self.store.counts() {
            (self.unread, self.starred) = counts;
        }
    }

    /// The entry as an article, marked read; `None` (with a message) when
    /// the store cannot give it.
    pub fn open_article(&mut self, id: EntryId) -> Option<Article> {
        match self.store.article(id) {
            Ok(Some(article)) => {
                self.open_entry = Some(id);
                self.set_read(id, true);
                Some(article)
            }
            Ok(None) => {
                self.message = Some("this entry is no longer in the store".to_string());
                None
            }
            Err(err) => {
                self.message = Some(err.to_string());
                None
            }
        }
    }

    /// Whether the open entry is read / starred (for the story's keys).
    pub fn open_entry_state(&self) -> Option<(EntryId, bool, bool)> {
        let id = self.open_entry?;
        let entry = self.entries.iter().find(|e| e.id == id)?;
        Some((id, entry.read, entry.starred))
    }

    pub fn busy(&self) -> bool {
        self.progress.is_some()
    }

    /// Actions the background work has sent since the last call.
    pub fn take_reports(&self) -> Vec<Action> {
        self.inbox.try_iter().collect()
    }

    fn start_refresh(&mut self, feeds: Option<Vec<FeedId>>) {
        if self.busy() {
            self.message = Some("a refresh is already running".to_string());
            return;
        }
        let chosen: Vec<Feed> = self
            .feeds
            .iter()
            .filter(|f| feeds.as_ref().is_none_or(|ids| ids.contains(&f.id)))
            .cloned()
            .collect();
        if chosen.is_empty() {
            self.message = Some("no subscriptions to refresh".to_string());
            return;
        }
        self.progress = Some(Progress {
            total: chosen.len(),
            ..Progress::default()
        });
        self.message = None;
        super::feeds_worker::spawn_refresh(self.path.clone(), chosen, self.sender.clone());
    }

    /// A report from the background refresh.
    pub fn report(&mut self, action: &Action) {
        match action {
            Action::FeedRefreshed { name, new, error } => {
                if let Some(progress) = &mut self.progress {
                    progress.done += 1;
                    progress.new += new;
                    if let Some(error) = error {
                        progress.failed.push(format!("{name}: {error}"));
                    }
                }
                self.reload();
            }
            Action::RefreshFinished { error } => {
                let progress = self.progress.take().unwrap_or_default();
                let mut message = format!(
                    "refreshed {} feeds: {} new entries",
                    progress.done, progress.new
                );
                if !progress.failed.is_empty() {
                    message.push_str(&format!(
                        ", {} failed: {}",
                        progress.failed.len(),
                        progress.failed.join("; ")
                    ));
                }
                if let Some(error) = error {
                    message = format!("refresh failed: {error}");
                }
                self.message = Some(message);
                self.reload();
            }
            _ => {}
        }
    }
}
