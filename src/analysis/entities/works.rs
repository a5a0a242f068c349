//! Titles of works written "Word of Name": "Song of Marrow", "Game of
//! Lanterns". The name finder joins "of" only after the head of a body or
//! a place ("University of ..."), so such a title falls apart into a
//! capitalised common word and a name, one taken for a person, the other
//! for a band. A common word capitalised inside a sentence before "of"
//! and a name is the first word of a title, and neither half names anyone.

use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// Makes both halves of such titles Other wherever the story uses them.
/// `mentions` are one story's in story order, every kind settled, their
/// texts numbered by `texts`.
pub(super) fn titles_of_works(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut halves = TextFlags::new(texts);
    let mut any = false;
    for pair in mentions.windows(2) {
        let (word, name) = (&pair[0], &pair[1]);
        if word.paragraph != name.paragraph
            || word.end() > name.start()
            || word.has_several_words()
            || word.sentence_initial
            || word.title.is_some()
            || name.place.is_some()
            || matches!(name.kind(), Some(EntityKind::Place | EntityKind::Date))
        {
            continue;
        }
        let text = doc.text(word.paragraph as usize);
        let common = word.text.chars().all(char::is_alphabetic)
            && lexicon::is_common_word(&word.text.to_lowercase())
            && !lexicon::is_given_name(word.text);
        if common && text[word.end()..name.start()] == *" of " {
            halves.set(word.text_id);
            halves.set(name.text_id);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if halves.get(m.text_id) && m.place.is_none() && m.kind() != Some(EntityKind::Date) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}
