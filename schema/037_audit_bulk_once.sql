-- namnd schema, version 37: a bulk insert of namnd's own is audited once,
-- not twice. Case import and month report import write their rows' audit
-- rows themselves, set-based (audit_bulk_log, src/store/audit.c), each
-- row with its own audit row and link in the chain as before. Up to
-- version 36 the insert triggers of cases and month_report_line still
-- ran for each of those rows, built its json_object and inserted it into
-- audit_log, where namnd's TEMP trigger dropped it again: some 8% of a
-- case import's instructions and a fifth of a month report import's CPU.
--
-- The triggers now skip a row while
-- sqlite_compileoption_used('NAMND_BULK_INSERT_<table>') is true. In
-- SQLite that is a built-in function (version 8's rule), and no SQLite
-- is built with such an option: for any other program, and for namnd's
-- own connection at any other time, it is false and every insert is
-- audited by the trigger as always. namnd's connection defines its own
-- sqlite_compileoption_used (SQLite's for every other name), true for
-- that name only while its bulk insert into that table runs (audit_hold).
-- Nothing stored in the file can turn the audit off.

DROP TRIGGER IF EXISTS cases_audit_insert;
CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases
WHEN NOT sqlite_compileoption_used('NAMND_BULK_INSERT_cases')
BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'cases', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'dnr_class', NEW.dnr_class, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential, 'voided', NEW.voided, 'void_reason', NEW.void_reason, 'voided_by', NEW.voided_by));
END;

DROP TRIGGER IF EXISTS month_report_line_audit_insert;
CREATE TRIGGER month_report_line_audit_insert AFTER INSERT ON month_report_line
WHEN NOT sqlite_compileoption_used('NAMND_BULK_INSERT_month_report_line')
BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'month_report_line', NEW.id, 'insert', json_object('report_id', NEW.report_id, 'position', NEW.position, 'area', NEW.area, 'is_group', NEW.is_group, 'parent_id', NEW.parent_id, 'budget_ack', NEW.budget_ack, 'utfall_ack', NEW.utfall_ack, 'budget_year', NEW.budget_year, 'prognos_year', NEW.prognos_year, 'comment', NEW.comment));
END;
