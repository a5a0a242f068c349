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
    let people: Vec<usize> = (0..mentions.len())
        .filter(|&i| group_of[i].is_some() && kind_of(&mentions[i]) == EntityKind::Person)
        .collect();
    for i in 0..mentions.len() {
        if group_of[i].is_some() {
            continue;
        }
        let m = &mentions[i];
        let kind = kind_of(m);
        let words = m.words();
        let target = match kind {
            EntityKind::Person => {
                let fits = |j: &usize, suffix: bool| {
                    let full = mentions[*j].words();
                    if suffix {
                        full.len() > words.len() && full.ends_with(&words)
                    } else {
                        contains_words(&full, &words)
                    }
                };
                [true, false].iter().find_map(|&suffix| {
                    let before = people.iter().rev().find(|&&j| j < i && fits(&j, suffix));
                    before
                        .or_else(|| people.iter().find(|&&j| j > i && fits(&j, suffix)))
                        .copied()
                })
            }
            EntityKind::Organization => {
                let introduced = (m.in_parens && i > 0)
                    .then(|| i - 1)
                    .filter(|&j| mentions[j].paragraph == m.paragraph && group_of[j].is_some());
                introduced.or_else(|| {
                    let acronym = letters(&m.text);
                    (0..mentions.len()).find(|&j| {
                        let other = &mentions[j];
                        group_of[j].is_some()
                            && kind_of(other) == EntityKind::Organization
                            && other.words().len() > 1
                            && (initials(&other.text) == acronym
                                || contains_words(&other.words(), &words))
                    })
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
    for &small in &orgs {
        let small_words = mentions[groups[small].members[0]].words();
        if groups[small]
            .members
            .iter()
            .any(|&i| mentions[i].words() != small_words)
        {
            continue;
        }
        let host = orgs.iter().copied().find(|&big| {
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
