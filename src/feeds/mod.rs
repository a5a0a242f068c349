//! Feeds: subscriptions' documents fetched over HTTP, parsed, and their
//! summary-only entries completed with the linked article.
//!
//! No interface and no SQL here: fetching produces plain data
//! ([`FetchOutcome`]) that the store saves and the reader shows.
//!
//! - [`http`]: the one HTTP client (ureq over rustls): caps, timeouts,
//!   redirects, conditional GET, errors that say what went wrong.
//! - [`parse`]: RSS, Atom and JSON Feed into [`ParsedFeed`].
//! - [`fulltext`]: the readable article of an entry's page.
//! - [`discover`]: the feed a web page advertises.
//! - [`refresh`]: many subscriptions at once, politely.
//! - [`file`]: a feed saved on disk, opened as a library.
//! - [`opml`], [`newsboat`]: subscription lists from and to other readers.

pub mod discover;
pub mod file;
pub mod fulltext;
pub mod http;
mod model;
pub mod newsboat;
pub mod opml;
pub mod parse;
pub mod refresh;

pub use model::{FeedEntry, FetchOutcome, ParsedFeed, stable_hash};
