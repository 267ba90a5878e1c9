-- namnd schema, version 16: a meeting's state follows from what has
-- happened, never from a choice in a list.
--   planerat    nothing yet
--   kallat      the kallelse was sent, or recorded as sent, after the
--               check: kallelse_sent_on, kallelse_sent_by (the user), and
--               kallelse_sent_as, the date, time and place it announced
--               (when they change later, the check says a new kallelse is
--               due)
--   genomfört   attendance is recorded (someone present or serving)
--   justerat    justerad_on
--   anslaget    anslag_on
--   laga kraft  the appeal period is over (computed from the anslag and
--               the calendar, never stored)
--   arkiverat   archived_on, only once laga kraft
-- The trigger below refuses a status its fact does not support, whichever
-- program writes; after the justering there is no way back.
ALTER TABLE meeting ADD COLUMN kallelse_sent_on TEXT
	CHECK (kallelse_sent_on IS NULL OR date(kallelse_sent_on) IS kallelse_sent_on);
ALTER TABLE meeting ADD COLUMN kallelse_sent_by TEXT
	CHECK (kallelse_sent_by IS NULL OR length(kallelse_sent_by) <= 200);
ALTER TABLE meeting ADD COLUMN kallelse_sent_as TEXT
	CHECK (kallelse_sent_as IS NULL OR length(kallelse_sent_as) <= 300);
ALTER TABLE meeting ADD COLUMN archived_on TEXT
	CHECK (archived_on IS NULL OR date(archived_on) IS archived_on);

-- Meetings past 'planerat' before this version: their kallelse went out
-- (when and by whom is not known: by = ''), announcing what they say now.
UPDATE meeting SET kallelse_sent_on = date, kallelse_sent_by = '',
       kallelse_sent_as = date || ' ' || start_time || ' ' || coalesce(place, '')
 WHERE status <> 'planerat';
UPDATE meeting SET archived_on = coalesce(anslag_on, justerad_on, date)
 WHERE status = 'arkiverat';

CREATE TRIGGER meeting_status_facts BEFORE UPDATE OF status ON meeting
WHEN NEW.status IS NOT OLD.status AND NOT (CASE NEW.status
	WHEN 'planerat' THEN NEW.justerad_on IS NULL AND NEW.kallelse_sent_on IS NULL
	WHEN 'kallat' THEN NEW.justerad_on IS NULL AND NEW.kallelse_sent_on IS NOT NULL
	WHEN 'genomfört' THEN NEW.justerad_on IS NULL AND EXISTS (SELECT 1 FROM attendance a
		WHERE a.meeting_id = NEW.id AND a.status IN ('närvarande', 'tjänstgörande ersättare'))
	WHEN 'justerat' THEN NEW.justerad_on IS NOT NULL AND NEW.anslag_on IS NULL
	WHEN 'anslaget' THEN NEW.anslag_on IS NOT NULL AND NEW.archived_on IS NULL
	WHEN 'arkiverat' THEN NEW.archived_on IS NOT NULL
	ELSE 0 END)
BEGIN
	SELECT RAISE(ABORT, 'Sammanträdets status följer av vad som har skett (kallelsen skickad, närvaron antecknad, protokollet justerat, anslaget uppsatt, arkiverat) och kan inte väljas fritt; efter justeringen finns ingen väg tillbaka.');
END;
CREATE TRIGGER meeting_archive_facts BEFORE UPDATE OF archived_on ON meeting
WHEN NEW.archived_on IS NOT OLD.archived_on AND (OLD.archived_on IS NOT NULL
	OR NEW.anslag_on IS NULL OR NEW.archived_on < NEW.anslag_on)
BEGIN
	SELECT RAISE(ABORT, 'Ett sammanträde arkiveras en gång, efter anslaget om justeringen.');
END;
