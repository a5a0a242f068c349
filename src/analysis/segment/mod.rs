//! Sentences and tokens for news English, computed once per article and
//! shared by the entity and quote extractors. Offsets are bytes into the
//! paragraph, end exclusive.
//!
//! Plain punctuation rules break on news copy, so the abbreviation knowledge
//! lives here: titles ("Mr.", "Gen."), initials ("J. K. Rowling"), dotted
//! acronyms ("U.S.", "D.C."), month abbreviations ("Jan.") and company
//! suffixes ("Inc.") keep their dot in the token, and only some of them may
//! also end a sentence (the lists are in the lexicon). Numbers keep their decimal point and thousands
//! separators ("$2.5 billion", "240,000"); "..." is one token.

mod abbreviations;
mod sentences;
mod tokens;

pub use tokens::tokenize;

use sentences::{is_opening_mark, split_sentences};
use std::cell::RefCell;
use std::rc::Rc;

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
