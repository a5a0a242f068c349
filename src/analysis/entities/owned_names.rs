//! Names that end in a possessive: "Tolland's" (a bank), "Marrow's" (a
//! chain of shops). The name finder takes "'s" for the owner's ending and
//! cuts it, which is right for "Tolland's chief executive". But where the
//! story uses the name with "'s" every time, and once where nothing is
//! owned ("bid for Tolland's.", "Tolland's was the prize"), the ending is
//! part of the name: every mention keeps it.

use super::Mention;
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, fasthash::FastMap, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

/// Verbs that follow a subject: after "X's", the "'s" owns nothing.
static VERBS_AFTER_A_SUBJECT: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("verbs after a subject"));

/// The possessive ending just after a mention, if there is one.
fn possessive_after(rest: &str) -> Option<&'static str> {
    ["'s", "’s"].into_iter().find(|ending| {
        rest.strip_prefix(ending)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Whether the words after "X's" show it owns nothing: the sentence or
/// clause ends, or a verb follows as after a subject.
fn owns_nothing(after: &str) -> bool {
    let after = after.trim_start();
    let next: &str = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    if next.is_empty() {
        return after.is_empty() || after.starts_with(['.', ',', ';', ':', ')', '?', '!']);
    }
    VERBS_AFTER_A_SUBJECT.contains(next) || lexicon::is_reporting_verb(next)
}

/// Counts of one text's mentions: all, those with "'s" after, and whether
/// one of those owns nothing.
#[derive(Default)]
struct Uses {
    all: u32,
    possessive: u32,
    alone: bool,
}

/// Gives the possessive ending back to every mention of a name that only
/// ever appears with it and once owns nothing. `mentions` are one story's,
/// before their texts are numbered.
pub(super) fn names_ending_in_possessives<'a>(mentions: &mut [Mention<'a>], doc: &Document<'a>) {
    let mut uses: FastMap<&str, Uses> = FastMap::default();
    for m in mentions.iter() {
        let u = uses.entry(m.text).or_default();
        u.all += 1;
        let text = doc.text(m.paragraph as usize);
        if let Some(ending) = possessive_after(&text[m.end()..]) {
            u.possessive += 1;
            u.alone |= owns_nothing(&text[m.end() + ending.len()..]);
        }
    }
    for m in mentions.iter_mut() {
        let Some(u) = uses.get(m.text) else { continue };
        let owned_name = u.all >= 2
            && u.possessive == u.all
            && u.alone
            && m.place.is_none()
            && m.cue != super::Cue::Strong(EntityKind::Date)
            // "Ada's" alone is a woman's, whatever she owns.
            && (m.has_several_words() || !lexicon::is_given_name(m.text));
        if !owned_name {
            continue;
        }
        let text = doc.text(m.paragraph as usize);
        if let Some(ending) = possessive_after(&text[m.end()..]) {
            let (start, end) = (m.start(), m.end() + ending.len());
            m.text = &text[start..end];
            m.end = u32::try_from(end).expect("paragraphs are shorter than 4 GB");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{owns_nothing, possessive_after};

    #[test]
    fn a_possessive_owns_nothing_before_a_verb_or_the_end() {
        assert_eq!(possessive_after("'s was"), Some("'s"));
        assert_eq!(possessive_after("’s."), Some("’s"));
        assert_eq!(possessive_after("'sake"), None);
        assert!(owns_nothing(" was the prize"));
        assert!(owns_nothing("."));
        assert!(owns_nothing(""));
        assert!(owns_nothing(" said on Monday"));
        assert!(!owns_nothing(" stock rose"));
        assert!(!owns_nothing(" chief executive"));
    }
}
