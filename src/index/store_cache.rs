//! The store as the index's [`AnalysisCache`]: analyses kept in its
//! `analyses` table, so the subscriptions are analysed once across runs,
//! and the store's entries as the index's stories.
//!
//! The index depends on the store here, never the other way round: the
//! store keeps bytes under a key and knows nothing of analyses.

use super::cache::{ANALYSIS_FINGERPRINT, AnalysisCache, ContentHash};
use crate::article::Article;
use crate::store::{EntryId, EntryView, Store, StoreError};

/// The version the store files an analysis under: the analysis
/// fingerprint's first 64 bits. The key is already salted with the whole
/// fingerprint (see [`ContentHash::of`]); the column says so again for
/// anyone reading the table.
fn version() -> i64 {
    let head = ANALYSIS_FINGERPRINT.get(..16).unwrap_or("0");
    u64::from_str_radix(head, 16).unwrap_or(0) as i64
}

impl AnalysisCache for Store {
    fn get(&self, hash: &ContentHash) -> Option<Vec<u8>> {
        // A store that cannot be read is a cache that misses: the story is
        // analysed again.
        self.analysis(&hash.to_hex(), version()).ok().flatten()
    }

    fn put(&mut self, hash: &ContentHash, bytes: Vec<u8>) {
        // Best effort: an analysis not kept is made again next time.
        let _ = self.put_analysis(&hash.to_hex(), version(), &bytes);
    }
}

/// Every entry of the store as an article (newest first), for the index.
pub fn store_articles(store: &Store) -> Result<Vec<Article>, StoreError> {
    let entries = store_entries(store)?;
    Ok(entries.into_iter().map(|(_, article)| article).collect())
}

/// Every entry of the store with its id, newest first.
pub fn store_entries(store: &Store) -> Result<Vec<(EntryId, Article)>, StoreError> {
    let mut entries = Vec::new();
    for row in store.entries(EntryView::All)? {
        if let Some(article) = store.article(row.id)? {
            entries.push((row.id, article));
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Index;

    fn story(title: &str, text: &str) -> Article {
        Article::from_paragraphs(title, &[text])
    }

    #[test]
    fn a_store_keeps_analyses_so_a_second_index_analyses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("byline.db");
        let stories = [
            story(
                "Ferry",
                "\"We sail at dawn,\" said Ada Lind, the harbour master.",
            ),
            story("Bridge", "\"It will hold,\" said Omar Reyes, an engineer."),
        ];
        let mut store = Store::open(&path).unwrap();
        let first = Index::new().add(&stories, &mut store);
        assert_eq!((first.analysed, first.cached), (2, 0));
        drop(store);

        let mut reopened = Store::open(&path).unwrap();
        let mut index = Index::new();
        let second = index.add(&stories, &mut reopened);
        assert_eq!((second.analysed, second.cached), (0, 2));
        // What was read back is what analysing gives.
        assert_eq!(index.stories(), Index::build(&stories).stories());
    }

    #[test]
    fn an_analysis_cached_by_another_extraction_is_made_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("byline.db")).unwrap();
        let ferry = story(
            "Ferry",
            "\"We sail at dawn,\" said Ada Lind, the harbour master.",
        );
        // What an older extraction (another fingerprint) found: nothing.
        let older = ContentHash::salted(&ferry, &"0".repeat(64));
        let empty = crate::index::cache::encode(&crate::analysis::Analysis::default());
        AnalysisCache::put(&mut store, &older, empty.clone());
        let mut index = Index::new();
        let added = index.add(std::slice::from_ref(&ferry), &mut store);
        assert_eq!((added.analysed, added.cached), (1, 0));
        assert!(index.ranked().any(|f| f.name == "Ada Lind"));
        // The same stale bytes under this build's key would have been read.
        AnalysisCache::put(&mut store, &ContentHash::of(&ferry), empty);
        let added = Index::new().add(std::slice::from_ref(&ferry), &mut store);
        assert_eq!((added.analysed, added.cached), (0, 1));
    }

    #[test]
    fn an_analysis_filed_under_another_version_is_not_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("byline.db")).unwrap();
        let hash = ContentHash::of(&story("T", "Text."));
        store
            .put_analysis(&hash.to_hex(), version() + 1, b"{}")
            .unwrap();
        assert_eq!(AnalysisCache::get(&store, &hash), None);
        AnalysisCache::put(&mut store, &hash, b"[1]".to_vec());
        assert_eq!(AnalysisCache::get(&store, &hash), Some(b"[1]".to_vec()));
    }
}
