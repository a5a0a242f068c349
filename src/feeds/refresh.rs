//! Refreshing subscriptions: each one fetched, parsed and completed with
//! full text, several at once on a few worker threads, with at most
//! [`PER_HOST`] connections to any one host, and a server's Retry-After
//! respected. Results are handed to a callback as each feed finishes.

use super::http::{Client, Response, Validators};
use super::model::FetchOutcome;
use super::{discover, fulltext, parse};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Condvar, Mutex};

/// Worker threads (so connections) for a refresh of many feeds.
pub const CONNECTIONS: usize = 8;
/// Connections open at once to one host: politeness to the servers we read.
pub const PER_HOST: usize = 2;

/// One subscription to refresh, with what the store remembers of it.
#[derive(Debug, Clone, Default)]
pub struct Job {
    /// The caller's id for this feed (the store's feed id).
    pub id: i64,
    pub url: String,
    /// Fetch the linked page for summary-only entries.
    pub full_text: bool,
    pub validators: Validators,
    /// Unix seconds before which the server asked not to be asked again.
    pub retry_after: Option<i64>,
    /// Stored entries' content hashes by key: unchanged entries are left alone.
    pub known: HashMap<String, String>,
    /// Stored entries (by key) whose linked page failed before and is due
    /// another try: fetched again even though the entry is unchanged.
    pub retry_pages: HashSet<String>,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Fetch one subscription.
pub fn fetch_one(client: &Client, job: &Job) -> FetchOutcome {
    let now = now();
    if let Some(until) = job.retry_after.filter(|t| *t > now) {
        return FetchOutcome::Failed {
            error: format!(
                "not fetched: the server asked to wait {} s more",
                until - now
            ),
            retry_after: Some(until),
        };
    }
    // Pages to try again need the entries: the feed is asked for in full
    // rather than conditionally, which a 304 would leave without them.
    let ask_with = if job.retry_pages.is_empty() {
        job.validators.clone()
    } else {
        Validators::default()
    };
    let (bytes, final_url, validators) = match client.get(&job.url, &ask_with) {
        Ok(Response::NotModified) => return FetchOutcome::NotModified,
        Ok(Response::Body {
            bytes,
            final_url,
            validators,
            ..
        }) => (bytes, final_url, validators),
        Err(err) => {
            return FetchOutcome::Failed {
                error: err.message,
                retry_after: err.retry_after.map(|s| now + s as i64),
            };
        }
    };
    let mut feed = match parse::parse_feed(&bytes, Some(&final_url)) {
        Ok(feed) => feed,
        Err(mut error) => {
            if parse::looks_like_html(&bytes)
                && let Some(link) =
                    discover::feed_link(&String::from_utf8_lossy(&bytes), &final_url)
            {
                error.push_str(&format!("; the page advertises a feed at {link}"));
            }
            return FetchOutcome::Failed {
                error,
                retry_after: None,
            };
        }
    };
    let mut warnings = Vec::new();
    for entry in &mut feed.entries {
        let unchanged = job.known.get(&entry.key) == Some(&entry.content_hash);
        let retry = job.retry_pages.contains(&entry.key);
        if !job.full_text || !entry.summary_only || (unchanged && !retry) {
            continue;
        }
        let Some(link) = entry.link.clone() else {
            continue;
        };
        match fulltext::fetch_article(client, &link, &entry.title) {
            Ok(paragraphs) if !paragraphs.is_empty() => {
                entry.paragraphs = paragraphs;
                entry.full_text = true;
            }
            // A page without a readable article is tried again too (as
            // often), in case it was caught half published.
            Ok(_) => entry.page_failed = true,
            Err(reason) => {
                entry.page_failed = true;
                warnings.push(reason);
            }
        }
    }
    FetchOutcome::Fetched {
        feed,
        etag: validators.etag,
        last_modified: validators.last_modified,
        warnings,
    }
}

/// The host part of a URL, the unit of politeness.
fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

struct Queue {
    pending: VecDeque<Job>,
    busy_hosts: HashMap<String, usize>,
}

/// Refresh every job on up to `connections` threads; `report` gets each
/// feed's id and outcome as it finishes (from the worker threads).
pub fn refresh(
    client: &Client,
    jobs: Vec<Job>,
    connections: usize,
    report: &(dyn Fn(i64, FetchOutcome) + Sync),
) {
    let workers = connections.clamp(1, jobs.len().max(1));
    let queue = Mutex::new(Queue {
        pending: jobs.into(),
        busy_hosts: HashMap::new(),
    });
    let freed = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((job, host)) = next_job(&queue, &freed) {
                    let outcome = fetch_one(client, &job);
                    {
                        let mut q = queue.lock().unwrap_or_else(|p| p.into_inner());
                        if let Some(busy) = q.busy_hosts.get_mut(&host) {
                            *busy -= 1;
                        }
                    }
                    freed.notify_all();
                    report(job.id, outcome);
                }
            });
        }
    });
}

/// The next job whose host has a free connection, waiting while every
/// pending job's host is busy; `None` when nothing is left.
fn next_job(queue: &Mutex<Queue>, freed: &Condvar) -> Option<(Job, String)> {
    let mut q = queue.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if q.pending.is_empty() {
            return None;
        }
        let free = q.pending.iter().position(|job| {
            let host = host_of(&job.url);
            q.busy_hosts.get(&host).copied().unwrap_or(0) < PER_HOST
        });
        if let Some(index) = free {
            let job = q.pending.remove(index).expect("index from position");
            let host = host_of(&job.url);
            *q.busy_hosts.entry(host.clone()).or_default() += 1;
            return Some((job, host));
        }
        q = freed.wait(q).unwrap_or_else(|p| p.into_inner());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(url: &str) -> Job {
        Job {
            url: url.to_string(),
            ..Job::default()
        }
    }

    #[test]
    fn a_busy_host_waits_while_other_hosts_go_ahead() {
        let queue = Mutex::new(Queue {
            pending: [
                "http://a.test/1",
                "http://a.test/2",
                "http://a.test/3",
                "http://b.test/1",
            ]
            .map(job)
            .into(),
            busy_hosts: HashMap::new(),
        });
        let freed = Condvar::new();
        let picked: Vec<String> = (0..3)
            .map(|_| next_job(&queue, &freed).unwrap().0.url)
            .collect();
        assert_eq!(
            picked,
            ["http://a.test/1", "http://a.test/2", "http://b.test/1"]
        );
        let q = queue.lock().unwrap();
        assert_eq!(q.busy_hosts["a.test"], PER_HOST);
        assert_eq!(
            q.pending.len(),
            1,
            "the third a.test job waits for a free connection"
        );
    }
}
