//! The grammar of the words around a reporting cue: where a phrase starts
//! and ends, which phrases could name a speaker, the subject of a verb and
//! the subject of a whole sentence.

use super::apposition::{before_apposition, title_closing_apposition};
use super::{Pick, WINDOW, Who};
use crate::analysis::lexicon;
use crate::analysis::lexicon::verbs::{self, VerbForm};
use crate::analysis::lexicon::words::class;
use crate::analysis::quotes::names;
use crate::analysis::quotes::spans::{Para, TokKind};
use std::ops::Range;

/// The reporting verb at token `i`, if it is one there: "claim" in "an
/// asylum claim" or "reports" in "media reports range" are nouns.
pub(super) fn verb_at(para: &Para, i: usize) -> Option<verbs::ReportingVerb> {
    if let Some(verb) = answered_back(para, i) {
        return Some(verb);
    }
    let verb = para.toks[i].verb()?;
    // "He continued: “…”" reports speech; "will continue to be “…”" and
    // "continued his tour" do not: only before punctuation or a quotation.
    if verb.lemma == "continue"
        && para
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Word)
    {
        return None;
    }
    if !verbs::noun_like(verb) {
        return Some(verb);
    }
    let prev_tok = i.checked_sub(1)?;
    if !is_word(para, prev_tok) {
        // “…,” notes Smith.
        let after_quote = (prev_tok.checked_sub(1).into_iter().chain([prev_tok]))
            .any(|k| matches!(para.toks[k].kind, TokKind::Quote(_)));
        return (after_quote && matches!(para.word(prev_tok), "," | "”" | "\"")
            || matches!(para.toks[prev_tok].kind, TokKind::Quote(_)))
        .then_some(verb);
    }
    let prev = para.word(prev_tok);
    // "Pike's charge", "their claims": after a possessive it is a noun.
    let possessive = prev.ends_with("'s") || prev.ends_with("’s") || prev.ends_with("s'");
    if possessive || names::possessive(prev).is_some() || is_possessive_determiner(prev) {
        return None;
    }
    let after_pronoun = names::pronoun(prev).is_some();
    // "the Indiana state union", "a Senate report card": a base form between
    // a name and a lowercase content word is part of a noun phrase.
    let in_compound = !after_pronoun
        && verb.form == VerbForm::Base
        && para.toks.get(i + 1).is_some_and(|t| {
            let next = &para.text[t.start..t.end];
            t.kind == TokKind::Word
                && next.starts_with(char::is_lowercase)
                && !para.has(i + 1, FUNCTION_WORDS)
                && names::pronoun(next).is_none()
                && names::possessive(next).is_none()
                && !is_possessive_determiner(next)
        });
    if in_compound {
        return None;
    }
    let names_subject = prev.starts_with(char::is_uppercase) || after_pronoun;
    (names_subject || para.has(prev_tok, class::VERB_MARKER)).then_some(verb)
}

/// "Lee shot back", "fired back", "hits back": a retort, when "back"
/// follows; alone these verbs are not speech.
fn answered_back(para: &Para, i: usize) -> Option<verbs::ReportingVerb> {
    let back = para.toks.get(i + 1)?;
    if back.kind != TokKind::Word || &para.text[back.start..back.end] != "back" {
        return None;
    }
    let form = match para.word(i) {
        "shot" | "fired" | "hit" => VerbForm::Past,
        "shoots" | "fires" | "hits" => VerbForm::Present,
        "shooting" | "firing" | "hitting" => VerbForm::Participle,
        _ => return None,
    };
    Some(verbs::ReportingVerb {
        lemma: "answer back",
        form,
    })
}

/// Words that may follow a verb but never go on with a noun phrase.
const FUNCTION_WORDS: u32 = class::ARTICLE
    | class::PREPOSITION
    | class::CLAUSE_OPENER
    | class::RELATIVE
    | class::BETWEEN
    | class::BE
    | class::VERB_MARKER;

fn is_possessive_determiner(word: &str) -> bool {
    ["their", "our", "my", "your"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

/// A short quotation that is not a sentence of speech: at most four words,
/// no comma, question or exclamation mark at its end.
pub(super) fn is_term(para: &Para, pair: usize) -> bool {
    let p = &para.pairs[pair];
    let inner = para.text[p.inner_start..p.inner_end].trim_end();
    inner.split_whitespace().count() <= 4 && !inner.ends_with([',', '?', '!', '.'])
}

pub(super) fn is_word(para: &Para, i: usize) -> bool {
    para.toks[i].kind == TokKind::Word
}

pub(super) fn is_boundary(para: &Para, i: usize) -> bool {
    match para.toks[i].kind {
        TokKind::Quote(_) => true,
        TokKind::Punct => match para.word(i) {
            "," | ";" | ":" | "(" | ")" | "—" | "–" | "[" | "]" => true,
            // "the A.F.L.-C.I.O.": a hyphen inside a word joins it.
            "-" => !glued_between(para, i),
            _ => false,
        },
        TokKind::Word => {
            let w = para.word(i);
            para.has(i, class::CLAUSE_OPENER)
                || (w == "and"
                    && para.toks.get(i + 1).is_some_and(|n| {
                        let next = &para.text[n.start..n.end];
                        next.starts_with(char::is_lowercase) || names::pronoun(next).is_some()
                    }))
        }
    }
}

/// Whether token `i` touches words on both sides, with no space.
fn glued_between(para: &Para, i: usize) -> bool {
    let t = &para.toks[i];
    i > 0
        && para.toks[i - 1].end == t.start
        && para.toks.get(i + 1).is_some_and(|n| n.start == t.end)
        && is_word(para, i - 1)
        && is_word(para, i + 1)
}

/// The index of the nearest boundary token before `end`, not below `floor`.
pub(super) fn boundary_before(para: &Para, end: usize, floor: usize) -> Option<usize> {
    (floor..end).rev().find(|&i| is_boundary(para, i))
}

/// Whether a stretch of tokens could name or describe a speaker.
pub(super) fn speaks(para: &Para, toks: &Range<usize>) -> bool {
    if toks.is_empty() || toks.len() > 16 {
        return false;
    }
    let runs = names::name_runs(para, toks.clone());
    runs.iter().any(|r| !names::only_titles(para, r))
        || names::description(para, toks.clone()).is_some()
        || runs.iter().any(|r| names::only_titles(para, r))
}

/// Whether a stretch holds a person's name, not a title or a modifier.
pub fn names_person(para: &Para, toks: &Range<usize>) -> bool {
    !toks.is_empty()
        && names::name_runs(para, toks.clone())
            .iter()
            .any(|r| !r.titles_only && !r.organization && !r.after_preposition && !r.modifier)
}

pub(super) fn phrase(para: &Para, toks: Range<usize>, pick: Pick) -> Option<Who> {
    // "His remarks", "her statement", "he posted a message": the person
    // named before.
    let first = (toks.start..toks.end).find(|&i| is_word(para, i));
    // "Her colleague", "his spokesman": someone else, whom the words describe.
    let last = (toks.start..toks.end).rev().find(|&i| is_word(para, i));
    let owned_person = last.is_some_and(|l| {
        Some(l) != first
            && names::possessive(para.word(first.unwrap_or(l))).is_some()
            && !names::is_document(para.word(l))
            && (lexicon::is_person_noun(para.word(l)) || para.has(l, class::SPEAKER_NOUN))
    });
    if let Some(first) = first
        && !owned_person
        && (toks.len() == 1 || !names_person(para, &toks))
        && let Some(pronoun) =
            names::possessive(para.word(first)).or_else(|| names::pronoun(para.word(first)))
    {
        return Some(Who::Pronoun {
            tok: first,
            pronoun,
        });
    }
    speaks(para, &toks).then_some(Who::Phrase { toks, pick })
}

/// The subject of the verb at `verb`: the phrase before it, past auxiliaries,
/// appositives (“X, the ministry's spokesman, said”) and relative pronouns.
pub(super) fn subject_before(para: &Para, verb: usize, floor: usize) -> Option<Who> {
    let mut end = verb;
    while end > floor && para.has(end - 1, class::BETWEEN) {
        end -= 1;
    }
    // "Rep. Ann Lee (D-Ore.) said": the bracket after a name is an aside.
    if end > floor + 1
        && para.word(end - 1) == ")"
        && let Some(open) = (floor.max(end.saturating_sub(8))..end - 1)
            .rev()
            .find(|&k| para.word(k) == "(")
        && open > floor
        && is_word(para, open - 1)
    {
        end = open;
    }
    if end <= floor {
        return None;
    }
    // "X, author of “The Long Road,” said": a quoted title closes the
    // apposition, its comma inside the quotation marks.
    if let TokKind::Quote(q) = para.toks[end - 1].kind
        && title_closing_apposition(para, q)
    {
        return before_apposition(para, end - 1, floor);
    }
    if let Some(pronoun) = names::pronoun(para.word(end - 1)) {
        return Some(Who::Pronoun {
            tok: end - 1,
            pronoun,
        });
    }
    if para.word(end - 1) == "," {
        return before_apposition(para, end - 1, floor);
    }
    let start = boundary_before(para, end, floor).map_or(floor, |b| b + 1);
    // "Mina Orlov, the analyst who founded the site tweeted": a relative
    // clause the writer did not close; the name before the description.
    let unclosed_relative = start > floor + 1
        && para.word(start - 1) == ","
        && (start + 1..end).any(|k| para.word(k) == "who");
    if unclosed_relative {
        let name = boundary_before(para, start - 1, floor).map_or(floor, |b| b + 1)..start - 1;
        // A name, not a clause: a few words and no verb.
        let short = name.len() <= 6 && name.clone().all(|k| verb_at(para, k).is_none());
        if short && names_person(para, &name) {
            return phrase(para, name, Pick::Head);
        }
    }
    if start < end && para.has(start, class::RELATIVE) {
        // "…, which Lee called “…”", "whom she called": the relative is the
        // object; the phrase between it and the verb is the subject.
        // "Lee, who is chairman of the board said" is no such clause.
        let inner = start + 1..end;
        let clause_words = inner
            .clone()
            .any(|k| para.has(k, class::BE | class::BETWEEN));
        if !inner.is_empty()
            && !clause_words
            && inner.len() <= OBJECT_RELATIVE_SUBJECT
            && let Some(subject) = phrase(para, inner, Pick::Head)
        {
            return Some(subject);
        }
        // A relative clause: the speaker is the phrase before ", who".
        let comma = start
            .checked_sub(1)
            .filter(|&c| c >= floor && para.word(c) == ",")?;
        let ante = boundary_before(para, comma, floor).map_or(floor, |b| b + 1)..comma;
        return phrase(para, ante, Pick::Last);
    }
    phrase(para, start..end, Pick::Head)
}

/// Most words of the subject between an object relative and its verb
/// ("which the city's new mayor called").
const OBJECT_RELATIVE_SUBJECT: usize = 6;

/// The phrase right after `from`, up to the next boundary.
pub fn phrase_after(para: &Para, from: usize, limit: usize) -> Option<Who> {
    let limit = limit.min(from + WINDOW);
    let end = (from..limit)
        .find(|&i| is_boundary(para, i) || verb_at(para, i).is_some())
        .unwrap_or(limit);
    phrase(para, from..end, Pick::Head)
}

/// Whether token `i` opens an introductory phrase before a sentence's
/// subject ("During the debate, Smith ...", "Speaking on Monday, she ...").
fn introduces(para: &Para, sentence: &Range<usize>, i: usize) -> bool {
    let word = para.word(i);
    // "Fleming, the party's treasurer, said": a name that ends in -ing,
    // described by the apposition after it.
    let described_name = para
        .toks
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Punct && &para.text[t.start..t.end] == ",")
        && described_in_apposition(para, sentence, i + 2);
    para.has(i, class::PREPOSITION | class::CLAUSE_OPENER | class::INTRO)
        || (word.ends_with("ing") && word.starts_with(char::is_uppercase) && !described_name)
        || participle_before_preposition(para, i)
        || adverb_before_clause(para, i)
}

/// "Alarmed by the unrest, …", "Pressed for details, …": a capitalised past
/// participle, then a preposition, opens a phrase about the subject after it
/// ("Ted with his team" is a name).
fn participle_before_preposition(para: &Para, i: usize) -> bool {
    let word = para.word(i);
    word.len() >= 5
        && word.ends_with("ed")
        && word.starts_with(char::is_uppercase)
        && !lexicon::is_given_name(word)
        && para
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Word)
        && para.has(i + 1, class::PREPOSITION)
}

/// "Ever since she joined", "Shortly after the vote": an adverb, then a
/// preposition or a conjunction.
fn adverb_before_clause(para: &Para, i: usize) -> bool {
    let word = para.word(i).to_lowercase();
    let adverb = word.ends_with("ly") || ADVERBS_BEFORE_CLAUSE.contains(word.as_str());
    adverb
        && para
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Word)
        && para.has(i + 1, class::PREPOSITION | class::CLAUSE_OPENER)
}

static ADVERBS_BEFORE_CLAUSE: std::sync::LazyLock<lexicon::fasthash::FastSet<&str>> =
    std::sync::LazyLock::new(|| lexicon::set("adverbs before a clause"));

/// "WASHINGTON —", "PARIS, May 2 (AFP) —": a place in capitals, perhaps a
/// date and an agency, then a dash, opening a story's paragraph. The token
/// after the dash, where the sentence's own words begin.
fn dateline_end(para: &Para, sentence: &Range<usize>) -> Option<usize> {
    let in_capitals = |w: &str| {
        w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
            && w.chars().any(char::is_alphabetic)
    };
    let first = para.word(sentence.start);
    // "LA CROSSE, Wis. —", "EL PASO —": a short first word of a place in
    // capitals, when the next word is in capitals too.
    let two_words = || {
        para.toks
            .get(sentence.start + 1)
            .is_some_and(|t| t.kind == TokKind::Word && para.text[t.start..t.end].len() >= 3)
            && in_capitals(para.word(sentence.start + 1))
    };
    let capitals = in_capitals(first) && (first.len() >= 3 || two_words());
    if sentence.start != 0 || !capitals {
        return None;
    }
    let end = sentence.end.min(sentence.start + 12);
    (sentence.start + 1..end)
        .find(|&k| {
            para.toks[k].kind == TokKind::Punct && matches!(para.word(k), "—" | "–" | "-" | "--")
        })
        .map(|dash| dash + 1)
        .filter(|&after| after < sentence.end)
}

/// The subject of a whole sentence, before token `until`: its first phrase
/// after any introductory one. None when that phrase names no one ("The
/// talks, which ..., were described").
pub fn sentence_subject(para: &Para, sentence: &Range<usize>, until: usize) -> Option<Who> {
    let until = until.min(sentence.start + WINDOW);
    let mut i = dateline_end(para, sentence).unwrap_or(sentence.start);
    // "But Lee showed no sign of retreat, calling …": the subject follows
    // the conjunction; the clause is no introductory phrase to skip.
    let joins = |w: &str| {
        lexicon::words::SENTENCE_CONJUNCTIONS
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    };
    if i + 1 < until && joins(para.word(i)) && is_word(para, i + 1) {
        i += 1;
    }
    let mut after_intro = false;
    while i < until {
        let end = (i..until)
            .find(|&k| para.toks[k].kind != TokKind::Word && is_boundary(para, k))
            .unwrap_or(until);
        let first = (i..end).find(|&k| is_word(para, k));
        let Some(first) = first else {
            i = end + 1;
            continue;
        };
        // "Speaking in Dover, Delaware, Smith …": the state after a town
        // still belongs to the introductory phrase.
        let place_of_intro = after_intro && end < until && para.word(end) == "," && {
            let words: Vec<&str> = (first..end).map(|k| para.word(k)).collect();
            names::is_place_name(&words)
        };
        if end < until && (introduces(para, sentence, first) || place_of_intro) {
            after_intro = true;
            i = end + 1;
            continue;
        }
        if let Some(pronoun) = names::pronoun(para.word(first)) {
            // "It was a blow": "it" before "be" stands for no one.
            let dummy = para.word(first).eq_ignore_ascii_case("it")
                && para.toks.get(first + 1).is_some()
                && para.has(first + 1, class::BE);
            if dummy {
                return None;
            }
            return Some(Who::Pronoun {
                tok: first,
                pronoun,
            });
        }
        let verb = (first..end).find(|&k| verb_at(para, k).is_some());
        let toks = first..verb.unwrap_or(end).min(first + 12);
        // "Its director, Hana Sato, met …": the name in apposition, when
        // the first phrase names no one ("The Water Board … for farmers
        // from Arna, Bode and Cale" is the board's sentence).
        let names_no_one = || {
            names::name_runs(para, toks.clone())
                .iter()
                .all(|r| r.modifier || names::only_titles(para, r))
        };
        if verb.is_none() && end < until && para.word(end) == "," && names_no_one() {
            let next = end + 1;
            let next_end = (next..until.min(next + 12))
                .find(|&k| para.toks[k].kind != TokKind::Word && is_boundary(para, k))
                .unwrap_or(until.min(next + 12));
            let apposition = next..next_end;
            if names_person(para, &apposition) {
                return Some(Who::Phrase {
                    toks: apposition,
                    pick: Pick::First,
                });
            }
        }
        return speaks(para, &toks).then_some(Who::Phrase {
            toks,
            pick: Pick::First,
        });
    }
    None
}

/// "Lanning, the state's former governor, attacked …": an apposition that
/// opens with a determiner and closes with a comma before a lowercase word
/// describes the name before it. "Meanwhile, the mayor said" has no closing
/// comma.
fn described_in_apposition(para: &Para, sentence: &Range<usize>, from: usize) -> bool {
    let opens = para.toks.get(from).is_some_and(|t| {
        let w = &para.text[t.start..t.end];
        ["the", "a", "an", "his", "her", "its", "their"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    let limit = sentence.end.min(from + 12);
    opens
        && (from + 1..limit).any(|c| {
            para.word(c) == ","
                && para.toks.get(c + 1).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && para.text[t.start..t.end].starts_with(char::is_lowercase)
                })
        })
}

/// Whether a sentence's subject surely names someone: a pronoun, or a
/// name that is more than the capitalised word opening the sentence
/// ("Hours later, …" is no one).
pub(super) fn plainly_named(para: &Para, sentence: &Range<usize>, who: &Who) -> bool {
    let Who::Phrase { toks, .. } = who else {
        return true;
    };
    let opening = para.toks[sentence.start].start;
    // "Khan, who is Muslim, …": one word is a name when a relative clause
    // or a known name says so.
    let word_at = |i: usize| para.toks.get(i).map(|t| &para.text[t.start..t.end]);
    let described = word_at(sentence.start + 1) == Some(",")
        && (word_at(sentence.start + 2).is_some_and(|w| w.eq_ignore_ascii_case("who"))
            || described_in_apposition(para, sentence, sentence.start + 2));
    names::name_runs(para, toks.clone()).iter().any(|r| {
        let word = &para.text[r.start..r.end];
        let known = lexicon::is_given_name(word) || lexicon::is_family_name(word) || described;
        !r.titles_only
            && !r.organization
            && !r.after_preposition
            && !r.modifier
            && (r.start != opening || word.contains(' ') || known)
    })
}
