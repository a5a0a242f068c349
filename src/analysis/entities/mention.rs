//! One mention of a name before rows are made: where it is, what its own
//! words and the words around it say of its kind. Compact, since a long
//! story holds hundreds of thousands at once.

use super::super::EntityKind;
use super::texts::TextId;
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer};
use crate::analysis::segment::Paragraph;
use crate::article::Span;
use std::ops::Range;
use std::sync::LazyLock;

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
    pub(super) end: u32,
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
    pub(super) several_words: bool,
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
