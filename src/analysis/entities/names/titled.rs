//! Titles before names: where a capitalised title starts and ends ("Minister
//! of Education Ada Lind"), its text with a nationality ("Ukrainian
//! President"), and when a title word is a surname instead ("Tom Major").

use super::Scanner;
use crate::analysis::entities::kinds;
use crate::analysis::entities::shapes::with_lowercase;
use crate::analysis::entities::titles;
use crate::analysis::lexicon::{self, gazetteer};

impl<'a> Scanner<'_, 'a> {
    /// "Minister of Education Ada Lind": the title's length with its
    /// portfolio, which ends where a given name (or the last two words) starts.
    pub(super) fn with_portfolio(&self, i: usize, title_len: usize) -> usize {
        let of = i + title_len;
        if !matches!(self.word(of), "of" | "for") || !self.name_word(of + 1) {
            return title_len;
        }
        let end = self.run_end(of + 1);
        (of + 2..end)
            .find(|&k| lexicon::is_given_name(self.words[k]))
            .or_else(|| (end - (of + 1) >= 3).then(|| end - 2))
            .map_or(title_len, |name| name - i)
    }

    /// Whether a title opens a person's name at `i` ("Secretary Ada
    /// Lind"), not a body's ("Officer School").
    pub(super) fn person_with_title_at(&self, i: usize) -> bool {
        if i >= self.words.len() {
            return false;
        }
        let Some(title_len) = self.title_at(i) else {
            return false;
        };
        let name_end = self.run_end(i + title_len);
        name_end > i + title_len && kinds::kind_from_words(&self.words[i..name_end]).is_none()
    }

    /// A capitalised title at `i` that a gazetteer place does not cover.
    pub(super) fn title_at(&self, i: usize) -> Option<usize> {
        let len = titles::capitalised_title(&self.words[i..]).or_else(|| {
            // "Author Ada Lind ...": a role capitalised by the sentence.
            (self.sentence_start[i] && self.name_word(i + 1))
                .then(|| with_lowercase(self.words[i], |role| titles::role_before(&[role])))
                .flatten()
        });
        let len = len.or_else(|| self.person_noun_before_name(i))?;
        let place = gazetteer::get().longest_match(&self.words[i..]);
        (place.is_none_or(|(place_len, _)| place_len < len)).then_some(len)
    }

    /// "Farmer Ada Lind", "Witness Tom Berg": any noun for a person,
    /// capitalised by the sentence, before a given name and a surname.
    /// A surname before a full name would be odd English, so the noun
    /// describes the person and is no part of the name.
    fn person_noun_before_name(&self, i: usize) -> Option<usize> {
        let describes = self.sentence_start[i]
            && lexicon::is_given_name(self.word(i + 1))
            && self.name_word(i + 1)
            && self.name_word(i + 2)
            && with_lowercase(self.words[i], lexicon::is_person_noun);
        describes.then_some(1)
    }

    /// "Ukrainian President": a title with the nationality word before it.
    pub(super) fn title_text(&self, i: usize, len: usize) -> &'a str {
        let start = if i > 0 && gazetteer::get().is_demonym(self.words[i - 1]) {
            i - 1
        } else {
            i
        };
        let text = self.paragraph.text;
        let tokens = &self.paragraph.tokens;
        &text[tokens[start].start()..tokens[i + len - 1].end()]
    }

    /// "Tom Major", "Ada Jean King": a one-word title after given
    /// names (the run `[i, j)`) and before no other name word is the
    /// person's surname, not the title of a name to come.
    pub(super) fn title_is_surname(&self, i: usize, j: usize) -> bool {
        self.title_at(j) == Some(1)
            && !self.name_word(j + 1)
            && self.words[i..j].iter().all(|w| lexicon::is_given_name(w))
    }
}
