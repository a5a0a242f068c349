//! Names listed with places, or under a noun of places, are places: "the
//! islands Varnay, Kellet Rock and Les Sorbes", "the towns of Varnay,
//! Kellet and Ostrem", "the Varkel and Ostmark districts", "Paris, Lyon
//! and Varnay", "from Hadibo to Qelmira". Only names nothing else has
//! given a kind (Other) change, and under a noun of places also names
//! guessed to be people by their shape alone ("the islands Marie
//! Duchamp and Varnay"); a body, or a person with a title, keeps theirs.

use super::shapes::{is_acronym, with_lowercase};
use super::texts::{TextFlags, Texts};
use super::{Before, Cue, Mention, PLACE_NOUNS};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// A person by its shape alone: no title, role or reporting verb with it.
fn guessed_person(m: &Mention<'_>) -> bool {
    m.kind() == Some(EntityKind::Person) && m.title.is_none() && !m.role_after && !m.verb_after
}

/// What joins two names of one list.
fn joins_a_list(between: &str) -> bool {
    matches!(
        between,
        ", " | " and " | ", and " | " or " | ", or " | " & "
    )
}

/// The index of the last name of the list that opens at `first`: the
/// names after it in its paragraph (`text`) that `joins` joins to it.
pub(super) fn list_end(
    mentions: &[Mention<'_>],
    first: usize,
    text: &str,
    joins: impl Fn(&str) -> bool,
) -> usize {
    let paragraph = mentions[first].paragraph;
    let mut last = first;
    while let Some(next) = mentions.get(last + 1)
        && next.paragraph == paragraph
        && mentions[last].end() <= next.start()
        && joins(&text[mentions[last].end()..next.start()])
    {
        last += 1;
    }
    last
}

/// The last word of the text before a name.
fn word_before(text: &str) -> &str {
    let before = text.trim_end();
    before.rsplit(char::is_whitespace).next().unwrap_or("")
}

/// The word right after a name, in lower case letters only.
fn word_after(after: &str) -> &str {
    after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("")
}

/// Makes places of the Other names that a list shows to be places.
/// `mentions` are one story's in story order, every kind settled.
pub(super) fn places_listed_together(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut places = TextFlags::new(texts);
    let mut named_as_places = TextFlags::new(texts);
    let mut any = false;
    let mut first = 0;
    while first < mentions.len() {
        let paragraph = mentions[first].paragraph;
        let text = doc.text(paragraph as usize);
        let last = list_end(mentions, first, text, joins_a_list);
        let list = &mentions[first..=last];
        let is_place = |m: &Mention| m.kind() == Some(EntityKind::Place);
        // Not a term of common words ("Yak Butter", "Linguistics").
        let is_open = |m: &Mention| {
            m.kind() == Some(EntityKind::Other)
                && !is_acronym(m.text)
                && !m
                    .word_iter()
                    .all(|w| with_lowercase(w, lexicon::is_common_word))
        };
        let under_a_noun = PLACE_NOUNS.contains(word_before(&text[..list[0].start()]));
        let after = word_after(&text[list[list.len() - 1].end()..]);
        let before_plural_noun = after.ends_with('s') && PLACE_NOUNS.contains(after);
        let known = list.iter().filter(|m| is_place(m)).count();
        let open = list.iter().filter(|m| is_open(m)).count();
        let of_places = list.len() >= 2
            && open > 0
            && (under_a_noun
                || before_plural_noun
                || (list[0].before == Before::PlacePreposition
                    && known >= 1
                    && known + open == list.len())
                || (known >= 2 && known + open == list.len()));
        if of_places {
            for m in list.iter().filter(|m| is_open(m)) {
                places.set(m.text_id);
                any = true;
            }
        }
        if list.len() >= 2 && (under_a_noun || before_plural_noun) {
            // "the islands Varnay, Marie Duchamp and ...": a noun of places
            // says so outright, over a guess from a given name.
            for m in mentions[first..=last].iter().filter(|m| guessed_person(m)) {
                named_as_places.set(m.text_id);
                any = true;
            }
        }
        if let Some(to) = mentions.get(last + 1)
            && to.paragraph == paragraph
            && mentions[last].end() <= to.start()
            && &text[mentions[last].end()..to.start()] == " to "
            && word_before(&text[..mentions[last].start()]) == "from"
        {
            // "from Hadibo to Qelmira": two ends of one way.
            let from = &mentions[last];
            for (a, b) in [(from, to), (to, from)] {
                if is_open(a) && is_place(b) {
                    places.set(a.text_id);
                    any = true;
                }
            }
        }
        first = last + 1;
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        let other = m.kind() == Some(EntityKind::Other) && places.get(m.text_id);
        if other || (guessed_person(m) && named_as_places.get(m.text_id)) {
            m.cue = Cue::Strong(EntityKind::Place);
        }
    }
}
