-- namnd schema, version 21: ajourneringar (issue 12, item 4). A meeting
-- may be adjourned, kl. 10.15-10.30; the protokoll states it under Plats
-- och tid. Locked with the rest of a justerat protokoll.
CREATE TABLE adjournment (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
	                                AND start_time <= '23:59'),
	end_time   TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'
	                                AND end_time <= '23:59'),
	CHECK (end_time > start_time),
	UNIQUE (meeting_id, start_time)
);

CREATE TRIGGER adjournment_lock_insert BEFORE INSERT ON adjournment
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: ajourneringarna kan inte ändras.');
END;
CREATE TRIGGER adjournment_lock_update BEFORE UPDATE ON adjournment
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: ajourneringarna kan inte ändras.');
END;
CREATE TRIGGER adjournment_lock_delete BEFORE DELETE ON adjournment
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: ajourneringarna kan inte ändras.');
END;
-- REPLACE and UPSERT: a new row may not take the id or the key of a row
-- of a justerat protokoll (the collision would delete it without firing
-- the delete trigger).
CREATE TRIGGER adjournment_lock_replace BEFORE INSERT ON adjournment
WHEN EXISTS (SELECT 1 FROM adjournment x JOIN meeting m ON m.id = x.meeting_id
             WHERE (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id
                                     AND x.start_time = NEW.start_time))
               AND m.justerad_on IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: ajourneringarna kan inte ändras.');
END;

CREATE TRIGGER adjournment_audit_insert AFTER INSERT ON adjournment BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'adjournment', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'start_time', NEW.start_time, 'end_time', NEW.end_time));
END;
CREATE TRIGGER adjournment_audit_update AFTER UPDATE ON adjournment BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'adjournment', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'start_time', OLD.start_time, 'end_time', OLD.end_time), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'start_time', NEW.start_time, 'end_time', NEW.end_time));
END;
CREATE TRIGGER adjournment_audit_delete AFTER DELETE ON adjournment BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'adjournment', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'start_time', OLD.start_time, 'end_time', OLD.end_time));
END;
