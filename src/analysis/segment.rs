//! Sentences and tokens for news English, computed once per article and
//! shared by the entity and quote extractors. Offsets are bytes into the
//! paragraph, end exclusive.
//!
//! Plain punctuation rules break on news copy, so the abbreviation knowledge
//! lives here: titles ("Mr.", "Gen."), initials ("J. K. Rowling"), dotted
//! acronyms ("U.S.", "D.C."), month abbreviations ("Jan.") and company
//! suffixes ("Inc.") keep their dot in the token, and only some of them may
//! also end a sentence. Numbers keep their decimal point and thousands
//! separators ("$2.5 billion", "240,000"); "..." is one token.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

/// A word, number or punctuation mark: its byte range in the paragraph,
/// kept in 16 bits each, since a story has millions of tokens (one a byte,
/// in a hostile file) and the analysis reads a paragraph longer than
/// [`MAX_TEXT_BYTES`] in windows no longer than that (`analysis::windows`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u16,
    end: u16,
}

/// The longest text `Paragraph::new` and `tokenize` take.
pub const MAX_TEXT_BYTES: usize = u16::MAX as usize;

/// An offset or a token's number in a text of at most [`MAX_TEXT_BYTES`]:
/// a text has no more tokens than bytes.
fn small(n: usize) -> u16 {
    u16::try_from(n)
        .expect("a text of at most MAX_TEXT_BYTES (analysis::windows cuts longer paragraphs)")
}

impl Token {
    pub fn new(start: usize, end: usize) -> Self {
        Token {
            start: small(start),
            end: small(end),
        }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// A sentence: the range of its tokens in `Paragraph::tokens`, in 16 bits
/// each like a token's offsets (a hostile paragraph has a sentence every
/// two bytes); its bytes run from its first token's start to its last one's
/// end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    first: u16,
    end: u16,
}

impl Sentence {
    /// The range of its tokens.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.end as usize
    }
}

/// One paragraph, segmented.
#[derive(Debug, Clone)]
pub struct Paragraph<'a> {
    pub index: usize,
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// What keeping a paragraph's segmentation may cost, per byte of its text,
/// beyond [`KEEP_SLACK`]: news prose costs under one byte a byte (a token
/// of 4 bytes per word of 5 or 6), so every paragraph of a story is kept
/// and segmented once. A paragraph of punctuation or quotation marks costs
/// up to six bytes a byte: it is segmented again each time it is read.
const KEEP_BYTES_PER_BYTE: usize = 1;

/// What a paragraph's segmentation may always cost: short paragraphs
/// ("Photo: AP.") are dense in tokens but cheap to keep.
const KEEP_SLACK: usize = 1024;

/// The whole article, segmented paragraph by paragraph. A paragraph is
/// segmented once and kept when that costs little ([`KEEP_BYTES_PER_BYTE`]);
/// one dense in tokens is segmented again whenever it is read, so that the
/// segmentation held at once stays within the text's size whatever the
/// text (a 50 MB paragraph of `.!?` would otherwise hold 300 MB of tokens
/// and sentences).
#[derive(Debug)]
pub struct Document<'a> {
    texts: Vec<&'a str>,
    kept: Vec<Option<Paragraph<'a>>>,
    /// The last paragraph segmented again: readers go through the story in
    /// order, or ask for the same paragraph several times in a row.
    last: RefCell<Option<Rc<Paragraph<'a>>>>,
}

/// One paragraph of a [`Document`]: the one it keeps, or one segmented
/// again for the asking.
pub enum Segmented<'d, 'a> {
    Kept(&'d Paragraph<'a>),
    Again(Rc<Paragraph<'a>>),
}

impl<'a> std::ops::Deref for Segmented<'_, 'a> {
    type Target = Paragraph<'a>;

    fn deref(&self) -> &Paragraph<'a> {
        match self {
            Segmented::Kept(paragraph) => paragraph,
            Segmented::Again(paragraph) => paragraph,
        }
    }
}

impl<'a> Document<'a> {
    /// Each text at most [`MAX_TEXT_BYTES`] long: `analysis::analyze`
    /// hands longer paragraphs over in windows.
    pub fn new<S: AsRef<str>>(paragraphs: &'a [S]) -> Self {
        let texts: Vec<&'a str> = paragraphs.iter().map(AsRef::as_ref).collect();
        let kept = texts
            .iter()
            .enumerate()
            .map(|(index, text)| Some(Paragraph::new(index, text)).filter(worth_keeping))
            .collect();
        Document {
            texts,
            kept,
            last: RefCell::new(None),
        }
    }

    /// How many paragraphs (or windows) the story has.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The text of paragraph `i`, without segmenting it.
    pub fn text(&self, i: usize) -> &'a str {
        self.texts[i]
    }

    /// Paragraph `i`, segmented.
    pub fn paragraph(&self, i: usize) -> Segmented<'_, 'a> {
        if let Some(kept) = &self.kept[i] {
            return Segmented::Kept(kept);
        }
        let mut last = self.last.borrow_mut();
        if let Some(paragraph) = last.as_ref().filter(|p| p.index == i) {
            return Segmented::Again(Rc::clone(paragraph));
        }
        let paragraph = Rc::new(Paragraph::new(i, self.texts[i]));
        *last = Some(Rc::clone(&paragraph));
        Segmented::Again(paragraph)
    }

    /// Every paragraph in story order, segmented.
    pub fn paragraphs(&self) -> impl Iterator<Item = Segmented<'_, 'a>> {
        (0..self.len()).map(|i| self.paragraph(i))
    }
}

/// Whether a paragraph's tokens and sentences cost little enough to keep.
fn worth_keeping(paragraph: &Paragraph) -> bool {
    let cost = paragraph.tokens.len() * std::mem::size_of::<Token>()
        + paragraph.sentences.len() * std::mem::size_of::<Sentence>();
    cost <= KEEP_BYTES_PER_BYTE * paragraph.text.len() + KEEP_SLACK
}

impl<'a> Paragraph<'a> {
    pub fn new(index: usize, text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Paragraph {
            index,
            text,
            tokens,
            sentences,
        }
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start()..self.tokens[i].end()]
    }

    /// The sentence holding token `i` (a binary search).
    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        let at = self.sentences.partition_point(|s| s.tokens().end <= i);
        self.sentences.get(at).filter(|s| s.tokens().contains(&i))
    }

    /// Whether token `i` opens its sentence, ignoring opening quotes and
    /// brackets before it.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let Some(sentence) = self.sentence_of(i) else {
            return false;
        };
        (sentence.tokens().start..i).all(|j| is_opening_mark(self.token_text(j)))
    }
}

/// Abbreviations that never end a sentence: titles and month names.
static TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
    "Cmdr", "Prof", "Rev", "St", "Ste", "Mt", "Ft", "Pres", "Supt", "Insp", "Hon", "Messrs", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
    "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "vs", "approx", "No", "Nos", "Vol",
    "Fig", "Gov", "Atty", "Brig", "Cpl", "Pvt", "Sr", "Jr",
];

/// Abbreviations that may close a sentence as well ("... for Acme Inc. The").
static FINAL_ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Bros", "LLC", "Plc", "etc", "Ave", "Blvd", "Rd", "Jr", "Sr",
];

/// A word list sorted once for binary search: a few short comparisons
/// per lookup, cheaper than hashing the word.
/// Its longest word's length rules out most words unsearched.
struct SortedWords(LazyLock<(usize, Vec<&'static str>)>);

impl SortedWords {
    const fn new(build: fn() -> (usize, Vec<&'static str>)) -> Self {
        SortedWords(LazyLock::new(build))
    }

    fn contains(&self, word: &str) -> bool {
        let (longest, words) = &*self.0;
        word.len() <= *longest && words.binary_search(&word).is_ok()
    }
}

fn sorted(list: &[&'static str]) -> (usize, Vec<&'static str>) {
    let mut words = list.to_vec();
    words.sort_unstable();
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    (longest, words)
}

static NON_FINAL: SortedWords = SortedWords::new(|| sorted(TITLE_ABBREVIATIONS));
static FINAL: SortedWords = SortedWords::new(|| sorted(FINAL_ABBREVIATIONS));
static OPENERS: SortedWords = SortedWords::new(|| sorted(SENTENCE_OPENERS));

/// Words that, capitalised after an abbreviation's dot, show a new sentence.
static SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "So",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "According",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "Other",
    "Officials",
    "Image",
    "For",
    "With",
    "Since",
    "Last",
    "Earlier",
    "Later",
];

fn is_opening_mark(word: &str) -> bool {
    matches!(word, "“" | "\"" | "‘" | "'" | "(" | "[" | "«")
}

fn is_closing_mark(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Whether a word followed by "." takes the dot into its token.
fn keeps_dot(word: &str, text: &str, after_dot: usize) -> bool {
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    let single_capital = first.is_uppercase() && chars.next().is_none();
    if single_capital || word.contains('.') {
        return true;
    }
    if word == "No" || word == "Nos" {
        // "No. 5", not "he said no."
        return text[after_dot..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
    }
    NON_FINAL.contains(word) || FINAL.contains(word)
}

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in the
/// tokenizer's innermost loop.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// The ASCII characters `char::is_whitespace` accepts: space, \t to \r.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t'..=b'\r')
}

/// `char::is_alphanumeric`, answered at once for the curly quotes and
/// dashes of General Punctuation (U+2000..U+206F, no letter or digit among
/// them), which otherwise cost a Unicode table search each.
fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Words (letters, digits, inner apostrophes, hyphens and dots; numbers with
/// their separators; abbreviations with their dot) and single punctuation
/// marks ("..." stays one token).
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let char_at = |at: usize| -> char {
        match bytes[at] {
            b if b.is_ascii() => b as char,
            _ => text[at..].chars().next().unwrap_or(' '),
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        // Spaces are a sixth of news text: skip them before decoding.
        if is_ascii_space(bytes[i]) {
            i += 1;
            continue;
        }
        let c = char_at(i);
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let mut end = i;
        if c == '.' && bytes.get(end) == Some(&b'.') {
            while bytes.get(end) == Some(&b'.') {
                end += 1;
            }
        } else if is_word_char(c) {
            while end < bytes.len() {
                if ASCII_ALPHANUMERIC[usize::from(bytes[end])] {
                    end += 1;
                    continue;
                }
                if is_ascii_space(bytes[end]) {
                    break; // the usual end of a word
                }
                let n = char_at(end);
                let after = end + n.len_utf8();
                let joins = is_word_char(n)
                    || (matches!(n, '\'' | '’' | '-' | '.' | '&')
                        && next_char(text, after).is_some_and(is_word_char))
                    || (n == ','
                        && text[start..end]
                            .bytes()
                            .all(|b| b.is_ascii_digit() || b == b',')
                        && text.len() >= after + 3
                        && text.as_bytes()[after..after + 3]
                            .iter()
                            .all(u8::is_ascii_digit));
                if !joins {
                    break;
                }
                end = after;
            }
            if bytes.get(end) == Some(&b'.')
                && bytes.get(end + 1) != Some(&b'.')
                && keeps_dot(&text[start..end], text, end + 1)
            {
                end += 1;
            }
        }
        tokens.push(Token::new(start, end));
        i = end;
    }
    // The estimate above is often short, and the vector doubled: a story
    // keeps millions of tokens, so give back what is unused.
    tokens.shrink_to_fit();
    tokens
}

/// Whether a token ends its sentence, given the token after it.
fn ends_sentence(word: &str, next: Option<&str>) -> bool {
    if !(word.ends_with(['.', '!', '?']) || word == "…") {
        return false;
    }
    let next_starts_upper = || {
        next.is_some_and(|n| {
            n.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opening_mark(n))
        })
    };
    match word {
        "." | "!" | "?" => true,
        "..." | "…" => next_starts_upper(),
        _ if word.len() > 1 && word.ends_with('.') => {
            let stem = &word[..word.len() - 1];
            if NON_FINAL.contains(stem) || stem.chars().count() == 1 {
                return false;
            }
            // "U.S." or "Inc." ends a sentence only before a usual opener.
            next.is_some_and(|n| OPENERS.contains(n))
        }
        _ => false,
    }
}

/// Sentence ends: . ! ? (and any closing quote or bracket after them), an
/// ellipsis before a capital, or an abbreviation before a sentence opener.
fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let word = |i: usize| &text[tokens[i].start()..tokens[i].end()];
    // Checked on raw bytes first: few tokens end in . ! ? or "…" (E2 80 A6).
    let may_end = |i: usize| {
        let end = tokens[i].end();
        match text.as_bytes()[end - 1] {
            b'.' | b'!' | b'?' => true,
            0xA6 => text[..end].ends_with('…'),
            _ => false,
        }
    };
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut last = i;
        let ends = i + 1 == tokens.len()
            || (may_end(i) && {
                let mut j = i + 1;
                while j < tokens.len() && is_closing_mark(word(j)) && word(j) != "'" {
                    j += 1;
                }
                let closes = ends_sentence(word(i), (j < tokens.len()).then(|| word(j)));
                if closes {
                    last = j - 1;
                }
                closes
            });
        if ends {
            let last = last.max(i);
            sentences.push(Sentence {
                first: small(first),
                end: small(last + 1),
            });
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let p = Paragraph::new(0, text);
        p.sentences
            .iter()
            .map(|s| &text[p.tokens[s.tokens().start].start()..p.tokens[s.tokens().end - 1].end()])
            .collect()
    }

    #[test]
    fn sorted_word_lists_find_every_listed_word() {
        for (set, list) in [
            (&NON_FINAL, TITLE_ABBREVIATIONS),
            (&FINAL, FINAL_ABBREVIATIONS),
            (&OPENERS, SENTENCE_OPENERS),
        ] {
            assert!(list.iter().all(|w| set.contains(w)));
            assert!(!set.contains("Meanwhiles") && !set.contains("mr"));
        }
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_word_char('é') && is_word_char('7') && !is_word_char('’'));
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_punctuation() {
        assert_eq!(
            words("Trump’s talks, “useful.”"),
            ["Trump’s", "talks", ",", "“", "useful", ".", "”"]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_their_dot() {
        assert_eq!(
            words("Mr. Lee met J. K. Rowling in the U.S. on Jan. 5."),
            [
                "Mr.", "Lee", "met", "J.", "K.", "Rowling", "in", "the", "U.S.", "on", "Jan.", "5",
                "."
            ]
        );
    }

    #[test]
    fn numbers_keep_decimals_and_thousands() {
        assert_eq!(
            words("$2.5 billion for 240,000 people..."),
            ["$", "2.5", "billion", "for", "240,000", "people", "..."]
        );
    }

    #[test]
    fn sentences_end_after_closing_quotes() {
        assert_eq!(
            sentences("He said “yes.” Then he left."),
            ["He said “yes.”", "Then he left."]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Dr. Ames met Gen. J. Smith in St. Louis. He left."),
            ["Dr. Ames met Gen. J. Smith in St. Louis.", "He left."]
        );
    }

    #[test]
    fn an_acronym_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("They flew to the U.S. The talks began. U.S. officials came."),
            [
                "They flew to the U.S.",
                "The talks began.",
                "U.S. officials came."
            ]
        );
        assert_eq!(
            sentences("He met U.S. President Lee."),
            ["He met U.S. President Lee."]
        );
    }

    #[test]
    fn ellipsis_ends_a_sentence_before_a_capital() {
        assert_eq!(
            sentences("We waited... and waited... Then it rained."),
            ["We waited... and waited...", "Then it rained."]
        );
    }

    #[test]
    fn a_sentence_start_skips_opening_quotes() {
        let p = Paragraph::new(0, "“Despite it all,” Lee said.");
        assert!(p.starts_sentence(1));
        assert!(!p.starts_sentence(6));
    }
}
