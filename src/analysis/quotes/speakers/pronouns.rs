//! What a pronoun can stand for: the sex "he" or "she" asks for and the
//! sex a speaker's given name or title tells (`given_names_sex.txt`), and
//! the headings that name a topic rather than a subject.

use super::Speaker;
use crate::analysis::lexicon::{self, Sex};
use crate::analysis::quotes::spans::Para;

/// The sex "he", "his", "she" or "her" stands for; none for "I".
pub(super) fn pronoun_sex(word: &str) -> Option<Sex> {
    let is = |p: &str| word.eq_ignore_ascii_case(p);
    if is("he") || is("his") || is("him") {
        Some(Sex::Male)
    } else if is("she") || is("her") {
        Some(Sex::Female)
    } else {
        None
    }
}

/// A speaker's sex, when its given name (before a surname: a lone name
/// may be a surname, "Kelly said") or its titles ("Mrs.") tell it and
/// nothing says otherwise: a row may have gathered a relative's mentions
/// ("Mr. Clinton", "Mrs. Clinton").
pub(super) fn sex_of(speaker: &Speaker) -> Option<Sex> {
    let mut words = speaker.name.split_whitespace();
    let given = words.next().filter(|_| words.next().is_some());
    let mut sex = given.and_then(lexicon::sex_of_given_name);
    for role in speaker.roles.iter() {
        let titled = match role.trim_end_matches('.') {
            "mr" => Sex::Male,
            "mrs" | "ms" | "miss" => Sex::Female,
            _ => continue,
        };
        match sex {
            Some(known) if known != titled => return None,
            _ => sex = Some(titled),
        }
    }
    sex
}

/// Headings per paragraph at most this many words long.
const HEADING_WORDS: usize = 12;

/// A heading or a caption ("John Hale, 2nd Earl of Clare", "Career"): a
/// short paragraph that does not end like a sentence, or one in capitals
/// whatever its end ("SUMMARY.", "FULL STORY:"). It names a topic, not the
/// subject a later "he", "she" or "they" stands for.
pub(super) fn is_heading(para: &Para) -> bool {
    let text = para.text.trim_end();
    let short = text.split_whitespace().nth(HEADING_WORDS).is_none();
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    short && (capitals || !text.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':']))
}
