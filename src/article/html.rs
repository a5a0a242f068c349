//! Saved web pages: the readable article, without the page chrome.

use super::Article;

pub fn parse(_content: &str, _fallback_title: &str) -> Result<Article, String> {
    Err("HTML pages are not supported yet".to_string())
}
