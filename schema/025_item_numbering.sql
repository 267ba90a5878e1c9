-- namnd schema, version 25: plain item numbers per meeting (issue 12,
-- item 2). A body numbers its paragraphs either as § running through the
-- year (numbering 'paragraf' or NULL, as before) or as items 1, 2, 3 …
-- starting again at each meeting ('punkt': a samverkansråd, a
-- ledningsgrupp, many a kommunalförbund's styrelse).
ALTER TABLE committee ADD COLUMN numbering TEXT CHECK (numbering IN ('paragraf', 'punkt'));

-- A paragraph numbered per meeting has numbered_in = its meeting (0: in
-- the year's series). The key UNIQUE (committee_id, year, number) gains
-- the column, so items of different meetings may share a number while §
-- numbers (numbered_in 0) stay unique through the year as before. Only the
-- constraint's text changes, in place as 009 and 019 changed CHECK texts;
-- its index is then rebuilt from the rows by REINDEX. The mode is kept on
-- each paragraph, so a justerat protokoll keeps the numbering it had.
ALTER TABLE paragraph ADD COLUMN numbered_in INTEGER NOT NULL DEFAULT 0
	CHECK (numbered_in = 0 OR numbered_in = meeting_id);
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'UNIQUE (committee_id, year, number)',
                     'UNIQUE (committee_id, year, number, numbered_in)')
 WHERE type = 'table' AND name = 'paragraph';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_bump_025 (x);
DROP TABLE schema_bump_025;
REINDEX sqlite_autoindex_paragraph_1;

-- A paragraph of a justerat protokoll keeps its key against REPLACE and
-- re-keying (012), now with numbered_in in it: item 1 of one meeting is
-- not § 1 of the year.
DROP TRIGGER IF EXISTS paragraph_lock_replace;
CREATE TRIGGER paragraph_lock_replace BEFORE INSERT ON paragraph
WHEN EXISTS (SELECT 1 FROM locked_paragraph x JOIN paragraph y ON y.id = x.id
             WHERE x.id = NEW.id
                OR (x.committee_id = NEW.committee_id AND x.year = NEW.year
                    AND x.number = NEW.number AND y.numbered_in = NEW.numbered_in)
                OR x.agenda_item_id = NEW.agenda_item_id)
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ersättas eller tas bort.');
END;
DROP TRIGGER IF EXISTS paragraph_lock_rekey;
CREATE TRIGGER paragraph_lock_rekey
BEFORE UPDATE OF id, committee_id, year, number, agenda_item_id, numbered_in ON paragraph
WHEN EXISTS (SELECT 1 FROM locked_paragraph x JOIN paragraph y ON y.id = x.id
             WHERE x.id <> OLD.id
               AND (x.id = NEW.id
                    OR (x.committee_id = NEW.committee_id AND x.year = NEW.year
                        AND x.number = NEW.number AND y.numbered_in = NEW.numbered_in)
                    OR x.agenda_item_id = NEW.agenda_item_id))
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ersättas eller tas bort.');
END;
-- The numbering of a justerad paragraph never changes (the update lock
-- of 007 lets its anslag day be set with the other columns unchanged).
CREATE TRIGGER paragraph_lock_numbering BEFORE UPDATE OF numbered_in ON paragraph
WHEN OLD.numbered_in IS NOT NEW.numbered_in
 AND (OLD.justerad_on IS NOT NULL
      OR (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ersättas eller tas bort.');
END;
