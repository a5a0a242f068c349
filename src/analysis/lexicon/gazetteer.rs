//! The embedded gazetteer: countries (with their other names and
//! demonyms), capitals and major cities, first-level regions, continents and
//! seas. Compiled in from `gazetteer.txt`, parsed once, looked up by token.

use super::fasthash::{FastMap, FastSet};
use crate::analysis::entities::shapes::without_possessive;
use crate::analysis::segment::tokenize;
use std::sync::LazyLock;

/// A place of the gazetteer, by number (from one, so that a mention's
/// optional place fits in four bytes); other names of a country share it.
pub type PlaceId = std::num::NonZeroU32;

/// The place numbered `n` counting from zero.
fn place(n: u32) -> PlaceId {
    PlaceId::MIN.saturating_add(n)
}

pub struct Gazetteer {
    /// First token of a name -> (the name's tokens, place), longest first.
    by_first_token: FastMap<String, Vec<(Vec<String>, PlaceId)>>,
    /// Nationality words and their plurals ("Afghan", "Afghans").
    demonyms: FastSet<String>,
}

static SOURCE: &str = include_str!("gazetteer.txt");

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::parse(SOURCE));

/// The gazetteer compiled into the binary.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

fn words_of(name: &str) -> Vec<String> {
    tokenize(name)
        .iter()
        .map(|t| name[t.start()..t.end()].to_string())
        .collect()
}

impl Gazetteer {
    fn parse(source: &str) -> Self {
        let mut gazetteer = Gazetteer {
            by_first_token: FastMap::default(),
            demonyms: FastSet::default(),
        };
        let mut in_countries = false;
        let mut in_aliases = false;
        let mut next_id: u32 = 0;
        for line in source.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                in_countries = line == "[countries]";
                in_aliases = line == "[aliases]";
                continue;
            }
            let (names, demonyms) = line.split_once(" = ").unwrap_or((line, ""));
            if in_aliases {
                // "Los Angeles = LA|L.A.": other names of a listed place.
                let words = words_of(names);
                let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                if let Some((len, id)) = gazetteer.longest_match(&refs)
                    && len == refs.len()
                {
                    for alias in demonyms.split('|') {
                        gazetteer.add(alias, id);
                    }
                }
            } else if in_countries {
                let id = place(next_id);
                next_id += 1;
                for name in names.split('|') {
                    gazetteer.add(name, id);
                }
                for demonym in demonyms.split('|').filter(|d| !d.is_empty()) {
                    gazetteer.demonyms.insert(demonym.to_string());
                    gazetteer.demonyms.insert(format!("{demonym}s"));
                    if let Some(stem) = demonym.strip_suffix("man") {
                        gazetteer.demonyms.insert(format!("{stem}men"));
                    }
                }
            } else {
                for name in names.split('|') {
                    gazetteer.add(name, place(next_id));
                    next_id += 1;
                }
            }
        }
        for entries in gazetteer.by_first_token.values_mut() {
            entries.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        gazetteer
    }

    fn add(&mut self, name: &str, id: PlaceId) {
        let words = words_of(name.trim());
        if let Some(first) = words.first() {
            let entries = self.by_first_token.entry(first.clone()).or_default();
            entries.retain(|(w, _)| *w != words);
            entries.push((words, id));
        }
    }

    /// The longest place name starting at `words[0]`: (tokens used, place).
    /// The last word may carry a possessive ("New Zealand's").
    pub fn longest_match(&self, words: &[&str]) -> Option<(usize, PlaceId)> {
        let first = without_possessive(words.first()?);
        self.by_first_token
            .get(first)?
            .iter()
            .find(|(name, _)| {
                let last = name.len().wrapping_sub(1);
                name.len() <= words.len()
                    && name
                        .iter()
                        .zip(words)
                        .enumerate()
                        .all(|(k, (a, b))| a == b || (k == last && a == without_possessive(b)))
            })
            .map(|(name, id)| (name.len(), *id))
    }

    /// The place named exactly by `words`, if any.
    #[cfg(test)]
    pub fn exact(&self, words: &[&str]) -> Option<PlaceId> {
        self.longest_match(words)
            .filter(|(len, _)| *len == words.len())
            .map(|(_, id)| id)
    }

    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_names_of_a_country_share_its_place() {
        let g = get();
        let us = g.exact(&["United", "States"]).unwrap();
        assert_eq!(g.exact(&["U.S."]), Some(us));
        assert_eq!(g.exact(&["US"]), Some(us));
        assert_ne!(g.exact(&["Russia"]), Some(us));
        let la = g.exact(&["Los", "Angeles"]).unwrap();
        assert_eq!(g.exact(&["L.A."]), Some(la));
    }

    #[test]
    fn the_longest_name_wins() {
        let g = get();
        assert_eq!(
            g.longest_match(&["Mexico", "City", "police"]).map(|m| m.0),
            Some(2)
        );
        assert_eq!(g.longest_match(&["Mexico", "police"]).map(|m| m.0), Some(1));
        assert_eq!(g.longest_match(&["Despite"]), None);
        assert_eq!(
            g.longest_match(&["New", "Zealand’s", "flag"]).map(|m| m.0),
            Some(2)
        );
    }

    #[test]
    fn demonyms_and_their_plurals_are_known() {
        let g = get();
        for word in ["Russian", "Ukrainians", "Afghans", "Chinese", "Britons"] {
            assert!(g.is_demonym(word), "{word}");
        }
        assert!(!g.is_demonym("Russia"));
    }
}
