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
mod clubs;
mod craft;
mod dates;
mod evidence;
mod expansions;
mod headlines;
mod joined_places;
mod kind_model;
mod kinds;
mod merge;
mod names;
mod nicknames;
mod place_lists;
mod place_words;
mod references;
mod results;
pub(crate) mod shapes;
mod state_abbreviations;
mod terms;
mod texts;
mod titles;
mod towns;
mod wordset;
mod works;

use super::lexicon::fasthash::FastSet;
use super::lexicon::{self, gazetteer};
use super::segment::{Document, Paragraph};
use super::{Entity, EntityKind};
use crate::article::Span;
use std::ops::Range;
use std::sync::LazyLock;
use texts::{TextId, Texts};
use wordset::WordSet;

/// How sure the words around a mention make its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Capitalised, nothing more: the story's other evidence decides.
    None,
    /// A title, a head word, the gazetteer or a date pattern says so.
    Strong(EntityKind),
}

/// One mention before rows are made: where it is and what we know.
/// Hundreds of thousands of these live at once in a long story, so it
/// holds borrowed text, flags and 32-bit positions (64 bytes in all),
/// nothing it must allocate.
#[derive(Debug, Clone)]
pub(crate) struct Mention<'a> {
    pub paragraph: u32,
    pub tokens: Range<u32>,
    /// Where the text ends, in bytes into the paragraph. It starts
    /// `text.len()` bytes before: see [`Mention::start`].
    end: u32,
    /// The name without a possessive ending: the paragraph's bytes from
    /// `start()` to `end()`.
    pub text: &'a str,
    /// The text's number in the story's [`texts::Texts`]: the same text,
    /// the same number. Set by `extract` once the mentions are found.
    pub text_id: TextId,
    pub cue: Cue,
    /// The title or role seen with the name ("President", "special envoy").
    pub title: Option<&'a str>,
    pub place: Option<gazetteer::PlaceId>,
    pub sentence_initial: bool,
    /// Whether a reporting verb follows ("Lind said").
    pub verb_after: bool,
    /// What kind of word comes just before, as later rules ask.
    pub before: Before,
    /// Whether a role follows after a comma ("Ada Lind, a lawyer, ...").
    pub role_after: bool,
    /// Whether it follows "a spokesman for", "analysts at", "shares of".
    pub member_of: bool,
    /// Whether it stands alone in brackets, as an acronym being introduced.
    pub in_parens: bool,
    /// Whether the text has two words or more, worked out once.
    several_words: bool,
}

/// The word just before a mention, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// "in", "near", "across", "the village of": it puts the name on the map.
    PlacePreposition,
    /// "a", "an": the name describes the noun after it ("a Roman emperor").
    Article,
    /// "the": a people, a ship, a river, a work; a person only rarely.
    The,
    /// "at", "from", "through", "along": a way to or from somewhere, though
    /// people and firms follow them too ("a letter from Lind", "at Acme").
    Directional,
    Other,
}

/// Words before a lone unknown name that put it on the map ("in", "near").
static PLACE_PREPOSITIONS: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| lexicon::list("place prepositions"));

/// Words before a name that mostly, not always, lead to a place ("at",
/// "from", "through").
static DIRECTIONAL_PREPOSITIONS: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| lexicon::list("directional prepositions"));

/// Words before such a preposition that make it no way anywhere: "looking
/// at Lind", "apart from Lind".
static NOT_DIRECTIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("not directions"));

/// Words of going somewhere before "to": "travelled to Gaul", "the road
/// to Hadibo" (but not "spoke to Lind", "devoted to Lind").
static JOURNEYS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("journeys"));

/// Lower-case nouns that put the name after "of" on the map.
pub(crate) static PLACE_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("place nouns"));

impl<'a> Mention<'a> {
    /// A mention of `tokens` of `paragraph`, ending at byte `end`, with
    /// what its own words settle and no context recorded yet.
    pub fn new(
        paragraph: &Paragraph<'a>,
        tokens: Range<usize>,
        end: usize,
        cue: Cue,
        place: Option<gazetteer::PlaceId>,
    ) -> Self {
        let start = paragraph.tokens[tokens.start].start();
        let text = &paragraph.text[start..end];
        Mention {
            paragraph: narrow(paragraph.index),
            tokens: narrow(tokens.start)..narrow(tokens.end),
            end: narrow(end),
            text,
            text_id: 0,
            cue,
            title: None,
            place,
            sentence_initial: false,
            verb_after: false,
            before: Before::Other,
            role_after: false,
            member_of: false,
            in_parens: false,
            several_words: has_several_words(text),
        }
    }

    /// A mention whose kind its own words settle (a date, a gazetteer
    /// place), with no context recorded: `tokens` of `paragraph`, ending
    /// at byte `end`.
    pub fn plain(
        paragraph: &Paragraph<'a>,
        tokens: Range<usize>,
        end: usize,
        kind: EntityKind,
        place: Option<gazetteer::PlaceId>,
    ) -> Self {
        Mention::new(paragraph, tokens, end, Cue::Strong(kind), place)
    }

    /// Records the words around the mention that later rules ask about:
    /// the two words before it and the two after.
    pub fn with_neighbours(mut self, before: [&str; 2], after: [&str; 2]) -> Self {
        let [two_before, word_before] = before;
        self.before = if PLACE_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word_before))
            // "the village of Ghumti", "the town of Carhuaz".
            || (word_before == "of" && PLACE_NOUNS.contains(two_before))
        {
            Before::PlacePreposition
        } else if matches!(word_before, "a" | "an") {
            Before::Article
        } else if matches!(word_before, "the" | "The") {
            Before::The
        } else if (DIRECTIONAL_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word_before))
            && !NOT_DIRECTIONS.contains(&two_before))
            || (word_before == "to" && JOURNEYS.contains(&two_before))
        {
            Before::Directional
        } else {
            Before::Other
        };
        // "Lind said", "Lind, who chairs ...", "said Lind".
        self.verb_after = lexicon::is_reporting_verb(after[0])
            || (after[0] == "," && matches!(after[1], "who" | "whose"))
            || matches!(word_before, "said" | "says" | "added" | "told");
        self
    }

    pub fn words(&self) -> Vec<&'a str> {
        self.word_iter().collect()
    }

    /// The words without collecting them: most callers need one or two.
    pub fn word_iter(&self) -> impl DoubleEndedIterator<Item = &'a str> + use<'a> {
        self.text
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
    }

    /// Where the mention starts, in bytes into its paragraph.
    pub fn start(&self) -> usize {
        self.end() - self.text.len()
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Where it is, in the story's one coordinate system.
    pub fn span(&self) -> Span {
        Span::new(self.paragraph as usize, self.start(), self.end())
    }

    /// Whether the mention has two words or more.
    pub fn has_several_words(&self) -> bool {
        self.several_words
    }

    pub fn first_word(&self) -> &'a str {
        self.word_iter().next().unwrap_or("")
    }

    pub fn last_word(&self) -> &'a str {
        self.word_iter().next_back().unwrap_or("")
    }

    /// The words joined by single spaces: the text itself when it is
    /// already spelt so, which saves an allocation for nearly every name.
    pub fn spaced_words(&self) -> std::borrow::Cow<'a, str> {
        let other_spaces = if self.text.is_ascii() {
            self.text.bytes().any(|b| b != b' ' && is_ascii_space(b))
        } else {
            self.text.contains(|c: char| c.is_whitespace() && c != ' ')
        };
        let single_spaced = !other_spaces && !self.text.contains("  ");
        if single_spaced {
            std::borrow::Cow::Borrowed(self.text)
        } else {
            std::borrow::Cow::Owned(self.words().join(" "))
        }
    }

    pub fn kind(&self) -> Option<EntityKind> {
        match self.cue {
            Cue::Strong(kind) => Some(kind),
            Cue::None => None,
        }
    }
}

/// A paragraph's number, a token's or a byte's place in a paragraph, in
/// the 32 bits a mention keeps. A paragraph of 4 GiB would need some
/// 13 GiB of tokens before it got here.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).expect("paragraphs, tokens and bytes of a paragraph number under 2^32")
}

/// Whether a mention's text has two words or more. Its text starts and
/// ends with a token, never with a space, so any space inside splits it.
fn has_several_words(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(is_ascii_space)
    } else {
        text.contains(char::is_whitespace)
    }
}

/// The ASCII characters `char::is_whitespace` accepts: space, \t to \r.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t'..=b'\r')
}

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
    let mut texts = Texts::default();
    texts.number(&mut mentions);
    craft::craft_names(&mut mentions, &texts, doc);
    works::quoted_and_described_works(&mut mentions, &texts, doc);
    let undecided = kind_model::undecided(&mentions, &texts);
    let terms = abbreviated_terms(doc, &mentions, &texts);
    evidence::resolve(&mut mentions, &texts, &lowercase_seen, &terms);
    match collect {
        Some(guesses) => {
            *guesses = kind_model::guesses(&mentions, &texts, &undecided, doc, &lowercase_seen);
        }
        None => kind_model::apply(&mut mentions, &texts, &undecided, doc, &lowercase_seen),
    }
    evidence::people_listed_with_people(&mut mentions, doc, &lowercase_seen);
    place_words::places_the_story_shows(&mut mentions, &texts, doc);
    towns::towns_with_their_region(&mut mentions, &texts, doc);
    place_lists::places_listed_together(&mut mentions, &texts, doc);
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
