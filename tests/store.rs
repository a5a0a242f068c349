//! The store on a real SQLite file: schema and migrations, saving fetches,
//! read and starred state across reopening, two handles at once, errors
//! that name the file, and the analysis cache.

use byline::feeds::{FeedEntry, FetchOutcome, ParsedFeed};
use byline::store::{EntryView, Store, analysis_key};
use std::path::PathBuf;

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("byline.db");
    (dir, path)
}

fn entry(key: &str, title: &str, published: i64, text: &str) -> FeedEntry {
    FeedEntry {
        key: key.to_string(),
        title: title.to_string(),
        link: Some(format!("http://news.test/{key}")),
        published: Some(published),
        date: Some("2026-03-01".to_string()),
        summary: vec![text.to_string()],
        paragraphs: vec![text.to_string(), format!("{text} More.")],
        content_hash: byline::feeds::stable_hash([key, title, text]),
        ..FeedEntry::default()
    }
}

fn fetched(title: &str, entries: Vec<FeedEntry>) -> FetchOutcome {
    FetchOutcome::Fetched {
        feed: ParsedFeed {
            title: title.to_string(),
            site_url: Some("http://news.test/".to_string()),
            entries,
        },
        etag: Some("\"v1\"".to_string()),
        last_modified: None,
        warnings: Vec::new(),
    }
}

#[test]
fn a_new_store_is_created_with_its_folder_migrated_and_in_wal_mode() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    assert!(path.is_file());
    assert_eq!(store.schema_version().unwrap(), 3);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let mode: String = raw
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn an_older_schema_is_migrated_and_keeps_its_data() {
    let (_dir, path) = temp_db();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(include_str!(
        "../src/store/migrations/001_feeds_entries.sql"
    ))
    .unwrap();
    raw.execute_batch(
        "PRAGMA user_version = 1;
         INSERT INTO feeds (url, title, added) VALUES ('http://old.test/feed', 'Old', 0);",
    )
    .unwrap();
    drop(raw);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    assert_eq!(store.feeds().unwrap()[0].title, "Old");
    // The second migration's table is there.
    store.put_analysis("abc", 1, b"blob").unwrap();
}

#[test]
fn a_store_from_a_newer_byline_is_refused_by_name() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(raw);
    let err = Store::open(&path).err().expect("refused");
    let message = err.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("newer"), "{message}");
}

#[test]
fn fetched_entries_are_listed_newest_first_with_unread_counts() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (id, added) = store.add_feed("http://news.test/feed", "").unwrap();
    assert!(added);
    assert_eq!(
        store.add_feed("http://news.test/feed", "").unwrap(),
        (id, false)
    );
    let new = store
        .save_fetch(
            id,
            &fetched(
                "Harbour News",
                vec![
                    entry("a", "Older", 100, "Ferries stop."),
                    entry("b", "Newer", 200, "Ferries resume."),
                ],
            ),
        )
        .unwrap();
    assert_eq!(new, 2);
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds[0].title, "Harbour News");
    assert_eq!((feeds[0].unread, feeds[0].total), (2, 2));
    assert_eq!(feeds[0].etag.as_deref(), Some("\"v1\""));
    let rows = store.entries(EntryView::Feed(id)).unwrap();
    let titles: Vec<&str> = rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Newer", "Older"]);
    assert_eq!(rows[0].source, "Harbour News");
    let article = store.article(rows[0].id).unwrap().unwrap();
    assert_eq!(
        article.paragraphs,
        ["Ferries resume.", "Ferries resume. More."]
    );
    assert_eq!(article.source.as_deref(), Some("Harbour News"));
    assert_eq!(store.summary(rows[0].id).unwrap(), ["Ferries resume."]);
}

#[test]
fn read_and_starred_survive_reopening_and_an_updated_entry() {
    let (_dir, path) = temp_db();
    let entry_id;
    {
        let mut store = Store::open(&path).unwrap();
        let (id, _) = store.add_feed("http://news.test/feed", "").unwrap();
        store
            .save_fetch(
                id,
                &fetched("N", vec![entry("a", "Draft", 100, "First text.")]),
            )
            .unwrap();
        entry_id = store.entries(EntryView::All).unwrap()[0].id;
        store.set_read(entry_id, true).unwrap();
        store.set_starred(entry_id, true).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let id = store.feeds().unwrap()[0].id;
    // The same guid with new text: updated in place, state kept.
    let new = store
        .save_fetch(
            id,
            &fetched("N", vec![entry("a", "Final", 100, "Second text.")]),
        )
        .unwrap();
    assert_eq!(new, 0);
    let rows = store.entries(EntryView::All).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, entry_id);
    assert_eq!(rows[0].title, "Final");
    assert!(rows[0].read && rows[0].starred);
    assert_eq!(
        store.article(entry_id).unwrap().unwrap().paragraphs[0],
        "Second text."
    );
    assert_eq!(store.entries(EntryView::Unread).unwrap().len(), 0);
    assert_eq!(store.entries(EntryView::Starred).unwrap().len(), 1);
    assert_eq!(store.counts().unwrap(), (0, 1));
}

#[test]
fn a_failed_fetch_keeps_the_entries_and_says_why_until_a_fetch_works() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (id, _) = store.add_feed("http://news.test/feed", "").unwrap();
    store
        .save_fetch(id, &fetched("N", vec![entry("a", "Kept", 100, "Text.")]))
        .unwrap();
    store
        .save_fetch(
            id,
            &FetchOutcome::Failed {
                error: "HTTP 500 Internal Server Error".into(),
                retry_after: None,
            },
        )
        .unwrap();
    let feed = store.feed(id).unwrap().unwrap();
    assert_eq!(
        feed.last_error.as_deref(),
        Some("HTTP 500 Internal Server Error")
    );
    assert_eq!(feed.total, 1);
    assert_eq!(feed.etag.as_deref(), Some("\"v1\""), "validators kept");
    store.save_fetch(id, &FetchOutcome::NotModified).unwrap();
    assert_eq!(store.feed(id).unwrap().unwrap().last_error, None);
}

#[test]
fn removing_a_feed_removes_its_entries_and_find_takes_url_or_title() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (id, _) = store.add_feed("http://news.test/feed", "").unwrap();
    store
        .save_fetch(id, &fetched("Harbour News", vec![entry("a", "A", 1, "T.")]))
        .unwrap();
    assert_eq!(store.find_feed("harbour news").unwrap().unwrap().id, id);
    assert_eq!(
        store
            .find_feed("http://news.test/feed")
            .unwrap()
            .unwrap()
            .id,
        id
    );
    assert!(store.find_feed("nothing").unwrap().is_none());
    store.remove_feed(id).unwrap();
    assert!(store.feeds().unwrap().is_empty());
    assert!(store.entries(EntryView::All).unwrap().is_empty());
}

#[test]
fn two_handles_on_one_file_both_write() {
    let (_dir, path) = temp_db();
    let mut first = Store::open(&path).unwrap();
    let mut second = Store::open(&path).unwrap();
    let (id, _) = first.add_feed("http://one.test/feed", "").unwrap();
    second.add_feed("http://two.test/feed", "").unwrap();
    second
        .save_fetch(id, &fetched("One", vec![entry("a", "A", 1, "T.")]))
        .unwrap();
    let entry_id = first.entries(EntryView::All).unwrap()[0].id;
    first.set_read(entry_id, true).unwrap();
    assert!(second.is_read(entry_id).unwrap());
    assert_eq!(first.feeds().unwrap().len(), 2);
}

#[test]
fn a_store_that_cannot_be_opened_is_named_in_the_error() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be.
    let path = dir.path().join("byline.db");
    std::fs::create_dir(&path).unwrap();
    let message = Store::open(&path).err().expect("an error").to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
}

#[test]
fn a_read_only_store_reports_the_write_that_failed() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (id, _) = store.add_feed("http://news.test/feed", "").unwrap();
    drop(store);
    let folder = path.parent().unwrap();
    for p in [folder, path.as_path()] {
        let mode = if p == folder { 0o555 } else { 0o444 };
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let mut _immutable = None;
    if std::fs::OpenOptions::new().append(true).open(&path).is_ok() {
        // As root, permissions do not stop writes; the immutable attribute
        // does, where the file system and our capabilities allow it.
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o755)).unwrap();
        match Immutable::set(&[path.as_path(), folder]) {
            Some(guard) => _immutable = Some(guard),
            None => {
                eprintln!("note: running as root without chattr +i; skipped");
                return;
            }
        }
    }
    let result = Store::open(&path)
        .and_then(|mut s| s.save_fetch(id, &fetched("N", vec![entry("a", "A", 1, "T.")])));
    drop(_immutable);
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let message = result.expect_err("the write fails").to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
}

/// Files made immutable (`chattr +i`) until dropped, so that even root
/// cannot write them; cleared again however the test ends.
struct Immutable(Vec<std::path::PathBuf>);

impl Immutable {
    fn set(paths: &[&std::path::Path]) -> Option<Immutable> {
        let mut guard = Immutable(Vec::new());
        for path in paths {
            let ok = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                return None;
            }
            guard.0.push(path.to_path_buf());
        }
        // Root may still be able to write if the attribute is not honoured.
        let blocked = std::fs::OpenOptions::new()
            .append(true)
            .open(paths[0])
            .is_err();
        blocked.then_some(guard)
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        for path in &self.0 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(path)
                .status();
        }
    }
}

#[test]
fn analyses_are_cached_by_content_hash_and_version() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let article = byline::article::Article::from_paragraphs("T", &["One.", "Two."]);
    let key = analysis_key(&article);
    assert_eq!(key, analysis_key(&article.clone()), "stable");
    let mut edited = article.clone();
    edited.paragraphs[1].push('!');
    assert_ne!(key, analysis_key(&edited));
    assert_eq!(store.analysis(&key, 1).unwrap(), None);
    store.put_analysis(&key, 1, b"first").unwrap();
    assert_eq!(
        store.analysis(&key, 1).unwrap().as_deref(),
        Some(&b"first"[..])
    );
    // Another version's blob is not trusted; a new put replaces it.
    assert_eq!(store.analysis(&key, 2).unwrap(), None);
    store.put_analysis(&key, 2, b"second").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.analysis(&key, 2).unwrap().as_deref(),
        Some(&b"second"[..])
    );
    assert_eq!(store.analysis(&key, 1).unwrap(), None);
}

#[test]
fn an_entry_without_paragraphs_reads_as_its_summary() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let (id, _) = store.add_feed("http://news.test/feed", "").unwrap();
    let mut bare = entry("a", "Bare", 1, "Only a summary.");
    bare.paragraphs.clear();
    store.save_fetch(id, &fetched("N", vec![bare])).unwrap();
    let row = store.entries(EntryView::All).unwrap()[0].id;
    assert_eq!(
        store.article(row).unwrap().unwrap().paragraphs,
        ["Only a summary."]
    );
}
