//! The interactive reader. A request flows one way:
//! terminal event -> [`keymap`] -> [`Action`] -> [`App::update`] -> state ->
//! [`draw`].
//!
//! - [`action`]: the `Action` vocabulary, shared by keys, mouse and tests.
//! - [`keymap`]: every key and mouse binding, and the help table.
//! - [`app`]: the state (library, open story) and `update`.
//! - [`feeds`], `feeds_worker`: the subscriptions screen's state; its background refresh.
//! - [`story`]: one open story's selections, scrolling, links and search.
//! - [`lines`], [`wrap`]: the article as display lines, wrapped lazily per width.
//! - [`people`]: the People screen and the library-wide index behind it.
//! - [`library_search`]: the library's `/` over titles and story text.
//! - [`search`]: finding a query in a story, as spans.
//! - [`layout`], [`theme`]: where panes go; colours and words.
//! - [`fit`]: text cut to a width with an ellipsis.
//! - [`outside`]: the browser (o) and the clipboard (y).
//! - [`draw`]: one module per pane; drawing is a pure function of `&App`.
//! - [`terminal`]: the event loop and terminal setup and restore.
//! - [`worker`]: background threads whose panics are reported, not fatal.
//! - [`signals`]: signals and the terminal's hang-up: restore and exit, or
//!   stop and come back.

pub mod action;
pub mod app;
pub mod draw;
pub mod feeds;
mod feeds_worker;
pub mod fit;
pub mod keymap;
pub mod layout;
pub mod library_search;
pub mod lines;
pub mod outside;
pub mod people;
pub mod search;
pub mod signals;
pub mod story;
pub mod terminal;
pub mod theme;
pub mod worker;
pub mod wrap;

pub use action::{Action, Pane};
pub use app::{App, Screen};
pub use draw::draw;

use crate::article::Loaded;

/// Run the reader until the user quits. `single_story` opens the only
/// article directly (q then quits instead of returning to the library);
/// `color` false draws with modifiers alone (NO_COLOR).
pub fn run(loaded: Loaded, single_story: bool, color: bool) -> std::io::Result<()> {
    let mut app = App::new(loaded.articles, single_story);
    app.set_color(color);
    app.set_load_errors(loaded.errors);
    app.start_indexing(Box::new(crate::index::NoCache));
    terminal::run_app(app)
}

/// Run the reader on the subscriptions in the store at `db`.
pub fn run_feeds(db: &std::path::Path, color: bool) -> std::io::Result<()> {
    let library = feeds::FeedLibrary::open(db).map_err(std::io::Error::other)?;
    let mut app = App::with_feeds(library);
    app.set_color(color);
    app.start_store_indexing(db.to_path_buf());
    terminal::run_app(app)
}
