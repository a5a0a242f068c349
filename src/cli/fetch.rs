//! `byline fetch [URL...]`: refresh all (or the named) subscriptions, a few
//! at once; a progress bar on a terminal, one summary line otherwise, and
//! each failing feed named on stderr.

use crate::feeds::FetchOutcome;
use crate::feeds::http::Client;
use crate::feeds::refresh::{CONNECTIONS, refresh};
use crate::store::{Feed, Store};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::mpsc;

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Subscriptions to refresh, by URL or title (default: all).
    pub feeds: Vec<String>,
    /// Connections at once (1 fetches one feed after another).
    #[arg(long, default_value_t = CONNECTIONS)]
    pub connections: usize,
}

#[derive(Default)]
struct Tally {
    updated: usize,
    unchanged: usize,
    failed: usize,
    new_entries: usize,
}

pub fn run(store: &mut Store, args: &FetchArgs) -> Result<bool, String> {
    let feeds = chosen(store, &args.feeds)?;
    if feeds.is_empty() {
        println!("no subscriptions to fetch; add one with `byline feeds add URL`");
        return Ok(true);
    }
    let jobs = feeds
        .iter()
        .map(|f| store.refresh_job(f))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let names: HashMap<i64, String> = feeds.iter().map(|f| (f.id, f.url.clone())).collect();
    let bar = progress_bar(feeds.len() as u64);
    let client = Client::default();
    let (sender, results) = mpsc::channel();
    let mut tally = Tally::default();
    let mut store_error = None;
    std::thread::scope(|scope| {
        let connections = args.connections;
        scope.spawn(move || {
            refresh(&client, jobs, connections, &|id, outcome| {
                let _ = sender.send((id, outcome));
            });
        });
        // The store is written here, one transaction per feed, as each
        // finishes: a fetch cut short keeps every feed already saved.
        for (id, outcome) in results {
            let url = &names[&id];
            let saved = store.save_fetch(id, &outcome);
            match (&outcome, &saved) {
                (_, Err(err)) => {
                    // Fetched but not kept (a full disk, a read-only
                    // store): a failure of this feed, and of the run.
                    tally.failed += 1;
                    say(&bar, &format!("byline: {url}: not saved: {err}"));
                    store_error.get_or_insert_with(|| err.to_string());
                }
                (FetchOutcome::Fetched { warnings, .. }, Ok(new)) => {
                    tally.updated += 1;
                    tally.new_entries += new;
                    for warning in warnings {
                        say(&bar, &format!("byline: {url}: full text: {warning}"));
                    }
                }
                (FetchOutcome::NotModified, Ok(_)) => tally.unchanged += 1,
                (FetchOutcome::Failed { error, .. }, Ok(_)) => {
                    tally.failed += 1;
                    say(&bar, &format!("byline: {url}: {error}"));
                }
            }
            if let Some(bar) = &bar {
                bar.inc(1);
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    println!(
        "fetched {} feeds: {} updated ({} new entries), {} unchanged, {} failed",
        feeds.len(),
        tally.updated,
        tally.new_entries,
        tally.unchanged,
        tally.failed
    );
    if let Some(err) = store_error {
        return Err(format!("not everything fetched was saved: {err}"));
    }
    Ok(tally.failed == 0)
}

/// All subscriptions, or those named (by URL or title).
fn chosen(store: &Store, names: &[String]) -> Result<Vec<Feed>, String> {
    if names.is_empty() {
        return store.feeds().map_err(|e| e.to_string());
    }
    names
        .iter()
        .map(|name| {
            store
                .find_feed(name)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| {
                    format!("{name}: not a subscription (add it with `byline feeds add {name}`)")
                })
        })
        .collect()
}

/// A bar on stderr when it is a terminal; nothing otherwise.
fn progress_bar(len: u64) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("fetching {bar:30} {pos}/{len} feeds {elapsed}")
    {
        bar.set_style(style);
    }
    Some(bar)
}

/// A line on stderr that does not tear the bar.
fn say(bar: &Option<ProgressBar>, line: &str) {
    match bar {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
}
