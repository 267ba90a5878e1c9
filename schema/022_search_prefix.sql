-- namnd schema, version 22: a word's beginning is found as fast as the
-- word.
--
-- The last word of a search matches as a prefix ("förvaltning" finds
-- "förvaltningen"). FTS5 answers a prefix by merging the list of every
-- word that begins so into one list in memory before the first hit: a
-- word in half of a million ärenden took 0.3 s for one page. namnd
-- instead spells the prefix out as the words it stands for (OR), which
-- FTS5 walks newest first and stops after a page. The words come from
-- the index's own vocabulary (search_vocab); reading a word there costs
-- as much as its list of ärenden, so the common words, whose lists are
-- long, are kept apart in search_common and read from there. The table
-- is a hint, never the truth: a common word missing from it is still
-- found in search_vocab (only slower), a word in it that no longer
-- occurs matches nothing. search.c adds the words it finds common.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, row);

CREATE TABLE search_common (term TEXT PRIMARY KEY) WITHOUT ROWID;

-- The threshold is SEARCH_COMMON_MIN in src/store/search.c.
INSERT INTO search_common (term) SELECT term FROM search_vocab WHERE doc >= 500;
