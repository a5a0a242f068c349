//! A fixed set of short lower-case words, looked up case-blind for nearly
//! every token of a story: each word carries a `u32` of list bits and a
//! `u16` value.
//!
//! Most tokens are not in the table, so a miss must be cheap: the word is
//! read into three machine words (no byte loop, no copy through memory),
//! folded to lower case eight bytes at a time, hashed in a few
//! multiplications, and probed in a 16 KB slot array that stays in the
//! cache. Only a slot whose tag matches reads the stored word.

/// No stored word is longer.
pub const LONGEST: usize = 24;

/// A word in lower case, zero-padded to [`LONGEST`] bytes, in three
/// little-endian machine words.
type Key = [u64; 3];

/// Slots: a power of two, several times the number of words, so probes
/// stay short.
const SLOTS: usize = 4096;

pub struct WordTable {
    /// Per slot: 0 if empty, else the word's index into `words` plus one in
    /// the low half and its hash tag in the high half.
    slots: Vec<u32>,
    words: Vec<Stored>,
}

struct Stored {
    key: Key,
    len: u8,
    bits: u32,
    value: u16,
}

impl Default for WordTable {
    fn default() -> Self {
        Self::new()
    }
}

impl WordTable {
    pub fn new() -> Self {
        WordTable {
            slots: vec![0; SLOTS],
            words: Vec::new(),
        }
    }

    /// Add `bits` to `word`'s list bits, storing it first if new. Words
    /// that could never be looked up (too long, not ASCII) are skipped.
    pub fn add_bits(&mut self, word: &str, bits: u32) {
        if let Some(stored) = self.entry(word) {
            stored.bits |= bits;
        }
    }

    /// Set `word`'s value, storing it first if new; false if it can't be.
    pub fn set_value(&mut self, word: &str, value: u16) -> bool {
        self.entry(word)
            .map(|stored| stored.value = value)
            .is_some()
    }

    /// The list bits and the value of `word`, in any case.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<(u32, u16)> {
        let key = key_of(word)?;
        let stored = &self.words[self.find(&key, word.len())?];
        Some((stored.bits, stored.value))
    }

    fn entry(&mut self, word: &str) -> Option<&mut Stored> {
        let key = key_of(word.as_bytes())?;
        let len = word.len();
        if let Some(index) = self.find(&key, len) {
            return Some(&mut self.words[index]);
        }
        let (mut slot, tag) = hash_of(&key);
        while self.slots[slot] != 0 {
            slot = (slot + 1) & (SLOTS - 1);
        }
        self.words.push(Stored {
            key,
            len: u8::try_from(len).ok()?,
            bits: 0,
            value: 0,
        });
        let index = u32::try_from(self.words.len()).ok()?;
        assert!(
            index <= 0xFFFF && self.words.len() < SLOTS / 2,
            "a small table"
        );
        self.slots[slot] = tag << 16 | index;
        self.words.last_mut()
    }

    #[inline]
    fn find(&self, key: &Key, len: usize) -> Option<usize> {
        let (mut slot, tag) = hash_of(key);
        loop {
            let here = self.slots[slot];
            if here == 0 {
                return None;
            }
            if here >> 16 == tag {
                let index = (here & 0xFFFF) as usize - 1;
                let stored = &self.words[index];
                if usize::from(stored.len) == len && stored.key == *key {
                    return Some(index);
                }
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}

/// The slot a key hashes to and its 16-bit tag: one multiplication, as
/// the look-up waits on it (the padding makes the length part of the key).
#[inline]
fn hash_of(key: &Key) -> (usize, u32) {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let h = (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42)).wrapping_mul(K);
    ((h >> 52) as usize & (SLOTS - 1), (h >> 36) as u32 & 0xFFFF)
}

/// `word` as a lower-case key; None if it is empty, too long or not ASCII.
/// Each machine word is one read (overlapping reads for the tail shifted
/// into place), never a byte loop or a copy through memory.
#[inline]
fn key_of(word: &[u8]) -> Option<Key> {
    let n = word.len();
    let read8 = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().expect("8 bytes"));
    // The last `n - at` (1 to 7) bytes, from a read ending at the word's end.
    let tail = |at: usize| read8(n - 8) >> (8 * (8 - (n - at)));
    let key = match n {
        0 => return None,
        1..=7 => [short(word), 0, 0],
        8 => [read8(0), 0, 0],
        9..=15 => [read8(0), tail(8), 0],
        16 => [read8(0), read8(8), 0],
        17..=23 => [read8(0), read8(8), tail(16)],
        LONGEST => [read8(0), read8(8), read8(16)],
        _ => return None,
    };
    if (key[0] | key[1] | key[2]) & HIGHS != 0 {
        return None;
    }
    Some(key.map(lowercase))
}

const ONES: u64 = u64::from_ne_bytes([1; 8]);
const HIGHS: u64 = ONES << 7;

/// A word of 1 to 7 bytes in one machine word: two overlapping reads.
#[inline]
fn short(word: &[u8]) -> u64 {
    let n = word.len();
    let read4 = |at: usize| u64::from(u32::from_le_bytes(word[at..at + 4].try_into().expect("4")));
    let read2 = |at: usize| u64::from(u16::from_le_bytes(word[at..at + 2].try_into().expect("2")));
    match n {
        4..=7 => read4(0) | read4(n - 4) << (8 * (n - 4)),
        2..=3 => read2(0) | read2(n - 2) << (8 * (n - 2)),
        _ => u64::from(word[0]),
    }
}

/// ASCII bytes in lower case, eight at a time. Every byte is below 0x80,
/// so the sums never carry into the next byte: the high bit says "at least
/// 'A'" and "beyond 'Z'".
fn lowercase(w: u64) -> u64 {
    let from_a = w + ONES * u64::from(0x80 - b'A');
    let beyond_z = w + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = (from_a ^ beyond_z) & HIGHS;
    w | upper >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_lower_case_bytes_padded_with_zeros() {
        let words = [
            "a",
            "Mr",
            "The",
            "said",
            "Hello",
            "ARTICLE",
            "Minister",
            "spokeswoman",
        ];
        let long = "abcdefghijklmnopqrstuvwX";
        for word in words.into_iter().chain([long, &long[..17], &long[..9]]) {
            let mut expected = [0u8; LONGEST];
            expected[..word.len()].copy_from_slice(word.to_ascii_lowercase().as_bytes());
            let bytes: Vec<u8> = key_of(word.as_bytes())
                .expect("an ASCII word")
                .iter()
                .flat_map(|w| w.to_le_bytes())
                .collect();
            assert_eq!(bytes, expected, "{word}");
        }
        assert_eq!(key_of(b""), None);
        assert_eq!(key_of("Zoë".as_bytes()), None);
        assert_eq!(key_of(&[b'a'; LONGEST + 1]), None);
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for first in (0u8..0x80).step_by(8) {
            let bytes: [u8; 8] = std::array::from_fn(|i| first + i as u8);
            let mut expected = bytes;
            expected.make_ascii_lowercase();
            assert_eq!(
                lowercase(u64::from_le_bytes(bytes)),
                u64::from_le_bytes(expected)
            );
        }
    }

    #[test]
    fn words_are_found_in_any_case_and_others_are_not() {
        let mut table = WordTable::new();
        table.add_bits("said", 1);
        table.add_bits("said", 4);
        assert!(table.set_value("said", 7));
        table.add_bits("spokeswoman", 2);
        assert_eq!(table.get(b"said"), Some((5, 7)));
        assert_eq!(table.get(b"SAID"), Some((5, 7)));
        assert_eq!(table.get(b"Spokeswoman"), Some((2, 0)));
        assert_eq!(table.get(b"sai"), None);
        assert_eq!(table.get(b"saidx"), None);
        assert_eq!(table.get(b"spokeswomen"), None);
        assert_eq!(table.words.len(), 2);
    }
}
