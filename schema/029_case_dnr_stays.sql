-- namnd schema, version 29: a registered ärende keeps its diarienummer,
-- and every ärende its id, whichever program writes.
-- Version 18 refuses deleting or replacing a registered ärende, and
-- version 23 turning it back into an utkast, but another program could
-- still renumber it (UPDATE cases SET dnr_number = 7777): its number was
-- then free, and namnd gave it out again (case add --dnr), so the
-- diarium's record of that number was gone. Likewise a new id: an
-- utkast that stood in a sent kallelse (case_shown, by id) could be given
-- a new id and then deleted, and agenda items and paragraphs lost their
-- ärende. Registering an utkast (a negative placeholder number becomes
-- its dnr) stays possible. A makulerat ärende (version 18) and the
-- ärende of a justerad paragraph (version 12), also one whose id or dnr
-- is taken, have their own triggers and messages. Only SQLite's built-in functions (version 8's rule).
CREATE TRIGGER cases_dnr_stays BEFORE UPDATE OF id, dnr_series, dnr_year, dnr_number ON cases
WHEN OLD.voided IS NULL
  AND NOT EXISTS (SELECT 1 FROM locked_paragraph l WHERE l.case_id = OLD.id)
  AND NOT EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
	WHERE x.id <> OLD.id AND (x.id = NEW.id OR (x.dnr_series = NEW.dnr_series
	AND x.dnr_year = NEW.dnr_year AND x.dnr_number = NEW.dnr_number)))
  AND (NEW.id IS NOT OLD.id OR (OLD.dnr_number > 0 AND NEW.dnr_number > 0 AND
       (NEW.dnr_series IS NOT OLD.dnr_series OR NEW.dnr_year IS NOT OLD.dnr_year OR
        NEW.dnr_number IS NOT OLD.dnr_number)))
BEGIN
	SELECT RAISE(ABORT, 'Ett ärende i diariet behåller sitt id, och ett registrerat ärende sitt diarienummer: numret ges aldrig ut igen. Ett ärende som registrerats av misstag makuleras (namnd case void DNR --reason SKÄL).');
END;

-- Where an utkast stood (version 23) stands: UPDATE and DELETE are
-- refused there, but INSERT OR REPLACE deleted the row unseen and wrote
-- another text. A second row for the same utkast is now left out
-- (IGNORE, not ABORT: sending a kallelse again inserts OR IGNORE).
CREATE TRIGGER case_shown_kept_replace BEFORE INSERT ON case_shown
WHEN EXISTS (SELECT 1 FROM case_shown WHERE case_id = NEW.case_id)
BEGIN
	SELECT RAISE(IGNORE);
END;
