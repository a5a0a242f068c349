//! Appositions and relative clauses between a speaker's name and the verb:
//! “X, the ministry's spokesman, said”, “X, who ran the clinic, said”,
//! “X, author of “A Title,” said”: which stretch before the verb names
//! the speaker.

use super::phrases::{boundary_before, is_term, is_word, names_person, phrase};
use super::{Pick, WINDOW, Who};
use crate::analysis::lexicon::{self, words::class};
use crate::analysis::quotes::names;
use crate::analysis::quotes::spans::{Para, TokKind};
use std::ops::Range;

/// “X, the ministry's spokesman, said”, “X, a glaciologist (INIM) who …,
/// described”: walk back over the comma-separated stretches before the verb
/// to the one that names a person; else the first one that speaks.
pub(super) fn before_apposition(para: &Para, comma: usize, floor: usize) -> Option<Who> {
    let mut end = comma;
    let mut fallback = None;
    // “…,” Ann Lee, 67, a clerk in Allentown, Pa., said: right after a
    // quotation the name comes first, whatever follows it.
    let after_quotation =
        (floor.saturating_sub(2)..floor).any(|k| matches!(para.toks[k].kind, TokKind::Quote(_)));
    let mut nearest_person = None;
    if let Some(subject) = relative_antecedent(para, comma, floor) {
        return Some(subject);
    }
    for _ in 0..6 {
        let boundary = boundary_before(para, end, floor);
        let toks = boundary.map_or(floor, |b| b + 1)..end;
        // "Kevin Brady, chairman of the Ways and Means Committee, said": a
        // stretch that opens in lower case describes the name before it.
        if let Some(b) = boundary.filter(|&b| para.word(b) == ",")
            && opens_lowercase(para, &toks)
        {
            let before = boundary_before(para, b, floor).map_or(floor, |p| p + 1)..b;
            if names_person(para, &before)
                && !para.word(before.start).starts_with(char::is_lowercase)
                && !is_party_tag_stretch(para, &before)
            {
                return phrase(para, before, Pick::Head);
            }
        }
        // "(HIES)": an aside in brackets names what comes before it.
        let aside = para.word(end) == ")" && boundary.is_some_and(|b| para.word(b) == "(");
        if aside {
            end = boundary.unwrap_or(floor);
            continue;
        }
        // "Sen. Ada Lind, D-Mass., said": a lawmaker's party tag is
        // an aside too; the name is before it.
        if is_party_tag_stretch(para, &toks) && boundary.is_some_and(|b| para.word(b) == ",") {
            end = boundary.unwrap_or(floor);
            continue;
        }
        // "X, clad in a cape with lights that spelled Lee, said": a clause
        // that "that" opens inside the apposition names what it is about.
        if let Some(b) = boundary.filter(|&b| is_word(para, b) && para.word(b) == "that") {
            end = b;
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
        // "Anton Meier, the editor of the city's paper, Der Morgen, said":
        // a name after a description names what the description is about;
        // the person is the name before the description.
        if let Some(first) = name_before_description(para, boundary, floor) {
            return Some(first);
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
            // "X, now 81 and retired in Cambridge, said", "X, a former aide
            // and now the party's chairman, said".
            Some(b) if para.word(b) == "and" => end = b,
            // "X, wearing “Vote Lee” pins, said": a quoted term inside.
            Some(b) if matches!(para.toks[b].kind, TokKind::Quote(q) if is_term(para, q)) => {
                end = b
            }
            _ => break,
        }
    }
    nearest_person.or(fallback)
}

/// Whether the words of `toks` are a party tag ("D-Mass.", "R-Texas").
fn is_party_tag_stretch(para: &Para, toks: &Range<usize>) -> bool {
    !toks.is_empty()
        && toks.len() <= 2
        && lexicon::is_party_tag(
            &para.text[para.toks[toks.start].start..para.toks[toks.end - 1].end],
        )
}

/// A quoted title ending in a comma: “America's Long Road,”.
pub(super) fn title_closing_apposition(para: &Para, pair: usize) -> bool {
    let p = &para.pairs[pair];
    let inner = para.text[p.inner_start..p.inner_end].trim_end();
    let Some(title) = inner.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    *w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to"
                )
        })
}

/// Whether a stretch opens with a lowercase word that is not a pronoun:
/// "chairman of …", "a consultant whose …", "the former governor".
fn opens_lowercase(para: &Para, toks: &Range<usize>) -> bool {
    toks.clone().next().is_some_and(|k| {
        let w = para.word(k);
        is_word(para, k)
            && w.starts_with(char::is_lowercase)
            && names::pronoun(w).is_none()
            && names::possessive(w).is_none()
    })
}

/// "Ann Lee, who ran the clinic until Tom Berg took over, said", "Ann Lee,
/// whose firm, Baxter & Reed, advises farms, said": the person before the
/// relative clause that runs up to the comma before the verb, when a
/// person is named there.
fn relative_antecedent(para: &Para, comma: usize, floor: usize) -> Option<Who> {
    let lowest = floor.max(comma.saturating_sub(WINDOW)) + 1;
    let relative = (lowest..comma).rev().find(|&k| {
        para.word(k - 1) == ","
            && matches!(para.word(k).to_ascii_lowercase().as_str(), "who" | "whose")
    })?;
    let ante_comma = relative - 1;
    let ante = boundary_before(para, ante_comma, floor).map_or(floor, |b| b + 1)..ante_comma;
    names_person(para, &ante).then(|| phrase(para, ante, Pick::Last))?
}

/// The name before "Name, a description, " when `boundary` is the comma
/// that closes the description.
fn name_before_description(para: &Para, boundary: Option<usize>, floor: usize) -> Option<Who> {
    let b = boundary.filter(|&b| para.word(b) == ",")?;
    let open = boundary_before(para, b, floor).filter(|&o| para.word(o) == ",")?;
    if !opens_lowercase(para, &(open + 1..b)) {
        return None;
    }
    let name = boundary_before(para, open, floor).map_or(floor, |p| p + 1)..open;
    (names_person(para, &name) && !para.word(name.start).starts_with(char::is_lowercase))
        .then(|| phrase(para, name, Pick::Head))?
}
