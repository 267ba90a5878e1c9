-- namnd schema, version 18: the diarium keeps every ärende it registered.
-- An ärende is registered (it has its dnr) from the moment it is added, so
-- it is never deleted, whichever program writes: one registered by mistake
-- is makulerat (voided) with a reason, by whom and when, and keeps its
-- dnr, so the number is never given out again. A makulerat ärende cannot
-- be put on an agenda or made a paragraph, and its makulering and the
-- rest of the record stand (the officer may still be cleared when that
-- person is removed from the register: ON DELETE SET NULL).
-- Triggers use only SQLite's built-in functions (version 8's rule).
ALTER TABLE cases ADD COLUMN voided TEXT
	CHECK (voided IS NULL OR date(voided) IS voided);
ALTER TABLE cases ADD COLUMN void_reason TEXT
	CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 1000);
ALTER TABLE cases ADD COLUMN voided_by TEXT
	CHECK (voided_by IS NULL OR length(voided_by) <= 200);

-- (The ärende of a justerat protokoll gets version 12's message instead.)
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases
WHEN NOT EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'Ett registrerat ärende tas aldrig bort ur diariet; ett ärende som registrerats av misstag makuleras (namnd case void DNR --reason SKÄL).');
END;

-- REPLACE's implicit delete fires no delete trigger: an INSERT OR REPLACE
-- or UPDATE OR REPLACE that takes a registered ärende's id or dnr would
-- remove it unseen. Both are refused before they run.
CREATE TRIGGER cases_never_replaced BEFORE INSERT ON cases
WHEN (EXISTS (SELECT 1 FROM cases WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM cases
	WHERE dnr_series = NEW.dnr_series AND dnr_year = NEW.dnr_year
	AND dnr_number = NEW.dnr_number))
  AND NOT EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
	WHERE x.id = NEW.id OR (x.dnr_series = NEW.dnr_series AND x.dnr_year = NEW.dnr_year
	AND x.dnr_number = NEW.dnr_number))
BEGIN
	SELECT RAISE(ABORT, 'Diarienumret finns redan i diariet: ett registrerat ärende ersätts aldrig.');
END;
CREATE TRIGGER cases_never_replaced_update
BEFORE UPDATE OF id, dnr_series, dnr_year, dnr_number ON cases
WHEN (EXISTS (SELECT 1 FROM cases WHERE id = NEW.id AND id <> OLD.id) OR
	EXISTS (SELECT 1 FROM cases WHERE dnr_series = NEW.dnr_series
	AND dnr_year = NEW.dnr_year AND dnr_number = NEW.dnr_number AND id <> OLD.id))
  AND NOT EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id)
  AND NOT EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
	WHERE x.id <> OLD.id AND (x.id = NEW.id OR (x.dnr_series = NEW.dnr_series
	AND x.dnr_year = NEW.dnr_year AND x.dnr_number = NEW.dnr_number)))
BEGIN
	SELECT RAISE(ABORT, 'Diarienumret finns redan i diariet: ett registrerat ärende ersätts aldrig.');
END;

CREATE TRIGGER cases_void_whole BEFORE UPDATE OF voided, void_reason ON cases
WHEN NEW.voided IS NOT NULL AND (NEW.void_reason IS NULL OR trim(NEW.void_reason) = '')
BEGIN
	SELECT RAISE(ABORT, 'Ett ärende i diariet makuleras bara med ett skäl.');
END;

CREATE TRIGGER cases_void_unused BEFORE UPDATE OF voided ON cases
WHEN NEW.voided IS NOT NULL AND OLD.voided IS NULL AND (
	EXISTS (SELECT 1 FROM agenda_item WHERE case_id = NEW.id) OR
	EXISTS (SELECT 1 FROM paragraph WHERE case_id = NEW.id))
BEGIN
	SELECT RAISE(ABORT, 'Ärendet i diariet står på en föredragningslista eller i ett protokoll och kan inte makuleras; ta först bort det från föredragningslistan (ett ärende som behandlats står kvar).');
END;

CREATE TRIGGER cases_void_final BEFORE UPDATE ON cases
WHEN OLD.voided IS NOT NULL AND (
	NEW.voided IS NOT OLD.voided OR NEW.void_reason IS NOT OLD.void_reason OR
	NEW.voided_by IS NOT OLD.voided_by OR NEW.id IS NOT OLD.id OR
	NEW.dnr_series IS NOT OLD.dnr_series OR NEW.dnr_year IS NOT OLD.dnr_year OR
	NEW.dnr_number IS NOT OLD.dnr_number OR NEW.dnr_class IS NOT OLD.dnr_class OR
	NEW.title IS NOT OLD.title OR NEW.committee_id IS NOT OLD.committee_id OR
	NEW.status IS NOT OLD.status OR NEW.registered IS NOT OLD.registered OR
	NEW.proposal IS NOT OLD.proposal OR NEW.summary IS NOT OLD.summary OR
	NEW.description IS NOT OLD.description OR
	NEW.confidential IS NOT OLD.confidential OR
	(NEW.officer_id IS NOT OLD.officer_id AND NEW.officer_id IS NOT NULL))
BEGIN
	SELECT RAISE(ABORT, 'Ärendet är makulerat i diariet och kan inte ändras.');
END;

CREATE TRIGGER agenda_item_not_voided_insert BEFORE INSERT ON agenda_item
WHEN NEW.case_id IS NOT NULL AND
	(SELECT voided FROM cases WHERE id = NEW.case_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Ärendet är makulerat i diariet och kan inte tas upp på en föredragningslista.');
END;
CREATE TRIGGER agenda_item_not_voided_update BEFORE UPDATE OF case_id ON agenda_item
WHEN NEW.case_id IS NOT NULL AND
	(SELECT voided FROM cases WHERE id = NEW.case_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Ärendet är makulerat i diariet och kan inte tas upp på en föredragningslista.');
END;
CREATE TRIGGER paragraph_not_voided_insert BEFORE INSERT ON paragraph
WHEN NEW.case_id IS NOT NULL AND
	(SELECT voided FROM cases WHERE id = NEW.case_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Ärendet är makulerat i diariet och kan inte tas upp i ett protokoll.');
END;
CREATE TRIGGER paragraph_not_voided_update BEFORE UPDATE OF case_id ON paragraph
WHEN NEW.case_id IS NOT NULL AND
	(SELECT voided FROM cases WHERE id = NEW.case_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Ärendet är makulerat i diariet och kan inte tas upp i ett protokoll.');
END;

-- The audit records the makulering like every other change of the row.
DROP TRIGGER IF EXISTS cases_audit_insert;
CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'cases', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'dnr_class', NEW.dnr_class, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential, 'voided', NEW.voided, 'void_reason', NEW.void_reason, 'voided_by', NEW.voided_by));
END;
DROP TRIGGER IF EXISTS cases_audit_update;
CREATE TRIGGER cases_audit_update AFTER UPDATE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'cases', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'dnr_class', OLD.dnr_class, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential, 'voided', OLD.voided, 'void_reason', OLD.void_reason, 'voided_by', OLD.voided_by), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'dnr_class', NEW.dnr_class, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential, 'voided', NEW.voided, 'void_reason', NEW.void_reason, 'voided_by', NEW.voided_by));
END;
