-- namnd schema, version 14: tamper evidence that does not rest on the
-- file alone.
--
-- The justering may be signed: each justerare and the sekreterare may
-- sign the canonical text of the protokoll (number 0) or of an
-- omedelbart justerad paragraph (number N) with their own OpenSSH key
-- (ssh-keygen -Y sign, namespace "namnd-protokoll"). The armoured
-- signature is kept here; who signed is read at verification from an
-- allowed-signers file outside the database (setting allowed_signers or
-- --allowed-signers), so a forger who rewrites the file holds no key that
-- file accepts. A signature is added, never changed or removed.
CREATE TABLE justering_signature (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
	number     INTEGER NOT NULL CHECK (number >= 0),
	signed_on  TEXT NOT NULL CHECK (date(signed_on) IS signed_on),
	signature  TEXT NOT NULL CHECK (length(signature) BETWEEN 1 AND 20000
	                                AND signature GLOB '-----BEGIN SSH SIGNATURE-----*')
);
CREATE INDEX justering_signature_meeting ON justering_signature(meeting_id, number, id);

CREATE TRIGGER justering_signature_insert BEFORE INSERT ON justering_signature
WHEN EXISTS (SELECT 1 FROM justering_signature s WHERE s.id = NEW.id)
  OR (NEW.number = 0 AND (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NULL)
  OR (NEW.number > 0 AND (SELECT justerad_sha256 FROM paragraph WHERE meeting_id = NEW.meeting_id
                          AND number = NEW.number) IS NULL)
BEGIN
	SELECT RAISE(ABORT, 'En underskrift gäller ett justerat protokoll (eller en omedelbart justerad paragraf) och kan inte ersätta en annan.');
END;
CREATE TRIGGER justering_signature_update BEFORE UPDATE ON justering_signature
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: en underskrift kan inte ändras.');
END;
CREATE TRIGGER justering_signature_delete BEFORE DELETE ON justering_signature
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: en underskrift kan inte tas bort.');
END;
CREATE TRIGGER justering_signature_audit_insert AFTER INSERT ON justering_signature BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'justering_signature', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'number', NEW.number, 'signed_on', NEW.signed_on, 'signature', NEW.signature));
END;

-- The audit log is a hash chain: each row namnd writes carries the
-- SHA-256 of the row before it (the last chained one) and its own
-- fields (src/store/audit.c), so a deleted or altered row is found by
-- 'namnd audit verify'. Rows written by another program, which has no
-- SHA-256 in SQL, and rows from before this version have no hash and are
-- reported as outside the chain. No program may change or remove a row.
ALTER TABLE audit_log ADD COLUMN hash TEXT
	CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'Granskningsloggen kan inte ändras: varje rad står kvar som den skrevs.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'Granskningsloggen kan inte tömmas eller rader tas bort ur den.');
END;
