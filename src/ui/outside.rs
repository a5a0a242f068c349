//! What leaves the reader: an article's URL handed to the browser (o), a
//! quote with its citation put on the clipboard (y). `App::update` calls
//! these; tests give the app their own browser command and clipboard.

use super::action::Action;
use super::story::Story;
use crate::analysis::Quote;
use crate::article::Article;
use base64::Engine;
use std::ffi::OsString;
use std::io::Write;
use std::process::{Command, Stdio};

/// Where a copied text goes.
pub type ClipboardSink = Box<dyn FnMut(&str) -> std::io::Result<()>>;

/// How the reader reaches the browser and the clipboard.
pub struct Outside {
    /// `$BROWSER` as found at start (None: use `xdg-open`).
    pub browser: Option<OsString>,
    pub clipboard: ClipboardSink,
}

impl std::fmt::Debug for Outside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outside")
            .field("browser", &self.browser)
            .finish_non_exhaustive()
    }
}

impl Default for Outside {
    /// `$BROWSER` (else `xdg-open`), and the terminal's clipboard by OSC 52.
    fn default() -> Self {
        Outside {
            browser: std::env::var_os("BROWSER"),
            clipboard: Box::new(osc52_to_stdout),
        }
    }
}

impl Outside {
    /// o and y in `story`: do it, and say what happened (None for any
    /// other action).
    pub fn act_on(&mut self, action: &Action, story: &Story) -> Option<String> {
        match action {
            Action::OpenUrl => Some(self.open(story.article.url.as_deref())),
            Action::CopyQuote => Some(match story.selected_quote {
                Some(quote) => {
                    let text = citation(&story.analysis.quotes[quote], &story.article);
                    match (self.clipboard)(&text) {
                        Ok(()) => "copied the quote and its citation".to_string(),
                        Err(err) => format!("could not copy: {err}"),
                    }
                }
                None => "select a quote first".to_string(),
            }),
            _ => None,
        }
    }

    /// Open `url`, or say why not: the status line's message.
    pub fn open(&self, url: Option<&str>) -> String {
        match url.filter(|u| !u.trim().is_empty()) {
            None => "this article has no URL".to_string(),
            Some(url) => open_in_browser(url, self.browser.as_ref()).unwrap_or_else(|why| why),
        }
    }
}

/// The OSC 52 sequence that asks the terminal to put `text` on the system
/// clipboard: it works over ssh and, with `set-clipboard on`, in tmux.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

fn osc52_to_stdout(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// “words” — Speaker, Title, Source, date, URL: the parts that are known.
pub fn citation(quote: &Quote, article: &Article) -> String {
    let words = quote
        .text(article)
        .trim()
        .trim_end_matches([',', ';', ':'])
        .trim_end();
    let parts: Vec<&str> = [
        quote.speaker_name(),
        Some(article.title.as_str()),
        article.source.as_deref(),
        article.published.as_deref(),
        article.url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.trim().is_empty())
    .collect();
    format!("“{words}” — {}", parts.join(", "))
}

/// Open `url` with `browser` (a `$BROWSER` value: the first of its
/// ':'-separated commands, `%s` standing for the URL, else the URL added
/// last), or `xdg-open`. Returns what to tell the user.
pub fn open_in_browser(url: &str, browser: Option<&OsString>) -> Result<String, String> {
    let command = browser
        .map(|b| b.to_string_lossy().into_owned())
        .and_then(|b| {
            b.split(':')
                .map(str::trim)
                .find(|c| !c.is_empty())
                .map(String::from)
        })
        .unwrap_or_else(|| "xdg-open".to_string());
    let mut words = command.split_whitespace().map(String::from);
    let program = words.next().unwrap_or_else(|| "xdg-open".to_string());
    let mut args: Vec<String> = words.collect();
    if args.iter().any(|a| a.contains("%s")) {
        for arg in &mut args {
            *arg = arg.replace("%s", url);
        }
    } else {
        args.push(url.to_string());
    }
    // The browser must not draw over the reader or read its keys.
    let child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match child {
        Ok(mut child) => {
            // Reap it whenever it ends, without making the reader wait.
            std::thread::spawn(move || child.wait());
            Ok(format!("opened {url} with {program}"))
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "cannot open the URL: {program} not found (set $BROWSER)"
        )),
        Err(err) => Err(format!("cannot open the URL with {program}: {err}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn a_missing_browser_is_named() {
        let browser = OsString::from("/nonexistent/browser-for-byline-tests");
        let err = open_in_browser("https://example.com", Some(&browser)).unwrap_err();
        assert!(
            err.contains("/nonexistent/browser-for-byline-tests not found"),
            "{err}"
        );
    }
}
