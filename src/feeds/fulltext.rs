//! The full article of an entry that carries only a summary: fetch the page
//! it links to and keep its readable text, through the same HTML loader as
//! a saved page.

use super::http::{Client, Response, Validators};
use crate::article::parse_html;

/// The paragraphs of the article at `link`, or why there are none.
pub fn fetch_article(client: &Client, link: &str, title: &str) -> Result<Vec<String>, String> {
    let bytes = match client.get(link, &Validators::default()) {
        Ok(Response::Body { bytes, .. }) => bytes,
        Ok(Response::NotModified) => return Err(format!("{link}: unexpected 304")),
        Err(err) => return Err(format!("{link}: {err}")),
    };
    let page = String::from_utf8_lossy(&bytes);
    let article = parse_html(&page, title).map_err(|reason| format!("{link}: {reason}"))?;
    Ok(article.paragraphs)
}
