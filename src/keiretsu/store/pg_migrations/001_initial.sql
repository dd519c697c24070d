-- The whole schema of SQLite's migrations 001-007, as PostgreSQL has it.
-- Text compares byte by byte (COLLATE "C"), as in SQLite: orderings and ranges do not depend on
-- the server's locale, so both backends list the same rows in the same order.
-- Ids are given by the store (the next after the largest, as SQLite's rowids are), not by
-- sequences, which a rolled-back batch would leave gaps in.

-- Words as SQLite's unicode61 tokenizer sees them: split at every ASCII space and punctuation mark
-- ("window.__pwned" is two words, "AT&T" two, "U.S." two), where PostgreSQL's own parser would keep
-- host names, file names and HTML tags whole. The marks are listed one by one, not as a class,
-- so that no server locale changes them. Search indexes and queries both go through it.
CREATE FUNCTION keiretsu_words(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(t, '[[:space:]!"#$%&''()*+,./:;<=>?@\[\\\]^_`{|}~-]+', ' ', 'g')
$$;

CREATE TABLE runs (
    id          bigint PRIMARY KEY,
    command     text COLLATE "C" NOT NULL,
    inputs      text NOT NULL,                    -- JSON list of what was asked for
    started_at  text COLLATE "C" NOT NULL,
    finished_at text COLLATE "C",
    status      text COLLATE "C" NOT NULL,        -- running | completed | interrupted | failed
    pid         bigint,
    counts      text                              -- JSON
);

CREATE TABLE skips (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- the order they were reported in
    run_id   bigint NOT NULL REFERENCES runs(id),
    location text NOT NULL,
    reason   text NOT NULL
);
CREATE INDEX skips_run ON skips(run_id);

CREATE TABLE documents (
    id           bigint PRIMARY KEY,
    content_hash text COLLATE "C" NOT NULL,
    origin_key   text COLLATE "C" NOT NULL,
    external_id  text COLLATE "C",
    title        text COLLATE "C",
    url          text COLLATE "C",
    source       text COLLATE "C",
    published    text COLLATE "C",
    date_source  text NOT NULL CHECK (date_source IN ('metadata', 'text', 'none')),
    retrieved    text COLLATE "C",
    format       text COLLATE "C" NOT NULL,
    location     text COLLATE "C" NOT NULL,
    raw_text     text,
    clean_text   text NOT NULL,
    chars        bigint NOT NULL,
    cleaning     text NOT NULL,
    run_id       bigint NOT NULL REFERENCES runs(id),
    ingested_at  text COLLATE "C" NOT NULL,
    -- The full-text index: title words rank above body words. 'simple' neither stems nor drops
    -- stop words, as SQLite's unicode61 tokenizer does not.
    fts          tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('simple', keiretsu_words(coalesce(title, ''))), 'A')
                     || setweight(to_tsvector('simple', keiretsu_words(clean_text)), 'B')) STORED,
    UNIQUE (content_hash, origin_key)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_external_id ON documents(external_id);
CREATE INDEX documents_fts ON documents USING gin (fts);

CREATE TABLE meta (
    key   text COLLATE "C" PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE dedup_docs (
    doc_id   bigint PRIMARY KEY REFERENCES documents(id),
    near_sig bytea,
    para_sig bytea,
    linked   integer NOT NULL DEFAULT 1   -- 0: sentence links still to be made (SQLite's 007)
);
CREATE INDEX dedup_docs_unlinked ON dedup_docs(doc_id) WHERE linked = 0;

CREATE TABLE lsh_buckets (
    kind   integer NOT NULL,
    key    bigint NOT NULL,
    doc_id bigint NOT NULL,
    PRIMARY KEY (kind, key, doc_id)
);

CREATE TABLE doc_links (
    a          bigint NOT NULL,
    b          bigint NOT NULL,
    level      text COLLATE "C" NOT NULL CHECK (level IN ('exact', 'near', 'paraphrase')),
    similarity double precision NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX doc_links_b ON doc_links(b);

CREATE TABLE doc_clusters (
    doc_id     bigint PRIMARY KEY,
    cluster_id bigint NOT NULL,
    level      text COLLATE "C" NOT NULL,
    similarity double precision NOT NULL
);
CREATE INDEX doc_clusters_cluster ON doc_clusters(cluster_id);

CREATE TABLE sentence_links (
    doc_a      bigint NOT NULL,
    sent_a     integer NOT NULL,
    start_a    integer NOT NULL,
    end_a      integer NOT NULL,
    doc_b      bigint NOT NULL,
    sent_b     integer NOT NULL,
    start_b    integer NOT NULL,
    end_b      integer NOT NULL,
    level      text COLLATE "C" NOT NULL,
    similarity double precision NOT NULL
);
CREATE INDEX sentence_links_a ON sentence_links(doc_a);
CREATE INDEX sentence_links_b ON sentence_links(doc_b);

CREATE TABLE sentence_df (
    hash bigint PRIMARY KEY,
    df   bigint NOT NULL
);

CREATE TABLE entities (
    id   bigint PRIMARY KEY,
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('company', 'person')),
    name text COLLATE "C" NOT NULL,
    key  text COLLATE "C" NOT NULL,
    UNIQUE (kind, key)
);

CREATE TABLE entity_aliases (
    entity_id bigint NOT NULL REFERENCES entities(id),
    alias     text COLLATE "C" NOT NULL,
    seen      bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE entity_mentions (
    doc_id    bigint NOT NULL REFERENCES documents(id),
    entity_id bigint NOT NULL REFERENCES entities(id),
    start     integer NOT NULL,
    "end"     integer NOT NULL,
    text      text COLLATE "C" NOT NULL
);
CREATE INDEX entity_mentions_doc ON entity_mentions(doc_id);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

CREATE TABLE mentions (
    id         bigint PRIMARY KEY,
    doc_id     bigint NOT NULL REFERENCES documents(id),
    type       text COLLATE "C" NOT NULL,
    source_id  bigint NOT NULL REFERENCES entities(id),
    target_id  bigint NOT NULL REFERENCES entities(id),
    status     text COLLATE "C" NOT NULL,
    attributes text NOT NULL DEFAULT '{}',
    sentence   text NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL,
    trigger    text COLLATE "C" NOT NULL DEFAULT '',
    cues       text NOT NULL DEFAULT '[]',
    confidence double precision NOT NULL,
    extractor  text COLLATE "C" NOT NULL,
    copy_of    bigint REFERENCES mentions(id),
    times      text                                 -- see SQLite's migration 004
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_source ON mentions(source_id);
CREATE INDEX mentions_target ON mentions(target_id);
CREATE INDEX mentions_type ON mentions(type, status);
CREATE INDEX mentions_pair ON mentions(source_id, target_id, type);
-- Deleting mentions checks that no copy still points at them: without this, each check scans.
CREATE INDEX mentions_copy_of ON mentions(copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE extracted_docs (
    doc_id    bigint PRIMARY KEY REFERENCES documents(id),
    extractor text COLLATE "C" NOT NULL,
    how       text COLLATE "C" NOT NULL CHECK (how IN ('read', 'copy')),
    sentences integer NOT NULL DEFAULT 0,
    parsed    integer NOT NULL DEFAULT 0,
    at        text COLLATE "C" NOT NULL
);

CREATE TABLE relationships (
    id                  bigint PRIMARY KEY,
    type                text COLLATE "C" NOT NULL,
    source_id           bigint NOT NULL REFERENCES entities(id),
    target_id           bigint NOT NULL REFERENCES entities(id),
    venture             text COLLATE "C" NOT NULL DEFAULT '',
    status              text COLLATE "C" NOT NULL,
    attributes          text NOT NULL DEFAULT '{}',
    valid_from          text COLLATE "C",
    valid_to            text COLLATE "C",
    first_reported      text COLLATE "C",
    last_reported       text COLLATE "C",
    mentions            bigint NOT NULL,
    independent_sources bigint NOT NULL,
    confidence          double precision NOT NULL,
    conflicts           text NOT NULL DEFAULT '[]',
    UNIQUE (type, source_id, target_id, venture)
);
CREATE INDEX relationships_source_rank ON relationships(source_id, independent_sources DESC, mentions DESC, type, status);
CREATE INDEX relationships_target_rank ON relationships(target_id, independent_sources DESC, mentions DESC, type, status);

CREATE TABLE relationship_history (
    relationship_id bigint NOT NULL REFERENCES relationships(id),
    seq             integer NOT NULL,
    status          text COLLATE "C" NOT NULL,
    valid_from      text COLLATE "C",
    first_reported  text COLLATE "C",
    expected        text COLLATE "C",
    attributes      text NOT NULL DEFAULT '{}',
    evidence        text NOT NULL DEFAULT '[]',
    sources         bigint NOT NULL,
    PRIMARY KEY (relationship_id, seq)
);
CREATE INDEX relationship_history_reported ON relationship_history(first_reported);

CREATE TABLE graph_docs (
    doc_id    bigint PRIMARY KEY,
    unit      bigint NOT NULL,
    published text COLLATE "C"
);
CREATE INDEX graph_docs_unit ON graph_docs(unit, published);

CREATE TABLE doc_focus (
    doc_id bigint NOT NULL,
    a      bigint NOT NULL,
    b      bigint NOT NULL,
    PRIMARY KEY (doc_id, a, b)
);
CREATE INDEX doc_focus_pair ON doc_focus(a, b);

CREATE TABLE stories (
    id        bigint PRIMARY KEY,
    title     text COLLATE "C" NOT NULL,
    first     text COLLATE "C",
    last      text COLLATE "C",
    documents bigint NOT NULL,
    sources   bigint NOT NULL,
    companies text NOT NULL DEFAULT '[]'
);
CREATE INDEX stories_last ON stories(last);

CREATE TABLE story_docs (
    doc_id   bigint PRIMARY KEY,
    story_id bigint NOT NULL
);
CREATE INDEX story_docs_story ON story_docs(story_id);
