//! `byline feeds`: list, add, remove, import, export, and the full-text switch.

use super::{FeedsCommand, age};
use crate::feeds::http::{Client, Response, Validators, check_scheme};
use crate::feeds::opml::{self, Outline};
use crate::feeds::refresh::{Job, fetch_one};
use crate::feeds::{FetchOutcome, discover, newsboat, parse};
use crate::store::{Store, now};
use std::io::Write;

pub fn run(store: &mut Store, command: Option<FeedsCommand>) -> Result<bool, String> {
    match command {
        None => list(store),
        Some(FeedsCommand::Add { urls }) => {
            let client = Client::default();
            let mut ok = true;
            for url in urls {
                match add(store, &client, &url, "") {
                    Ok(line) => println!("{line}"),
                    Err(reason) => {
                        eprintln!("byline: {url}: {reason}");
                        ok = false;
                    }
                }
            }
            Ok(ok)
        }
        Some(FeedsCommand::Remove { feeds }) => {
            let mut ok = true;
            for name in feeds {
                match store.find_feed(&name).map_err(|e| e.to_string())? {
                    Some(feed) => {
                        store.remove_feed(feed.id).map_err(|e| e.to_string())?;
                        println!("removed {} ({})", feed.name(), feed.url);
                    }
                    None => {
                        eprintln!("byline: {name}: no subscription with this URL or title");
                        ok = false;
                    }
                }
            }
            Ok(ok)
        }
        Some(FeedsCommand::Import { file }) => import(store, &file),
        Some(FeedsCommand::Export) => {
            let feeds = store.feeds().map_err(|e| e.to_string())?;
            let list: Vec<_> = feeds
                .iter()
                .map(|f| (f.name().to_string(), f.url.clone(), f.site_url.clone()))
                .collect();
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(opml::write(&list).as_bytes());
            Ok(true)
        }
        Some(FeedsCommand::FullText { feed, state }) => {
            let found = store
                .find_feed(&feed)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| format!("{feed}: no subscription with this URL or title"))?;
            store
                .set_full_text(found.id, state == "on")
                .map_err(|e| e.to_string())?;
            println!("full text {state} for {}", found.name());
            Ok(true)
        }
    }
}

/// One line per subscription: title, URL, unread / total, last fetch and its result.
fn list(store: &Store) -> Result<bool, String> {
    let feeds = store.feeds().map_err(|e| e.to_string())?;
    if feeds.is_empty() {
        println!(
            "no subscriptions in {}; add one with `byline feeds add URL`",
            store.path().display()
        );
        return Ok(true);
    }
    let now = now();
    let mut out = std::io::stdout().lock();
    for feed in &feeds {
        let fetched = match (feed.last_fetch, &feed.last_error) {
            (None, _) => "never fetched".to_string(),
            (Some(at), None) => format!("fetched {}: ok", age(at, now)),
            (Some(at), Some(error)) => format!("fetched {}: FAILED: {error}", age(at, now)),
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{} unread of {}\t{}",
            feed.name(),
            feed.url,
            feed.unread,
            feed.total,
            fetched
        );
    }
    Ok(true)
}

/// Subscribe to `url` (or the feed its page advertises) and store its
/// entries; a line saying what was added, or why not.
pub fn add(store: &mut Store, client: &Client, url: &str, title: &str) -> Result<String, String> {
    check_scheme(url).map_err(|e| e.message)?;
    let feed_url = match client.get(url, &Validators::default()) {
        Ok(Response::Body {
            bytes, final_url, ..
        }) if parse::looks_like_html(&bytes) => {
            discover::feed_link(&String::from_utf8_lossy(&bytes), &final_url)
                .ok_or("a web page that advertises no feed")?
        }
        Ok(_) => url.to_string(),
        Err(err) => return Err(format!("{err} (not subscribed)")),
    };
    if let Some(feed) = store.feed_by_url(&feed_url).map_err(|e| e.to_string())? {
        return Ok(format!(
            "already subscribed: {} ({})",
            feed.name(),
            feed.url
        ));
    }
    let outcome = fetch_one(
        client,
        &Job {
            url: feed_url.clone(),
            full_text: true,
            ..Job::default()
        },
    );
    if let FetchOutcome::Failed { error, .. } = &outcome {
        return Err(format!("{feed_url}: {error} (not subscribed)"));
    }
    let (id, _) = store
        .add_feed(&feed_url, title)
        .map_err(|e| e.to_string())?;
    let new = store.save_fetch(id, &outcome).map_err(|e| e.to_string())?;
    let feed = store.feed(id).map_err(|e| e.to_string())?;
    let name = feed.as_ref().map_or(feed_url.as_str(), |f| f.name());
    Ok(format!("subscribed to {name} ({feed_url}): {new} entries"))
}

/// Subscribe to every feed of an OPML or newsboat `urls` file, without
/// fetching them (`byline fetch` does that, in parallel).
fn import(store: &mut Store, file: &std::path::Path) -> Result<bool, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let (outlines, skipped): (Vec<Outline>, Vec<String>) = if text.trim_start().starts_with('<') {
        (
            opml::parse(&text).map_err(|e| format!("{}: {e}", file.display()))?,
            Vec::new(),
        )
    } else {
        newsboat::parse(&text)
    };
    for line in &skipped {
        eprintln!("byline: {}: skipped {line}", file.display());
    }
    let (mut added, mut already) = (0, 0);
    for outline in &outlines {
        if let Err(err) = check_scheme(&outline.url) {
            eprintln!("byline: {}: skipped {}: {err}", file.display(), outline.url);
            continue;
        }
        let (_, new) = store
            .add_feed(&outline.url, &outline.title)
            .map_err(|e| e.to_string())?;
        if new {
            added += 1;
        } else {
            already += 1;
        }
    }
    println!(
        "imported {added} new subscriptions ({already} already there) from {}; `byline fetch` fetches them",
        file.display()
    );
    Ok(true)
}
