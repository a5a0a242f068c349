//! In-story search: every occurrence of a query, as [`Span`]s.
//!
//! Smart case: a query with a capital letter matches case exactly, an
//! all-lowercase one ignores case. ASCII lowercasing keeps byte offsets, so
//! the common case searches a lowercased copy with the standard library's
//! fast substring search; other queries fold case through an offset map.
//! [`refine`] narrows earlier matches when the query grows, instead of
//! searching the whole story again.

use crate::article::{Article, Span};

/// Whether `query` should match case exactly (it contains a capital).
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// All non-overlapping matches of `query` in the article's paragraphs, in
/// story order. An empty query matches nothing.
pub fn find_all(article: &Article, query: &str) -> Vec<Span> {
    let mut found = Vec::new();
    if query.is_empty() {
        return found;
    }
    let exact = is_case_sensitive(query);
    let folded_query = query.to_lowercase();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        if exact {
            push_matches(&mut found, index, paragraph, query, |at| at);
        } else if query.is_ascii() {
            let lowered = paragraph.to_ascii_lowercase();
            push_matches(&mut found, index, &lowered, &folded_query, |at| at);
        } else {
            let (lowered, original_offset) = fold_with_offsets(paragraph);
            push_matches(&mut found, index, &lowered, &folded_query, |at| {
                original_offset[at]
            });
        }
    }
    found
}

/// The matches of `query` given `previous`, the matches of a prefix of it
/// (as typed so far): every new match starts where an old one did, so only
/// those places are checked.
pub fn refine(article: &Article, previous: &[Span], query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    if !query.is_ascii() {
        return find_all(article, query);
    }
    let exact = is_case_sensitive(query);
    let mut kept: Vec<Span> = Vec::with_capacity(previous.len());
    for span in previous {
        let Some(rest) = article
            .paragraphs
            .get(span.paragraph)
            .and_then(|p| p.get(span.start..))
        else {
            continue;
        };
        let Some(candidate) = rest.as_bytes().get(..query.len()) else {
            continue;
        };
        let matches = if exact {
            candidate == query.as_bytes()
        } else {
            candidate.eq_ignore_ascii_case(query.as_bytes())
        };
        // A longer match can overlap the one kept just before it.
        let clear_of_last = kept
            .last()
            .is_none_or(|last| last.paragraph != span.paragraph || last.end <= span.start);
        if matches && clear_of_last {
            kept.push(Span::new(
                span.paragraph,
                span.start,
                span.start + query.len(),
            ));
        }
    }
    kept
}

fn push_matches(
    found: &mut Vec<Span>,
    paragraph: usize,
    haystack: &str,
    needle: &str,
    original: impl Fn(usize) -> usize,
) {
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        found.push(Span::new(paragraph, original(start), original(end)));
        from = end;
    }
}

/// `text` lowercased, and for every byte offset of it (plus its end) the
/// offset of the character it came from in `text`.
fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut lowered = String::with_capacity(text.len());
    let mut original = Vec::with_capacity(text.len() + 1);
    for (at, ch) in text.char_indices() {
        for lower in ch.to_lowercase() {
            let before = lowered.len();
            lowered.push(lower);
            original.extend(std::iter::repeat_n(at, lowered.len() - before));
        }
    }
    original.push(text.len());
    (lowered, original)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article::from_paragraphs(
            "t",
            &[
                "Alaska and alaska, ALASKA.",
                "Nothing here.",
                "Zoë and ZOË met in Alaska",
            ],
        )
    }

    fn texts<'a>(article: &'a Article, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| s.text(article)).collect()
    }

    #[test]
    fn lowercase_query_ignores_case() {
        let a = article();
        assert_eq!(
            texts(&a, &find_all(&a, "alaska")),
            ["Alaska", "alaska", "ALASKA", "Alaska"]
        );
    }

    #[test]
    fn a_capital_makes_the_query_exact() {
        let a = article();
        let found = find_all(&a, "Alaska");
        assert_eq!(found, [Span::new(0, 0, 6), Span::new(2, 21, 27)]);
    }

    #[test]
    fn non_ascii_queries_fold_case_and_keep_offsets() {
        let a = article();
        assert_eq!(texts(&a, &find_all(&a, "zoë")), ["Zoë", "ZOË"]);
    }

    #[test]
    fn refine_narrows_previous_matches() {
        let a = article();
        let short = find_all(&a, "al");
        let longer = refine(&a, &short, "alas");
        assert_eq!(longer, find_all(&a, "alas"));
        assert_eq!(refine(&a, &longer, "alasK"), Vec::<Span>::new());
    }

    #[test]
    fn empty_query_matches_nothing() {
        assert!(find_all(&article(), "").is_empty());
    }
}
