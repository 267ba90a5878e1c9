-- namnd schema, version 23: an ärende may be an utkast (draft) before it
-- is registered. An utkast has no diarienummer: no number of any series
-- is used up by it, and it gets the next one when it is registered. Only
-- an utkast that never stood in a sent kallelse or in a protokoll may be
-- removed; a registered ärende never is (version 18).
--
-- The data model. cases.dnr_* are NOT NULL and (series, year, number) is
-- UNIQUE (version 1); making them nullable means rebuilding the table
-- with every index, trigger and search hook (minutes at a million
-- ärenden), and NULLs would break the list's keyset order, which pages by
-- (series, year, number). Instead an utkast holds a placeholder outside
-- every series: series '', year 1900 and a NEGATIVE number (a running
-- number starts at 1). The row keeps its place in the unique index and in
-- the dnr order (the utkast come first), every existing query and index
-- works unchanged, and "is an utkast" is dnr_number < 0, nothing else.
-- Only the CHECK on dnr_number is widened, in place as version 9 did
-- (https://sqlite.org/lang_altertable.html: changing a CHECK that every
-- row still meets rewrites no row); the RESET reloads this connection's
-- schema and the table made and dropped moves the schema cookie for the
-- others.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (dnr_number BETWEEN 1 AND 9999999)',
                     'CHECK (dnr_number BETWEEN 1 AND 9999999 OR (dnr_number < 0 '
                     || 'AND dnr_series = '''' AND dnr_year = 1900))')
 WHERE type = 'table' AND name = 'cases';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_bump_023 (x);
DROP TABLE schema_bump_023;

-- Where an utkast has been seen: the first sent kallelse whose agenda, or
-- protokoll whose paragraph, held it ("kallelsen till UBN 2024-03-20").
-- Written by the triggers below whichever program writes, and never
-- changed or removed: taking the utkast off the agenda afterwards does
-- not unsend the kallelse.
CREATE TABLE case_shown (
	case_id  INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE RESTRICT,
	shown_in TEXT NOT NULL CHECK (length(shown_in) BETWEEN 1 AND 200)
);
CREATE TRIGGER case_shown_kept_update BEFORE UPDATE ON case_shown
BEGIN
	SELECT RAISE(ABORT, 'Att utkastet har stått i en kallelse eller ett protokoll står fast.');
END;
CREATE TRIGGER case_shown_kept_delete BEFORE DELETE ON case_shown
BEGIN
	SELECT RAISE(ABORT, 'Att utkastet har stått i en kallelse eller ett protokoll står fast.');
END;

-- A kallelse is sent (or recorded as sent): every utkast on its agenda.
CREATE TRIGGER meeting_kallelse_shows_drafts AFTER UPDATE OF kallelse_sent_on ON meeting
WHEN NEW.kallelse_sent_on IS NOT NULL
BEGIN
	INSERT OR IGNORE INTO case_shown (case_id, shown_in)
	SELECT DISTINCT a.case_id, 'kallelsen till ' || coalesce((SELECT code FROM committee
		WHERE id = NEW.committee_id), '') || ' ' || NEW.date
	  FROM agenda_item a JOIN cases c ON c.id = a.case_id
	 WHERE a.meeting_id = NEW.id AND c.dnr_number < 0;
END;
-- An utkast put on the agenda of a meeting whose kallelse went out: the
-- kallelse as printed, published or sent again from now on holds it.
CREATE TRIGGER agenda_item_shows_draft_insert AFTER INSERT ON agenda_item
WHEN NEW.case_id IS NOT NULL
  AND (SELECT dnr_number FROM cases WHERE id = NEW.case_id) < 0
  AND (SELECT kallelse_sent_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	INSERT OR IGNORE INTO case_shown (case_id, shown_in)
	SELECT NEW.case_id, 'kallelsen till ' || coalesce(k.code, '') || ' ' || m.date
	  FROM meeting m LEFT JOIN committee k ON k.id = m.committee_id WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER agenda_item_shows_draft_update AFTER UPDATE OF case_id, meeting_id ON agenda_item
WHEN NEW.case_id IS NOT NULL
  AND (SELECT dnr_number FROM cases WHERE id = NEW.case_id) < 0
  AND (SELECT kallelse_sent_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	INSERT OR IGNORE INTO case_shown (case_id, shown_in)
	SELECT NEW.case_id, 'kallelsen till ' || coalesce(k.code, '') || ' ' || m.date
	  FROM meeting m LEFT JOIN committee k ON k.id = m.committee_id WHERE m.id = NEW.meeting_id;
END;
-- A paragraph of a protokoll about an utkast.
CREATE TRIGGER paragraph_shows_draft_insert AFTER INSERT ON paragraph
WHEN NEW.case_id IS NOT NULL AND (SELECT dnr_number FROM cases WHERE id = NEW.case_id) < 0
BEGIN
	INSERT OR IGNORE INTO case_shown (case_id, shown_in)
	SELECT NEW.case_id, 'protokollet för ' || coalesce(k.code, '') || ' ' || m.date
	  FROM meeting m LEFT JOIN committee k ON k.id = m.committee_id WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER paragraph_shows_draft_update AFTER UPDATE OF case_id ON paragraph
WHEN NEW.case_id IS NOT NULL AND (SELECT dnr_number FROM cases WHERE id = NEW.case_id) < 0
BEGIN
	INSERT OR IGNORE INTO case_shown (case_id, shown_in)
	SELECT NEW.case_id, 'protokollet för ' || coalesce(k.code, '') || ' ' || m.date
	  FROM meeting m LEFT JOIN committee k ON k.id = m.committee_id WHERE m.id = NEW.meeting_id;
END;

-- Version 18's rule, now for the registered ärenden only.
DROP TRIGGER IF EXISTS cases_never_deleted;
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases
WHEN OLD.dnr_number > 0
  AND NOT EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'Ett registrerat ärende tas aldrig bort ur diariet; ett ärende som registrerats av misstag makuleras (namnd case void DNR --reason SKÄL).');
END;
-- An utkast that was seen stays (foreign keys are off in other programs:
-- the agenda and the protokoll are asked here too).
CREATE TRIGGER cases_draft_shown_kept BEFORE DELETE ON cases
WHEN OLD.dnr_number < 0 AND (EXISTS (SELECT 1 FROM case_shown WHERE case_id = OLD.id)
	OR EXISTS (SELECT 1 FROM paragraph WHERE case_id = OLD.id))
BEGIN
	SELECT RAISE(ABORT, 'Utkastet har stått i en skickad kallelse eller i ett protokoll och tas inte bort ur diariet; registrera det (namnd case register) och makulera det om det inte ska behandlas.');
END;
CREATE TRIGGER cases_draft_on_agenda BEFORE DELETE ON cases
WHEN OLD.dnr_number < 0 AND EXISTS (SELECT 1 FROM agenda_item WHERE case_id = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'Utkastet står på en föredragningslista; ta först bort punkten.');
END;
-- A number once given stays: a registered ärende never becomes an utkast
-- again (which would make it removable).
CREATE TRIGGER cases_registered_stays BEFORE UPDATE OF dnr_number ON cases
WHEN OLD.dnr_number > 0 AND NEW.dnr_number < 0
BEGIN
	SELECT RAISE(ABORT, 'Ett registrerat ärende blir aldrig ett utkast igen: diarienumret står kvar i diariet.');
END;
-- Makulering is for a number given by mistake; an utkast has none.
CREATE TRIGGER cases_draft_not_voided BEFORE UPDATE OF voided, dnr_number ON cases
WHEN NEW.voided IS NOT NULL AND NEW.dnr_number < 0
BEGIN
	SELECT RAISE(ABORT, 'Ett utkast har inget diarienummer att makulera: ta bort det, eller registrera det först.');
END;

-- The search index says "utkast" where the dnr stands, and a registered
-- utkast's paragraphs are found by their new dnr.
DROP TRIGGER IF EXISTS cases_search_insert;
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        CASE WHEN NEW.dnr_number < 0 THEN 'utkast'
	             ELSE trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number) END,
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
DROP TRIGGER IF EXISTS cases_search_update;
CREATE TRIGGER cases_search_update
AFTER UPDATE OF dnr_series, dnr_year, dnr_number, title, summary, proposal, description
ON cases BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        CASE WHEN NEW.dnr_number < 0 THEN 'utkast'
	             ELSE trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number) END,
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
CREATE TRIGGER cases_search_registered
AFTER UPDATE OF dnr_number ON cases WHEN OLD.dnr_number < 0 AND NEW.dnr_number > 0
BEGIN
	UPDATE search_index SET dnr = trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number)
	 WHERE rowid IN (SELECT 2 * id + 1 FROM paragraph WHERE case_id = NEW.id);
END;
DROP TRIGGER IF EXISTS paragraph_search_insert;
CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT CASE WHEN c.dnr_number < 0 THEN 'utkast'
	                     ELSE trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number) END
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
DROP TRIGGER IF EXISTS paragraph_search_update;
CREATE TRIGGER paragraph_search_update
AFTER UPDATE OF case_id, title, account, decision, proposition ON paragraph BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id + 1;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT CASE WHEN c.dnr_number < 0 THEN 'utkast'
	                     ELSE trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number) END
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
