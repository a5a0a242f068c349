//! Who is who across stories. Each story's analysis already made one row
//! per referent in that story (a surname joins the full name the story
//! gave it). Here those rows meet: rows with the same full name are one
//! person; a surname alone ("Trump", "Mayor Trump") joins the one full name
//! in the library that ends with it, or the one that also carries its title
//! when several do, and is left apart, marked ambiguous, when still
//! several could be meant. Two people who share only a surname stay apart.
//! Organisations work the same way through their acronyms ("BWA").
//!
//! Rows are grouped into [`Cluster`]s by exact key as stories arrive (that
//! part grows with each addition); [`resolve`] then settles the short
//! names against the full ones, which is cheap enough to redo every time.

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
    match words.as_slice() {
        [] => NameKey::Short(String::new()),
        [one] => NameKey::Short(one.to_string()),
        _ => NameKey::Full(words.join(" ")),
    }
}

/// The short key a full key is also known by: a person's surname.
pub fn surname_of(full: &str) -> &str {
    full.rsplit(' ').next().unwrap_or(full)
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

/// Rows of every story that share one kind and one key.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub kind: EntityKind,
    pub key: NameKey,
    pub members: Vec<Member>,
    /// Titles seen with any member, lower case: for telling apart the full
    /// names a short one could mean.
    pub titles: Vec<String>,
}

/// The clusters so far, and what a short name could resolve to.
#[derive(Debug, Default, Clone)]
pub struct Clusters {
    pub all: Vec<Cluster>,
    by_key: HashMap<(EntityKind, NameKey), u32>,
    /// Short key -> the full clusters it may stand for: people by surname,
    /// organisations by the acronyms their stories gave them.
    owners: HashMap<(EntityKind, String), Vec<u32>>,
}

impl Clusters {
    /// File one story row under its key. `aliases` are the other forms its
    /// story linked to it, `titles` the titles seen with it.
    pub fn add(
        &mut self,
        member: Member,
        kind: EntityKind,
        name: &str,
        aliases: &[String],
        titles: &[String],
    ) {
        let key = key_of(kind, name);
        let next = self.all.len() as u32;
        let id = *self.by_key.entry((kind, key.clone())).or_insert(next);
        if id == next {
            if let NameKey::Full(full) = &key
                && kind == EntityKind::Person
            {
                self.owners
                    .entry((kind, surname_of(full).to_string()))
                    .or_default()
                    .push(id);
            }
            self.all.push(Cluster {
                kind,
                key: key.clone(),
                members: Vec::new(),
                titles: Vec::new(),
            });
        }
        if matches!(key, NameKey::Full(_)) && kind != EntityKind::Person {
            // Acronyms only: a story's other one-word forms of a body
            // ("Brindle" for the Brindle Water Authority) name other
            // things too often to join on.
            for alias in aliases.iter().filter(|a| is_acronym(a)) {
                if let NameKey::Short(short) = key_of(kind, alias) {
                    let owners = self.owners.entry((kind, short)).or_default();
                    if !owners.contains(&id) {
                        owners.push(id);
                    }
                }
            }
        }
        let cluster = &mut self.all[id as usize];
        cluster.members.push(member);
        for title in titles {
            let title = title.to_lowercase();
            if !cluster.titles.contains(&title) {
                cluster.titles.push(title);
            }
        }
    }
}

/// Where the rows of one short cluster went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// Members that joined a full cluster, with that cluster.
    pub joined: Vec<(Member, u32)>,
    /// Members left under the short name.
    pub left: Vec<Member>,
    /// The full clusters the members left over could each be: two or more
    /// makes the short name ambiguous.
    pub candidates: Vec<u32>,
}

/// Settle every short cluster against the full ones. `titles_of` gives a
/// member's titles (lower case), for choosing among several candidates.
pub fn resolve(
    clusters: &Clusters,
    titles_of: impl Fn(Member) -> Vec<String>,
) -> HashMap<u32, Resolution> {
    let mut out = HashMap::new();
    for (id, cluster) in clusters.all.iter().enumerate() {
        let NameKey::Short(short) = &cluster.key else {
            continue;
        };
        let candidates: &[u32] = clusters
            .owners
            .get(&(cluster.kind, short.clone()))
            .map_or(&[], Vec::as_slice);
        let mut resolution = Resolution {
            joined: Vec::new(),
            left: Vec::new(),
            candidates: Vec::new(),
        };
        for &member in &cluster.members {
            match candidates {
                [] => resolution.left.push(member),
                [only] => resolution.joined.push((member, *only)),
                several => {
                    let titles = titles_of(member);
                    let fitting: Vec<u32> = several
                        .iter()
                        .copied()
                        .filter(|&c| {
                            let known = &clusters.all[c as usize].titles;
                            titles.iter().any(|t| known.contains(t))
                        })
                        .collect();
                    if let [only] = fitting.as_slice() {
                        resolution.joined.push((member, *only));
                    } else {
                        resolution.left.push(member);
                        resolution.candidates = several.to_vec();
                    }
                }
            }
        }
        out.insert(id as u32, resolution);
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

    fn clusters(rows: &[(Member, &str, &[&str])]) -> Clusters {
        let mut clusters = Clusters::default();
        for (member, name, titles) in rows {
            let titles: Vec<String> = titles.iter().map(|t| t.to_string()).collect();
            clusters.add(*member, Person, name, &[], &titles);
        }
        clusters
    }

    #[test]
    fn a_surname_joins_the_one_full_name_and_stays_apart_from_two() {
        let one = clusters(&[((0, 0), "Ada Lind", &[]), ((1, 0), "Lind", &["Mayor"])]);
        let resolved = resolve(&one, |_| vec!["mayor".into()]);
        assert_eq!(resolved[&1].joined, vec![((1, 0), 0)]);

        let two = clusters(&[
            ((0, 0), "Helen Johnson", &[]),
            ((1, 0), "Peter Johnson", &[]),
            ((2, 0), "Johnson", &["Dr"]),
        ]);
        let resolved = resolve(&two, |_| vec!["dr".into()]);
        assert_eq!(resolved[&2].left, vec![(2, 0)]);
        assert_eq!(resolved[&2].candidates, vec![0, 1]);
    }

    #[test]
    fn a_title_only_one_candidate_carries_settles_the_surname() {
        let rows = clusters(&[
            ((0, 0), "Helen Johnson", &["Dr"]),
            ((1, 0), "Peter Johnson", &[]),
            ((2, 0), "Johnson", &["Dr"]),
        ]);
        let resolved = resolve(&rows, |_| vec!["dr".into()]);
        assert_eq!(resolved[&2].joined, vec![((2, 0), 0)]);
        assert!(resolved[&2].candidates.is_empty());
    }
}
