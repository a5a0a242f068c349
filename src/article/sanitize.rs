//! Text from outside made safe to store and to show, in one place.
//!
//! Whatever a file holds ends up on a terminal: in the reader, in `byline
//! analyze`, in error lines. A control character there is a command to the
//! terminal (ESC starts escape sequences that clear the screen or write the
//! clipboard; CR and BS overwrite what was printed), and a bidi override or an
//! invisible format character makes text read as something else. So the
//! loaders pass every string of an article through [`clean`] before anything
//! else sees it: spans are byte offsets into the cleaned text, so they stay
//! exact. Strings that are not article text (paths, parser messages) are
//! shown through [`escape`] instead, which keeps them unambiguous.

use super::Article;
use std::borrow::Cow;

/// What a character of outside text becomes in the model.
enum Fate {
    Keep,
    /// Whitespace that a terminal would act on (tab, CR, line and form feeds,
    /// the Unicode line and paragraph separators): a plain space.
    Space,
    /// Any other control character: visibly replaced, never passed on.
    Replace,
    /// Invisible characters that reorder or hide text: dropped.
    Drop,
}

fn fate(c: char) -> Fate {
    match c {
        '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Fate::Space,
        c if c.is_control() => Fate::Replace,
        c if is_disguising_format(c) => Fate::Drop,
        _ => Fate::Keep,
    }
}

/// Format characters that change how text reads without showing: bidi
/// embeddings, overrides, isolates and marks; zero-width spaces and joiners
/// that are not needed to spell anything; the byte-order mark; interlinear
/// annotations; invisible operators; and the tag characters (which can spell
/// hidden ASCII). Kept: ZWNJ and ZWJ (needed by Persian, Indic scripts and
/// emoji sequences) and the visible prepended marks (Arabic number signs).
fn is_disguising_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// `text` without control or disguising format characters: whitespace
/// controls become spaces, other controls U+FFFD, format characters go.
/// Borrowed when there is nothing to change (the common case).
pub fn clean(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(|c| !matches!(fate(c), Fate::Keep)) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Space => out.push(' '),
            Fate::Replace => out.push(char::REPLACEMENT_CHARACTER),
            Fate::Drop => {}
        }
    }
    Cow::Owned(out)
}

fn clean_in_place(text: &mut String) {
    if let Cow::Owned(cleaned) = clean(text) {
        *text = cleaned;
    }
}

/// Whether `url` is a web address (`http:` or `https:`): the only kind an
/// article's URL may be, since the reader may hand it to a browser (a
/// `javascript:` or `file:` URL there runs code or opens local files).
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim_start().as_bytes();
    let starts = |scheme: &[u8]| {
        url.len() > scheme.len() && url[..scheme.len()].eq_ignore_ascii_case(scheme)
    };
    starts(b"http://") || starts(b"https://")
}

/// Clean every string of `article` that came from outside; a URL that is
/// not a web address is dropped.
pub fn clean_article(article: &mut Article) {
    article.url = article.url.take().filter(|url| is_web_url(url));
    clean_in_place(&mut article.title);
    for field in [
        &mut article.url,
        &mut article.published,
        &mut article.source,
        &mut article.author,
    ]
    .into_iter()
    .flatten()
    {
        clean_in_place(field);
    }
    for paragraph in &mut article.paragraphs {
        clean_in_place(paragraph);
    }
}

/// An outside string (a path, a parser's message quoting the input) as it
/// may be printed: control and disguising format characters written as
/// Rust-style escapes (`\u{1b}`, `\r`), everything else as it is.
pub fn escape(text: &str) -> Cow<'_, str> {
    let needs_escape = |c: char| c.is_control() || is_disguising_format(c);
    if !text.contains(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        assert_eq!(
            clean("hi\u{1b}[2J there\u{1b}]52;c;aGk=\u{7}"),
            "hi\u{fffd}[2J there\u{fffd}]52;c;aGk=\u{fffd}"
        );
        assert_eq!(clean("C1 \u{9b}31m"), "C1 \u{fffd}31m");
    }

    #[test]
    fn whitespace_controls_become_spaces() {
        assert_eq!(
            clean("we will pay everyone\rwe will pay NOBODY"),
            "we will pay everyone we will pay NOBODY"
        );
        assert_eq!(clean("a\tb\nc\u{2028}d"), "a b c d");
    }

    #[test]
    fn bidi_overrides_and_invisible_characters_go() {
        assert_eq!(clean("pay \u{202e}0001\u{202c} now"), "pay 0001 now");
        assert_eq!(clean("a\u{200b}b\u{2066}c\u{2069}\u{feff}"), "abc");
        assert_eq!(clean("x\u{e0041}\u{e0042}y"), "xy");
    }

    #[test]
    fn joiners_that_spell_words_stay() {
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(clean(family), family);
        let persian = "می\u{200c}خواهم";
        assert!(matches!(clean(persian), Cow::Borrowed(_)));
    }

    #[test]
    fn only_web_urls_are_kept() {
        let mut article = Article {
            url: Some("JavaScript:alert(1)".into()),
            ..Article::default()
        };
        clean_article(&mut article);
        assert_eq!(article.url, None);
        for (url, kept) in [
            ("HTTPS://x.example/a", true),
            ("http://x", true),
            ("file:///etc/passwd", false),
            ("https://", false),
        ] {
            assert_eq!(is_web_url(url), kept, "{url}");
        }
    }

    #[test]
    fn messages_show_controls_as_escapes() {
        assert_eq!(
            escape("a\u{1b}]52;c;aGk=\u{7}.txt"),
            "a\\u{1b}]52;c;aGk=\\u{7}.txt"
        );
        assert_eq!(escape("line\r\n\u{202e}"), "line\\r\\n\\u{202e}");
        assert_eq!(escape("plain é"), "plain é");
    }
}
