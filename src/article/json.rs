//! Byline's JSON article format, one per file (`.json`) or per line (`.jsonl`).

use super::Article;
use serde::Deserialize;

/// The on-disk shape: `paragraphs` verbatim, or a `body` split on blank lines.
#[derive(Deserialize)]
#[serde(expecting = "an article object with \"title\" and \"paragraphs\"")]
struct RawArticle {
    title: Option<String>,
    paragraphs: Option<Vec<String>>,
    body: Option<String>,
    url: Option<String>,
    published: Option<String>,
    source: Option<String>,
    author: Option<String>,
}

/// A JSON Lines file reports this many bad lines one by one; the rest are
/// counted in one line, so a file of garbage cannot flood the terminal.
pub const LINE_ERRORS_SHOWN: usize = 5;

pub fn parse(content: &str, fallback_title: &str) -> Result<Article, String> {
    if content.trim_start().starts_with('[') {
        // Serde would read the array as a struct's fields in order and
        // complain about the first one ("invalid type: map, expected a string").
        return Err(
            "not a Byline article: a JSON array, where one article object \
             ({\"title\": ..., \"paragraphs\": [...]}) was expected; several articles \
             go in a .jsonl file, one object per line"
                .to_string(),
        );
    }
    let raw: RawArticle = serde_json::from_str(content).map_err(|err| describe(&err, None))?;
    into_article(raw, fallback_title)
}

/// Every article of a JSON Lines file, and the problems of the lines that failed.
pub fn parse_lines(content: &str, fallback_title: &str) -> (Vec<Article>, Vec<String>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    let mut more_problems = 0;
    let mut last_problem = 0;
    for (number, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = number + 1;
        let parsed = serde_json::from_str::<RawArticle>(line)
            .map_err(|err| describe(&err, Some(number)))
            .and_then(|raw| {
                into_article(raw, &format!("{fallback_title} ({number})"))
                    .map_err(|reason| format!("line {number}: {reason}"))
            });
        match parsed {
            Ok(article) => articles.push(article),
            Err(reason) if problems.len() < LINE_ERRORS_SHOWN => problems.push(reason),
            Err(_) => {
                more_problems += 1;
                last_problem = number;
            }
        }
    }
    if more_problems > 0 {
        problems.push(format!(
            "{more_problems} more lines are not articles either (the last at line {last_problem})"
        ));
    }
    (articles, problems)
}

/// "malformed JSON at line 2 column 17: expected value". `line` is the
/// line of a JSON Lines file, whose records are each on line 1 of their own.
fn describe(err: &serde_json::Error, line: Option<usize>) -> String {
    let what = match err.classify() {
        serde_json::error::Category::Eof => "truncated JSON",
        serde_json::error::Category::Syntax => "malformed JSON",
        serde_json::error::Category::Data => "not a Byline article",
        serde_json::error::Category::Io => "unreadable JSON",
    };
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);
    match (line, err.line()) {
        (_, 0) => format!("{what}: {message}"),
        (Some(line), _) => format!("{what} at line {line} column {}: {message}", err.column()),
        (None, at) => format!("{what} at line {at} column {}: {message}", err.column()),
    }
}

fn into_article(raw: RawArticle, fallback_title: &str) -> Result<Article, String> {
    let paragraphs = match (raw.paragraphs, raw.body) {
        (Some(paragraphs), _) => paragraphs,
        (None, Some(body)) => split_body(&body),
        (None, None) => return Err("no \"paragraphs\" or \"body\" field".to_string()),
    };
    if paragraphs.iter().all(|p| p.trim().is_empty()) {
        return Err("no article text (the paragraphs are empty)".to_string());
    }
    let title = raw
        .title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| fallback_title.to_string());
    Ok(Article {
        title,
        paragraphs,
        url: raw.url,
        published: raw.published,
        source: raw.source,
        author: raw.author,
        ..Article::default()
    })
}

/// A body's paragraphs: blocks between blank lines (however they are
/// written: `\n\n`, `\r\n\r\n`, a line of spaces), each block's lines joined.
fn split_body(body: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in body.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if !line.is_empty() {
            block.push(line);
        } else if !block.is_empty() {
            paragraphs.push(block.join(" "));
            block.clear();
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_kept_verbatim() {
        let a = parse(
            r#"{"title":"T","paragraphs":["  A b. ","C"],"url":"u"}"#,
            "x",
        )
        .unwrap();
        assert_eq!(a.paragraphs, ["  A b. ", "C"]);
        assert_eq!(a.url.as_deref(), Some("u"));
    }

    #[test]
    fn body_is_split_on_blank_lines() {
        let a = parse(r#"{"title":"T","body":"One\nline.\n\nTwo."}"#, "x").unwrap();
        assert_eq!(a.paragraphs, ["One line.", "Two."]);
        let a = parse(r#"{"body":"One.\r\n\r\nTwo.\n  \nThree."}"#, "x").unwrap();
        assert_eq!(a.paragraphs, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = parse("{\"title\": \"T\",\n \"paragraphs\": [\"a\" \"b\"]}", "x").unwrap_err();
        assert!(
            err.starts_with("malformed JSON at line 2 column 21: "),
            "{err}"
        );
    }

    #[test]
    fn other_json_is_not_an_article() {
        let err = parse("\"just a string\"", "x").unwrap_err();
        assert!(err.starts_with("not a Byline article"), "{err}");
        assert!(err.contains("expected an article object"), "{err}");
    }

    #[test]
    fn a_top_level_array_says_what_was_expected() {
        let err = parse(r#"[{"title":"T","paragraphs":["a"]}]"#, "x").unwrap_err();
        assert!(
            err.starts_with("not a Byline article: a JSON array"),
            "{err}"
        );
        assert!(
            err.contains("one article object") && err.contains(".jsonl"),
            "{err}"
        );
    }

    #[test]
    fn many_bad_lines_are_summarised_after_the_first_few() {
        let content = format!("{}{{\"paragraphs\":[\"ok\"]}}\n", "oops\n".repeat(1000));
        let (ok, bad) = parse_lines(&content, "F");
        assert_eq!(ok.len(), 1);
        assert_eq!(bad.len(), LINE_ERRORS_SHOWN + 1);
        assert!(
            bad[0].starts_with("malformed JSON at line 1 "),
            "{}",
            bad[0]
        );
        assert_eq!(
            bad[LINE_ERRORS_SHOWN],
            "995 more lines are not articles either (the last at line 1000)"
        );
    }

    #[test]
    fn truncated_json_is_named() {
        let err = parse("{\"title\": \"T\", \"paragraphs\": [\"a\"", "x").unwrap_err();
        assert!(err.starts_with("truncated JSON at line 1 column"), "{err}");
    }

    #[test]
    fn empty_paragraphs_are_refused() {
        let err = parse(r#"{"title":"T","paragraphs":["", " "]}"#, "x").unwrap_err();
        assert!(err.contains("no article text"), "{err}");
        let (_, bad) = parse_lines("{\"paragraphs\":[\"a\"]}\n{\"paragraphs\":[]}\n", "F");
        assert_eq!(bad.len(), 1);
        assert!(bad[0].starts_with("line 2: no article text"), "{}", bad[0]);
    }

    #[test]
    fn bad_lines_do_not_stop_good_ones() {
        let (ok, bad) = parse_lines("{\"paragraphs\":[\"a\"]}\n{oops\n", "F");
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].title, "F (1)");
        assert_eq!(bad.len(), 1);
        assert!(
            bad[0].starts_with("malformed JSON at line 2 column 2: "),
            "{}",
            bad[0]
        );
    }
}
