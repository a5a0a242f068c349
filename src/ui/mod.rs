//! The interactive reader. A request flows one way:
//! terminal event -> [`keymap`] -> [`Action`] -> [`App::update`] -> state ->
//! [`draw`].
//!
//! - [`action`]: the `Action` vocabulary, shared by keys, mouse and tests.
//! - [`keymap`]: every key and mouse binding, and the help table.
//! - [`app`]: the state (library, open story) and `update`.
//! - [`story`]: one open story's selections, scrolling, links and search.
//! - [`lines`], [`wrap`]: the article as display lines, wrapped lazily per width.
//! - [`people`]: the People screen and the library-wide index behind it.
//! - [`library_search`]: the library's `/` over titles and story text.
//! - [`search`]: finding a query in a story, as spans.
//! - [`layout`], [`theme`]: where panes go; colours and words.
//! - [`draw`]: one module per pane; drawing is a pure function of `&App`.
//! - [`terminal`]: the event loop and terminal setup and restore.

pub mod action;
pub mod app;
pub mod draw;
pub mod keymap;
pub mod layout;
pub mod library_search;
pub mod lines;
pub mod people;
pub mod search;
pub mod story;
pub mod terminal;
pub mod theme;
pub mod wrap;

pub use action::{Action, Pane};
pub use app::{App, Screen};
pub use draw::draw;

use crate::article::Loaded;

/// Run the reader until the user quits. `single_story` opens the only
/// article directly (q then quits instead of returning to the library).
pub fn run(loaded: Loaded, single_story: bool) -> std::io::Result<()> {
    let mut app = App::new(loaded.articles, single_story);
    app.start_indexing(Box::new(crate::index::NoCache));
    terminal::run_app(app)
}
