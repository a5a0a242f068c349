-- A linked page that could not be read (a summary-only entry's full text)
-- is tried again on later fetches, each time after a longer wait, a few
-- times at most: how often it failed, and when it may be tried next (NULL:
-- not to be tried again).
ALTER TABLE entries ADD COLUMN page_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entries ADD COLUMN page_retry_at INTEGER;
CREATE INDEX entries_page_retry ON entries (feed_id, page_retry_at)
    WHERE page_retry_at IS NOT NULL;
