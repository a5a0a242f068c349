//! A set of the story's words for membership tests, built from every
//! lowercase token. Words of up to eight bytes (nearly all of them) are
//! kept as a number: hashing and comparing one is far cheaper than
//! hashing and comparing a string, and the story has millions of tokens.

use super::fasthash::FastSet;

/// Up to this many bytes a word is stored packed into a `u64`.
const PACKED: usize = 8;

#[derive(Default)]
pub struct WordSet<'a> {
    /// Short words: their bytes, zero-padded, with the length beside them
    /// (so "a" and "a\0" differ).
    short: FastSet<(u64, u8)>,
    long: FastSet<&'a str>,
}

fn packed(word: &str) -> (u64, u8) {
    let mut bytes = [0u8; PACKED];
    bytes[..word.len()].copy_from_slice(word.as_bytes());
    (u64::from_le_bytes(bytes), word.len() as u8)
}

impl<'a> WordSet<'a> {
    pub fn insert(&mut self, word: &'a str) {
        if word.len() <= PACKED {
            self.short.insert(packed(word));
        } else {
            self.long.insert(word);
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        if word.len() <= PACKED {
            self.short.contains(&packed(word))
        } else {
            self.long.contains(word)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_words_are_found_exactly() {
        let mut set = WordSet::default();
        for word in ["said", "government", "a", "eighteen"] {
            set.insert(word);
        }
        for word in ["said", "government", "a", "eighteen"] {
            assert!(set.contains(word), "{word}");
        }
        for word in ["sai", "saidx", "governments", "", "a\0", "eighteen!"] {
            assert!(!set.contains(word), "{word:?}");
        }
    }
}
