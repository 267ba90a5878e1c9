-- namnd schema, version 40: a vacant seat keeps its party for the days a
-- justerat protokoll counted it (hostile pass 19, addendum to F2).
--
-- A vacant seat is a placeholder person ("Vakant", vacant = 1) whose party
-- says whose seat it is. Changing that party in place rewrote the past:
-- "Vakant (M)" in a justerat meeting's attendance became "Vakant (S)", and
-- "Erik Ers (M), tjänstgörande ersättare för Vakant (M)" read "för Vakant
-- (S)". Once the seat counted at a meeting that is justerat (or has an
-- omedelbart justerad paragraph), its party is fixed, whichever program
-- writes: end the seat (member edit --to) and add a vacant seat of the
-- other party, or fill it.
DROP TRIGGER IF EXISTS person_vacant_party_justerat;
CREATE TRIGGER person_vacant_party_justerat BEFORE UPDATE OF party ON person
WHEN OLD.vacant = 1 AND NEW.party IS NOT OLD.party
 AND (EXISTS (SELECT 1 FROM membership m JOIN meeting x ON x.committee_id = m.committee_id
              WHERE m.person_id = OLD.id AND x.date >= m.valid_from
                AND (m.valid_to IS NULL OR x.date <= m.valid_to)
                AND (x.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph g
                     WHERE g.meeting_id = x.id AND g.justerad_on IS NOT NULL)))
      OR EXISTS (SELECT 1 FROM attendance a JOIN meeting x ON x.id = a.meeting_id
                 WHERE a.replaces_id = OLD.id
                   AND (x.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph g
                        WHERE g.meeting_id = x.id AND g.justerad_on IS NOT NULL))))
BEGIN
	SELECT RAISE(ABORT, 'Den vakanta platsen räknades vid ett justerat sammanträde och byter inte parti: det justerade protokollet säger vems plats den var. Avsluta platsen med ett slutdatum (member edit UPPDRAG --to DAG) och lägg till en vakant plats för det andra partiet.');
END;
