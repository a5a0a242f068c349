//! Markdown articles: a `# Title`, paragraphs between blank lines, inline
//! markup reduced to its text.

use super::Article;
use std::collections::HashMap;

pub fn parse(content: &str, fallback_title: &str) -> Article {
    let (meta, body) = front_matter(content);
    let mut article = Article {
        title: String::new(),
        url: meta.get("url"),
        published: meta.get("published").or_else(|| meta.get("date")),
        source: meta.get("source"),
        author: meta.get("author"),
        ..Article::default()
    };
    let mut title = meta.get("title");
    let mut current: Vec<String> = Vec::new();
    let flush = |current: &mut Vec<String>, paragraphs: &mut Vec<String>| {
        if !current.is_empty() {
            paragraphs.push(current.join(" "));
            current.clear();
        }
    };
    let mut paragraphs = Vec::new();
    for line in body.lines() {
        let line = unquote(line.trim());
        if line.is_empty() || is_rule_or_fence(line) {
            flush(&mut current, &mut paragraphs);
        } else if let Some((level, heading)) = heading(line) {
            flush(&mut current, &mut paragraphs);
            let heading = strip_inline(heading);
            if level == 1 && title.is_none() {
                title = Some(heading);
            } else if title.as_ref() != Some(&heading) || !paragraphs.is_empty() {
                paragraphs.push(heading);
            }
        } else if let Some(item) = list_item(line) {
            // Each item is its own paragraph; following lines continue it.
            flush(&mut current, &mut paragraphs);
            current.push(strip_inline(item));
        } else {
            current.push(strip_inline(line));
        }
    }
    flush(&mut current, &mut paragraphs);
    article.title = title
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| fallback_title.to_string());
    article.paragraphs = paragraphs;
    article
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

/// A line inside `>` block quotes, without its markers.
fn unquote(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    line
}

/// `---`, `***`, `___` (thematic breaks) and code fences carry no text.
fn is_rule_or_fence(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let rule = compact.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&mark| compact.chars().all(|c| c == mark));
    rule || line.starts_with("```") || line.starts_with("~~~")
}

/// `## Text` -> (2, "Text"); `#hashtag` is not a heading.
fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    let text = line.get(level..)?;
    let is_heading = (1..=6).contains(&level) && (text.is_empty() || text.starts_with(' '));
    is_heading.then(|| (level, text.trim().trim_end_matches('#').trim()))
}

/// `- item`, `* item`, `+ item`, `1. item`, `2) item` -> "item".
fn list_item(line: &str) -> Option<&str> {
    if let Some(rest) = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))
        .or_else(|| line.strip_prefix("+ "))
    {
        return Some(rest.trim_start());
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = line.get(digits..)?;
    let rest = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "));
    // Three digits at most: a hard-wrapped line may start with a year.
    rest.filter(|_| (1..=3).contains(&digits))
        .map(str::trim_start)
}

/// `*em*`, `**strong**`, `_em_`, `` `code` ``, `[text](url)` and
/// `![alt](url)` become their text; a lone `*` or `_` stays.
///
/// Linear in the length of the line: where brackets close and where each
/// emphasis run could close are found once, up front, not by a scan per mark.
pub fn strip_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let next_bracket = next_index_of(&chars, ']');
    let next_paren = next_index_of(&chars, ')');
    let next_open = next_index_of(&chars, '[');
    let last_closer = last_closers(&chars);
    let mut out = String::with_capacity(line.len());
    // Emphasis runs opened and not yet closed: (mark, run length).
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\'
            && let Some(&next) = chars.get(i + 1).filter(|n| n.is_ascii_punctuation())
        {
            out.push(next);
            i += 2;
            continue;
        }
        let link_at = if c == '!' && chars.get(i + 1) == Some(&'[') {
            i + 1
        } else {
            i
        };
        if chars[link_at] == '['
            && let Some(close) = next_bracket[link_at]
            && next_open[link_at + 1].is_none_or(|other| other > close)
            && chars.get(close + 1) == Some(&'(')
            && let Some(end) = next_paren[close + 1]
        {
            let text: String = chars[link_at + 1..close].iter().collect();
            out.push_str(&strip_inline(&text));
            i = end + 1;
            continue;
        }
        if matches!(c, '*' | '_' | '`') {
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let after_word = i > 0 && !chars[i - 1].is_whitespace();
            if after_word && open.last() == Some(&(c, run)) {
                open.pop();
                i += run;
                continue;
            }
            let before_word = chars.get(i + run).is_some_and(|n| !n.is_whitespace());
            let inside_word = c == '_' && i > 0 && chars[i - 1].is_alphanumeric();
            let closes_later = last_closer.get(&(c, run)).is_some_and(|&at| at > i + run);
            if before_word && !inside_word && closes_later {
                open.push((c, run));
            } else {
                out.extend(&chars[i..i + run]);
            }
            i += run;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// For every index, the index of the first `target` at or after it.
fn next_index_of(chars: &[char], target: char) -> Vec<Option<usize>> {
    let mut next = vec![None; chars.len() + 1];
    for i in (0..chars.len()).rev() {
        next[i] = if chars[i] == target {
            Some(i)
        } else {
            next[i + 1]
        };
    }
    next
}

/// For each emphasis mark and run length, the last index where a run of
/// exactly that many marks follows text, so could close emphasis. One pass.
fn last_closers(chars: &[char]) -> HashMap<(char, usize), usize> {
    let mut last = HashMap::new();
    let mut i = 0;
    while i < chars.len() {
        let mark = chars[i];
        if !matches!(mark, '*' | '_' | '`') {
            i += 1;
            continue;
        }
        let len = chars[i..].iter().take_while(|&&x| x == mark).count();
        if i > 0 && !chars[i - 1].is_whitespace() {
            last.insert((mark, len), i);
        }
        i += len;
    }
    last
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

    #[test]
    fn backslash_escapes_give_the_mark() {
        assert_eq!(strip_inline(r"a \*starred\* word"), "a *starred* word");
    }

    #[test]
    fn unclosed_marks_and_brackets_stay() {
        assert_eq!(
            strip_inline("*open [link **strong** `code` ![img](x) _em_ end"),
            "*open [link strong code img em end"
        );
        assert_eq!(strip_inline("a ***** b"), "a ***** b");
    }

    #[test]
    fn lone_marks_and_snake_case_stay() {
        assert_eq!(strip_inline("5 * 3 and file_name"), "5 * 3 and file_name");
    }
}
