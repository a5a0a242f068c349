//! Bounds on the shape of a page before the HTML parser sees it.
//!
//! The HTML tree builder checks "scopes" by walking its stack of open
//! elements, and Readability scores every node against its ancestors: both
//! cost time in proportion to the nesting depth, so a page of 100,000 nested
//! `<div>`s takes minutes. Real articles nest a few dozen deep. One linear
//! pass over the markup drops the start tags that would open an element
//! deeper than [`MAX_DEPTH`] (and the end tags that would close them), and
//! the attributes of a tag past [`MAX_ATTRIBUTES`]; their text stays.

use std::borrow::Cow;

/// Open elements deeper than this are flattened into their parent.
pub const MAX_DEPTH: usize = 128;
/// Attributes of one tag beyond this many are dropped.
pub const MAX_ATTRIBUTES: usize = 64;

/// Elements that never hold others, or that the parser closes by itself when
/// a sibling opens (`<p>`, `<li>`, `<td>`...): they do not deepen the tree.
const SHALLOW: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option",
    "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rtc", "rp", "colgroup",
    "caption", "html", "head", "body",
];

/// Elements whose children follow XML's rules for empty elements.
const FOREIGN: &[&str] = &["svg", "math"];

/// Elements whose content is text up to their own end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `html` with its nesting depth and attribute counts bounded; borrowed when
/// nothing had to go.
pub fn bounded(html: &str) -> Cow<'_, str> {
    let mut scan = Scan {
        html: html.as_bytes(),
        at: 0,
        out: Vec::new(),
        kept_to: 0,
        changed: false,
    };
    let mut depth = 0usize;
    // Start tags dropped and not yet matched by an end tag.
    let mut dropped = 0usize;
    // Open `<svg>` and `<math>` elements: inside them `<path/>` closes
    // itself, as XML; in HTML the slash is ignored and the element opens.
    let mut foreign = 0usize;
    while let Some(lt) = memchr(b'<', &scan.html[scan.at..]).map(|i| scan.at + i) {
        scan.at = lt + 1;
        let rest = &scan.html[lt..];
        if rest.starts_with(b"<!--") {
            scan.at = find(scan.html, lt + 4, b"-->").map_or(scan.html.len(), |i| i + 3);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            scan.skip_past(b'>');
        } else if rest.starts_with(b"</") && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
            scan.at = lt + 2;
            let name = scan.name();
            scan.skip_past(b'>');
            if is_one_of(&name, FOREIGN) {
                foreign = foreign.saturating_sub(1);
            }
            if !is_one_of(&name, SHALLOW) {
                if dropped > 0 {
                    dropped -= 1;
                    scan.drop_range(lt, scan.at);
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
        } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let name = scan.name();
            let closes_itself = scan.attributes();
            if is_one_of(&name, RAW_TEXT) {
                scan.skip_raw_text(&name);
            } else if closes_itself && foreign > 0 {
                // An empty SVG or MathML element: nothing opens.
            } else if !is_one_of(&name, SHALLOW) {
                if is_one_of(&name, FOREIGN) && !closes_itself {
                    foreign += 1;
                }
                if depth >= MAX_DEPTH {
                    dropped += 1;
                    scan.drop_range(lt, scan.at);
                } else {
                    depth += 1;
                }
            }
        }
    }
    scan.finish(html)
}

/// A cursor over the markup and the copy being made (only once something
/// has to be left out: until then `out` stays empty).
struct Scan<'a> {
    html: &'a [u8],
    at: usize,
    out: Vec<u8>,
    /// Everything before this index is decided (copied or dropped).
    kept_to: usize,
    changed: bool,
}

impl Scan<'_> {
    /// A tag name at the cursor, lower-cased.
    fn name(&mut self) -> Vec<u8> {
        let start = self.at;
        while self
            .html
            .get(self.at)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>'))
        {
            self.at += 1;
        }
        self.html[start..self.at].to_ascii_lowercase()
    }

    fn skip_past(&mut self, byte: u8) {
        self.at = memchr(byte, &self.html[self.at..]).map_or(self.html.len(), |i| self.at + i + 1);
    }

    /// Read a start tag's attributes up to its `>`, dropping those past the
    /// limit; whether the tag ends with `/>`.
    fn attributes(&mut self) -> bool {
        let mut count = 0;
        loop {
            while self
                .html
                .get(self.at)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                self.at += 1;
            }
            match self.html.get(self.at) {
                None => return false,
                Some(b'>') => {
                    self.at += 1;
                    return self.html[self.at - 2] == b'/';
                }
                Some(_) => {}
            }
            let start = self.at;
            self.at += 1;
            while self
                .html
                .get(self.at)
                .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>' | b'='))
            {
                self.at += 1;
            }
            let mut value_at = self.at;
            while self.html.get(value_at).is_some_and(u8::is_ascii_whitespace) {
                value_at += 1;
            }
            if self.html.get(value_at) == Some(&b'=') {
                self.at = value_at + 1;
                while self.html.get(self.at).is_some_and(u8::is_ascii_whitespace) {
                    self.at += 1;
                }
                match self.html.get(self.at) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        self.at += 1;
                        self.skip_past(quote);
                    }
                    _ => {
                        while self
                            .html
                            .get(self.at)
                            .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                        {
                            self.at += 1;
                        }
                    }
                }
            }
            count += 1;
            if count > MAX_ATTRIBUTES {
                self.drop_range(start, self.at);
            }
        }
    }

    /// Past the content of a raw-text element, to its end tag.
    fn skip_raw_text(&mut self, name: &[u8]) {
        let mut from = self.at;
        while let Some(at) = find(self.html, from, b"</") {
            let candidate = &self.html[at + 2..];
            if candidate.len() >= name.len() && candidate[..name.len()].eq_ignore_ascii_case(name) {
                self.at = at;
                return;
            }
            from = at + 2;
        }
        self.at = self.html.len();
    }

    /// Leave `start..end` out of the copy.
    fn drop_range(&mut self, start: usize, end: usize) {
        self.out.extend_from_slice(&self.html[self.kept_to..start]);
        self.kept_to = end;
        self.changed = true;
    }

    fn finish(mut self, html: &str) -> Cow<'_, str> {
        if !self.changed {
            return Cow::Borrowed(html);
        }
        self.out.extend_from_slice(&self.html[self.kept_to..]);
        // Only whole ASCII-delimited tags and attributes were left out, so
        // the copy is still UTF-8; the lossy conversion never replaces.
        Cow::Owned(String::from_utf8_lossy(&self.out).into_owned())
    }
}

fn is_one_of(name: &[u8], names: &[&str]) -> bool {
    names.iter().any(|n| n.as_bytes() == name)
}

fn memchr(byte: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == byte)
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><div class=a><p>One<p>Two <b>bold</b><!-- <div> --><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(bounded(page), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_flattened_keeping_the_text() {
        let deep = MAX_DEPTH + 5;
        let page = format!("{}text{}", "<div>".repeat(deep), "</div>".repeat(deep));
        let flat = bounded(&page);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("text"));
    }

    #[test]
    fn paragraphs_and_list_items_do_not_count_as_nesting() {
        let page = format!("<div>{}</div>", "<p>para<li>item".repeat(MAX_DEPTH * 2));
        assert!(matches!(bounded(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_past_the_limit_go() {
        let attributes: String = (0..MAX_ATTRIBUTES + 10)
            .map(|i| format!(" a{i}=\"x>y\""))
            .collect();
        let page = format!("<div{attributes}>text</div>");
        let bounded = bounded(&page);
        assert_eq!(bounded.matches("=\"x>y\"").count(), MAX_ATTRIBUTES);
        assert!(bounded.ends_with(">text</div>"), "{bounded}");
    }

    #[test]
    fn empty_svg_elements_do_not_deepen_the_tree() {
        let icon = format!(
            "<svg viewBox=\"0 0 1 1\">{}</svg>",
            "<path d=\"M0\"/>".repeat(10)
        );
        let page = format!(
            "{}<div><article><p>text</p></article></div>",
            icon.repeat(MAX_DEPTH)
        );
        assert!(matches!(bounded(&page), Cow::Borrowed(_)));
        // Outside SVG the slash means nothing: `<span/>` opens a span.
        let spans = "<span/>".repeat(MAX_DEPTH + 1);
        assert_eq!(bounded(&spans).matches("<span/>").count(), MAX_DEPTH);
    }

    #[test]
    fn markup_inside_scripts_and_comments_is_not_counted() {
        let inner = "<div>".repeat(MAX_DEPTH * 2);
        let page = format!("<script>{inner}</script><!--{inner}--><p>text");
        assert!(matches!(bounded(&page), Cow::Borrowed(_)));
    }
}
