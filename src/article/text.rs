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
    let mut paragraphs = Vec::new();
    for block in body {
        if is_hard_wrapped(block) {
            paragraphs.push(block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
        } else {
            paragraphs.extend(block.iter().map(|l| l.trim().to_string()));
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

/// A block of several lines that reads as one paragraph broken to a width:
/// its lines (but the last) are short, and most of them stop mid-sentence.
/// A paragraph per line ends (nearly) every line with a sentence instead.
fn is_hard_wrapped(block: &[&str]) -> bool {
    let Some((_, lines)) = block.split_last() else {
        return false;
    };
    let mid_sentence = lines.iter().filter(|l| !ends_sentence(l)).count();
    !lines.is_empty()
        && lines.iter().all(|l| l.chars().count() <= WRAPPED_LINE_MAX)
        && mid_sentence * 2 > lines.len()
}

/// Whether `line` ends with . ! ? : or …, perhaps inside a closing quote or bracket.
fn ends_sentence(line: &str) -> bool {
    let line = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    line.ends_with(['.', '!', '?', ':', '…'])
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
    fn one_block_of_wrapped_lines_is_one_paragraph() {
        let a = parse(
            "The council met on Tuesday\nto discuss the budget, and\nvoted late.\n",
            "x",
        );
        assert_eq!(
            a.paragraphs,
            ["The council met on Tuesday to discuss the budget, and voted late."]
        );
    }

    #[test]
    fn title_then_short_paragraphs_one_per_line() {
        let a = parse(
            "Late Goal Wins Cup\n\n  The final was tight.\n“We held on,” she said.\nFans cheered!\n",
            "x",
        );
        assert_eq!(a.title, "Late Goal Wins Cup");
        assert_eq!(
            a.paragraphs,
            [
                "The final was tight.",
                "“We held on,” she said.",
                "Fans cheered!"
            ]
        );
    }

    #[test]
    fn a_sentence_is_not_a_title() {
        let a = parse("It rained.\n\nThen it stopped.\n", "Weather");
        assert_eq!(a.title, "Weather");
        assert_eq!(a.paragraphs, ["It rained.", "Then it stopped."]);
    }
}
