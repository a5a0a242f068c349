//! What kind of thing a capitalised name is, from the words it is made of:
//! organisation heads and suffixes ("Ministry", "University", "Inc."),
//! facility and place heads ("Airport", "Province", "Bridge"), event and
//! work heads ("Festival", "Prize"), and the words that are never names on
//! their own (nationality and group words, sentence openers).

use crate::analysis::EntityKind;
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer};
use std::sync::LazyLock;

static ORG_HEADS: LazyLock<FastSet<&str>> = LazyLock::new(|| {
    let mut heads = lexicon::set("organization heads");
    heads.extend(lexicon::list("company suffixes"));
    heads.extend(lexicon::list("newspaper openers abroad"));
    heads.extend(lexicon::list("newspaper heads abroad"));
    heads
});
static PLACE_HEAD_SET: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("place heads"));
static PLACE_OPENER_SET: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("place openers"));
static ORG_OPENERS: LazyLock<FastSet<&str>> = LazyLock::new(|| {
    let mut openers = lexicon::set("organization openers");
    openers.extend(lexicon::list("newspaper openers abroad"));
    openers
});
static OTHER_HEAD_SET: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("other heads"));

/// Head words of organisations and places ("Council", "Bridge").
pub fn is_head(word: &str) -> bool {
    ORG_HEADS.contains(word) || PLACE_HEAD_SET.contains(word)
}

/// Nationality, religion, ethnicity and similar words: not entities.
pub fn is_group_word(word: &str) -> bool {
    lexicon::is_group_word(word) || gazetteer::get().is_demonym(word)
}

/// The kind a name's own words give it, if they give one: its last word
/// (a head: "Ministry", "Airport") or its first word before "of" or "for"
/// ("University of ...", "Gulf of ...").
pub fn kind_from_words(words: &[&str]) -> Option<EntityKind> {
    let last = *words.last()?;
    let of = words.iter().position(|w| is_of(w)).filter(|&of| of > 0);
    // In "X of Y" the head is X: "International Council for the
    // Exploration of the Sea" is a council.
    if let Some(of) = of {
        let head = words[of - 1];
        if ORG_HEADS.contains(head) && ORG_OPENERS.contains(head) {
            return Some(EntityKind::Organization);
        }
        if PLACE_HEAD_SET.contains(head) && PLACE_OPENER_SET.contains(head) {
            return Some(EntityKind::Place);
        }
    }
    if words.len() >= 2 {
        if ORG_HEADS.contains(last) {
            return Some(EntityKind::Organization);
        }
        if PLACE_HEAD_SET.contains(last) {
            return Some(EntityKind::Place);
        }
        if OTHER_HEAD_SET.contains(last) {
            return Some(EntityKind::Other);
        }
    }
    if let Some(of) = of {
        let opener = words[of - 1];
        if ORG_OPENERS.contains(opener) {
            return Some(EntityKind::Organization);
        }
        if PLACE_OPENER_SET.contains(opener) {
            return Some(EntityKind::Place);
        }
    }
    None
}

/// "of" and its like, in English and in the names of bodies and places
/// abroad ("Universidad de ...", "Banco do ...", "Istituto di ...").
fn is_of(word: &str) -> bool {
    matches!(
        word,
        "of" | "for" | "on" | "de" | "da" | "do" | "di" | "del" | "della" | "des" | "du" | "für"
    )
}

/// Whether a word may open a longer name and be followed by "of"/"for"
/// inside it ("University of Sheffield", "Gulf of Aden").
pub fn opens_of_phrase(word: &str) -> bool {
    ORG_OPENERS.contains(word) || PLACE_OPENER_SET.contains(word) || ORG_HEADS.contains(word)
}

/// Whether a word both ends a body's name and opens one before "of"
/// ("Ministry": "the Defence Ministry", "the Ministry of Defence").
pub fn heads_a_body_either_way(word: &str) -> bool {
    ORG_HEADS.contains(word) && ORG_OPENERS.contains(word)
}

/// A name nothing else settles: not a known place or body, no title, no
/// kind but Other yet. Later story-wide rules (craft, works) may call it
/// a thing.
pub(crate) fn nothing_else_settles(m: &super::Mention<'_>) -> bool {
    m.place.is_none()
        && m.title.is_none()
        && matches!(
            m.cue,
            super::Cue::None | super::Cue::Strong(crate::analysis::EntityKind::Other)
        )
        && !crate::analysis::lexicon::organizations::is_known_organization(&m.words())
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn heads_give_kinds() {
        assert_eq!(
            kind_from_words(&["State", "Department"]),
            Some(Organization)
        );
        assert_eq!(
            kind_from_words(&["University", "of", "Sheffield"]),
            Some(Organization)
        );
        assert_eq!(kind_from_words(&["Jamarat", "Bridge"]), Some(Place));
        assert_eq!(kind_from_words(&["Gulf", "of", "Aden"]), Some(Place));
        assert_eq!(
            kind_from_words(&["Council", "for", "the", "Study", "of", "the", "Sea"]),
            Some(Organization)
        );
        assert_eq!(kind_from_words(&["Lantern", "Festival"]), Some(Other));
        assert_eq!(
            kind_from_words(&["Banco", "do", "Norte"]),
            Some(Organization)
        );
        assert_eq!(kind_from_words(&["Charles", "de", "Gaulle"]), None);
        assert_eq!(kind_from_words(&["Donald", "Trump"]), None);
        assert_eq!(kind_from_words(&["Police"]), None);
    }

    #[test]
    fn nationality_and_group_words_are_known() {
        for word in ["Russian", "Afghans", "Muslims", "Shiite"] {
            assert!(is_group_word(word), "{word}");
        }
        assert!(!is_group_word("Russia"));
    }
}
