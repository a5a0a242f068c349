//! Saved web pages: the readable article, without the page chrome.
//!
//! Mozilla's Readability (the `dom_smoothie` port) finds the article and its
//! metadata; we then take the text of the article's block elements, one
//! paragraph each, with whitespace collapsed and entities decoded but never
//! wrapped: the reader wraps to the terminal.

use super::{Article, html_bounds, sanitize};
use dom_smoothie::Readability;

/// Elements whose text is one paragraph of the article.
const BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, blockquote, li, pre, dd, dt";

pub fn parse(content: &str, fallback_title: &str) -> Result<Article, String> {
    let content = html_bounds::bounded(content);
    let mut readability = Readability::new(&*content, None, None)
        .map_err(|err| format!("cannot parse HTML: {err}"))?;
    // Read before `parse`, which rewrites the document.
    let url = first_attribute(
        &readability,
        &[
            ("meta[property='og:url']", "content"),
            ("link[rel='canonical']", "href"),
        ],
    );
    let dated = first_attribute(
        &readability,
        &[
            ("meta[itemprop='datePublished']", "content"),
            ("article time[datetime]", "datetime"),
            ("time[pubdate]", "datetime"),
        ],
    );
    let found = readability
        .parse()
        .map_err(|err| format!("no readable article found in this page ({err})"))?;
    let title = collapse_whitespace(&found.title);
    let title = if title.is_empty() {
        fallback_title.to_string()
    } else {
        title
    };
    let mut paragraphs = block_texts(&found.content);
    // Readability usually drops a heading that repeats the title; make sure.
    if paragraphs.first() == Some(&title) {
        paragraphs.remove(0);
    }
    if paragraphs.is_empty() {
        return Err("no readable article found in this page".to_string());
    }
    if is_consent_notice_only(&paragraphs) {
        return Err("no article in this page, only a cookie or consent notice".to_string());
    }
    Ok(Article {
        title,
        url: found
            .url
            .filter(|u| sanitize::is_web_url(u))
            .or(url.filter(|u| sanitize::is_web_url(u))),
        published: found.published_time.or(dated).as_deref().and_then(date_of),
        source: non_empty(found.site_name.as_deref()),
        author: found.byline.as_deref().and_then(author_of),
        paragraphs,
        ..Article::default()
    })
}

/// Fewer words than this outside the notice, and a page is only a notice.
const NOTICE_ONLY_WORDS: usize = 40;

/// Whether the text found is a cookie or consent banner and its buttons
/// ("We use cookies...", "Accept all", "Manage preferences"), with no
/// article beside it: what a page saved before consent was given holds.
fn is_consent_notice_only(paragraphs: &[String]) -> bool {
    let is_notice = |p: &String| {
        let lower = p.to_lowercase();
        ["cookie", "consent", "gdpr"]
            .iter()
            .any(|w| lower.contains(w))
    };
    let other_words: usize = paragraphs
        .iter()
        .filter(|p| !is_notice(p))
        .map(|p| p.split_whitespace().count())
        .sum();
    paragraphs.iter().any(is_notice) && other_words < NOTICE_ONLY_WORDS
}

/// An HTML fragment (a feed entry's summary or content) as paragraphs: one
/// per block element, or the whole text as one when it has no blocks.
pub fn fragment_paragraphs(fragment: &str) -> Vec<String> {
    let fragment = html_bounds::bounded(fragment);
    let fragment = fragment.as_ref();
    let paragraphs = block_texts(fragment)
        .into_iter()
        .map(|p| sanitize::clean(&p).into_owned())
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>();
    if !paragraphs.is_empty() {
        return paragraphs;
    }
    let text = collapse_whitespace(&sanitize::clean(&Readability::from(fragment).doc.text()));
    if text.is_empty() {
        Vec::new()
    } else {
        vec![text]
    }
}

/// The text of every innermost block element of `article_html`, in order.
fn block_texts(article_html: &str) -> Vec<String> {
    let body = Readability::from(article_html).doc;
    // A line break or a nested box ends a word, though it holds no text.
    body.select("br").replace_with_html(" ");
    body.select("div, td, th, section, figure").after_html(" ");
    let mut paragraphs = Vec::new();
    for block in body.select(BLOCKS).iter() {
        // A list item or quote made of paragraphs: the paragraphs speak for it.
        if block.select(BLOCKS).exists() {
            continue;
        }
        let text = collapse_whitespace(&block.text());
        if !text.is_empty() {
            paragraphs.push(text);
        }
    }
    paragraphs
}

/// The first non-empty `attribute` of the first element matching each selector.
fn first_attribute(page: &Readability, selectors: &[(&str, &str)]) -> Option<String> {
    selectors.iter().find_map(|(selector, attribute)| {
        let value = page.doc.select(selector).first().attr(attribute)?;
        non_empty(Some(&value))
    })
}

/// Runs of whitespace (newlines, tabs, no-break spaces) become one space;
/// the invisible characters pages use for layout (soft hyphens, zero-width
/// spaces, word joiners, stray byte-order marks) go, so they cannot split
/// words in the analysis.
fn collapse_whitespace(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}'))
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(collapse_whitespace).filter(|t| !t.is_empty())
}

/// "2026-03-14T09:30:00Z" -> "2026-03-14"; anything else is kept as written.
fn date_of(published: &str) -> Option<String> {
    let published = published.trim();
    let day = published.get(..10).filter(|d| is_iso_date(d));
    non_empty(Some(day.unwrap_or(published)))
}

fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// "By Jane Doe" -> "Jane Doe".
fn author_of(byline: &str) -> Option<String> {
    let byline = collapse_whitespace(byline);
    let name = ["By ", "by ", "BY "]
        .iter()
        .find_map(|prefix| byline.strip_prefix(prefix))
        .unwrap_or(&byline);
    non_empty(Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_day() {
        assert_eq!(
            date_of("2026-03-14T09:30:00Z").as_deref(),
            Some("2026-03-14")
        );
        assert_eq!(date_of("March 2026").as_deref(), Some("March 2026"));
        assert_eq!(date_of("  "), None);
    }

    #[test]
    fn bylines_lose_their_by() {
        assert_eq!(author_of("By  Ana Ruiz").as_deref(), Some("Ana Ruiz"));
        assert_eq!(author_of("Ana Ruiz").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn the_date_may_come_from_a_time_element() {
        let page = format!(
            "<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1><time datetime=\"2026-02-03T10:00\">3 Feb</time>{}</article></body></html>",
            "<p>Fares on the island ferry will rise by a tenth in March, the operator said, citing the price of fuel and new crew rules.</p>".repeat(4)
        );
        let a = parse(&page, "x").unwrap();
        assert_eq!(a.published.as_deref(), Some("2026-02-03"));
        assert_eq!(a.title, "Ferry fares rise");
        assert_eq!(a.paragraphs.len(), 4);
    }

    #[test]
    fn nested_blocks_are_taken_once() {
        let texts =
            block_texts("<div><blockquote><p>One &amp;\n two.</p><p>Three.</p></blockquote></div>");
        assert_eq!(texts, ["One & two.", "Three."]);
    }

    #[test]
    fn a_line_break_separates_words() {
        let texts = block_texts(
            "<p>Harbour<br>closed<br/>today.</p><li>One<br>two</li><li><div>Three</div><div>four</div></li>",
        );
        assert_eq!(texts, ["Harbour closed today.", "One two", "Three four"]);
    }

    #[test]
    fn invisible_layout_characters_are_dropped() {
        let texts = block_texts("<p>Inter&shy;national&nbsp;talks&#8203; resume.</p>");
        assert_eq!(texts, ["International talks resume."]);
    }
}
