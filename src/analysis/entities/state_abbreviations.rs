//! Abbreviated states and provinces, as American and Canadian copy writes
//! them after a town ("Fresno, Calif.", "Kamloops, B.C.") and in a
//! lawmaker's party tag ("Sen. Ada Lind (R-Ky.)"). After a town the
//! abbreviation is a place, its dot included unless it ends the sentence;
//! a party tag names no one.

use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// Makes the abbreviations after a town places and drops party tags.
/// `mentions` are one story's, before any kind is settled from the whole
/// story.
pub(super) fn abbreviated_states<'a>(mentions: &mut Vec<Mention<'a>>, doc: &Document<'a>) {
    mentions.retain(|m| !lexicon::is_party_tag(m.text));
    for m in mentions.iter_mut() {
        if m.has_several_words() || !lexicon::is_place_abbreviation(m.text) {
            continue;
        }
        let text = doc.text(m.paragraph as usize);
        // "B.C.", "N.Y.": dotted letters are the place wherever they stand;
        // "Pa", "Ore", "Mass" only after a town and its comma.
        if !(m.text.contains('.') || after_a_town(&text[..m.start()])) {
            continue;
        }
        m.cue = Cue::Strong(EntityKind::Place);
        // The dot is the abbreviation's, unless it also ends the sentence
        // ("... in Jacksonville, Fla. The bank ..."): then it is the
        // sentence's, as after any word.
        let dot_ends_sentence = || {
            let after = text[m.end() + 1..].trim_start();
            after.is_empty() || after.starts_with(|c: char| c.is_uppercase() || "“\"‘'".contains(c))
        };
        if !m.text.ends_with('.') && text[m.end()..].starts_with('.') && !dot_ends_sentence() {
            let start = m.start();
            m.end += 1;
            m.text = &text[start..m.end()];
        }
    }
}

/// Whether the text before a word ends in a capitalised word and a comma:
/// "Fresno, " before "Calif.".
fn after_a_town(before: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(',')
        .and_then(|town| town.rsplit(char::is_whitespace).next())
        .is_some_and(|town| town.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::after_a_town;
    use crate::analysis::lexicon::is_party_tag;

    #[test]
    fn a_party_tag_is_a_letter_and_a_state() {
        assert!(is_party_tag("R-Ky.") && is_party_tag("D-Calif") && is_party_tag("R-Texas"));
        assert!(!is_party_tag("D-Day") && !is_party_tag("X-Ky") && !is_party_tag("Ky"));
    }

    #[test]
    fn a_town_and_a_comma_come_before_the_state() {
        assert!(after_a_town("Officials in Fresno, "));
        assert!(!after_a_town("Officials in fresno, ") && !after_a_town("Fresno "));
    }
}
