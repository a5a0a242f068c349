//! The subcommands that work on subscriptions and the store: `byline feeds`
//! (list, add, remove, import, export, full-text) and `byline fetch`. The
//! binary parses the command line; the work is here.

mod feeds;
mod fetch;

use crate::store::{self, Store};
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use fetch::FetchArgs;

/// `byline feeds [COMMAND]`: with no command, list the subscriptions.
#[derive(Debug, Args)]
pub struct FeedsArgs {
    #[command(subcommand)]
    pub command: Option<FeedsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Subscribe to feeds (a web page that advertises a feed subscribes to that feed).
    Add {
        #[arg(required = true)]
        urls: Vec<String>,
    },
    /// Unsubscribe, by URL or title; the feed's entries go too.
    Remove {
        #[arg(required = true)]
        feeds: Vec<String>,
    },
    /// Subscribe to every feed in an OPML file or a newsboat `urls` file.
    Import { file: PathBuf },
    /// Print the subscriptions as OPML 2.0.
    Export,
    /// Fetch the linked article for summary-only entries of a feed (on), or not (off).
    FullText {
        /// The feed's URL or title.
        feed: String,
        #[arg(value_parser = ["on", "off"])]
        state: String,
    },
}

/// Open the store at `--db`, `BYLINE_DB` or the default place.
pub fn open_store(db: Option<&Path>) -> Result<Store, String> {
    let path = store::resolve_path(db)
        .ok_or("no data directory for the store on this system; name one with --db PATH")?;
    Store::open(&path).map_err(|e| e.to_string())
}

/// The store to open the reader on, when it exists and has subscriptions.
pub fn subscriptions(db: Option<&Path>) -> Option<PathBuf> {
    let path = store::resolve_path(db)?;
    let store = Store::open_existing(&path).ok()??;
    let any = store.feeds().is_ok_and(|feeds| !feeds.is_empty());
    any.then_some(path)
}

pub fn feeds(db: Option<&Path>, args: FeedsArgs) -> ExitCode {
    exit(open_store(db).and_then(|mut store| feeds::run(&mut store, args.command)))
}

pub fn fetch(db: Option<&Path>, args: FetchArgs) -> ExitCode {
    exit(open_store(db).and_then(|mut store| fetch::run(&mut store, &args)))
}

/// `Ok(true)`: all went well; `Ok(false)`: some part failed (already said).
fn exit(result: Result<bool, String>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("byline: {message}");
            ExitCode::FAILURE
        }
    }
}

/// "12 s ago", "3 min ago", "5 h ago", "2 days ago".
pub fn age(then: i64, now: i64) -> String {
    let seconds = (now - then).max(0);
    match seconds {
        0..60 => format!("{seconds} s ago"),
        60..3600 => format!("{} min ago", seconds / 60),
        3600..86400 => format!("{} h ago", seconds / 3600),
        _ => format!("{} days ago", seconds / 86400),
    }
}
