//! Feed documents (RSS 0.9x / 1.0 / 2.0, Atom, JSON Feed, through `feed-rs`)
//! into our model: stable entry keys, dates, and the entry text turned into
//! paragraphs by the same HTML code as every saved page.

use super::model::{FeedEntry, ParsedFeed, stable_hash};
use crate::article::html_fragment_paragraphs;
use feed_rs::model::{Entry, Text};

/// An entry whose text is shorter than this (in words), and that has no
/// separate full content, is taken as a summary of the article it links to.
pub const SUMMARY_WORDS: usize = 120;

/// Why a document is not a feed we can read.
pub fn parse_feed(bytes: &[u8], base_url: Option<&str>) -> Result<ParsedFeed, String> {
    if looks_like_html(bytes) {
        return Err("this is a web page (HTML), not a feed".to_string());
    }
    // Our keys, not feed-rs's made-up ones: an entry without an id gets ""
    // here and a key from its link, or title and date, below.
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base_url)
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = parser.parse(bytes).map_err(|err| describe(&err))?;
    let title = feed.title.as_ref().map(text_of).unwrap_or_default();
    let site_url = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let entries = feed.entries.iter().map(entry_of).collect();
    Ok(ParsedFeed {
        title,
        site_url,
        entries,
    })
}

/// The first bytes say HTML (a site's page served where its feed should be).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

fn describe(err: &feed_rs::parser::ParseFeedError) -> String {
    use feed_rs::parser::{ParseErrorKind, ParseFeedError};
    match err {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => {
            "not a feed (no RSS, Atom or JSON Feed root)".to_string()
        }
        ParseFeedError::XmlReader(e) => format!("malformed XML: {e}"),
        ParseFeedError::JsonSerde(e) => format!("malformed JSON Feed: {e}"),
        other => format!("cannot read the feed: {other}"),
    }
}

fn entry_of(entry: &Entry) -> FeedEntry {
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|l| !l.is_empty());
    let when = entry.published.or(entry.updated);
    let published = when.map(|t| t.timestamp());
    let date = when.map(|t| t.format("%Y-%m-%d").to_string());
    let summary_raw = entry.summary.as_ref();
    let content_raw = entry.content.as_ref().and_then(|c| {
        let body = c.body.as_deref()?;
        Some((body, c.content_type.to_string()))
    });
    let summary = summary_raw.map(paragraphs_of_text).unwrap_or_default();
    let content = content_raw
        .as_ref()
        .map(|(body, kind)| paragraphs_of(body, kind))
        .unwrap_or_default();
    let mut title = entry.title.as_ref().map(text_of).unwrap_or_default();
    if title.is_empty() {
        title = summary
            .first()
            .or(content.first())
            .map(|p| first_words(p, 12))
            .unwrap_or_else(|| "(untitled)".to_string());
    }
    let key = if !entry.id.trim().is_empty() {
        format!("id:{}", entry.id.trim())
    } else if let Some(link) = &link {
        format!("link:{link}")
    } else {
        format!("title:{title}|{}", published.unwrap_or_default())
    };
    let (paragraphs, summary_only) = if content.is_empty() {
        let words: usize = summary.iter().map(|p| p.split_whitespace().count()).sum();
        let marked = summary.last().is_some_and(|p| reads_as_teaser(p));
        (summary.clone(), words < SUMMARY_WORDS || marked)
    } else {
        (content, false)
    };
    let content_hash = stable_hash([
        key.as_str(),
        title.as_str(),
        link.as_deref().unwrap_or(""),
        date.as_deref().unwrap_or(""),
        summary_raw.map_or("", |t| t.content.as_str()),
        content_raw.as_ref().map_or("", |(body, _)| body),
    ]);
    let clean = |text: String| crate::article::clean(&text).into_owned();
    let link = link.filter(|l| crate::article::is_web_url(l)).map(clean);
    FeedEntry {
        key,
        title: clean(title),
        link,
        author: entry
            .authors
            .first()
            .and_then(|a| a.name.as_deref())
            .map(|n| clean(n.trim().to_string()))
            .filter(|n| !n.is_empty()),
        published,
        date,
        summary,
        paragraphs,
        full_text: false,
        summary_only,
        page_failed: false,
        content_hash,
    }
}

/// A feed's text construct as one line of plain text (titles).
fn text_of(text: &Text) -> String {
    paragraphs_of_text(text).join(" ")
}

fn paragraphs_of_text(text: &Text) -> Vec<String> {
    paragraphs_of(&text.content, text.content_type.as_ref())
}

/// Text as paragraphs: HTML through the HTML loader's block reading, plain
/// text split on blank lines.
fn paragraphs_of(body: &str, content_type: &str) -> Vec<String> {
    if content_type.contains("html") || body.contains('<') || body.contains('&') {
        html_fragment_paragraphs(body)
    } else {
        body.split("\n\n")
            .map(|p| {
                crate::article::clean(p)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty())
            .collect()
    }
}

/// "Read more", "Continue reading", a trailing ellipsis: the feed says there
/// is more on the page.
fn reads_as_teaser(paragraph: &str) -> bool {
    let end = paragraph.trim_end().to_lowercase();
    end.ends_with('…')
        || end.ends_with("...")
        || end.ends_with("[…]")
        || end.ends_with("[...]")
        || end.contains("read more")
        || end.contains("continue reading")
}

fn first_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut line = words[..words.len().min(count)].join(" ");
    if words.len() > count {
        line.push('…');
    }
    line
}
