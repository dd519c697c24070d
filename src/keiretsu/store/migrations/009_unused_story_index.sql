-- Stories by their last date: no query reads it (the story list orders by coalesce(last, ''),
-- which the index does not hold, and sorts), and every graph update pays for it in random page
-- writes, one per story regrouped.
DROP INDEX stories_last;
