-- namnd schema, version 34: a role for a range of §§ (026) is locked
-- where it covers an omedelbart justerad paragraph, as attendance and
-- justerare are (003, 012), whichever program writes the file: the
-- utdrag of that § was justerat with its ordförande, justerare and
-- sekreterare, and a role added, moved or removed afterwards would make
-- the protokoll name another. A row covers paragraph n when
-- from_paragraph <= n and (to_paragraph IS NULL or n <= to_paragraph).

CREATE TRIGGER meeting_role_paragraph_lock_insert BEFORE INSERT ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NULL AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = NEW.meeting_id
             AND p.justerad_on IS NOT NULL AND p.number >= NEW.from_paragraph
             AND (NEW.to_paragraph IS NULL OR p.number <= NEW.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat för en paragraf som rollen omfattar (omedelbar justering): rollerna vid sammanträdet kan inte ändras för justerade paragrafer.');
END;

-- An update may shorten or extend a row (renumbering moves its range)
-- as long as every justerad paragraph it covered stays covered by the
-- same person in the same role, and no justerad paragraph comes to be
-- covered.
CREATE TRIGGER meeting_role_paragraph_lock_update BEFORE UPDATE ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NULL
 AND (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NULL
 AND (EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id
             AND p.justerad_on IS NOT NULL
             AND p.number >= OLD.from_paragraph
             AND (OLD.to_paragraph IS NULL OR p.number <= OLD.to_paragraph)
             AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id
                  OR NEW.role IS NOT OLD.role OR NEW.id IS NOT OLD.id
                  OR p.number < NEW.from_paragraph
                  OR (NEW.to_paragraph IS NOT NULL AND p.number > NEW.to_paragraph)))
  OR EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = NEW.meeting_id
             AND p.justerad_on IS NOT NULL
             AND p.number >= NEW.from_paragraph
             AND (NEW.to_paragraph IS NULL OR p.number <= NEW.to_paragraph)
             AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id
                  OR NEW.role IS NOT OLD.role
                  OR p.number < OLD.from_paragraph
                  OR (OLD.to_paragraph IS NOT NULL AND p.number > OLD.to_paragraph))))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat för en paragraf som rollen omfattar (omedelbar justering): rollerna vid sammanträdet kan inte ändras för justerade paragrafer.');
END;

CREATE TRIGGER meeting_role_paragraph_lock_delete BEFORE DELETE ON meeting_role
WHEN (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NULL AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = OLD.meeting_id
             AND p.justerad_on IS NOT NULL AND p.number >= OLD.from_paragraph
             AND (OLD.to_paragraph IS NULL OR p.number <= OLD.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat för en paragraf som rollen omfattar (omedelbar justering): rollerna vid sammanträdet kan inte ändras för justerade paragrafer.');
END;

-- (A justerat protokoll is locked whole by 026's triggers, with their
-- message.)

-- REPLACE and UPSERT: a new row may not take the id or the key of a row
-- covering a justerad paragraph (the collision would delete it without
-- firing the delete trigger).
CREATE TRIGGER meeting_role_paragraph_lock_replace BEFORE INSERT ON meeting_role
WHEN EXISTS (SELECT 1 FROM meeting_role x JOIN paragraph p ON p.meeting_id = x.meeting_id
             WHERE (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id AND x.role = NEW.role
                                     AND x.person_id = NEW.person_id
                                     AND x.from_paragraph = NEW.from_paragraph))
               AND p.justerad_on IS NOT NULL AND p.number >= x.from_paragraph
               AND (x.to_paragraph IS NULL OR p.number <= x.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat för en paragraf som rollen omfattar (omedelbar justering): rollerna vid sammanträdet kan inte ändras för justerade paragrafer.');
END;
-- UPDATE OR REPLACE onto such a row's key is an update of another row:
-- refused when the key it takes belongs to a covering row.
CREATE TRIGGER meeting_role_paragraph_lock_rekey BEFORE UPDATE OF id, meeting_id, role, person_id, from_paragraph ON meeting_role
WHEN EXISTS (SELECT 1 FROM meeting_role x JOIN paragraph p ON p.meeting_id = x.meeting_id
             WHERE x.id <> OLD.id
               AND (x.id = NEW.id OR (x.meeting_id = NEW.meeting_id AND x.role = NEW.role
                                     AND x.person_id = NEW.person_id
                                     AND x.from_paragraph = NEW.from_paragraph))
               AND p.justerad_on IS NOT NULL AND p.number >= x.from_paragraph
               AND (x.to_paragraph IS NULL OR p.number <= x.to_paragraph))
BEGIN
	SELECT RAISE(ABORT, 'Protokollet är justerat för en paragraf som rollen omfattar (omedelbar justering): rollerna vid sammanträdet kan inte ändras för justerade paragrafer.');
END;
