-- namnd schema, version 4: what the kallelse and the check before it
-- goes out need of an agenda item.
--   decision  the committee decides on the item (1) or not (0); NULL: as
--             its kind says (an ärende is decided, other kinds are not).
--             A decision item needs a dnr.
--   secrecy   the ground for sekretess ("OSL 26 kap. 1 §"), shown in the
--             public rendering of a confidential item instead of its
--             details.
ALTER TABLE agenda_item ADD COLUMN decision INTEGER
	CHECK (decision IS NULL OR decision IN (0, 1));
ALTER TABLE agenda_item ADD COLUMN secrecy TEXT
	CHECK (secrecy IS NULL OR length(secrecy) BETWEEN 1 AND 200);

-- The audit triggers record the new columns too.
DROP TRIGGER agenda_item_audit_insert;
DROP TRIGGER agenda_item_audit_update;
DROP TRIGGER agenda_item_audit_delete;
CREATE TRIGGER agenda_item_audit_insert AFTER INSERT ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'agenda_item', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential, 'decision', NEW.decision, 'secrecy', NEW.secrecy));
END;
CREATE TRIGGER agenda_item_audit_update AFTER UPDATE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'agenda_item', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential, 'decision', OLD.decision, 'secrecy', OLD.secrecy), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential, 'decision', NEW.decision, 'secrecy', NEW.secrecy));
END;
CREATE TRIGGER agenda_item_audit_delete AFTER DELETE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'agenda_item', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential, 'decision', OLD.decision, 'secrecy', OLD.secrecy));
END;
