-- Runs, documents and their full-text index.

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    command     TEXT NOT NULL,
    inputs      TEXT NOT NULL,            -- JSON list of what was asked for
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,            -- running | completed | interrupted
    pid         INTEGER,
    counts      TEXT                      -- JSON: read, added, already stored, skipped, per-step stats
);

CREATE TABLE skips (
    run_id   INTEGER NOT NULL REFERENCES runs(id),
    location TEXT NOT NULL,               -- file, line, record or archive member
    reason   TEXT NOT NULL
);
CREATE INDEX skips_run ON skips(run_id);

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,           -- of clean_text
    origin_key   TEXT NOT NULL,           -- external_id, else url, else ''
    external_id  TEXT,
    title        TEXT,
    url          TEXT,
    source       TEXT,
    published    TEXT,                    -- ISO 8601 date or time; NULL when unknown
    date_source  TEXT NOT NULL CHECK (date_source IN ('metadata', 'text', 'none')),
    retrieved    TEXT,
    format       TEXT NOT NULL,
    location     TEXT NOT NULL,
    raw_text     TEXT,                    -- as read; NULL when identical to clean_text
    clean_text   TEXT NOT NULL,
    chars        INTEGER NOT NULL,
    cleaning     TEXT NOT NULL,           -- JSON: what cleaning removed, and why
    run_id       INTEGER NOT NULL REFERENCES runs(id),
    ingested_at  TEXT NOT NULL,
    UNIQUE (content_hash, origin_key)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_external_id ON documents(external_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, clean_text,
    content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
END;
