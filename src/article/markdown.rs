//! Markdown articles: front matter for metadata, a `# Title`, then one
//! paragraph per block (paragraph, list item, heading, quote), inline markup
//! reduced to its text.
//!
//! The Markdown itself is read by `pulldown-cmark`, the CommonMark parser
//! that runs in linear time whatever the markup (a hand-written reader had
//! needed fixes for quadratic emphasis and used 50 times its input's memory);
//! the front matter and what makes a paragraph are Byline's own.
//!
//! pulldown-cmark holds a node for every piece of inline markup of a block
//! until the block is read: a one-line paragraph of 49 MB with ordinary
//! markup cost 12 times its size. So a line longer than [`PIECE_BYTES`] is
//! read in pieces cut before a sentence (or at least a word) that starts
//! with a letter, each piece parsed on its own and its text joined to the
//! block it continues. Only in such a line, markup running across a cut
//! stays as written and a reference link defined elsewhere is not followed.

use super::Article;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// The longest line pulldown-cmark reads in one piece (64 KiB, far beyond
/// any paragraph a person writes on one line).
const PIECE_BYTES: usize = 64 * 1024;

pub fn parse(content: &str, fallback_title: &str) -> Article {
    parse_in_pieces(content, fallback_title, PIECE_BYTES)
}

fn parse_in_pieces(content: &str, fallback_title: &str, width: usize) -> Article {
    let (meta, body) = front_matter(content);
    let mut title = meta.get("title");
    let mut paragraphs: Vec<String> = Vec::new();
    // The text of the block being read, and whether it is a top heading.
    let mut current = String::new();
    let mut heading: Option<HeadingLevel> = None;
    let mut cut_before = false;
    for (piece, cut_after) in pieces(body, width) {
        // Where a cut ends or starts a piece, pulldown-cmark sees blocks end
        // or start that go on in the text: the block being read ends only
        // at the next end that comes with text of its own.
        let mut block_ended = false;
        let mut continuing = cut_before;
        for event in Parser::new(piece) {
            let ends_block = matches!(
                event,
                Event::Start(Tag::Item | Tag::Paragraph | Tag::CodeBlock(_))
                    | Event::End(
                        TagEnd::Item
                            | TagEnd::Paragraph
                            | TagEnd::CodeBlock
                            | TagEnd::BlockQuote(_),
                    )
                    | Event::Rule
            );
            if ends_block {
                if cut_after {
                    block_ended = !continuing;
                } else if !continuing {
                    flush(&mut current, &mut paragraphs);
                }
                continue;
            }
            if matches!(event, Event::Text(_) | Event::Code(_)) {
                continuing = false;
                if std::mem::take(&mut block_ended) {
                    flush(&mut current, &mut paragraphs);
                }
            }
            match event {
                Event::Text(text) | Event::Code(text) => current.push_str(&text),
                Event::SoftBreak | Event::HardBreak => current.push(' '),
                Event::Start(Tag::Heading { level, .. }) => {
                    flush(&mut current, &mut paragraphs);
                    heading = Some(level);
                }
                Event::End(TagEnd::Heading(_)) => {
                    let text = std::mem::take(&mut current).trim().to_string();
                    if heading == Some(HeadingLevel::H1) && title.is_none() {
                        title = Some(text);
                    } else if title.as_ref() != Some(&text) || !paragraphs.is_empty() {
                        push(text, &mut paragraphs);
                    }
                    heading = None;
                }
                _ => {}
            }
        }
        if cut_after {
            // The space the cut took out.
            current.push(' ');
        }
        cut_before = cut_after;
    }
    flush(&mut current, &mut paragraphs);
    Article {
        title: title
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| fallback_title.to_string()),
        url: meta.get("url"),
        published: meta.get("published").or_else(|| meta.get("date")),
        source: meta.get("source"),
        author: meta.get("author"),
        paragraphs,
        ..Article::default()
    }
}

/// `body` in pieces for pulldown-cmark, each with whether it ends at a
/// cut inside a line (the space at such a cut belongs to neither piece).
/// A body of at most `width` bytes is one piece, so only long articles are
/// ever cut: at a blank line outside fenced code before a line that starts
/// with a letter (where every block ends) once a piece holds `width`
/// bytes, and inside a line longer than `width`, before a letter (so that
/// a piece never opens as a list, a heading or code), after a full stop if
/// one is near, where markup rarely runs across.
fn pieces(body: &str, width: usize) -> Vec<(&str, bool)> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut piece_start = 0;
    let mut line_start = 0;
    let mut in_fence = false;
    while line_start < body.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(body.len(), |n| line_start + n);
        let line = &body[line_start..line_end];
        let unindented = line.trim_start_matches(' ');
        if line.len() - unindented.len() <= 3
            && (unindented.starts_with("```") || unindented.starts_with("~~~"))
        {
            in_fence = !in_fence;
        }
        let mut from = line_start.max(piece_start);
        while !in_fence && line_end - from > width {
            let Some(space) = cut_in_line(&bytes[from..from + width]) else {
                break;
            };
            out.push((&body[piece_start..from + space], true));
            piece_start = from + space + 1;
            from = piece_start;
        }
        let next = line_end + 1;
        if line.trim().is_empty()
            && !in_fence
            && line_start - piece_start >= width
            && bytes.get(next).is_some_and(u8::is_ascii_alphabetic)
        {
            out.push((&body[piece_start..line_start], false));
            piece_start = next;
        }
        line_start = next;
    }
    out.push((&body[piece_start.min(body.len())..], false));
    out
}

/// Where to cut a long line's next `window` bytes: a space before a letter
/// in its second half, after a full stop and before a capital if there is
/// one.
fn cut_in_line(window: &[u8]) -> Option<usize> {
    let is_cut =
        |i: usize| window[i] == b' ' && window.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
    let half = window.len() / 2;
    let last = window.len().saturating_sub(1);
    (half..last)
        .rev()
        .find(|&i| is_cut(i) && window[i - 1] == b'.' && window[i + 1].is_ascii_uppercase())
        .or_else(|| (half..last).rev().find(|&i| is_cut(i)))
}

/// The block read so far becomes a paragraph (moved, not copied: a block
/// can be most of a big file).
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let text = std::mem::take(current);
    let trimmed = text.trim();
    if trimmed.len() == text.len() {
        push(text, paragraphs);
    } else {
        push(trimmed.to_string(), paragraphs);
    }
}

fn push(text: String, paragraphs: &mut Vec<String>) {
    if !text.is_empty() {
        paragraphs.push(text);
    }
}

/// `key: value` lines of a leading block fenced by `---`, and the rest.
struct FrontMatter(Vec<(String, String)>);

impl FrontMatter {
    fn get(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    }
}

fn front_matter(content: &str) -> (FrontMatter, &str) {
    let none = (FrontMatter(Vec::new()), content);
    let Some(rest) = content
        .strip_prefix("---\n")
        .or_else(|| content.strip_prefix("---\r\n"))
    else {
        return none;
    };
    let mut fields = Vec::new();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim();
        if line == "---" {
            return (FrontMatter(fields), &rest[offset..]);
        }
        if let Some((key, value)) = line.split_once(':') {
            let value = value.trim();
            let value = ['"', '\'']
                .iter()
                .find_map(|&q| value.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
                .unwrap_or(value);
            fields.push((key.trim().to_ascii_lowercase(), value.to_string()));
        }
    }
    none
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_paragraphs_and_markup() {
        let a = parse(
            "# The *Big* Vote\n\nVoters went to the [polls](http://x) on\n**Tuesday**.\n\nTurnout was `high`.\n",
            "x",
        );
        assert_eq!(a.title, "The Big Vote");
        assert_eq!(
            a.paragraphs,
            ["Voters went to the polls on Tuesday.", "Turnout was high."]
        );
    }

    #[test]
    fn front_matter_gives_metadata_and_a_repeated_title_is_dropped() {
        let a = parse(
            "---\ntitle: \"Rail Bill Advances\"\npublished: 2026-11-05\nsource: 'Capitol Dispatch'\nauthor: R. Whitfield\nurl: https://x.example/a\n---\n\n# Rail Bill Advances\n\nThe vote was close.\n",
            "x",
        );
        assert_eq!(a.title, "Rail Bill Advances");
        assert_eq!(a.published.as_deref(), Some("2026-11-05"));
        assert_eq!(a.source.as_deref(), Some("Capitol Dispatch"));
        assert_eq!(a.author.as_deref(), Some("R. Whitfield"));
        assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.paragraphs, ["The vote was close."]);
    }

    #[test]
    fn lists_quotes_rules_and_subheadings() {
        let a = parse(
            "# T\n\n## What next\n\n- First item\n  goes on.\n- Second item\n1. Numbered\n\n---\n\n> Quoted *words*\n> continue.\n\n#hashtag stays\n",
            "x",
        );
        assert_eq!(
            a.paragraphs,
            [
                "What next",
                "First item goes on.",
                "Second item",
                "Numbered",
                "Quoted words continue.",
                "#hashtag stays"
            ]
        );
    }

    #[test]
    fn a_year_starting_a_wrapped_line_is_not_a_list() {
        let a = parse("It began in\n2019. Then it grew.\n", "x");
        assert_eq!(a.paragraphs, ["It began in 2019. Then it grew."]);
    }

    fn text_of(line: &str) -> String {
        parse(&format!("# T\n\n{line}\n"), "x").paragraphs.join("|")
    }

    #[test]
    fn backslash_escapes_give_the_mark() {
        assert_eq!(text_of(r"a \*starred\* word"), "a *starred* word");
    }

    #[test]
    fn unclosed_marks_and_brackets_stay() {
        assert_eq!(
            text_of("*open [link **strong** `code` ![img](x) _em_ end"),
            "*open [link strong code img em end"
        );
        assert_eq!(text_of("a ***** b"), "a ***** b");
    }

    #[test]
    fn lone_marks_and_snake_case_stay() {
        assert_eq!(text_of("5 * 3 and file_name"), "5 * 3 and file_name");
    }

    #[test]
    fn a_setext_heading_is_a_title_and_code_is_text() {
        let a = parse("Big Vote\n========\n\n    let x = 1;\n\nAfter.\n", "x");
        assert_eq!(a.title, "Big Vote");
        assert_eq!(a.paragraphs, ["let x = 1;", "After."]);
    }

    #[test]
    fn a_long_article_read_in_pieces_reads_as_a_whole() {
        let sentence = "Mayor Ana Ruiz said **the harbour** would _reopen_ [soon](http://x.example) after `repairs`. ";
        let long = sentence.repeat(6);
        let article = format!(
            "# Title\n\n{long}\n\n- an item\n  {long}\n\n> {long}\n\n```\ncode\n\nmore\n```\n\n{long}\nnext line\n\nEnd.\n"
        );
        let whole = parse_in_pieces(&article, "x", usize::MAX);
        for width in [100, 150, 300, 500] {
            let pieces = pieces(&article, width);
            assert!(pieces.len() > 3, "{width}: {}", pieces.len());
            let read = parse_in_pieces(&article, "x", width);
            assert_eq!(read.title, whole.title);
            assert_eq!(
                read.paragraphs, whole.paragraphs,
                "read in pieces of {width}"
            );
        }
        assert_eq!(whole.paragraphs.len(), 6, "{:?}", whole.paragraphs);
    }

    #[test]
    fn a_long_line_is_cut_into_bounded_pieces_before_letters() {
        let line = "Word and more words. ".repeat(100);
        let pieces = pieces(&line, 200);
        assert!(pieces.iter().all(|(p, _)| p.len() <= 200));
        let rejoined: Vec<&str> = pieces.iter().map(|(p, _)| *p).collect();
        assert_eq!(rejoined.join(" "), line);
        assert!(pieces[1..].iter().all(|(p, _)| p.starts_with("Word")));
    }
}
