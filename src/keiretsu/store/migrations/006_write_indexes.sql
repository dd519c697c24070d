-- Indexes no query reads, dropped because every build pays for them in random page writes:
-- relationships by first report (changes are read from the history's own index), and undated
-- mentions (mentions are now dated where the graph first weighs them).
DROP INDEX relationships_reported;
DROP INDEX mentions_undated;
