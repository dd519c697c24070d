-- An entity's best-attested relationships are read in order from an index, and counted by type
-- and status from it alone: the API's neighbourhoods and profiles of companies with thousands of
-- relationships. These replace the plain indexes on each end.
DROP INDEX relationships_source;
DROP INDEX relationships_target;
CREATE INDEX relationships_source_rank ON relationships(source_id, independent_sources DESC, mentions DESC, type, status);
CREATE INDEX relationships_target_rank ON relationships(target_id, independent_sources DESC, mentions DESC, type, status);

-- A duplicate cluster's documents and its earliest date, for regrouping only the stories that
-- new documents can join.
CREATE INDEX graph_docs_unit ON graph_docs(unit, published);
