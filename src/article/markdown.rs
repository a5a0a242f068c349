//! Markdown articles: a `# Title`, paragraphs between blank lines, inline
//! markup reduced to its text.

use super::Article;

pub fn parse(content: &str, fallback_title: &str) -> Article {
    let mut title = None;
    let mut paragraphs = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let flush = |current: &mut Vec<String>, paragraphs: &mut Vec<String>| {
        if !current.is_empty() {
            paragraphs.push(current.join(" "));
            current.clear();
        }
    };
    for line in content.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut current, &mut paragraphs);
        } else if let Some(heading) = line.strip_prefix("# ").filter(|_| title.is_none()) {
            flush(&mut current, &mut paragraphs);
            title = Some(strip_inline(heading.trim()));
        } else if line.starts_with('#') {
            flush(&mut current, &mut paragraphs);
            paragraphs.push(strip_inline(line.trim_start_matches('#').trim()));
        } else {
            current.push(strip_inline(line));
        }
    }
    flush(&mut current, &mut paragraphs);
    Article {
        title: title.unwrap_or_else(|| fallback_title.to_string()),
        paragraphs,
        ..Article::default()
    }
}

/// `*em*`, `**strong**`, `_em_`, `` `code` ``, `[text](url)` and
/// `![alt](url)` become their text; a lone `*` or `_` stays.
pub fn strip_inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    // Emphasis runs opened and not yet closed: (mark, run length).
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let link_at = if c == '!' && chars.get(i + 1) == Some(&'[') {
            i + 1
        } else {
            i
        };
        if chars[link_at] == '['
            && let Some((text, next)) = link(&chars, link_at)
        {
            out.push_str(&text);
            i = next;
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
            if before_word && !inside_word && closes_later(&chars, i + run, c, run) {
                open.push((c, run));
                i += run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `[text](url)` starting at `open`: its text and the index after it.
fn link(chars: &[char], open: usize) -> Option<(String, usize)> {
    let close = open + chars[open..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    let text: String = chars[open + 1..close].iter().collect();
    Some((strip_inline(&text), end + 1))
}

fn closes_later(chars: &[char], from: usize, mark: char, run: usize) -> bool {
    let closer: String = std::iter::repeat_n(mark, run).collect();
    let rest: String = chars[from..].iter().collect();
    rest.match_indices(&closer)
        .any(|(at, _)| at > 0 && !rest[..at].ends_with(char::is_whitespace))
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
    fn lone_marks_and_snake_case_stay() {
        assert_eq!(strip_inline("5 * 3 and file_name"), "5 * 3 and file_name");
    }
}
