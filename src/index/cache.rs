//! Analyses kept by content hash, so a story is analysed once however often
//! the library is reopened: the same paragraphs, the same hash, the same
//! analysis. [`AnalysisCache`] is the whole interface a keeper must offer
//! (the store keeps them in SQLite; [`MemoryCache`] in a map).

use crate::analysis::Analysis;
use crate::article::Article;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;

/// The fingerprint of the analysis this build makes: a SHA-256 over every
/// source and data file under `src/analysis/` (the lexicon included),
/// computed by `build.rs`. Every [`ContentHash`] is salted with it, so any
/// change to extraction, or to `Analysis`'s shape, keys analyses afresh and
/// none cached by other code (in memory or in the store) is read back as
/// current. Nothing to remember to bump.
pub const ANALYSIS_FINGERPRINT: &str = env!("BYLINE_ANALYSIS_FINGERPRINT");

/// The SHA-256 of what the analysis reads (the paragraphs), salted with
/// the analysis's fingerprint: shown as 64 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentHash(pub [u8; 32]);

impl ContentHash {
    /// The hash of the article's text as the analysis sees it. Titles and
    /// metadata are left out: they do not change what the analysis finds.
    pub fn of(article: &Article) -> ContentHash {
        ContentHash::salted(article, ANALYSIS_FINGERPRINT)
    }

    /// The hash of the article's text for the analysis with `fingerprint`
    /// ([`ContentHash::of`] uses this build's). Byline's version salts it
    /// too: the few types the analysis borrows from elsewhere (spans)
    /// change with a release at the latest.
    pub fn salted(article: &Article, fingerprint: &str) -> ContentHash {
        let mut hasher = Sha256::new();
        hasher.update(b"byline-analysis\0");
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update((fingerprint.len() as u64).to_le_bytes());
        hasher.update(fingerprint.as_bytes());
        for paragraph in &article.paragraphs {
            // Lengths first, so paragraph boundaries cannot be shifted
            // into another article with the same bytes.
            hasher.update((paragraph.len() as u64).to_le_bytes());
            hasher.update(paragraph.as_bytes());
        }
        ContentHash(hasher.finalize().into())
    }

    /// The 64 hex digits, as a store keeps the key.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
    }
}

/// Somewhere analyses survive between runs, keyed by content hash. Bytes
/// in, bytes out: the keeper never needs to know what an analysis is.
pub trait AnalysisCache {
    fn get(&self, hash: &ContentHash) -> Option<Vec<u8>>;
    fn put(&mut self, hash: &ContentHash, bytes: Vec<u8>);
    /// Whether `put` keeps anything: if not, analyses are not encoded.
    fn keeps(&self) -> bool {
        true
    }
}

/// Analyses kept for the life of the process.
#[derive(Debug, Default)]
pub struct MemoryCache {
    entries: HashMap<ContentHash, Vec<u8>>,
}

impl MemoryCache {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl AnalysisCache for MemoryCache {
    fn get(&self, hash: &ContentHash) -> Option<Vec<u8>> {
        self.entries.get(hash).cloned()
    }

    fn put(&mut self, hash: &ContentHash, bytes: Vec<u8>) {
        self.entries.insert(*hash, bytes);
    }
}

/// A keeper that keeps nothing: every story is analysed.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoCache;

impl AnalysisCache for NoCache {
    fn get(&self, _: &ContentHash) -> Option<Vec<u8>> {
        None
    }

    fn put(&mut self, _: &ContentHash, _: Vec<u8>) {}

    fn keeps(&self) -> bool {
        false
    }
}

/// An analysis as the cache keeps it.
pub fn encode(analysis: &Analysis) -> Vec<u8> {
    serde_json::to_vec(analysis).expect("an analysis always serialises")
}

/// An analysis read back; `None` when the bytes are not one (a damaged or
/// foreign entry), so the story is analysed again instead.
pub fn decode(bytes: &[u8]) -> Option<Analysis> {
    serde_json::from_slice(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_the_paragraphs_not_the_title() {
        let a = Article::from_paragraphs("One", &["Ada Lind spoke.", "Then left."]);
        let b = Article::from_paragraphs("Two", &["Ada Lind spoke.", "Then left."]);
        let c = Article::from_paragraphs("One", &["Ada Lind spoke.Then", " left."]);
        assert_eq!(ContentHash::of(&a), ContentHash::of(&b));
        assert_ne!(ContentHash::of(&a), ContentHash::of(&c));
        assert_eq!(ContentHash::of(&a).to_hex().len(), 64);
    }

    #[test]
    fn the_key_is_salted_with_the_analysis_fingerprint() {
        let article = Article::from_paragraphs("One", &["Ada Lind spoke."]);
        assert_eq!(ANALYSIS_FINGERPRINT.len(), 64);
        assert!(ANALYSIS_FINGERPRINT.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            ContentHash::of(&article),
            ContentHash::salted(&article, ANALYSIS_FINGERPRINT)
        );
        let other = ContentHash::salted(&article, &"0".repeat(64));
        assert_ne!(ContentHash::of(&article), other);
    }

    #[test]
    fn an_analysis_survives_the_round_trip_and_garbage_does_not_pass() {
        let article = Article::from_paragraphs(
            "T",
            &["\"We are ready,\" said Ada Lind, the mayor of Brindle."],
        );
        let analysis = crate::analysis::analyze(&article);
        assert!(!analysis.quotes.is_empty());
        assert_eq!(decode(&encode(&analysis)), Some(analysis));
        assert_eq!(decode(b"{not json"), None);
    }
}
