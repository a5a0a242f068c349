//! The vocabulary between input and state: every change to the reader is
//! one [`Action`], whether it comes from a key, the mouse, a test or a
//! benchmark. `App::update` is the only consumer.

/// The three panes of the story screen, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    Article,
    Entities,
    Quotes,
}

impl Pane {
    pub fn next(self) -> Pane {
        match self {
            Pane::Article => Pane::Entities,
            Pane::Entities => Pane::Quotes,
            Pane::Quotes => Pane::Article,
        }
    }

    pub fn previous(self) -> Pane {
        match self {
            Pane::Article => Pane::Quotes,
            Pane::Entities => Pane::Article,
            Pane::Quotes => Pane::Entities,
        }
    }
}

use super::people::IndexHandle;

/// One thing the user (or a test) asks the reader to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the reader at once, from anywhere (q in the library, Ctrl-C).
    Quit,
    /// Leave the current screen: from a story back to the library, or quit
    /// when the story was opened directly from a file.
    Back,
    /// Close the topmost thing: the help, a search, a speaker filter, the
    /// selection; with nothing left to close, go [`Action::Back`] to the
    /// library (never quits).
    Cancel,
    /// The terminal now has this many columns and rows.
    Resize { width: u16, height: u16 },
    /// Move focus to the next pane (Article -> Entities -> Quotes).
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrevious,
    /// Focus this pane.
    Focus(Pane),
    /// Move the selection (or scroll the article) by this many rows:
    /// negative is up.
    MoveBy(i32),
    /// Move by a whole page (1 down, -1 up) of the focused pane.
    Page(i32),
    /// Move by half a page (1 down, -1 up) of the focused pane.
    HalfPage(i32),
    /// A digit typed before a movement: the next movement (or n / N)
    /// happens that many times, as in less and vim (5j).
    Count(u8),
    /// Go to the first row (or the top of the article).
    Top,
    /// Go to the last row (or the end of the article).
    Bottom,
    /// Enter: open the selected article; from Entities or Quotes, go to the
    /// selection in the article and focus it.
    Activate,
    /// Open the prompt: filter by title in the library, search in a story.
    StartSearch,
    /// Type a character into the open prompt.
    Input(char),
    /// Text pasted into the open prompt, as one edit: the search or filter
    /// is refined once, not once per character. Carries no line breaks or
    /// other control characters (the keymap makes them spaces), so a paste
    /// never submits the prompt.
    Paste(String),
    /// Delete the last character of the open prompt.
    InputBackspace,
    /// Enter in the prompt: keep the filter or search results.
    SubmitInput,
    /// Esc in the prompt: drop the filter or search.
    CancelInput,
    /// n: the next search match, or (in Entities) the selected entity's
    /// next mention.
    Next,
    /// N: the previous search match or mention.
    Previous,
    /// Select the selected quote's speaker in Entities.
    SelectSpeaker,
    /// Show only the selected person's quotes, or all quotes again.
    ToggleSpeakerFilter,
    /// The next quote by the same speaker.
    NextBySameSpeaker,
    /// The previous quote by the same speaker.
    PreviousBySameSpeaker,
    /// z: the focused pane fills the screen, or the panes share it again.
    ToggleZoom,
    /// o: open the article's URL in the browser.
    OpenUrl,
    /// y: copy the selected quote, with its citation, to the clipboard.
    CopyQuote,
    /// Ctrl-Z: give the terminal back and stop, as full-screen programs
    /// do; `fg` brings the reader back, redrawn. The event loop answers it
    /// (src/ui/terminal.rs); the state never sees it.
    Suspend,
    /// Show or hide the key help overlay.
    ToggleHelp,
    /// In the library: list the files that could not be read (again: close).
    ShowLoadErrors,
    /// A left click at this screen cell: focus the pane under it and select
    /// what is there (a row, a mention or a quote in the article).
    Click { column: u16, row: u16 },
    /// The mouse wheel over this cell: scroll that pane by `lines`.
    Wheel { column: u16, row: u16, lines: i32 },
    /// Subscriptions: mark the selected (or open) entry read / unread.
    ToggleRead,
    /// Subscriptions: star / unstar the selected (or open) entry.
    ToggleStarred,
    /// Subscriptions: refresh the selected feed in the background.
    Refresh,
    /// Subscriptions: refresh every feed in the background.
    RefreshAll,
    /// From the background refresh: one feed is done (`error` when it failed).
    FeedRefreshed {
        name: String,
        new: usize,
        error: Option<String>,
    },
    /// From the background refresh: all feeds are done (`error` when the
    /// refresh could not run at all).
    RefreshFinished { error: Option<String> },
    /// P: the People screen (people and organisations across stories).
    OpenPeople,
    /// w: the page of the selected person, or of the selected quote's
    /// speaker, across stories.
    OpenSpeaker,
    /// The index worker has analysed `done` of `total` stories.
    IndexProgress { done: usize, total: usize },
    /// The index worker has finished: the library-wide index.
    IndexReady(IndexHandle),
    /// The index worker failed (it panicked): why, in words.
    IndexFailed(String),
}
