-- The justering record is in the audit chain (hostile18 A3). Its insert
-- is logged with the whole body, so the chain holds a copy of what was
-- kept at justering (the rules, the seats, the text): namnd's
-- `protokoll --verify` and `utdrag --verify` compare the record with that
-- copy, and a change of either shows (the copy is a chained row). An
-- update or delete, possible only past the lock triggers of schema 013,
-- is logged too, and `audit verify` reports it as tampering. Records
-- made before this schema get their copy when namnd opens the file
-- (src/store/record.c, protocol_record_audit_backfill).
CREATE TRIGGER protocol_record_audit_insert AFTER INSERT ON protocol_record BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'protocol_record', NEW.meeting_id, 'insert', json_object('meeting_id', NEW.meeting_id, 'number', NEW.number, 'body', NEW.body));
END;
CREATE TRIGGER protocol_record_audit_update AFTER UPDATE ON protocol_record BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'protocol_record', OLD.meeting_id, 'update', json_object('meeting_id', OLD.meeting_id, 'number', OLD.number, 'body', OLD.body), json_object('meeting_id', NEW.meeting_id, 'number', NEW.number, 'body', NEW.body));
END;
CREATE TRIGGER protocol_record_audit_delete AFTER DELETE ON protocol_record BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'protocol_record', OLD.meeting_id, 'delete', json_object('meeting_id', OLD.meeting_id, 'number', OLD.number, 'body', OLD.body));
END;
