//! One row per referent. Every mention of a person joins the fullest form
//! of the name ("Trump" joins "Donald Trump"); other names of a country
//! join it ("US", "United States"); an acronym joins the name it is
//! introduced beside ("World Health Organization (WHO)") or whose initials
//! it spells; a shorter organisation name inside a longer one joins it.

use super::names::is_acronym;
use super::{Cue, Mention};
use crate::analysis::{Entity, EntityKind};
use crate::article::Span;
use std::collections::HashMap;

/// Small words left out of initials ("Union of Rationalist Atheists").
const NOT_IN_INITIALS: &[&str] = &["of", "the", "and", "for", "on", "in", "&"];

fn initials(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !NOT_IN_INITIALS.contains(w))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

fn letters(acronym: &str) -> String {
    acronym.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether `short`'s words appear, in order and together, inside `long`'s.
fn contains_words(long: &[&str], short: &[&str]) -> bool {
    short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

struct Group {
    kind: EntityKind,
    members: Vec<usize>,
}

/// Mentions listed under each of their words, in story order.
struct WordIndex<'a> {
    all: Vec<usize>,
    by_word: HashMap<&'a str, Vec<usize>>,
}

impl<'a> WordIndex<'a> {
    fn new(members: impl Iterator<Item = usize>, words_of: &[Vec<&'a str>]) -> Self {
        let mut index = WordIndex {
            all: Vec::new(),
            by_word: HashMap::new(),
        };
        for i in members {
            index.all.push(i);
            for &w in &words_of[i] {
                let list = index.by_word.entry(w).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        index
    }

    fn all(&self) -> &[usize] {
        &self.all
    }

    fn with(&self, word: &str) -> &[usize] {
        self.by_word.get(word).map_or(&[], Vec::as_slice)
    }
}

/// Group mentions (already in story order, each with a kind) into rows.
pub(crate) fn rows(mentions: Vec<Mention>) -> Vec<Entity> {
    let kind_of = |m: &Mention| match m.cue {
        Cue::Strong(kind) => kind,
        Cue::None => EntityKind::Other,
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut join =
        |i: usize, key: String, groups: &mut Vec<Group>, group_of: &mut [Option<usize>]| {
            let kind = kind_of(&mentions[i]);
            let g = *by_key.entry((kind, key)).or_insert_with(|| {
                groups.push(Group {
                    kind,
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].members.push(i);
            group_of[i] = Some(g);
        };

    // Full names first: people named with two or more words, and every
    // place, date, organisation and other name under its own key.
    for (i, m) in mentions.iter().enumerate() {
        let kind = kind_of(m);
        let key = match (kind, m.place) {
            (EntityKind::Place, Some(place)) => format!("place#{place}"),
            _ => m.text.clone(),
        };
        let long_person = kind == EntityKind::Person && m.words().len() > 1;
        let short_org = kind == EntityKind::Organization && (is_acronym(&m.text) || m.in_parens);
        if (kind != EntityKind::Person || long_person) && !short_org {
            join(i, key, &mut groups, &mut group_of);
        }
    }
    // Shorter forms of people: the nearest earlier full name that ends
    // with (or else contains) the same words, or the first later one.
    // Candidates come from a word index, so a story with thousands of
    // names is not scanned once per mention.
    let words_of: Vec<Vec<&str>> = mentions.iter().map(Mention::words).collect();
    let people = WordIndex::new(
        (0..mentions.len())
            .filter(|&i| group_of[i].is_some() && kind_of(&mentions[i]) == EntityKind::Person),
        &words_of,
    );
    let orgs = WordIndex::new(
        (0..mentions.len()).filter(|&i| {
            kind_of(&mentions[i]) == EntityKind::Organization && words_of[i].len() > 1
        }),
        &words_of,
    );
    let mut org_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for &j in orgs.all() {
        org_initials
            .entry(initials(&mentions[j].text))
            .or_default()
            .push(j);
    }
    for i in 0..mentions.len() {
        if group_of[i].is_some() {
            continue;
        }
        let m = &mentions[i];
        let kind = kind_of(m);
        let words = &words_of[i];
        let target = match kind {
            EntityKind::Person if !words.is_empty() => {
                let fits = |j: usize, suffix: bool| {
                    let full = &words_of[j];
                    if suffix {
                        full.len() > words.len() && full.ends_with(words)
                    } else {
                        contains_words(full, words)
                    }
                };
                [true, false].iter().find_map(|&suffix| {
                    let key = if suffix {
                        words[words.len() - 1]
                    } else {
                        words[0]
                    };
                    let candidates = people.with(key);
                    let split = candidates.partition_point(|&j| j < i);
                    let before = candidates[..split].iter().rev().find(|&&j| fits(j, suffix));
                    before
                        .or_else(|| {
                            candidates[split..]
                                .iter()
                                .find(|&&j| j > i && fits(j, suffix))
                        })
                        .copied()
                })
            }
            EntityKind::Organization if !words.is_empty() => {
                let introduced = (m.in_parens && i > 0)
                    .then(|| i - 1)
                    .filter(|&j| mentions[j].paragraph == m.paragraph && group_of[j].is_some());
                introduced.or_else(|| {
                    let grouped = |j: &&usize| group_of[**j].is_some();
                    let by_initials = org_initials
                        .get(&letters(&m.text))
                        .and_then(|js| js.iter().find(grouped));
                    let containing = orgs
                        .with(words[0])
                        .iter()
                        .filter(grouped)
                        .find(|&&j| contains_words(&words_of[j], words));
                    by_initials.into_iter().chain(containing).min().copied()
                })
            }
            _ => None,
        };
        match target.and_then(|j| group_of[j]) {
            Some(g) => {
                groups[g].members.push(i);
                group_of[i] = Some(g);
            }
            None => join(i, m.text.clone(), &mut groups, &mut group_of),
        }
    }
    // Organisation names inside a longer one join it ("Scientology").
    merge_contained_organizations(&mentions, &mut groups);

    let mut entities: Vec<(usize, Entity)> = groups
        .into_iter()
        .filter(|g| !g.members.is_empty())
        .map(|mut g| {
            g.members.sort_unstable();
            (g.members[0], entity(&mentions, &g))
        })
        .collect();
    entities.sort_by_key(|(first, _)| *first);
    entities
        .into_iter()
        .enumerate()
        .map(|(n, (_, mut e))| {
            e.id = format!("e{}", n + 1);
            e
        })
        .collect()
}

fn merge_contained_organizations(mentions: &[Mention], groups: &mut [Group]) {
    let orgs: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].kind == EntityKind::Organization && !groups[g].members.is_empty())
        .collect();
    // Groups listed under every word of their members, in group order, so a
    // small name only looks at the groups that share its first word.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for &g in &orgs {
        for &i in &groups[g].members {
            for w in mentions[i].words() {
                let list = by_word.entry(w).or_default();
                if list.last() != Some(&g) {
                    list.push(g);
                }
            }
        }
    }
    for list in by_word.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    for &small in &orgs {
        let small_words = mentions[groups[small].members[0]].words();
        if small_words.is_empty()
            || groups[small]
                .members
                .iter()
                .any(|&i| mentions[i].words() != small_words)
        {
            continue;
        }
        let candidates = by_word.get(small_words[0]).map_or(&[][..], Vec::as_slice);
        let host = candidates.iter().copied().find(|&big| {
            big != small
                && groups[big]
                    .members
                    .iter()
                    .any(|&i| contains_words(&mentions[i].words(), &small_words))
        });
        if let Some(big) = host {
            let moved = std::mem::take(&mut groups[small].members);
            groups[big].members.extend(moved);
        }
    }
}

/// The row for one group: the fullest form as its name, the others as
/// aliases, titles without repeats, mentions in story order.
fn entity(mentions: &[Mention], group: &Group) -> Entity {
    let members: Vec<&Mention> = group.members.iter().map(|&i| &mentions[i]).collect();
    let fullness = |t: &str| (t.split_whitespace().count(), t.len());
    let mut name = members[0].text.as_str();
    for m in &members[1..] {
        if fullness(&m.text) > fullness(name) {
            name = &m.text;
        }
    }
    let name = name.to_string();
    let mut aliases: Vec<String> = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    for m in &members {
        if m.text != name && !aliases.contains(&m.text) {
            aliases.push(m.text.clone());
        }
        for t in &m.titles {
            if !titles.contains(t) {
                titles.push(t.clone());
            }
        }
    }
    Entity {
        id: String::new(),
        kind: group.kind,
        name,
        aliases,
        titles,
        mentions: members
            .iter()
            .map(|m| Span::new(m.paragraph, m.start, m.end))
            .collect(),
    }
}
