-- namnd schema, version 6: the anslag of an omedelbart justerad
-- paragraph. Such a paragraph is final at once and its justering may be
-- announced before the rest of the protokoll (KL 5 kap. 70 §, 8 kap.
-- 12 §); its appeal period runs from that day.

ALTER TABLE paragraph ADD COLUMN anslag_on TEXT
	CHECK (anslag_on IS NULL OR date(anslag_on) IS anslag_on);

-- The paragraph lock of version 3, with one exception: the anslag date
-- of a justerad paragraph may be set once, not before its justering,
-- while nothing else changes.
DROP TRIGGER paragraph_lock_update;
CREATE TRIGGER paragraph_lock_update BEFORE UPDATE ON paragraph
WHEN (OLD.justerad_on IS NOT NULL
      OR (SELECT justerad_on FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
      OR (SELECT justerad_on FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL)
 AND NOT (OLD.justerad_on IS NOT NULL AND OLD.anslag_on IS NULL
          AND NEW.anslag_on IS NOT NULL AND NEW.anslag_on >= OLD.justerad_on
          AND (NEW.id, NEW.meeting_id, NEW.agenda_item_id, NEW.committee_id, NEW.year,
               NEW.number, NEW.title, NEW.case_id, NEW.presenter, NEW.account,
               NEW.decision, NEW.proposition, NEW.vote_question, NEW.immediate,
               NEW.justerad_on, NEW.reviewed, NEW.review_comment, NEW.confidential,
               NEW.justerad_sha256)
           IS (OLD.id, OLD.meeting_id, OLD.agenda_item_id, OLD.committee_id, OLD.year,
               OLD.number, OLD.title, OLD.case_id, OLD.presenter, OLD.account,
               OLD.decision, OLD.proposition, OLD.vote_question, OLD.immediate,
               OLD.justerad_on, OLD.reviewed, OLD.review_comment, OLD.confidential,
               OLD.justerad_sha256))
BEGIN
	SELECT RAISE(ABORT, 'Paragrafen är justerad (justerat protokoll eller omedelbar justering) och kan inte ändras. En rättelse görs som en ny, daterad rättelse.');
END;

-- An anslag only for what is justerat.
CREATE TRIGGER paragraph_anslag_insert BEFORE INSERT ON paragraph
WHEN NEW.anslag_on IS NOT NULL AND (NEW.justerad_on IS NULL OR NEW.anslag_on < NEW.justerad_on)
BEGIN
	SELECT RAISE(ABORT, 'Datumen går inte ihop: anslaget om en paragrafs justering kan inte sättas upp före justeringen.');
END;
CREATE TRIGGER paragraph_anslag_update BEFORE UPDATE OF anslag_on ON paragraph
WHEN NEW.anslag_on IS NOT NULL AND (NEW.justerad_on IS NULL OR NEW.anslag_on < NEW.justerad_on)
BEGIN
	SELECT RAISE(ABORT, 'Datumen går inte ihop: anslaget om en paragrafs justering kan inte sättas upp före justeringen.');
END;
