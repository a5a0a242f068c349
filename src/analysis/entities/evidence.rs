//! Evidence shared within one story: a name that a title, a head word or
//! the gazetteer classed once keeps that kind everywhere; a bare surname
//! of a person named in full is that person; what is still unknown gets a
//! default from its shape (two to four name words: a person; an acronym: an
//! organisation), and a lone sentence-initial word nothing confirms is
//! dropped ("Despite").

use super::names::is_acronym;
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use std::collections::{HashMap, HashSet};

/// Words before a lone unknown name that put it on the map.
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "across", "throughout"];

/// Whether a mention's words all look like parts of a personal name.
fn name_shaped(words: &[&str]) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && (w.starts_with(char::is_uppercase) || w.contains('-'))
                && !(w.len() > 3 && is_acronym(w))
        })
}

/// Give every mention a kind (or drop it), using the whole story.
pub(crate) fn resolve(mentions: &mut Vec<Mention>) {
    // Kinds the story's cues settle, by surface text.
    let mut votes: HashMap<String, HashMap<EntityKind, usize>> = HashMap::new();
    for m in mentions.iter() {
        if let Cue::Strong(kind) = m.cue {
            *votes
                .entry(m.text.clone())
                .or_default()
                .entry(kind)
                .or_default() += 1;
        }
    }
    let settled: HashMap<String, EntityKind> = votes
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
            && let Some(&kind) = settled.get(&m.text)
        {
            m.cue = Cue::Strong(kind);
        }
    }
    // Several unknown name words: a person, by the shape of news names.
    for m in mentions.iter_mut().filter(|m| m.cue == Cue::None) {
        let words = m.words();
        if words.len() > 1 {
            m.cue = Cue::Strong(if name_shaped(&words) {
                EntityKind::Person
            } else {
                EntityKind::Other
            });
        }
    }
    let person_words: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind() == Some(EntityKind::Person))
        .flat_map(|m| {
            m.words()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    // A surname that is also a place ("Valeska Paris" ... "Paris said").
    let surnames: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind() == Some(EntityKind::Person))
        .filter_map(|m| {
            let words = m.words();
            (words.len() > 1).then(|| words[words.len() - 1].to_string())
        })
        .collect();
    for m in mentions.iter_mut() {
        if m.place.is_some()
            && surnames.contains(&m.text)
            && !PLACE_PREPOSITIONS.contains(&m.word_before.as_str())
        {
            m.cue = Cue::Strong(EntityKind::Person);
            m.place = None;
        }
    }
    let seen_inside_sentence: HashSet<String> = mentions
        .iter()
        .filter(|m| !m.sentence_initial)
        .map(|m| m.text.clone())
        .collect();
    mentions.retain_mut(|m| {
        if m.cue != Cue::None {
            return true;
        }
        let kind = if person_words.contains(&m.text) {
            EntityKind::Person
        } else if is_acronym(&m.text) {
            EntityKind::Organization
        } else if m.sentence_initial && !seen_inside_sentence.contains(&m.text) {
            return false;
        } else if PLACE_PREPOSITIONS.contains(&m.word_before.as_str()) {
            EntityKind::Place
        } else {
            EntityKind::Other
        };
        m.cue = Cue::Strong(kind);
        true
    });
}
