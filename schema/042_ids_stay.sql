-- namnd schema, version 42: a person's or a body's id never changes,
-- whichever program writes.
--
-- Schema 039 keeps the people and bodies of a justerat protokoll or the
-- diarium from being deleted, but with foreign keys off (the default of
-- the sqlite3 shell and Python's sqlite3) an UPDATE of their id had the
-- same effect: every meeting of a body moved to an id nobody has, and
-- vanished from every list with its justerat protokoll, or a justerare
-- left the attendance of the meetings he served at (found by a hostile
-- pass). namnd never changes an id: any program that tries is refused.
-- No UPDATE OF column list, so that a change through the name rowid or
-- oid is caught as well.

CREATE TRIGGER person_keeps_id BEFORE UPDATE ON person
WHEN NEW.id IS NOT OLD.id
BEGIN
	SELECT RAISE(ABORT, 'En persons id ändras aldrig: protokoll, uppdrag och ärenden pekar på det.');
END;

CREATE TRIGGER committee_keeps_id BEFORE UPDATE ON committee
WHEN NEW.id IS NOT OLD.id
BEGIN
	SELECT RAISE(ABORT, 'Ett organs id ändras aldrig: sammanträden, uppdrag och ärenden pekar på det.');
END;
