//! Markdown articles: front matter for metadata, a `# Title`, then one
//! paragraph per block (paragraph, list item, heading, quote), inline markup
//! reduced to its text.
//!
//! The Markdown itself is read by `pulldown-cmark`, the CommonMark parser
//! that runs in linear time whatever the markup (a hand-written reader had
//! needed fixes for quadratic emphasis and used 50 times its input's memory);
//! the front matter and what makes a paragraph are Byline's own.

use super::Article;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub fn parse(content: &str, fallback_title: &str) -> Article {
    let (meta, body) = front_matter(content);
    let mut title = meta.get("title");
    let mut paragraphs: Vec<String> = Vec::new();
    // The text of the block being read, and whether it is a top heading.
    let mut current = String::new();
    let mut heading: Option<HeadingLevel> = None;
    for event in Parser::new(body) {
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
            // Each list item is its own paragraph, and so is each block.
            Event::Start(Tag::Item | Tag::Paragraph | Tag::CodeBlock(_))
            | Event::End(
                TagEnd::Item | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            )
            | Event::Rule => flush(&mut current, &mut paragraphs),
            _ => {}
        }
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
}
