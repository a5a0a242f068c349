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

/// Whether `text` holds `query`, in smart case (for the filters of lists).
pub fn holds(text: &str, query: &str) -> bool {
    if is_case_sensitive(query) {
        text.contains(query)
    } else {
        text.to_lowercase().contains(&query.to_lowercase())
    }
}

/// All non-overlapping matches of `query` in the article's paragraphs, in
/// story order. An empty query matches nothing.
pub fn find_all(article: &Article, query: &str) -> Vec<Span> {
    search_paragraphs(article, 0..article.paragraphs.len(), query)
}

/// The matches of `query` given `previous`, the matches of a prefix of it
/// (as typed so far). A paragraph holding the longer query holds the prefix
/// too, so only the paragraphs that matched before are searched again.
/// (Checking only where old matches started is not enough: the prefix's
/// non-overlapping matches can skip the start of a longer match.)
pub fn refine(article: &Article, previous: &[Span], query: &str) -> Vec<Span> {
    let mut paragraphs: Vec<usize> = previous.iter().map(|s| s.paragraph).collect();
    paragraphs.dedup();
    search_paragraphs(article, paragraphs.into_iter(), query)
}

/// Matches of `query` in the given paragraphs (in increasing order).
fn search_paragraphs(
    article: &Article,
    paragraphs: impl Iterator<Item = usize>,
    query: &str,
) -> Vec<Span> {
    let mut found = Vec::new();
    if query.is_empty() {
        return found;
    }
    let exact = is_case_sensitive(query);
    let folded_query = query.to_lowercase();
    let prefix = ascii_prefix(&folded_query);
    for index in paragraphs {
        let Some(paragraph) = article.paragraphs.get(index) else {
            continue;
        };
        if exact || folded_query.is_ascii() {
            let needle = if exact { query } else { &folded_query };
            for start in ascii_matches(paragraph.as_bytes(), needle.as_bytes(), !exact) {
                found.push(Span::new(index, start, start + needle.len()));
            }
        } else if !paragraph.is_ascii() {
            if !prefix.is_empty() && ascii_matches(paragraph.as_bytes(), prefix, true).is_empty() {
                continue;
            }
            // Unicode case folding can change byte lengths: map offsets back,
            // but only for paragraphs that match at all.
            let folded = paragraph.to_lowercase();
            if folded.contains(&folded_query) {
                let (folded, original_offset) = fold_with_offsets(paragraph);
                push_matches(&mut found, index, &folded, &folded_query, |at| {
                    original_offset[at]
                });
            }
        }
    }
    found
}

fn push_matches(
    found: &mut Vec<Span>,
    paragraph: usize,
    haystack: &str,
    needle: &str,
    original: impl Fn(usize) -> usize,
) {
    for (start, _) in haystack.match_indices(needle) {
        let end = start + needle.len();
        found.push(Span::new(paragraph, original(start), original(end)));
    }
}

/// The leading ASCII part of a lowercase query that any caseless match
/// must contain as ASCII too: a quick test to skip paragraphs. It stops
/// before 'k' and 'i', which the Kelvin sign and dotted capital I lowercase
/// to from outside ASCII.
fn ascii_prefix(folded_query: &str) -> &[u8] {
    let end = folded_query
        .bytes()
        .position(|b| !b.is_ascii() || b == b'k' || b == b'i')
        .unwrap_or(folded_query.len());
    &folded_query.as_bytes()[..end]
}

/// Bytes scanned at once when looking for a needle's first byte: a block
/// this size compiles to a few vector instructions.
const BLOCK: usize = 32;

/// Start offsets of the non-overlapping matches of `needle` in `haystack`;
/// `caseless` ignores ASCII case (then `needle` must be lowercase).
///
/// Candidates are found a block at a time by comparing every byte with the
/// needle's first byte (branch-free, so the compiler vectorises it), then
/// checked in full.
fn ascii_matches(haystack: &[u8], needle: &[u8], caseless: bool) -> Vec<usize> {
    let mut starts = Vec::new();
    let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else {
        return starts;
    };
    let fold_of = |byte: u8| {
        if caseless && byte.is_ascii_alphabetic() {
            0x20
        } else {
            0
        }
    };
    let (fold_first, fold_last) = (fold_of(first), fold_of(last));
    let same = |candidate: &[u8]| {
        if caseless {
            candidate.eq_ignore_ascii_case(needle)
        } else {
            candidate == needle
        }
    };
    let Some(last_start) = haystack.len().checked_sub(needle.len()) else {
        return starts;
    };
    let mut next_free = 0;
    let mut check = |at: usize, starts: &mut Vec<usize>| {
        if at >= next_free && same(&haystack[at..at + needle.len()]) {
            starts.push(at);
            next_free = at + needle.len();
        }
    };
    // Byte i of `firsts` and of `lasts` are where a match starting at i has
    // its first and its last byte.
    let firsts = &haystack[..=last_start];
    let lasts = &haystack[needle.len() - 1..];
    let mut first_blocks = firsts.chunks_exact(BLOCK);
    let last_blocks = lasts.chunks_exact(BLOCK);
    for (number, (block, ends)) in first_blocks.by_ref().zip(last_blocks).enumerate() {
        let block: &[u8; BLOCK] = block.try_into().expect("chunks_exact gives whole blocks");
        let ends: &[u8; BLOCK] = ends.try_into().expect("chunks_exact gives whole blocks");
        let mut hits: u32 = 0;
        for i in 0..BLOCK {
            let both = ((block[i] | fold_first) == first) & ((ends[i] | fold_last) == last);
            hits |= u32::from(both) << i;
        }
        while hits != 0 {
            check(number * BLOCK + hits.trailing_zeros() as usize, &mut starts);
            hits &= hits - 1;
        }
    }
    let tail_start = firsts.len() - first_blocks.remainder().len();
    for (offset, &byte) in firsts[tail_start..].iter().enumerate() {
        if (byte | fold_first) == first {
            check(tail_start + offset, &mut starts);
        }
    }
    starts
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
    fn the_kelvin_sign_folds_to_k() {
        let a = Article::from_paragraphs("t", &["A \u{212A}ö test", "Kö"]);
        assert_eq!(find_all(&a, "kö").len(), 2);
    }

    #[test]
    fn refine_finds_matches_the_shorter_query_stepped_over() {
        let a = Article::from_paragraphs("t", &["     a"]);
        let short = find_all(&a, "  ");
        assert_eq!(refine(&a, &short, "  a"), [Span::new(0, 3, 6)]);
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
    fn block_scanning_agrees_with_a_plain_search_at_every_length() {
        let pattern = "aBcAb ca-Bc";
        for length in 0..120 {
            let haystack: String = pattern.chars().cycle().take(length).collect();
            let lowered = haystack.to_ascii_lowercase();
            for needle in ["a", "ab", "bca", "c a", "-", "abcab ca-bcabcab ca-bcab"] {
                let plain: Vec<usize> = lowered.match_indices(needle).map(|(at, _)| at).collect();
                let scanned = ascii_matches(haystack.as_bytes(), needle.as_bytes(), true);
                assert_eq!(scanned, plain, "{needle:?} in {haystack:?}");
            }
        }
    }

    #[test]
    fn empty_query_matches_nothing() {
        assert!(find_all(&article(), "").is_empty());
    }
}
