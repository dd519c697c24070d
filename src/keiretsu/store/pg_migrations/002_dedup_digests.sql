-- Each indexed document's digest (SQLite's 008): read back for the earlier documents a dedup
-- run's candidate pairs bring, instead of analysing their texts again.
ALTER TABLE dedup_docs ADD COLUMN digest bytea;
