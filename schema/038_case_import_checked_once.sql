-- namnd schema, version 38: namnd's own bulk insert of ärenden (case
-- import) no longer runs the two checks against replacing an ärende.
-- They refuse an INSERT OR REPLACE that takes a registered ärende's id
-- or dnr (versions 12 and 18): REPLACE would delete that row unseen.
-- case import inserts with a plain INSERT, rows whose dnr it has found
-- free in the same transaction, with ids after the last: nothing can be
-- replaced, and a clash would end the import on the table's own UNIQUE
-- constraint with nothing saved. Their five index lookups a row were
-- some 8% of the import's instructions. The condition is version 37's:
-- sqlite_compileoption_used('NAMND_BULK_INSERT_cases') is false in any
-- other program and in namnd's own connection at any other time, so
-- every other INSERT (OR REPLACE) is checked as before.

DROP TRIGGER IF EXISTS cases_lock_replace;
CREATE TRIGGER cases_lock_replace BEFORE INSERT ON cases
WHEN NOT sqlite_compileoption_used('NAMND_BULK_INSERT_cases') AND (EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
             WHERE x.id = NEW.id OR (x.dnr_series = NEW.dnr_series AND x.dnr_year = NEW.dnr_year
                                     AND x.dnr_number = NEW.dnr_number)))
BEGIN
	SELECT RAISE(ABORT, 'Ärendet finns i ett justerat protokoll: dess diarienummer kan inte ändras och ärendet kan inte ersättas eller tas bort.');
END;

DROP TRIGGER IF EXISTS cases_never_replaced;
CREATE TRIGGER cases_never_replaced BEFORE INSERT ON cases
WHEN NOT sqlite_compileoption_used('NAMND_BULK_INSERT_cases') AND ((EXISTS (SELECT 1 FROM cases WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM cases
	WHERE dnr_series = NEW.dnr_series AND dnr_year = NEW.dnr_year
	AND dnr_number = NEW.dnr_number))
  AND NOT EXISTS (SELECT 1 FROM cases x JOIN locked_paragraph l ON l.case_id = x.id
	WHERE x.id = NEW.id OR (x.dnr_series = NEW.dnr_series AND x.dnr_year = NEW.dnr_year
	AND x.dnr_number = NEW.dnr_number)))
BEGIN
	SELECT RAISE(ABORT, 'Diarienumret finns redan i diariet: ett registrerat ärende ersätts aldrig.');
END;
