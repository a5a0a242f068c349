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

use super::names::{self, Pronoun};
use super::relay::{self, Relayed};
use super::spans::{Para, TokKind};
use crate::analysis::lexicon;
use crate::analysis::lexicon::verbs::{self, VerbForm};
use crate::analysis::lexicon::words::class;
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

/// The reporting verb at token `i`, if it is one there: "claim" in "an
/// asylum claim" or "reports" in "media reports range" are nouns.
fn verb_at(para: &Para, i: usize) -> Option<verbs::ReportingVerb> {
    let verb = para.toks[i].verb()?;
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
    let names_subject = prev.starts_with(char::is_uppercase) || names::pronoun(prev).is_some();
    (names_subject || para.has(prev_tok, class::VERB_MARKER)).then_some(verb)
}

fn is_word(para: &Para, i: usize) -> bool {
    para.toks[i].kind == TokKind::Word
}

fn is_boundary(para: &Para, i: usize) -> bool {
    match para.toks[i].kind {
        TokKind::Quote(_) => true,
        TokKind::Punct => matches!(
            para.word(i),
            "," | ";" | ":" | "(" | ")" | "—" | "–" | "-" | "[" | "]"
        ),
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

/// The index of the nearest boundary token before `end`, not below `floor`.
fn boundary_before(para: &Para, end: usize, floor: usize) -> Option<usize> {
    (floor..end).rev().find(|&i| is_boundary(para, i))
}

/// Whether a stretch of tokens could name or describe a speaker.
fn speaks(para: &Para, toks: &Range<usize>) -> bool {
    if toks.is_empty() || toks.len() > 16 {
        return false;
    }
    let runs = names::name_runs(para, toks.clone());
    runs.iter().any(|r| !names::only_titles(para, r))
        || names::description(para, toks.clone()).is_some()
        || runs.iter().any(|r| names::only_titles(para, r))
}

/// “X, the ministry's spokesman, said”, “X, a glaciologist (INIM) who …,
/// described”: walk back over the comma-separated stretches before the verb
/// to the one that names a person; else the first one that speaks.
fn before_apposition(para: &Para, comma: usize, floor: usize) -> Option<Who> {
    let mut end = comma;
    let mut fallback = None;
    // “…,” Ann Lee, 67, a clerk in Allentown, Pa., said: right after a
    // quotation the name comes first, whatever follows it.
    let after_quotation =
        (floor.saturating_sub(2)..floor).any(|k| matches!(para.toks[k].kind, TokKind::Quote(_)));
    let mut nearest_person = None;
    for _ in 0..6 {
        let boundary = boundary_before(para, end, floor);
        let toks = boundary.map_or(floor, |b| b + 1)..end;
        // "(HIES)": an aside in brackets names what comes before it.
        let aside = para.word(end) == ")" && boundary.is_some_and(|b| para.word(b) == "(");
        if aside {
            end = boundary.unwrap_or(floor);
            continue;
        }
        // "X, who advises farms for Baxter & Reed, said": the names in a
        // relative clause are what it says about X, never X.
        let relative = !toks.is_empty() && para.has(toks.start, class::RELATIVE);
        if relative {
            match boundary {
                Some(b) if para.word(b) == "," => {
                    end = b;
                    continue;
                }
                _ => break,
            }
        }
        if names_person(para, &toks) {
            let reached_floor = toks.start == floor;
            if !after_quotation || reached_floor {
                return phrase(para, toks, Pick::Head);
            }
            if nearest_person.is_none() {
                nearest_person = phrase(para, toks.clone(), Pick::Head);
            }
        }
        if fallback.is_none() {
            fallback = phrase(para, toks, Pick::Head);
        }
        match boundary {
            Some(b) if matches!(para.word(b), "," | "(" | ")") => end = b,
            // "X, the front-runner after winning …, said": a clause inside
            // the apposition.
            Some(b) if is_word(para, b) && para.has(b, class::CLAUSE_OPENER) => end = b,
            // "X, now 81 and retired in Cambridge, said".
            Some(b) if after_quotation && para.word(b) == "and" => end = b,
            _ => break,
        }
    }
    nearest_person.or(fallback)
}

/// Whether a stretch holds a person's name, not a title or a modifier.
pub fn names_person(para: &Para, toks: &Range<usize>) -> bool {
    !toks.is_empty()
        && names::name_runs(para, toks.clone())
            .iter()
            .any(|r| !r.titles_only && !r.organization && !r.after_preposition && !r.modifier)
}

fn phrase(para: &Para, toks: Range<usize>, pick: Pick) -> Option<Who> {
    // "His remarks", "her statement", "he posted a message": the person
    // named before.
    let first = (toks.start..toks.end).find(|&i| is_word(para, i));
    if let Some(first) = first
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
fn subject_before(para: &Para, verb: usize, floor: usize) -> Option<Who> {
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
    if start < end && para.has(start, class::RELATIVE) {
        // A relative clause: the speaker is the phrase before ", who".
        let comma = start
            .checked_sub(1)
            .filter(|&c| c >= floor && para.word(c) == ",")?;
        let ante = boundary_before(para, comma, floor).map_or(floor, |b| b + 1)..comma;
        return phrase(para, ante, Pick::Last);
    }
    phrase(para, start..end, Pick::Head)
}

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
fn introduces(para: &Para, i: usize) -> bool {
    let word = para.word(i);
    para.has(i, class::PREPOSITION | class::CLAUSE_OPENER | class::INTRO)
        || (word.ends_with("ing") && word.starts_with(char::is_uppercase))
}

/// The subject of a whole sentence, before token `until`: its first phrase
/// after any introductory one. None when that phrase names no one ("The
/// talks, which ..., were described").
pub fn sentence_subject(para: &Para, sentence: &Range<usize>, until: usize) -> Option<Who> {
    let until = until.min(sentence.start + WINDOW);
    let mut i = sentence.start;
    while i < until {
        let end = (i..until)
            .find(|&k| para.toks[k].kind != TokKind::Word && is_boundary(para, k))
            .unwrap_or(until);
        let first = (i..end).find(|&k| is_word(para, k));
        let Some(first) = first else {
            i = end + 1;
            continue;
        };
        if end < until && introduces(para, first) {
            i = end + 1;
            continue;
        }
        if let Some(pronoun) = names::pronoun(para.word(first)) {
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

fn cue(para: &Para, i: usize) -> Option<(usize, usize)> {
    Some((para.toks[i].start, para.toks[i].end))
}

fn is_according_to(para: &Para, v: usize) -> bool {
    para.word(v).eq_ignore_ascii_case("according")
        && para
            .toks
            .get(v + 1)
            .is_some_and(|t| &para.text[t.start..t.end] == "to")
}

/// "according to X" at token `v`: X is the source.
fn according_to(para: &Para, v: usize, end: usize) -> Attribution {
    let who = phrase_after(para, v + 2, end).map(|who| name_in_apposition(para, who, end));
    let cue = (para.toks[v].start, para.toks[v + 1].end);
    Attribution::spoken(Some(cue), who)
}

/// "according to the team's coach, Alireza Mehraban," / "said Lee's deputy,
/// Rich Beeson,": a role that names no one, then the name in apposition.
fn name_in_apposition(para: &Para, who: Who, end: usize) -> Who {
    let names_someone = |toks: &Range<usize>| {
        names::name_runs(para, toks.clone())
            .iter()
            .any(|r| !names::only_titles(para, r) && !r.modifier)
    };
    let Who::Phrase { toks, .. } = &who else {
        return who;
    };
    if toks.end >= end || para.word(toks.end) != "," || names_someone(toks) {
        return who;
    }
    match phrase_after(para, toks.end + 1, end) {
        Some(apposition @ Who::Phrase { .. }) if matches!(&apposition, Who::Phrase { toks, .. } if names_someone(toks)) => {
            apposition
        }
        _ => who,
    }
}

/// Patterns after the quotation: “…,” X said / said X / “…” - X /
/// “…,” according to X.
fn after_quote(para: &Para, qt: usize, end: usize, strict: bool) -> Option<Attribution> {
    let mut i = qt + 1;
    while i < end && matches!(para.word(i), "," | ".") && para.toks[i].kind == TokKind::Punct {
        i += 1;
    }
    if i >= end {
        return None;
    }
    let w = para.word(i);
    if is_according_to(para, i) {
        return Some(according_to(para, i, end)).filter(|found| found.who.is_some());
    }
    if matches!(w, "-" | "—" | "–") {
        let who = phrase_after(para, i + 1, end)?;
        return Some(Attribution::spoken(cue(para, i), Some(who)));
    }
    if let Some(v) = verb_at(para, i).filter(|v| v.form != VerbForm::Participle)
        && !verbs::is_naming(v)
        && let Some(who) = phrase_after(para, i + 1, end)
    {
        let who = name_in_apposition(para, who, end);
        return Some(Attribution::spoken(cue(para, i), Some(who)));
    }
    // X said / X, title, said: a reporting verb within a short phrase, or
    // after a long apposition closed by a comma.
    let mut depth = 0usize;
    for v in i..end.min(i + LONG_APPOSITION) {
        // "(D-Ore.)": a bracketed aside may hold full stops.
        match para.word(v) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        // "Allentown, Pa., said": an abbreviation's full stop before a comma.
        let abbreviation = para.word(v) == "."
            && v > 0
            && para.toks[v].start == para.toks[v - 1].end
            && para
                .toks
                .get(v + 1)
                .is_some_and(|t| &para.text[t.start..t.end] == ",");
        if matches!(para.toks[v].kind, TokKind::Quote(_))
            || (matches!(para.word(v), ";" | ":" | ".") && !abbreviation)
        {
            break;
        }
        let Some(verb) = verb_at(para, v) else {
            continue;
        };
        if v >= i + SHORT_PHRASE && para.word(v - 1) != "," {
            break;
        }
        if verb.form == VerbForm::Participle || verbs::is_naming(verb) || v == i {
            break;
        }
        let who = subject_before(para, v, i)?;
        if strict && !matches!(who, Who::Pronoun { .. }) {
            return None; // “Hope” section of the site explains: not a speaker
        }
        return Some(Attribution::spoken(cue(para, v), Some(who)));
    }
    None
}

/// How far after a quotation "X said" may end, and how far "X, a long
/// description of X, said" may.
const SHORT_PHRASE: usize = 14;
const LONG_APPOSITION: usize = 32;

/// The nearest cue before the quotation in its sentence, and its speaker.
fn before_quote(para: &Para, sentence: &Range<usize>, qt: usize) -> Option<Attribution> {
    // Cues sit near their quotation; a bounded look keeps the work linear.
    let floor = sentence.start.max(qt.saturating_sub(WINDOW));
    for v in (floor..qt).rev() {
        if !is_word(para, v) {
            continue;
        }
        if v + 1 < qt && is_according_to(para, v) {
            return Some(according_to(para, v, sentence.end));
        }
        let Some(verb) = verb_at(para, v) else {
            continue;
        };
        let prev = v.checked_sub(1).filter(|&p| p >= floor);
        let after_aux = prev
            .is_some_and(|p| para.has(p, class::BETWEEN) || names::pronoun(para.word(p)).is_some());
        // "X took the stage and called it “…”": a second verb of X's.
        let after_conjunction = prev.is_some_and(|p| matches!(para.word(p), "and" | "but" | "or"));
        if verb.lemma == "call" && verb.form == VerbForm::Past && !after_aux && !after_conjunction {
            // "a group called “X”": a name, unless someone "has called" it so.
            let subject = subject_before(para, v, floor);
            if subject.is_none()
                || prev.is_some_and(|p| {
                    para.word(p).starts_with(char::is_lowercase) && !para.has(p, class::BETWEEN)
                })
            {
                return Some(Attribution::naming());
            }
        }
        if verbs::is_naming(verb) && para.word(qt - 1) != ":" {
            return Some(Attribution::naming());
        }
        // "After Brown criticized him, Clinton shot back, “…”": a verb in
        // the clause that opens the sentence is not the quote's cue.
        if opening_clause(para, sentence, v, qt) {
            let who = sentence_subject(para, sentence, qt);
            return Some(Attribution::spoken(None, who));
        }
        let passive = verb.form == VerbForm::Past && prev.is_some_and(|p| para.has(p, class::BE));
        let who = if passive {
            (v + 1..sentence.end.min(v + WINDOW))
                .find(|&b| para.word(b) == "by" && is_word(para, b))
                .and_then(|b| phrase_after(para, b + 1, sentence.end))
        } else if verb.form == VerbForm::Participle && v > floor && para.word(v - 1) == "," {
            // "Carson endorsed Trump at his club, calling him “…”": a
            // participle after a comma takes the sentence's subject.
            sentence_subject(para, sentence, v)
                .filter(|who| plainly_named(para, sentence, who))
                .or_else(|| subject_before(para, v, floor))
        } else if verb.form == VerbForm::Participle {
            subject_before(para, v, floor).or_else(|| sentence_subject(para, sentence, v))
        } else if let Some(who) = inverted_before_colon(para, v, qt) {
            Some(who)
        } else {
            subject_before(para, v, floor)
                .or_else(|| {
                    // “A,” said X, “B.”: the speaker follows the verb.
                    let mut k = v;
                    while k > floor && para.word(k - 1) == "," {
                        k -= 1;
                    }
                    let after_quote =
                        k > floor && matches!(para.toks[k - 1].kind, TokKind::Quote(_));
                    phrase_after(para, v + 1, qt).filter(|_| after_quote)
                })
                .or_else(|| sentence_subject(para, sentence, v))
        };
        if !passive && relay::relays(verb) {
            return Some(match relay::source(para, v, qt, who.as_ref()) {
                Relayed::Source(source) => Attribution::spoken(cue(para, v), Some(source)),
                Relayed::Unknown => Attribution {
                    unsourced: true,
                    ..Attribution::spoken(cue(para, v), None)
                },
                Relayed::Citer => Attribution::spoken(cue(para, v), who),
            });
        }
        return Some(Attribution::spoken(cue(para, v), who));
    }
    None
}

/// Whether a sentence's subject surely names someone: a pronoun, or a
/// name that is more than the capitalised word opening the sentence
/// ("Hours later, …" is no one).
fn plainly_named(para: &Para, sentence: &Range<usize>, who: &Who) -> bool {
    let Who::Phrase { toks, .. } = who else {
        return true;
    };
    let opening = para.toks[sentence.start].start;
    // "Khan, who is Muslim, …": one word is a name when a relative clause
    // or a known name says so.
    let word_at = |i: usize| para.toks.get(i).map(|t| &para.text[t.start..t.end]);
    let described = word_at(sentence.start + 1) == Some(",")
        && para
            .toks
            .get(sentence.start + 2)
            .is_some_and(|t| para.text[t.start..t.end].eq_ignore_ascii_case("who"));
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

/// Whether the verb at `v` sits in a subordinate clause that opens the
/// sentence ("After …, ", "When …, "), closed by a comma before the quote.
fn opening_clause(para: &Para, sentence: &Range<usize>, v: usize, qt: usize) -> bool {
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
fn inverted_before_colon(para: &Para, v: usize, qt: usize) -> Option<Who> {
    let colon = qt
        .checked_sub(1)
        .filter(|&c| c > v + 1 && para.word(c) == ":")?;
    let who = phrase_after(para, v + 1, colon)?;
    match &who {
        Who::Phrase { toks, .. } if toks.end == colon && names_person(para, toks) => Some(who),
        _ => None,
    }
}

/// Whether the words right before the quotation make it a name or a term.
/// The naming word sits right before the quote, or one small word before
/// it ("known as “X”", "the slogan: “X”"); a capitalised word is a name
/// ("Dr. Paul Song “was …”"), and a naming word before a verb is a subject
/// ("the campaign would “do …”").
fn named_thing(para: &Para, qt: usize, floor: usize) -> bool {
    let naming = |i: usize| {
        para.has(i, class::NAMING_WORD) && para.word(i).starts_with(|c: char| !c.is_uppercase())
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
    let utterance = inner.ends_with([',', '?', '!']) || next_is_comma || qt == sentence.start;
    if named_thing(para, qt, sentence.start) {
        return Attribution::naming();
    }
    let after = |strict| after_quote(para, qt, sentence.end, strict);
    let before = || before_quote(para, &sentence, qt);
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
        if verbs::is_naming(verb) || verb.form == VerbForm::Base {
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
