-- namnd schema, version 7: the paragraph lock in words any program can
-- run. Version 6's lock compared the title with collation sv, which only
-- namnd registers, so no other program (SQLite's own shell among them)
-- could prepare an UPDATE of a paragraph, and never saw the lock's Swedish
-- message. Whether the title changed is a question of its bytes: BINARY.
-- Rule for later migrations: a trigger comparing a column declared
-- COLLATE sv says COLLATE BINARY (see also version 8).
DROP TRIGGER paragraph_lock_update;
CREATE TRIGGER paragraph_lock_update BEFORE UPDATE ON paragraph
WHEN (OLD.justerad_on IS NOT NULL
      OR (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
      OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL)
 AND NOT (OLD.justerad_on IS NOT NULL AND OLD.anslag_on IS NULL
          AND NEW.anslag_on IS NOT NULL AND NEW.anslag_on >= OLD.justerad_on
          AND (NEW.id, NEW.meeting_id, NEW.agenda_item_id, NEW.committee_id, NEW.year,
               NEW.number, NEW.title COLLATE BINARY, NEW.case_id, NEW.presenter, NEW.account,
               NEW.decision, NEW.proposition, NEW.vote_question, NEW.immediate,
               NEW.justerad_on, NEW.reviewed, NEW.review_comment, NEW.confidential,
               NEW.justerad_sha256)
           IS (OLD.id, OLD.meeting_id, OLD.agenda_item_id, OLD.committee_id, OLD.year,
               OLD.number, OLD.title, OLD.case_id, OLD.presenter, OLD.account,
               OLD.decision, OLD.proposition, OLD.vote_question, OLD.immediate,
               OLD.justerad_on, OLD.reviewed, OLD.review_comment, OLD.confidential,
               OLD.justerad_sha256))
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

-- Unchanged, made again so that it still runs before the lock (SQLite
-- runs the newest trigger first): an early anslag is told so.
DROP TRIGGER paragraph_anslag_update;
CREATE TRIGGER paragraph_anslag_update BEFORE UPDATE OF anslag_on ON paragraph
WHEN NEW.anslag_on IS NOT NULL AND (NEW.justerad_on IS NULL OR NEW.anslag_on < NEW.justerad_on)
BEGIN
	SELECT RAISE(ABORT, 'Datumen går inte ihop: anslaget om en paragrafs justering kan inte sättas upp före justeringen.');
END;
