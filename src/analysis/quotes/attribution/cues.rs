//! The attribution patterns around one quotation: after it (“…,” X said /
//! said X / “…” - X), before it (X said: “…”, passive "by X", a participle
//! after a comma, "X said, quoting Y") and "according to X" on either side.

use super::clauses::{
    in_restrictive_relative, inside_relative_aside, inverted_before_colon, opening_clause,
    reported_before,
};
use super::phrases::{
    boundary_before, is_boundary, is_term, is_word, names_person, phrase_after, plainly_named,
    sentence_subject, subject_before, verb_at,
};
use super::{Attribution, WINDOW, Who};
use crate::analysis::lexicon::verbs::{self, VerbForm};
use crate::analysis::lexicon::words::class;
use crate::analysis::quotes::names;
use crate::analysis::quotes::relay::{self, Relayed};
use crate::analysis::quotes::spans::{Para, TokKind};
use std::ops::Range;

pub(super) fn cue(para: &Para, i: usize) -> Option<(usize, usize)> {
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
/// Rich Beeson,": a role that names no one, then the name in apposition. A
/// name after a preposition only places the role ("his best friend at
/// Lehigh, Bruno Tell").
fn name_in_apposition(para: &Para, who: Who, end: usize) -> Who {
    let names_someone = |toks: &Range<usize>| {
        let role_end = names::description(para, toks.clone()).map(|(_, end)| end);
        names::name_runs(para, toks.clone()).iter().any(|r| {
            let places_role = r.after_preposition && role_end.is_some_and(|end| end <= r.start);
            !names::only_titles(para, r) && !r.modifier && !places_role
        })
    };
    // "said her spokeswoman, Jane Okafor": a possessive role, then the name.
    let toks = match &who {
        Who::Phrase { toks, .. } => toks.clone(),
        Who::Pronoun { tok, .. } if names::possessive(para.word(*tok)).is_some() => {
            let limit = end.min(tok + 8);
            let close = (tok + 1..limit).find(|&k| is_boundary(para, k));
            match close {
                Some(c) => *tok..c,
                None => return who,
            }
        }
        Who::Pronoun { .. } => return who,
    };
    let toks = &toks;
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
pub(super) fn after_quote(para: &Para, qt: usize, end: usize, strict: bool) -> Option<Attribution> {
    let mut i = qt + 1;
    while i < end && matches!(para.word(i), "," | ".") && para.toks[i].kind == TokKind::Punct {
        i += 1;
    }
    if i >= end {
        return None;
    }
    let w = para.word(i);
    // "X called it “a disgrace,” but Y said …": a contrast opens a clause
    // of its own, whose verb reports its own words, not these.
    if contrast_opener(w) {
        return None;
    }
    if is_according_to(para, i) {
        return Some(according_to(para, i, end)).filter(|found| found.who.is_some());
    }
    if matches!(w, "-" | "—" | "–") {
        // "When Lee wrapped up — “…” — the crowd cheered": a quotation set
        // off by dashes; the dash after it closes the aside.
        let dash_before = qt > 0 && matches!(para.word(qt - 1), "-" | "—" | "–");
        if dash_before {
            return None;
        }
        let who = phrase_after(para, i + 1, end)?;
        // “…” - he has often been …: a pronoun after a dash is a byline
        // only when a reporting verb follows it (“…” - she said).
        if let Who::Pronoun { tok, .. } = who
            && para
                .toks
                .get(tok + 1)
                .is_some_and(|_| verb_at(para, tok + 1).is_none())
        {
            return None;
        }
        return Some(Attribution::spoken(cue(para, i), Some(who)));
    }
    // "“missing” emails", "“fake” reports": right after a term, with no
    // comma, a word that may be a noun is one.
    let noun_after_term = |v: verbs::ReportingVerb| strict && i == qt + 1 && verbs::noun_like(v);
    if let Some(v) = verb_at(para, i).filter(|v| v.form != VerbForm::Participle)
        && !verbs::is_naming(v)
        && !noun_after_term(v)
        && let Some(who) = phrase_after(para, i + 1, end)
    {
        let who = name_in_apposition(para, who, end);
        return Some(Attribution::spoken(cue(para, i), Some(who)));
    }
    if let Some(found) = name_then_past_verb(para, qt, i, end) {
        return Some(found);
    }
    // X said / X, title, said: a reporting verb within a short phrase, or
    // after a long apposition closed by a comma.
    let mut depth = 0usize;
    // “…,” after Lee praised it online: a clause a conjunction opens has
    // its own subject and verb, up to its comma ("as Lee put it" is Lee's).
    // After a later comma of the sentence (see `closing_clause`), such a
    // clause still tells who is speaking there.
    let right_after_quote = matches!(para.toks[qt].kind, TokKind::Quote(_));
    let mut in_clause =
        right_after_quote && para.has(i, class::CLAUSE_OPENER) && !w.eq_ignore_ascii_case("as");
    for v in i..end.min(i + LONG_APPOSITION) {
        if para.word(v) == "," {
            in_clause = false;
        }
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
        if let TokKind::Quote(inner) = para.toks[v].kind {
            // “…,” X, wearing “Vote Lee” pins, said: a short term quoted
            // inside an apposition does not end the look for the verb.
            let inside_apposition = (i..v).any(|k| para.word(k) == ",");
            if inside_apposition && is_term(para, inner) {
                continue;
            }
            break;
        }
        if matches!(para.word(v), ";" | ":" | ".") && !abbreviation {
            break;
        }
        // “…,” referring to its gifts, but reports show …: a contrast after
        // a comma opens a clause of its own, with its own subject.
        if para.word(v - 1) == "," && contrast_opener(para.word(v)) {
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
        if in_clause {
            continue;
        }
        let who = subject_before(para, v, i)?;
        if strict && !matches!(who, Who::Pronoun { .. }) {
            return None; // “Hope” section of the site explains: not a speaker
        }
        return Some(Attribution::spoken(cue(para, v), Some(who)));
    }
    None
}

/// A conjunction that opens a contrasting clause ("but", "while").
fn contrast_opener(word: &str) -> bool {
    matches!(
        word,
        "but" | "while" | "whereas" | "although" | "though" | "yet"
    )
}

/// “…,” Hannity started. / “…,” Lee interjected.: after a quotation
/// closed by a comma, a name and one past-tense verb that end the sentence
/// say who spoke, whatever the verb.
fn name_then_past_verb(para: &Para, qt: usize, i: usize, end: usize) -> Option<Attribution> {
    let pair = match para.toks[qt].kind {
        TokKind::Quote(pair) => pair,
        _ => return None,
    };
    let inner = para.text[para.pairs[pair].inner_start..para.pairs[pair].inner_end].trim_end();
    let comma_inside = inner.ends_with(',');
    let comma_after = i > qt + 1 && para.word(qt + 1) == ",";
    if !(comma_inside || comma_after) {
        return None;
    }
    let verb = (i + 1..end.min(i + 4)).find(|&k| {
        let w = para.word(k);
        is_word(para, k) && w.starts_with(char::is_lowercase) && w.ends_with("ed")
    })?;
    let closes = verb + 1 == end || (verb + 2 == end && para.word(verb + 1) == ".");
    let name = i..verb;
    let named = name
        .clone()
        .all(|k| is_word(para, k) && para.word(k).starts_with(char::is_uppercase));
    (closes && named && names_person(para, &name)).then(|| {
        Attribution::spoken(
            cue(para, verb),
            Some(Who::Phrase {
                toks: name,
                pick: super::Pick::Head,
            }),
        )
    })
}

/// How far after a quotation "X said" may end, and how far "X, a long
/// description of X, said" may.
const SHORT_PHRASE: usize = 14;
const LONG_APPOSITION: usize = 32;

/// The nearest cue before the quotation in its sentence, and its speaker.
/// "Hale said the way critics who complained about it “…”": a verb of a
/// restrictive relative clause is the cue only when no other is.
pub(super) fn before_quote(para: &Para, sentence: &Range<usize>, qt: usize) -> Option<Attribution> {
    cue_before(para, sentence, qt, true)
        .filter(|f| f.who.is_some() || f.naming || f.unsourced)
        .or_else(|| cue_before(para, sentence, qt, false))
}

fn cue_before(
    para: &Para,
    sentence: &Range<usize>,
    qt: usize,
    skip_relative: bool,
) -> Option<Attribution> {
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
        if inside_relative_aside(para, floor, v, qt)
            || (skip_relative && in_restrictive_relative(para, v, floor))
        {
            continue;
        }
        let prev = v.checked_sub(1).filter(|&p| p >= floor);
        // "Lee said he expects voters to say “no”": a verb after "to" or
        // a modal tells what someone may say; the finite verb before it
        // reports these words.
        let infinitive = verb.form == VerbForm::Base
            && prev
                .is_some_and(|p| para.has(p, class::VERB_MARKER) && !para.has(p, class::RELATIVE));
        if infinitive && reported_before(para, floor, v) {
            continue;
        }
        let after_aux = prev
            .is_some_and(|p| para.has(p, class::BETWEEN) || names::pronoun(para.word(p)).is_some());
        // "X took the stage and called it “…”": a second verb of X's.
        let after_conjunction = prev.is_some_and(|p| matches!(para.word(p), "and" | "but" | "or"));
        // "Vale's campaign called the report a “…”": a participle takes no
        // object, so words between "called" and the quote make it active.
        let object_between = (v + 1..qt).any(|k| is_word(para, k) && !para.has(k, class::ARTICLE));
        if verb.lemma == "call"
            && verb.form == VerbForm::Past
            && !after_aux
            && !after_conjunction
            && !object_between
        {
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
        // "Fenn, who owns a bakery, labeled the tax “a gift”": an object
        // between makes a naming verb active, as with "called".
        let labels_object = verb.form == VerbForm::Past && !after_aux && object_between;
        if verbs::is_naming(verb)
            && para.word(qt - 1) != ":"
            && !labels_object
            && !names_actively(para, verb, prev)
        {
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
            reporter_before_comma(para, v - 1, floor)
                .or_else(|| {
                    sentence_subject(para, sentence, v)
                        .filter(|who| plainly_named(para, sentence, who))
                })
                .or_else(|| clause_subject_before(para, v - 1, floor))
                .or_else(|| subject_before(para, v, floor))
        } else if verb.form == VerbForm::Participle {
            let before = subject_before(para, v, floor);
            // "Lund issued a statement Tuesday saying “…”": the document
            // is the object; whoever the sentence is about issued it.
            let issued = match &before {
                Some(Who::Phrase { toks, .. }) => {
                    toks.start > sentence.start && names_document(para, toks)
                }
                _ => false,
            };
            let issuer = || {
                sentence_subject(para, sentence, v).filter(|who| plainly_named(para, sentence, who))
            };
            if issued {
                issuer().or(before)
            } else {
                before
                    .or_else(|| sentence_subject(para, sentence, v))
                    .or_else(|| subject_after_opening_participle(para, sentence, v))
            }
        } else if let Some(who) = inverted_before_colon(para, v, qt) {
            Some(who)
        } else {
            // The subject sits near its verb, however far the quotation.
            let subject_floor = sentence.start.max(v.saturating_sub(WINDOW));
            subject_before(para, v, subject_floor)
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

/// "The two will meet next week, Lee said, adding, “…”": a participle
/// after "X said," or "said X," goes on with X's words.
fn reporter_before_comma(para: &Para, comma: usize, floor: usize) -> Option<Who> {
    let last = comma.checked_sub(1).filter(|&k| k >= floor)?;
    let finite = |k: usize| verb_at(para, k).filter(|v| v.form != VerbForm::Participle);
    if finite(last).is_some() {
        return subject_before(para, last, floor);
    }
    let start = boundary_before(para, comma, floor).map_or(floor, |b| b + 1);
    // “…,” said Lee, adding: the verb right after the quotation, its
    // speaker after it; "Lee, an aide, emailed staff, telling them" has
    // its object there.
    let after_quote = |k: usize| {
        let quote = |i: usize| matches!(para.toks[i].kind, TokKind::Quote(_));
        k > 0 && (quote(k - 1) || (k > 1 && para.word(k - 1) == "," && quote(k - 2)))
    };
    if start < last && finite(start).is_some() && after_quote(start) {
        return phrase_after(para, start + 1, comma);
    }
    None
}

/// "It was a blow, as Ivey echoed the charge, saying “…”": a participle
/// after a clause that a conjunction opens takes that clause's subject,
/// when the sentence's own subject names no one.
fn clause_subject_before(para: &Para, comma: usize, floor: usize) -> Option<Who> {
    let opener = boundary_before(para, comma, floor)?;
    if !(is_word(para, opener) && para.has(opener, class::CLAUSE_OPENER)) {
        return None;
    }
    let clause = opener + 1..comma;
    sentence_subject(para, &clause, comma).filter(|who| plainly_named(para, &clause, who))
}

/// "After calling the plan “a farce,” Lee left the hall": a participle
/// that opens the sentence (alone or after "after", "by" …) belongs to the
/// subject that follows its phrase.
fn subject_after_opening_participle(para: &Para, sentence: &Range<usize>, v: usize) -> Option<Who> {
    let opening = v == sentence.start
        || (v == sentence.start + 1
            && para.has(
                sentence.start,
                class::INTRO | class::CLAUSE_OPENER | class::PREPOSITION,
            ));
    if !opening {
        return None;
    }
    sentence_subject(para, sentence, sentence.end).filter(|who| plainly_named(para, sentence, who))
}

/// Whether a phrase is a document ("a statement", "a letter to staff").
fn names_document(para: &Para, toks: &Range<usize>) -> bool {
    names::description(para, toks.clone()).is_some_and(|(start, end)| {
        names::is_document(&names::description_head(&para.text[start..end]).to_lowercase())
    })
}

/// Whether a naming verb ("label", "dub") has someone doing the naming:
/// "Harlow is labeling the plan “…”", "she dubbed it “…”", "…, labeling
/// it “…”" are the namer's words; "a plan dubbed “…”" and "was labeled
/// “…”" only name.
fn names_actively(para: &Para, verb: verbs::ReportingVerb, prev: Option<usize>) -> bool {
    let Some(p) = prev else {
        return false;
    };
    let word = para.word(p);
    match verb.form {
        VerbForm::Participle => true,
        VerbForm::Base => para.has(p, class::BETWEEN) && !para.has(p, class::BE),
        // "what critics have dubbed “…”": an auxiliary of the perfect
        // ("has", "had") makes the verb active; "was dubbed" stays passive.
        VerbForm::Past if perfect_auxiliary(word) => true,
        VerbForm::Present | VerbForm::Past => {
            !para.has(p, class::BE)
                && is_word(para, p)
                && (names::pronoun(word).is_some() || word.starts_with(char::is_uppercase))
        }
    }
}

pub(super) fn perfect_auxiliary(word: &str) -> bool {
    matches!(word, "has" | "have" | "had" | "'ve" | "’ve")
}
