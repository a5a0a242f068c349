//! Quotations across the story: the news convention for quotes that run over
//! several paragraphs, and a paragraph's words and sentences as the
//! attribution patterns see them, each quotation folded into one token.

use super::marks::{self, Pair};
use crate::analysis::lexicon::verbs::ReportingVerb;
use crate::analysis::lexicon::words as lexicon;
use crate::analysis::segment::Paragraph;

/// A word, a punctuation mark or a whole quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    /// A quotation, marks included: index into `Para::pairs`.
    Quote(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The word lists this word belongs to ([`lexicon::class`]), found once.
    pub class: u32,
    /// The reporting verb this word is a form of, found once (see [`Tok::verb`]).
    verb: lexicon::VerbId,
}

impl Tok {
    /// The reporting verb this word is a form of.
    pub fn verb(&self) -> Option<ReportingVerb> {
        lexicon::verb(self.verb)
    }
}

/// One paragraph as the quote finder sees it.
#[derive(Debug, Clone)]
pub struct Para<'a> {
    pub index: usize,
    pub text: &'a str,
    pub pairs: Vec<Pair>,
    pub toks: Vec<Tok>,
    /// Sentences as ranges of `toks`; a quotation never splits a sentence.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// The first quotation goes on with the last one of the paragraph before
    /// (that one opened and never closed, this one opens the paragraph).
    pub continues_previous: bool,
    /// The token of each quotation.
    quote_toks: Vec<usize>,
}

impl<'a> Para<'a> {
    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    /// The lemma of the reporting verb at token `i`, if it is one.
    pub fn verb_lemma(&self, i: usize) -> Option<&'static str> {
        self.toks[i].verb().map(|v| v.lemma)
    }

    /// Whether token `i` is a word of one of the lists in `mask`.
    pub fn has(&self, i: usize, mask: u32) -> bool {
        self.toks[i].class & mask != 0
    }

    /// The token index of quotation `pair`.
    pub fn quote_tok(&self, pair: usize) -> usize {
        self.quote_toks[pair]
    }

    /// The index into `sentences` of the sentence holding token `tok`.
    pub fn sentence_of(&self, tok: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= tok)
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "feb", "fr", "ft",
    "gen", "gov", "inc", "insp", "jan", "jr", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt",
    "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "supt",
    "vs",
];

/// Words that begin sentences: after "U.S." they show that the sentence ended.
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
    "But", "And", "In", "On", "At", "His", "Her", "Their", "Its", "There", "As", "After", "While",
];

/// One paragraph's quotations and sentences. `open_before`: the paragraph
/// before ended inside a quotation that never closed.
pub fn para<'a>(p: &Paragraph<'a>, open_before: bool) -> Para<'a> {
    let pairs = marks::pair(p.text);
    let toks = fold_quotes(p, &pairs);
    let sentences = split(p.text, &pairs, &toks);
    let mut quote_toks = vec![0; pairs.len()];
    for (i, t) in toks.iter().enumerate() {
        if let TokKind::Quote(q) = t.kind {
            quote_toks[q] = i;
        }
    }
    let opens_paragraph = pairs
        .first()
        .is_some_and(|first| p.text[..first.open].trim().is_empty());
    Para {
        quote_toks,
        index: p.index,
        text: p.text,
        pairs,
        toks,
        sentences,
        continues_previous: open_before && opens_paragraph,
    }
}

impl Para<'_> {
    /// Whether this paragraph ends inside a quotation that never closed.
    pub fn ends_open(&self) -> bool {
        self.pairs.last().is_some_and(|p| !p.closed)
    }
}

/// The paragraph's tokens with each quotation folded into one token.
fn fold_quotes(p: &Paragraph, pairs: &[Pair]) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(p.tokens.len());
    let mut next_pair = 0;
    for t in &p.tokens {
        while next_pair < pairs.len() && pairs[next_pair].close_end <= t.start() {
            next_pair += 1;
        }
        if let Some(pair) = pairs.get(next_pair).filter(|q| q.open <= t.start()) {
            if toks.last().map(|l: &Tok| l.kind) != Some(TokKind::Quote(next_pair)) {
                toks.push(Tok {
                    start: pair.open,
                    end: pair.close_end,
                    kind: TokKind::Quote(next_pair),
                    class: 0,
                    verb: 0,
                });
            }
            continue;
        }
        let word = &p.text[t.start()..t.end()];
        let is_word = word.chars().next().is_some_and(char::is_alphanumeric);
        let (class, verb) = if is_word {
            lexicon::lookup_id(word)
        } else {
            (0, 0)
        };
        let kind = if is_word {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        toks.push(Tok {
            start: t.start(),
            end: t.end(),
            kind,
            class,
            verb,
        });
    }
    toks
}

fn starts_sentence(text: &str, tok: &Tok) -> bool {
    match tok.kind {
        TokKind::Quote(_) => true,
        _ => text[tok.start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '[')),
    }
}

/// Sentence ranges over `toks`: a full stop, ! or ? outside quotations, or a
/// quotation ending with one, before a capital or another quotation.
fn split(text: &str, pairs: &[Pair], toks: &[Tok]) -> Vec<std::ops::Range<usize>> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for i in 0..toks.len() {
        let Some(next) = toks.get(i + 1) else { break };
        let t = toks[i];
        let word = &text[t.start..t.end];
        let ends = match t.kind {
            TokKind::Quote(q) => {
                let inner = &text[pairs[q].inner_start..pairs[q].inner_end];
                inner.ends_with(['.', '!', '?'])
                    && next.kind != TokKind::Punct
                    && !cue_follows(text, &toks[i + 1..])
            }
            TokKind::Punct if matches!(word, "!" | "?") => true,
            TokKind::Punct if word == "." => !abbreviation(text, toks, i),
            // The tokenizer keeps an abbreviation's dot ("U.S."): it ends a
            // sentence only before a word that starts one.
            TokKind::Word if word.ends_with('.') => {
                let next_word = &text[next.start..next.end];
                SENTENCE_STARTERS.contains(&next_word) || matches!(next.kind, TokKind::Quote(_))
            }
            _ => false,
        };
        if ends && starts_sentence(text, next) {
            sentences.push(first..i + 1);
            first = i + 1;
        }
    }
    if first < toks.len() {
        sentences.push(first..toks.len());
    }
    sentences
}

/// How many words after a quotation may name who said it before the verb.
const CUE_WORDS: usize = 6;

/// “Why not?” Lee asked. / “Yes.” The mayor said: a few words and a
/// reporting verb after a quotation that ends in a stop attribute it; they
/// are the end of its sentence, not a new one.
/// A clause that goes on to a quotation of its own ("Lee said: “…”", "Lee
/// replied that it was an “honor”") introduces that one instead.
fn cue_follows(text: &str, after: &[Tok]) -> bool {
    let Some(verb) = after
        .iter()
        .take(CUE_WORDS)
        .take_while(|t| t.kind == TokKind::Word)
        .position(|t| text[t.start..].starts_with(char::is_lowercase) && t.verb().is_some())
    else {
        return false;
    };
    let rest = after[verb + 1..].iter().take(CUE_WORDS * 2);
    for t in rest {
        match t.kind {
            TokKind::Quote(_) => return false,
            TokKind::Punct if matches!(&text[t.start..t.end], "." | "!" | "?" | ":") => {
                return &text[t.start..t.end] != ":";
            }
            _ => {}
        }
    }
    true
}

/// Whether the full stop at `toks[i]` closes an abbreviation ("Mr.", "U.S.")
/// rather than a sentence.
fn abbreviation(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| toks[p]) else {
        return false;
    };
    if prev.end != toks[i].start || prev.kind != TokKind::Word {
        return false;
    }
    let word = &text[prev.start..prev.end];
    let next_word = toks.get(i + 1).map_or("", |n| &text[n.start..n.end]);
    if word.contains('.') {
        return !SENTENCE_STARTERS.contains(&next_word);
    }
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || crate::analysis::lexicon::words::lower_in(word, ABBREVIATIONS)
}

#[cfg(test)]
mod tests {
    use crate::analysis::segment::Document;

    fn paras_of<'a>(doc: &Document<'a>) -> Vec<super::Para<'a>> {
        let mut open_before = false;
        let mut out = Vec::new();
        for p in doc.paragraphs() {
            let para = super::para(&p, open_before);
            open_before = para.ends_open();
            out.push(para);
        }
        out
    }

    fn sentences(text: &str) -> Vec<String> {
        let texts = [text.to_string()];
        let doc = Document::new(&texts);
        let p = &paras_of(&doc)[0];
        p.sentences
            .iter()
            .map(|s| text[p.toks[s.start].start..p.toks[s.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn quotations_do_not_split_sentences() {
        assert_eq!(
            sentences("“We won. We really did,” said Mr. Smith. “Yes.” He left the U.S. The end."),
            [
                "“We won. We really did,” said Mr. Smith.",
                "“Yes.”",
                "He left the U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn a_quote_running_over_paragraphs_continues() {
        let paragraphs = [
            "Smith said: “We will stay.".to_string(),
            "“We will not leave.”".to_string(),
            "“Unrelated,” said Jones.".to_string(),
        ];
        let doc = Document::new(&paragraphs);
        let paras = paras_of(&doc);
        assert!(!paras[0].pairs[0].closed);
        assert!(paras[1].continues_previous);
        assert!(!paras[2].continues_previous);
    }
}
