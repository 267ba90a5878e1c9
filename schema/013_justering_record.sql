-- namnd schema, version 13: a justerat protokoll is a record, not a view.
--
-- protocol_record holds, from the moment of justering, everything the
-- protokoll and its utdrag, anslag and beslutslista say (people with
-- party, title, role and organisation as at the meeting, the body's and
-- the organisation's names, the settings printed, dnr as then written),
-- written by namnd (src/store/record.c). number 0 is the whole protokoll,
-- N an omedelbart justerad paragraph. Later edits of people, bodies,
-- memberships or settings never reach a justerat document. A record is
-- written once, at justering, and never changed or removed.
CREATE TABLE protocol_record (
	meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
	number     INTEGER NOT NULL CHECK (number >= 0),
	body       TEXT NOT NULL,
	PRIMARY KEY (meeting_id, number)
) WITHOUT ROWID;

CREATE TRIGGER protocol_record_insert BEFORE INSERT ON protocol_record
WHEN EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.meeting_id
             AND r.number = NEW.number)
  OR (NEW.number = 0 AND (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NULL)
  OR (NEW.number > 0 AND (SELECT justerad_on FROM paragraph WHERE meeting_id = NEW.meeting_id
                          AND number = NEW.number) IS NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: det som sparades vid justeringen skrivs en gång, när protokollet (eller paragrafen) justeras, och kan inte ersättas.');
END;
CREATE TRIGGER protocol_record_update BEFORE UPDATE ON protocol_record
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: det som sparades vid justeringen kan inte ändras.');
END;
CREATE TRIGGER protocol_record_delete BEFORE DELETE ON protocol_record
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: det som sparades vid justeringen kan inte tas bort.');
END;

-- Party is dated: each earlier party of a person with the day it ended
-- (the day of the change; the new one holds from then). A protokoll
-- shows the party held on the meeting's day. namnd writes a row when a
-- party changes (a TEMP trigger of its own, src/store/db.c, so the day
-- honours NAMND_TODAY); another program changing person.party directly
-- leaves no history, and earlier protokoll that are not yet justerat show
-- the new party.
CREATE TABLE person_party (
	person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
	party     TEXT CHECK (party IS NULL OR length(party) BETWEEN 1 AND 20),
	until     TEXT NOT NULL CHECK (date(until) IS until),
	PRIMARY KEY (person_id, until)
) WITHOUT ROWID;

CREATE TRIGGER person_party_audit_insert AFTER INSERT ON person_party BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'person_party', NEW.person_id, 'insert', json_object('person_id', NEW.person_id, 'party', NEW.party, 'until', NEW.until));
END;
