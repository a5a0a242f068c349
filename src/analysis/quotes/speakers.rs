//! From the words that say who spoke to a speaker: the entity whose mention
//! covers the name, the person a pronoun stands for (the most recent
//! compatible subject or speaker), the person introduced with a role ("the
//! spokesman"), or, when the story names no one, the description itself.

use super::attribution::{self, Pick, Who};
use super::names::{self, NameRun, Pronoun};
use super::spans::{Para, TokKind};
use crate::analysis::lexicon::{self, words::FnvMap};
use crate::analysis::{Entity, EntityKind};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::ops::Range;
use std::rc::Rc;

mod appositions;
mod gendered;
mod institutions;
mod mentions;
mod openers;
mod paraphrase;
mod places;
mod pronouns;
mod runs;

use mentions::Mentions;
use pronouns::{is_heading, pronoun_sex, sex_of};
use runs::{opens_sentence, owns_a_person, pick_run, roles_of};

/// Who said a quotation, as shown in the quote list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Index into the entities, when the story names the speaker.
    pub entity: Option<usize>,
    /// Shared, like `roles`: a speaker is cloned into every sentence and
    /// quotation that remembers it, and a clone must not allocate.
    pub name: Rc<str>,
    pub kind: SpeakerKind,
    /// Titles and roles seen with the speaker ("spokesman", "ambassador").
    pub roles: Rc<[String]>,
}

/// An entity's name and its titles in lower case, as a speaker shows them.
type NameAndTitles = (Rc<str>, Rc<[String]>);

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

/// Cached sentence subjects kept before the out-of-reach ones are swept.
const SUBJECTS_KEPT: usize = 4 * SALIENCE_DEPTH;

/// Resolves speaker phrases in story order, remembering who was last named.
/// Sentence subjects are read back only when a pronoun or a role needs
/// them, so a story without such quotes costs nothing for them. It keeps
/// only the paragraphs a look-back can still reach: memory stays flat
/// however long the story.
pub struct Resolver<'e, 'a> {
    entities: &'e [Entity],
    /// The paragraphs before the current one that have sentences, oldest
    /// first: at most [`SALIENCE_DEPTH`] of them, all a look-back can reach.
    window: VecDeque<Para<'a>>,
    mentions: Mentions,
    /// Speakers so far, most recent last: (paragraph, sentence, speaker).
    /// Those before the window are dropped.
    noted: VecDeque<(usize, usize, Speaker)>,
    /// Sentence subjects already read back, by (paragraph, sentence): each
    /// sentence is read at most once however many pronouns look at it.
    subjects: RefCell<FnvMap<(usize, usize), Option<Speaker>>>,
    /// Person and organisation rows by the last word of each name and alias.
    by_last_word: HashMap<&'e str, usize>,
    places: places::PlaceNames<'e>,
    /// Per entity, once asked for: its name and its titles in lower case.
    named: RefCell<Vec<Option<NameAndTitles>>>,
}

impl<'e, 'a> Resolver<'e, 'a> {
    pub fn new(entities: &'e [Entity], paragraphs: usize) -> Self {
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
            window: VecDeque::new(),
            mentions: Mentions::new(entities, paragraphs),
            noted: VecDeque::new(),
            subjects: RefCell::default(),
            named: RefCell::new(vec![None; entities.len()]),
            by_last_word,
            places: places::PlaceNames::new(entities),
        }
    }

    /// Done with `para`, the current paragraph: it joins the window, and
    /// what falls out of reach is forgotten.
    pub fn done_with(&mut self, para: Para<'a>) {
        if para.sentences.is_empty() {
            return;
        }
        self.window.push_back(para);
        if self.window.len() <= SALIENCE_DEPTH {
            return;
        }
        self.window.pop_front();
        let oldest = self.window.front().map_or(0, |p| p.index);
        while self.noted.front().is_some_and(|n| n.0 < oldest) {
            self.noted.pop_front();
        }
        // Sweeping the cache costs its whole table: only once it has grown.
        let subjects = self.subjects.get_mut();
        if subjects.len() > SUBJECTS_KEPT {
            subjects.retain(|&(p, _), _| p >= oldest);
        }
    }

    /// Remember the speaker of a quotation in sentence `sentence` of `para`.
    pub fn note(&mut self, para: &Para, sentence: usize, speaker: &Speaker) {
        if speaker.kind != SpeakerKind::Description {
            self.noted
                .push_back((para.index, sentence, speaker.clone()));
        }
    }

    /// The speaker that `who` stands for.
    pub fn resolve(&self, para: &Para, who: &Who) -> Option<Speaker> {
        match who {
            Who::Pronoun { pronoun, tok } => {
                let wanted_sex = pronoun_sex(para.word(*tok));
                let wanted = |s: &Speaker| match pronoun {
                    Pronoun::Person => {
                        s.kind == SpeakerKind::Person
                            && !self.is_work_or_thing(s)
                            && wanted_sex.is_none_or(|want| sex_of(s).is_none_or(|sex| sex == want))
                    }
                    Pronoun::Thing | Pronoun::Group => s.kind == SpeakerKind::Organization,
                };
                // A subject or a speaker; else the man or woman just
                // mentioned, when the name tells the sex.
                self.recent(para, para.sentence_of(*tok), wanted)
                    .or_else(|| {
                        let want = wanted_sex.filter(|_| *pronoun == Pronoun::Person)?;
                        self.mentioned_of_sex(para, para.toks[*tok].start, want)
                    })
            }
            Who::Phrase { toks, pick } => self
                .named_in(para, toks.clone(), *pick)
                .or_else(|| self.described_in(para, toks.clone())),
        }
    }

    /// The most recent speaker or sentence subject at or before sentence
    /// `sentence` of `para`, the current paragraph, that `wanted` accepts:
    /// in each sentence, its quotations' speakers (latest first), then its
    /// subject.
    fn recent(
        &self,
        para: &Para,
        sentence: usize,
        wanted: impl Fn(&Speaker) -> bool,
    ) -> Option<Speaker> {
        let mut k = self.noted.len();
        let mut here = para;
        let mut s = sentence;
        let mut earlier = self.window.iter().rev();
        for _ in 0..SALIENCE_DEPTH {
            let p = here.index;
            while k > 0 && (self.noted[k - 1].0, self.noted[k - 1].1) > (p, s) {
                k -= 1;
            }
            while k > 0 && (self.noted[k - 1].0, self.noted[k - 1].1) == (p, s) {
                if wanted(&self.noted[k - 1].2) {
                    return Some(self.noted[k - 1].2.clone());
                }
                k -= 1;
            }
            if let Some(subject) = self.subject_of(here, s).filter(|sp| wanted(sp)) {
                return Some(subject);
            }
            if s > 0 {
                s -= 1;
            } else {
                here = earlier.next()?;
                s = here.sentences.len() - 1;
            }
        }
        None
    }

    /// The person sentence `s` of `para`, the current paragraph, is about:
    /// its subject, when that names a person.
    pub fn person_subject(&self, para: &Para, s: usize) -> Option<Speaker> {
        self.subject_of(para, s)
            .filter(|sp| sp.kind == SpeakerKind::Person)
    }

    /// The named subject of sentence `s` of `para`, if it names one.
    fn subject_of(&self, para: &Para, s: usize) -> Option<Speaker> {
        let key = (para.index, s);
        if let Some(known) = self.subjects.borrow().get(&key) {
            return known.clone();
        }
        let subject = self.read_subject(para, s);
        self.subjects.borrow_mut().insert(key, subject.clone());
        subject
    }

    fn read_subject(&self, para: &Para, s: usize) -> Option<Speaker> {
        if is_heading(para) {
            return None;
        }
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
        let (name, titles) = self.named.borrow_mut()[index]
            .get_or_insert_with(|| {
                let titles: Vec<String> = e.titles.iter().map(|t| t.to_lowercase()).collect();
                (Rc::from(e.name.as_str()), Rc::from(titles))
            })
            .clone();
        let roles = if roles.is_empty() {
            titles
        } else {
            titles.iter().cloned().chain(roles).collect()
        };
        Speaker {
            entity: Some(index),
            name,
            kind,
            roles,
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
            .filter(|r| !names::only_titles(para, r) && !names::is_sentence_adverb(para.text, r))
            .collect();
        let in_range = self.mentions_in(para.index, lo, hi);
        let run = pick_run(&runs, pick);
        // "A spokesman for the ministry": the description is the subject.
        let described_first = names::description(para, toks.clone())
            .is_some_and(|(_, end)| run.is_none_or(|r| r.after_preposition && end <= r.start));
        // "Holt's predecessor", "Lind's spokesman": the name owns the
        // person who speaks; the description is the subject.
        let owned_person = run.is_some_and(|r| r.modifier && owns_a_person(para, r, hi));
        if described_first || owned_person {
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
            let e = &self.entities[i];
            if e.kind != EntityKind::Person && names::cannot_speak(&e.name, false) {
                return None;
            }
            return Some(self.speaker_for(i, roles, run_kind(run)));
        }
        let run = run?;
        let name = run.name(para.text).to_string();
        let kind = run_kind(Some(run));
        let known = self.entity_named(&name);
        // "The lifelong Republican who wrote …": a party or faith word
        // alone is what someone is, not who.
        let affiliation = run.modifier && !name.contains(' ') && lexicon::is_group_word(&name);
        if names::cannot_speak(&name, known.is_none() && openers::not_a_name(para, run))
            || (known.is_none() && (affiliation || self.places.contains(&name)))
        {
            return None;
        }
        if let Some(i) = known {
            return Some(self.speaker_for(i, roles, kind));
        }
        Some(Speaker {
            entity: None,
            name: name.into(),
            kind,
            roles: roles.into(),
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
        let list = self.mentions.of(p);
        let upto = list.partition_point(|&(s, _, _)| (s as usize) < hi);
        let mut found: Vec<_> = list[..upto]
            .iter()
            .rev()
            .take(MENTION_LOOKBACK)
            .map(|&(s, e, i)| (s as usize, e as usize, i as usize))
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
            let run = runs.first()?;
            let phrase_end = para.toks[toks.end - 1].end;
            if run.modifier && owns_a_person(para, run, phrase_end) {
                // "Holt's predecessor, who was fired, said": the owner and
                // the person, not the owner alone.
                return Some((run.start, phrase_end));
            }
            let name = run.name(para.text);
            // "Partial transcript:", "Multiple outlets reported": a
            // capitalised common word opens many a description, though not
            // one word alone ("Any “clear” reading …").
            let not_a_name = opens_sentence(para, run)
                || openers::is_contraction(name)
                || openers::lone_common_word_opening(para, run);
            (!names::cannot_speak(name, not_a_name)).then_some((run.start, run.end))
        })?;
        // Keep a short modifier: "a spokesman for the ministry".
        let phrase_end = para.toks[toks.end - 1].end;
        let words = para.text[start..phrase_end].split_whitespace().count();
        let modified = para.text[end..phrase_end]
            .split_whitespace()
            .next()
            .is_some_and(names::is_preposition);
        let sentence = para.sentence_of(toks.start);
        if !modified && let Some(issuer) = self.institution_described(para, start, end, sentence) {
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
        let definite = text
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case("the "));
        let known = self
            .recent(para, sentence, |s| {
                s.kind == SpeakerKind::Person
                    && s.roles
                        .iter()
                        .any(|r| r.split_whitespace().any(|w| w == head))
            })
            .or_else(|| {
                definite
                    .then(|| self.person_given_role(para, start, &head))
                    .flatten()
            });
        Some(known.unwrap_or_else(|| Speaker {
            entity: None,
            name: text.into(),
            kind: SpeakerKind::Description,
            roles: Rc::from([]),
        }))
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::quotes::extract;
    use crate::analysis::segment::Document;

    /// The speaker of the last quotation when `filler` paragraphs without a
    /// subject separate it from the sentence that names her.
    fn pronoun_after(filler: usize) -> Option<String> {
        let mut texts = vec!["Mayor Ana Ruiz toured the flooded district on Monday.".to_string()];
        texts.extend(std::iter::repeat_n("It rained again.".to_string(), filler));
        texts.push("“We will rebuild,” she said.".to_string());
        let doc = Document::new(&texts);
        let quotes = extract(&doc, &[]);
        quotes
            .last()
            .and_then(|q| q.speaker_name().map(str::to_string))
    }

    #[test]
    fn a_pronoun_reaches_back_over_paragraphs_the_window_keeps() {
        assert_eq!(pronoun_after(0).as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            pronoun_after(super::SALIENCE_DEPTH - 2).as_deref(),
            Some("Ana Ruiz")
        );
    }

    #[test]
    fn a_pronoun_does_not_reach_past_the_salience_depth() {
        assert_eq!(pronoun_after(super::SALIENCE_DEPTH + 5), None);
    }
}
