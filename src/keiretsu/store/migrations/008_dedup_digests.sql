-- Each indexed document's digest (what matching it with others reads of its sentences, see
-- dedup/digests.py): a run reads it back for the earlier documents its candidate pairs bring,
-- instead of analysing their texts again, so the run keeps only a bounded cache in memory.
-- Documents indexed before this migration have none, and are analysed as before.
ALTER TABLE dedup_docs ADD COLUMN digest BLOB;
