//! The abbreviations the tokenizer and the sentence splitter know, read
//! from the lexicon (`lexicon.txt`) and sorted once for binary search.

use crate::analysis::lexicon;
use std::sync::LazyLock;

/// A word list sorted once for binary search: a few short comparisons
/// per lookup, cheaper than hashing the word.
/// Its longest word's length rules out most words unsearched.
pub(super) struct SortedWords(LazyLock<(usize, Vec<&'static str>)>);

impl SortedWords {
    const fn new(build: fn() -> (usize, Vec<&'static str>)) -> Self {
        SortedWords(LazyLock::new(build))
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        let (longest, words) = &*self.0;
        word.len() <= *longest && words.binary_search(&word).is_ok()
    }
}

fn sorted(section: &str) -> (usize, Vec<&'static str>) {
    let mut words = lexicon::list(section).to_vec();
    words.sort_unstable();
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    (longest, words)
}

/// Abbreviations that never end a sentence: titles and month names.
pub(super) static NON_FINAL: SortedWords =
    SortedWords::new(|| sorted("abbreviations inside a sentence"));
/// Abbreviations that may close a sentence as well ("... for Acme Inc. The").
pub(super) static FINAL: SortedWords =
    SortedWords::new(|| sorted("abbreviations that may end a sentence"));
/// Words that, capitalised after an abbreviation's dot, show a new sentence.
pub(super) static OPENERS: SortedWords = SortedWords::new(|| sorted("sentence openers"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_word_lists_find_every_listed_word() {
        for (set, section) in [
            (&NON_FINAL, "abbreviations inside a sentence"),
            (&FINAL, "abbreviations that may end a sentence"),
            (&OPENERS, "sentence openers"),
        ] {
            assert!(lexicon::list(section).iter().all(|w| set.contains(w)));
            assert!(!set.contains("Meanwhiles") && !set.contains("mr"));
        }
        assert!(NON_FINAL.contains("Mr") && FINAL.contains("Inc") && OPENERS.contains("The"));
    }
}
