//! Names of craft: spacecraft, satellites, ships. "the Kestrel
//! satellite", "the Lindy and Corvo spacecraft", "Kestrel is a space capsule
//! that ...", "the Kestrel mission": the name is the craft's, so it is no
//! person and no body anywhere in the story ("Kestrel returned in May").

use super::kinds;
use super::shapes::phrase_headed_by;
use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static CRAFT_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("craft nouns"));

/// How many words may describe the craft between "is a" and its noun
/// ("is a NASA space capsule").
const DESCRIBING_WORDS: usize = 3;

/// Makes every mention of a craft's name Other. `mentions` are one
/// story's in story order, their texts numbered by `texts`, before any
/// kind is settled from the whole story.
pub(super) fn craft_names(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut crafts = TextFlags::new(texts);
    let mut any = false;
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let text = doc.text(m.paragraph as usize);
        if !kinds::nothing_else_settles(m) || !names_a_craft(&text[..m.start()], &text[m.end()..]) {
            continue;
        }
        crafts.set(m.text_id);
        any = true;
        // "the Lindy and Corvo spacecraft": the craft listed before it.
        if i > 0 {
            let before = &mentions[i - 1];
            if before.paragraph == m.paragraph
                && before.end() <= m.start()
                && text[before.end()..m.start()] == *" and "
                && kinds::nothing_else_settles(before)
            {
                crafts.set(before.text_id);
            }
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if crafts.get(m.text_id) && kinds::nothing_else_settles(m) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}

/// Whether the words around a name show it names a craft: a craft noun
/// right after it, "the X mission", or "X is a ... <craft noun>".
fn names_a_craft(before: &str, after: &str) -> bool {
    let mut words = after
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let Some(next) = words.next() else {
        return false;
    };
    let noun = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        CRAFT_NOUNS.contains(w) || w == "space"
    };
    if after.starts_with(' ') && noun(next) && next != "space" {
        return true;
    }
    // "the X mission", "the agency's X mission": "a X mission" may be a
    // body's errand ("a UN mission").
    let owner = before.trim_end().rsplit(' ').next().unwrap_or("");
    if next.trim_end_matches([',', '.']) == "mission"
        && (owner == "the" || owner.ends_with("'s") || owner.ends_with("’s"))
    {
        return true;
    }
    if !matches!(next, "is" | "was") || !matches!(words.next(), Some("a" | "an")) {
        return false;
    }
    // The noun must end the phrase: "a yacht designer" is a person.
    let craft = |bare: &str| CRAFT_NOUNS.contains(bare) || bare == "mission";
    phrase_headed_by(words, DESCRIBING_WORDS, craft, ends_phrase)
}

/// A word that may follow a noun phrase's last noun, not another noun.
fn ends_phrase(word: &str) -> bool {
    !word.starts_with(char::is_alphanumeric)
        || matches!(
            word,
            "that"
                | "which"
                | "launched"
                | "built"
                | "sent"
                | "of"
                | "to"
                | "with"
                | "from"
                | "and"
                | "in"
                | "for"
                | "by"
        )
}

#[cfg(test)]
mod tests {
    use super::names_a_craft;

    #[test]
    fn the_words_around_a_craft() {
        assert!(names_a_craft("The ", " satellite reached the comet."));
        // "the Lind probe" is an inquiry as often as a craft.
        assert!(!names_a_craft("the ", " probe found nothing."));
        assert!(names_a_craft("during the ", " mission, dust was caught"));
        assert!(names_a_craft("", " is a space capsule that came back."));
        assert!(names_a_craft("", " was an orbital mission of the agency."));
        assert!(!names_a_craft("", " is a lawyer from Leeds."));
        assert!(!names_a_craft("a ", " mission to the capital"));
        assert!(names_a_craft("NASA's ", " mission was delayed"));
        assert!(!names_a_craft("", " said the probe was lost."));
        assert!(!names_a_craft("", " is a yacht designer in Leeds."));
    }
}
