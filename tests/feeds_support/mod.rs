//! A feed server on 127.0.0.1 for tests: our fixtures (tests/fixtures/feeds)
//! at fixed paths, with ETags for conditional GET, and one path per fault a
//! feed reader meets (errors, rate limits, redirect loops, slow, huge and
//! gzip-bomb bodies). Every request is counted by path.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server};

pub struct FeedServer {
    pub base: String,
    server: Arc<Server>,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    thread: Option<JoinHandle<()>>,
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/feeds")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Subscribe `store` to `url` and save the feed in `xml` as fetched from
/// it; the subscription's id.
pub fn store_feed(store: &mut byline::store::Store, url: &str, xml: &[u8]) -> i64 {
    let (id, _) = store.add_feed(url, "").unwrap();
    let feed = byline::feeds::parse::parse_feed(xml, None).unwrap();
    let outcome = byline::feeds::FetchOutcome::fetched(feed);
    store.save_fetch(id, &outcome).unwrap();
    id
}

/// Bytes of the body served at /huge.xml: over the caps tests set.
pub const HUGE_BYTES: usize = 3 << 20;

/// Entries of the feed served at /big.xml, each with a long article (about
/// 4 KB): about 1 MB to store in all.
pub const BIG_ENTRIES: usize = 250;

/// A valid RSS feed of [`BIG_ENTRIES`] full articles, for filling a store.
fn big_feed() -> Vec<u8> {
    let mut body = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big Ledger</title>",
    );
    let paragraph =
        "The harbour board met again on Tuesday to weigh the cost of the new breakwater. ";
    for n in 0..BIG_ENTRIES {
        body.push_str(&format!(
            "<item><title>Ledger story {n}</title><guid>ledger-{n}</guid><description>&lt;p&gt;{}&lt;/p&gt;</description></item>",
            paragraph.repeat(50)
        ));
    }
    body.push_str("</channel></rss>");
    body.into_bytes()
}

impl FeedServer {
    pub fn start() -> FeedServer {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a loopback port"));
        let base = format!("http://{}", server.server_addr().to_ip().unwrap());
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let thread = {
            let server = Arc::clone(&server);
            let hits = Arc::clone(&hits);
            let base = base.clone();
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    let path = request.url().split('?').next().unwrap_or("").to_string();
                    let hit = {
                        let mut hits = hits.lock().unwrap();
                        let count = hits.entry(path.clone()).or_default();
                        *count += 1;
                        *count
                    };
                    let base = base.clone();
                    // One thread per request: a slow answer holds up no other.
                    std::thread::spawn(move || respond(request, &path, &base, hit));
                }
            })
        };
        FeedServer {
            base,
            server,
            hits,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap()
}

fn request_header(request: &Request, name: &'static str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_string())
}

/// A fixture with an ETag: 304 when the client sends it back.
fn feed(request: Request, name: &str, content_type: &str, base: &str) {
    let etag = format!("\"{name}-v1\"");
    if request_header(&request, "If-None-Match").as_deref() == Some(etag.as_str()) {
        let _ = request.respond(Response::empty(304).with_header(header("ETag", &etag)));
        return;
    }
    let mut body = fixture(name);
    if name == "summary.xml" || name == "flaky.xml" {
        body = String::from_utf8(body)
            .unwrap()
            .replace("{BASE}", base)
            .into_bytes();
    }
    let _ = request.respond(
        Response::from_data(body)
            .with_header(header("Content-Type", content_type))
            .with_header(header("ETag", &etag)),
    );
}

fn status(request: Request, code: u16, extra: Option<(&str, &str)>) {
    let mut response = Response::from_string(format!("status {code}")).with_status_code(code);
    if let Some((name, value)) = extra {
        response = response.with_header(header(name, value));
    }
    let _ = request.respond(response);
}

fn gzip_bomb() -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![b' '; 1 << 20];
    for _ in 0..64 {
        encoder.write_all(&block).unwrap();
    }
    encoder.finish().unwrap()
}

/// Answer `request` for `path`, asked for the `hit`-th time.
fn respond(request: Request, path: &str, base: &str, hit: usize) {
    let xml = "application/rss+xml";
    match path {
        "/rss2.xml" | "/dupes.xml" | "/summary.xml" | "/malformed.xml" | "/flaky.xml" => {
            feed(request, &path[1..], xml, base)
        }
        "/rss1.rdf" => feed(request, "rss1.rdf", "application/rdf+xml", base),
        "/atom.xml" => feed(request, "atom.xml", "application/atom+xml", base),
        "/feed.json" => feed(request, "feed.json", "application/feed+json", base),
        "/cp1252.xml" => feed(
            request,
            "cp1252.xml",
            "text/xml; charset=windows-1252",
            base,
        ),
        "/page.html" => feed(request, "page.html", "text/html", base),
        "/articles/footbridge.html" => feed(request, "footbridge.html", "text/html", base),
        // Down the first time it is asked for, there afterwards.
        "/articles/flaky.html" if hit == 1 => status(request, 500, None),
        "/articles/flaky.html" => feed(request, "footbridge.html", "text/html", base),
        "/gone.xml" => status(request, 410, None),
        "/broken.xml" => status(request, 500, None),
        "/busy.xml" => status(request, 429, Some(("Retry-After", "120"))),
        // Retry-After as an HTTP-date, two minutes from now.
        "/busy-until.xml" => {
            let at = std::time::SystemTime::now() + Duration::from_secs(120);
            let date = httpdate::fmt_http_date(at);
            status(request, 503, Some(("Retry-After", &date)))
        }
        "/loop.xml" => status(request, 302, Some(("Location", "/loop2.xml"))),
        "/loop2.xml" => status(request, 302, Some(("Location", "/loop.xml"))),
        "/moved.xml" => status(request, 301, Some(("Location", "/atom.xml"))),
        "/slow.xml" => {
            std::thread::sleep(Duration::from_secs(3));
            feed(request, "rss2.xml", xml, base)
        }
        "/big.xml" => {
            let _ = request
                .respond(Response::from_data(big_feed()).with_header(header("Content-Type", xml)));
        }
        "/huge.xml" => {
            let mut body = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title><description>".to_vec();
            body.resize(HUGE_BYTES, b'x');
            let _ =
                request.respond(Response::from_data(body).with_header(header("Content-Type", xml)));
        }
        "/gzip.xml" => {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder.write_all(&fixture("rss2.xml")).unwrap();
            let _ = request.respond(
                Response::from_data(encoder.finish().unwrap())
                    .with_header(header("Content-Type", xml))
                    .with_header(header("Content-Encoding", "gzip")),
            );
        }
        "/bomb.xml" => {
            let _ = request.respond(
                Response::from_data(gzip_bomb())
                    .with_header(header("Content-Type", xml))
                    .with_header(header("Content-Encoding", "gzip")),
            );
        }
        _ => status(request, 404, None),
    }
}
