//! Descriptions that stand for an organisation named earlier in the story.
//!
//! News English names an institution once ("the Municipality of Ostrava",
//! "the Ministry of Health") and then calls it by its kind: "the city
//! said", "the ministry warned". And it quotes an organisation's documents
//! as if they spoke: "A statement said …", "a message read …", where the
//! document is the words of the organisation the story is about.

use super::{Resolver, Speaker, SpeakerKind};
use crate::analysis::EntityKind;
use crate::analysis::quotes::names;
use crate::analysis::quotes::spans::Para;
use std::cell::RefCell;

/// How many paragraphs back "the city" looks for the municipality.
const INSTITUTION_LOOKBACK: usize = 8;

impl Resolver<'_, '_> {
    /// The organisation an unmodified description stands for: "the city"
    /// is the latest organisation named with "City" or "Municipality"; "a
    /// statement" speaks for the organisation the story is about.
    pub(super) fn institution_described(
        &self,
        para: &Para,
        start: usize,
        end: usize,
        sentence: usize,
    ) -> Option<Speaker> {
        let text = para.text[start..end].trim();
        let head = names::description_head(text).to_lowercase();
        if names::is_document(&head) {
            return self.issuer_in_focus(para, sentence);
        }
        let words = name_words_for(&head)?;
        // "A city" or "a ministry" introduces one; "the city" refers back.
        let definite = text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if !definite {
            return None;
        }
        let index = self
            .latest_organization_carrying(para.index, start, words)
            .or_else(|| {
                // "The Harlow Group said … The company added": a business
                // is often named without a business word.
                (words == COMPANY)
                    .then(|| self.latest_business(para, sentence))
                    .flatten()
            })?;
        Some(self.speaker_for(index, Vec::new(), SpeakerKind::Organization))
    }

    /// The organisation last a subject or speaker, when nothing in its name
    /// makes it a public body (a ministry, a court, a party, "Senate").
    fn latest_business(&self, para: &Para, sentence: usize) -> Option<usize> {
        let found = self.recent(para, sentence, |s| s.kind == SpeakerKind::Organization)?;
        let index = found.entity?;
        let e = &self.entities[index];
        let public = std::iter::once(&e.name).chain(&e.aliases).any(|n| {
            PUBLIC_BODIES.iter().any(|words| name_carries(n, words))
                || n.split_whitespace().any(|w| INSTITUTIONS.contains(w))
        });
        (!public).then_some(index)
    }

    /// Who issued an unsigned document: of the organisations that were
    /// recently subjects or speakers, the one the story names most (the
    /// one it is about), the most recent on a tie.
    fn issuer_in_focus(&self, para: &Para, sentence: usize) -> Option<Speaker> {
        let in_focus = RefCell::new(Vec::new());
        self.recent(para, sentence, |s| {
            if s.kind == SpeakerKind::Organization {
                in_focus.borrow_mut().push(s.clone());
            }
            false
        });
        let mentions = |s: &Speaker| s.entity.map_or(0, |i| self.entities[i].mentions.len());
        in_focus
            .into_inner()
            .into_iter()
            .rev()
            .max_by_key(|s| mentions(s))
    }

    /// The organisation mentioned last before byte `before` of paragraph
    /// `p`, within a few paragraphs, whose name carries one of `words`.
    fn latest_organization_carrying(
        &self,
        p: usize,
        before: usize,
        words: &[&str],
    ) -> Option<usize> {
        for q in (p.saturating_sub(INSTITUTION_LOOKBACK)..=p).rev() {
            let list = self.mentions.of(q);
            let upto = if q == p {
                list.partition_point(|&(s, _, _)| (s as usize) < before)
            } else {
                list.len()
            };
            let found = list[..upto].iter().rev().find(|&&(_, _, i)| {
                let e = &self.entities[i as usize];
                e.kind == EntityKind::Organization
                    && std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| name_carries(n, words))
            });
            if let Some(&(_, _, i)) = found {
                return Some(i as usize);
            }
        }
        None
    }
}

const CITY: &[&str] = &["borough", "city", "municipality", "town", "village"];
const MINISTRY: &[&str] = &["department", "ministry"];
const GOVERNMENT: &[&str] = &["administration", "government"];
const COMPANY: &[&str] = &[
    "co",
    "company",
    "corp",
    "corporation",
    "firm",
    "inc",
    "ltd",
    "plc",
];
const AGENCY: &[&str] = &["agency", "authority", "bureau"];
const ARMY: &[&str] = &["army", "forces", "military"];
/// Words that make an organisation a public body or a movement, not a
/// business: "the company" never stands for it.
const PUBLIC_BODIES: &[&[&str]] = &[
    CITY,
    MINISTRY,
    GOVERNMENT,
    AGENCY,
    ARMY,
    &[
        "church",
        "commission",
        "committee",
        "council",
        "court",
        "embassy",
        "party",
        "police",
        "union",
    ],
];

static INSTITUTIONS: std::sync::LazyLock<crate::analysis::lexicon::fasthash::FastSet<&str>> =
    std::sync::LazyLock::new(|| crate::analysis::lexicon::set("institutions"));

/// Which words in an organisation's name a definite description with this
/// head can stand for: "the city" is the municipality or the city council.
fn name_words_for(head: &str) -> Option<&'static [&'static str]> {
    let words: &'static [&'static str] = match head {
        "city" | "municipality" => CITY,
        "ministry" | "department" => MINISTRY,
        "government" | "administration" => GOVERNMENT,
        "company" | "firm" => COMPANY,
        "agency" => AGENCY,
        "army" | "military" => ARMY,
        "church" => &["church"],
        "commission" => &["commission"],
        "committee" => &["committee"],
        "council" => &["council"],
        "court" => &["court", "tribunal"],
        "embassy" => &["embassy"],
        "party" => &["party"],
        "police" => &["police"],
        "union" => &["union"],
        _ => return None,
    };
    Some(words)
}

/// Whether a name carries one of `words` ("Municipality of Ostrava" for
/// "municipality"), in any case and with or without a possessive.
fn name_carries(name: &str, words: &[&str]) -> bool {
    name.split_whitespace().any(|w| {
        let w = names::strip_possessive(w).trim_end_matches(['.', ',']);
        words.iter().any(|k| w.eq_ignore_ascii_case(k))
    })
}

/// Documents that speak for whoever issued them: "a statement said".
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_stands_for_its_municipality_not_its_church() {
        let words = name_words_for("city").unwrap();
        assert!(name_carries("Municipality of Ostrava", words));
        assert!(name_carries("Kerrow City Council", words));
        assert!(!name_carries("Church of Kerrow", words));
        assert!(name_words_for("spokesman").is_none());
    }
}
