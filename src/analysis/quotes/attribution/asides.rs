//! A quotation inside an aside between a subject and its verb: "Mayor Ruth
//! Kell, citing “the spirit of the town,” said the plan would work." The
//! verb after the quotation is the subject's, and what follows it is what
//! was said, not a speaker: it is not “…,” said X.

use super::phrases::{is_word, names_person, sentence_subject, verb_at};
use super::{Attribution, Who};
use crate::analysis::lexicon::verbs::VerbForm;
use crate::analysis::quotes::spans::{Para, TokKind};
use std::ops::Range;

/// How far before the quotation the comma that opens the aside may be.
const ASIDE_OPENING: usize = 3;

/// The attribution of a quotation quoted in a participle's aside after the
/// sentence's subject, when a finite reporting verb follows it.
pub(super) fn quoted_in_aside(
    para: &Para,
    sentence: &Range<usize>,
    qt: usize,
) -> Option<Attribution> {
    let floor = sentence.start.max(qt.saturating_sub(ASIDE_OPENING + 1));
    let comma = (floor..qt).rev().find(|&k| para.word(k) == ",")?;
    let participle = comma + 1;
    let word = para.word(participle);
    if participle >= qt
        || !is_word(para, participle)
        || !word.ends_with("ing")
        || !word.starts_with(char::is_lowercase)
    {
        return None;
    }
    // Nothing between the subject and the aside is a verb of its own.
    if (sentence.start..comma).any(|k| verb_at(para, k).is_some()) {
        return None;
    }
    let mut v = qt + 1;
    while v < sentence.end && para.word(v) == "," && para.toks[v].kind == TokKind::Punct {
        v += 1;
    }
    if v >= sentence.end {
        return None;
    }
    let verb = verb_at(para, v)?;
    if verb.form == VerbForm::Participle {
        return None;
    }
    let who = sentence_subject(para, sentence, comma)?;
    if let Who::Phrase { toks, .. } = &who
        && !names_person(para, toks)
    {
        return None;
    }
    let cue = (para.toks[v].start, para.toks[v].end);
    Some(Attribution::spoken(Some(cue), Some(who)))
}
