-- Analyses computed once per article text and kept: keyed by a hash of the
-- text, with the version of the analysis that wrote them, so a newer
-- analysis recomputes rather than trusting an old blob.
CREATE TABLE analyses (
    hash    TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    data    BLOB NOT NULL,
    stored  INTEGER NOT NULL
);
