//! Capitalised words that are no names: a pronoun or function word
//! anywhere ("We"), a greeting before a name ("Dear Ada"), and at a
//! sentence's start a word the story also writes in lower case.

use super::{SENTENCE_WORD_SET, Scanner};
use crate::analysis::entities::kinds;
use crate::analysis::entities::shapes::{
    is_acronym, is_participle_opener, is_pronoun_contraction, with_lowercase,
};
use crate::analysis::lexicon::{self, fasthash::FastSet, gazetteer};
use std::sync::LazyLock;

static GREETINGS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("greetings"));

impl Scanner<'_, '_> {
    /// Whether the capitalised word at `i` is a common word, not a name:
    /// a pronoun or function word anywhere ("We"), or at a sentence's start
    /// a word the story also uses in lowercase ("Despite", "Speaking"),
    /// unless it opens a place, a title or an organisation ("New People
    /// Party").
    pub(super) fn common_word_at(&self, i: usize) -> bool {
        // "I've", "We'll"; "Hey Frank", "Dear Ada": a greeting, then the name.
        if is_pronoun_contraction(self.words[i]) || GREETINGS.contains(self.words[i]) {
            return true;
        }
        with_lowercase(self.words[i], |lower| {
            // "WHO" and "IT" in capitals are acronyms, not function words.
            let function_word = SENTENCE_WORD_SET.contains(lower)
                && !(self.words[i].len() > 1 && is_acronym(self.words[i]));
            if function_word && !self.name_word(i + 1) && !(i > 0 && self.name_word(i - 1)) {
                return true;
            }
            // Only a sentence's first word needs the story's lowercase words.
            self.sentence_start[i]
                && (function_word
                    || self.lowercase_seen.contains(lower)
                    || is_participle_opener(self.words[i]))
                && gazetteer::get().longest_match(&self.words[i..]).is_none()
                && self.title_at(i).is_none()
                && (function_word || !kinds::is_head(self.words[self.run_end(i) - 1]))
        })
    }
}
