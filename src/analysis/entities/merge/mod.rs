//! One row per referent. Every mention of a person joins the fullest form
//! of the name ("Trump" joins "Donald Trump"); other names of a country
//! join it ("US", "United States"); an acronym joins the name it is
//! introduced beside ("World Health Organization (WHO)") or whose initials
//! it spells; a shorter organisation name inside a longer one joins it.

mod name_index;

use super::shapes::is_acronym;
use super::texts::{TextFlags, TextId, Texts};
use super::{Cue, Mention};
use crate::analysis::lexicon::fasthash::FastMap;
use crate::analysis::{Entity, EntityKind};
use name_index::{NameIndex, Slot, word_runs};
use std::borrow::Cow;

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

/// What makes two mentions the same row before aliases are joined.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum RowKey {
    Place(crate::analysis::lexicon::gazetteer::PlaceId),
    Text(TextId),
}

/// A group's place in the list of groups, in the 32 bits a mention's
/// place takes too (`Mention::tokens`), since one is kept per mention.
type GroupId = u32;

struct Group {
    kind: EntityKind,
    members: Vec<usize>,
}

/// Group mentions (already in story order, each with a kind, their texts
/// numbered by `texts`) into rows; the mentions paired in `same_person`
/// (indices) name one person under two names.
pub(crate) fn rows(
    mentions: Vec<Mention<'_>>,
    texts: Texts<'_>,
    same_person: &[(usize, usize)],
) -> Vec<Entity> {
    let kind_of = |m: &Mention<'_>| match m.cue {
        Cue::Strong(kind) => kind,
        Cue::None => EntityKind::Other,
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<GroupId>> = vec![None; mentions.len()];
    let mut by_key: FastMap<(EntityKind, RowKey), GroupId> = FastMap::default();
    let mut join =
        |i: usize, key: RowKey, groups: &mut Vec<Group>, group_of: &mut [Option<GroupId>]| {
            let kind = kind_of(&mentions[i]);
            let g = *by_key.entry((kind, key)).or_insert_with(|| {
                groups.push(Group {
                    kind,
                    members: Vec::new(),
                });
                (groups.len() - 1) as GroupId
            });
            groups[g as usize].members.push(i);
            group_of[i] = Some(g);
        };

    // Full names first: people named with two or more words, and every
    // place, date, organisation and other name under its own key. Whether
    // a text is an acronym is asked once per text.
    let mut acronym: Vec<Option<bool>> = vec![None; texts.count()];
    // Names introduced in brackets ("(ACPeds)") are short forms wherever
    // they recur, whatever their capitals.
    let mut bracketed = TextFlags::new(&texts);
    for m in &mentions {
        if m.in_parens && kind_of(m) == EntityKind::Organization {
            bracketed.set(m.text_id);
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        let kind = kind_of(m);
        let key = match (kind, m.place) {
            (EntityKind::Place, Some(place)) => RowKey::Place(place),
            // A dateline in capitals ("POKHARA") is the town the story
            // then writes in title case.
            (EntityKind::Place, None) if is_acronym(m.text) => texts
                .get(&title_case(m.text))
                .map_or(RowKey::Text(m.text_id), RowKey::Text),
            _ => RowKey::Text(m.text_id),
        };
        let long_person = kind == EntityKind::Person && m.has_several_words();
        let short_org = kind == EntityKind::Organization
            && (bracketed.get(m.text_id)
                || *acronym[m.text_id as usize].get_or_insert_with(|| is_acronym(m.text)));
        if (kind != EntityKind::Person || long_person) && !short_org {
            join(i, key, &mut groups, &mut group_of);
        }
    }
    // Texts are asked by number from here on: their table (as large as
    // the story's distinct names) is not kept alongside the rows.
    let text_count = texts.count();
    drop(texts);
    join_names_without_middle_names(&mentions, &mut groups, &mut group_of);
    join_names_in_either_order(&mentions, &mut groups, &mut group_of);
    // Shorter forms of people: the nearest earlier full name that ends
    // with (or else contains) the same words, or the first later one.
    let is_full = |j: usize| group_of[j].is_some();
    let people = NameIndex::new(&mentions, text_count, |j| {
        is_full(j) && kind_of(&mentions[j]) == EntityKind::Person
    });
    let organizations = NameIndex::new(&mentions, text_count, |j| {
        is_full(j) && kind_of(&mentions[j]) == EntityKind::Organization
    });
    // Made only if a shorter organisation name asks: a story of many long
    // names and no acronym would hold the initials of every one for nothing.
    let by_initials = std::cell::OnceCell::new();
    let initials_of_organizations = || {
        let mut by_initials: FastMap<String, usize> = FastMap::default();
        // The first mention of each spelling wins, so later ones are skipped.
        for &j in &organizations.first_of_text {
            by_initials.entry(initials(mentions[j].text)).or_insert(j);
        }
        by_initials
    };
    // What a shorter form's text goes by, looked up once per text: the
    // full names it ends or is part of, the acronym it spells out. Maps,
    // not a slot per text: few texts are shorter forms, and a story of
    // hundreds of thousands of names would pay for every slot.
    let mut person_forms: FastMap<TextId, (Vec<Slot>, Vec<Slot>)> = FastMap::default();
    let mut organization_forms: FastMap<TextId, (Option<usize>, Vec<Slot>)> = FastMap::default();
    // The mention a bracketed short form was introduced beside, by text.
    let mut introduced_beside: FastMap<TextId, usize> = FastMap::default();
    for i in 0..mentions.len() {
        if group_of[i].is_some() {
            continue;
        }
        let m = &mentions[i];
        let id = m.text_id;
        let target = match kind_of(m) {
            EntityKind::Person => {
                let (suffix_of, part_of) = person_forms.entry(id).or_insert_with(|| {
                    let key = m.spaced_words();
                    (people.ending_with(&key), people.containing(&key))
                });
                people
                    .nearest(suffix_of, i)
                    .or_else(|| people.nearest(part_of, i))
            }
            EntityKind::Organization => {
                // An organisation's acronym in brackets after its name (of
                // whatever kind the rules thought it); not the agency after
                // a dateline's place ("RENO, Nev. (AP)").
                let introduced = (m.in_parens && i > 0).then(|| i - 1).filter(|&j| {
                    mentions[j].paragraph == m.paragraph
                        && group_of[j].is_some()
                        && kind_of(&mentions[j]) != EntityKind::Place
                });
                if let Some(j) = introduced
                    && kind_of(&mentions[j]) == EntityKind::Organization
                {
                    introduced_beside.entry(m.text_id).or_insert(j);
                }
                let introduced = introduced.or_else(|| introduced_beside.get(&m.text_id).copied());
                let (spelled_out, part_of) = organization_forms.entry(id).or_insert_with(|| {
                    let key = m.spaced_words();
                    (
                        by_initials
                            .get_or_init(initials_of_organizations)
                            .get(&letters(m.text))
                            .copied(),
                        organizations.containing(&key),
                    )
                });
                introduced
                    .or(*spelled_out)
                    .or_else(|| organizations.nearest(part_of, i))
            }
            _ => None,
        };
        match target.and_then(|j| group_of[j]) {
            Some(g) => {
                groups[g as usize].members.push(i);
                group_of[i] = Some(g);
            }
            None => join(i, RowKey::Text(m.text_id), &mut groups, &mut group_of),
        }
    }
    join_other_names(same_person, &mut groups, &mut group_of);
    // The tables above can be as large as the rows: gone before the
    // next ones are made.
    drop(person_forms);
    drop(organization_forms);
    drop(people);
    drop(organizations);
    drop(by_initials);
    drop(by_key);
    drop(group_of);
    // Organisation names inside a longer one join it ("Scientology").
    merge_contained_organizations(&mentions, text_count, &mut groups);

    // Rows in order of first mention, each made as its group is read.
    let mut groups: Vec<Group> = groups
        .into_iter()
        .filter(|g| !g.members.is_empty())
        .map(|mut g| {
            g.members.sort_unstable();
            g
        })
        .collect();
    groups.sort_unstable_by_key(|g| g.members[0]);
    let mut spelled = TextFlags::for_count(text_count);
    groups
        .into_iter()
        .enumerate()
        .map(|(n, g)| Entity {
            id: format!("e{}", n + 1),
            ..entity(&mentions, &g, &mut spelled)
        })
        .collect()
}

/// A person named by two words joins the one longer name of the story
/// that has both, the second as its last word: "Matthew Goode" is
/// "Matthew William Goode", "Otto Jespersen" is "Jens Otto Harry
/// Jespersen". Where two longer names would fit, neither is taken.
fn join_names_without_middle_names(
    mentions: &[Mention<'_>],
    groups: &mut [Group],
    group_of: &mut [Option<GroupId>],
) {
    let person_words = |g: &Group| -> Option<Vec<&str>> {
        let first = *g.members.first()?;
        (g.kind == EntityKind::Person).then(|| mentions[first].words())
    };
    // (a word before the last, the last word) -> the longer name's group,
    // or None once two longer names share the pair.
    let mut host_of: FastMap<(&str, &str), Option<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        let Some(words) = person_words(group) else {
            continue;
        };
        let Some((&last, rest)) = words.split_last() else {
            continue;
        };
        // "George H. W." cut short is no full name to go by.
        if words.len() < 3 || is_initial(last) {
            continue;
        }
        for &word in rest {
            host_of
                .entry((word, last))
                .and_modify(|host| {
                    if *host != Some(g) {
                        *host = None;
                    }
                })
                .or_insert(Some(g));
        }
    }
    if host_of.is_empty() {
        return;
    }
    for small in 0..groups.len() {
        let Some(words) = person_words(&groups[small]) else {
            continue;
        };
        let &[first, last] = words.as_slice() else {
            continue;
        };
        if let Some(&Some(big)) = host_of.get(&(first, last))
            && big != small
        {
            let moved = std::mem::take(&mut groups[small].members);
            for &i in &moved {
                group_of[i] = Some(big as GroupId);
            }
            groups[big].members.extend(moved);
        }
    }
}

/// A person named by two words joins the person named by the same two
/// words the other way round: "Higuchi Natsuko" is "Natsuko Higuchi", as a
/// biography writes an East Asian or Hungarian name in both orders.
fn join_names_in_either_order(
    mentions: &[Mention<'_>],
    groups: &mut [Group],
    group_of: &mut [Option<GroupId>],
) {
    let mut by_pair: FastMap<(&str, &str), usize> = FastMap::default();
    for g in 0..groups.len() {
        let Some(&first) = groups[g].members.first() else {
            continue;
        };
        if groups[g].kind != EntityKind::Person {
            continue;
        }
        let words = mentions[first].words();
        let &[given, family] = words.as_slice() else {
            continue;
        };
        if given == family {
            continue;
        }
        match by_pair.get(&(family, given)) {
            Some(&other) if other != g => {
                let moved = std::mem::take(&mut groups[g].members);
                for &i in &moved {
                    group_of[i] = Some(other as GroupId);
                }
                groups[other].members.extend(moved);
            }
            _ => {
                by_pair.insert((given, family), g);
            }
        }
    }
}

/// "Ada Lind, better known as Kit Marlow", "Basse-Terre ... Basse Terre":
/// two names of one referent of one kind; the second name's row joins
/// the first's.
fn join_other_names(
    same_person: &[(usize, usize)],
    groups: &mut [Group],
    group_of: &mut [Option<GroupId>],
) {
    for &(first, second) in same_person {
        let (Some(keep), Some(other)) = (group_of[first], group_of[second]) else {
            continue;
        };
        let (keep, other) = (keep as usize, other as usize);
        if keep == other || groups[keep].kind != groups[other].kind {
            continue;
        }
        let moved = std::mem::take(&mut groups[other].members);
        for &i in &moved {
            group_of[i] = Some(keep as GroupId);
        }
        groups[keep].members.extend(moved);
    }
}

/// "W.", "H": a letter standing for a name.
fn is_initial(word: &str) -> bool {
    word.ends_with('.') || word.chars().count() == 1
}

fn merge_contained_organizations(
    mentions: &[Mention<'_>],
    text_count: usize,
    groups: &mut [Group],
) {
    let orgs: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].kind == EntityKind::Organization && !groups[g].members.is_empty())
        .collect();
    // Every run of words inside a longer organisation name -> its group.
    let mut host_of: FastMap<Cow<str>, usize> = FastMap::default();
    // A group repeats its spellings: each adds its runs once. The group
    // that last added a text's runs, by text.
    let mut spelled_by: Vec<Option<usize>> = vec![None; text_count];
    for &g in &orgs {
        for &i in &groups[g].members {
            let spelled = &mut spelled_by[mentions[i].text_id as usize];
            if *spelled == Some(g) {
                continue;
            }
            *spelled = Some(g);
            for (part, _) in word_runs(&mentions[i]) {
                host_of.entry(part).or_insert(g);
            }
        }
    }
    for &small in &orgs {
        let members = &groups[small].members;
        let text = mentions[members[0]].text_id;
        if members.iter().any(|&i| mentions[i].text_id != text) {
            continue;
        }
        let key = mentions[members[0]].spaced_words();
        if let Some(&big) = host_of.get(key.as_ref())
            && big != small
            && !groups[big].members.is_empty()
        {
            let moved = std::mem::take(&mut groups[small].members);
            groups[big].members.extend(moved);
        }
    }
}

/// The row for one group: the fullest form as its name, the others as
/// aliases, titles without repeats, mentions in story order.
fn entity(mentions: &[Mention<'_>], group: &Group, spelled: &mut TextFlags) -> Entity {
    let members: Vec<&Mention> = group.members.iter().map(|&i| &mentions[i]).collect();
    // A row repeats the same few spellings many times over: each is
    // weighed once, on its first mention.
    let mut spellings: Vec<&Mention> = Vec::new();
    for &m in &members {
        if !spelled.get(m.text_id) {
            spelled.set(m.text_id);
            spellings.push(m);
        }
    }
    for m in &spellings {
        spelled.unset(m.text_id);
    }
    // Of equal forms, a place goes by the one in running text ("Lisbon"),
    // not its dateline in capitals ("LISBON").
    let fullness = |t: &str| {
        let running_text = group.kind == EntityKind::Place && t.chars().any(char::is_lowercase);
        (t.split_whitespace().count(), t.len(), running_text)
    };
    let mut name = spellings[0];
    let mut name_fullness = fullness(name.text);
    for &m in &spellings[1..] {
        let candidate = fullness(m.text);
        if candidate > name_fullness {
            name = m;
            name_fullness = candidate;
        }
    }
    let aliases = spellings
        .iter()
        .filter(|m| m.text_id != name.text_id)
        .map(|m| m.text.to_string())
        .collect();
    let mut titles: Vec<String> = Vec::new();
    for title in members.iter().filter_map(|m| m.title) {
        if !titles.iter().any(|t| t == title) {
            titles.push(title.to_string());
        }
    }
    Entity {
        id: String::new(),
        kind: group.kind,
        name: name.text.to_string(),
        aliases,
        titles,
        mentions: members.iter().map(|m| m.span()).collect(),
    }
}

/// "POKHARA" as "Pokhara": each word's first letter kept, the rest lower.
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_word_start = true;
    for c in text.chars() {
        if at_word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        at_word_start = c.is_whitespace() || c == '-';
    }
    out
}
