-- namnd schema, version 3: justering. The justerare chosen per meeting,
-- the checksum of an omedelbart justerad paragraph, and the triggers that
-- make a justerat protokoll unchangeable whichever program writes to the
-- file (KL 5 kap. 69-70 §§ via 6 kap. 35 §). A correction is a new, dated
-- rättelse row, never an edit.
--
-- What is locked:
--   * a meeting is justerat when meeting.justerad_on is set: its paragraphs,
--     their yrkanden, votes, reservationer, protokollsanteckningar, jäv and
--     expediering, its attendance, its justerare and the meeting's own
--     protocol fields can no longer be inserted, changed or deleted;
--   * a paragraph is omedelbart justerad when paragraph.justerad_on is set
--     while the meeting is not: that paragraph and the rows under it are
--     locked, and so is the attendance that covers its number; the
--     meeting's committee, date, start time and place, which the paragraph's
--     extract states, are locked as well.
-- Every RAISE message says "justerat", which the program maps to its
-- "locked" error.

-- Justerare: one or two members chosen at the meeting to approve the
-- protokoll together with the ordförande.
CREATE TABLE justerare (
	meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 9),
	PRIMARY KEY (meeting_id, person_id),
	UNIQUE (meeting_id, position)
) WITHOUT ROWID;

-- SHA-256 of the canonical text of an omedelbart justerad paragraph (the
-- whole protokoll's is meeting.protocol_sha256).
ALTER TABLE paragraph ADD COLUMN justerad_sha256 TEXT
	CHECK (justerad_sha256 IS NULL OR (length(justerad_sha256) = 64
	       AND justerad_sha256 NOT GLOB '*[^0-9a-f]*'));

CREATE TRIGGER justerare_audit_insert AFTER INSERT ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'justerare', NEW.meeting_id, 'insert', json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'position', NEW.position));
END;
CREATE TRIGGER justerare_audit_update AFTER UPDATE ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'justerare', NEW.meeting_id, 'update', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'position', OLD.position), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'position', NEW.position));
END;
CREATE TRIGGER justerare_audit_delete AFTER DELETE ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'justerare', OLD.meeting_id, 'delete', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'position', OLD.position));
END;

------------------------------------------------------------------------
-- The meeting
------------------------------------------------------------------------

-- Order of the dates: no justering before the meeting, no anslag before
-- the justering.
CREATE TRIGGER meeting_dates_insert BEFORE INSERT ON meeting
WHEN (NEW.justerad_on IS NOT NULL AND NEW.justerad_on < NEW.date)
  OR (NEW.anslag_on IS NOT NULL AND (NEW.justerad_on IS NULL OR NEW.anslag_on < NEW.justerad_on))
BEGIN
	SELECT RAISE(ABORT, 'Datumen går inte ihop: protokollet kan inte vara justerat före sammanträdet, och anslaget kan inte sättas upp före justeringen.');
END;
CREATE TRIGGER meeting_dates_update BEFORE UPDATE OF date, justerad_on, anslag_on ON meeting
WHEN (NEW.justerad_on IS NOT NULL AND NEW.justerad_on < NEW.date)
  OR (NEW.anslag_on IS NOT NULL AND (NEW.justerad_on IS NULL OR NEW.anslag_on < NEW.justerad_on))
BEGIN
	SELECT RAISE(ABORT, 'Datumen går inte ihop: protokollet kan inte vara justerat före sammanträdet, och anslaget kan inte sättas upp före justeringen.');
END;

-- A justerat protokoll's facts stay as they were. Status may still move
-- on (anslaget, arkiverat), the anslag date may be set once, and notes
-- (not part of the protokoll) may change.
CREATE TRIGGER meeting_lock_update BEFORE UPDATE ON meeting
WHEN OLD.justerad_on IS NOT NULL AND (
	NEW.id IS NOT OLD.id OR NEW.committee_id IS NOT OLD.committee_id
	OR NEW.date IS NOT OLD.date OR NEW.start_time IS NOT OLD.start_time
	OR NEW.end_time IS NOT OLD.end_time OR NEW.place IS NOT OLD.place
	OR NEW.justering_place IS NOT OLD.justering_place
	OR NEW.justering_date IS NOT OLD.justering_date
	OR NEW.justerad_on IS NOT OLD.justerad_on
	OR NEW.protocol_sha256 IS NOT OLD.protocol_sha256
	OR (OLD.anslag_on IS NOT NULL AND NEW.anslag_on IS NOT OLD.anslag_on)
	OR NEW.status IN ('planerat', 'kallat', 'genomfört'))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: sammanträdets datum, tid, plats, justering och kontrollsumma kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

-- An omedelbart justerad paragraph's extract states the body, date, time
-- and place of the meeting.
CREATE TRIGGER meeting_lock_update_immediate BEFORE UPDATE OF id, committee_id, date, start_time, place ON meeting
WHEN OLD.justerad_on IS NULL
 AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.id AND p.justerad_on IS NOT NULL)
 AND (NEW.id IS NOT OLD.id OR NEW.committee_id IS NOT OLD.committee_id
      OR NEW.date IS NOT OLD.date OR NEW.start_time IS NOT OLD.start_time
      OR NEW.place IS NOT OLD.place)
BEGIN
	SELECT RAISE(ABORT, 'En paragraf är omedelbart justerad (justerat protokollsutdrag): sammanträdets nämnd, datum, tid och plats kan inte ändras.');
END;

CREATE TRIGGER meeting_lock_delete BEFORE DELETE ON meeting
WHEN OLD.justerad_on IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.id AND p.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: sammanträdet kan inte tas bort.');
END;

CREATE TRIGGER justerare_lock_insert BEFORE INSERT ON justerare
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = NEW.meeting_id AND p.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet (eller en omedelbart justerad paragraf) är justerat: justerarna kan inte ändras.');
END;
CREATE TRIGGER justerare_lock_update BEFORE UPDATE ON justerare
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id IN (OLD.meeting_id, NEW.meeting_id)
             AND p.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet (eller en omedelbart justerad paragraf) är justerat: justerarna kan inte ändras.');
END;
CREATE TRIGGER justerare_lock_delete BEFORE DELETE ON justerare
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id AND p.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet (eller en omedelbart justerad paragraf) är justerat: justerarna kan inte ändras.');
END;

------------------------------------------------------------------------
-- Attendance: locked with the meeting, and where it covers an
-- omedelbart justerad paragraph. A row covers paragraph n when
-- from_paragraph <= n and (to_paragraph IS NULL or n <= to_paragraph).
------------------------------------------------------------------------

CREATE TRIGGER attendance_lock_insert BEFORE INSERT ON attendance
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = NEW.meeting_id
             AND p.justerad_on IS NOT NULL AND p.number >= NEW.from_paragraph
             AND (NEW.to_paragraph IS NULL OR p.number <= NEW.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer. En rättelse görs som en ny, daterad rättelse.');
END;

-- An update may shorten or extend a row as long as every justerad
-- paragraph it covered stays covered by the same person in the same role,
-- and no justerad paragraph comes to be covered.
CREATE TRIGGER attendance_lock_update BEFORE UPDATE ON attendance
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id
             AND p.justerad_on IS NOT NULL
             AND p.number >= OLD.from_paragraph
             AND (OLD.to_paragraph IS NULL OR p.number <= OLD.to_paragraph)
             AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id
                  OR NEW.status IS NOT OLD.status OR NEW.replaces_id IS NOT OLD.replaces_id
                  OR p.number < NEW.from_paragraph
                  OR (NEW.to_paragraph IS NOT NULL AND p.number > NEW.to_paragraph)))
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = NEW.meeting_id
             AND p.justerad_on IS NOT NULL
             AND p.number >= NEW.from_paragraph
             AND (NEW.to_paragraph IS NULL OR p.number <= NEW.to_paragraph)
             AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id
                  OR NEW.status IS NOT OLD.status OR NEW.replaces_id IS NOT OLD.replaces_id
                  OR p.number < OLD.from_paragraph
                  OR (OLD.to_paragraph IS NOT NULL AND p.number > OLD.to_paragraph)))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER attendance_lock_delete BEFORE DELETE ON attendance
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id
             AND p.justerad_on IS NOT NULL AND p.number >= OLD.from_paragraph
             AND (OLD.to_paragraph IS NULL OR p.number <= OLD.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: närvaron kan inte ändras för justerade paragrafer. En rättelse görs som en ny, daterad rättelse.');
END;

------------------------------------------------------------------------
-- Paragraphs
------------------------------------------------------------------------

CREATE TRIGGER paragraph_lock_insert BEFORE INSERT ON paragraph
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: en paragraf kan inte läggas till. En rättelse görs som en ny, daterad rättelse.');
END;

-- Setting justerad_on (with its checksum) on a paragraph that is not yet
-- justerad is the justering itself; after that nothing changes.
CREATE TRIGGER paragraph_lock_update BEFORE UPDATE ON paragraph
WHEN OLD.justerad_on IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER paragraph_lock_delete BEFORE DELETE ON paragraph
WHEN OLD.justerad_on IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte tas bort.');
END;

------------------------------------------------------------------------
-- What a paragraph records: locked with it.
------------------------------------------------------------------------

CREATE TRIGGER motion_lock_insert BEFORE INSERT ON motion
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: yrkanden i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER motion_lock_update BEFORE UPDATE ON motion
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: yrkanden i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER motion_lock_delete BEFORE DELETE ON motion
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: yrkanden i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER vote_lock_insert BEFORE INSERT ON vote
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER vote_lock_update BEFORE UPDATE ON vote
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER vote_lock_delete BEFORE DELETE ON vote
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: omröstningen i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER reservation_lock_insert BEFORE INSERT ON reservation
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: reservationer i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER reservation_lock_update BEFORE UPDATE ON reservation
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: reservationer i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER reservation_lock_delete BEFORE DELETE ON reservation
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: reservationer i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER protocol_note_lock_insert BEFORE INSERT ON protocol_note
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: protokollsanteckningar i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER protocol_note_lock_update BEFORE UPDATE ON protocol_note
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: protokollsanteckningar i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER protocol_note_lock_delete BEFORE DELETE ON protocol_note
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: protokollsanteckningar i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER recusal_lock_insert BEFORE INSERT ON recusal
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: jäv i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER recusal_lock_update BEFORE UPDATE ON recusal
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: jäv i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER recusal_lock_delete BEFORE DELETE ON recusal
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: jäv i en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

CREATE TRIGGER paragraph_recipient_lock_insert BEFORE INSERT ON paragraph_recipient
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = NEW.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: expedieringen av en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER paragraph_recipient_lock_update BEFORE UPDATE ON paragraph_recipient
WHEN (SELECT count(*) FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
      WHERE p.id IN (OLD.paragraph_id, NEW.paragraph_id)
        AND (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)) > 0
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: expedieringen av en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;
CREATE TRIGGER paragraph_recipient_lock_delete BEFORE DELETE ON paragraph_recipient
WHEN (SELECT p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL FROM paragraph p
      JOIN meeting m ON m.id = p.meeting_id WHERE p.id = OLD.paragraph_id)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: expedieringen av en justerad paragraf kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

------------------------------------------------------------------------
-- Rättelse: only of what is justerat, and itself never edited.
------------------------------------------------------------------------

CREATE TRIGGER rattelse_only_justerat BEFORE INSERT ON rattelse
WHEN NOT ((SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
          OR (NEW.paragraph_id IS NOT NULL AND (SELECT justerad_on FROM paragraph
              WHERE id = NEW.paragraph_id AND meeting_id = NEW.meeting_id) IS NOT NULL))
  OR (NEW.paragraph_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM paragraph
      WHERE id = NEW.paragraph_id AND meeting_id = NEW.meeting_id))
BEGIN
	SELECT RAISE(ABORT, 'En rättelse gäller ett justerat protokoll (eller en omedelbart justerad paragraf i sammanträdet); det som inte är justerat ändras direkt.');
END;
CREATE TRIGGER rattelse_lock_update BEFORE UPDATE ON rattelse
BEGIN
	SELECT RAISE(ABORT, 'En rättelse av ett justerat protokoll kan inte ändras; gör en ny, daterad rättelse.');
END;
CREATE TRIGGER rattelse_lock_delete BEFORE DELETE ON rattelse
BEGIN
	SELECT RAISE(ABORT, 'En rättelse av ett justerat protokoll kan inte tas bort; gör en ny, daterad rättelse.');
END;
