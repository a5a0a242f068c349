//! Cues that relay someone else's words: "Smith quoted Churchill: “…”",
//! "The Daily Post cited examples from the form: “…”". The one who cites
//! is not the speaker: the person cited is, when the sentence names one; a
//! news outlet citing words it does not sign speaks for no one.

use super::attribution::{Who, names_person, phrase_after};
use super::names;
use super::spans::Para;
use crate::analysis::lexicon::verbs::ReportingVerb;

/// Who a relaying cue gives the words to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relayed {
    /// The person cited: "quoted Churchill".
    Source(Who),
    /// A news outlet cites words whose author the sentence does not name.
    Unknown,
    /// Someone cites without naming a source: their own choice of words.
    Citer,
}

/// Whether the verb passes on another's words rather than the subject's.
pub fn relays(verb: ReportingVerb) -> bool {
    matches!(verb.lemma, "cite" | "quote")
}

/// Whose words follow the relaying verb at token `verb` before quotation
/// token `qt`, given the verb's subject.
pub fn source(para: &Para, verb: usize, qt: usize, subject: Option<&Who>) -> Relayed {
    if let Some(Who::Phrase { toks, pick }) = phrase_after(para, verb + 1, qt)
        && names_person(para, &toks)
    {
        return Relayed::Source(Who::Phrase { toks, pick });
    }
    match subject {
        Some(Who::Phrase { toks, .. }) if names_outlet(para, toks.clone()) => Relayed::Unknown,
        _ => Relayed::Citer,
    }
}

/// Whether a phrase names a news outlet: "The Daily Post", "the newspaper".
fn names_outlet(para: &Para, toks: std::ops::Range<usize>) -> bool {
    let outlet_runs = names::name_runs(para, toks.clone()).iter().any(|r| {
        let last = r.name(para.text).split_whitespace().last().unwrap_or("");
        is_outlet_word(last)
    });
    outlet_runs || toks.into_iter().any(|i| is_outlet_word(para.word(i)))
}

/// Words that end the names of news outlets, and the nouns for them.
fn is_outlet_word(word: &str) -> bool {
    crate::analysis::lexicon::words::lower_in(word, crate::analysis::lexicon::words::OUTLETS)
}
