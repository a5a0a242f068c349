//! What a fetch produces: plain data handed to the store and the reader.

/// One story of a feed, its text already turned into paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedEntry {
    /// Stable across fetches: the guid, else the link, else title and date.
    pub key: String,
    pub title: String,
    pub link: Option<String>,
    pub author: Option<String>,
    /// Unix seconds, for ordering; `date` is what the reader shows.
    pub published: Option<i64>,
    pub date: Option<String>,
    /// The feed's own text (summary or content), as paragraphs.
    pub summary: Vec<String>,
    /// The article: the feed's full content, or the linked page's text when
    /// the feed gave only a summary, or the summary when neither is there.
    pub paragraphs: Vec<String>,
    /// `paragraphs` came from the linked page.
    pub full_text: bool,
    /// The feed gave only a summary (short, or marked so).
    pub summary_only: bool,
    /// The linked page was wanted for the full text and could not be read:
    /// the store has it tried again on a later fetch (after a wait).
    pub page_failed: bool,
    /// A hash of what the feed said about this entry: unchanged entries are
    /// neither fetched again nor rewritten.
    pub content_hash: String,
}

/// A parsed feed: its title, site and entries in the feed's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParsedFeed {
    pub title: String,
    pub site_url: Option<String>,
    pub entries: Vec<FeedEntry>,
}

/// What fetching one subscription came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// New content, with the validators for the next conditional GET.
    Fetched {
        feed: ParsedFeed,
        etag: Option<String>,
        last_modified: Option<String>,
        /// Entries whose linked page could not be read (they keep their summary).
        warnings: Vec<String>,
    },
    /// 304: the feed has not changed since the last fetch.
    NotModified,
    /// The feed could not be fetched or read; its earlier entries stay.
    Failed {
        error: String,
        /// Unix seconds before which the server asked us not to return.
        retry_after: Option<i64>,
    },
}

impl FetchOutcome {
    /// What fetching `feed` brought, without validators or warnings: a
    /// feed read from a file or made by hand, as if fetched.
    pub fn fetched(feed: ParsedFeed) -> FetchOutcome {
        FetchOutcome::Fetched {
            feed,
            etag: None,
            last_modified: None,
            warnings: Vec::new(),
        }
    }
}

/// A 64-bit FNV-1a hash in hex: stable across runs, builds and platforms
/// (std's hasher promises none of that), for change detection and cache keys.
pub fn stable_hash<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
