//! Feeds fetched from a real HTTP server on 127.0.0.1 (tests/feeds_support):
//! every format, conditional GET, full text for summary-only entries, and
//! each fault a feed reader meets, reported in words and losing nothing.

mod feeds_support;

use byline::feeds::http::{Client, Limits, Validators};
use byline::feeds::refresh::{Job, fetch_one, refresh};
use byline::feeds::{FeedEntry, FetchOutcome, ParsedFeed};
use byline::store::{EntryView, PAGE_RETRY_WAIT, PAGE_TRIES, Store};
use feeds_support::FeedServer;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

fn job(url: &str) -> Job {
    Job {
        url: url.to_string(),
        full_text: true,
        ..Job::default()
    }
}

fn fetched(outcome: FetchOutcome) -> (ParsedFeed, Validators, Vec<String>) {
    match outcome {
        FetchOutcome::Fetched {
            feed,
            etag,
            last_modified,
            warnings,
        } => (
            feed,
            Validators {
                etag,
                last_modified,
            },
            warnings,
        ),
        other => panic!("expected a feed, got {other:?}"),
    }
}

fn failure(outcome: FetchOutcome) -> (String, Option<i64>) {
    match outcome {
        FetchOutcome::Failed { error, retry_after } => (error, retry_after),
        other => panic!("expected a failure, got {other:?}"),
    }
}

fn text(entry: &FeedEntry) -> String {
    entry.paragraphs.join("\n")
}

#[test]
fn rss_2_gives_titles_dates_authors_and_the_full_content() {
    let server = FeedServer::start();
    let (feed, validators, _) = fetched(fetch_one(
        &Client::default(),
        &job(&server.url("/rss2.xml")),
    ));
    assert_eq!(feed.title, "Harbour Gazette");
    assert_eq!(feed.entries.len(), 2);
    let ferry = &feed.entries[0];
    assert_eq!(ferry.title, "Ferry timetable changes from March");
    assert_eq!(ferry.key, "id:harbour-0001");
    assert_eq!(ferry.date.as_deref(), Some("2026-03-02"));
    assert_eq!(ferry.author.as_deref(), Some("Mara Lind"));
    assert_eq!(ferry.paragraphs.len(), 3, "{:?}", ferry.paragraphs);
    assert!(ferry.paragraphs[1].starts_with("\"We listened to the commuters,\" said Ines Calder"));
    assert!(!ferry.summary_only);
    // A long description is the article itself: no page to fetch.
    let lighthouse = &feed.entries[1];
    assert_eq!(lighthouse.title, "Lighthouse & museum reopen");
    assert!(!lighthouse.summary_only && !lighthouse.full_text);
    assert_eq!(lighthouse.paragraphs.len(), 3);
    assert_eq!(validators.etag.as_deref(), Some("\"rss2.xml-v1\""));
}

#[test]
fn rss_1_atom_and_json_feed_are_read() {
    let server = FeedServer::start();
    let client = Client::default();
    let (rdf, _, _) = fetched(fetch_one(&client, &job(&server.url("/rss1.rdf"))));
    assert_eq!(rdf.title, "Valley Courier");
    assert_eq!(rdf.entries[0].title, "Old bridge closes for repairs");
    assert_eq!(rdf.entries[0].date.as_deref(), Some("2026-02-20"));

    let (atom, _, _) = fetched(fetch_one(&client, &job(&server.url("/atom.xml"))));
    let snow = &atom.entries[0];
    assert_eq!(
        snow.title, "Snow closes the pass",
        "markup in a title is text"
    );
    assert_eq!(
        snow.link.as_deref(),
        Some(server.url("/snow-pass").as_str())
    );
    assert_eq!(snow.date.as_deref(), Some("2026-03-03"));
    assert_eq!(snow.paragraphs.len(), 2);

    let (json, _, _) = fetched(fetch_one(&client, &job(&server.url("/feed.json"))));
    assert_eq!(json.title, "Coast Weekly");
    assert_eq!(json.entries[0].key, "id:coast-17");
    assert_eq!(json.entries[0].author.as_deref(), Some("Lena Ost"));
    assert_eq!(json.entries[0].paragraphs.len(), 2);
}

#[test]
fn an_unchanged_feed_costs_a_304_the_second_time() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("b.db")).unwrap();
    let url = server.url("/atom.xml");
    let (id, _) = store.add_feed(&url, "").unwrap();
    let client = Client::default();
    for round in 0..2 {
        let feed = store.feed(id).unwrap().unwrap();
        let job = Job {
            id,
            url: url.clone(),
            validators: Validators {
                etag: feed.etag,
                last_modified: feed.last_modified,
            },
            ..Job::default()
        };
        let outcome = fetch_one(&client, &job);
        if round == 1 {
            assert_eq!(outcome, FetchOutcome::NotModified);
        }
        store.save_fetch(id, &outcome).unwrap();
    }
    assert_eq!(server.hits("/atom.xml"), 2);
    let feed = store.feed(id).unwrap().unwrap();
    assert_eq!((feed.total, feed.last_error), (1, None));
}

#[test]
fn a_summary_only_entry_gets_the_linked_article_and_keeps_its_summary() {
    let server = FeedServer::start();
    let (feed, _, warnings) = fetched(fetch_one(
        &Client::default(),
        &job(&server.url("/summary.xml")),
    ));
    let bridge = &feed.entries[0];
    assert!(bridge.summary_only && bridge.full_text);
    assert_eq!(
        bridge.summary,
        ["The council voted for the footbridge. Read more…"]
    );
    assert!(
        text(bridge).contains("said Councillor Petra Holm"),
        "{}",
        text(bridge)
    );
    assert!(!text(bridge).contains("Home"), "page chrome is dropped");
    // The page that is missing: named in a warning, the summary stays.
    let barrier = &feed.entries[1];
    assert!(!barrier.full_text);
    assert_eq!(
        barrier.paragraphs,
        ["The test of the flood barrier moves to April."]
    );
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("/articles/missing.html") && warnings[0].contains("404"),
        "{warnings:?}"
    );
}

#[test]
fn the_full_text_switch_off_fetches_no_page() {
    let server = FeedServer::start();
    let job = Job {
        full_text: false,
        ..job(&server.url("/summary.xml"))
    };
    let (feed, _, _) = fetched(fetch_one(&Client::default(), &job));
    assert!(!feed.entries[0].full_text);
    assert_eq!(server.hits("/articles/footbridge.html"), 0);
}

#[test]
fn an_entry_already_stored_unchanged_is_not_fetched_again() {
    let server = FeedServer::start();
    let client = Client::default();
    let (first, _, _) = fetched(fetch_one(&client, &job(&server.url("/summary.xml"))));
    let known = first
        .entries
        .iter()
        .map(|e| (e.key.clone(), e.content_hash.clone()))
        .collect();
    fetch_one(
        &client,
        &Job {
            known,
            ..job(&server.url("/summary.xml"))
        },
    );
    assert_eq!(server.hits("/articles/footbridge.html"), 1);
}

#[test]
fn a_windows_1252_feed_is_decoded() {
    let server = FeedServer::start();
    let (feed, _, _) = fetched(fetch_one(
        &Client::default(),
        &job(&server.url("/cp1252.xml")),
    ));
    assert_eq!(feed.title, "Café Journal");
    assert_eq!(feed.entries[0].title, "Crème brûlée – the café’s secret");
    assert!(text(&feed.entries[0]).contains("“It is the sugar,” said the chéf"));
}

#[test]
fn duplicate_guids_and_entries_without_date_or_link_are_stored_once_and_stably() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("b.db")).unwrap();
    let (id, _) = store.add_feed(&server.url("/dupes.xml"), "").unwrap();
    let client = Client::default();
    let outcome = fetch_one(&client, &job(&server.url("/dupes.xml")));
    let (feed, _, _) = fetched(outcome.clone());
    assert_eq!(
        feed.entries[3].title,
        "An entry without a title, date or link, only text."
    );
    assert_eq!(feed.entries[2].date, None);
    assert_eq!(store.save_fetch(id, &outcome).unwrap(), 3);
    // Fetched again (no validators): the same entries, none new.
    let again = fetch_one(&client, &job(&server.url("/dupes.xml")));
    assert_eq!(store.save_fetch(id, &again).unwrap(), 0);
    let titles: Vec<String> = store
        .entries(EntryView::Feed(id))
        .unwrap()
        .into_iter()
        .map(|e| e.title)
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert_eq!(
        titles.iter().filter(|t| t.ends_with("telling")).count(),
        1,
        "one entry per guid: {titles:?}"
    );
}

#[test]
fn a_gzipped_feed_is_decompressed() {
    let server = FeedServer::start();
    let (feed, _, _) = fetched(fetch_one(
        &Client::default(),
        &job(&server.url("/gzip.xml")),
    ));
    assert_eq!(feed.title, "Harbour Gazette");
    assert_eq!(feed.entries.len(), 2);
}

#[test]
fn rss_0_91_is_read() {
    let doc = br#"<?xml version="1.0"?><rss version="0.91"><channel><title>Old Times</title>
        <link>http://old.test/</link><description>d</description><language>en</language>
        <item><title>Mill closes</title><link>http://old.test/mill</link>
        <description>The old mill closes after a century.</description></item></channel></rss>"#;
    let feed = byline::feeds::parse::parse_feed(doc, None).unwrap();
    assert_eq!(feed.title, "Old Times");
    assert_eq!(feed.entries[0].key, "link:http://old.test/mill");
    assert_eq!(
        feed.entries[0].paragraphs,
        ["The old mill closes after a century."]
    );
}

#[test]
fn a_permanent_redirect_is_followed() {
    let server = FeedServer::start();
    let (feed, _, _) = fetched(fetch_one(
        &Client::default(),
        &job(&server.url("/moved.xml")),
    ));
    assert_eq!(feed.title, "Mountain Post");
}

/// Each fault, and a word its message must contain.
#[test]
fn every_fault_is_a_clear_message() {
    let server = FeedServer::start();
    let small = Client::new(Limits {
        max_body: 1 << 20,
        ..Limits::default()
    });
    let cases = [
        ("/missing.xml", "HTTP 404"),
        ("/gone.xml", "HTTP 410"),
        ("/broken.xml", "HTTP 500"),
        ("/loop.xml", "too many redirects"),
        ("/malformed.xml", "malformed XML"),
        ("/huge.xml", "too large"),
        ("/bomb.xml", "too large"),
    ];
    for (path, expected) in cases {
        let (error, _) = failure(fetch_one(&small, &job(&server.url(path))));
        assert!(error.contains(expected), "{path}: {error}");
    }
    let (error, _) = failure(fetch_one(&small, &job(&server.url("/page.html"))));
    assert!(error.contains("web page"), "{error}");
    assert!(
        error.contains(&format!("advertises a feed at {}", server.url("/atom.xml"))),
        "{error}"
    );
}

#[test]
fn a_rate_limited_feed_says_when_and_is_not_asked_again_before() {
    let server = FeedServer::start();
    let client = Client::default();
    let before = byline::store::now();
    let (error, retry_after) = failure(fetch_one(&client, &job(&server.url("/busy.xml"))));
    assert!(
        error.contains("HTTP 429") && error.contains("120 s"),
        "{error}"
    );
    let retry_after = retry_after.expect("a time to come back");
    assert!((before + 119..=before + 125).contains(&retry_after));
    let waiting = Job {
        retry_after: Some(retry_after),
        ..job(&server.url("/busy.xml"))
    };
    let (error, _) = failure(fetch_one(&client, &waiting));
    assert!(error.contains("wait"), "{error}");
    assert_eq!(server.hits("/busy.xml"), 1);
}

#[test]
fn a_retry_after_given_as_an_http_date_is_waited_for_too() {
    let server = FeedServer::start();
    let before = byline::store::now();
    let outcome = fetch_one(&Client::default(), &job(&server.url("/busy-until.xml")));
    let (error, retry_after) = failure(outcome);
    assert!(error.contains("HTTP 503"), "{error}");
    // The date says two minutes from now: not the hour a 429 without one
    // would wait, and not "no wait" either.
    let retry_after = retry_after.expect("a time to come back");
    assert!(
        (before + 115..=before + 125).contains(&retry_after),
        "{error}: {}",
        retry_after - before
    );
}

#[test]
fn network_faults_are_named() {
    let server = FeedServer::start();
    let patient = Client::default();
    let (refused, _) = failure(fetch_one(&patient, &job("http://127.0.0.1:1/feed.xml")));
    assert!(
        refused.contains("connect") || refused.contains("refused"),
        "{refused}"
    );
    let (dns, _) = failure(fetch_one(
        &patient,
        &job("http://no-such-host.invalid/feed.xml"),
    ));
    assert!(dns.contains("host not found"), "{dns}");
    let hasty = Client::new(Limits {
        total: Duration::from_millis(800),
        ..Limits::default()
    });
    let (slow, _) = failure(fetch_one(&hasty, &job(&server.url("/slow.xml"))));
    assert!(slow.contains("timed out"), "{slow}");
    for url in ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "feed.xml"] {
        let (error, _) = failure(fetch_one(&patient, &job(url)));
        assert!(error.contains("http or https"), "{url}: {error}");
    }
}

#[test]
fn a_refresh_of_many_feeds_reports_each_once() {
    let server = FeedServer::start();
    let paths = [
        "/rss2.xml",
        "/rss1.rdf",
        "/atom.xml",
        "/feed.json",
        "/gone.xml",
        "/cp1252.xml",
    ];
    let jobs: Vec<Job> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| Job {
            id: i as i64,
            ..job(&server.url(p))
        })
        .collect();
    let seen = Mutex::new(Vec::new());
    refresh(&Client::default(), jobs, 4, &|id, outcome| {
        seen.lock()
            .unwrap()
            .push((id, matches!(outcome, FetchOutcome::Fetched { .. })));
    });
    let mut seen = seen.into_inner().unwrap();
    seen.sort();
    assert_eq!(
        seen,
        [
            (0, true),
            (1, true),
            (2, true),
            (3, true),
            (4, false),
            (5, true)
        ]
    );
}

/// Refresh the subscription `url` as of `at` (Unix seconds) and save what
/// came, as `byline fetch` and the reader do.
fn fetch_and_save(store: &mut Store, url: &str, at: i64) {
    let feed = store.feed_by_url(url).unwrap().expect("subscribed");
    let job = store.refresh_job_at(&feed, at).unwrap();
    let outcome = fetch_one(&Client::default(), &job);
    store.save_fetch(feed.id, &outcome).unwrap();
}

/// Whether the stored entry titled `title` has its full text, and its text.
fn stored_text(store: &Store, title: &str) -> (bool, String) {
    let rows = store.entries(EntryView::All).unwrap();
    let row = rows.iter().find(|r| r.title == title).expect("stored");
    let article = store.article(row.id).unwrap().unwrap();
    (row.full_text, article.paragraphs.join("\n"))
}

const FLAKY_TITLE: &str = "Council approves the new footbridge";

/// A store in `dir` subscribed to the server's /flaky.xml: the store, the
/// feed's URL, and the time now.
fn subscribed_to_flaky(server: &FeedServer, dir: &Path) -> (Store, String, i64) {
    let mut store = Store::open(&dir.join("b.db")).unwrap();
    let url = server.url("/flaky.xml");
    store.add_feed(&url, "").unwrap();
    (store, url, byline::store::now())
}

#[test]
fn a_page_that_failed_is_fetched_again_on_a_later_fetch_after_a_wait() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (mut store, url, now) = subscribed_to_flaky(&server, dir.path());

    fetch_and_save(&mut store, &url, now);
    assert_eq!(server.hits("/articles/flaky.html"), 1, "down: a 500");
    let (full, text) = stored_text(&store, FLAKY_TITLE);
    assert!(!full);
    assert_eq!(text, "The council voted for the footbridge. Read more…");

    // At once again: not yet, and the unchanged feed costs a 304.
    fetch_and_save(&mut store, &url, now);
    assert_eq!(server.hits("/articles/flaky.html"), 1);
    assert_eq!(server.hits("/flaky.xml"), 2);

    // After the wait the page is asked for again, the entry unchanged.
    fetch_and_save(&mut store, &url, now + PAGE_RETRY_WAIT + 60);
    assert_eq!(server.hits("/articles/flaky.html"), 2);
    let (full, text) = stored_text(&store, FLAKY_TITLE);
    assert!(full, "{text}");
    assert!(text.contains("said Councillor Petra Holm"), "{text}");

    // Stored now: never asked for again.
    fetch_and_save(&mut store, &url, now + 1_000 * PAGE_RETRY_WAIT);
    assert_eq!(server.hits("/articles/flaky.html"), 2);
}

#[test]
fn a_page_that_keeps_failing_is_tried_a_few_times_then_left_to_its_summary() {
    let server = FeedServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (mut store, url, now) = subscribed_to_flaky(&server, dir.path());
    for fetch in 0..10 {
        fetch_and_save(&mut store, &url, now + fetch * 1_000 * PAGE_RETRY_WAIT);
    }
    assert_eq!(server.hits("/articles/missing.html"), PAGE_TRIES as usize);
    let (full, text) = stored_text(&store, "Flood barrier test postponed");
    assert!(!full);
    assert_eq!(text, "The test of the flood barrier moves to April.");
}
