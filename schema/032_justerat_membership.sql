-- A membership that counted at a justerat meeting stays in the register
-- (hostile18 A1). The meeting's quorum and attendance are read from its
-- justering record (src/store/sitting.c, attendance.c), so no later
-- change of the register reaches them; but a seat that vanished, or
-- changed hands for days on which a justerat protokoll says who held it,
-- would leave the register contradicting that protokoll. So, whichever
-- program writes the file, such a membership can neither be removed nor
-- given to another person or body: it is ended (valid_to) instead, and
-- a new one added. Dates and role may still be corrected (namnd warns,
-- naming the meeting). "Counted": a seat (ordförande, vice ordförande,
-- ledamot, a vacant one too) on the day of a meeting of its body that is
-- justerat or has an omedelbart justerad paragraph, or any membership
-- whose person was recorded at that meeting, or served for.
CREATE TRIGGER membership_justerat_delete BEFORE DELETE ON membership
WHEN EXISTS (SELECT 1 FROM meeting x WHERE x.committee_id = OLD.committee_id
             AND x.date >= OLD.valid_from AND (OLD.valid_to IS NULL OR x.date <= OLD.valid_to)
             AND (x.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph g
                  WHERE g.meeting_id = x.id AND g.justerad_on IS NOT NULL))
             AND (OLD.role IN ('ordförande', '1:e vice ordförande', '2:e vice ordförande',
                               'ledamot')
                  OR EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = x.id
                             AND (a.person_id = OLD.person_id OR a.replaces_id = OLD.person_id))))
BEGIN
	SELECT RAISE(ABORT, 'Uppdraget gällde vid ett justerat sammanträde och kan inte tas bort: det justerade protokollet säger vem som hade platsen. Avsluta uppdraget i stället med ett slutdatum (namnd member edit UPPDRAG --to ÅÅÅÅ-MM-DD).');
END;
CREATE TRIGGER membership_justerat_update BEFORE UPDATE OF person_id, committee_id ON membership
WHEN (NEW.person_id IS NOT OLD.person_id OR NEW.committee_id IS NOT OLD.committee_id)
 AND EXISTS (SELECT 1 FROM meeting x WHERE x.committee_id = OLD.committee_id
             AND x.date >= OLD.valid_from AND (OLD.valid_to IS NULL OR x.date <= OLD.valid_to)
             AND (x.justerad_on IS NOT NULL OR EXISTS (SELECT 1 FROM paragraph g
                  WHERE g.meeting_id = x.id AND g.justerad_on IS NOT NULL))
             AND (OLD.role IN ('ordförande', '1:e vice ordförande', '2:e vice ordförande',
                               'ledamot')
                  OR EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = x.id
                             AND (a.person_id = OLD.person_id OR a.replaces_id = OLD.person_id))))
BEGIN
	SELECT RAISE(ABORT, 'Uppdraget gällde vid ett justerat sammanträde: vem som hade platsen och i vilken nämnd kan inte ändras för den dagen. Avsluta uppdraget med ett slutdatum (--to) och lägg till ett nytt från dagen därpå (en vakant plats: namnd member fill UPPDRAG PERSON --from ÅÅÅÅ-MM-DD).');
END;
