//! The local store: subscriptions, their entries and paragraphs, read and
//! starred state, what each fetch did, and cached analyses, in one SQLite file.
//!
//! Behind a small typed API (no SQL leaves this folder). The schema changes
//! by numbered migrations (`migrations/NNN_*.sql`, applied in order and
//! counted in `PRAGMA user_version`). The file runs in WAL mode with a busy
//! timeout, so a second Byline can read and write while the first does; and
//! each write is one transaction, so a killed process loses only what it had
//! not committed.

mod analyses;
mod entries;
mod feeds;

use rusqlite::Connection;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use analyses::analysis_key;
pub use entries::{EntryId, EntryRow, EntryView, PAGE_RETRY_WAIT, PAGE_TRIES};
pub use feeds::{Feed, FeedId};

/// Environment variable naming the store file (the `--db` option wins).
pub const DB_ENV: &str = "BYLINE_DB";

/// The schema, one step per file; the step count is the schema version.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_feeds_entries.sql"),
    include_str!("migrations/002_analyses.sql"),
    include_str!("migrations/003_page_retries.sql"),
];

/// How long a write waits for another Byline's transaction to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A store operation that failed, with the file it was on.
#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "store {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open store file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// Where the store lives unless `--db` or `BYLINE_DB` says otherwise:
/// the platform data directory (`$XDG_DATA_HOME/byline/byline.db` on Linux).
pub fn default_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "byline")?;
    Some(dirs.data_dir().join("byline.db"))
}

/// The store path: the option, else `BYLINE_DB`, else the default.
pub fn resolve_path(option: Option<&Path>) -> Option<PathBuf> {
    option
        .map(Path::to_path_buf)
        .or_else(|| {
            std::env::var_os(DB_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(default_path)
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Store {
    /// Open (creating it and its folder when missing) and migrate the store.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|err| StoreError {
                path: path.to_path_buf(),
                reason: format!("cannot create its folder: {err}"),
            })?;
        }
        let conn = Connection::open(path).map_err(|err| StoreError {
            path: path.to_path_buf(),
            reason: format!("cannot open: {err}"),
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Open an existing store without creating it; `None` when there is none.
    pub fn open_existing(path: &Path) -> Result<Option<Store>> {
        if path.is_file() {
            Store::open(path).map(Some)
        } else {
            Ok(None)
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.error("cannot set the busy timeout", e))?;
        // WAL lets readers run beside a writer; a read-only file stays in
        // its journal mode, and the writes then report the read-only error.
        let _ = self.conn.pragma_update(None, "journal_mode", "WAL");
        // A page cache of up to 32 MB (SQLite's default is 2 MB): a list of
        // 50,000 entries in date order visits each page of the entries
        // once instead of reading it again for every row it holds.
        self.conn
            .execute_batch(
                "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000;",
            )
            .map_err(|e| self.error("cannot configure", e))
    }

    /// Apply the migrations this file has not seen, each in its own
    /// transaction together with the new `user_version`.
    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.error("cannot read the schema version", e))?;
        let version = usize::try_from(version).unwrap_or(usize::MAX);
        if version > MIGRATIONS.len() {
            return Err(StoreError {
                path: self.path.clone(),
                reason: format!(
                    "schema version {version} is newer than this Byline knows ({}); upgrade Byline",
                    MIGRATIONS.len()
                ),
            });
        }
        for (step, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            let number = step + 1;
            let tx = self
                .conn
                .transaction()
                .map_err(|e| error(&self.path, "cannot start a migration", e))?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "user_version", number as i64))
                .and_then(|()| tx.commit())
                .map_err(|e| error(&self.path, &format!("migration {number} failed"), e))?;
        }
        Ok(())
    }

    /// The schema version of this file (the number of migrations applied).
    pub fn schema_version(&self) -> Result<usize> {
        self.conn
            .pragma_query_value(None, "user_version", |row| row.get::<_, i64>(0))
            .map(|v| v as usize)
            .map_err(|e| self.error("cannot read the schema version", e))
    }

    pub(crate) fn error(&self, doing: &str, err: rusqlite::Error) -> StoreError {
        error(&self.path, doing, err)
    }
}

fn error(path: &Path, doing: &str, err: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    // The faults a user can act on, in their words; the write was one
    // transaction, rolled back whole, so nothing committed before is lost.
    let reason = match err.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => {
            format!(
                "{doing}: the disk is full (this write was undone; what was saved before is kept)"
            )
        }
        Some(ErrorCode::ReadOnly) => format!("{doing}: the store is read-only ({err})"),
        _ => format!("{doing}: {err}"),
    };
    StoreError {
        path: path.to_path_buf(),
        reason,
    }
}

/// Paragraphs as stored in one text column: one per line (paragraph text
/// never holds a line break; one that would is folded to a space).
fn join_lines(paragraphs: &[String]) -> String {
    let folded: Vec<String> = paragraphs
        .iter()
        .map(|p| p.replace(['\n', '\r'], " "))
        .collect();
    folded.join("\n")
}

fn split_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}
