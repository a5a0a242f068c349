//! `byline feeds` and `byline fetch`, the real binary against a feed server
//! on 127.0.0.1 and a store in a temporary folder.

mod feeds_support;

use byline::store::Store;
use feeds_support::FeedServer;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

fn byline(db: &Path, args: &[&str]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_DB", db)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the byline binary runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("byline.db");
    (dir, db)
}

#[test]
fn adding_a_page_subscribes_to_the_feed_it_advertises() {
    let server = FeedServer::start();
    let (_dir, db) = temp_db();
    let run = byline(&db, &["feeds", "add", &server.url("/page.html")]);
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!(
            "subscribed to Mountain Post ({})",
            server.url("/atom.xml")
        )),
        "{}",
        run.stdout
    );
    let list = byline(&db, &["feeds"]);
    let line = list.stdout.lines().next().unwrap_or_default().to_string();
    assert!(line.starts_with("Mountain Post\t"), "{line}");
    assert!(line.contains(&server.url("/atom.xml")), "{line}");
    assert!(
        line.contains("1 unread of 1") && line.contains(": ok"),
        "{line}"
    );
    // Adding it again changes nothing.
    let again = byline(&db, &["feeds", "add", &server.url("/atom.xml")]);
    assert!(
        again.stdout.contains("already subscribed"),
        "{}",
        again.stdout
    );
}

#[test]
fn a_feed_that_fails_is_not_subscribed_and_the_reason_is_named() {
    let server = FeedServer::start();
    let (_dir, db) = temp_db();
    let url = server.url("/gone.xml");
    let run = byline(&db, &["feeds", "add", &url, "ftp://x.test/feed"]);
    assert!(!run.ok);
    assert!(
        run.stderr.contains(&format!("{url}: HTTP 410")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("ftp://x.test/feed: not an http or https URL"),
        "{}",
        run.stderr
    );
    assert!(
        byline(&db, &["feeds"])
            .stdout
            .starts_with("no subscriptions")
    );
}

#[test]
fn import_fetch_then_fetch_again_costs_304s() {
    let server = FeedServer::start();
    let (dir, db) = temp_db();
    let opml = dir.path().join("subs.opml");
    std::fs::write(
        &opml,
        format!(
            r#"<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="News">
            <outline text="Gazette" xmlUrl="{}"/><outline text="Gone" xmlUrl="{}"/>
            <outline text="Coast" xmlUrl="{}"/></outline></body></opml>"#,
            server.url("/rss2.xml"),
            server.url("/gone.xml"),
            server.url("/feed.json")
        ),
    )
    .unwrap();
    let import = byline(&db, &["feeds", "import", opml.to_str().unwrap()]);
    assert!(
        import.ok && import.stdout.contains("imported 3 new"),
        "{}",
        import.stdout
    );

    let fetch = byline(&db, &["fetch"]);
    assert!(!fetch.ok, "a failed feed fails the command");
    assert_eq!(
        fetch.stdout.trim(),
        "fetched 3 feeds: 2 updated (3 new entries), 0 unchanged, 1 failed"
    );
    assert!(
        fetch
            .stderr
            .contains(&format!("{}: HTTP 410", server.url("/gone.xml"))),
        "{}",
        fetch.stderr
    );
    let list = byline(&db, &["feeds"]).stdout;
    assert!(
        list.contains("Harbour Gazette\t") && list.contains("2 unread of 2"),
        "{list}"
    );
    assert!(list.contains("FAILED: HTTP 410"), "{list}");

    let again = byline(
        &db,
        &["fetch", "Harbour Gazette", &server.url("/feed.json")],
    );
    assert!(again.ok, "{}", again.stderr);
    assert_eq!(
        again.stdout.trim(),
        "fetched 2 feeds: 0 updated (0 new entries), 2 unchanged, 0 failed"
    );
    assert_eq!(server.hits("/rss2.xml"), 2);

    let unknown = byline(&db, &["fetch", "http://nowhere.test/feed"]);
    assert!(
        !unknown.ok && unknown.stderr.contains("not a subscription"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn export_then_import_elsewhere_gives_the_same_subscriptions_and_remove_takes_a_title() {
    let server = FeedServer::start();
    let (dir, db) = temp_db();
    assert!(
        byline(
            &db,
            &[
                "feeds",
                "add",
                &server.url("/rss2.xml"),
                &server.url("/rss1.rdf")
            ]
        )
        .ok
    );
    let exported = byline(&db, &["feeds", "export"]);
    assert!(
        exported.stdout.contains("<opml version=\"2.0\">"),
        "{}",
        exported.stdout
    );
    let file = dir.path().join("out.opml");
    std::fs::write(&file, &exported.stdout).unwrap();
    let other = dir.path().join("other.db");
    assert!(byline(&other, &["feeds", "import", file.to_str().unwrap()]).ok);
    let urls = |db: &Path| {
        let mut urls: Vec<String> = Store::open(db)
            .unwrap()
            .feeds()
            .unwrap()
            .into_iter()
            .map(|f| f.url)
            .collect();
        urls.sort();
        urls
    };
    assert_eq!(urls(&db), urls(&other));
    let removed = byline(&db, &["feeds", "remove", "valley courier"]);
    assert!(
        removed.ok && removed.stdout.contains("removed Valley Courier"),
        "{}",
        removed.stdout
    );
    assert_eq!(urls(&db), [server.url("/rss2.xml")]);
    assert!(!byline(&db, &["feeds", "remove", "nothing"]).ok);
}

#[test]
fn a_newsboat_urls_file_imports_with_its_names() {
    let (dir, db) = temp_db();
    let urls = dir.path().join("urls");
    std::fs::write(
        &urls,
        "http://a.test/feed \"~Harbour Daily\" news\n# off\nhttps://b.test/rss\n",
    )
    .unwrap();
    let run = byline(&db, &["feeds", "import", urls.to_str().unwrap()]);
    assert!(run.stdout.contains("imported 2 new"), "{}", run.stdout);
    let list = byline(&db, &["feeds"]).stdout;
    assert!(
        list.contains("Harbour Daily\thttp://a.test/feed\t0 unread of 0\tnever fetched"),
        "{list}"
    );
}

#[test]
fn the_db_option_wins_over_the_environment() {
    let (dir, db) = temp_db();
    let chosen = dir.path().join("chosen.db");
    std::fs::write(dir.path().join("urls"), "http://a.test/feed\n").unwrap();
    let urls = dir.path().join("urls");
    let run = byline(
        &db,
        &[
            "--db",
            chosen.to_str().unwrap(),
            "feeds",
            "import",
            urls.to_str().unwrap(),
        ],
    );
    assert!(run.ok, "{}", run.stderr);
    assert!(chosen.is_file());
    assert!(!db.exists());
}

#[test]
fn help_lists_the_feed_commands() {
    let (_dir, db) = temp_db();
    let help = byline(&db, &["--help"]).stdout;
    for word in ["feeds", "fetch", "--db"] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
    let feeds = byline(&db, &["feeds", "--help"]).stdout;
    for word in ["add", "remove", "import", "export", "full-text"] {
        assert!(feeds.contains(word), "{word} missing from:\n{feeds}");
    }
}

/// A fetch killed mid-way keeps every feed it had saved, and the file is sound.
#[test]
fn a_fetch_killed_mid_way_loses_nothing_committed() {
    let server = FeedServer::start();
    let (_dir, db) = temp_db();
    {
        let mut store = Store::open(&db).unwrap();
        store.add_feed(&server.url("/rss2.xml"), "A").unwrap();
        store.add_feed(&server.url("/slow.xml"), "B").unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["fetch", "--connections", "1"])
        .env("BYLINE_DB", &db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let store = Store::open(&db).unwrap();
    let start = Instant::now();
    while store.feeds().unwrap().iter().all(|f| f.total == 0) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the first feed was never saved"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(store);
    let raw = rusqlite::Connection::open(&db).unwrap();
    let check: String = raw
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let store = Store::open(&db).unwrap();
    let feeds = store.feeds().unwrap();
    let saved = feeds.iter().find(|f| f.url.ends_with("/rss2.xml")).unwrap();
    assert_eq!(saved.total, 2);
}

#[test]
fn analyze_reads_a_feed_file_entry_by_entry() {
    let (_dir, db) = temp_db();
    let run = byline(&db, &["analyze", "--json", "data/harbour-gazette.xml"]);
    assert!(run.ok, "{}", run.stderr);
    let reports: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["source"], "Harbour Gazette");
    assert_eq!(
        reports[0]["title"],
        "Ferry operator moves the first crossing earlier"
    );
    let speakers: Vec<&str> = reports[0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["speaker_name"].as_str())
        .collect();
    assert!(speakers.contains(&"Ines Calder"), "{speakers:?}");
}

#[test]
fn people_and_quotes_with_no_path_read_the_subscriptions_and_keep_analyses() {
    let (_dir, db) = temp_db();
    {
        let mut store = Store::open(&db).unwrap();
        let xml = feeds_support::fixture("rss2.xml");
        feeds_support::store_feed(&mut store, "http://harbour.test/rss", &xml);
    }
    let people = byline(&db, &["people"]);
    assert!(people.ok, "{}", people.stderr);
    assert!(people.stdout.contains("Ines Calder"), "{}", people.stdout);
    let quotes = byline(&db, &["quotes", "--speaker", "Ines Calder", "--markdown"]);
    assert!(quotes.ok, "{}", quotes.stderr);
    assert!(
        quotes
            .stdout
            .contains("— Ines Calder, *Ferry timetable changes from March*, Harbour Gazette"),
        "{}",
        quotes.stdout
    );
    let mut store = Store::open(&db).unwrap();
    let articles = byline::index::store_articles(&store).unwrap();
    let added = byline::index::Index::new().add(&articles, &mut store);
    assert_eq!(
        (added.analysed, added.cached),
        (0, 2),
        "the store kept them"
    );
}

#[test]
fn a_file_that_is_not_a_store_is_named_and_left_alone() {
    let (_dir, db) = temp_db();
    std::fs::write(&db, "not a database, a note\n").unwrap();
    let run = byline(&db, &["feeds"]);
    assert!(!run.ok);
    assert!(
        run.stderr.contains(&db.display().to_string()) && run.stderr.contains("not a database"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&db).unwrap(), b"not a database, a note\n");
}
