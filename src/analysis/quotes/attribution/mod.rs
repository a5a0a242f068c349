//! Attribution patterns: for one quotation, the reporting cue of its
//! sentence and the words that say who spoke, most precise pattern first.
//!
//! - after the quote: “…,” X said / “…,” said X / “…” - X
//! - before it: X said: “…” / X, title of Y, said “…” / X stated that … “…”
//! - passive: was described as “…” by X
//! - according to X
//! - relative clauses: X, who had warned of “…”
//! - a colon after the sentence's subject: X defended the plan: “…”
//!
//! The result names token ranges; `speakers` turns them into a person.
//!
//! - [`phrases`]: the grammar of the words around a cue: where a phrase
//!   starts and ends, a verb's subject, a sentence's subject.
//! - [`cues`]: the patterns before and after a quotation, "according to X".
//! - [`apposition`]: which stretch between a name and its verb names the
//!   speaker ("X, the spokesman, said", "X, who …, said").
//! - [`clauses`]: which clause a verb before a quotation belongs to.

mod apposition;
mod asides;
mod clauses;
mod cues;
mod phrases;

use super::names::Pronoun;
use super::spans::{Para, TokKind};
use crate::analysis::lexicon::verbs::{self, VerbForm};
use crate::analysis::lexicon::words::class;
use cues::{after_quote, before_quote, cue};
use phrases::{boundary_before, is_word, speaks, subject_before, verb_at};
pub use phrases::{names_person, phrase_after, sentence_subject};
use std::ops::Range;

/// The words that say who spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A noun phrase (tokens): a name, a title, a description.
    Phrase { toks: Range<usize>, pick: Pick },
    /// A pronoun standing for someone named earlier.
    Pronoun { tok: usize, pronoun: Pronoun },
}

/// Which name of a phrase is the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The first: the subject of a whole sentence.
    First,
    /// The head of a noun phrase: its last name that is not a modifier
    /// ("Harbour master Tomas Lind", not "of The Globe").
    Head,
    /// The last: the antecedent of "who".
    Last,
}

/// How a quotation is attributed within its sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attribution {
    /// The reporting verb or phrase, as byte offsets.
    pub cue: Option<(usize, usize)>,
    pub who: Option<Who>,
    /// The quote names or labels something ("so-called", "named"): not speech.
    pub naming: bool,
    /// A news outlet relays words it does not attribute: no one's, and no
    /// other pattern may guess.
    pub unsourced: bool,
}

impl Attribution {
    /// Speech: its cue and the words that say who spoke.
    fn spoken(cue: Option<(usize, usize)>, who: Option<Who>) -> Self {
        Attribution {
            cue,
            who,
            ..Attribution::default()
        }
    }

    /// A quotation that names or labels something.
    fn naming() -> Self {
        Attribution {
            naming: true,
            ..Attribution::default()
        }
    }
}

/// How many tokens from a quotation or a verb the patterns look.
const WINDOW: usize = 48;

/// Whether the words right before the quotation make it a name or a term.
/// The naming word sits right before the quote, or one small word before
/// it ("known as “X”", "the slogan: “X”"); a capitalised word is a name
/// ("Dr. Paul Song “was …”"), and a naming word before a verb is a subject
/// ("the campaign would “do …”").
fn named_thing(para: &Para, qt: usize, floor: usize) -> bool {
    // "what critics have dubbed “…”": after "has", "dubbed" is a verb
    // with a namer, who is the one to find.
    let perfect = |i: usize| i > floor && cues::perfect_auxiliary(para.word(i - 1));
    let naming = |i: usize| {
        para.has(i, class::NAMING_WORD)
            && para.word(i).starts_with(|c: char| !c.is_uppercase())
            && !perfect(i)
    };
    let link = |i: usize| {
        matches!(
            para.word(i),
            "as" | "of" | ":" | "," | "a" | "an" | "the" | "-" | "—"
        ) || para.toks[i].kind == TokKind::Word && para.word(i).starts_with(char::is_uppercase)
    };
    let before = qt.checked_sub(1).filter(|&b| b >= floor);
    before.is_some_and(|b| naming(b) || (b > floor && naming(b - 1) && link(b)))
}

/// Attribute quotation `pair` of `para` from the words of its own sentence.
pub fn attribute(para: &Para, pair: usize) -> Attribution {
    let qt = para.quote_tok(pair);
    let sentence = para.sentences[para.sentence_of(qt)].clone();
    let inner = &para.text[para.pairs[pair].inner_start..para.pairs[pair].inner_end];
    let next_is_comma = para
        .toks
        .get(qt + 1)
        .is_some_and(|t| para.text[t.start..t.end] == *",");
    // “… as simple as, ‘He's the boss,’” X said: a quote closing inside it
    // leaves the comma before its mark.
    let closing = inner.trim_end_matches(['’', '\'', '"', '”', ' ']);
    let utterance = closing.ends_with([',', '?', '!']) || next_is_comma || qt == sentence.start;
    let after = |strict| after_quote(para, qt, sentence.end, strict);
    if named_thing(para, qt, sentence.start) {
        // The program “is gaining ground,” the minister said: a name starts
        // with a capital; words that go on with the sentence, then a
        // speaker and a verb, are speech.
        let continues_sentence = utterance && inner.starts_with(char::is_lowercase);
        return after(false)
            .filter(|found| continues_sentence && found.cue.is_some() && found.who.is_some())
            .unwrap_or_else(Attribution::naming);
    }
    let before = || before_quote(para, &sentence, qt);
    if utterance && let Some(found) = asides::quoted_in_aside(para, &sentence, qt) {
        return found;
    }
    let found = if utterance {
        after(false).or_else(before)
    } else {
        before().or_else(|| after(true))
    };
    if let Some(found) = found
        .clone()
        .filter(|f| f.naming || f.unsourced || f.who.is_some())
    {
        return found;
    }
    // Guns are “a crisis” and “a plague,” Varga said: quotations joined by
    // "and" share the attribution of the last one.
    // A loop, not recursion: a hostile story may join thousands.
    let joined_after = |q: usize| {
        para.toks
            .get(q + 2)
            .filter(|_| q + 1 < sentence.end && matches!(para.word(q + 1), "and" | "or"))
            .and_then(|t| match t.kind {
                TokKind::Quote(next) => Some(next),
                _ => None,
            })
    };
    let mut last = None;
    let mut q = qt;
    while let Some(next) = joined_after(q) {
        last = Some(next);
        q = para.quote_tok(next);
    }
    if let Some(last) = last {
        return attribute(para, last);
    }
    // “…” is a waste of money and should end, Varga said on Monday: the
    // clause that closes the sentence attributes every quote in it.
    if let Some(found) = closing_clause(para, &sentence, qt) {
        return found;
    }
    // X defended the plan: “…”
    let colon_before = qt > sentence.start && para.word(qt - 1) == ":";
    if colon_before {
        // "Polls ended too early - Ann Lee and Tom Berg: “…”": a short
        // name after a dash is a byline for the quotation.
        let colon = qt - 1;
        let dash = boundary_before(para, colon, sentence.start)
            .filter(|&b| matches!(para.word(b), "-" | "—" | "–"));
        if let Some(dash) = dash {
            let toks = dash + 1..colon;
            let short = toks.len() <= 6 && toks.clone().all(|k| verb_at(para, k).is_none());
            if short && speaks(para, &toks) {
                return Attribution::spoken(
                    None,
                    Some(Who::Phrase {
                        toks,
                        pick: Pick::Head,
                    }),
                );
            }
        }
        let who = sentence_subject(para, &sentence, qt - 1);
        return Attribution::spoken(None, who);
    }
    found.unwrap_or_default()
}

/// How many clauses after a quotation may hold the one that attributes it.
const CLOSING_CLAUSES: usize = 3;

/// An attribution after a later comma of the sentence: “…” on the matter,
/// Axelrod said. / … , according to Hall.
fn closing_clause(para: &Para, sentence: &Range<usize>, qt: usize) -> Option<Attribution> {
    let end = sentence.end.min(qt + WINDOW);
    (qt + 1..end)
        .filter(|&c| para.word(c) == "," && para.toks[c].kind == TokKind::Punct)
        .take(CLOSING_CLAUSES)
        .find_map(|c| after_quote(para, c, sentence.end, false).filter(|f| f.who.is_some()))
}

/// The speaker of a sentence with a reporting verb and no quotation of its
/// own ("Heald noted the findings."): it may introduce the next quotation.
pub fn reported_speaker(para: &Para, sentence: &Range<usize>) -> Option<Attribution> {
    if para.toks[sentence.clone()]
        .iter()
        .any(|t| matches!(t.kind, TokKind::Quote(_)))
    {
        return None;
    }
    for v in sentence.clone() {
        let Some(verb) = verb_at(para, v) else {
            continue;
        };
        // "doctors have admitting privileges": a participle reports only
        // after a comma ("Lee, noting …"), as a tense ("was saying") or
        // after a document ("issued a statement apologizing").
        let participle_reports = v > sentence.start && {
            let before = para.word(v - 1);
            before == ","
                || para.has(v - 1, class::BE)
                || super::names::is_document(&before.to_lowercase())
        };
        if verbs::is_naming(verb)
            || verb.form == VerbForm::Base
            || (verb.form == VerbForm::Participle && !participle_reports)
        {
            continue;
        }
        let floor = sentence.start.max(v.saturating_sub(WINDOW));
        if let Some(who) = subject_before(para, v, floor) {
            return Some(Attribution::spoken(cue(para, v), Some(who)));
        }
    }
    None
}

/// A signature after a quotation: “…” Anonymous blogger, “Title”. A short
/// phrase naming someone, no verb, then a comma, a quotation or the end.
pub fn signature(para: &Para, sentence: &Range<usize>) -> Option<Who> {
    let limit = sentence.end.min(sentence.start + 8);
    let end = (sentence.start..limit)
        .find(|&i| para.toks[i].kind != TokKind::Word && para.word(i) != ".")
        .unwrap_or(limit);
    let toks = sentence.start..end;
    let words = toks.clone().filter(|&i| is_word(para, i)).count();
    let closes = end == sentence.end
        || matches!(para.word(end), "," | ";")
        || matches!(para.toks[end].kind, TokKind::Quote(_));
    if words == 0 || words > 5 || !closes || toks.clone().any(|i| verb_at(para, i).is_some()) {
        return None;
    }
    speaks(para, &toks).then_some(Who::Phrase {
        toks,
        pick: Pick::Head,
    })
}
