-- Subscriptions, their entries (with the article paragraphs) and what the
-- last fetch of each feed did.
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    site_url      TEXT,
    -- Fetch the linked page when an entry carries only a summary.
    full_text     INTEGER NOT NULL DEFAULT 1,
    etag          TEXT,
    last_modified TEXT,
    -- Unix seconds of the last attempt, and of the last one that worked.
    last_fetch    INTEGER,
    last_success  INTEGER,
    -- NULL when the last fetch worked; else why it did not.
    last_error    TEXT,
    -- Unix seconds before which the server asked us not to come back.
    retry_after   INTEGER,
    added         INTEGER NOT NULL
);

CREATE TABLE entries (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    -- Stable across fetches: the guid, else the link, else title and date.
    key          TEXT NOT NULL,
    title        TEXT NOT NULL,
    link         TEXT,
    author       TEXT,
    published    INTEGER,
    date         TEXT,
    -- The paragraphs come from the linked page rather than the feed.
    full_text    INTEGER NOT NULL DEFAULT 0,
    -- What the feed said, hashed: an unchanged entry is not fetched again.
    content_hash TEXT NOT NULL,
    read         INTEGER NOT NULL DEFAULT 0,
    starred      INTEGER NOT NULL DEFAULT 0,
    first_seen   INTEGER NOT NULL,
    UNIQUE (feed_id, key)
);
CREATE INDEX entries_newest ON entries (published DESC, id DESC);
CREATE INDEX entries_unread ON entries (feed_id, read);
CREATE INDEX entries_starred ON entries (starred) WHERE starred = 1;

-- The feed's own text of an entry, one paragraph per line: apart from the
-- entries, so that a list of 50,000 of them reads small rows.
CREATE TABLE summaries (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    text     TEXT NOT NULL
);

CREATE TABLE paragraphs (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;
