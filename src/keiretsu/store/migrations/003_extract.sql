-- Extraction: companies and people, their aliases, and relationship mentions with their evidence.

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    name TEXT NOT NULL,                   -- canonical name
    key  TEXT NOT NULL,                   -- what names are compared by (keiretsu.extract.names.name_key)
    UNIQUE (kind, key)
);

CREATE TABLE entity_aliases (             -- every surface form seen
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias     TEXT NOT NULL,
    seen      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE entity_mentions (            -- where each entity is named: highlights in documents
    doc_id    INTEGER NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

CREATE TABLE mentions (                   -- one sentence's statement of a relationship
    id         INTEGER PRIMARY KEY,
    doc_id     INTEGER NOT NULL REFERENCES documents(id),
    type       TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES entities(id),
    target_id  INTEGER NOT NULL REFERENCES entities(id),
    status     TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}',  -- JSON
    sentence   TEXT NOT NULL,
    start      INTEGER NOT NULL,            -- the sentence's span in the document's clean text
    end        INTEGER NOT NULL,
    trigger    TEXT NOT NULL DEFAULT '',
    cues       TEXT NOT NULL DEFAULT '[]',  -- JSON: the words that set the status
    confidence REAL NOT NULL,
    extractor  TEXT NOT NULL,
    copy_of    INTEGER REFERENCES mentions(id)  -- evidence from a duplicate copy: the original's mention
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_source ON mentions(source_id);
CREATE INDEX mentions_target ON mentions(target_id);
CREATE INDEX mentions_type ON mentions(type, status);

CREATE TABLE extracted_docs (             -- documents done: read, or recorded as a copy of one read
    doc_id    INTEGER PRIMARY KEY REFERENCES documents(id),
    extractor TEXT NOT NULL,
    how       TEXT NOT NULL CHECK (how IN ('read', 'copy')),
    sentences INTEGER NOT NULL DEFAULT 0,
    parsed    INTEGER NOT NULL DEFAULT 0,
    at        TEXT NOT NULL
);
