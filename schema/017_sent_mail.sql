-- namnd schema, version 17: what was sent by e-mail. One row per message
-- and recipient: the kallelse to a member or invited official, or a
-- protokollsutdrag of one paragraph to a recipient of its expediering
-- (one message with several paragraphs gives a row per paragraph).
-- A row is the fact "sent": the meeting is kallat because its kallelse
-- went out. Rows are never changed; they may be read after justering
-- ("Expedierat 2026-12-09 till …") and are not part of the locked
-- protokoll.
CREATE TABLE sent_mail (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	paragraph_id INTEGER REFERENCES paragraph(id) ON DELETE CASCADE,
	kind         TEXT NOT NULL CHECK (kind IN ('kallelse', 'utdrag')),
	person_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
	recipient    TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 300),
	address      TEXT NOT NULL CHECK (length(address) BETWEEN 3 AND 254 AND address GLOB '?*@?*'),
	message_id   TEXT NOT NULL CHECK (length(message_id) BETWEEN 3 AND 250),
	sent_at      TEXT NOT NULL CHECK (sent_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
	via          TEXT NOT NULL CHECK (via IN ('sendmail', 'maildir')),
	CHECK ((kind = 'utdrag') = (paragraph_id IS NOT NULL))
);
CREATE INDEX sent_mail_meeting ON sent_mail(meeting_id, kind, id);
CREATE INDEX sent_mail_paragraph ON sent_mail(paragraph_id);

CREATE TRIGGER sent_mail_no_update BEFORE UPDATE ON sent_mail BEGIN
	SELECT RAISE(ABORT, 'Ett skickat meddelande kan inte ändras i efterhand.');
END;
CREATE TRIGGER sent_mail_audit_insert AFTER INSERT ON sent_mail BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'sent_mail', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'kind', NEW.kind, 'person_id', NEW.person_id, 'recipient', NEW.recipient, 'address', NEW.address, 'message_id', NEW.message_id, 'sent_at', NEW.sent_at, 'via', NEW.via));
END;
CREATE TRIGGER sent_mail_audit_delete AFTER DELETE ON sent_mail BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'sent_mail', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'kind', OLD.kind, 'recipient', OLD.recipient, 'message_id', OLD.message_id));
END;
