//! Named entities for the sidebar: people, organisations, places, dates.
//!
//! Pure rules over the segmented story, no model and no list of famous
//! names: capitalised runs ([`names`]) cut at titles and roles
//! ([`titles`]), given a kind by their own words ([`kinds`]), an embedded
//! [`gazetteer`] of places and the evidence the whole story shares
//! ([`evidence`]: a name seen once with a title is a person everywhere),
//! plus calendar expressions ([`dates`]). [`merge`] then makes one row per
//! referent: surnames join full names, acronyms join their expansion.

mod address;
mod aliases;
mod body_lists;
mod called_a_body;
mod capital_terms;
mod clubs;
mod craft;
mod credits;
mod dates;
mod evidence;
mod expansions;
mod headlines;
mod joined_places;
mod kind_model;
mod kinds;
mod mention;
mod merge;
mod names;
mod nicknames;
mod owned_names;
mod place_lists;
mod place_words;
mod references;
mod regnal;
mod reordered;
mod results;
pub(crate) mod shapes;
mod state_abbreviations;
mod terms;
mod texts;
mod titles;
mod towns;
mod wordset;
mod works;

use super::segment::{Document, Paragraph};
use super::{Entity, EntityKind};
use crate::article::Span;
pub(crate) use mention::{Before, Cue, Mention, PLACE_NOUNS};
use std::ops::Range;
use texts::Texts;
use wordset::WordSet;

pub use kind_model::{BUCKETS as KIND_BUCKETS, CLASSES as KIND_CLASSES, Guess as KindGuess};

/// Every entity row of the story, sorted by first mention, ids "e1", "e2", ...
pub fn extract(doc: &Document) -> Vec<Entity> {
    extract_with(doc, None)
}

/// The kinds the rules guessed in a story, with the learned model's
/// features, before the model overrules any: what `train_kinds` learns from.
pub fn kind_guesses(doc: &Document) -> Vec<KindGuess> {
    let mut guesses = Vec::new();
    extract_with(doc, Some(&mut guesses));
    guesses
}

/// Overrules a weak guess by `weights` where one class leads the rules'
/// by `margin`: what `train_kinds` measures.
pub fn kind_overrule(weights: &[i16], guess: &KindGuess, margin: i32) -> Option<EntityKind> {
    kind_model::overrule(weights, guess, margin)
}

/// `extract`, or with `collect`, the model's training examples instead
/// of its verdicts.
fn extract_with(doc: &Document, collect: Option<&mut Vec<KindGuess>>) -> Vec<Entity> {
    // Lowercase words: the story's own evidence that a capitalised word
    // at a sentence's start is a common word ("Despite").
    let mut lowercase_seen = WordSet::default();
    for paragraph in doc.paragraphs() {
        // The bytes are checked before the text is sliced: most tokens are
        // left out, and slicing checks both ends of every token.
        let bytes = paragraph.text.as_bytes();
        for token in &paragraph.tokens {
            if token.end() - token.start() > 2 && bytes[token.start()].is_ascii_lowercase() {
                // "the army's engineers" shows "army" in lower case too.
                let word = &paragraph.text[token.start()..token.end()];
                lowercase_seen.insert(shapes::without_possessive(word));
            }
        }
    }
    let labelled = list_labels(doc);
    let mut mentions = Vec::new();
    let mut headline_paragraphs = Vec::new();
    // One paragraph's words and their marks at a time, in buffers reused
    // from paragraph to paragraph: a long story's words all at once would
    // be as large as its tokens, and a fresh buffer per paragraph costs
    // an allocation each.
    let mut words: Vec<&str> = Vec::new();
    let mut capitalised: Vec<bool> = Vec::new();
    let mut in_date: Vec<bool> = Vec::new();
    let mut sentence_start: Vec<bool> = Vec::new();
    let mut dates_found: Vec<(usize, usize)> = Vec::new();
    for paragraph in doc.paragraphs() {
        let paragraph = &*paragraph;
        words.clear();
        capitalised.clear();
        for token in &paragraph.tokens {
            let word = &paragraph.text[token.start()..token.end()];
            words.push(word);
            capitalised.push(shapes::is_capitalised(word));
        }
        let label = labelled[paragraph.index];
        if label {
            // "B. Cherokee": the list's letter, then the item.
            capitalised[0] = false;
        }
        let words = words.as_slice();
        let first_of_paragraph = mentions.len();
        in_date.clear();
        in_date.resize(words.len(), false);
        dates::find(words, &mut dates_found);
        for &(start, end) in &dates_found {
            in_date[start..end].iter_mut().for_each(|d| *d = true);
            // "Thursday's close": the day, without the possessive.
            let to = paragraph.tokens[end - 1].start()
                + shapes::without_possessive(words[end - 1]).len();
            mentions.push(Mention::plain(
                paragraph,
                start..end,
                to,
                EntityKind::Date,
                None,
            ));
        }
        if headlines::is_title_case(words) {
            headline_paragraphs.push((paragraph.index, words.to_vec(), in_date.clone()));
            continue;
        }
        sentence_start.clear();
        sentence_start.resize(words.len(), false);
        for sentence in &paragraph.sentences {
            if let Some(first) = first_word(words, sentence.tokens()) {
                sentence_start[first] = true;
            }
        }
        if label && words.len() > 1 {
            sentence_start[1] = true;
        }
        regnal::mark_regnal_numbers(words, &mut capitalised, &sentence_start);
        // "POKHARA, Nepal - Army engineers ...": the story starts after the
        // dateline's dash, so its first word is capitalised as any opener.
        if let Some(dash) = words
            .iter()
            .take(5)
            .position(|w| matches!(*w, "-" | "–" | "—" | "--"))
            && dash > 0
            && shapes::is_acronym(words[0])
            && dash + 1 < words.len()
        {
            sentence_start[dash + 1] = true;
        }
        names::Scanner {
            paragraph,
            words,
            in_date: &in_date,
            sentence_start: &sentence_start,
            capitalised: &capitalised,
            lowercase_seen: &lowercase_seen,
        }
        .scan(&mut mentions);
        mentions[first_of_paragraph..].sort_by_key(Mention::start);
    }
    expansions::join_cut_expansions(&mut mentions, doc);
    references::cited_people(&mut mentions, doc);
    address::drop_forms_of_address(&mut mentions, doc);
    state_abbreviations::abbreviated_states(&mut mentions, doc);
    owned_names::names_ending_in_possessives(&mut mentions, doc);
    let mut texts = Texts::default();
    texts.number(&mut mentions);
    craft::craft_names(&mut mentions, &texts, doc);
    works::quoted_and_described_works(&mut mentions, &texts, doc);
    let undecided = kind_model::undecided(&mentions, &texts);
    let mut terms = abbreviated_terms(doc, &mentions, &texts);
    capital_terms::acronyms_of_capitalised_terms(&mut mentions, &texts, doc, &mut terms);
    evidence::resolve(&mut mentions, &texts, &lowercase_seen, &terms);
    match collect {
        Some(guesses) => {
            *guesses = kind_model::guesses(&mentions, &texts, &undecided, doc, &lowercase_seen);
        }
        None => kind_model::apply(&mut mentions, &texts, &undecided, doc, &lowercase_seen),
    }
    evidence::people_listed_with_people(&mut mentions, doc, &lowercase_seen);
    place_words::places_the_story_shows(&mut mentions, &texts, doc);
    called_a_body::bodies_the_story_describes(&mut mentions, &texts, &undecided, doc);
    towns::towns_with_their_region(&mut mentions, &texts, doc);
    place_lists::places_listed_together(&mut mentions, &texts, doc);
    body_lists::bodies_listed_together(&mut mentions, &texts, doc);
    works::titles_of_works(&mut mentions, &texts, doc);
    clubs::places_that_play(&mut mentions, &texts, doc);
    results::clubs_of_a_story_of_results(&mut mentions, &texts, doc, &lowercase_seen);
    if !headline_paragraphs.is_empty() {
        let known = headlines::known_names(&mentions);
        let from_body = mentions.len();
        for (paragraph, words, in_date) in headline_paragraphs {
            let paragraph = doc.paragraph(paragraph);
            headlines::scan(&paragraph, &words, &in_date, &known, &mut mentions);
        }
        texts.number(&mut mentions[from_body..]);
        mentions.sort_by_key(|m| (m.paragraph, m.start()));
    }
    let same_person = aliases::alias_pairs(doc, &mentions);
    merge::rows(mentions, texts, &same_person)
}

/// The letter of a paragraph that opens as an item of a lettered list
/// ("A. Lisbon", "B. Porto"): a capital letter and a full stop, where
/// another paragraph opens with the letter before or after it.
fn list_label(paragraph: &Paragraph) -> Option<u8> {
    let first = paragraph.tokens.first()?;
    let word = &paragraph.text.as_bytes()[first.start()..first.end()];
    match word {
        [letter, b'.'] if letter.is_ascii_uppercase() && paragraph.tokens.len() > 1 => {
            Some(*letter)
        }
        _ => None,
    }
}

/// Which paragraphs open with a lettered list's label.
fn list_labels(doc: &Document) -> Vec<bool> {
    let letters: Vec<Option<u8>> = doc.paragraphs().map(|p| list_label(&p)).collect();
    let mut seen = [false; 26];
    for letter in letters.iter().flatten() {
        seen[usize::from(letter - b'A')] = true;
    }
    let labelled = |letter: u8| {
        let i = usize::from(letter - b'A');
        (i > 0 && seen[i - 1]) || (i + 1 < seen.len() && seen[i + 1])
    };
    letters
        .iter()
        .map(|letter| letter.is_some_and(labelled))
        .collect()
}

/// The first word of a sentence's `tokens`, past opening quote marks and
/// brackets and past a footnote mark ("[6] In Lind's later letters ...").
fn first_word(words: &[&str], tokens: Range<usize>) -> Option<usize> {
    let mut i = tokens.start;
    while i < tokens.end {
        match words[i] {
            "“" | "\"" | "‘" | "'" | "(" => i += 1,
            "[" => {
                let digits = (i + 1..tokens.end)
                    .take_while(|&k| words[k].bytes().all(|b| b.is_ascii_digit() || b == b','))
                    .count();
                let close = i + 1 + digits;
                i = if digits > 0 && words.get(close) == Some(&"]") && close < tokens.end {
                    close + 1
                } else {
                    i + 1
                };
            }
            _ => return Some(i),
        }
    }
    None
}

/// Acronyms in brackets that spell out the lower-case words before them
/// ("sea surface salinity (SSS)"): terms, not names, wherever they recur.
fn abbreviated_terms(doc: &Document, mentions: &[Mention], texts: &Texts) -> texts::TextFlags {
    let mut terms = texts::TextFlags::new(texts);
    for m in mentions.iter().filter(|m| m.in_parens) {
        let paragraph = doc.paragraph(m.paragraph as usize);
        // The words before the opening bracket.
        let before = paragraph.tokens[..(m.tokens.start as usize).saturating_sub(1)]
            .iter()
            .map(|t| &paragraph.text[t.start()..t.end()]);
        let before: Vec<&str> = before.collect();
        if shapes::spells_lowercase_phrase(m.text, &before) {
            terms.set(m.text_id);
        }
    }
    terms::acronyms_as_nouns(doc, mentions, texts, &mut terms);
    terms
}

/// The entity with a mention covering `span` (a mention inside it, or it
/// inside a mention), if any: for linking quotes, search hits and clicks.
pub fn entity_at<'e>(entities: &'e [Entity], span: &Span) -> Option<&'e Entity> {
    entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.overlaps(span)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_stays_within_64_bytes() {
        // A long story holds hundreds of thousands at once.
        assert!(std::mem::size_of::<Mention>() <= 64);
    }

    #[test]
    fn a_mention_knows_its_span_without_a_possessive() {
        let paragraph = Paragraph::new(3, "Then Ada Lind’s team left.");
        let end = paragraph.tokens[2].start() + "Lind".len();
        let m = Mention::plain(&paragraph, 1..3, end, EntityKind::Person, None);
        assert_eq!(m.text, "Ada Lind");
        assert_eq!(m.span(), Span::new(3, 5, 13));
    }
}
