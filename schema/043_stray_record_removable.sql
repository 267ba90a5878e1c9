-- A justering record another program wrote for a meeting (or paragraph)
-- not justerat bricked it (hostile pass 20, F11; schema 043): since 041 a record may
-- be written before the flag, and none could ever be removed, so namnd's
-- justering could not write its own and the protokoll could not be read.
-- Readers now ignore such a record (src/store/record.c), and it may be
-- removed while what it is for is not justerat: namnd's justering does so
-- in its own transaction (src/store/justering.c). The record of a
-- justering that took place (of a meeting justerat, or of a paragraph
-- omedelbart justerad, with its own checksum) is never removed.
DROP TRIGGER IF EXISTS protocol_record_delete;
CREATE TRIGGER protocol_record_delete BEFORE DELETE ON protocol_record
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
  OR (OLD.number > 0 AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id
      AND p.number = OLD.number AND p.justerad_on IS NOT NULL AND p.justerad_sha256 IS NOT NULL))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat: det som sparades vid justeringen kan inte tas bort.');
END;
