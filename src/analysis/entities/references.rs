//! How scholarly and legal prose cites people. A reference list writes
//! the surname first: "Lind, Ada. Collected Letters", "Moss, Kit and
//! Lind, Ada."; the surname is a person there, however it looks alone
//! (a town, a word), and the given name after the comma is part of that
//! citation, not a second person. A law case names its parties either
//! side of "v." ("Lind v. Moss"): people or bodies, never places, though
//! "in Lind v. Moss" puts a preposition of place before the first.

use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::entities::kinds;
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer, organizations};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

/// The word that joins a case's parties, as courts write it. Sport
/// writes "v" and "vs" too ("Eton v Harrow"), for teams.
const VERSUS: &str = " v. ";

static MATCH_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("match nouns"));

/// Marks the surnames of inverted citations and the parties of cases as
/// people, and drops the given names that follow a cited surname.
/// `mentions` are one story's, in story order, before any kind is settled
/// from the whole story.
pub(super) fn cited_people(mentions: &mut Vec<Mention<'_>>, doc: &Document) {
    let mut given_names_cited = Vec::new();
    for i in 0..mentions.len() {
        let text = doc.text(mentions[i].paragraph as usize);
        if let Some(given_at) = inverted_citation(&mentions[i], text) {
            mentions[i].cue = Cue::Strong(EntityKind::Person);
            mentions[i].place = None;
            given_names_cited.push((mentions[i].paragraph, given_at));
        }
        if let Some(next) = mentions.get(i + 1)
            && next.paragraph == mentions[i].paragraph
            && mentions[i].end() <= next.start()
            && text[mentions[i].end()..next.start()] == *VERSUS
            && !a_match(&text[next.end()..])
        {
            for k in [i, i + 1] {
                if can_be_a_party(&mentions[k]) {
                    mentions[k].cue = Cue::Strong(EntityKind::Person);
                }
            }
        }
    }
    if !given_names_cited.is_empty() {
        mentions.retain(|m| !given_names_cited.contains(&(m.paragraph, m.start())));
    }
}

/// "Lind, Ada." or "Lind, A." opening a sentence or following "and" in
/// a list of authors: where the given name starts, in bytes.
fn inverted_citation(m: &Mention<'_>, text: &str) -> Option<usize> {
    if m.has_several_words() || m.title.is_some() || !m.text.chars().all(char::is_alphabetic) {
        return None;
    }
    let opens = m.sentence_initial || {
        let before = text[..m.start()].trim_end();
        before.ends_with(" and") || before.ends_with('&') || before.ends_with(';')
    };
    if !opens {
        return None;
    }
    let after = text[m.end()..].strip_prefix(", ")?;
    let given_len = after
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | '(' | ')'))
        .unwrap_or(after.len());
    let given = &after[..given_len];
    let rest = &after[given_len..];
    // "A." but not the "D." of "Washington, D.C.".
    let initial = given.len() == 1
        && given.starts_with(|c: char| c.is_ascii_uppercase())
        && !rest[1.min(rest.len())..].starts_with(char::is_alphabetic);
    // "Georgia, Virginia and ...": places listed, not a citation.
    let named = given.chars().count() > 1
        && lexicon::is_given_name(given)
        && gazetteer::get().longest_match(&[given]).is_none();
    let ends = rest.is_empty()
        || rest.starts_with('.')
        || rest.starts_with(" and ")
        || rest.starts_with(" & ")
        || rest.starts_with(" (");
    let ends = if initial { rest.starts_with('.') } else { ends };
    ((initial || named) && ends).then(|| m.end() + 2)
}

/// `inverted_citation` for a Title Case paragraph's words, which the name
/// finder leaves to the headline scan ("Lind, Ada. Collected Letters"
/// capitalises every word): whether `words[i]` is a cited surname, and
/// if so the index past its given name.
pub(super) fn inverted_name_at(words: &[&str], i: usize) -> Option<usize> {
    let opens = i == 0 || matches!(words[i - 1], "and" | "&" | ";");
    let surname = words[i];
    if !opens
        || words.get(i + 1) != Some(&",")
        || !surname.starts_with(char::is_uppercase)
        || !surname.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let given = *words.get(i + 2)?;
    let after = words.get(i + 3).copied();
    let initial = given.len() == 2
        && given.ends_with('.')
        && given.starts_with(|c: char| c.is_ascii_uppercase());
    let named = given.chars().count() > 1
        && lexicon::is_given_name(given)
        && gazetteer::get().longest_match(&[given]).is_none()
        && matches!(after, None | Some("." | "and" | "&" | "("));
    (initial || named).then_some(i + 3)
}

/// "... Harrow v. Eton match": a game between the two, not a case.
fn a_match(after: &str) -> bool {
    after
        .split_whitespace()
        .next()
        .is_some_and(|w| MATCH_NOUNS.contains(w.trim_end_matches([',', '.'])))
}

/// A party of a case: a name whose own words do not make it a known
/// place, a body by its head word or a known organisation.
fn can_be_a_party(m: &Mention<'_>) -> bool {
    if m.place.is_some() || m.title.is_some() {
        return false;
    }
    let words = m.words();
    matches!(
        m.cue,
        Cue::None | Cue::Strong(EntityKind::Place) | Cue::Strong(EntityKind::Other)
    ) && kinds::kind_from_words(&words).is_none()
        && !organizations::is_known_organization(&words)
}
