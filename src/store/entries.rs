//! Entries: saving what a fetch found (updated entries update in place, read
//! and starred state kept), the lists the reader shows, one entry's article,
//! and read / starred state.

use super::{FeedId, Result, Store, join_lines, split_lines};
use crate::article::Article;
use crate::feeds::FeedEntry;
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::{HashMap, HashSet};

pub type EntryId = i64;

/// How long after a linked page failed it is tried again: this, doubled
/// after each further failure (30 min, 1 h, 2 h).
pub const PAGE_RETRY_WAIT: i64 = 30 * 60;
/// Failures after which a page is not tried again (the summary stays).
pub const PAGE_TRIES: i64 = 4;

/// When a page that has failed `failures` times may be tried again, as of
/// `at`; `None` once it has failed too often.
fn page_retry_at(failures: i64, at: i64) -> Option<i64> {
    (failures < PAGE_TRIES).then(|| at + (PAGE_RETRY_WAIT << (failures - 1).clamp(0, 16)))
}

/// Which entries a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryView {
    /// One subscription's entries.
    Feed(FeedId),
    /// Unread entries of every subscription.
    Unread,
    /// Starred entries of every subscription.
    Starred,
    /// Everything.
    All,
}

/// One entry as a list shows it (its paragraphs stay in the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRow {
    pub id: EntryId,
    pub feed_id: FeedId,
    /// The subscription's title (or URL before it has one).
    pub source: String,
    pub title: String,
    pub link: Option<String>,
    pub date: Option<String>,
    pub published: Option<i64>,
    pub read: bool,
    pub starred: bool,
    pub full_text: bool,
}

/// Insert `entry` or update it in place when the feed changed it.
/// Returns whether it was new.
pub(super) fn upsert(
    tx: &Transaction,
    feed: FeedId,
    entry: &FeedEntry,
    at: i64,
) -> rusqlite::Result<bool> {
    let existing: Option<(EntryId, String)> = tx
        .query_row(
            "SELECT id, content_hash FROM entries WHERE feed_id = ?1 AND key = ?2",
            params![feed, entry.key],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let summary = join_lines(&entry.summary);
    let id = match existing {
        Some((id, hash)) if hash == entry.content_hash => {
            save_page_retry(tx, id, entry, at)?;
            return Ok(false);
        }
        Some((id, _)) => {
            tx.execute(
                "UPDATE entries SET title = ?2, link = ?3, author = ?4, published = ?5, date = ?6,
                    full_text = ?7, content_hash = ?8 WHERE id = ?1",
                params![
                    id,
                    entry.title,
                    entry.link,
                    entry.author,
                    entry.published,
                    entry.date,
                    entry.full_text,
                    entry.content_hash
                ],
            )?;
            tx.execute("DELETE FROM paragraphs WHERE entry_id = ?1", [id])?;
            tx.execute(
                "UPDATE entries SET page_failures = ?2, page_retry_at = ?3 WHERE id = ?1",
                params![
                    id,
                    i64::from(entry.page_failed),
                    entry.page_failed.then(|| page_retry_at(1, at)).flatten()
                ],
            )?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO entries (feed_id, key, title, link, author, published, date,
                    full_text, content_hash, first_seen, page_failures, page_retry_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    feed,
                    entry.key,
                    entry.title,
                    entry.link,
                    entry.author,
                    // Undated entries sort as of when we first saw them.
                    entry.published.unwrap_or(at),
                    entry.date,
                    entry.full_text,
                    entry.content_hash,
                    at,
                    i64::from(entry.page_failed),
                    entry.page_failed.then(|| page_retry_at(1, at)).flatten()
                ],
            )?;
            tx.last_insert_rowid()
        }
    };
    tx.execute(
        "INSERT INTO summaries (entry_id, text) VALUES (?1, ?2)
         ON CONFLICT (entry_id) DO UPDATE SET text = excluded.text",
        params![id, summary],
    )?;
    let mut insert =
        tx.prepare_cached("INSERT INTO paragraphs (entry_id, position, text) VALUES (?1, ?2, ?3)")?;
    for (position, text) in entry.paragraphs.iter().enumerate() {
        insert.execute(params![id, position as i64, text])?;
    }
    Ok(existing.is_none())
}

/// An unchanged entry whose page was tried again: its full text saved when
/// the page came, else one more failure counted and the next try set.
fn save_page_retry(
    tx: &Transaction,
    id: EntryId,
    entry: &FeedEntry,
    at: i64,
) -> rusqlite::Result<()> {
    if entry.full_text {
        tx.execute(
            "UPDATE entries SET full_text = 1, page_failures = 0, page_retry_at = NULL
             WHERE id = ?1",
            [id],
        )?;
        tx.execute("DELETE FROM paragraphs WHERE entry_id = ?1", [id])?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO paragraphs (entry_id, position, text) VALUES (?1, ?2, ?3)",
        )?;
        for (position, text) in entry.paragraphs.iter().enumerate() {
            insert.execute(params![id, position as i64, text])?;
        }
    } else if entry.page_failed {
        let failures: i64 = tx.query_row(
            "SELECT page_failures FROM entries WHERE id = ?1",
            [id],
            |row| row.get(0),
        )?;
        tx.execute(
            "UPDATE entries SET page_failures = ?2, page_retry_at = ?3 WHERE id = ?1",
            params![id, failures + 1, page_retry_at(failures + 1, at)],
        )?;
    }
    Ok(())
}

const ROW_COLUMNS: &str = "e.id, e.feed_id, CASE f.title WHEN '' THEN f.url ELSE f.title END,
     e.title, e.link, e.date, e.published, e.read, e.starred, e.full_text";

fn row_of(row: &rusqlite::Row) -> rusqlite::Result<EntryRow> {
    Ok(EntryRow {
        id: row.get(0)?,
        feed_id: row.get(1)?,
        source: row.get(2)?,
        title: row.get(3)?,
        link: row.get(4)?,
        date: row.get(5)?,
        published: row.get(6)?,
        read: row.get(7)?,
        starred: row.get(8)?,
        full_text: row.get(9)?,
    })
}

impl Store {
    /// The entries of `view`, newest first.
    pub fn entries(&self, view: EntryView) -> Result<Vec<EntryRow>> {
        let (condition, feed) = match view {
            EntryView::Feed(id) => ("e.feed_id = ?1", id),
            EntryView::Unread => ("e.read = 0 AND ?1 = ?1", 0),
            EntryView::Starred => ("e.starred = 1 AND ?1 = ?1", 0),
            EntryView::All => ("?1 = ?1", 0),
        };
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM entries e JOIN feeds f ON f.id = e.feed_id
             WHERE {condition} ORDER BY e.published DESC, e.id DESC"
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.error("cannot list entries", e))?;
        let rows = stmt
            .query_map([feed], row_of)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>());
        rows.map_err(|e| self.error("cannot list entries", e))
    }

    /// How many entries are unread, and how many starred, over all feeds.
    pub fn counts(&self) -> Result<(usize, usize)> {
        // Both through indexes: a scan of the entries would read every row.
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM entries WHERE read = 0),
                        (SELECT count(*) FROM entries WHERE starred = 1)",
                [],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)? as usize,
                        row.get::<_, i64>(1)? as usize,
                    ))
                },
            )
            .map_err(|e| self.error("cannot count entries", e))
    }

    /// The stored hash of every entry of `feed`, by key: what a refresh
    /// compares against to leave unchanged entries alone.
    pub fn entry_hashes(&self, feed: FeedId) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, content_hash FROM entries WHERE feed_id = ?1")
            .map_err(|e| self.error("cannot read entries", e))?;
        let rows = stmt
            .query_map([feed], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(|rows| rows.collect::<rusqlite::Result<HashMap<_, _>>>());
        rows.map_err(|e| self.error("cannot read entries", e))
    }

    /// The keys of `feed`'s entries whose linked page failed and may be
    /// tried again as of `at`.
    pub fn pages_due(&self, feed: FeedId, at: i64) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT key FROM entries
                 WHERE feed_id = ?1 AND page_retry_at IS NOT NULL AND page_retry_at <= ?2",
            )
            .map_err(|e| self.error("cannot read entries", e))?;
        let rows = stmt
            .query_map([feed, at], |row| row.get(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<HashSet<_>>>());
        rows.map_err(|e| self.error("cannot read entries", e))
    }

    /// One entry as an article: its paragraphs (the summary when it has no
    /// others), with the feed as the source.
    pub fn article(&self, id: EntryId) -> Result<Option<Article>> {
        let head = self
            .conn
            .query_row(
                "SELECT e.title, e.link, e.date, e.author, coalesce(s.text, ''),
                    CASE f.title WHEN '' THEN f.url ELSE f.title END
                 FROM entries e JOIN feeds f ON f.id = e.feed_id
                 LEFT JOIN summaries s ON s.entry_id = e.id WHERE e.id = ?1",
                [id],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, Option<String>>(1)?,
                        row.get::<_, Option<String>>(2)?,
                        row.get::<_, Option<String>>(3)?,
                        row.get::<_, String>(4)?,
                        row.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.error("cannot read the entry", e))?;
        let Some((title, url, published, author, summary, source)) = head else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT text FROM paragraphs WHERE entry_id = ?1 ORDER BY position")
            .map_err(|e| self.error("cannot read the entry", e))?;
        let mut paragraphs = stmt
            .query_map([id], |row| row.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.error("cannot read the entry", e))?;
        if paragraphs.is_empty() {
            paragraphs = split_lines(&summary);
        }
        Ok(Some(Article {
            title,
            url,
            published,
            source: Some(source),
            author,
            paragraphs,
            encoding: None,
            verbatim: None,
            ..Article::default()
        }))
    }

    /// The feed's own text of an entry (its summary), as paragraphs.
    pub fn summary(&self, id: EntryId) -> Result<Vec<String>> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT text FROM summaries WHERE entry_id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error("cannot read the entry", e))?;
        Ok(text.as_deref().map(split_lines).unwrap_or_default())
    }

    pub fn set_read(&mut self, id: EntryId, read: bool) -> Result<()> {
        self.set_flag("read", id, read)
    }

    pub fn set_starred(&mut self, id: EntryId, starred: bool) -> Result<()> {
        self.set_flag("starred", id, starred)
    }

    /// Mark every entry of `view` read.
    pub fn mark_all_read(&mut self, feed: FeedId) -> Result<()> {
        self.conn
            .execute("UPDATE entries SET read = 1 WHERE feed_id = ?1", [feed])
            .map_err(|e| self.error("cannot mark entries read", e))?;
        Ok(())
    }

    fn set_flag(&mut self, column: &str, id: EntryId, on: bool) -> Result<()> {
        let sql = format!("UPDATE entries SET {column} = ?2 WHERE id = ?1");
        self.conn
            .execute(&sql, params![id, on])
            .map_err(|e| self.error(&format!("cannot save the {column} state"), e))?;
        Ok(())
    }

    pub fn is_read(&self, id: EntryId) -> Result<bool> {
        self.conn
            .query_row("SELECT read FROM entries WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()
            .map(|r| r.unwrap_or(false))
            .map_err(|e| self.error("cannot read the entry", e))
    }
}
