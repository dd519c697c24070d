-- Duplicate and paraphrase detection: signatures, LSH buckets, links, clusters, sentence links.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE dedup_docs (                 -- documents already in the duplicate index
    doc_id   INTEGER PRIMARY KEY REFERENCES documents(id),
    near_sig BLOB,                        -- MinHash of word 5-gram shingles; NULL: too short
    para_sig BLOB                         -- MinHash of the set of content words; NULL: too short
);

CREATE TABLE lsh_buckets (
    kind   INTEGER NOT NULL,              -- 0: near, 1: paraphrase
    key    INTEGER NOT NULL,              -- band and its rows, hashed
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (kind, key, doc_id)
) WITHOUT ROWID;

CREATE TABLE doc_links (                  -- verified pairs, a < b
    a          INTEGER NOT NULL,
    b          INTEGER NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('exact', 'near', 'paraphrase')),
    similarity REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX doc_links_b ON doc_links(b);

CREATE TABLE doc_clusters (               -- members of clusters of two or more documents
    doc_id     INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL,          -- the canonical document's id
    level      TEXT NOT NULL,             -- canonical, exact, near or paraphrase
    similarity REAL NOT NULL
);
CREATE INDEX doc_clusters_cluster ON doc_clusters(cluster_id);

CREATE TABLE sentence_links (             -- sentences that say the same thing
    doc_a      INTEGER NOT NULL,
    sent_a     INTEGER NOT NULL,
    start_a    INTEGER NOT NULL,
    end_a      INTEGER NOT NULL,
    doc_b      INTEGER NOT NULL,
    sent_b     INTEGER NOT NULL,
    start_b    INTEGER NOT NULL,
    end_b      INTEGER NOT NULL,
    level      TEXT NOT NULL,
    similarity REAL NOT NULL
);
CREATE INDEX sentence_links_a ON sentence_links(doc_a);
CREATE INDEX sentence_links_b ON sentence_links(doc_b);

CREATE TABLE sentence_df (                -- independent stories a sentence occurs in (copies count once)
    hash INTEGER PRIMARY KEY,             -- of the sentence's lower-cased words
    df   INTEGER NOT NULL
) WITHOUT ROWID;
