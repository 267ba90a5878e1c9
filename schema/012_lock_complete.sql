-- namnd schema, version 12: the justering lock holds against every form
-- of write, not only plain UPDATE and DELETE.
--
-- Version 3's triggers look at the row being written. SQLite's REPLACE
-- conflict resolution (INSERT OR REPLACE, REPLACE INTO, UPDATE OR
-- REPLACE) deletes the row it collides with without firing its DELETE
-- trigger (unless recursive_triggers is on, which no program is made to
-- set), so a new row pointing at an unlocked meeting could still remove a
-- locked one by taking its id or another unique key. Here:
--   * every BEFORE INSERT refuses a row whose id (or a unique key not
--     tied to the locked parent) belongs to a locked row, whatever it
--     points at, which also covers UPSERT and a plain insert with an
--     existing id (told the lock's message, not "UNIQUE constraint");
--   * every BEFORE UPDATE refuses taking such a key from a locked row;
--   * the agenda of a justerat meeting (rows and durations: its times),
--     the beslutsunderlag and dnr of an ärende in a justerad paragraph,
--     and the rättelser's ids are locked as well.
-- The views say once what is locked; the triggers ask them by key.

-- A paragraph is locked when it or its meeting is justerad.
CREATE VIEW locked_paragraph AS
	SELECT p.id, p.meeting_id, p.case_id, p.committee_id, p.year, p.number, p.agenda_item_id
	FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
	WHERE p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL;

-- A meeting is locked when justerat, or when one of its paragraphs is
-- omedelbart justerad (its body, date, time and place are in the extract).
CREATE VIEW locked_meeting AS
	SELECT m.id, m.committee_id, m.date, m.start_time, m.justerad_on IS NOT NULL AS whole
	FROM meeting m
	WHERE m.justerad_on IS NOT NULL
	   OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL);

------------------------------------------------------------------------
-- The meeting: its id and its (committee, date, start) key.
------------------------------------------------------------------------

CREATE TRIGGER meeting_lock_replace BEFORE INSERT ON meeting
WHEN EXISTS (SELECT 1 FROM locked_meeting x WHERE x.id = NEW.id
             OR (x.committee_id = NEW.committee_id AND x.date = NEW.date
                 AND x.start_time = NEW.start_time))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: sammanträdet kan inte ersättas eller tas bort.');
END;
CREATE TRIGGER meeting_lock_rekey BEFORE UPDATE OF id, committee_id, date, start_time ON meeting
WHEN EXISTS (SELECT 1 FROM locked_meeting x WHERE x.id <> OLD.id
             AND (x.id = NEW.id OR (x.committee_id = NEW.committee_id AND x.date = NEW.date
                                    AND x.start_time = NEW.start_time)))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: sammanträdet kan inte ersättas eller tas bort.');
END;

------------------------------------------------------------------------
-- The agenda of a justerat meeting: rows, order and durations.
------------------------------------------------------------------------

CREATE TRIGGER agenda_item_lock_insert BEFORE INSERT ON agenda_item
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM agenda_item x JOIN meeting m ON m.id = x.meeting_id
             WHERE x.id = NEW.id AND m.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: föredragningslistan och dess tider kan inte ändras.');
END;
CREATE TRIGGER agenda_item_lock_update BEFORE UPDATE ON agenda_item
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR (NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM agenda_item x JOIN meeting m
      ON m.id = x.meeting_id WHERE x.id = NEW.id AND m.justerad_on IS NOT NULL))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: föredragningslistan och dess tider kan inte ändras.');
END;
CREATE TRIGGER agenda_item_lock_delete BEFORE DELETE ON agenda_item
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: föredragningslistan och dess tider kan inte ändras.');
END;

------------------------------------------------------------------------
-- Attendance: its id.
------------------------------------------------------------------------

CREATE TRIGGER attendance_lock_replace BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM attendance x JOIN locked_meeting l ON l.id = x.meeting_id
             WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER attendance_lock_rekey BEFORE UPDATE OF id ON attendance
WHEN NEW.id IS NOT OLD.id
 AND EXISTS (SELECT 1 FROM attendance x JOIN locked_meeting l ON l.id = x.meeting_id
             WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer. En rättelse görs som en ny, daterad rättelse.');
END;

------------------------------------------------------------------------
-- Paragraphs: id, (committee, year, number) and agenda row.
------------------------------------------------------------------------

CREATE TRIGGER paragraph_lock_replace BEFORE INSERT ON paragraph
WHEN EXISTS (SELECT 1 FROM locked_paragraph x WHERE x.id = NEW.id
             OR (x.committee_id = NEW.committee_id AND x.year = NEW.year AND x.number = NEW.number)
             OR x.agenda_item_id = NEW.agenda_item_id)
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ersättas eller tas bort.');
END;
CREATE TRIGGER paragraph_lock_rekey BEFORE UPDATE OF id, committee_id, year, number, agenda_item_id ON paragraph
WHEN EXISTS (SELECT 1 FROM locked_paragraph x WHERE x.id <> OLD.id
             AND (x.id = NEW.id
                  OR (x.committee_id = NEW.committee_id AND x.year = NEW.year AND x.number = NEW.number)
                  OR x.agenda_item_id = NEW.agenda_item_id))
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ersättas eller tas bort.');
END;

------------------------------------------------------------------------
-- What a paragraph records: the id of each row.
------------------------------------------------------------------------

CREATE TRIGGER motion_lock_replace BEFORE INSERT ON motion
WHEN EXISTS (SELECT 1 FROM motion x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: yrkanden i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER motion_lock_rekey BEFORE UPDATE OF id ON motion
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM motion x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: yrkanden i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER vote_lock_replace BEFORE INSERT ON vote
WHEN EXISTS (SELECT 1 FROM vote x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER vote_lock_rekey BEFORE UPDATE OF id ON vote
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM vote x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER reservation_lock_replace BEFORE INSERT ON reservation
WHEN EXISTS (SELECT 1 FROM reservation x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: reservationer i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER reservation_lock_rekey BEFORE UPDATE OF id ON reservation
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM reservation x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: reservationer i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER protocol_note_lock_replace BEFORE INSERT ON protocol_note
WHEN EXISTS (SELECT 1 FROM protocol_note x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: protokollsanteckningar i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER protocol_note_lock_rekey BEFORE UPDATE OF id ON protocol_note
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM protocol_note x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: protokollsanteckningar i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER recusal_lock_replace BEFORE INSERT ON recusal
WHEN EXISTS (SELECT 1 FROM recusal x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: jäv i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER recusal_lock_rekey BEFORE UPDATE OF id ON recusal
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM recusal x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: jäv i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER paragraph_recipient_lock_replace BEFORE INSERT ON paragraph_recipient
WHEN EXISTS (SELECT 1 FROM paragraph_recipient x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: expedieringen av en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER paragraph_recipient_lock_rekey BEFORE UPDATE OF id ON paragraph_recipient
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM paragraph_recipient x JOIN locked_paragraph l ON l.id = x.paragraph_id WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: expedieringen av en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

------------------------------------------------------------------------
-- Rättelser: never replaced.
------------------------------------------------------------------------

CREATE TRIGGER rattelse_lock_replace BEFORE INSERT ON rattelse
WHEN EXISTS (SELECT 1 FROM rattelse x WHERE x.id = NEW.id)
BEGIN
	SELECT RAISE(ABORT, 'En rättelse av ett justerat protokoll kan inte ändras; gör en ny, daterad rättelse.');
END;

------------------------------------------------------------------------
-- The ärende of a justerad paragraph: its dnr and its beslutsunderlag
-- as listed then. New beslutsunderlag may follow (an återremitterat
-- ärende comes back to a later meeting); the listed ones stay.
------------------------------------------------------------------------

CREATE TRIGGER cases_lock_replace BEFORE INSERT ON cases
WHEN EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
             WHERE x.id = NEW.id OR (x.dnr_series = NEW.dnr_series AND x.dnr_year = NEW.dnr_year
                                     AND x.dnr_number = NEW.dnr_number))
BEGIN
	SELECT RAISE(ABORT, 'Ärendet finns i ett justerat protokoll: dess diarienummer kan inte ändras och ärendet kan inte ersättas eller tas bort.');
END;
CREATE TRIGGER cases_lock_update BEFORE UPDATE OF id, dnr_series, dnr_year, dnr_number ON cases
WHEN ((NEW.id, NEW.dnr_series, NEW.dnr_year, NEW.dnr_number)
      IS NOT (OLD.id, OLD.dnr_series, OLD.dnr_year, OLD.dnr_number)
      AND EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id))
  OR EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
             WHERE x.id <> OLD.id AND (x.id = NEW.id OR (x.dnr_series = NEW.dnr_series
                   AND x.dnr_year = NEW.dnr_year AND x.dnr_number = NEW.dnr_number)))
BEGIN
	SELECT RAISE(ABORT, 'Ärendet finns i ett justerat protokoll: dess diarienummer kan inte ändras och ärendet kan inte ersättas eller tas bort.');
END;
CREATE TRIGGER cases_lock_delete BEFORE DELETE ON cases
WHEN EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id)
BEGIN
	SELECT RAISE(ABORT, 'Ärendet finns i ett justerat protokoll: dess diarienummer kan inte ändras och ärendet kan inte ersättas eller tas bort.');
END;

CREATE TRIGGER case_document_lock_insert BEFORE INSERT ON case_document
WHEN EXISTS (SELECT 1 FROM case_document x JOIN locked_paragraph l ON l.case_id = x.case_id
             WHERE x.id = NEW.id OR (x.case_id = NEW.case_id AND x.position = NEW.position))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: beslutsunderlaget som en justerad paragraf anger kan inte ändras.');
END;
CREATE TRIGGER case_document_lock_update BEFORE UPDATE ON case_document
WHEN EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id IN (OLD.case_id, NEW.case_id))
  OR EXISTS (SELECT 1 FROM case_document x JOIN locked_paragraph l ON l.case_id = x.case_id
             WHERE x.id <> OLD.id AND (x.id = NEW.id
                   OR (x.case_id = NEW.case_id AND x.position = NEW.position)))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: beslutsunderlaget som en justerad paragraf anger kan inte ändras.');
END;
CREATE TRIGGER case_document_lock_delete BEFORE DELETE ON case_document
WHEN EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.case_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: beslutsunderlaget som en justerad paragraf anger kan inte ändras.');
END;
