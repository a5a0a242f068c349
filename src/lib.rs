//! Byline: a terminal news reader.
//!
//! - [`article`]: the model (an `Article` and its `Span`s) and the loaders,
//!   one per format.
//! - [`analysis`]: pure text analysis (sentences, entities, quotes and
//!   speakers); `analysis::analyze` is the entry point.
//! - [`cli`]: the `feeds` and `fetch` subcommands.
//! - [`feeds`]: subscriptions' feeds fetched over HTTP and parsed, full
//!   text for summary-only entries, OPML and newsboat lists (no UI, no SQL).
//! - [`store`]: the SQLite store: feeds, entries, read state, analyses.
//! - [`index`]: the library-wide view: people, organisations and quotes
//!   across stories, from each story's analysis (cached by content hash).
//! - [`people`]: what `byline people` and `byline quotes` print.
//! - [`report`]: what `byline analyze` prints (JSON contract and summary).
//! - [`ui`]: the interactive reader: state, actions, key map, drawing.

pub mod analysis;
pub mod article;
pub mod cli;
pub mod feeds;
pub mod index;
pub mod people;
pub mod report;
pub mod store;
pub mod ui;
