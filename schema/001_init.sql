-- namnd schema, version 1: the whole domain of DOMAIN.md.
-- Dates are ISO text (YYYY-MM-DD), times of day "HH:MM" text, both checked.
-- Names and titles use the Swedish collation "sv" registered by namnd;
-- tools without it can read the file but not change indexed text.

-- Organisation settings (organisation name, dnr pattern, ...).
-- Keys are validated by the program; values are text.
CREATE TABLE setting (
	key   TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z_]*'),
	value TEXT NOT NULL CHECK (length(value) <= 1000)
) WITHOUT ROWID;

CREATE TABLE committee (
	id          INTEGER PRIMARY KEY,
	code        TEXT NOT NULL UNIQUE
	            CHECK (length(code) BETWEEN 1 AND 15 AND code NOT GLOB '*[^A-ZÅÄÖ0-9]*'
	                   AND code GLOB '[A-ZÅÄÖ]*'),
	name        TEXT NOT NULL COLLATE sv CHECK (length(name) BETWEEN 1 AND 200),
	kind        TEXT NOT NULL DEFAULT 'nämnd'
	            CHECK (kind IN ('fullmäktige', 'styrelse', 'nämnd', 'arbetsutskott',
	                            'samverkansråd', 'förbundsstyrelse', 'beredning')),
	parent_id   INTEGER REFERENCES committee(id) ON DELETE RESTRICT,
	place       TEXT CHECK (place IS NULL OR length(place) BETWEEN 1 AND 200),
	start_time  TEXT CHECK (start_time IS NULL OR (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
	                        AND start_time <= '23:59')),
	notice_days INTEGER NOT NULL DEFAULT 7 CHECK (notice_days BETWEEN 0 AND 90),
	dnr_series  TEXT CHECK (dnr_series IS NULL OR (length(dnr_series) BETWEEN 1 AND 15
	                        AND dnr_series NOT GLOB '*[^A-ZÅÄÖ]*')),
	-- An arbetsutskott belongs to its nämnd; nothing else has a parent.
	CHECK ((kind = 'arbetsutskott') = (parent_id IS NOT NULL)),
	CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX committee_name ON committee(name COLLATE sv, id);
CREATE INDEX committee_parent ON committee(parent_id);

-- First paragraph number of a year (set when namnd is adopted mid-year).
CREATE TABLE paragraph_start (
	committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
	year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
	first_number INTEGER NOT NULL CHECK (first_number BETWEEN 1 AND 99999),
	PRIMARY KEY (committee_id, year)
) WITHOUT ROWID;

CREATE TABLE person (
	id           INTEGER PRIMARY KEY,
	name         TEXT NOT NULL COLLATE sv CHECK (length(name) BETWEEN 1 AND 200),
	party        TEXT CHECK (party IS NULL OR (length(party) BETWEEN 1 AND 20)),
	organisation TEXT CHECK (organisation IS NULL OR length(organisation) BETWEEN 1 AND 200),
	title        TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200),
	email        TEXT CHECK (email IS NULL OR (length(email) <= 254 AND email GLOB '?*@?*.?*'
	                         AND email NOT GLOB '*[ ,;<>]*')),
	phone        TEXT CHECK (phone IS NULL OR (length(phone) BETWEEN 3 AND 30
	                         AND phone NOT GLOB '*[^0-9 +()-]*'))
);
CREATE INDEX person_name ON person(name COLLATE sv, id);

CREATE TABLE membership (
	id              INTEGER PRIMARY KEY,
	person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	committee_id    INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
	role            TEXT NOT NULL
	                CHECK (role IN ('ordförande', '1:e vice ordförande', '2:e vice ordförande',
	                                'ledamot', 'ersättare', 'sekreterare', 'övrig')),
	-- Tjänstgöringsordning decided by fullmäktige (ersättare only).
	ersattare_order INTEGER CHECK (ersattare_order IS NULL
	                               OR (role = 'ersättare' AND ersattare_order BETWEEN 1 AND 999)),
	valid_from      TEXT NOT NULL CHECK (date(valid_from) IS valid_from),
	valid_to        TEXT CHECK (valid_to IS NULL OR (date(valid_to) IS valid_to
	                                                 AND valid_to >= valid_from)),
	UNIQUE (person_id, committee_id, valid_from)
);
CREATE INDEX membership_committee ON membership(committee_id, valid_from, id);

-- Diarienummer series: the last number used per series and year.
CREATE TABLE dnr_counter (
	series TEXT NOT NULL,
	year   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
	last   INTEGER NOT NULL CHECK (last BETWEEN 0 AND 9999999),
	PRIMARY KEY (series, year)
) WITHOUT ROWID;

-- Ärende. The dnr is (series, year, number); its text form follows the
-- organisation's pattern setting.
CREATE TABLE cases (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER REFERENCES committee(id) ON DELETE RESTRICT,
	dnr_series   TEXT NOT NULL DEFAULT ''
	             CHECK (dnr_series = '' OR (length(dnr_series) <= 15
	                    AND dnr_series NOT GLOB '*[^A-ZÅÄÖ]*')),
	dnr_year     INTEGER NOT NULL CHECK (dnr_year BETWEEN 1900 AND 2199),
	dnr_number   INTEGER NOT NULL CHECK (dnr_number BETWEEN 1 AND 9999999),
	title        TEXT NOT NULL COLLATE sv CHECK (length(title) BETWEEN 1 AND 1000),
	officer_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
	status       TEXT NOT NULL DEFAULT 'registrerat'
	             CHECK (status IN ('registrerat', 'under beredning', 'klart för beslut',
	                               'beslutat', 'avslutat')),
	registered   TEXT NOT NULL CHECK (date(registered) IS registered),
	proposal     TEXT CHECK (proposal IS NULL OR length(proposal) <= 100000),
	summary      TEXT CHECK (summary IS NULL OR length(summary) <= 100000),
	description  TEXT CHECK (description IS NULL OR length(description) <= 200000),
	confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
	UNIQUE (dnr_series, dnr_year, dnr_number)
);
CREATE INDEX cases_title ON cases(title COLLATE sv, id);
CREATE INDEX cases_committee ON cases(committee_id, status, id);
CREATE INDEX cases_officer ON cases(officer_id);

-- Parts of the tjänsteutlåtande beyond the fixed ones: perspectives,
-- consequences, follow-up, in the order written.
CREATE TABLE case_section (
	id       INTEGER PRIMARY KEY,
	case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	position INTEGER NOT NULL CHECK (position >= 1),
	heading  TEXT NOT NULL CHECK (length(heading) BETWEEN 1 AND 200),
	body     TEXT NOT NULL CHECK (length(body) <= 100000),
	UNIQUE (case_id, position)
);

-- Beslutsunderlag.
CREATE TABLE case_document (
	id       INTEGER PRIMARY KEY,
	case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	position INTEGER NOT NULL CHECK (position >= 1),
	title    TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
	doc_date TEXT CHECK (doc_date IS NULL OR date(doc_date) IS doc_date),
	UNIQUE (case_id, position)
);

-- Beslutet skickas till.
CREATE TABLE case_recipient (
	id        INTEGER PRIMARY KEY,
	case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 300),
	purpose   TEXT NOT NULL CHECK (purpose IN ('för vidare hantering', 'för kännedom')),
	UNIQUE (case_id, recipient, purpose)
);

CREATE TABLE meeting (
	id              INTEGER PRIMARY KEY,
	committee_id    INTEGER NOT NULL REFERENCES committee(id) ON DELETE RESTRICT,
	date            TEXT NOT NULL CHECK (date(date) IS date),
	start_time      TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
	                                     AND start_time <= '23:59'),
	end_time        TEXT CHECK (end_time IS NULL OR (end_time GLOB '[0-2][0-9]:[0-5][0-9]'
	                            AND end_time <= '23:59')),
	place           TEXT CHECK (place IS NULL OR length(place) BETWEEN 1 AND 200),
	status          TEXT NOT NULL DEFAULT 'planerat'
	                CHECK (status IN ('planerat', 'kallat', 'genomfört', 'justerat',
	                                  'anslaget', 'arkiverat')),
	notes           TEXT CHECK (notes IS NULL OR length(notes) <= 10000),
	justering_place TEXT CHECK (justering_place IS NULL OR length(justering_place) <= 200),
	justering_date  TEXT CHECK (justering_date IS NULL OR date(justering_date) IS justering_date),
	justerad_on     TEXT CHECK (justerad_on IS NULL OR date(justerad_on) IS justerad_on),
	protocol_sha256 TEXT CHECK (protocol_sha256 IS NULL
	                            OR (length(protocol_sha256) = 64
	                                AND protocol_sha256 NOT GLOB '*[^0-9a-f]*')),
	anslag_on       TEXT CHECK (anslag_on IS NULL OR date(anslag_on) IS anslag_on),
	UNIQUE (committee_id, date, start_time)
);
CREATE INDEX meeting_date ON meeting(date, start_time, id);

-- Föredragningslista. Time slots are never stored: they follow from the
-- meeting's start time and the durations in order.
CREATE TABLE agenda_item (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	position       INTEGER NOT NULL CHECK (position >= 1),
	kind           TEXT NOT NULL
	               CHECK (kind IN ('procedur', 'ärende', 'information', 'stående',
	                               'paus', 'beslutsomgång')),
	title          TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 1000),
	case_id        INTEGER REFERENCES cases(id) ON DELETE RESTRICT,
	presenter_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
	presenter_role TEXT CHECK (presenter_role IS NULL OR length(presenter_role) BETWEEN 1 AND 200),
	duration       INTEGER NOT NULL DEFAULT 5 CHECK (duration BETWEEN 0 AND 720),
	confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
	CHECK (kind <> 'ärende' OR case_id IS NOT NULL),
	CHECK (title IS NOT NULL OR case_id IS NOT NULL),
	CHECK (presenter_id IS NULL OR presenter_role IS NULL),
	UNIQUE (meeting_id, position)
);
CREATE INDEX agenda_item_case ON agenda_item(case_id);

-- Standard agenda per committee: applied to a new meeting.
CREATE TABLE agenda_template (
	id             INTEGER PRIMARY KEY,
	committee_id   INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
	position       INTEGER NOT NULL CHECK (position >= 1),
	kind           TEXT NOT NULL
	               CHECK (kind IN ('procedur', 'information', 'stående', 'paus', 'beslutsomgång')),
	title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
	presenter_role TEXT CHECK (presenter_role IS NULL OR length(presenter_role) BETWEEN 1 AND 200),
	duration       INTEGER NOT NULL DEFAULT 5 CHECK (duration BETWEEN 0 AND 720),
	UNIQUE (committee_id, position)
);

-- Who was at a meeting, and from/to which paragraph (0/NULL: all of it).
CREATE TABLE attendance (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
	person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	status         TEXT NOT NULL
	               CHECK (status IN ('närvarande', 'frånvarande', 'tjänstgörande ersättare',
	                                 'närvarande ersättare', 'övrig')),
	replaces_id    INTEGER REFERENCES person(id) ON DELETE RESTRICT,
	from_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (from_paragraph >= 0),
	to_paragraph   INTEGER CHECK (to_paragraph IS NULL OR to_paragraph >= from_paragraph),
	CHECK ((status = 'tjänstgörande ersättare') = (replaces_id IS NOT NULL)),
	CHECK (replaces_id IS NULL OR replaces_id <> person_id),
	UNIQUE (meeting_id, person_id, from_paragraph)
);
CREATE INDEX attendance_person ON attendance(person_id);

-- One paragraph (§) of a protokoll. Numbers run through the calendar year
-- per committee; committee_id and year are kept here for that uniqueness.
CREATE TABLE paragraph (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
	agenda_item_id INTEGER UNIQUE REFERENCES agenda_item(id) ON DELETE SET NULL,
	committee_id   INTEGER NOT NULL REFERENCES committee(id) ON DELETE RESTRICT,
	year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
	number         INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999999),
	title          TEXT NOT NULL COLLATE sv CHECK (length(title) BETWEEN 1 AND 1000),
	case_id        INTEGER REFERENCES cases(id) ON DELETE RESTRICT,
	presenter      TEXT CHECK (presenter IS NULL OR length(presenter) <= 300),
	account        TEXT CHECK (account IS NULL OR length(account) <= 100000),
	decision       TEXT CHECK (decision IS NULL OR length(decision) <= 100000),
	proposition    TEXT CHECK (proposition IS NULL OR length(proposition) <= 10000),
	vote_question  TEXT CHECK (vote_question IS NULL OR length(vote_question) <= 1000),
	immediate      INTEGER NOT NULL DEFAULT 0 CHECK (immediate IN (0, 1)),
	justerad_on    TEXT CHECK (justerad_on IS NULL OR date(justerad_on) IS justerad_on),
	reviewed       INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
	review_comment TEXT CHECK (review_comment IS NULL OR length(review_comment) <= 10000),
	confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
	UNIQUE (committee_id, year, number)
);
CREATE INDEX paragraph_meeting ON paragraph(meeting_id, number);
CREATE INDEX paragraph_case ON paragraph(case_id);

-- Yrkanden, in the order made.
CREATE TABLE motion (
	id           INTEGER PRIMARY KEY,
	paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	position     INTEGER NOT NULL CHECK (position >= 1),
	person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
	UNIQUE (paragraph_id, position)
);

-- Omröstning: one row per voting member.
CREATE TABLE vote (
	id           INTEGER PRIMARY KEY,
	paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	vote         TEXT NOT NULL CHECK (vote IN ('ja', 'nej', 'avstår')),
	UNIQUE (paragraph_id, person_id)
);

CREATE TABLE reservation (
	id              INTEGER PRIMARY KEY,
	paragraph_id    INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	written_promised INTEGER NOT NULL DEFAULT 0 CHECK (written_promised IN (0, 1)),
	reason          TEXT CHECK (reason IS NULL OR length(reason) <= 100000),
	UNIQUE (paragraph_id, person_id)
);

CREATE TABLE protocol_note (
	id           INTEGER PRIMARY KEY,
	paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	person_id    INTEGER REFERENCES person(id) ON DELETE RESTRICT,
	text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 100000)
);
CREATE INDEX protocol_note_paragraph ON protocol_note(paragraph_id);

-- Jäv: the member leaves for this paragraph; an ersättare may serve.
CREATE TABLE recusal (
	id           INTEGER PRIMARY KEY,
	paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
	replaced_by  INTEGER REFERENCES person(id) ON DELETE RESTRICT,
	CHECK (replaced_by IS NULL OR replaced_by <> person_id),
	UNIQUE (paragraph_id, person_id)
);

-- Expediering: who receives an extract.
CREATE TABLE paragraph_recipient (
	id           INTEGER PRIMARY KEY,
	paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
	recipient    TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 300),
	purpose      TEXT NOT NULL CHECK (purpose IN ('för vidare hantering', 'för kännedom')),
	UNIQUE (paragraph_id, recipient, purpose)
);

-- A dated correction of a justerat protokoll: never an edit.
CREATE TABLE rattelse (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
	paragraph_id INTEGER REFERENCES paragraph(id) ON DELETE RESTRICT,
	made_on      TEXT NOT NULL CHECK (date(made_on) IS made_on),
	text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 100000)
);
CREATE INDEX rattelse_meeting ON rattelse(meeting_id);

-- Delegeringsbeslut, ordförandebeslut and meddelanden reported (anmäls)
-- to the committee at a meeting.
CREATE TABLE delegation (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE RESTRICT,
	kind         TEXT NOT NULL DEFAULT 'delegeringsbeslut'
	             CHECK (kind IN ('delegeringsbeslut', 'ordförandebeslut', 'meddelande')),
	decided_on   TEXT NOT NULL CHECK (date(decided_on) IS decided_on),
	decided_by   INTEGER REFERENCES person(id) ON DELETE RESTRICT,
	point        TEXT CHECK (point IS NULL OR length(point) BETWEEN 1 AND 50),
	title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
	case_id      INTEGER REFERENCES cases(id) ON DELETE SET NULL,
	meeting_id   INTEGER REFERENCES meeting(id) ON DELETE SET NULL
);
CREATE INDEX delegation_committee ON delegation(committee_id, decided_on, id);
CREATE INDEX delegation_meeting ON delegation(meeting_id);

-- Audit log, written by the triggers below. nd_user() is a function
-- namnd registers: the operating-system user running the program.
CREATE TABLE audit_log (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	who    TEXT NOT NULL,
	tbl    TEXT NOT NULL,
	row_id INTEGER,
	action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
	old    TEXT,
	new    TEXT
);
CREATE INDEX audit_log_row ON audit_log(tbl, row_id, id);

-- Audit triggers: every insert, update and delete of the domain tables.
CREATE TRIGGER setting_audit_insert AFTER INSERT ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'setting', NULL, 'insert', json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER setting_audit_update AFTER UPDATE ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'setting', NULL, 'update', json_object('key', OLD.key, 'value', OLD.value), json_object('key', NEW.key, 'value', NEW.value));
END;
CREATE TRIGGER setting_audit_delete AFTER DELETE ON setting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'setting', NULL, 'delete', json_object('key', OLD.key, 'value', OLD.value));
END;
CREATE TRIGGER committee_audit_insert AFTER INSERT ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'committee', NEW.id, 'insert', json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series));
END;
CREATE TRIGGER committee_audit_update AFTER UPDATE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'committee', NEW.id, 'update', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series));
END;
CREATE TRIGGER committee_audit_delete AFTER DELETE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'committee', OLD.id, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series));
END;
CREATE TRIGGER paragraph_start_audit_insert AFTER INSERT ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'paragraph_start', NEW.committee_id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'first_number', NEW.first_number));
END;
CREATE TRIGGER paragraph_start_audit_update AFTER UPDATE ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'paragraph_start', NEW.committee_id, 'update', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'first_number', OLD.first_number), json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'first_number', NEW.first_number));
END;
CREATE TRIGGER paragraph_start_audit_delete AFTER DELETE ON paragraph_start BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'paragraph_start', OLD.committee_id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'first_number', OLD.first_number));
END;
CREATE TRIGGER person_audit_insert AFTER INSERT ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'person', NEW.id, 'insert', json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone));
END;
CREATE TRIGGER person_audit_update AFTER UPDATE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'person', NEW.id, 'update', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone), json_object('id', NEW.id, 'name', NEW.name, 'party', NEW.party, 'organisation', NEW.organisation, 'title', NEW.title, 'email', NEW.email, 'phone', NEW.phone));
END;
CREATE TRIGGER person_audit_delete AFTER DELETE ON person BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'person', OLD.id, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'party', OLD.party, 'organisation', OLD.organisation, 'title', OLD.title, 'email', OLD.email, 'phone', OLD.phone));
END;
CREATE TRIGGER membership_audit_insert AFTER INSERT ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'membership', NEW.id, 'insert', json_object('id', NEW.id, 'person_id', NEW.person_id, 'committee_id', NEW.committee_id, 'role', NEW.role, 'ersattare_order', NEW.ersattare_order, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;
CREATE TRIGGER membership_audit_update AFTER UPDATE ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'membership', NEW.id, 'update', json_object('id', OLD.id, 'person_id', OLD.person_id, 'committee_id', OLD.committee_id, 'role', OLD.role, 'ersattare_order', OLD.ersattare_order, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to), json_object('id', NEW.id, 'person_id', NEW.person_id, 'committee_id', NEW.committee_id, 'role', NEW.role, 'ersattare_order', NEW.ersattare_order, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to));
END;
CREATE TRIGGER membership_audit_delete AFTER DELETE ON membership BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'membership', OLD.id, 'delete', json_object('id', OLD.id, 'person_id', OLD.person_id, 'committee_id', OLD.committee_id, 'role', OLD.role, 'ersattare_order', OLD.ersattare_order, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to));
END;
CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'cases', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
CREATE TRIGGER cases_audit_update AFTER UPDATE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'cases', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'dnr_series', NEW.dnr_series, 'dnr_year', NEW.dnr_year, 'dnr_number', NEW.dnr_number, 'title', NEW.title, 'officer_id', NEW.officer_id, 'status', NEW.status, 'registered', NEW.registered, 'proposal', NEW.proposal, 'summary', NEW.summary, 'description', NEW.description, 'confidential', NEW.confidential));
END;
CREATE TRIGGER cases_audit_delete AFTER DELETE ON cases BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'cases', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'dnr_series', OLD.dnr_series, 'dnr_year', OLD.dnr_year, 'dnr_number', OLD.dnr_number, 'title', OLD.title, 'officer_id', OLD.officer_id, 'status', OLD.status, 'registered', OLD.registered, 'proposal', OLD.proposal, 'summary', OLD.summary, 'description', OLD.description, 'confidential', OLD.confidential));
END;
CREATE TRIGGER case_section_audit_insert AFTER INSERT ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'case_section', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'heading', NEW.heading, 'body', NEW.body));
END;
CREATE TRIGGER case_section_audit_update AFTER UPDATE ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'case_section', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'heading', OLD.heading, 'body', OLD.body), json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'heading', NEW.heading, 'body', NEW.body));
END;
CREATE TRIGGER case_section_audit_delete AFTER DELETE ON case_section BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'case_section', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'heading', OLD.heading, 'body', OLD.body));
END;
CREATE TRIGGER case_document_audit_insert AFTER INSERT ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'case_document', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'title', NEW.title, 'doc_date', NEW.doc_date));
END;
CREATE TRIGGER case_document_audit_update AFTER UPDATE ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'case_document', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'title', OLD.title, 'doc_date', OLD.doc_date), json_object('id', NEW.id, 'case_id', NEW.case_id, 'position', NEW.position, 'title', NEW.title, 'doc_date', NEW.doc_date));
END;
CREATE TRIGGER case_document_audit_delete AFTER DELETE ON case_document BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'case_document', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'position', OLD.position, 'title', OLD.title, 'doc_date', OLD.doc_date));
END;
CREATE TRIGGER case_recipient_audit_insert AFTER INSERT ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'case_recipient', NEW.id, 'insert', json_object('id', NEW.id, 'case_id', NEW.case_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
CREATE TRIGGER case_recipient_audit_update AFTER UPDATE ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'case_recipient', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose), json_object('id', NEW.id, 'case_id', NEW.case_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
CREATE TRIGGER case_recipient_audit_delete AFTER DELETE ON case_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'case_recipient', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose));
END;
CREATE TRIGGER meeting_audit_insert AFTER INSERT ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'meeting', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'date', NEW.date, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'status', NEW.status, 'notes', NEW.notes, 'justering_place', NEW.justering_place, 'justering_date', NEW.justering_date, 'justerad_on', NEW.justerad_on, 'protocol_sha256', NEW.protocol_sha256, 'anslag_on', NEW.anslag_on));
END;
CREATE TRIGGER meeting_audit_update AFTER UPDATE ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'meeting', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'date', OLD.date, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'status', OLD.status, 'notes', OLD.notes, 'justering_place', OLD.justering_place, 'justering_date', OLD.justering_date, 'justerad_on', OLD.justerad_on, 'protocol_sha256', OLD.protocol_sha256, 'anslag_on', OLD.anslag_on), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'date', NEW.date, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'status', NEW.status, 'notes', NEW.notes, 'justering_place', NEW.justering_place, 'justering_date', NEW.justering_date, 'justerad_on', NEW.justerad_on, 'protocol_sha256', NEW.protocol_sha256, 'anslag_on', NEW.anslag_on));
END;
CREATE TRIGGER meeting_audit_delete AFTER DELETE ON meeting BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'meeting', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'date', OLD.date, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'status', OLD.status, 'notes', OLD.notes, 'justering_place', OLD.justering_place, 'justering_date', OLD.justering_date, 'justerad_on', OLD.justerad_on, 'protocol_sha256', OLD.protocol_sha256, 'anslag_on', OLD.anslag_on));
END;
CREATE TRIGGER agenda_item_audit_insert AFTER INSERT ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'agenda_item', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential));
END;
CREATE TRIGGER agenda_item_audit_update AFTER UPDATE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'agenda_item', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter_id', NEW.presenter_id, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration, 'confidential', NEW.confidential));
END;
CREATE TRIGGER agenda_item_audit_delete AFTER DELETE ON agenda_item BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'agenda_item', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter_id', OLD.presenter_id, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration, 'confidential', OLD.confidential));
END;
CREATE TRIGGER agenda_template_audit_insert AFTER INSERT ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'agenda_template', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration));
END;
CREATE TRIGGER agenda_template_audit_update AFTER UPDATE ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'agenda_template', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'position', NEW.position, 'kind', NEW.kind, 'title', NEW.title, 'presenter_role', NEW.presenter_role, 'duration', NEW.duration));
END;
CREATE TRIGGER agenda_template_audit_delete AFTER DELETE ON agenda_template BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'agenda_template', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'position', OLD.position, 'kind', OLD.kind, 'title', OLD.title, 'presenter_role', OLD.presenter_role, 'duration', OLD.duration));
END;
CREATE TRIGGER attendance_audit_insert AFTER INSERT ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'attendance', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'replaces_id', NEW.replaces_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
CREATE TRIGGER attendance_audit_update AFTER UPDATE ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'attendance', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'replaces_id', OLD.replaces_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'person_id', NEW.person_id, 'status', NEW.status, 'replaces_id', NEW.replaces_id, 'from_paragraph', NEW.from_paragraph, 'to_paragraph', NEW.to_paragraph));
END;
CREATE TRIGGER attendance_audit_delete AFTER DELETE ON attendance BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'attendance', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'person_id', OLD.person_id, 'status', OLD.status, 'replaces_id', OLD.replaces_id, 'from_paragraph', OLD.from_paragraph, 'to_paragraph', OLD.to_paragraph));
END;
CREATE TRIGGER paragraph_audit_insert AFTER INSERT ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'paragraph', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'agenda_item_id', NEW.agenda_item_id, 'committee_id', NEW.committee_id, 'year', NEW.year, 'number', NEW.number, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter', NEW.presenter, 'account', NEW.account, 'decision', NEW.decision, 'proposition', NEW.proposition, 'vote_question', NEW.vote_question, 'immediate', NEW.immediate, 'justerad_on', NEW.justerad_on, 'reviewed', NEW.reviewed, 'review_comment', NEW.review_comment, 'confidential', NEW.confidential));
END;
CREATE TRIGGER paragraph_audit_update AFTER UPDATE ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'paragraph', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'agenda_item_id', OLD.agenda_item_id, 'committee_id', OLD.committee_id, 'year', OLD.year, 'number', OLD.number, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter', OLD.presenter, 'account', OLD.account, 'decision', OLD.decision, 'proposition', OLD.proposition, 'vote_question', OLD.vote_question, 'immediate', OLD.immediate, 'justerad_on', OLD.justerad_on, 'reviewed', OLD.reviewed, 'review_comment', OLD.review_comment, 'confidential', OLD.confidential), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'agenda_item_id', NEW.agenda_item_id, 'committee_id', NEW.committee_id, 'year', NEW.year, 'number', NEW.number, 'title', NEW.title, 'case_id', NEW.case_id, 'presenter', NEW.presenter, 'account', NEW.account, 'decision', NEW.decision, 'proposition', NEW.proposition, 'vote_question', NEW.vote_question, 'immediate', NEW.immediate, 'justerad_on', NEW.justerad_on, 'reviewed', NEW.reviewed, 'review_comment', NEW.review_comment, 'confidential', NEW.confidential));
END;
CREATE TRIGGER paragraph_audit_delete AFTER DELETE ON paragraph BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'paragraph', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'agenda_item_id', OLD.agenda_item_id, 'committee_id', OLD.committee_id, 'year', OLD.year, 'number', OLD.number, 'title', OLD.title, 'case_id', OLD.case_id, 'presenter', OLD.presenter, 'account', OLD.account, 'decision', OLD.decision, 'proposition', OLD.proposition, 'vote_question', OLD.vote_question, 'immediate', OLD.immediate, 'justerad_on', OLD.justerad_on, 'reviewed', OLD.reviewed, 'review_comment', OLD.review_comment, 'confidential', OLD.confidential));
END;
CREATE TRIGGER motion_audit_insert AFTER INSERT ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'motion', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'position', NEW.position, 'person_id', NEW.person_id, 'text', NEW.text));
END;
CREATE TRIGGER motion_audit_update AFTER UPDATE ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'motion', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'position', OLD.position, 'person_id', OLD.person_id, 'text', OLD.text), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'position', NEW.position, 'person_id', NEW.person_id, 'text', NEW.text));
END;
CREATE TRIGGER motion_audit_delete AFTER DELETE ON motion BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'motion', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'position', OLD.position, 'person_id', OLD.person_id, 'text', OLD.text));
END;
CREATE TRIGGER vote_audit_insert AFTER INSERT ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'vote', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'vote', NEW.vote));
END;
CREATE TRIGGER vote_audit_update AFTER UPDATE ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'vote', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'vote', OLD.vote), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'vote', NEW.vote));
END;
CREATE TRIGGER vote_audit_delete AFTER DELETE ON vote BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'vote', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'vote', OLD.vote));
END;
CREATE TRIGGER reservation_audit_insert AFTER INSERT ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'reservation', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'written_promised', NEW.written_promised, 'reason', NEW.reason));
END;
CREATE TRIGGER reservation_audit_update AFTER UPDATE ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'reservation', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'written_promised', OLD.written_promised, 'reason', OLD.reason), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'written_promised', NEW.written_promised, 'reason', NEW.reason));
END;
CREATE TRIGGER reservation_audit_delete AFTER DELETE ON reservation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'reservation', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'written_promised', OLD.written_promised, 'reason', OLD.reason));
END;
CREATE TRIGGER protocol_note_audit_insert AFTER INSERT ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'protocol_note', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'text', NEW.text));
END;
CREATE TRIGGER protocol_note_audit_update AFTER UPDATE ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'protocol_note', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'text', OLD.text), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'text', NEW.text));
END;
CREATE TRIGGER protocol_note_audit_delete AFTER DELETE ON protocol_note BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'protocol_note', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'text', OLD.text));
END;
CREATE TRIGGER recusal_audit_insert AFTER INSERT ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'recusal', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'replaced_by', NEW.replaced_by));
END;
CREATE TRIGGER recusal_audit_update AFTER UPDATE ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'recusal', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'replaced_by', OLD.replaced_by), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'person_id', NEW.person_id, 'replaced_by', NEW.replaced_by));
END;
CREATE TRIGGER recusal_audit_delete AFTER DELETE ON recusal BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'recusal', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'person_id', OLD.person_id, 'replaced_by', OLD.replaced_by));
END;
CREATE TRIGGER paragraph_recipient_audit_insert AFTER INSERT ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'paragraph_recipient', NEW.id, 'insert', json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
CREATE TRIGGER paragraph_recipient_audit_update AFTER UPDATE ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'paragraph_recipient', NEW.id, 'update', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose), json_object('id', NEW.id, 'paragraph_id', NEW.paragraph_id, 'recipient', NEW.recipient, 'purpose', NEW.purpose));
END;
CREATE TRIGGER paragraph_recipient_audit_delete AFTER DELETE ON paragraph_recipient BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'paragraph_recipient', OLD.id, 'delete', json_object('id', OLD.id, 'paragraph_id', OLD.paragraph_id, 'recipient', OLD.recipient, 'purpose', OLD.purpose));
END;
CREATE TRIGGER rattelse_audit_insert AFTER INSERT ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'rattelse', NEW.id, 'insert', json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'made_on', NEW.made_on, 'text', NEW.text));
END;
CREATE TRIGGER rattelse_audit_update AFTER UPDATE ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'rattelse', NEW.id, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'made_on', OLD.made_on, 'text', OLD.text), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'paragraph_id', NEW.paragraph_id, 'made_on', NEW.made_on, 'text', NEW.text));
END;
CREATE TRIGGER rattelse_audit_delete AFTER DELETE ON rattelse BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'rattelse', OLD.id, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'paragraph_id', OLD.paragraph_id, 'made_on', OLD.made_on, 'text', OLD.text));
END;
CREATE TRIGGER delegation_audit_insert AFTER INSERT ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'delegation', NEW.id, 'insert', json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'kind', NEW.kind, 'decided_on', NEW.decided_on, 'decided_by', NEW.decided_by, 'point', NEW.point, 'title', NEW.title, 'case_id', NEW.case_id, 'meeting_id', NEW.meeting_id));
END;
CREATE TRIGGER delegation_audit_update AFTER UPDATE ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'delegation', NEW.id, 'update', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'kind', OLD.kind, 'decided_on', OLD.decided_on, 'decided_by', OLD.decided_by, 'point', OLD.point, 'title', OLD.title, 'case_id', OLD.case_id, 'meeting_id', OLD.meeting_id), json_object('id', NEW.id, 'committee_id', NEW.committee_id, 'kind', NEW.kind, 'decided_on', NEW.decided_on, 'decided_by', NEW.decided_by, 'point', NEW.point, 'title', NEW.title, 'case_id', NEW.case_id, 'meeting_id', NEW.meeting_id));
END;
CREATE TRIGGER delegation_audit_delete AFTER DELETE ON delegation BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'delegation', OLD.id, 'delete', json_object('id', OLD.id, 'committee_id', OLD.committee_id, 'kind', OLD.kind, 'decided_on', OLD.decided_on, 'decided_by', OLD.decided_by, 'point', OLD.point, 'title', OLD.title, 'case_id', OLD.case_id, 'meeting_id', OLD.meeting_id));
END;
