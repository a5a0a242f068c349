//! Titles and roles that stand before a person's name ("President",
//! "Secretary of State", "special envoy", "Dr.", "spokesman"): a name after
//! one is a person, and the title is recorded on the row, not highlighted.

use crate::analysis::lexicon;
use crate::analysis::lexicon::fasthash::{FastMap, FastSet};
use std::sync::LazyLock;

struct Phrases {
    by_first: FastMap<String, Vec<Vec<String>>>,
}

impl Phrases {
    fn new(list: &[&str]) -> Self {
        let mut by_first: FastMap<String, Vec<Vec<String>>> = FastMap::default();
        // "Major General" is also written "Major-General", one token.
        let hyphenated: Vec<String> = list
            .iter()
            .filter(|phrase| phrase.contains(' '))
            .map(|phrase| phrase.replace(' ', "-"))
            .collect();
        let spellings = list
            .iter()
            .copied()
            .chain(hyphenated.iter().map(String::as_str));
        for phrase in spellings {
            let words: Vec<String> = phrase.split(' ').map(str::to_lowercase).collect();
            // Keyed by every spelling of the first word we expect, so that
            // a lookup needs no lowercasing: "president", "President", "CEO".
            let original = phrase.split(' ').next().unwrap_or_default().to_string();
            let mut capitalised = words[0].clone();
            if let Some(first) = capitalised.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            let mut keys = vec![words[0].clone(), capitalised, original];
            keys.dedup();
            keys.sort();
            keys.dedup();
            for key in keys {
                by_first.entry(key).or_default().push(words.clone());
            }
        }
        for entries in by_first.values_mut() {
            entries.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        Phrases { by_first }
    }

    /// Length in tokens of the longest phrase starting at `words[0]`.
    fn longest(&self, words: &[&str]) -> Option<usize> {
        let first = super::shapes::without_possessive(words.first()?);
        self.by_first.get(first)?.iter().find_map(|phrase| {
            let fits = phrase.len() <= words.len()
                && phrase.iter().zip(words).all(|(a, b)| {
                    let b = super::shapes::without_possessive(b);
                    a.eq_ignore_ascii_case(b) || *a == b.to_lowercase()
                });
            fits.then_some(phrase.len())
        })
    }
}

static TITLE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(lexicon::list("titles")));
static ROLE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(lexicon::list("roles")));
static CUES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("person cues"));

/// A capitalised title starting at `words[0]` ("Secretary of State"): its
/// length in tokens. Every word of it must be capitalised (or a joining
/// "of"), so "general" in "the general public" is no title.
pub fn capitalised_title(words: &[&str]) -> Option<usize> {
    let len = TITLE_PHRASES.longest(words)?;
    let capitalised = words[..len].iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "of" | "and" | "for")
    });
    capitalised.then_some(len)
}

/// A lowercase role ending at the word before a name ("special envoy"),
/// given the words before the name (nearest last): its length in tokens.
pub fn role_before(words_before: &[&str]) -> Option<usize> {
    for len in (1..=2.min(words_before.len())).rev() {
        let phrase = &words_before[words_before.len() - len..];
        if phrase
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase))
            && ROLE_PHRASES.longest(phrase) == Some(len)
        {
            return Some(len);
        }
    }
    None
}

/// Whether the word before a name marks it as a person without a title.
pub fn is_person_cue(word: &str) -> bool {
    super::shapes::with_lowercase(word, |lower| CUES.contains(lower.trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_capitalised_title_matches() {
        assert_eq!(
            capitalised_title(&["Secretary", "of", "State", "Marco"]),
            Some(3)
        );
        assert_eq!(capitalised_title(&["Major", "General", "Lee"]), Some(2));
        assert_eq!(capitalised_title(&["Major-General", "Lee"]), Some(1));
        assert_eq!(capitalised_title(&["Lieutenant-Colonel", "Lee"]), Some(1));
        assert_eq!(capitalised_title(&["Dr.", "Ames"]), Some(1));
        assert_eq!(capitalised_title(&["general", "public"]), None);
        assert_eq!(capitalised_title(&["Donald", "Trump"]), None);
    }

    #[test]
    fn lowercase_roles_end_right_before_the_name() {
        assert_eq!(role_before(&["and", "special", "envoy"]), Some(2));
        assert_eq!(role_before(&["the", "spokesman"]), Some(1));
        assert_eq!(role_before(&["the", "talks"]), None);
    }
}
