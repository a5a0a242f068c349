//! A set of the story's words for membership tests, built from every
//! lowercase token. Words of up to eight bytes (nearly all of them) are
//! kept as one number: hashing and comparing one is far cheaper than
//! hashing and comparing a string, and the story has millions of tokens.

use crate::analysis::lexicon::fasthash::FastSet;

/// Up to this many bytes a word is stored packed into a `u64`.
const PACKED: usize = 8;

#[derive(Default)]
pub struct WordSet<'a> {
    /// Words of up to seven bytes: their bytes, with the length in the
    /// top byte (which they leave free), so "a" and "a\0" differ.
    short: FastSet<u64>,
    /// Words of exactly eight bytes: their bytes fill the number.
    eight: FastSet<u64>,
    long: FastSet<&'a str>,
}

/// The number a word of at most seven bytes is kept as.
fn short_key(word: &str) -> u64 {
    packed(word) | (word.len() as u64) << 56
}

/// A word of at most [`PACKED`] bytes as its little-endian number. Two
/// overlapping reads instead of a copy into a zeroed buffer: a copy of a
/// varying length is a call to `memcpy`, and reading its result back
/// stalls; this runs for nearly every token of the story.
fn packed(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let read16 = |at: usize| u64::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let read32 = |at: usize| {
        u64::from(u32::from_le_bytes([
            bytes[at],
            bytes[at + 1],
            bytes[at + 2],
            bytes[at + 3],
        ]))
    };
    // The second read ends at the last byte; where the two overlap they
    // read the same bytes, so or-ing them is exact.
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => read16(0) | read16(n - 2) << ((n - 2) * 8),
        _ => read32(0) | read32(n - 4) << ((n - 4) * 8),
    }
}

impl<'a> WordSet<'a> {
    pub fn insert(&mut self, word: &'a str) {
        match word.len() {
            0..PACKED => self.short.insert(short_key(word)),
            PACKED => self.eight.insert(packed(word)),
            _ => self.long.insert(word),
        };
    }

    pub fn contains(&self, word: &str) -> bool {
        match word.len() {
            0..PACKED => self.short.contains(&short_key(word)),
            PACKED => self.eight.contains(&packed(word)),
            _ => self.long.contains(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_reads_every_byte_in_place() {
        for word in [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh",
        ] {
            let mut bytes = [0u8; PACKED];
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            assert_eq!(packed(word), u64::from_le_bytes(bytes));
        }
    }

    #[test]
    fn short_and_long_words_are_found_exactly() {
        let mut set = WordSet::default();
        for word in ["said", "government", "a", "eighteen", "abcdefg\u{7}"] {
            set.insert(word);
        }
        for word in ["said", "government", "a", "eighteen", "abcdefg\u{7}"] {
            assert!(set.contains(word), "{word}");
        }
        for word in [
            "sai",
            "saidx",
            "governments",
            "",
            "a\0",
            "eighteen!",
            "abcdefg",
        ] {
            assert!(!set.contains(word), "{word:?}");
        }
    }
}
