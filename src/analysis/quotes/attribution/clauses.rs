//! Which clause a reporting verb before a quotation belongs to: a
//! restrictive relative ("women who complained"), a relative aside closed
//! by a comma, a clause that opens the sentence ("After …, "), an infinitive
//! after a finite report ("said voters will say"), and a name after the
//! verb ("explained moderator Ann Lee: “…”").

use super::WINDOW;
use super::Who;
use super::phrases::{is_word, names_person, phrase_after, subject_before, verb_at};
use crate::analysis::lexicon::verbs::VerbForm;
use crate::analysis::lexicon::words::class;
use crate::analysis::quotes::spans::{Para, TokKind};
use std::ops::Range;

/// A reporting verb right after "who" or "that": it tells what the phrase
/// before did ("women who complained"), inside a larger clause.
pub(super) fn in_restrictive_relative(para: &Para, v: usize, floor: usize) -> bool {
    v > floor
        && matches!(para.word(v - 1), "who" | "that")
        && v > floor + 1
        && para.word(v - 2) != ","
}

/// Whether a reporting verb that is not a base form ("said", "says")
/// comes before token `v`, from `floor`, in the same clause: "…, with Lee
/// taking to the radio to call it “…”" is Lee's call.
pub(super) fn reported_before(para: &Para, floor: usize, v: usize) -> bool {
    (floor..v)
        .rev()
        .take_while(|&k| !matches!(para.word(k), "," | ";" | ":" | "—" | "–"))
        .any(|k| is_word(para, k) && verb_at(para, k).is_some_and(|vb| vb.form != VerbForm::Base))
}

/// "Lee was asked by Ann Berg, who has long dismissed the plan, “…”", "…
/// whether the credits, which the Tax Foundation estimates would cost $9
/// billion, would “…”": a verb in a relative clause that closes with a
/// comma before the quotation says something about its antecedent; the
/// quotation belongs to the clause around it.
pub(super) fn inside_relative_aside(para: &Para, floor: usize, v: usize, qt: usize) -> bool {
    let comma = |k: usize| para.word(k) == "," && para.toks[k].kind == TokKind::Punct;
    let Some(relative) = (floor + 1..v)
        .rev()
        .find(|&k| comma(k - 1) && matches!(para.word(k), "who" | "which"))
    else {
        return false;
    };
    // Still open at the verb: commas inside it only join ("…, but has …").
    let open = (relative + 1..v)
        .filter(|&k| comma(k))
        .all(|k| matches!(para.word(k + 1), "but" | "and" | "or"));
    open && (v + 1..qt).any(comma)
}

/// Whether the verb at `v` sits in a subordinate clause that opens the
/// sentence ("After …, ", "When …, "), closed by a comma before the quote.
pub(super) fn opening_clause(para: &Para, sentence: &Range<usize>, v: usize, qt: usize) -> bool {
    let opener = sentence.start;
    // An opening clause is short; a bound keeps long sentences linear.
    if v > opener + WINDOW {
        return false;
    }
    let subordinate = is_word(para, opener)
        && para.has(opener, class::CLAUSE_OPENER)
        && !matches!(
            para.word(opener).to_ascii_lowercase().as_str(),
            "but" | "so" | "that" | "as"
        );
    let comma = |r: Range<usize>| r.into_iter().find(|&k| para.word(k) == ",");
    // "As Heald told the paper, “…”": no main clause of its own, the
    // opening clause is the attribution.
    let main_clause = comma(v + 1..qt).is_some_and(|c| (c + 1..qt).any(|k| is_word(para, k)));
    subordinate && comma(opener..v).is_none() && main_clause
}

/// "In other words, explained moderator Ann Lee: “…”": the name between
/// the verb and the colon that opens the quotation.
pub(super) fn inverted_before_colon(para: &Para, v: usize, qt: usize) -> Option<Who> {
    // "Because of the calendar, explained Lee, “…”": a verb between commas,
    // then the name; not "Lee, an aide, told Berg, “…”", whose listener it is.
    let listener = matches!(para.verb_lemma(v), Some("tell" | "ask"));
    let inverted_comma = |c: usize| {
        para.word(c) == "," && v > 0 && para.word(v - 1) == "," && !listener && {
            let toks = v + 1..c;
            toks.len() <= 4 && names_person(para, &toks)
        }
    };
    let colon = qt
        .checked_sub(1)
        .filter(|&c| c > v + 1 && (para.word(c) == ":" || inverted_comma(c)))?;
    if para.word(colon) == "," {
        return phrase_after(para, v + 1, colon);
    }
    // "Lee told WEEI: “…”": a subject before the verb is the speaker, the
    // name after it its listener.
    let start = para.sentences[para.sentence_of(v)].start;
    let subject = match subject_before(para, v, start.max(v.saturating_sub(WINDOW))) {
        Some(Who::Pronoun { .. }) => true,
        Some(Who::Phrase { toks, .. }) => names_person(para, &toks),
        None => false,
    };
    if subject {
        return None;
    }
    let who = phrase_after(para, v + 1, colon)?;
    match &who {
        Who::Phrase { toks, .. } if toks.end == colon && names_person(para, toks) => Some(who),
        _ => None,
    }
}
