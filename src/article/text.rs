//! Plain-text articles: a paragraph per line, or hard-wrapped blocks.

use super::Article;

/// Lines longer than this are a whole paragraph, not a hard-wrapped line.
const WRAPPED_LINE_MAX: usize = 100;
/// A first line this short, followed by a blank line, is the title.
const TITLE_MAX: usize = 120;

pub fn parse(content: &str, fallback_title: &str) -> Article {
    let blocks = blocks(content);
    let mut title = fallback_title.to_string();
    let mut body = &blocks[..];
    if blocks.len() > 1 && blocks[0].len() == 1 && looks_like_title(blocks[0][0]) {
        title = blocks[0][0].trim().to_string();
        body = &blocks[1..];
    }
    // Blank-line-separated blocks are what makes a file hard-wrapped; a file
    // of one block is a paragraph per line, however short the lines.
    let blank_separated = blocks.len() > 1;
    let mut paragraphs = Vec::new();
    for block in body {
        if blank_separated && is_hard_wrapped(block) {
            paragraphs.push(block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
        } else {
            paragraphs.extend(block.iter().map(|l| l.trim_end().to_string()));
        }
    }
    Article {
        title,
        paragraphs,
        ..Article::default()
    }
}

/// Runs of non-blank lines.
fn blocks(content: &str) -> Vec<Vec<&str>> {
    let mut blocks = vec![Vec::new()];
    for line in content.lines() {
        if line.trim().is_empty() {
            if !blocks.last().is_some_and(Vec::is_empty) {
                blocks.push(Vec::new());
            }
        } else {
            blocks.last_mut().expect("never empty").push(line);
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

fn looks_like_title(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= TITLE_MAX && !line.ends_with(['.', ',', ';', ':'])
}

/// A block of several lines whose lines (but the last) are all short.
fn is_hard_wrapped(block: &[&str]) -> bool {
    block.len() > 1
        && block[..block.len() - 1]
            .iter()
            .all(|l| l.chars().count() <= WRAPPED_LINE_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_paragraph_per_line_without_title() {
        let a = parse("First paragraph is here.\nSecond one.\n", "Fallback");
        assert_eq!(a.title, "Fallback");
        assert_eq!(a.paragraphs, ["First paragraph is here.", "Second one."]);
    }

    #[test]
    fn title_line_then_hard_wrapped_blocks() {
        let a = parse(
            "Storm Hits Coast\n\nThe storm arrived\non Monday night.\n\nPower is out.\n",
            "x",
        );
        assert_eq!(a.title, "Storm Hits Coast");
        assert_eq!(
            a.paragraphs,
            ["The storm arrived on Monday night.", "Power is out."]
        );
    }

    #[test]
    fn a_sentence_is_not_a_title() {
        let a = parse("It rained.\n\nThen it stopped.\n", "Weather");
        assert_eq!(a.title, "Weather");
        assert_eq!(a.paragraphs, ["It rained.", "Then it stopped."]);
    }
}
