-- The graph: relationships with their status history, stories, and what the graph was built from.

CREATE TABLE relationships (
    id                  INTEGER PRIMARY KEY,
    type                TEXT NOT NULL,
    source_id           INTEGER NOT NULL REFERENCES entities(id),
    target_id           INTEGER NOT NULL REFERENCES entities(id),
    venture             TEXT NOT NULL DEFAULT '',   -- a joint venture's name; '' otherwise
    status              TEXT NOT NULL,              -- the latest entry of the history
    attributes          TEXT NOT NULL DEFAULT '{}', -- JSON: accumulated over the history
    valid_from          TEXT,                       -- ISO date truncated to what the text gives
    valid_to            TEXT,
    first_reported      TEXT,
    last_reported       TEXT,
    mentions            INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    confidence          REAL NOT NULL,
    conflicts           TEXT NOT NULL DEFAULT '[]', -- JSON: reports that disagree
    UNIQUE (type, source_id, target_id, venture)
);
CREATE INDEX relationships_source ON relationships(source_id);
CREATE INDEX relationships_target ON relationships(target_id);
CREATE INDEX relationships_reported ON relationships(first_reported);

CREATE TABLE relationship_history (
    relationship_id INTEGER NOT NULL REFERENCES relationships(id),
    seq             INTEGER NOT NULL,
    status          TEXT NOT NULL,
    valid_from      TEXT,
    first_reported  TEXT,
    expected        TEXT,                       -- a date still to come the text gave
    attributes      TEXT NOT NULL DEFAULT '{}',
    evidence        TEXT NOT NULL DEFAULT '[]', -- JSON: mention ids (the first 20)
    sources         INTEGER NOT NULL,
    PRIMARY KEY (relationship_id, seq)
) WITHOUT ROWID;
CREATE INDEX relationship_history_reported ON relationship_history(first_reported);

CREATE TABLE graph_docs (                       -- the documents the graph was built from, as they were
    doc_id    INTEGER PRIMARY KEY,
    unit      INTEGER NOT NULL,                 -- independent story: duplicate cluster, else the document
    published TEXT
);

CREATE TABLE doc_focus (                        -- the company pairs a document is mostly about
    doc_id INTEGER NOT NULL,
    a      INTEGER NOT NULL,
    b      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, a, b)
) WITHOUT ROWID;
CREATE INDEX doc_focus_pair ON doc_focus(a, b);

CREATE TABLE stories (
    id        INTEGER PRIMARY KEY,              -- the smallest document id in the story
    title     TEXT NOT NULL,
    first     TEXT,
    last      TEXT,
    documents INTEGER NOT NULL,
    sources   INTEGER NOT NULL,                 -- independent stories (duplicate clusters) among them
    companies TEXT NOT NULL DEFAULT '[]'        -- JSON: names, most mentioned first
);
CREATE INDEX stories_last ON stories(last);

CREATE TABLE story_docs (
    doc_id   INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL
);
CREATE INDEX story_docs_story ON story_docs(story_id);

CREATE INDEX mentions_pair ON mentions(source_id, target_id, type);

-- Dates read from each mention's sentence, resolved against its document's date (keiretsu.graph.time):
-- "point|since|age|expected", each the first of its kind or empty. NULL: not read yet. They
-- depend only on the sentence and the date, so a rebuild of the graph keeps them.
ALTER TABLE mentions ADD COLUMN times TEXT;
CREATE INDEX mentions_undated ON mentions(id) WHERE times IS NULL;
