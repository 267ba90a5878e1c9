-- namnd schema, version 30: a vacant seat (issue 12). A body may have a
-- ledamot's seat with nobody in it, "Vakant (M)": it still counts among
-- the seats for the quorum, the kallelse and protokoll name it in the
-- body's order, and an ersättare may serve in it. Seats, attendance
-- ("tjänstgörande ersättare för …") and substitution chains are all
-- keyed by a person, so the seat is held by a placeholder: a person row
-- marked vacant, named "Vakant", with the party whose seat it is. It is
-- never offered as a person: it holds one ledamot's membership, is never
-- recorded as attending, justering or holding a role, and is removed with
-- its seat ('namnd member fill' puts a person in the seat).
ALTER TABLE person ADD COLUMN vacant INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1));
CREATE INDEX membership_person ON membership(person_id);

CREATE TRIGGER person_vacant_insert BEFORE INSERT ON person
WHEN NEW.vacant = 1 AND (NEW.party IS NULL OR NEW.name <> 'Vakant')
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats heter Vakant och har ett parti.');
END;
CREATE TRIGGER person_vacant_update BEFORE UPDATE OF name, party, vacant ON person
WHEN (NEW.vacant = 1 AND (NEW.party IS NULL OR NEW.name <> 'Vakant'))
  OR NEW.vacant <> OLD.vacant
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats heter Vakant och har sitt parti; den blir ingen person (namnd member fill sätter en person på platsen).');
END;

CREATE TRIGGER membership_vacant_insert BEFORE INSERT ON membership
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
 AND (NEW.role <> 'ledamot'
      OR EXISTS (SELECT 1 FROM membership o WHERE o.person_id = NEW.person_id))
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats är en ledamotsplats i en nämnd.');
END;
CREATE TRIGGER membership_vacant_update BEFORE UPDATE OF person_id, role ON membership
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
 AND (NEW.role <> 'ledamot'
      OR EXISTS (SELECT 1 FROM membership o WHERE o.person_id = NEW.person_id
                 AND o.id <> NEW.id))
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats är en ledamotsplats i en nämnd.');
END;

-- The placeholder goes with its seat: when the seat is removed, or a
-- person is put in it in place, unless an ersättare served in it at some
-- meeting (that protokoll names it).
CREATE TRIGGER membership_vacant_delete AFTER DELETE ON membership
WHEN (SELECT vacant FROM person WHERE id = OLD.person_id) = 1
 AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.person_id = OLD.person_id)
 AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.replaces_id = OLD.person_id)
 AND NOT EXISTS (SELECT 1 FROM recusal r WHERE r.person_id = OLD.person_id)
BEGIN
	DELETE FROM person WHERE id = OLD.person_id;
END;
CREATE TRIGGER membership_vacant_filled AFTER UPDATE OF person_id ON membership
WHEN OLD.person_id <> NEW.person_id
 AND (SELECT vacant FROM person WHERE id = OLD.person_id) = 1
 AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.person_id = OLD.person_id)
 AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.replaces_id = OLD.person_id)
 AND NOT EXISTS (SELECT 1 FROM recusal r WHERE r.person_id = OLD.person_id)
BEGIN
	DELETE FROM person WHERE id = OLD.person_id;
END;

-- Nobody sits in a vacant seat: it attends no meeting, justerar nothing
-- and holds no role (an ersättare serving in it names it with replaces_id).
CREATE TRIGGER attendance_vacant_insert BEFORE INSERT ON attendance
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte ha närvaro; en ersättare kan tjänstgöra för den.');
END;
CREATE TRIGGER attendance_vacant_update BEFORE UPDATE OF person_id ON attendance
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte ha närvaro; en ersättare kan tjänstgöra för den.');
END;
CREATE TRIGGER justerare_vacant_insert BEFORE INSERT ON justerare
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte justera.');
END;
CREATE TRIGGER meeting_role_vacant_insert BEFORE INSERT ON meeting_role
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte ha en roll vid sammanträdet.');
END;

-- The audit log records the mark with the rest of the row.
DROP TRIGGER IF EXISTS person_audit_insert;
CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'person', NEW.id, 'insert', json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone, 'vacant', NEW.vacant));
END;
DROP TRIGGER IF EXISTS person_audit_update;
CREATE TRIGGER person_audit_update AFTER UPDATE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'person', NEW.id, 'update', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone, 'vacant', OLD.vacant), json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone, 'vacant', NEW.vacant));
END;
DROP TRIGGER IF EXISTS person_audit_delete;
CREATE TRIGGER person_audit_delete AFTER DELETE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'person', OLD.id, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone, 'vacant', OLD.vacant));
END;
