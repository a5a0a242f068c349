//! Who is who across stories. Each story's analysis already made one row
//! per referent in that story (a surname joins the full name the story
//! gave it). Here those rows meet: rows with the same full name are one
//! person; a surname alone ("Trump", "Mayor Trump") joins the one full name
//! in the library that ends with it, or the one that also carries its title
//! when several do, and is left apart, marked ambiguous, when still
//! several could be meant. Two people who share only a surname stay apart.
//! Organisations work the same way through their acronyms ("BWA").
//!
//! Rows are grouped into [`Cluster`]s by exact key as stories arrive, and
//! within a cluster by their titles, each group summed as it grows;
//! [`resolve`] then settles the short names' groups against the full
//! names, which costs a step per group, so it is redone on every addition.

use super::Named;
use super::figures::Sum;
use crate::analysis::EntityKind;
use std::collections::HashMap;

/// A row of one story: story number and the row's number in that story.
pub type Member = (u32, u32);

/// How a name is known across stories.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NameKey {
    /// Two words or more: "donald trump" (lower case, initials and
    /// suffixes left out). Equal keys are one referent.
    Full(String),
    /// One word: "trump", "bwa". Resolved against the full names.
    Short(String),
}

/// The key of `name` for a referent of `kind`.
pub fn key_of(kind: EntityKind, name: &str) -> NameKey {
    let name = name
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_lowercase();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if kind == EntityKind::Person {
        while words.len() > 2 && is_suffix(words[words.len() - 1]) {
            words.pop();
        }
        if words.len() > 2 {
            let (first, last) = (words[0], words[words.len() - 1]);
            let middle = words[1..words.len() - 1].iter().filter(|w| !is_initial(w));
            words = std::iter::once(first)
                .chain(middle.copied())
                .chain(std::iter::once(last))
                .collect();
        }
    } else if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    // "van Dijk", "de la Cruz": a surname with its particles, no given name.
    let surname_only = kind == EntityKind::Person
        && words.len() > 1
        && words[..words.len() - 1].iter().all(|w| is_particle(w));
    match words.as_slice() {
        [] => NameKey::Short(String::new()),
        [one] => NameKey::Short(one.to_string()),
        _ if surname_only => NameKey::Short(words.join(" ")),
        _ => NameKey::Full(words.join(" ")),
    }
}

/// The short keys a person's full key is also known by: the surname with
/// its particles ("van dijk") and, when it has some, without ("dijk").
pub fn surnames_of(full: &str) -> Vec<&str> {
    let words: Vec<&str> = full.split(' ').collect();
    let last = words.len() - 1;
    let mut first = last;
    while first > 1 && is_particle(words[first - 1]) {
        first -= 1;
    }
    let bare = words[last];
    if first == last {
        return vec![bare];
    }
    let start = full.len() - words[first..].join(" ").len();
    vec![&full[start..], bare]
}

/// Lower-case words that belong to a surname rather than a given name.
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "ter"
            | "ten"
    )
}

fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '&')
}

fn is_initial(word: &str) -> bool {
    let letters = word.trim_end_matches('.');
    letters.chars().count() == 1
}

fn is_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "jr" | "sr" | "ii" | "iii" | "iv"
    )
}

/// Rows of one cluster that share a set of titles: they resolve alike.
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// The titles, lower case and sorted.
    pub titles: Vec<String>,
    /// What the rows add up to (names, titles, stories, quotes).
    pub sum: Sum,
}

/// Rows of every story that share one kind and one key.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub kind: EntityKind,
    pub key: NameKey,
    pub groups: Vec<Group>,
    /// Titles seen with any row, lower case: for telling apart the full
    /// names a short one could mean.
    pub titles: Vec<String>,
}

/// The clusters so far, and what a short name could resolve to. Rows are
/// summed as they arrive, so a figure is made from a few sums, however
/// many stories name it.
#[derive(Debug, Default, Clone)]
pub struct Clusters {
    pub all: Vec<Cluster>,
    by_key: HashMap<(EntityKind, NameKey), u32>,
    /// Short key -> the full clusters it may stand for: people by surname,
    /// organisations by the acronyms their stories gave them.
    owners: HashMap<(EntityKind, String), Vec<u32>>,
}

/// A row's titles as a group key: lower case, sorted, once each.
pub fn title_key(titles: &[String]) -> Vec<String> {
    let mut key: Vec<String> = titles.iter().map(|t| t.to_lowercase()).collect();
    key.sort();
    key.dedup();
    key
}

impl Clusters {
    /// File row `member` (its story's `named` row) under its key; returns
    /// the cluster and group it went to.
    pub fn add(&mut self, member: Member, named: &Named) -> (u32, u32) {
        let kind = named.kind;
        let key = key_of(kind, &named.name);
        let next = self.all.len() as u32;
        let id = *self.by_key.entry((kind, key.clone())).or_insert(next);
        if id == next {
            if let NameKey::Full(full) = &key
                && kind == EntityKind::Person
            {
                for surname in surnames_of(full) {
                    self.owners
                        .entry((kind, surname.to_string()))
                        .or_default()
                        .push(id);
                }
            }
            self.all.push(Cluster {
                kind,
                key: key.clone(),
                groups: Vec::new(),
                titles: Vec::new(),
            });
        }
        if matches!(key, NameKey::Full(_)) && kind != EntityKind::Person {
            // Acronyms only: a story's other one-word forms of a body
            // ("Brindle" for the Brindle Water Authority) name other
            // things too often to join on.
            for alias in named.aliases.iter().filter(|a| is_acronym(a)) {
                if let NameKey::Short(short) = key_of(kind, alias) {
                    let owners = self.owners.entry((kind, short)).or_default();
                    if !owners.contains(&id) {
                        owners.push(id);
                    }
                }
            }
        }
        let cluster = &mut self.all[id as usize];
        let titles = title_key(&named.titles);
        for title in &titles {
            if !cluster.titles.contains(title) {
                cluster.titles.push(title.clone());
            }
        }
        // Full names resolve as one: their titles need not split them.
        let group_titles = match key {
            NameKey::Full(_) => Vec::new(),
            NameKey::Short(_) => titles,
        };
        let group = match cluster.groups.iter().position(|g| g.titles == group_titles) {
            Some(group) => group,
            None => {
                cluster.groups.push(Group {
                    titles: group_titles,
                    sum: Sum::default(),
                });
                cluster.groups.len() - 1
            }
        };
        cluster.groups[group].sum.add(member.0, named);
        (id, group as u32)
    }
}

/// Where a group of rows goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// Its own cluster's figure.
    Own,
    /// The figure of this full cluster.
    Into(u32),
}

/// How every group resolved, and for each cluster the full clusters its
/// own rows could each be (two or more: the name is ambiguous).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    pub destinations: Vec<Vec<Destination>>,
    pub candidates: Vec<Vec<u32>>,
}

/// Settle every short cluster's groups against the full clusters: the one
/// candidate, else the one candidate that carries one of the group's
/// titles, else the group stays under the short name.
pub fn resolve(clusters: &Clusters) -> Resolution {
    let mut out = Resolution::default();
    for cluster in &clusters.all {
        let mut destinations = vec![Destination::Own; cluster.groups.len()];
        let mut ambiguous = Vec::new();
        if let NameKey::Short(short) = &cluster.key {
            let candidates: &[u32] = clusters
                .owners
                .get(&(cluster.kind, short.clone()))
                .map_or(&[], Vec::as_slice);
            for (group, destination) in cluster.groups.iter().zip(&mut destinations) {
                match candidates {
                    [] => {}
                    [only] => *destination = Destination::Into(*only),
                    several => {
                        let fitting: Vec<u32> = several
                            .iter()
                            .copied()
                            .filter(|&c| {
                                let known = &clusters.all[c as usize].titles;
                                group.titles.iter().any(|t| known.contains(t))
                            })
                            .collect();
                        if let [only] = fitting.as_slice() {
                            *destination = Destination::Into(*only);
                        } else {
                            ambiguous = several.to_vec();
                        }
                    }
                }
            }
        }
        out.destinations.push(destinations);
        out.candidates.push(ambiguous);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::{Organization, Person};

    fn full(s: &str) -> NameKey {
        NameKey::Full(s.to_string())
    }

    #[test]
    fn keys_ignore_case_initials_suffixes_and_possessives() {
        assert_eq!(key_of(Person, "Donald J. Trump"), full("donald trump"));
        assert_eq!(key_of(Person, "Donald Trump's"), full("donald trump"));
        assert_eq!(
            key_of(Person, "Martin Luther King Jr."),
            full("martin luther king")
        );
        assert_eq!(key_of(Person, "Trump"), NameKey::Short("trump".into()));
        assert_eq!(key_of(Organization, "The Red Cross"), full("red cross"));
        assert_eq!(key_of(Organization, "BWA"), NameKey::Short("bwa".into()));
    }

    #[test]
    fn a_surname_keeps_its_particles_and_is_known_without_them() {
        assert_eq!(
            key_of(Person, "van Dijk"),
            NameKey::Short("van dijk".into())
        );
        assert_eq!(key_of(Person, "Lotte van Dijk"), full("lotte van dijk"));
        assert_eq!(surnames_of("lotte van dijk"), vec!["van dijk", "dijk"]);
        assert_eq!(surnames_of("ada lind"), vec!["lind"]);
        let rows = resolve(&clusters(&[
            ("Lotte van Dijk", &[]),
            ("van Dijk", &[]),
            ("Dijk", &[]),
        ]));
        assert_eq!(rows.destinations[1], vec![Destination::Into(0)]);
        assert_eq!(rows.destinations[2], vec![Destination::Into(0)]);
    }

    fn clusters(rows: &[(&str, &[&str])]) -> Clusters {
        let mut clusters = Clusters::default();
        for (story, (name, titles)) in rows.iter().enumerate() {
            let named = Named {
                entity: 0,
                kind: Person,
                name: name.to_string(),
                aliases: Vec::new(),
                titles: titles.iter().map(|t| t.to_string()).collect(),
                quotes: Vec::new(),
            };
            clusters.add((story as u32, 0), &named);
        }
        clusters
    }

    #[test]
    fn a_surname_joins_the_one_full_name_and_stays_apart_from_two() {
        let one = resolve(&clusters(&[("Ada Lind", &[]), ("Lind", &["Mayor"])]));
        assert_eq!(one.destinations[1], vec![Destination::Into(0)]);

        let two = resolve(&clusters(&[
            ("Helen Johnson", &[]),
            ("Peter Johnson", &[]),
            ("Johnson", &["Dr"]),
        ]));
        assert_eq!(two.destinations[2], vec![Destination::Own]);
        assert_eq!(two.candidates[2], vec![0, 1]);
    }

    #[test]
    fn a_title_only_one_candidate_carries_settles_the_surname() {
        let rows = resolve(&clusters(&[
            ("Helen Johnson", &["Dr"]),
            ("Peter Johnson", &[]),
            ("Johnson", &["Dr"]),
            ("Johnson", &[]),
        ]));
        assert_eq!(
            rows.destinations[2],
            vec![Destination::Into(0), Destination::Own],
            "the Dr joins Helen; the bare Johnson could be either"
        );
        assert_eq!(rows.candidates[2], vec![0, 1]);
    }
}
