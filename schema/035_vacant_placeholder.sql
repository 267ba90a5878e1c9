-- namnd schema, version 35: a vacant seat's placeholder (030) is that
-- seat and nothing else, whichever program writes the file (hostile pass
-- 18, C4 and C5).
--   * Nobody real is called Vakant: "Vakant (M)" names a vacant seat in
--     the documents and on the command line, and a person of that name
--     could not be told from it.
--   * The seat does not change person in place ('member edit --person'
--     deleted the placeholder and backdated the new member to the seat's
--     first day): 'namnd member fill' puts a person in it from a day and
--     keeps the time it was vacant.
--   * It does not move to another body.
--   * A placeholder kept after its seat ended (an ersättare served in it
--     at a meeting) is not taken into use again for another seat.

CREATE TRIGGER person_vakant_name_insert BEFORE INSERT ON person
WHEN NEW.vacant = 0 AND (trim(NEW.name) LIKE 'vakant' OR trim(NEW.name) LIKE 'vakant %'
                         OR trim(NEW.name) LIKE 'vakant(%')
BEGIN
	SELECT RAISE(ABORT, 'En person kan inte heta Vakant: det är namnet på en vakant plats ("Vakant (M)"), och kallelse, protokoll och kommandon kan inte skilja dem åt.');
END;
CREATE TRIGGER person_vakant_name_update BEFORE UPDATE OF name ON person
WHEN NEW.vacant = 0 AND (trim(NEW.name) LIKE 'vakant' OR trim(NEW.name) LIKE 'vakant %'
                         OR trim(NEW.name) LIKE 'vakant(%')
BEGIN
	SELECT RAISE(ABORT, 'En person kan inte heta Vakant: det är namnet på en vakant plats ("Vakant (M)"), och kallelse, protokoll och kommandon kan inte skilja dem åt.');
END;

CREATE TRIGGER membership_vacant_person BEFORE UPDATE OF person_id ON membership
WHEN NEW.person_id IS NOT OLD.person_id
 AND (SELECT vacant FROM person WHERE id = OLD.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats byter inte person i uppdraget: den tillsätts med namnd member fill UPPDRAG PERSON --from DAG (t under Personer), som behåller tiden den var vakant.');
END;

CREATE TRIGGER membership_vacant_committee BEFORE UPDATE OF committee_id ON membership
WHEN NEW.committee_id IS NOT OLD.committee_id
 AND (SELECT vacant FROM person WHERE id = OLD.person_id) = 1
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats flyttas inte till en annan nämnd: avsluta den (namnd member edit UPPDRAG --to DAG) och lägg till en vakant plats i den andra nämnden (namnd member add --committee KOD --vacant --party P).');
END;

CREATE TRIGGER membership_vacant_reuse BEFORE INSERT ON membership
WHEN (SELECT vacant FROM person WHERE id = NEW.person_id) = 1
 AND (EXISTS (SELECT 1 FROM attendance a WHERE a.replaces_id = NEW.person_id)
      OR EXISTS (SELECT 1 FROM recusal r WHERE r.person_id = NEW.person_id))
BEGIN
	SELECT RAISE(ABORT, 'En vakant plats som har upphört tas inte i bruk igen: lägg till en ny (namnd member add --committee KOD --vacant --party P).');
END;
