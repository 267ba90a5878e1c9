-- namnd schema, version 26: roles for a range of paragraphs (issue 12,
-- item 4). A tjänstgörande ordförande for §§ 43–44 (the ordförande jävig
-- or away), a justerare for §§ 46–48 only, an ersättande justerare who
-- justerar if a justerare cannot, a second sekreterare for § 44. The
-- range is paragraph numbers of the meeting as attendance has them
-- (from 0: from the start, to NULL: to the end). Printed where a
-- protokoll prints them and kept in the justering record (version 4);
-- locked with the rest of a justerat protokoll.
CREATE TABLE meeting_role (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	role           TEXT NOT NULL CHECK (role IN ('ordförande', 'justerare',
	                                             'ersättande justerare', 'sekreterare')),
	person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	from_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (from_paragraph >= 0),
	to_paragraph   INTEGER CHECK (to_paragraph IS NULL OR to_paragraph >= from_paragraph),
	UNIQUE (meeting_id, role, person_id, from_paragraph)
);
CREATE INDEX meeting_role_person ON meeting_role(person_id);

CREATE TRIGGER meeting_role_lock_insert BEFORE INSERT ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: rollerna vid sammanträdet kan inte ändras.');
END;
CREATE TRIGGER meeting_role_lock_update BEFORE UPDATE ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: rollerna vid sammanträdet kan inte ändras.');
END;
CREATE TRIGGER meeting_role_lock_delete BEFORE DELETE ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: rollerna vid sammanträdet kan inte ändras.');
END;
-- REPLACE and UPSERT: a new row may not take the id or the key of a row
-- of a justerat protokoll (the collision would delete it without firing
-- the delete trigger).
CREATE TRIGGER meeting_role_lock_replace BEFORE INSERT ON meeting_role
WHEN EXISTS (SELECT 1 FROM meeting_role x JOIN meeting m ON m.id = x.meeting_id
             WHERE (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id AND x.role = NEW.role
                                     AND x.person_id = NEW.person_id
                                     AND x.from_paragraph = NEW.from_paragraph))
               AND m.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: rollerna vid sammanträdet kan inte ändras.');
END;

CREATE TRIGGER meeting_role_audit_insert AFTER INSERT ON meeting_role BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'meeting_role', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'role', NEW.role, 'person_id', NEW.person_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
CREATE TRIGGER meeting_role_audit_update AFTER UPDATE ON meeting_role BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'meeting_role', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'role', OLD.role, 'person_id', OLD.person_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'role', NEW.role, 'person_id', NEW.person_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
CREATE TRIGGER meeting_role_audit_delete AFTER DELETE ON meeting_role BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'meeting_role', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'role', OLD.role, 'person_id', OLD.person_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph));
END;
