//! Capitalised for their place, not for being names: a pronoun's
//! contraction ("I'm told …", "We've seen …") and a word that opens
//! a sentence before a comma ("Sure, …"). Neither ever speaks, though a
//! sentence subject or a phrase before a cue may hold one.

use super::opens_sentence;
use crate::analysis::quotes::names::{self, NameRun};
use crate::analysis::quotes::spans::Para;

/// Whether `run`, which no entity of the story names, is a word that only
/// a sentence's start or a contraction capitalised.
pub(super) fn not_a_name(para: &Para, run: &NameRun) -> bool {
    is_contraction(&para.text[run.start..run.end]) || opens_sentence(para, run)
}

/// "I'm", "We've", "They'll": a pronoun and a verb, never a name.
fn is_contraction(word: &str) -> bool {
    let Some((head, _)) = word.split_once(['\'', '’']) else {
        return false;
    };
    names::pronoun(head).is_some() || head.eq_ignore_ascii_case("you")
}
