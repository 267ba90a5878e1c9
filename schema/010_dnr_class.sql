-- namnd schema, version 10: the classification code some organisations
-- write after the running number ("Dnr 48/2011 042", "2012/BUN 0113
-- 002"). It is part of how the dnr is written, not of which ärende it is:
-- (series, year, number) stays unique. Digits, with dots between groups.
ALTER TABLE cases ADD COLUMN dnr_class TEXT
	CHECK (dnr_class IS NULL OR (length(dnr_class) BETWEEN 1 AND 15
	       AND dnr_class NOT GLOB '*[^0-9.]*' AND dnr_class GLOB '[0-9]*'
	       AND dnr_class GLOB '*[0-9]'));

-- The audit rows name the new column.
DROP TRIGGER cases_audit_insert;
CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'cases', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'dnr_class', NEW.dnr_class, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
DROP TRIGGER cases_audit_update;
CREATE TRIGGER cases_audit_update AFTER UPDATE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'cases', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'dnr_class', OLD.dnr_class, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'dnr_class', NEW.dnr_class, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
DROP TRIGGER cases_audit_delete;
CREATE TRIGGER cases_audit_delete AFTER DELETE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'cases', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'dnr_class', OLD.dnr_class, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential));
END;
