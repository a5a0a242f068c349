//! Capitalised for their place, not for being names: a pronoun's
//! contraction ("I'm told …", "We've seen …"), a word that opens a
//! sentence before a comma ("Sure, …"), and a common English word that
//! opens a sentence ("Things have changed", "Even then …"). None ever
//! speaks, though a sentence subject or a phrase before a cue may hold one.

use super::opens_sentence;
use crate::analysis::lexicon;
use crate::analysis::quotes::names::{self, NameRun};
use crate::analysis::quotes::spans::{Para, TokKind};

/// Whether `run`, which no entity of the story names, is a word that only
/// a sentence's start or a contraction capitalised.
pub(super) fn not_a_name(para: &Para, run: &NameRun) -> bool {
    is_contraction(&para.text[run.start..run.end])
        || opens_sentence(para, run)
        || common_word_opening(para, run)
}

/// "I'm", "We've", "They'll": a pronoun and a verb, never a name.
pub(super) fn is_contraction(word: &str) -> bool {
    let Some((head, _)) = word.split_once(['\'', '’']) else {
        return false;
    };
    names::pronoun(head).is_some() || head.eq_ignore_ascii_case("you")
}

/// "Things have changed", "Even then …", "Pressed for details, …": one
/// word first in its sentence (brackets aside) that is a common English
/// word and no given or family name. "Rice said" is someone: a reporting
/// verb right after the word keeps it a name, and so do a possessive and a
/// group word ("Democrats"), capitalised wherever it stands.
fn common_word_opening(para: &Para, run: &NameRun) -> bool {
    let written = &para.text[run.start..run.end];
    let word = names::strip_possessive(written);
    // "Vale's campaign": a possessive is someone's.
    if word.len() < written.len() || word.contains(' ') || !word.starts_with(char::is_uppercase) {
        return false;
    }
    let Ok(k) = para.toks.binary_search_by_key(&run.start, |t| t.start) else {
        return false;
    };
    let sentence = &para.sentences[para.sentence_of(k)];
    let first = (sentence.start..k).all(|i| para.toks[i].kind == TokKind::Punct);
    // "Small, who …": a comma after the word is `opens_sentence`'s to judge.
    let reports = para
        .toks
        .get(k + 1)
        .is_some_and(|t| t.verb().is_some() || &para.text[t.start..t.end] == ",");
    first
        && !reports
        && !lexicon::is_given_name(word)
        && !lexicon::is_family_name(word)
        && !lexicon::is_group_word(word)
        && lexicon::is_common_word(&word.to_lowercase())
}

/// A common word opening its sentence ([`common_word_opening`]) that no
/// lower-case word follows: no noun it could describe ("Any “clear”
/// reading", not "Multiple outlets").
pub(super) fn lone_common_word_opening(para: &Para, run: &NameRun) -> bool {
    let Ok(k) = para.toks.binary_search_by_key(&run.start, |t| t.start) else {
        return false;
    };
    let next_is_word = para.toks.get(k + 1).is_some_and(|t| {
        t.kind == TokKind::Word && para.text[t.start..t.end].starts_with(char::is_lowercase)
    });
    !next_is_word && common_word_opening(para, run)
}
