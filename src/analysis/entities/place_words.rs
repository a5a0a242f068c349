//! Unknown words the story itself shows to be places, once the kinds are
//! settled: the name of a natural feature used without its head ("Kestra
//! Island ... on Kestra"), a person's place of origin that the story also
//! goes to ("Aldo of Velmora ... back at Velmora"), a name the story
//! calls a place outright ("Velmora is a small town in ...", "Ostria is
//! the region between ..."), a name before a natural feature in lower
//! case ("the Velmor sea") and a name with a Romance particle but no
//! given name ("Terre de Haut"). "City of Leeds" is Leeds, one row.

use super::shapes::phrase_headed_by;
use super::texts::{TextFlags, Texts};
use super::{Before, Cue, Mention, PLACE_NOUNS};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, fasthash::FastSet, gazetteer};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static FEATURE_HEADS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("natural feature heads"));

/// How many words may describe the place noun after "is a" ("is a small
/// fishing town").
const DESCRIBING_WORDS: usize = 2;

/// Makes Other mentions places where the story shows they are. `mentions`
/// are one story's in story order, every kind settled, their texts
/// numbered by `texts`.
pub(super) fn places_the_story_shows(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut places = TextFlags::new(texts);
    let mut any = false;
    // "Ada Lind of Acme", "Lind of Acme": a person's employer as often as
    // their home. Only a word the story also goes to or is in ("at
    // Velmora") is the home of the person named after it.
    let mut reached = TextFlags::new(texts);
    for m in mentions.iter() {
        if matches!(m.before, Before::PlacePreposition | Before::Directional) {
            reached.set(m.text_id);
        }
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let kind = m.kind();
        if kind == Some(EntityKind::Place) && m.has_several_words() {
            // "Kestra Island": "Kestra".
            let mut words = m.word_iter();
            if let (Some(first), Some(head), None) = (words.next(), words.next(), words.next())
                && FEATURE_HEADS.contains(head)
                && let Some(id) = texts.get(first)
            {
                places.set(id);
                any = true;
            }
        }
        if kind != Some(EntityKind::Other) || m.has_several_words() {
            continue;
        }
        let text = doc.text(m.paragraph as usize);
        let origin = i > 0 && {
            let before = &mentions[i - 1];
            before.paragraph == m.paragraph
                && before.kind() == Some(EntityKind::Person)
                && reached.get(m.text_id)
                && before.end() <= m.start()
                && text[before.end()..m.start()] == *" of "
        };
        if origin
            || called_a_place(&text[m.end()..])
            || feature_after(&text[..m.start()], &text[m.end()..])
        {
            places.set(m.text_id);
            any = true;
        }
    }
    for m in mentions.iter_mut() {
        if m.place.is_none() && m.kind() == Some(EntityKind::Place) {
            m.place = formal_name_of_a_town(m);
        }
        let other = m.kind() == Some(EntityKind::Other) && !m.has_several_words();
        if (any && places.get(m.text_id) && other) || romance_place_name(m) {
            m.cue = Cue::Strong(EntityKind::Place);
        }
    }
}

/// "City of Velmo", "Town of Velmo": the formal name of a town the
/// gazetteer knows, which is that town (and its row).
fn formal_name_of_a_town(m: &Mention<'_>) -> Option<gazetteer::PlaceId> {
    let words = m.words();
    if words.len() < 3 || !matches!(words[0], "City" | "Town" | "Village") || words[1] != "of" {
        return None;
    }
    let town = &words[2..];
    gazetteer::get()
        .longest_match(town)
        .filter(|&(len, _)| len == town.len())
        .map(|(_, place)| place)
}

/// The particles of French, Spanish, Portuguese and Italian names.
const ROMANCE_PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "do", "dos", "das", "di", "del", "della",
];

/// "Terre de Haut", "Costa del Mar": a name with a Romance particle
/// inside whose first word is no given name is a place, not a person as
/// "Anne de Vries" is. Only where nothing showed a person: no title, no
/// role, no reporting verb.
fn romance_place_name(m: &Mention<'_>) -> bool {
    if m.kind() != Some(EntityKind::Person)
        || !m.has_several_words()
        || m.title.is_some()
        || m.role_after
        || m.verb_after
    {
        return false;
    }
    let words = m.words();
    words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| ROMANCE_PARTICLES.contains(w))
        && !lexicon::is_given_name(words[0])
}

/// Natural features a name may be written before in lower case.
const FEATURE_NOUNS: &[&str] = &[
    "sea",
    "ocean",
    "river",
    "lake",
    "bay",
    "gulf",
    "strait",
    "island",
    "islands",
    "peninsula",
    "mountains",
    "desert",
    "valley",
    "canyon",
    "archipelago",
];

/// "the Velmor sea", "the Ostri river": "the", the name, a natural
/// feature in lower case.
fn feature_after(before: &str, after: &str) -> bool {
    let the = before.trim_end().rsplit(char::is_whitespace).next() == Some("the");
    let noun = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next());
    the && noun.is_some_and(|n| FEATURE_NOUNS.contains(&n))
}

/// "is a small town in ...", "is the region between ...": the text after
/// a name calls it a place.
fn called_a_place(after: &str) -> bool {
    let mut words = after
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    if !matches!(words.next(), Some("is" | "was"))
        || !matches!(words.next(), Some("a" | "an" | "the"))
    {
        return false;
    }
    phrase_headed_by(
        words,
        DESCRIBING_WORDS,
        |bare| PLACE_NOUNS.contains(bare),
        ends_place,
    )
}

/// A word that may follow a place noun ending its phrase: not another
/// noun ("a state senator", "a town planner").
fn ends_place(word: &str) -> bool {
    !word.starts_with(char::is_alphanumeric)
        || matches!(
            word,
            "in" | "on"
                | "of"
                | "near"
                | "off"
                | "between"
                | "that"
                | "which"
                | "where"
                | "with"
                | "and"
                | "known"
                | "located"
                | "stretching"
                | "lying"
                | "famous"
                | "from"
        )
}

#[cfg(test)]
mod tests {
    use super::called_a_place;

    #[test]
    fn the_words_that_call_a_name_a_place() {
        assert!(called_a_place(" is a small town in the north."));
        assert!(called_a_place(" is the region between two rivers."));
        assert!(called_a_place(" was a port."));
        assert!(!called_a_place(" is a state senator from Ohio."));
        assert!(!called_a_place(" is a town planner."));
        assert!(!called_a_place(" said the town was quiet."));
    }
}
