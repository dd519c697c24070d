-- Stories by their last date (SQLite's 009): no query reads it, and every graph update writes
-- an entry for each story regrouped.
DROP INDEX stories_last;
