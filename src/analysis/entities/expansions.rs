//! A body's full name before its acronym in brackets, where the name
//! finder cut it at a small word: "National Aeronautics and Space
//! Administration (NASA)" came out as "National Aeronautics" and "Space
//! Administration". The acronym's letters show where the name starts: the
//! two parts and the small word between are one mention, so the full name
//! and the acronym make one row.

use super::Mention;
use crate::analysis::segment::Document;

/// Small words that may join the parts of a full name; acronyms skip them.
const JOINS: &[&str] = &[
    " and ",
    " of ",
    " for ",
    " & ",
    " and the ",
    " of the ",
    " for the ",
];

/// Words whose initials an acronym leaves out.
const SKIPPED: &[&str] = &["and", "of", "for", "the", "&", "on"];

/// Joins each full name cut before its acronym into one mention.
/// `mentions` are one story's in story order, before texts are numbered.
pub(super) fn join_cut_expansions<'a>(mentions: &mut Vec<Mention<'a>>, doc: &Document<'a>) {
    let mut joined_into = Vec::new();
    for i in 1..mentions.len() {
        let (first, second) = (&mentions[i - 1], &mentions[i]);
        if first.paragraph != second.paragraph || first.end() > second.start() {
            continue;
        }
        let text = doc.text(second.paragraph as usize);
        if !JOINS.contains(&&text[first.end()..second.start()]) {
            continue;
        }
        let Some(acronym) = bracketed_acronym(&text[second.end()..]) else {
            continue;
        };
        let whole = &text[first.start()..second.end()];
        if initials(whole) == acronym && initials(second.text) != acronym {
            joined_into.push(i);
        }
    }
    for &i in joined_into.iter().rev() {
        let first = mentions.remove(i - 1);
        let second = &mut mentions[i - 1];
        let text = doc.text(second.paragraph as usize);
        second.text = &text[first.start()..second.end()];
        second.tokens.start = first.tokens.start;
        second.before = first.before;
        second.sentence_initial = first.sentence_initial;
        second.member_of |= first.member_of;
        second.several_words = true;
    }
}

/// "(NASA)" at the start of `after` (past one space): the acronym.
fn bracketed_acronym(after: &str) -> Option<&str> {
    let inside = after.strip_prefix(" (")?;
    let acronym = &inside[..inside.find(')')?];
    (acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase())).then_some(acronym)
}

/// The first letters of a name's words, small words left out.
pub(super) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !SKIPPED.contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{bracketed_acronym, initials};

    #[test]
    fn initials_and_acronyms() {
        assert_eq!(
            initials("National Aeronautics and Space Administration"),
            "NASA"
        );
        assert_eq!(initials("Bank of the North"), "BN");
        assert_eq!(bracketed_acronym(" (NASA) said"), Some("NASA"));
        assert_eq!(bracketed_acronym(" (born 1901)"), None);
    }
}
