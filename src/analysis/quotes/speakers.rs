//! From the words that say who spoke to a speaker: the entity whose mention
//! covers the name, the person a pronoun stands for (the most recent
//! compatible subject or speaker), the person introduced with a role ("the
//! spokesman"), or, when the story names no one, the description itself.

use super::attribution::{self, Pick, Who};
use super::institutions;
use super::lexicon::FnvMap;
use super::names::{self, NameRun, Pronoun};
use super::spans::{Para, TokKind};
use crate::analysis::{Entity, EntityKind};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

/// Who said a quotation, as shown in the quote list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Index into the entities, when the story names the speaker.
    pub entity: Option<usize>,
    pub name: String,
    pub kind: SpeakerKind,
    /// Titles and roles seen with the speaker ("spokesman", "ambassador").
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Person,
    Organization,
    /// An unnamed source: "a spokesman", "officials".
    Description,
}

/// How many mentions before a phrase's end may overlap it.
const MENTION_LOOKBACK: usize = 16;

/// How far back a pronoun looks for the one it stands for.
const SALIENCE_DEPTH: usize = 30;

/// Resolves speaker phrases in story order, remembering who was last named.
/// Sentence subjects are read back only when a pronoun or a role needs
/// them, so a story without such quotes costs nothing for them.
pub struct Resolver<'e, 'p, 'a> {
    entities: &'e [Entity],
    paras: &'p [Para<'a>],
    /// Per paragraph: (start, end, entity index) of every person or
    /// organisation mention.
    mentions: Vec<Vec<(usize, usize, usize)>>,
    /// Speakers so far, most recent last: (paragraph, sentence, speaker).
    noted: Vec<(usize, usize, Speaker)>,
    /// Sentence subjects already read back, by (paragraph, sentence): each
    /// sentence is read at most once however many pronouns look at it.
    subjects: RefCell<FnvMap<(usize, usize), Option<Speaker>>>,
    /// Person and organisation rows by the last word of each name and alias.
    by_last_word: HashMap<&'e str, usize>,
}

impl<'e, 'p, 'a> Resolver<'e, 'p, 'a> {
    pub fn new(entities: &'e [Entity], paras: &'p [Para<'a>]) -> Self {
        let mut mentions = vec![Vec::new(); paras.len()];
        for (i, e) in entities.iter().enumerate() {
            // "Other" rows may be speakers the extractor could not type.
            if !matches!(
                e.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Other
            ) {
                continue;
            }
            for m in &e.mentions {
                if let Some(list) = mentions.get_mut(m.paragraph) {
                    list.push((m.start, m.end, i));
                }
            }
        }
        for list in &mut mentions {
            list.sort_unstable();
        }
        let mut by_last_word = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            if matches!(e.kind, EntityKind::Person | EntityKind::Organization) {
                for name in std::iter::once(&e.name).chain(&e.aliases) {
                    if let Some(last) = name.split_whitespace().last() {
                        by_last_word.entry(last).or_insert(i);
                    }
                }
            }
        }
        Resolver {
            entities,
            paras,
            mentions,
            noted: Vec::new(),
            subjects: RefCell::default(),
            by_last_word,
        }
    }

    /// Remember the speaker of a quotation in sentence `sentence` of `para`.
    pub fn note(&mut self, para: &Para, sentence: usize, speaker: &Speaker) {
        if speaker.kind != SpeakerKind::Description {
            self.noted.push((para.index, sentence, speaker.clone()));
        }
    }

    /// The speaker that `who` stands for.
    pub fn resolve(&self, para: &Para, who: &Who) -> Option<Speaker> {
        match who {
            Who::Pronoun { pronoun, tok } => {
                let at = (para.index, para.sentence_of(*tok));
                self.recent(at, |s| match pronoun {
                    Pronoun::Person => s.kind == SpeakerKind::Person,
                    Pronoun::Thing | Pronoun::Group => s.kind == SpeakerKind::Organization,
                })
            }
            Who::Phrase { toks, pick } => self
                .named_in(para, toks.clone(), *pick)
                .or_else(|| self.described_in(para, toks.clone())),
        }
    }

    /// The most recent speaker or sentence subject at or before sentence
    /// `at` that `wanted` accepts: in each sentence, its quotations' speakers
    /// (latest first), then its subject.
    fn recent(&self, at: (usize, usize), wanted: impl Fn(&Speaker) -> bool) -> Option<Speaker> {
        let mut k = self.noted.len();
        let (mut p, mut s) = at;
        for _ in 0..SALIENCE_DEPTH {
            while k > 0 && (self.noted[k - 1].0, self.noted[k - 1].1) > (p, s) {
                k -= 1;
            }
            while k > 0 && (self.noted[k - 1].0, self.noted[k - 1].1) == (p, s) {
                if wanted(&self.noted[k - 1].2) {
                    return Some(self.noted[k - 1].2.clone());
                }
                k -= 1;
            }
            if let Some(subject) = self.subject_of(p, s).filter(|sp| wanted(sp)) {
                return Some(subject);
            }
            if s > 0 {
                s -= 1;
            } else {
                let previous = (0..p)
                    .rev()
                    .find(|&q| !self.paras[q].sentences.is_empty())?;
                p = previous;
                s = self.paras[p].sentences.len() - 1;
            }
        }
        None
    }

    /// The named subject of sentence `s` of paragraph `p`, if it names one.
    fn subject_of(&self, p: usize, s: usize) -> Option<Speaker> {
        if let Some(known) = self.subjects.borrow().get(&(p, s)) {
            return known.clone();
        }
        let subject = self.read_subject(p, s);
        self.subjects.borrow_mut().insert((p, s), subject.clone());
        subject
    }

    fn read_subject(&self, p: usize, s: usize) -> Option<Speaker> {
        let para = self.paras.get(p)?;
        let sentence = para.sentences.get(s)?;
        let end = (sentence.start..sentence.end)
            .find(|&i| matches!(para.toks[i].kind, TokKind::Quote(_)))
            .unwrap_or(sentence.end);
        match attribution::sentence_subject(para, sentence, end)? {
            Who::Phrase { toks, pick } => self.named_in(para, toks, pick),
            Who::Pronoun { .. } => None,
        }
    }

    fn speaker_for(&self, index: usize, roles: Vec<String>, untyped: SpeakerKind) -> Speaker {
        let e = &self.entities[index];
        let kind = match e.kind {
            EntityKind::Person => SpeakerKind::Person,
            EntityKind::Organization => SpeakerKind::Organization,
            _ => untyped,
        };
        let mut all_roles: Vec<String> = e.titles.iter().map(|t| t.to_lowercase()).collect();
        all_roles.extend(roles);
        Speaker {
            entity: Some(index),
            name: e.name.clone(),
            kind,
            roles: all_roles,
        }
    }

    /// The entity or capitalised name among tokens `toks`.
    fn named_in(&self, para: &Para, toks: Range<usize>, pick: Pick) -> Option<Speaker> {
        if toks.is_empty() {
            return None;
        }
        let (lo, hi) = (para.toks[toks.start].start, para.toks[toks.end - 1].end);
        let runs: Vec<NameRun> = names::name_runs(para, toks.clone())
            .into_iter()
            .filter(|r| !names::only_titles(para, r))
            .collect();
        let in_range = self.mentions_in(para.index, lo, hi);
        let run = pick_run(&runs, pick);
        // "A spokesman for the ministry": the description is the subject.
        let described_first = names::description(para, toks.clone())
            .is_some_and(|(_, end)| run.is_none_or(|r| r.after_preposition && end <= r.start));
        if described_first {
            return None;
        }
        let roles = run.map(|r| roles_of(para.text, r)).unwrap_or_default();
        // The entity under the chosen name, else the first person named here.
        let under_run = run.and_then(|r| {
            in_range
                .iter()
                .filter(|&&(s, e, _)| s < r.end && e > r.name_start)
                .max_by_key(|&&(_, _, i)| match self.entities[i].kind {
                    EntityKind::Person => 2,
                    EntityKind::Organization => 1,
                    _ => 0,
                })
        });
        let person = || {
            let mut people = in_range
                .iter()
                .filter(|&&(_, _, i)| self.entities[i].kind == EntityKind::Person);
            if pick != Pick::First {
                people.next_back()
            } else {
                people.next()
            }
        };
        let run_kind = |r: Option<&NameRun>| match r {
            Some(r) if r.organization => SpeakerKind::Organization,
            _ => SpeakerKind::Person,
        };
        if let Some(&(_, _, i)) = under_run.or_else(|| run.is_none().then(person).flatten()) {
            return Some(self.speaker_for(i, roles, run_kind(run)));
        }
        let run = run?;
        let name = run.name(para.text).to_string();
        let kind = run_kind(Some(run));
        if let Some(i) = self.entity_named(&name) {
            return Some(self.speaker_for(i, roles, kind));
        }
        Some(Speaker {
            entity: None,
            name,
            kind,
            roles,
        })
    }

    /// An entity whose name or alias shares its last word with `name`.
    fn entity_named(&self, name: &str) -> Option<usize> {
        let last = name.split_whitespace().last()?;
        self.by_last_word.get(last).copied()
    }

    /// Mentions in paragraph `p` overlapping bytes `lo..hi`: a binary search
    /// and a short look back, so long paragraphs stay linear.
    fn mentions_in(&self, p: usize, lo: usize, hi: usize) -> Vec<(usize, usize, usize)> {
        let Some(list) = self.mentions.get(p) else {
            return Vec::new();
        };
        let upto = list.partition_point(|&(s, _, _)| s < hi);
        let mut found: Vec<_> = list[..upto]
            .iter()
            .rev()
            .take(MENTION_LOOKBACK)
            .copied()
            .filter(|&(_, e, _)| e > lo)
            .collect();
        found.reverse();
        found
    }

    /// A description ("the spokesman", "the President"): the person last
    /// named with that role, else the description as written.
    fn described_in(&self, para: &Para, toks: Range<usize>) -> Option<Speaker> {
        let (start, end) = names::description(para, toks.clone()).or_else(|| {
            let runs = names::name_runs(para, toks.clone());
            runs.first().map(|r| (r.start, r.end))
        })?;
        // Keep a short modifier: "a spokesman for the ministry".
        let phrase_end = para.toks[toks.end - 1].end;
        let words = para.text[start..phrase_end].split_whitespace().count();
        let modified = para.text[end..phrase_end]
            .split_whitespace()
            .next()
            .is_some_and(names::is_preposition);
        let at = (para.index, para.sentence_of(toks.start));
        if !modified && let Some(issuer) = self.institution_described(para, start, end, at) {
            return Some(issuer);
        }
        let end = if words <= 8 && modified {
            phrase_end
        } else {
            end
        };
        let text = para.text[start..end]
            .trim()
            .trim_end_matches(['.', ',', ';', ':']);
        let head = names::description_head(text).to_lowercase();
        let known = self.recent(at, |s| {
            s.kind == SpeakerKind::Person
                && s.roles
                    .iter()
                    .any(|r| r.split_whitespace().any(|w| w == head))
        });
        Some(known.unwrap_or_else(|| Speaker {
            entity: None,
            name: text.to_string(),
            kind: SpeakerKind::Description,
            roles: Vec::new(),
        }))
    }
}

/// How many paragraphs back "the city" looks for the municipality.
const INSTITUTION_LOOKBACK: usize = 8;

impl Resolver<'_, '_, '_> {
    /// The organisation an unmodified description stands for: "the city"
    /// is the latest organisation named with "City" or "Municipality"; "a
    /// statement" speaks for the organisation the story is about.
    fn institution_described(
        &self,
        para: &Para,
        start: usize,
        end: usize,
        at: (usize, usize),
    ) -> Option<Speaker> {
        let text = para.text[start..end].trim();
        let head = names::description_head(text).to_lowercase();
        if institutions::is_document(&head) {
            return self.issuer_in_focus(at);
        }
        let words = institutions::name_words_for(&head)?;
        // "A city" or "a ministry" introduces one; "the city" refers back.
        let definite = text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if !definite {
            return None;
        }
        let index = self.latest_organization_carrying(para.index, start, words)?;
        Some(self.speaker_for(index, Vec::new(), SpeakerKind::Organization))
    }

    /// Who issued an unsigned document: of the organisations that were
    /// recently subjects or speakers, the one the story names most (the
    /// one it is about), the most recent on a tie.
    fn issuer_in_focus(&self, at: (usize, usize)) -> Option<Speaker> {
        let in_focus = RefCell::new(Vec::new());
        self.recent(at, |s| {
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
            let Some(list) = self.mentions.get(q) else {
                continue;
            };
            let upto = if q == p {
                list.partition_point(|&(s, _, _)| s < before)
            } else {
                list.len()
            };
            let found = list[..upto].iter().rev().find(|&&(_, _, i)| {
                let e = &self.entities[i];
                e.kind == EntityKind::Organization
                    && std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| institutions::name_carries(n, words))
            });
            if let Some(&(_, _, i)) = found {
                return Some(i);
            }
        }
        None
    }
}

/// The run that is the speaker: see [`Pick`]; a person before an
/// organisation, a name before a modifier after "of".
fn pick_run(runs: &[NameRun], pick: Pick) -> Option<&NameRun> {
    let person = |r: &&NameRun| !r.organization && !r.after_preposition && !r.modifier;
    match pick {
        Pick::Last => return runs.last(),
        Pick::Head => {
            if let Some(head) = runs.iter().rev().find(person) {
                return Some(head);
            }
        }
        Pick::First => {}
    }
    runs.iter()
        .find(person)
        .or_else(|| runs.iter().find(|r| !r.after_preposition))
        .or_else(|| runs.iter().find(|r| !r.organization))
        .or_else(|| runs.first())
}

/// The title words in front of a name ("ambassador" in "Ambassador Mohib").
fn roles_of(text: &str, run: &NameRun) -> Vec<String> {
    text[run.start..run.name_start]
        .split_whitespace()
        .filter(|w| names::is_title(w))
        .map(str::to_lowercase)
        .collect()
}
