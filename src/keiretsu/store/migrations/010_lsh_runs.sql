-- LSH buckets as runs of rows (see dedup/buckets.py): a dedup batch appends one run of each kind,
-- its keys and their documents packed in two blobs, and a run loads them all as it starts. A row
-- per bucket and document, a batch's random keys landed on nearly every page of the table's
-- index, and each batch wrote the index again: what a run wrote grew with the square of the
-- corpus (4 GB over 100,000 documents). Rows already stored go over in runs of about a batch.
CREATE TABLE lsh_runs (
    id   INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,                -- 0: near, 1: paraphrase
    keys BLOB NOT NULL,                   -- band keys, 64-bit big-endian (PostgreSQL's int8send)
    docs BLOB NOT NULL                    -- the document of each key, alike
);
-- int8_concat: the store's own aggregate (SQLite has no function that packs integers).
INSERT INTO lsh_runs (kind, keys, docs)
SELECT kind, int8_concat(key), int8_concat(doc_id) FROM lsh_buckets GROUP BY kind, doc_id / 2000
ORDER BY kind, doc_id / 2000;
DROP TABLE lsh_buckets;
