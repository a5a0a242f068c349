//! One open story: the article, its analysis and everything the reader has
//! selected, scrolled or searched in it. Changed only through
//! [`Story::update`], which `App::update` calls while the story is open.
//!
//! - [`scroll`]: the article's scroll position and going to a span.
//! - [`sidebar`]: the Entities and Quotes panes and the links between them.
//! - [`find`]: the search prompt and moving between matches.
//! - [`filter`]: filters typed over the Entities and Quotes lists.

mod filter;
mod find;
mod scroll;
mod sidebar;

pub use sidebar::{EntityRow, quote_text_lines};

use super::action::{Action, Pane};
use super::layout::{self, ArticleGeometry, StoryLayout};
use super::lines::{ArticleLines, LinePos};
use super::wrap::WrapCache;
use crate::analysis::Analysis;
use crate::article::{Article, Span};
use ratatui::layout::Rect;
use std::rc::Rc;

/// What the article highlights strongly: the last thing selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Highlight {
    #[default]
    Nothing,
    /// A quote, by index into `analysis.quotes`.
    Quote(usize),
    /// An entity (index into `analysis.entities`) and its current mention.
    Entity { entity: usize, mention: usize },
}

/// What a quote or mention is, for marking the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Mention { entity: usize },
    Quote { quote: usize },
}

/// A quote or mention inside one paragraph (byte range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// The search prompt and its results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The prompt is open and takes the typing.
    pub prompt_open: bool,
    pub query: String,
    /// Every match, in story order.
    pub matches: Vec<Span>,
    /// Index into `matches` of the match the reader is on.
    pub current: Option<usize>,
    /// Bytes in the longest match (so drawing a line looks only at the
    /// matches that can reach it).
    pub longest: usize,
    /// While typing: the matches of each shorter query, for Backspace.
    pub typed: Vec<Vec<Span>>,
}

impl Search {
    /// Take a new set of matches.
    pub fn set_matches(&mut self, matches: Vec<Span>) {
        self.longest = matches.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        self.matches = matches;
    }
}

/// Where the story's panes are for the current terminal size.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub panes: StoryLayout,
    pub article: ArticleGeometry,
}

impl Geometry {
    /// The panes side by side, or (`zoomed`) the focused one alone on the
    /// whole screen. Zoomed, the article is laid out at the whole width even
    /// while a list fills the screen, so its place survives the switch.
    pub fn new(area: Rect, paragraph_count: usize, zoomed: Option<Pane>) -> Self {
        let side_by_side = layout::story(area);
        let Some(pane) = zoomed else {
            return Geometry {
                panes: side_by_side,
                article: ArticleGeometry::new(side_by_side.article, paragraph_count),
            };
        };
        let whole = layout::zoomed(area);
        let hidden = Rect::new(whole.article.x, whole.article.y, 0, 0);
        let panes = StoryLayout {
            article: if pane == Pane::Article {
                whole.article
            } else {
                hidden
            },
            entities: if pane == Pane::Entities {
                whole.article
            } else {
                hidden
            },
            quotes: if pane == Pane::Quotes {
                whole.article
            } else {
                hidden
            },
            status: whole.status,
        };
        Geometry {
            panes,
            article: ArticleGeometry::new(whole.article, paragraph_count),
        }
    }

    /// Geometry for `story` on `area`.
    pub fn of(story: &Story, area: Rect) -> Self {
        let zoomed = story.zoomed.then_some(story.focus);
        Geometry::new(area, story.article.paragraphs.len(), zoomed)
    }

    pub fn entities_height(&self) -> usize {
        usize::from(layout::inner(self.panes.entities).height)
    }

    pub fn quotes_inner(&self) -> Rect {
        layout::inner(self.panes.quotes)
    }
}

/// What the app should do after a story handled an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Leave the story (to the library, or quit when opened from a file).
    Leave,
}

/// An open story and the reader's place in it.
#[derive(Debug)]
pub struct Story {
    pub article: Rc<Article>,
    pub analysis: Rc<Analysis>,
    pub focus: Pane,
    /// The first display line of the article pane.
    pub top: LinePos,
    /// Sidebar rows: a heading per kind present, then its entities.
    pub entity_rows: Vec<EntityRow>,
    /// Selected entity (index into `analysis.entities`).
    pub selected_entity: Option<usize>,
    /// First sidebar row shown.
    pub entity_offset: usize,
    /// Each entity's mentions, sorted in story order.
    pub mentions: Vec<Vec<Span>>,
    /// Show only this person's quotes (index into `analysis.entities`).
    pub speaker_filter: Option<usize>,
    /// The quotes the Quotes pane lists, in story order.
    pub(super) quote_rows: Vec<usize>,
    /// Selected quote (index into `analysis.quotes`).
    pub selected_quote: Option<usize>,
    /// First quote shown (position in the visible quote list).
    pub quote_offset: usize,
    pub highlight: Highlight,
    pub search: Search,
    /// Per paragraph: its mentions and quotes, sorted by start.
    pub marks: Vec<Vec<Mark>>,
    /// Bytes in the longest mark (mention or quote).
    pub longest_mark: usize,
    /// Wrapped lines per block at the current article width.
    pub wrap: WrapCache,
    /// A short note for the status line ("no quotes by this speaker").
    pub message: Option<String>,
    /// The focused pane fills the screen (z).
    pub zoomed: bool,
    /// Typed filters over the Entities and Quotes lists (/ there).
    pub entity_filter: String,
    pub quote_filter: String,
    /// The list whose filter prompt is open and takes the typing.
    pub list_prompt: Option<Pane>,
}

impl Story {
    pub fn new(article: Rc<Article>, analysis: Rc<Analysis>) -> Self {
        let mentions: Vec<Vec<Span>> = analysis
            .entities
            .iter()
            .map(|entity| {
                let mut spans = entity.mentions.clone();
                spans.sort();
                spans
            })
            .collect();
        let marks = build_marks(&article, &analysis, &mentions);
        let longest_mark = marks
            .iter()
            .flatten()
            .map(|mark| mark.end.saturating_sub(mark.start))
            .max()
            .unwrap_or(0);
        let entity_rows = sidebar::entity_rows(&analysis, |_| true);
        let quote_rows = (0..analysis.quotes.len()).collect();
        Story {
            article,
            analysis,
            focus: Pane::Article,
            top: LinePos::default(),
            entity_rows,
            selected_entity: None,
            entity_offset: 0,
            mentions,
            speaker_filter: None,
            quote_rows,
            selected_quote: None,
            quote_offset: 0,
            highlight: Highlight::Nothing,
            search: Search::default(),
            marks,
            longest_mark,
            wrap: WrapCache::default(),
            message: None,
            zoomed: false,
            entity_filter: String::new(),
            quote_filter: String::new(),
            list_prompt: None,
        }
    }

    /// The article as display lines at the width `geo` gives it.
    pub fn lines(&self, geo: &Geometry) -> ArticleLines<'_> {
        ArticleLines::new(&self.article, &self.wrap, geo.article.wrap_width())
    }

    /// Apply one action; `geo` says where the panes are.
    pub fn update(&mut self, action: &Action, geo: &Geometry) -> Outcome {
        self.message = None;
        if self.search.prompt_open && self.update_prompt(action, geo) {
            return Outcome::Stay;
        }
        if self.list_prompt.is_some() && self.update_list_prompt(action, geo) {
            return Outcome::Stay;
        }
        match action {
            Action::Back => return Outcome::Leave,
            Action::Cancel => return self.cancel(geo),
            Action::Resize { .. } => self.after_resize(geo),
            Action::FocusNext => self.focus_pane(self.focus.next(), geo),
            Action::FocusPrevious => self.focus_pane(self.focus.previous(), geo),
            Action::Focus(pane) => self.focus_pane(*pane, geo),
            Action::MoveBy(rows) => self.move_by(*rows as i64, geo),
            Action::Page(pages) => self.move_by(*pages as i64 * self.page(geo), geo),
            Action::HalfPage(halves) => {
                self.move_by(*halves as i64 * (self.page(geo) / 2).max(1), geo)
            }
            Action::Top => self.move_to_end(false, geo),
            Action::Bottom => self.move_to_end(true, geo),
            Action::Activate => self.activate(geo),
            Action::StartSearch => match self.focus {
                Pane::Article => self.open_prompt(),
                list => self.open_list_prompt(list, geo),
            },
            Action::ToggleZoom => self.zoomed = !self.zoomed,
            Action::Next => self.step(1, geo),
            Action::Previous => self.step(-1, geo),
            Action::SelectSpeaker => self.select_speaker(geo),
            Action::ToggleSpeakerFilter => self.toggle_speaker_filter(geo),
            Action::NextBySameSpeaker => self.quote_by_same_speaker(1, geo),
            Action::PreviousBySameSpeaker => self.quote_by_same_speaker(-1, geo),
            Action::Click { column, row } => self.click(*column, *row, geo),
            Action::Wheel { column, row, lines } => self.wheel(*column, *row, *lines, geo),
            Action::Quit
            | Action::Count(_)
            | Action::ToggleHelp
            | Action::ShowLoadErrors
            | Action::OpenUrl
            | Action::CopyQuote
            | Action::Input(_)
            | Action::Paste(_)
            | Action::Suspend
            | Action::InputBackspace
            | Action::SubmitInput
            | Action::CancelInput => {}
            // The People screen's business, handled by the app.
            Action::OpenPeople
            | Action::OpenSpeaker
            | Action::IndexProgress { .. }
            | Action::IndexReady(_)
            | Action::IndexFailed(_) => {}
            // Subscriptions' business, handled by the app.
            Action::ToggleRead
            | Action::ToggleStarred
            | Action::Refresh
            | Action::RefreshAll
            | Action::FeedRefreshed { .. }
            | Action::RefreshFinished { .. } => {}
        }
        Outcome::Stay
    }

    /// Select quote `quote` in Quotes and in the article (a person's page
    /// opens a story at one of their quotes).
    pub fn show_quote(&mut self, quote: usize, geo: &Geometry) {
        if quote < self.analysis.quotes.len() {
            self.focus = Pane::Quotes;
            self.select_quote(quote, geo);
        }
    }

    /// Rows a page moves in the focused pane.
    fn page(&self, geo: &Geometry) -> i64 {
        let rows = match self.focus {
            Pane::Article => geo.article.height(),
            Pane::Entities => geo.entities_height(),
            Pane::Quotes => usize::from(geo.quotes_inner().height) / 3,
        };
        rows.max(1) as i64
    }

    fn move_by(&mut self, rows: i64, geo: &Geometry) {
        match self.focus {
            Pane::Article => self.scroll_by(rows, geo),
            Pane::Entities => self.move_entity_selection(rows, geo),
            Pane::Quotes => self.move_quote_selection(rows, geo),
        }
    }

    fn move_to_end(&mut self, bottom: bool, geo: &Geometry) {
        let far = if bottom { i64::MAX / 2 } else { i64::MIN / 2 };
        match self.focus {
            Pane::Article if bottom => self.scroll_to_end(geo),
            Pane::Article => self.top = LinePos::default(),
            _ => self.move_by(far, geo),
        }
    }

    /// Focus `pane`; a list shows its selected row at once (the first,
    /// when nothing was chosen), without moving the article.
    fn focus_pane(&mut self, pane: Pane, geo: &Geometry) {
        self.focus = pane;
        match pane {
            Pane::Entities if self.selected_entity.is_none() => {
                if let Some(first) = self.entity_order().first().copied() {
                    self.select_entity_row(first, geo);
                }
            }
            Pane::Quotes if self.selected_quote.is_none() => {
                self.selected_quote = self.visible_quotes().first().copied();
                self.keep_quote_visible(geo);
            }
            _ => {}
        }
    }

    /// n / N: the selected entity's mentions in Entities, and wherever its
    /// mentions are highlighted while no search is open; else matches.
    fn step(&mut self, direction: i64, geo: &Geometry) {
        let highlighted = match self.highlight {
            Highlight::Entity { entity, .. } if self.search.query.is_empty() => Some(entity),
            _ => None,
        };
        let entity = match self.focus {
            Pane::Entities => self.selected_entity.or(highlighted),
            _ => highlighted,
        };
        match entity {
            Some(entity) => self.step_mention(entity, direction, geo),
            None => self.step_match(direction, geo),
        }
    }

    fn activate(&mut self, geo: &Geometry) {
        match self.focus {
            Pane::Article => {}
            Pane::Entities => {
                if let Some(entity) = self.selected_entity {
                    self.select_entity(entity, geo);
                    self.focus = Pane::Article;
                }
            }
            Pane::Quotes => {
                if let Some(quote) = self.selected_quote {
                    self.select_quote(quote, geo);
                    self.focus = Pane::Article;
                }
            }
        }
    }

    /// The focused list's filter, then the other's: what Esc clears first.
    fn list_filters_in_order(&self) -> [Pane; 2] {
        if self.focus == Pane::Quotes {
            [Pane::Quotes, Pane::Entities]
        } else {
            [Pane::Entities, Pane::Quotes]
        }
    }

    /// Esc: one step back, clearing the innermost thing still set (the
    /// search, a list filter, the zoom, the speaker filter, the highlight),
    /// else leave.
    fn cancel(&mut self, geo: &Geometry) -> Outcome {
        let filtered = self
            .list_filters_in_order()
            .into_iter()
            .find(|&pane| !self.list_filter(pane).is_empty());
        if !self.search.query.is_empty() {
            self.search = Search::default();
        } else if let Some(pane) = filtered {
            self.set_list_filter(pane, String::new(), geo);
        } else if self.zoomed {
            self.zoomed = false;
        } else if self.speaker_filter.is_some() {
            self.set_speaker_filter(None);
        } else if self.highlight != Highlight::Nothing {
            self.clear_highlight();
        } else {
            return Outcome::Leave;
        }
        Outcome::Stay
    }

    /// No highlight anywhere: not in the article, and no marked row in a
    /// list the reader is not in (the focused list keeps its cursor).
    fn clear_highlight(&mut self) {
        self.highlight = Highlight::Nothing;
        if self.focus != Pane::Entities {
            self.selected_entity = None;
        }
        if self.focus != Pane::Quotes {
            self.selected_quote = None;
        }
    }

    fn after_resize(&mut self, geo: &Geometry) {
        self.top = self.lines(geo).clamp(self.top);
        self.keep_entity_visible(geo);
        self.keep_quote_visible(geo);
    }
}

/// Every mention and quote, filed by paragraph and sorted, so drawing a
/// line looks only at its own paragraph's marks.
fn build_marks(article: &Article, analysis: &Analysis, mentions: &[Vec<Span>]) -> Vec<Vec<Mark>> {
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); article.paragraphs.len()];
    let mut file = |span: &Span, kind: MarkKind| {
        if let Some(list) = marks.get_mut(span.paragraph) {
            list.push(Mark {
                start: span.start,
                end: span.end,
                kind,
            });
        }
    };
    for (entity, spans) in mentions.iter().enumerate() {
        for span in spans {
            file(span, MarkKind::Mention { entity });
        }
    }
    for (quote, q) in analysis.quotes.iter().enumerate() {
        file(&q.span, MarkKind::Quote { quote });
    }
    for list in &mut marks {
        list.sort_by_key(|mark| (mark.start, mark.end));
    }
    marks
}
