-- namnd schema, version 15: justering refuses while the ordförande's
-- review has findings. The ordförande may let a finding stand only with
-- a recorded reason: one row per paragraph and kind of finding. A
-- justering after the 14 days is recorded too (kind 'sen justering', no
-- paragraph, the reason says how late and who confirmed it). Both are
-- part of the justering: after it they cannot change.
CREATE TABLE review_override (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	paragraph_id INTEGER REFERENCES paragraph(id) ON DELETE CASCADE,
	kind         TEXT NOT NULL
	             CHECK (kind IN ('beslut', 'närvaro', 'beslutförhet', 'omröstning',
	                             'proposition', 'reservation', 'sen justering')),
	reason       TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 10000),
	person_id    INTEGER REFERENCES person(id) ON DELETE RESTRICT,
	made_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	CHECK ((kind = 'sen justering') = (paragraph_id IS NULL)),
	CHECK (kind = 'sen justering' OR person_id IS NOT NULL),
	UNIQUE (meeting_id, paragraph_id, kind)
);
CREATE INDEX review_override_paragraph ON review_override(paragraph_id);

CREATE TRIGGER review_override_lock_insert BEFORE INSERT ON review_override
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM paragraph WHERE id = NEW.paragraph_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: granskningen kan inte ändras.');
END;
CREATE TRIGGER review_override_lock_update BEFORE UPDATE ON review_override
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM paragraph WHERE id = OLD.paragraph_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: granskningen kan inte ändras.');
END;
CREATE TRIGGER review_override_lock_delete BEFORE DELETE ON review_override
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM paragraph WHERE id = OLD.paragraph_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: granskningen kan inte ändras.');
END;

-- REPLACE and UPSERT: a new row may not take the id or the key of a row
-- of a justerat protokoll (the collision would delete it without firing
-- the delete trigger), nor may an update re-key onto one.
CREATE TRIGGER review_override_lock_replace BEFORE INSERT ON review_override
WHEN EXISTS (SELECT 1 FROM review_override x JOIN meeting m ON m.id = x.meeting_id
             LEFT JOIN paragraph p ON p.id = x.paragraph_id
             WHERE (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id
                                     AND x.paragraph_id = NEW.paragraph_id AND x.kind = NEW.kind))
               AND (m.justerad_on IS NOT NULL OR p.justerad_on IS NOT NULL))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: granskningen kan inte ändras.');
END;
CREATE TRIGGER review_override_lock_rekey BEFORE UPDATE OF id, meeting_id, paragraph_id, kind
ON review_override
WHEN EXISTS (SELECT 1 FROM review_override x JOIN meeting m ON m.id = x.meeting_id
             LEFT JOIN paragraph p ON p.id = x.paragraph_id
             WHERE x.id <> OLD.id
               AND (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id
                                     AND x.paragraph_id = NEW.paragraph_id AND x.kind = NEW.kind))
               AND (m.justerad_on IS NOT NULL OR p.justerad_on IS NOT NULL))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: granskningen kan inte ändras.');
END;

CREATE TRIGGER review_override_audit_insert AFTER INSERT ON review_override BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'review_override', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'kind', NEW.kind, 'reason', NEW.reason, 'person_id', NEW.person_id, 'made_at', NEW.made_at));
END;
CREATE TRIGGER review_override_audit_update AFTER UPDATE ON review_override BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'review_override', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'kind', OLD.kind, 'reason', OLD.reason, 'person_id', OLD.person_id, 'made_at', OLD.made_at), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'kind', NEW.kind, 'reason', NEW.reason, 'person_id', NEW.person_id, 'made_at', NEW.made_at));
END;
CREATE TRIGGER review_override_audit_delete AFTER DELETE ON review_override BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'review_override', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'kind', OLD.kind, 'reason', OLD.reason, 'person_id', OLD.person_id, 'made_at', OLD.made_at));
END;
