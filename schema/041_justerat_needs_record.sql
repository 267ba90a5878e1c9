-- namnd schema, version 41: a meeting or a paragraph is justerat only
-- with its justering record (hostile pass 19, F12).
--
-- Another program could mark a meeting justerat with two plain UPDATEs
-- (paragraph.justerad_on, meeting.justerad_on), no trigger dropped: the
-- protokoll was then locked for good with no justerare's justering, no
-- record of what it said and no checksum, and nothing could undo it.
-- Now justerad_on is set only where the record of that justering (013:
-- protocol_record, number 0 for the protokoll, N for an omedelbart
-- justerad paragraph) already exists. namnd's justering writes the
-- record first and the flags after, in one transaction
-- (src/store/justering.c), so the record may now be written before the
-- flag: its insert trigger refuses only a second record. (A justering
-- dated before the meeting keeps its own message, 003.)
DROP TRIGGER IF EXISTS protocol_record_insert;
CREATE TRIGGER protocol_record_insert BEFORE INSERT ON protocol_record
WHEN EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.meeting_id
             AND r.number = NEW.number)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: det som sparades vid justeringen skrivs en gång, när protokollet (eller paragrafen) justeras, och kan inte ersättas.');
END;

DROP TRIGGER IF EXISTS meeting_justerad_record_update;
CREATE TRIGGER meeting_justerad_record_update BEFORE UPDATE OF justerad_on ON meeting
WHEN NEW.justerad_on IS NOT NULL AND OLD.justerad_on IS NULL AND NEW.justerad_on >= NEW.date
 AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.id AND r.number = 0)
BEGIN
	SELECT RAISE(ABORT, 'Ett protokoll justeras med namnd justera, som sparar vad det säger och dess kontrollsumma: det kan inte markeras justerat utan det.');
END;
DROP TRIGGER IF EXISTS meeting_justerad_record_insert;
CREATE TRIGGER meeting_justerad_record_insert BEFORE INSERT ON meeting
WHEN NEW.justerad_on IS NOT NULL AND NEW.justerad_on >= NEW.date
 AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.id AND r.number = 0)
BEGIN
	SELECT RAISE(ABORT, 'Ett protokoll justeras med namnd justera, som sparar vad det säger och dess kontrollsumma: det kan inte markeras justerat utan det.');
END;

-- A paragraph: its own record (omedelbart justerad) or the protokoll's.
DROP TRIGGER IF EXISTS paragraph_justerad_record_update;
CREATE TRIGGER paragraph_justerad_record_update BEFORE UPDATE OF justerad_on ON paragraph
WHEN NEW.justerad_on IS NOT NULL AND OLD.justerad_on IS NULL
 AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.meeting_id
                 AND r.number IN (0, NEW.number))
BEGIN
	SELECT RAISE(ABORT, 'En paragraf justeras med namnd justera (omedelbart: --paragraph N), som sparar vad den säger och dess kontrollsumma: den kan inte markeras justerad utan det.');
END;
DROP TRIGGER IF EXISTS paragraph_justerad_record_insert;
CREATE TRIGGER paragraph_justerad_record_insert BEFORE INSERT ON paragraph
WHEN NEW.justerad_on IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = NEW.meeting_id
                 AND r.number IN (0, NEW.number))
BEGIN
	SELECT RAISE(ABORT, 'En paragraf justeras med namnd justera (omedelbart: --paragraph N), som sparar vad den säger och dess kontrollsumma: den kan inte markeras justerad utan det.');
END;
