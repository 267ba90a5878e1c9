-- namnd schema, version 11: lookups by dnr use an index, and search folds
-- diacritics.
--
-- A dnr written without its series ("2023/109"), the pre-meeting check
-- and the agenda import look an ärende up by (year, number); the UNIQUE
-- index starts with the series, so they scanned the register. The same
-- index gives the Översikt its newest ärenden without sorting them all.
CREATE INDEX cases_year_number ON cases(dnr_year, dnr_number);

-- Removing an ärende, a paragraph or a person makes SQLite look for rows
-- that refer to it (foreign keys); without an index on the referring
-- column that is a read of the whole table.
CREATE INDEX agenda_item_presenter ON agenda_item(presenter_id);
CREATE INDEX attendance_replaces ON attendance(replaces_id);
CREATE INDEX motion_person ON motion(person_id);
CREATE INDEX vote_person ON vote(person_id);
CREATE INDEX reservation_person ON reservation(person_id);
CREATE INDEX protocol_note_person ON protocol_note(person_id);
CREATE INDEX recusal_person ON recusal(person_id);
CREATE INDEX recusal_replaced_by ON recusal(replaced_by);
CREATE INDEX rattelse_paragraph ON rattelse(paragraph_id);
CREATE INDEX delegation_case ON delegation(case_id);
CREATE INDEX delegation_decided_by ON delegation(decided_by);
CREATE INDEX justerare_person ON justerare(person_id);

-- Search matches "backeby" with "Bäckeby" and "forvaltning" with
-- "förvaltning", as a user typing on a keyboard without å ä ö expects
-- (remove_diacritics 2 folds both the text and the query). Only matching
-- is folded: titles and snippets keep their letters, and sorting stays
-- Swedish. The index is rebuilt from the records, so it also loses
-- anything that had drifted from them.
DROP TRIGGER cases_search_insert;
DROP TRIGGER cases_search_update;
DROP TRIGGER cases_search_delete;
DROP TRIGGER paragraph_search_insert;
DROP TRIGGER paragraph_search_update;
DROP TRIGGER paragraph_search_delete;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
	dnr, title, body,
	tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number),
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
-- Only a change to what is indexed rewrites the index row: a new status,
-- handläggare or nämnd does not.
CREATE TRIGGER cases_search_update
AFTER UPDATE OF dnr_series, dnr_year, dnr_number, title, summary, proposal, description
ON cases BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number),
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id;
END;

CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
CREATE TRIGGER paragraph_search_update
AFTER UPDATE OF case_id, title, account, decision, proposition ON paragraph BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id + 1;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id + 1;
END;

INSERT INTO search_index (rowid, dnr, title, body)
SELECT 2 * id, trim(dnr_series || ' ' || dnr_year || '/' || dnr_number), title,
       coalesce(summary, '') || char(10) || coalesce(proposal, '')
       || char(10) || coalesce(description, '')
  FROM cases;
INSERT INTO search_index (rowid, dnr, title, body)
SELECT 2 * p.id + 1,
       (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
          FROM cases c WHERE c.id = p.case_id),
       p.title,
       coalesce(p.account, '') || char(10) || coalesce(p.decision, '')
       || char(10) || coalesce(p.proposition, '')
  FROM paragraph p;
