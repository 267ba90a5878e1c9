-- Nobody sits in a vacant seat (030): what 030 refused on INSERT into
-- attendance, justerare and meeting_role is refused on UPDATE too, and
-- the seat can neither yrka, vote, reserve itself, write a
-- protokollsanteckning, be jävig nor let a review finding stand, by
-- whichever program writes the file.
CREATE TRIGGER justerare_vacant_update BEFORE UPDATE OF person_id ON justerare
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte justera.');
END;
CREATE TRIGGER meeting_role_vacant_update BEFORE UPDATE OF person_id ON meeting_role
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte ha en roll vid sammanträdet.');
END;
CREATE TRIGGER motion_vacant_insert BEFORE INSERT ON motion
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte yrka.');
END;
CREATE TRIGGER motion_vacant_update BEFORE UPDATE OF person_id ON motion
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte yrka.');
END;
CREATE TRIGGER vote_vacant_insert BEFORE INSERT ON vote
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte rösta; en ersättare kan tjänstgöra för den.');
END;
CREATE TRIGGER vote_vacant_update BEFORE UPDATE OF person_id ON vote
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte rösta; en ersättare kan tjänstgöra för den.');
END;
CREATE TRIGGER reservation_vacant_insert BEFORE INSERT ON reservation
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte reservera sig.');
END;
CREATE TRIGGER reservation_vacant_update BEFORE UPDATE OF person_id ON reservation
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte reservera sig.');
END;
CREATE TRIGGER protocol_note_vacant_insert BEFORE INSERT ON protocol_note
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte lämna en protokollsanteckning.');
END;
CREATE TRIGGER protocol_note_vacant_update BEFORE UPDATE OF person_id ON protocol_note
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte lämna en protokollsanteckning.');
END;
CREATE TRIGGER recusal_vacant_insert BEFORE INSERT ON recusal
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte vara jävig.');
END;
CREATE TRIGGER recusal_vacant_update BEFORE UPDATE OF person_id ON recusal
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte vara jävig.');
END;
CREATE TRIGGER review_override_vacant_insert BEFORE INSERT ON review_override
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte låta en anmärkning stå kvar.');
END;
CREATE TRIGGER review_override_vacant_update BEFORE UPDATE OF person_id ON review_override
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats kan inte låta en anmärkning stå kvar.');
END;
