//! Evidence shared within one story: a name that a title, a head word or
//! the gazetteer classed once keeps that kind everywhere; a bare surname
//! of a person named in full is that person; what is still unknown gets a
//! kind from its shape and surroundings (a given name first, a reporting
//! verb after: a person; an acronym or a name used again and again: an
//! organisation), and a lone sentence-initial word nothing confirms is
//! dropped ("Despite").

use super::fasthash::{FastMap, FastSet};
use super::lexicon;
use super::shapes::{NAME_PARTICLES, is_acronym, with_lowercase};
use super::wordset::WordSet;
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use std::sync::LazyLock;

static SENTENCE_WORDS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("sentence words"));
static REPORTING_VERBS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("reporting verbs"));
static COMPASS_WORDS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("compass words"));
static INSTITUTIONS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("institutions"));
static EVENTS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("events"));
static NOT_NAMES: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("not names"));

/// Words before a lone unknown name that put it on the map.
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "across", "throughout"];

/// Whether two capitalised words nothing else explains make a person
/// ("Hamdullah Mohib") rather than a product or group ("Sea Org").
const TWO_WORDS_ARE_A_PERSON: bool = false;

fn after_place_preposition(m: &Mention) -> bool {
    PLACE_PREPOSITIONS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(m.word_before))
}

/// "Chung-tai", "Lung-bin": romanised two-syllable given names.
fn syllable_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        first.starts_with(char::is_uppercase)
            && first.len() <= 5
            && (2..=6).contains(&second.len())
            && second.chars().all(char::is_lowercase)
            && !(second.len() >= 5
                && ["er", "ed", "ly", "ion", "ist", "ism"]
                    .iter()
                    .any(|suffix| second.ends_with(suffix)))
    })
}

/// An initial: "L." in "L. Ron Hubbard".
fn initial(word: &str) -> bool {
    word.len() <= 3 && word.ends_with('.') && word.starts_with(char::is_uppercase)
}

/// Whether every word could be part of a personal name.
fn name_shaped(words: &[&str], lowercase_seen: &WordSet) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && (w.starts_with(char::is_uppercase) || w.contains('-'))
                && !is_acronym(w)
                && !w
                    .split('-')
                    .any(|part| part.chars().skip(1).any(char::is_uppercase))
                && with_lowercase(w, |lower| {
                    !lowercase_seen.contains(lower) && !SENTENCE_WORDS.contains(lower)
                })
        })
}

/// Give every mention a kind (or drop it), using the whole story.
pub(crate) fn resolve(mentions: &mut Vec<Mention<'_>>, lowercase_seen: &WordSet) {
    settle_by_text(mentions);
    // Names whose story shows a person: said-verbs after any mention.
    let cued: FastSet<&str> = mentions
        .iter()
        .filter(|m| REPORTING_VERBS.contains(m.word_after))
        .map(|m| m.text)
        .collect();
    // One-word mentions: a surname used again alone marks a person.
    let standalone: FastSet<&str> = mentions
        .iter()
        .filter(|m| !m.text.contains(' '))
        .map(|m| m.text)
        .collect();
    for m in mentions.iter_mut().filter(|m| m.cue == Cue::None) {
        // Lone words wait for the story-wide rules below.
        if !m.has_several_words() {
            continue;
        }
        let words = m.words();
        let first = words[0];
        let last = words[words.len() - 1];
        let kind = if COMPASS_WORDS.contains(first) {
            EntityKind::Place
        } else if m.member_of {
            // "analysts at Morgan Stanley": an employer, whatever its words.
            EntityKind::Organization
        } else if lexicon::is_given_name(first)
            || lexicon::is_family_name(last)
            || m.role_after
            || words[1..words.len() - 1]
                .iter()
                .any(|w| with_lowercase(w, |lower| NAME_PARTICLES.contains(lower)))
            || initial(first)
            || words.iter().any(|w| syllable_name(w))
        {
            EntityKind::Person
        } else if COMPASS_WORDS.contains(last) {
            EntityKind::Place
        } else if !name_shaped(&words, lowercase_seen) {
            EntityKind::Other
        } else if cued.contains(m.text)
            || (words.len() == 2 && (TWO_WORDS_ARE_A_PERSON || standalone.contains(last)))
        {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        m.cue = Cue::Strong(kind);
    }
    settle_by_text(mentions);

    let person_words: FastSet<&str> = mentions
        .iter()
        .filter(|m| m.kind() == Some(EntityKind::Person))
        .flat_map(|m| m.word_iter())
        .collect();
    // A surname that is also a place ("Ada Paris" ... "Paris said").
    let surnames: FastSet<&str> = mentions
        .iter()
        .filter(|m| m.kind() == Some(EntityKind::Person))
        .filter(|m| m.has_several_words())
        .map(|m| m.last_word())
        .collect();
    for m in mentions.iter_mut() {
        if m.place.is_some() && surnames.contains(m.text) && !after_place_preposition(m) {
            m.cue = Cue::Strong(EntityKind::Person);
            m.place = None;
        }
    }
    // "the Church" after "Church of Scientology": a word of an
    // organisation's name, used alone.
    let organization_words: FastSet<&str> = mentions
        .iter()
        .filter(|m| m.kind() == Some(EntityKind::Organization) && m.text.contains(' '))
        .flat_map(|m| [m.first_word(), m.last_word()])
        .collect();
    // Acronyms introduced in brackets are names even if they spell a word
    // ("the World Health Organization (WHO)").
    let introduced: FastSet<&str> = mentions
        .iter()
        .filter(|m| m.in_parens && is_acronym(m.text))
        .map(|m| m.text)
        .collect();
    // Names that employ or house people somewhere in the story.
    let employers: FastSet<&str> = mentions
        .iter()
        .filter(|m| m.member_of)
        .map(|m| m.text)
        .collect();
    // How a lone unknown word is used across the story.
    #[derive(Default)]
    struct Uses {
        all: usize,
        inside_sentence: usize,
        after_place_preposition: usize,
    }
    let mut uses: FastMap<&str, Uses> = FastMap::default();
    for m in mentions.iter().filter(|m| m.cue == Cue::None) {
        let u = uses.entry(m.text).or_default();
        u.all += 1;
        u.inside_sentence += usize::from(!m.sentence_initial);
        u.after_place_preposition += usize::from(after_place_preposition(m));
    }
    mentions.retain_mut(|m| {
        if m.cue != Cue::None {
            return true;
        }
        let Some(used) = uses.get(m.text) else {
            return false;
        };
        let kind = if person_words.contains(m.text) || lexicon::is_given_name(m.text) {
            EntityKind::Person
        } else if introduced.contains(m.text)
            || organization_words.contains(m.text)
            || INSTITUTIONS.contains(m.text)
            || employers.contains(m.text)
        {
            EntityKind::Organization
        } else if EVENTS.contains(m.text) {
            EntityKind::Other
        } else if is_acronym(m.text) {
            if with_lowercase(m.text, |lower| {
                lowercase_seen.contains(lower) || SENTENCE_WORDS.contains(lower)
            }) {
                return false;
            }
            if NOT_NAMES.contains(m.text) {
                EntityKind::Other
            } else {
                EntityKind::Organization
            }
        } else if used.inside_sentence == 0 {
            return false;
        } else if used.after_place_preposition * 2 > used.all {
            EntityKind::Place
        } else if used.all >= 2 && !with_lowercase(m.text, |lower| lowercase_seen.contains(lower)) {
            EntityKind::Organization
        } else if with_lowercase(m.text, |lower| common_shape(m.text, lower, lowercase_seen)) {
            // "Refusing", "Usually", "I'll": a common word with a capital.
            return false;
        } else {
            EntityKind::Other
        };
        m.cue = Cue::Strong(kind);
        true
    });
}

/// Whether a lone capitalised word looks like a common word: used in
/// lowercase elsewhere, a contraction, or an -ing, -ly or -ed form.
fn common_shape(word: &str, lower: &str, lowercase_seen: &WordSet) -> bool {
    lowercase_seen.contains(lower)
        || word.contains(['\'', '’'])
        || (word.len() > 5 && ["ing", "ly", "ed"].iter().any(|s| word.ends_with(s)))
}

/// Unknown mentions take the kind their text has elsewhere in the story.
fn settle_by_text(mentions: &mut [Mention<'_>]) {
    let mut votes: FastMap<&str, FastMap<EntityKind, usize>> = FastMap::default();
    for m in mentions.iter() {
        if let Cue::Strong(kind) = m.cue {
            *votes.entry(m.text).or_default().entry(kind).or_default() += 1;
        }
    }
    let settled: FastMap<&str, EntityKind> = votes
        .into_iter()
        .filter_map(|(text, kinds)| {
            let best = kinds
                .into_iter()
                .max_by_key(|&(kind, n)| (n, std::cmp::Reverse(kind)))?;
            Some((text, best.0))
        })
        .collect();
    for m in mentions.iter_mut() {
        if m.cue == Cue::None
            && let Some(&kind) = settled.get(m.text)
        {
            m.cue = Cue::Strong(kind);
        }
    }
}
