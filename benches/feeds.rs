//! Feeds and the store, measured (`cargo bench --bench feeds`; a plain
//! harness, since one refresh takes seconds):
//!
//! 1. Refresh 200 feeds of 50 entries each from local servers (8 loopback
//!    addresses, 25 feeds each, so per-host politeness applies as it would
//!    across real sites): one connection, then `refresh::CONNECTIONS`, in the
//!    same run, each into a fresh store (fetch, parse, save); then the
//!    parallel refresh again, when every feed answers 304. Run once with no
//!    added latency (pure CPU: parsing and saving) and once with 50 ms added
//!    to every response (a network round trip), the case parallel
//!    connections are for. `BYLINE_BENCH_LATENCY_MS=N` runs only N (`none`: no refresh).
//! 2. A store of 50,000 entries (200 feeds x 250, 8 paragraphs each), in a
//!    child process so its memory is its own: the first frame of the
//!    subscriptions (open the store, read feeds and counts, draw 200x60),
//!    the All unread list of 50,000 rows, opening an entry (read it from the
//!    store, analyse, draw the story), and peak RSS. Baselines in the same
//!    run: opening the store and counting its entries; reading the entry
//!    alone; RSS before the store is opened.

use byline::feeds::FetchOutcome;
use byline::feeds::http::Client;
use byline::feeds::parse::parse_feed;
use byline::feeds::refresh::{CONNECTIONS, refresh};
use byline::store::Store;
use byline::ui::feeds::FeedLibrary;
use byline::ui::{Action, App, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};
use tiny_http::{Header, Response, Server};

#[path = "support/corpus.rs"]
mod corpus;

const FEEDS: usize = 200;
const ENTRIES: usize = 50;
const HOSTS: usize = 8;
const STORE_FEEDS: usize = 200;
const STORE_ENTRIES: usize = 250;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An RSS 2.0 feed of `entries` items with full content.
fn feed_xml(feed: usize, entries: usize, paragraphs: &[String]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Bench feed {feed}</title><link>http://bench.test/{feed}/</link><description>bench</description>"
    );
    for i in 0..entries {
        let body: String = (0..5)
            .map(|k| {
                format!(
                    "<p>{}</p>",
                    escape(&paragraphs[(feed * 31 + i * 7 + k) % paragraphs.len()])
                )
            })
            .collect();
        xml.push_str(&format!(
            "<item><title>Story {i} of feed {feed}</title><link>http://bench.test/{feed}/{i}</link><guid>bench-{feed}-{i}</guid><pubDate>Mon, {:02} Mar 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[{body}]]></content:encoded></item>",
            1 + i % 28
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

/// One server per loopback address, each serving its share of the feeds
/// with an ETag, after `latency`.
fn start_servers(feeds: Arc<Vec<String>>, latency: Duration) -> Vec<String> {
    (0..HOSTS)
        .map(|host| {
            let server = Server::http(format!("127.0.0.{}:0", host + 1)).expect("a loopback port");
            let base = format!("http://{}", server.server_addr().to_ip().unwrap());
            let feeds = Arc::clone(&feeds);
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    let feeds = Arc::clone(&feeds);
                    std::thread::spawn(move || {
                        std::thread::sleep(latency);
                        let index: usize =
                            request.url().trim_start_matches("/f").parse().unwrap_or(0);
                        let etag = format!("\"{index}\"");
                        let fresh = request
                            .headers()
                            .iter()
                            .any(|h| h.field.equiv("If-None-Match") && h.value.as_str() == etag);
                        let header = Header::from_bytes("ETag", etag.as_bytes()).unwrap();
                        let _ = if fresh {
                            request.respond(Response::empty(304).with_header(header))
                        } else {
                            request.respond(
                                Response::from_string(feeds[index].clone()).with_header(header),
                            )
                        };
                    });
                }
            });
            base
        })
        .collect()
}

/// Refresh every subscription of `store` as `byline fetch` does; seconds.
fn refresh_into(store: &mut Store, connections: usize) -> (f64, usize) {
    let feeds = store.feeds().unwrap();
    let jobs: Vec<_> = feeds
        .iter()
        .map(|f| store.refresh_job(f).unwrap())
        .collect();
    let client = Client::default();
    let start = Instant::now();
    let (sender, results) = mpsc::channel();
    let mut new = 0;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            refresh(&client, jobs, connections, &|id, outcome| {
                let _ = sender.send((id, outcome));
            })
        });
        for (id, outcome) in results {
            if let FetchOutcome::Failed { error, .. } = &outcome {
                panic!("feed {id}: {error}");
            }
            new += store.save_fetch(id, &outcome).unwrap();
        }
    });
    (start.elapsed().as_secs_f64(), new)
}

fn refresh_bench(latency_ms: u64, paragraphs: &[String]) {
    let feeds: Arc<Vec<String>> = Arc::new(
        (0..FEEDS)
            .map(|f| feed_xml(f, ENTRIES, paragraphs))
            .collect(),
    );
    let bases = start_servers(Arc::clone(&feeds), Duration::from_millis(latency_ms));
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, connections: usize| {
        let mut store = Store::open(&dir.path().join(format!("{name}.db"))).unwrap();
        for f in 0..FEEDS {
            store
                .add_feed(&format!("{}/f{f}", bases[f % HOSTS]), "")
                .unwrap();
        }
        let (seconds, new) = refresh_into(&mut store, connections);
        assert_eq!(new, FEEDS * ENTRIES);
        (seconds, store)
    };
    let (one, _) = run("one", 1);
    let (parallel, mut store) = run("parallel", CONNECTIONS);
    let (unchanged, new) = refresh_into(&mut store, CONNECTIONS);
    assert_eq!(new, 0);
    println!(
        "refresh {FEEDS} feeds x {ENTRIES} entries, {latency_ms} ms latency: one connection {one:.2} s; {CONNECTIONS} connections {parallel:.2} s ({:.1}x faster); again, all 304: {unchanged:.2} s",
        one / parallel
    );
}

fn rss_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn build_store(path: &Path, paragraphs: &[String]) -> f64 {
    let start = Instant::now();
    let mut store = Store::open(path).unwrap();
    for f in 0..STORE_FEEDS {
        let xml = feed_xml(f, STORE_ENTRIES, paragraphs);
        let mut feed = parse_feed(xml.as_bytes(), None).unwrap();
        for entry in &mut feed.entries {
            // 8 paragraphs an entry.
            let more = entry.paragraphs.clone();
            entry.paragraphs.extend(more.into_iter().take(3));
        }
        let (id, _) = store
            .add_feed(&format!("http://bench.test/{f}"), "")
            .unwrap();
        store.save_fetch(id, &FetchOutcome::fetched(feed)).unwrap();
    }
    start.elapsed().as_secs_f64()
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn frame(app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    terminal.draw(|f| draw(app, f)).unwrap();
}

/// The child: open the big store as the reader does, and measure.
fn measure_store(path: &Path) {
    let rss_before = rss_kb("VmRSS:");
    let start = Instant::now();
    let store = Store::open(path).unwrap();
    let entries = store.counts().unwrap().0;
    let baseline = ms(start);
    drop(store);

    let start = Instant::now();
    let mut app = App::with_feeds(FeedLibrary::open(path).unwrap());
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    frame(&app);
    let first_frame = ms(start);

    let start = Instant::now();
    app.update(Action::Activate);
    frame(&app);
    let all_unread = ms(start);
    let listed = app.feeds().unwrap().entries.len();

    let id = app.feeds().unwrap().entries[0].id;
    let start = Instant::now();
    let article = Store::open(path).unwrap().article(id).unwrap().unwrap();
    let read_only = ms(start);
    assert!(!article.paragraphs.is_empty());

    let start = Instant::now();
    app.update(Action::Activate);
    frame(&app);
    let open = ms(start);
    assert!(app.story().is_some());
    println!(
        "store of {entries} entries: first frame of the subscriptions {first_frame:.1} ms (baseline open + count {baseline:.1} ms, {:.1}x); All unread ({listed} rows) {all_unread:.1} ms; opening an entry {open:.1} ms (reading it alone {read_only:.2} ms); RSS {:.1} MB before, peak {:.1} MB",
        first_frame / baseline,
        rss_before as f64 / 1024.0,
        rss_kb("VmHWM:") as f64 / 1024.0
    );
}

fn main() {
    // cargo bench passes --bench; the child gets the store's path.
    if let Ok(path) = std::env::var("BYLINE_BENCH_STORE") {
        measure_store(Path::new(&path));
        return;
    }
    let paragraphs = corpus::news_paragraphs();
    let latencies: Vec<u64> = match std::env::var("BYLINE_BENCH_LATENCY_MS") {
        Ok(ms) if ms == "none" => Vec::new(),
        Ok(ms) => vec![ms.parse().expect("milliseconds")],
        Err(_) => vec![0, 50],
    };
    for latency in latencies {
        refresh_bench(latency, &paragraphs);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.db");
    let built = build_store(&path, &paragraphs);
    println!(
        "built a store of {} entries in {built:.1} s ({} feeds, one transaction each); file {:.1} MB",
        STORE_FEEDS * STORE_ENTRIES,
        STORE_FEEDS,
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / (1 << 20) as f64
    );
    for _ in 0..3 {
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .env("BYLINE_BENCH_STORE", &path)
            .status()
            .unwrap();
        assert!(status.success());
    }
}
