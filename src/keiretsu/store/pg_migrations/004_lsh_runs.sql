-- LSH buckets as runs of rows (SQLite's 010): a dedup batch appends one run of each kind, its keys
-- and their documents packed, instead of a row per bucket and document, whose random keys made
-- each batch write the whole index again. Rows already stored go over in runs of about a batch.
CREATE TABLE lsh_runs (
    id   bigserial PRIMARY KEY,
    kind integer NOT NULL,
    keys bytea NOT NULL,                  -- int8send of each key, in turn
    docs bytea NOT NULL                   -- of each key's document, alike
);
INSERT INTO lsh_runs (kind, keys, docs)
SELECT kind, string_agg(int8send(key), ''::bytea ORDER BY key, doc_id),
       string_agg(int8send(doc_id), ''::bytea ORDER BY key, doc_id)
FROM lsh_buckets GROUP BY kind, doc_id / 2000 ORDER BY kind, doc_id / 2000;
DROP TABLE lsh_buckets;
