//! Names the story itself calls a body, once the kinds are settled: "we
//! met Kestrelware, a company that makes maps", "Tarn Loop is a small
//! publisher in Leeds", "Varnholt, the band's label". A name nothing else
//! settles (its kind a guess), described right after it by a noun of a body that heads its
//! phrase (not "a company spokesman"), is that body wherever the story
//! names it.

use super::shapes::phrase_headed_by;
use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static BODY_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("organization cues"));

/// How many words may describe the noun ("a small Leeds-based publisher").
const DESCRIBING_WORDS: usize = 2;

/// Makes Other mentions organisations where the story calls them one.
/// `mentions` are one story's, every kind settled, numbered by `texts`;
/// `undecided` are the texts whose kinds the rules guessed.
pub(super) fn bodies_the_story_describes(
    mentions: &mut [Mention<'_>],
    texts: &Texts,
    undecided: &TextFlags,
    doc: &Document,
) {
    let mut bodies = TextFlags::new(texts);
    let mut any = false;
    for m in mentions.iter() {
        if !guessed(m, undecided) {
            continue;
        }
        if called_a_body(&doc.text(m.paragraph as usize)[m.end()..]) {
            bodies.set(m.text_id);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if bodies.get(m.text_id) && guessed(m, undecided) {
            m.cue = Cue::Strong(EntityKind::Organization);
        }
    }
}

/// A mention whose kind only a guess gave (its text `undecided` by any
/// cue of its own words), no title or gazetteer place, not a body yet.
fn guessed(m: &Mention<'_>, undecided: &TextFlags) -> bool {
    undecided.get(m.text_id)
        && m.place.is_none()
        && m.title.is_none()
        && matches!(
            m.kind(),
            Some(EntityKind::Person | EntityKind::Place | EntityKind::Other)
        )
}

/// ", a company that ...", " is a small publisher in ...": the text after
/// a name describes it as a body.
fn called_a_body(after: &str) -> bool {
    let (comma, rest) = match after.strip_prefix(',') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let mut words = rest.split_whitespace();
    let opener = words.next();
    let opens = if comma {
        matches!(opener, Some("a" | "an" | "the"))
    } else {
        matches!(opener, Some("is" | "was")) && matches!(words.next(), Some("a" | "an" | "the"))
    };
    opens
        && phrase_headed_by(
            words,
            DESCRIBING_WORDS,
            |bare| BODY_NOUNS.contains(bare),
            ends_body,
        )
}

/// A word that may follow a body's noun ending its phrase: not another
/// noun ("a company spokesman", "a band member"), nor "of" ("a group of
/// islands", "a chain of lakes": a collection of things).
fn ends_body(word: &str) -> bool {
    !word.starts_with(char::is_alphanumeric)
        || matches!(
            word,
            "that"
                | "which"
                | "whose"
                | "in"
                | "from"
                | "based"
                | "founded"
                | "with"
                | "for"
                | "and"
                | "on"
                | "at"
                | "known"
                | "owned"
                | "run"
                | "where"
        )
}

#[cfg(test)]
mod tests {
    use super::called_a_body;

    #[test]
    fn the_words_that_call_a_name_a_body() {
        assert!(called_a_body(", a company that makes maps."));
        assert!(called_a_body(" is a small publisher in Leeds."));
        assert!(called_a_body(", the band."));
        assert!(!called_a_body(", a company spokesman, said."));
        assert!(!called_a_body(" is a band member."));
        assert!(!called_a_body(" said the company was sold."));
        assert!(!called_a_body(" is a group of islands."));
    }
}
