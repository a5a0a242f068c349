//! Cached analyses: a serialised analysis blob per article text, keyed by a
//! hash of that text, with the version of the analysis that wrote it.
//!
//! The store does not know the blob's format; the caller serialises it and
//! picks the version. A blob written by another version is not returned, so
//! a changed analysis recomputes instead of reading stale results.

use super::{Result, Store, now};
use crate::article::Article;
use crate::feeds::stable_hash;
use rusqlite::{OptionalExtension, params};

/// The cache key of an article's text: its title and paragraphs hashed.
pub fn analysis_key(article: &Article) -> String {
    stable_hash(
        std::iter::once(article.title.as_str())
            .chain(article.paragraphs.iter().map(String::as_str)),
    )
}

impl Store {
    /// The analysis stored under `hash` by analysis version `version`, if any.
    pub fn analysis(&self, hash: &str, version: i64) -> Result<Option<Vec<u8>>> {
        self.conn
            .query_row(
                "SELECT data FROM analyses WHERE hash = ?1 AND version = ?2",
                params![hash, version],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error("cannot read an analysis", e))
    }

    /// Store (or replace) the analysis under `hash`.
    pub fn put_analysis(&mut self, hash: &str, version: i64, data: &[u8]) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO analyses (hash, version, data, stored) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (hash) DO UPDATE SET version = ?2, data = ?3, stored = ?4",
                params![hash, version, data, now()],
            )
            .map_err(|e| self.error("cannot save an analysis", e))?;
        Ok(())
    }
}
