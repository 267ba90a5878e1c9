-- namnd schema, version 8: any program may write to the file, and is
-- told in Swedish when the justering lock refuses it. Up to version 7 the
-- audit triggers called nd_user(), which only namnd registers, so SQLite's
-- own shell could not prepare any write ("no such function: nd_user").
-- Audit triggers now write who = ''; namnd's TEMP trigger on audit_log
-- (src/store/db.c) writes its own rows with nd_user() instead. who = ''
-- means: made by another program, user unknown ('' rather than NULL, as
-- audit_log.who is NOT NULL and rebuilding the audit log costs too much).
--
-- Rule for later migrations: what runs when a row is written (trigger,
-- DEFAULT, CHECK) uses only SQLite's built-in functions and collations
-- (see version 7 on collation sv); audit triggers write who = ''. Left
-- outside the rule, failing before any write: the sv indexes of
-- committee, person and cases (another program cannot add or remove those
-- rows or rename them: "no such collation sequence: sv") and version 5's
-- DEFAULT (nd_today()) of imported_on in month_report and budget_plan
-- (another program gives the date itself: "unknown function").
--
-- The paragraph's audit also records justerad_sha256 and anslag_on.

DROP TRIGGER setting_audit_insert;
CREATE TRIGGER setting_audit_insert AFTER INSERT ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'setting', NULL, 'insert', json_object('key', NEW.key, 'value', NEW.value));
END;
DROP TRIGGER setting_audit_update;
CREATE TRIGGER setting_audit_update AFTER UPDATE ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'setting', NULL, 'update', json_object('key', OLD.key, 'value', OLD.value), json_object('key', NEW.key, 'value', NEW.value));
END;
DROP TRIGGER setting_audit_delete;
CREATE TRIGGER setting_audit_delete AFTER DELETE ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'setting', NULL, 'delete', json_object('key', OLD.key, 'value', OLD.value));
END;
DROP TRIGGER committee_audit_insert;
CREATE TRIGGER committee_audit_insert AFTER INSERT ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'committee', NEW.id, 'insert', json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series));
END;
DROP TRIGGER committee_audit_update;
CREATE TRIGGER committee_audit_update AFTER UPDATE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'committee', NEW.id, 'update', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series));
END;
DROP TRIGGER committee_audit_delete;
CREATE TRIGGER committee_audit_delete AFTER DELETE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'committee', OLD.id, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series));
END;
DROP TRIGGER paragraph_start_audit_insert;
CREATE TRIGGER paragraph_start_audit_insert AFTER INSERT ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'paragraph_start', NEW.committee_id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'first_number', NEW.first_number));
END;
DROP TRIGGER paragraph_start_audit_update;
CREATE TRIGGER paragraph_start_audit_update AFTER UPDATE ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'paragraph_start', NEW.committee_id, 'update', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'first_number', OLD.first_number), json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'first_number', NEW.first_number));
END;
DROP TRIGGER paragraph_start_audit_delete;
CREATE TRIGGER paragraph_start_audit_delete AFTER DELETE ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'paragraph_start', OLD.committee_id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'first_number', OLD.first_number));
END;
DROP TRIGGER person_audit_insert;
CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'person', NEW.id, 'insert', json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone));
END;
DROP TRIGGER person_audit_update;
CREATE TRIGGER person_audit_update AFTER UPDATE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'person', NEW.id, 'update', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone), json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone));
END;
DROP TRIGGER person_audit_delete;
CREATE TRIGGER person_audit_delete AFTER DELETE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'person', OLD.id, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone));
END;
DROP TRIGGER membership_audit_insert;
CREATE TRIGGER membership_audit_insert AFTER INSERT ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'membership', NEW.id, 'insert', json_object('id', NEW.id, 'person_id', NEW.person_id, 'committee_id', NEW.committee_id, 'role', NEW.role, 'ersattare_order', NEW.ersattare_order, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;
DROP TRIGGER membership_audit_update;
CREATE TRIGGER membership_audit_update AFTER UPDATE ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'membership', NEW.id, 'update', json_object('id', OLD.id, 'person_id', OLD.person_id, 'committee_id', OLD.committee_id, 'role', OLD.role, 'ersattare_order', OLD.ersattare_order, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to), json_object('id', NEW.id, 'person_id', NEW.person_id, 'committee_id', NEW.committee_id, 'role', NEW.role, 'ersattare_order', NEW.ersattare_order, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;
DROP TRIGGER membership_audit_delete;
CREATE TRIGGER membership_audit_delete AFTER DELETE ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'membership', OLD.id, 'delete', json_object('id', OLD.id, 'person_id', OLD.person_id, 'committee_id', OLD.committee_id, 'role', OLD.role, 'ersattare_order', OLD.ersattare_order, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to));
END;
DROP TRIGGER cases_audit_insert;
CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'cases', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
DROP TRIGGER cases_audit_update;
CREATE TRIGGER cases_audit_update AFTER UPDATE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'cases', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
DROP TRIGGER cases_audit_delete;
CREATE TRIGGER cases_audit_delete AFTER DELETE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'cases', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential));
END;
DROP TRIGGER case_section_audit_insert;
CREATE TRIGGER case_section_audit_insert AFTER INSERT ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'case_section', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'heading', NEW.heading, 'body', NEW.body));
END;
DROP TRIGGER case_section_audit_update;
CREATE TRIGGER case_section_audit_update AFTER UPDATE ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'case_section', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'heading', OLD.heading, 'body', OLD.body), json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'heading', NEW.heading, 'body', NEW.body));
END;
DROP TRIGGER case_section_audit_delete;
CREATE TRIGGER case_section_audit_delete AFTER DELETE ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'case_section', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'heading', OLD.heading, 'body', OLD.body));
END;
DROP TRIGGER case_document_audit_insert;
CREATE TRIGGER case_document_audit_insert AFTER INSERT ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'case_document', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'title', NEW.title, 'doc_date', NEW.doc_date));
END;
DROP TRIGGER case_document_audit_update;
CREATE TRIGGER case_document_audit_update AFTER UPDATE ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'case_document', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'title', OLD.title, 'doc_date', OLD.doc_date), json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'title', NEW.title, 'doc_date', NEW.doc_date));
END;
DROP TRIGGER case_document_audit_delete;
CREATE TRIGGER case_document_audit_delete AFTER DELETE ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'case_document', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'title', OLD.title, 'doc_date', OLD.doc_date));
END;
DROP TRIGGER case_recipient_audit_insert;
CREATE TRIGGER case_recipient_audit_insert AFTER INSERT ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'case_recipient', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
DROP TRIGGER case_recipient_audit_update;
CREATE TRIGGER case_recipient_audit_update AFTER UPDATE ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'case_recipient', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose), json_object('id', NEW.id, 'case_id', NEW.case_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
DROP TRIGGER case_recipient_audit_delete;
CREATE TRIGGER case_recipient_audit_delete AFTER DELETE ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'case_recipient', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose));
END;
DROP TRIGGER meeting_audit_insert;
CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'meeting', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'date', NEW.date, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'status', NEW.status, 'notes', NEW.notes, 'justering_place', NEW.justering_place, 'justering_date', NEW.justering_date, 'justerad_on', NEW.justerad_on, 'protocol_sha256', NEW.protocol_sha256, 'anslag_on', NEW.anslag_on));
END;
DROP TRIGGER meeting_audit_update;
CREATE TRIGGER meeting_audit_update AFTER UPDATE ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'meeting', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'date', OLD.date, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'status', OLD.status, 'notes', OLD.notes, 'justering_place', OLD.justering_place, 'justering_date', OLD.justering_date, 'justerad_on', OLD.justerad_on, 'protocol_sha256', OLD.protocol_sha256, 'anslag_on', OLD.anslag_on), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'date', NEW.date, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'status', NEW.status, 'notes', NEW.notes, 'justering_place', NEW.justering_place, 'justering_date', NEW.justering_date, 'justerad_on', NEW.justerad_on, 'protocol_sha256', NEW.protocol_sha256, 'anslag_on', NEW.anslag_on));
END;
DROP TRIGGER meeting_audit_delete;
CREATE TRIGGER meeting_audit_delete AFTER DELETE ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'meeting', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'date', OLD.date, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'status', OLD.status, 'notes', OLD.notes, 'justering_place', OLD.justering_place, 'justering_date', OLD.justering_date, 'justerad_on', OLD.justerad_on, 'protocol_sha256', OLD.protocol_sha256, 'anslag_on', OLD.anslag_on));
END;
DROP TRIGGER agenda_template_audit_insert;
CREATE TRIGGER agenda_template_audit_insert AFTER INSERT ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'agenda_template', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration));
END;
DROP TRIGGER agenda_template_audit_update;
CREATE TRIGGER agenda_template_audit_update AFTER UPDATE ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'agenda_template', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration));
END;
DROP TRIGGER agenda_template_audit_delete;
CREATE TRIGGER agenda_template_audit_delete AFTER DELETE ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'agenda_template', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration));
END;
DROP TRIGGER attendance_audit_insert;
CREATE TRIGGER attendance_audit_insert AFTER INSERT ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'attendance', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'replaces_id', NEW.replaces_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
DROP TRIGGER attendance_audit_update;
CREATE TRIGGER attendance_audit_update AFTER UPDATE ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'attendance', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'replaces_id', OLD.replaces_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'replaces_id', NEW.replaces_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
DROP TRIGGER attendance_audit_delete;
CREATE TRIGGER attendance_audit_delete AFTER DELETE ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'attendance', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'replaces_id', OLD.replaces_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph));
END;
DROP TRIGGER paragraph_audit_insert;
CREATE TRIGGER paragraph_audit_insert AFTER INSERT ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'paragraph', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'agenda_item_id', NEW.agenda_item_id, 'committee_id', NEW.committee_id, 'year', NEW.year, 'number', NEW.number, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter', NEW.presenter, 'account', NEW.account, 'decision', NEW.decision, 'proposition', NEW.proposition, 'vote_question', NEW.vote_question, 'immediate', NEW.immediate, 'justerad_on', NEW.justerad_on, 'reviewed', NEW.reviewed, 'review_comment', NEW.review_comment, 'confidential', NEW.confidential, 'justerad_sha256', NEW.justerad_sha256, 'anslag_on', NEW.anslag_on));
END;
DROP TRIGGER paragraph_audit_update;
CREATE TRIGGER paragraph_audit_update AFTER UPDATE ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'paragraph', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'agenda_item_id', OLD.agenda_item_id, 'committee_id', OLD.committee_id, 'year', OLD.year, 'number', OLD.number, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter', OLD.presenter, 'account', OLD.account, 'decision', OLD.decision, 'proposition', OLD.proposition, 'vote_question', OLD.vote_question, 'immediate', OLD.immediate, 'justerad_on', OLD.justerad_on, 'reviewed', OLD.reviewed, 'review_comment', OLD.review_comment, 'confidential', OLD.confidential, 'justerad_sha256', OLD.justerad_sha256, 'anslag_on', OLD.anslag_on), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'agenda_item_id', NEW.agenda_item_id, 'committee_id', NEW.committee_id, 'year', NEW.year, 'number', NEW.number, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter', NEW.presenter, 'account', NEW.account, 'decision', NEW.decision, 'proposition', NEW.proposition, 'vote_question', NEW.vote_question, 'immediate', NEW.immediate, 'justerad_on', NEW.justerad_on, 'reviewed', NEW.reviewed, 'review_comment', NEW.review_comment, 'confidential', NEW.confidential, 'justerad_sha256', NEW.justerad_sha256, 'anslag_on', NEW.anslag_on));
END;
DROP TRIGGER paragraph_audit_delete;
CREATE TRIGGER paragraph_audit_delete AFTER DELETE ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'paragraph', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'agenda_item_id', OLD.agenda_item_id, 'committee_id', OLD.committee_id, 'year', OLD.year, 'number', OLD.number, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter', OLD.presenter, 'account', OLD.account, 'decision', OLD.decision, 'proposition', OLD.proposition, 'vote_question', OLD.vote_question, 'immediate', OLD.immediate, 'justerad_on', OLD.justerad_on, 'reviewed', OLD.reviewed, 'review_comment', OLD.review_comment, 'confidential', OLD.confidential, 'justerad_sha256', OLD.justerad_sha256, 'anslag_on', OLD.anslag_on));
END;
DROP TRIGGER motion_audit_insert;
CREATE TRIGGER motion_audit_insert AFTER INSERT ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'motion', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'position', NEW.position, 'person_id', NEW.person_id, 'text', NEW.text));
END;
DROP TRIGGER motion_audit_update;
CREATE TRIGGER motion_audit_update AFTER UPDATE ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'motion', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'position', OLD.position, 'person_id', OLD.person_id, 'text', OLD.text), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'position', NEW.position, 'person_id', NEW.person_id, 'text', NEW.text));
END;
DROP TRIGGER motion_audit_delete;
CREATE TRIGGER motion_audit_delete AFTER DELETE ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'motion', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'position', OLD.position, 'person_id', OLD.person_id, 'text', OLD.text));
END;
DROP TRIGGER vote_audit_insert;
CREATE TRIGGER vote_audit_insert AFTER INSERT ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'vote', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'vote', NEW.vote));
END;
DROP TRIGGER vote_audit_update;
CREATE TRIGGER vote_audit_update AFTER UPDATE ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'vote', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'vote', OLD.vote), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'vote', NEW.vote));
END;
DROP TRIGGER vote_audit_delete;
CREATE TRIGGER vote_audit_delete AFTER DELETE ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'vote', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'vote', OLD.vote));
END;
DROP TRIGGER reservation_audit_insert;
CREATE TRIGGER reservation_audit_insert AFTER INSERT ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'reservation', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'written_promised', NEW.written_promised, 'reason', NEW.reason));
END;
DROP TRIGGER reservation_audit_update;
CREATE TRIGGER reservation_audit_update AFTER UPDATE ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'reservation', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'written_promised', OLD.written_promised, 'reason', OLD.reason), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'written_promised', NEW.written_promised, 'reason', NEW.reason));
END;
DROP TRIGGER reservation_audit_delete;
CREATE TRIGGER reservation_audit_delete AFTER DELETE ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'reservation', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'written_promised', OLD.written_promised, 'reason', OLD.reason));
END;
DROP TRIGGER protocol_note_audit_insert;
CREATE TRIGGER protocol_note_audit_insert AFTER INSERT ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'protocol_note', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'text', NEW.text));
END;
DROP TRIGGER protocol_note_audit_update;
CREATE TRIGGER protocol_note_audit_update AFTER UPDATE ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'protocol_note', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'text', OLD.text), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'text', NEW.text));
END;
DROP TRIGGER protocol_note_audit_delete;
CREATE TRIGGER protocol_note_audit_delete AFTER DELETE ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'protocol_note', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'text', OLD.text));
END;
DROP TRIGGER recusal_audit_insert;
CREATE TRIGGER recusal_audit_insert AFTER INSERT ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'recusal', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'replaced_by', NEW.replaced_by));
END;
DROP TRIGGER recusal_audit_update;
CREATE TRIGGER recusal_audit_update AFTER UPDATE ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'recusal', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'replaced_by', OLD.replaced_by), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'replaced_by', NEW.replaced_by));
END;
DROP TRIGGER recusal_audit_delete;
CREATE TRIGGER recusal_audit_delete AFTER DELETE ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'recusal', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'replaced_by', OLD.replaced_by));
END;
DROP TRIGGER paragraph_recipient_audit_insert;
CREATE TRIGGER paragraph_recipient_audit_insert AFTER INSERT ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'paragraph_recipient', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
DROP TRIGGER paragraph_recipient_audit_update;
CREATE TRIGGER paragraph_recipient_audit_update AFTER UPDATE ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'paragraph_recipient', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
DROP TRIGGER paragraph_recipient_audit_delete;
CREATE TRIGGER paragraph_recipient_audit_delete AFTER DELETE ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'paragraph_recipient', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose));
END;
DROP TRIGGER rattelse_audit_insert;
CREATE TRIGGER rattelse_audit_insert AFTER INSERT ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'rattelse', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'made_on', NEW.made_on, 'text', NEW.text));
END;
DROP TRIGGER rattelse_audit_update;
CREATE TRIGGER rattelse_audit_update AFTER UPDATE ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'rattelse', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'made_on', OLD.made_on, 'text', OLD.text), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'made_on', NEW.made_on, 'text', NEW.text));
END;
DROP TRIGGER rattelse_audit_delete;
CREATE TRIGGER rattelse_audit_delete AFTER DELETE ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'rattelse', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'made_on', OLD.made_on, 'text', OLD.text));
END;
DROP TRIGGER delegation_audit_insert;
CREATE TRIGGER delegation_audit_insert AFTER INSERT ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'delegation', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'kind', NEW.kind, 'decided_on', NEW.decided_on, 'decided_by', NEW.decided_by, 'point', NEW.point, 'title', NEW.title, 'case_id', NEW.case_id, 'meeting_id', NEW.meeting_id));
END;
DROP TRIGGER delegation_audit_update;
CREATE TRIGGER delegation_audit_update AFTER UPDATE ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'delegation', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'kind', OLD.kind, 'decided_on', OLD.decided_on, 'decided_by', OLD.decided_by, 'point', OLD.point, 'title', OLD.title, 'case_id', OLD.case_id, 'meeting_id', OLD.meeting_id), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'kind', NEW.kind, 'decided_on', NEW.decided_on, 'decided_by', NEW.decided_by, 'point', NEW.point, 'title', NEW.title, 'case_id', NEW.case_id, 'meeting_id', NEW.meeting_id));
END;
DROP TRIGGER delegation_audit_delete;
CREATE TRIGGER delegation_audit_delete AFTER DELETE ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'delegation', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'kind', OLD.kind, 'decided_on', OLD.decided_on, 'decided_by', OLD.decided_by, 'point', OLD.point, 'title', OLD.title, 'case_id', OLD.case_id, 'meeting_id', OLD.meeting_id));
END;
DROP TRIGGER justerare_audit_insert;
CREATE TRIGGER justerare_audit_insert AFTER INSERT ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'justerare', NEW.meeting_id, 'insert', json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'position', NEW.position));
END;
DROP TRIGGER justerare_audit_update;
CREATE TRIGGER justerare_audit_update AFTER UPDATE ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'justerare', NEW.meeting_id, 'update', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'position', OLD.position), json_object('meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'position', NEW.position));
END;
DROP TRIGGER justerare_audit_delete;
CREATE TRIGGER justerare_audit_delete AFTER DELETE ON justerare BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'justerare', OLD.meeting_id, 'delete', json_object('meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'position', OLD.position));
END;
DROP TRIGGER agenda_item_audit_insert;
CREATE TRIGGER agenda_item_audit_insert AFTER INSERT ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'agenda_item', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential, 'decision', NEW.decision, 'secrecy', NEW.secrecy));
END;
DROP TRIGGER agenda_item_audit_update;
CREATE TRIGGER agenda_item_audit_update AFTER UPDATE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'agenda_item', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential, 'decision', OLD.decision, 'secrecy', OLD.secrecy), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential, 'decision', NEW.decision, 'secrecy', NEW.secrecy));
END;
DROP TRIGGER agenda_item_audit_delete;
CREATE TRIGGER agenda_item_audit_delete AFTER DELETE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'agenda_item', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential, 'decision', OLD.decision, 'secrecy', OLD.secrecy));
END;
DROP TRIGGER month_report_audit_insert;
CREATE TRIGGER month_report_audit_insert AFTER INSERT ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'month_report', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'month', NEW.month, 'unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
DROP TRIGGER month_report_audit_update;
CREATE TRIGGER month_report_audit_update AFTER UPDATE ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'month_report', NEW.id, 'update', json_object('unit', OLD.unit, 'comment', OLD.comment, 'source', OLD.source), json_object('unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
DROP TRIGGER month_report_audit_delete;
CREATE TRIGGER month_report_audit_delete AFTER DELETE ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'month_report', OLD.id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'month', OLD.month));
END;
DROP TRIGGER month_report_line_audit_insert;
CREATE TRIGGER month_report_line_audit_insert AFTER INSERT ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'month_report_line', NEW.id, 'insert', json_object('report_id', NEW.report_id, 'position', NEW.position, 'area', NEW.area, 'is_group', NEW.is_group, 'parent_id', NEW.parent_id, 'budget_ack', NEW.budget_ack, 'utfall_ack', NEW.utfall_ack, 'budget_year', NEW.budget_year, 'prognos_year', NEW.prognos_year, 'comment', NEW.comment));
END;
DROP TRIGGER month_report_line_audit_update;
CREATE TRIGGER month_report_line_audit_update AFTER UPDATE ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'month_report_line', NEW.id, 'update', json_object('area', OLD.area, 'budget_ack', OLD.budget_ack, 'utfall_ack', OLD.utfall_ack, 'budget_year', OLD.budget_year, 'prognos_year', OLD.prognos_year, 'comment', OLD.comment), json_object('area', NEW.area, 'budget_ack', NEW.budget_ack, 'utfall_ack', NEW.utfall_ack, 'budget_year', NEW.budget_year, 'prognos_year', NEW.prognos_year, 'comment', NEW.comment));
END;
DROP TRIGGER month_report_line_audit_delete;
CREATE TRIGGER month_report_line_audit_delete AFTER DELETE ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'month_report_line', OLD.id, 'delete', json_object('report_id', OLD.report_id, 'area', OLD.area, 'budget_ack', OLD.budget_ack, 'utfall_ack', OLD.utfall_ack, 'budget_year', OLD.budget_year, 'prognos_year', OLD.prognos_year));
END;
DROP TRIGGER budget_plan_audit_insert;
CREATE TRIGGER budget_plan_audit_insert AFTER INSERT ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'budget_plan', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
DROP TRIGGER budget_plan_audit_update;
CREATE TRIGGER budget_plan_audit_update AFTER UPDATE ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'budget_plan', NEW.id, 'update', json_object('unit', OLD.unit, 'comment', OLD.comment), json_object('unit', NEW.unit, 'comment', NEW.comment));
END;
DROP TRIGGER budget_plan_audit_delete;
CREATE TRIGGER budget_plan_audit_delete AFTER DELETE ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'budget_plan', OLD.id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year));
END;
DROP TRIGGER budget_plan_line_audit_insert;
CREATE TRIGGER budget_plan_line_audit_insert AFTER INSERT ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'budget_plan_line', NEW.id, 'insert', json_object('plan_id', NEW.plan_id, 'position', NEW.position, 'area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'comment', NEW.comment));
END;
DROP TRIGGER budget_plan_line_audit_update;
CREATE TRIGGER budget_plan_line_audit_update AFTER UPDATE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'budget_plan_line', NEW.id, 'update', json_object('area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next, 'comment', OLD.comment), json_object('area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'comment', NEW.comment));
END;
DROP TRIGGER budget_plan_line_audit_delete;
CREATE TRIGGER budget_plan_line_audit_delete AFTER DELETE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'budget_plan_line', OLD.id, 'delete', json_object('plan_id', OLD.plan_id, 'area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next));
END;
