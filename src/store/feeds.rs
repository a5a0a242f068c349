//! Subscriptions: adding, removing, listing (with unread counts) and what
//! each fetch did.

use super::{Result, Store, now};
use crate::feeds::FetchOutcome;
use crate::feeds::http::Validators;
use crate::feeds::refresh::Job;
use rusqlite::{OptionalExtension, params};

pub type FeedId = i64;

/// One subscription as the lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub id: FeedId,
    pub url: String,
    /// The feed's title, or "" before its first fetch.
    pub title: String,
    pub site_url: Option<String>,
    pub full_text: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_fetch: Option<i64>,
    pub last_success: Option<i64>,
    /// Why the last fetch failed; `None` when it worked.
    pub last_error: Option<String>,
    pub retry_after: Option<i64>,
    pub unread: usize,
    pub total: usize,
}

impl Feed {
    /// The title, or the URL before the first fetch names it.
    pub fn name(&self) -> &str {
        if self.title.is_empty() {
            &self.url
        } else {
            &self.title
        }
    }
}

const FEED_COLUMNS: &str = "f.id, f.url, f.title, f.site_url, f.full_text, f.etag, f.last_modified,
     f.last_fetch, f.last_success, f.last_error, f.retry_after,
     (SELECT count(*) FROM entries e WHERE e.feed_id = f.id AND e.read = 0),
     (SELECT count(*) FROM entries e WHERE e.feed_id = f.id)";

fn feed_of(row: &rusqlite::Row) -> rusqlite::Result<Feed> {
    Ok(Feed {
        id: row.get(0)?,
        url: row.get(1)?,
        title: row.get(2)?,
        site_url: row.get(3)?,
        full_text: row.get(4)?,
        etag: row.get(5)?,
        last_modified: row.get(6)?,
        last_fetch: row.get(7)?,
        last_success: row.get(8)?,
        last_error: row.get(9)?,
        retry_after: row.get(10)?,
        unread: row.get::<_, i64>(11)? as usize,
        total: row.get::<_, i64>(12)? as usize,
    })
}

impl Store {
    /// Subscribe to `url`; `Ok((id, false))` when it was already there.
    pub fn add_feed(&mut self, url: &str, title: &str) -> Result<(FeedId, bool)> {
        if let Some(feed) = self.feed_by_url(url)? {
            return Ok((feed.id, false));
        }
        self.conn
            .execute(
                "INSERT INTO feeds (url, title, added) VALUES (?1, ?2, ?3)",
                params![url, title, now()],
            )
            .map_err(|e| self.error(&format!("cannot add {url}"), e))?;
        Ok((self.conn.last_insert_rowid(), true))
    }

    /// Unsubscribe: the feed and its entries go.
    pub fn remove_feed(&mut self, id: FeedId) -> Result<()> {
        self.conn
            .execute("DELETE FROM feeds WHERE id = ?1", [id])
            .map_err(|e| self.error("cannot remove the feed", e))?;
        Ok(())
    }

    /// Every subscription, by title (then URL), with unread counts.
    pub fn feeds(&self) -> Result<Vec<Feed>> {
        let sql = format!(
            "SELECT {FEED_COLUMNS} FROM feeds f
             ORDER BY CASE f.title WHEN '' THEN f.url ELSE f.title END COLLATE NOCASE, f.url"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.error("cannot list feeds", e))?;
        let rows = stmt
            .query_map([], feed_of)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>());
        rows.map_err(|e| self.error("cannot list feeds", e))
    }

    pub fn feed(&self, id: FeedId) -> Result<Option<Feed>> {
        self.one_feed("f.id = ?1", &id)
    }

    pub fn feed_by_url(&self, url: &str) -> Result<Option<Feed>> {
        self.one_feed("f.url = ?1", &url)
    }

    /// A subscription named by its URL or (case aside) its title.
    pub fn find_feed(&self, url_or_title: &str) -> Result<Option<Feed>> {
        if let Some(feed) = self.feed_by_url(url_or_title)? {
            return Ok(Some(feed));
        }
        self.one_feed("f.title = ?1 COLLATE NOCASE", &url_or_title)
    }

    fn one_feed(&self, condition: &str, value: &dyn rusqlite::ToSql) -> Result<Option<Feed>> {
        let sql = format!("SELECT {FEED_COLUMNS} FROM feeds f WHERE {condition} LIMIT 1");
        self.conn
            .query_row(&sql, [value], feed_of)
            .optional()
            .map_err(|e| self.error("cannot read a feed", e))
    }

    /// Turn fetching the full article for summary-only entries on or off.
    pub fn set_full_text(&mut self, id: FeedId, on: bool) -> Result<()> {
        self.conn
            .execute(
                "UPDATE feeds SET full_text = ?2 WHERE id = ?1",
                params![id, on],
            )
            .map_err(|e| self.error("cannot change the feed", e))?;
        Ok(())
    }

    /// What a refresh of `feed` now needs to know: its validators, its
    /// wait, the entries already stored, and the pages due another try.
    pub fn refresh_job(&self, feed: &Feed) -> Result<Job> {
        self.refresh_job_at(feed, now())
    }

    /// [`Store::refresh_job`] as of `at` (Unix seconds): a later time finds
    /// more pages due another try.
    pub fn refresh_job_at(&self, feed: &Feed, at: i64) -> Result<Job> {
        let retry_pages = if feed.full_text {
            self.pages_due(feed.id, at)?
        } else {
            Default::default()
        };
        Ok(Job {
            id: feed.id,
            url: feed.url.clone(),
            full_text: feed.full_text,
            validators: Validators {
                etag: feed.etag.clone(),
                last_modified: feed.last_modified.clone(),
            },
            retry_after: feed.retry_after,
            known: self.entry_hashes(feed.id)?,
            retry_pages,
        })
    }

    /// Record one fetch of feed `id`, entries and fetch state together in one
    /// transaction. Returns how many entries were new.
    pub fn save_fetch(&mut self, id: FeedId, outcome: &FetchOutcome) -> Result<usize> {
        let at = now();
        let path = self.path.clone();
        let fail = |doing: &str, e: rusqlite::Error| super::error(&path, doing, e);
        let tx = self
            .conn
            .transaction()
            .map_err(|e| fail("cannot start a write", e))?;
        let mut new = 0;
        match outcome {
            FetchOutcome::Fetched {
                feed,
                etag,
                last_modified,
                ..
            } => {
                for entry in &feed.entries {
                    if super::entries::upsert(&tx, id, entry, at)
                        .map_err(|e| fail("cannot save an entry", e))?
                    {
                        new += 1;
                    }
                }
                tx.execute(
                    "UPDATE feeds SET title = CASE ?2 WHEN '' THEN title ELSE ?2 END,
                        site_url = coalesce(?3, site_url), etag = ?4, last_modified = ?5,
                        last_fetch = ?6, last_success = ?6, last_error = NULL, retry_after = NULL
                     WHERE id = ?1",
                    params![id, feed.title, feed.site_url, etag, last_modified, at],
                )
                .map_err(|e| fail("cannot save the fetch", e))?;
            }
            FetchOutcome::NotModified => {
                tx.execute(
                    "UPDATE feeds SET last_fetch = ?2, last_success = ?2, last_error = NULL,
                        retry_after = NULL WHERE id = ?1",
                    params![id, at],
                )
                .map_err(|e| fail("cannot save the fetch", e))?;
            }
            FetchOutcome::Failed { error, retry_after } => {
                tx.execute(
                    "UPDATE feeds SET last_fetch = ?2, last_error = ?3, retry_after = ?4
                     WHERE id = ?1",
                    params![id, at, error, retry_after],
                )
                .map_err(|e| fail("cannot save the fetch", e))?;
            }
        }
        tx.commit()
            .map_err(|e| fail("cannot commit the fetch", e))?;
        Ok(new)
    }
}
