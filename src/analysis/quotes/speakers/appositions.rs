//! A role given in apposition, then used alone: news names a person once
//! with a description beside the name ("Ruth Kell, the city's mayor,",
//! "the council's spokesman, Carl Ede,") and then calls them by it: "the
//! mayor said", "the spokesman added". The description is that person.

use super::{Resolver, Speaker, SpeakerKind};
use crate::analysis::EntityKind;
use crate::analysis::quotes::spans::{Para, TokKind};

/// How many paragraphs back a role looks for the name it was given to.
const ROLE_LOOKBACK: usize = 6;

/// How many tokens an apposition may run from the name to its head noun.
const APPOSITION_WORDS: usize = 10;

impl Resolver<'_, '_> {
    /// The person last named with `head` in apposition before byte
    /// `before` of `para`: "Ruth Kell, the city's mayor," for "the mayor".
    pub(super) fn person_given_role(
        &self,
        para: &Para,
        before: usize,
        head: &str,
    ) -> Option<Speaker> {
        let earlier = self
            .window
            .iter()
            .rev()
            .take_while(|p| para.index - p.index <= ROLE_LOOKBACK);
        for (k, p) in std::iter::once(para).chain(earlier).enumerate() {
            let list = self.mentions.of(p.index);
            let upto = if k == 0 {
                list.partition_point(|&(s, _, _)| (s as usize) < before)
            } else {
                list.len()
            };
            // "… Scarborough and Ann Lee, the Democratic candidate said": the
            // description itself is no apposition of the name before it.
            let limit = if k == 0 { before } else { usize::MAX };
            let found = list[..upto].iter().rev().find(|&&(s, e, i)| {
                self.entities[i as usize].kind == EntityKind::Person
                    && (role_after(p, e as usize, head, limit) || role_before(p, s as usize, head))
            });
            if let Some(&(_, _, i)) = found {
                let roles = vec![head.to_string()];
                return Some(self.speaker_for(i as usize, roles, SpeakerKind::Person));
            }
        }
        None
    }
}

/// Whether a word ends an apposition: a comma, a clause's end or a quote.
fn closes(p: &Para, k: usize) -> bool {
    matches!(p.toks[k].kind, TokKind::Quote(_))
        || matches!(p.word(k), "," | "." | ";" | ":" | "(" | ")")
}

fn is_head(p: &Para, k: usize, head: &str) -> bool {
    p.toks[k].kind == TokKind::Word && p.word(k).eq_ignore_ascii_case(head)
}

/// "Kell, the city's mayor,": a comma after the name, then the head before
/// the apposition closes, before byte `limit`.
fn role_after(p: &Para, name_end: usize, head: &str, limit: usize) -> bool {
    let k = p.toks.partition_point(|t| t.start < name_end);
    if p.toks.get(k).is_none_or(|_| p.word(k) != ",") {
        return false;
    }
    (k + 1..p.toks.len().min(k + 1 + APPOSITION_WORDS))
        .take_while(|&j| !closes(p, j) && p.toks[j].start < limit)
        .any(|j| is_head(p, j, head))
}

/// "the council's spokesman, Carl Ede": the head, then a comma right
/// before the name.
fn role_before(p: &Para, name_start: usize, head: &str) -> bool {
    let k = p.toks.partition_point(|t| t.start < name_start);
    let Some(comma) = k.checked_sub(1).filter(|&c| p.word(c) == ",") else {
        return false;
    };
    (comma.saturating_sub(APPOSITION_WORDS)..comma)
        .rev()
        .take_while(|&j| !closes(p, j))
        .any(|j| is_head(p, j, head))
}
