//! A small, fast, deterministic hasher for the extractor's word tables
//! (the Fx hash of rustc): short string keys, no untrusted input to guard
//! against, and many lookups per token.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        // The tail of a short word in at most three steps, not one a byte.
        let mut tail = chunks.remainder();
        if tail.len() >= 4 {
            self.add(u64::from(u32::from_le_bytes([
                tail[0], tail[1], tail[2], tail[3],
            ])));
            tail = &tail[4..];
        }
        if tail.len() >= 2 {
            self.add(u64::from(u16::from_le_bytes([tail[0], tail[1]])));
            tail = &tail[2..];
        }
        if let Some(&byte) = tail.first() {
            self.add(u64::from(byte));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    // Numbers in one step: the default would feed their bytes to `write`.
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;
