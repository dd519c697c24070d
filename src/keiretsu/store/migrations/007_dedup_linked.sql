-- Documents whose sentence links are still to be made. A dedup run indexes documents batch by
-- batch, then links sentences once; cut short in between, the next run must still link the
-- documents the first one indexed, so which are pending lives in the store, not in memory.
-- Documents indexed before this migration were linked by the run that indexed them.
ALTER TABLE dedup_docs ADD COLUMN linked INTEGER NOT NULL DEFAULT 1;
CREATE INDEX dedup_docs_unlinked ON dedup_docs(doc_id) WHERE linked = 0;
