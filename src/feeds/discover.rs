//! The feed a web page advertises: `<link rel="alternate"
//! type="application/rss+xml|atom+xml|feed+json" href=…>` in its head.

use dom_smoothie::Readability;

/// The first feed the page links to, resolved against the page's URL.
pub fn feed_link(page: &str, page_url: &str) -> Option<String> {
    let document = Readability::new(page, None, None).ok()?;
    let links = document.doc.select("link[rel~='alternate'][href]");
    for link in links.iter() {
        let kind = link
            .attr("type")
            .map(|t| t.to_ascii_lowercase())
            .unwrap_or_default();
        if !matches!(
            kind.as_str(),
            "application/rss+xml"
                | "application/atom+xml"
                | "application/feed+json"
                | "application/json"
        ) {
            continue;
        }
        let href = link.attr("href")?;
        let resolved = url::Url::parse(page_url)
            .and_then(|base| base.join(href.trim()))
            .map(String::from)
            .unwrap_or_else(|_| href.trim().to_string());
        return Some(resolved);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_feed_links_resolve_against_the_page() {
        let page = r#"<html><head><link rel="stylesheet" href="/s.css">
            <link rel="alternate" type="application/atom+xml" href="/news/atom.xml"></head><body></body></html>"#;
        assert_eq!(
            feed_link(page, "http://site.test/news/index.html").as_deref(),
            Some("http://site.test/news/atom.xml")
        );
        assert_eq!(
            feed_link("<html><head></head></html>", "http://site.test/"),
            None
        );
    }
}
