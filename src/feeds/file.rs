//! A feed saved on disk (`.xml`, `.rss`, `.atom`, `.rdf`, or a JSON Feed
//! `.json`) opened as a library: one article per entry, with the feed's
//! title as the source. Read only; nothing is fetched.

use super::parse::parse_feed;
use crate::article::{
    Article, Format, LoadError, Loaded, STDIN_ARGUMENT, load_sources, read_capped,
};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Whether `path` is a feed file rather than an article.
pub fn is_feed_file(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xml" | "rss" | "atom" | "rdf" => path.is_file(),
        // A JSON Feed names its version URL near the top; an article does not.
        "json" => {
            let mut head = [0u8; 4096];
            let read = std::fs::File::open(path)
                .and_then(|mut f| f.read(&mut head))
                .unwrap_or(0);
            String::from_utf8_lossy(&head[..read]).contains("jsonfeed.org/version")
        }
        _ => false,
    }
}

/// The entries of the feed at `path`, as articles.
pub fn load_feed_file(path: &Path) -> Result<Vec<Article>, LoadError> {
    let bytes = read_capped(path).map_err(|reason| LoadError::new(path, reason))?;
    let feed = parse_feed(&bytes, None).map_err(|reason| LoadError::new(path, reason))?;
    let articles: Vec<Article> = feed
        .entries
        .into_iter()
        .filter(|e| !e.paragraphs.is_empty())
        .map(|entry| Article {
            title: entry.title,
            path: path.to_path_buf(),
            url: entry.link,
            published: entry.date,
            source: Some(feed.title.clone()).filter(|t| !t.is_empty()),
            author: entry.author,
            paragraphs: entry.paragraphs,
            encoding: None,
        })
        .collect();
    if articles.is_empty() {
        return Err(LoadError::new(path, "a feed with no entries to read"));
    }
    Ok(articles)
}

/// Like [`crate::article::load_sources`], with feed files opened as their
/// entries.
pub fn load_sources_with_feeds(paths: &[PathBuf], stdin_format: Format) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        if path.as_os_str() != STDIN_ARGUMENT && is_feed_file(path) {
            match load_feed_file(path) {
                Ok(articles) => loaded.articles.extend(articles),
                Err(err) => loaded.errors.push(err),
            }
        } else {
            let more = load_sources(std::slice::from_ref(path), stdin_format);
            loaded.articles.extend(more.articles);
            loaded.errors.extend(more.errors);
        }
    }
    loaded
}
