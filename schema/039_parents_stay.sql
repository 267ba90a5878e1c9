-- namnd schema, version 39: the people and bodies a justerat protokoll
-- or the diarium names stay in the register, whichever program writes.
--
-- The foreign keys say ON DELETE RESTRICT, but SQLite checks them only on
-- a connection that turns them on (namnd does); the sqlite3 shell and
-- Python's sqlite3 do not by default. Such a program could delete the
-- person who justerade a protokoll, or the body whose meetings and
-- ärenden they are, with one DELETE and no trigger dropped: the meeting
-- then vanished from every list and its record could no longer be found
-- (found by a hostile pass). These triggers refuse that on any
-- connection (SQLite runs the last made first, so a body with both
-- says justerat). A person or body named nowhere justerat or registered is
-- left to the foreign keys, so namnd's own messages for those stay.

CREATE TRIGGER person_stays_justerat BEFORE DELETE ON person
WHEN EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE (a.person_id = OLD.id OR a.replaces_id = OLD.id)
               AND (m.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph p
                    WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL)))
  OR EXISTS (SELECT 1 FROM justerare j JOIN meeting m ON m.id = j.meeting_id
             WHERE j.person_id = OLD.id
               AND (m.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph p
                    WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL)))
  OR EXISTS (SELECT 1 FROM meeting_role r JOIN meeting m ON m.id = r.meeting_id
             WHERE r.person_id = OLD.id
               AND (m.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph p
                    WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL)))
  OR EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = p.meeting_id
             WHERE (p.justerad_on IS NOT NULL OR m.justerad_on IS NOT NULL)
               AND (EXISTS (SELECT 1 FROM motion x WHERE x.paragraph_id = p.id AND x.person_id = OLD.id)
                 OR EXISTS (SELECT 1 FROM vote x WHERE x.paragraph_id = p.id AND x.person_id = OLD.id)
                 OR EXISTS (SELECT 1 FROM reservation x WHERE x.paragraph_id = p.id AND x.person_id = OLD.id)
                 OR EXISTS (SELECT 1 FROM protocol_note x WHERE x.paragraph_id = p.id AND x.person_id = OLD.id)
                 OR EXISTS (SELECT 1 FROM recusal x WHERE x.paragraph_id = p.id
                            AND (x.person_id = OLD.id OR x.replaced_by = OLD.id))))
BEGIN
	SELECT RAISE(ABORT, 'Personen finns i ett justerat protokoll och tas aldrig bort ur registret.');
END;

CREATE TRIGGER committee_stays_diarium BEFORE DELETE ON committee
WHEN EXISTS (SELECT 1 FROM cases c WHERE c.committee_id = OLD.id AND c.dnr_number > 0)
BEGIN
	SELECT RAISE(ABORT, 'Organet har registrerade ärenden i diariet och tas aldrig bort ur registret.');
END;

CREATE TRIGGER committee_stays_justerat BEFORE DELETE ON committee
WHEN EXISTS (SELECT 1 FROM meeting m WHERE m.committee_id = OLD.id
             AND (m.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph p
                  WHERE p.meeting_id = m.id AND p.justerad_on IS NOT NULL)))
BEGIN
	SELECT RAISE(ABORT, 'Organet har ett justerat protokoll och tas aldrig bort ur registret.');
END;
