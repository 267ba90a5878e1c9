-- Månadsuppföljning (DOMAIN.md, "Money"): the controller's monthly budget
-- follow-up per committee and period, and the nämndplan's yearly budget
-- table.
--
-- Money is exact: integer hundredths of the report's unit (tkr unless the
-- source said kr), so "-795 480" tkr is stored as -79548000 and
-- "2 665,5" as 266550. An empty source cell is NULL and counts as 0 in
-- sums and deviations, as it does in Excel. Deviations, group figures and
-- totals are never stored: the views below compute them.

CREATE TABLE month_report (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
	year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2199),
	month        INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
	unit         TEXT NOT NULL DEFAULT 'tkr' CHECK (unit IN ('tkr', 'kr')),
	comment      TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 20000),
	source       TEXT CHECK (source IS NULL OR length(source) BETWEEN 1 AND 1000),
	imported_on  TEXT NOT NULL DEFAULT (nd_today()) CHECK (date(imported_on) IS imported_on),
	UNIQUE (committee_id, year, month)
);

-- One line per verksamhetsområde, in the order of the source. A group
-- line (an area with sub-areas) has no figures of its own: its figures
-- are the sums of the lines whose parent it is. One level of grouping.
CREATE TABLE month_report_line (
	id           INTEGER PRIMARY KEY,
	report_id    INTEGER NOT NULL REFERENCES month_report(id) ON DELETE CASCADE,
	position     INTEGER NOT NULL CHECK (position >= 1),
	area         TEXT NOT NULL CHECK (length(area) BETWEEN 1 AND 200),
	is_group     INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
	parent_id    INTEGER REFERENCES month_report_line(id) ON DELETE CASCADE,
	budget_ack   INTEGER CHECK (budget_ack IS NULL OR (typeof(budget_ack) = 'integer'
	                            AND budget_ack BETWEEN -9999999999999 AND 9999999999999)),
	utfall_ack   INTEGER CHECK (utfall_ack IS NULL OR (typeof(utfall_ack) = 'integer'
	                            AND utfall_ack BETWEEN -9999999999999 AND 9999999999999)),
	budget_year  INTEGER CHECK (budget_year IS NULL OR (typeof(budget_year) = 'integer'
	                            AND budget_year BETWEEN -9999999999999 AND 9999999999999)),
	prognos_year INTEGER CHECK (prognos_year IS NULL OR (typeof(prognos_year) = 'integer'
	                            AND prognos_year BETWEEN -9999999999999 AND 9999999999999)),
	comment      TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 5000),
	CHECK (NOT is_group OR (budget_ack IS NULL AND utfall_ack IS NULL
	                        AND budget_year IS NULL AND prognos_year IS NULL)),
	CHECK (parent_id IS NULL OR (parent_id <> id AND NOT is_group)),
	UNIQUE (report_id, position),
	UNIQUE (report_id, area)
);
CREATE INDEX month_report_line_parent ON month_report_line(parent_id);

-- A parent is a group of the same report.
CREATE TRIGGER month_report_line_parent_insert BEFORE INSERT ON month_report_line
WHEN NEW.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM month_report_line p
	WHERE p.id = NEW.parent_id AND p.report_id = NEW.report_id AND p.is_group)
BEGIN
	SELECT RAISE(ABORT, 'ett delområde måste höra till en grupp i samma rapport');
END;
CREATE TRIGGER month_report_line_parent_update BEFORE UPDATE OF parent_id, report_id
ON month_report_line
WHEN NEW.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM month_report_line p
	WHERE p.id = NEW.parent_id AND p.report_id = NEW.report_id AND p.is_group)
BEGIN
	SELECT RAISE(ABORT, 'ett delområde måste höra till en grupp i samma rapport');
END;

-- Each line with its figures (a group's summed over its areas) and the
-- computed deviations: Avvikelse (ack) = Utfall − Budget, Avvikelse
-- prognos = Prognos − Budget (helår).
CREATE VIEW month_report_figures AS
SELECT f.*, coalesce(f.utfall_ack, 0) - coalesce(f.budget_ack, 0) AS avvikelse_ack,
       coalesce(f.prognos_year, 0) - coalesce(f.budget_year, 0) AS avvikelse_prognos
FROM (SELECT l.id, l.report_id, l.position, l.area, l.is_group, l.parent_id, l.comment,
             CASE WHEN l.is_group THEN (SELECT coalesce(sum(c.budget_ack), 0)
                  FROM month_report_line c WHERE c.parent_id = l.id) ELSE l.budget_ack END AS budget_ack,
             CASE WHEN l.is_group THEN (SELECT coalesce(sum(c.utfall_ack), 0)
                  FROM month_report_line c WHERE c.parent_id = l.id) ELSE l.utfall_ack END AS utfall_ack,
             CASE WHEN l.is_group THEN (SELECT coalesce(sum(c.budget_year), 0)
                  FROM month_report_line c WHERE c.parent_id = l.id) ELSE l.budget_year END AS budget_year,
             CASE WHEN l.is_group THEN (SELECT coalesce(sum(c.prognos_year), 0)
                  FROM month_report_line c WHERE c.parent_id = l.id) ELSE l.prognos_year END AS prognos_year
      FROM month_report_line l) f;

-- The committee's total: the sum of the areas (groups are not counted
-- twice), with its deviations.
CREATE VIEW month_report_total AS
SELECT t.*, t.utfall_ack - t.budget_ack AS avvikelse_ack,
       t.prognos_year - t.budget_year AS avvikelse_prognos
FROM (SELECT r.id AS report_id,
             coalesce(sum(l.budget_ack), 0) AS budget_ack,
             coalesce(sum(l.utfall_ack), 0) AS utfall_ack,
             coalesce(sum(l.budget_year), 0) AS budget_year,
             coalesce(sum(l.prognos_year), 0) AS prognos_year,
             count(l.id) AS areas
      FROM month_report r LEFT JOIN month_report_line l
           ON l.report_id = r.id AND NOT l.is_group
      GROUP BY r.id) t;

-- The nämndplan's budget table for year N: Prognos N, Budget N and
-- Budget N+1 per area; Totalt is computed.
CREATE TABLE budget_plan (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
	year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2198),
	unit         TEXT NOT NULL DEFAULT 'tkr' CHECK (unit IN ('tkr', 'kr')),
	comment      TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 20000),
	source       TEXT CHECK (source IS NULL OR length(source) BETWEEN 1 AND 1000),
	imported_on  TEXT NOT NULL DEFAULT (nd_today()) CHECK (date(imported_on) IS imported_on),
	UNIQUE (committee_id, year)
);

CREATE TABLE budget_plan_line (
	id          INTEGER PRIMARY KEY,
	plan_id     INTEGER NOT NULL REFERENCES budget_plan(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL CHECK (position >= 1),
	area        TEXT NOT NULL CHECK (length(area) BETWEEN 1 AND 200),
	prognos     INTEGER CHECK (prognos IS NULL OR (typeof(prognos) = 'integer'
	                           AND prognos BETWEEN -9999999999999 AND 9999999999999)),
	budget      INTEGER CHECK (budget IS NULL OR (typeof(budget) = 'integer'
	                           AND budget BETWEEN -9999999999999 AND 9999999999999)),
	budget_next INTEGER CHECK (budget_next IS NULL OR (typeof(budget_next) = 'integer'
	                           AND budget_next BETWEEN -9999999999999 AND 9999999999999)),
	comment     TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 5000),
	UNIQUE (plan_id, position),
	UNIQUE (plan_id, area)
);

CREATE VIEW budget_plan_total AS
SELECT p.id AS plan_id, coalesce(sum(l.prognos), 0) AS prognos,
       coalesce(sum(l.budget), 0) AS budget, coalesce(sum(l.budget_next), 0) AS budget_next,
       count(l.id) AS areas
FROM budget_plan p LEFT JOIN budget_plan_line l ON l.plan_id = p.id
GROUP BY p.id;

-- Audit, as for the other domain tables.
CREATE TRIGGER month_report_audit_insert AFTER INSERT ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'month_report', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'month', NEW.month, 'unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
CREATE TRIGGER month_report_audit_update AFTER UPDATE ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'month_report', NEW.id, 'update', json_object('unit', OLD.unit, 'comment', OLD.comment, 'source', OLD.source), json_object('unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
CREATE TRIGGER month_report_audit_delete AFTER DELETE ON month_report BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'month_report', OLD.id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year, 'month', OLD.month));
END;
CREATE TRIGGER month_report_line_audit_insert AFTER INSERT ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'month_report_line', NEW.id, 'insert', json_object('report_id', NEW.report_id, 'position', NEW.position, 'area', NEW.area, 'is_group', NEW.is_group, 'parent_id', NEW.parent_id, 'budget_ack', NEW.budget_ack, 'utfall_ack', NEW.utfall_ack, 'budget_year', NEW.budget_year, 'prognos_year', NEW.prognos_year, 'comment', NEW.comment));
END;
CREATE TRIGGER month_report_line_audit_update AFTER UPDATE ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'month_report_line', NEW.id, 'update', json_object('area', OLD.area, 'budget_ack', OLD.budget_ack, 'utfall_ack', OLD.utfall_ack, 'budget_year', OLD.budget_year, 'prognos_year', OLD.prognos_year, 'comment', OLD.comment), json_object('area', NEW.area, 'budget_ack', NEW.budget_ack, 'utfall_ack', NEW.utfall_ack, 'budget_year', NEW.budget_year, 'prognos_year', NEW.prognos_year, 'comment', NEW.comment));
END;
CREATE TRIGGER month_report_line_audit_delete AFTER DELETE ON month_report_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'month_report_line', OLD.id, 'delete', json_object('report_id', OLD.report_id, 'area', OLD.area, 'budget_ack', OLD.budget_ack, 'utfall_ack', OLD.utfall_ack, 'budget_year', OLD.budget_year, 'prognos_year', OLD.prognos_year));
END;
CREATE TRIGGER budget_plan_audit_insert AFTER INSERT ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'budget_plan', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'year', NEW.year, 'unit', NEW.unit, 'comment', NEW.comment, 'source', NEW.source));
END;
CREATE TRIGGER budget_plan_audit_update AFTER UPDATE ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'budget_plan', NEW.id, 'update', json_object('unit', OLD.unit, 'comment', OLD.comment), json_object('unit', NEW.unit, 'comment', NEW.comment));
END;
CREATE TRIGGER budget_plan_audit_delete AFTER DELETE ON budget_plan BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'budget_plan', OLD.id, 'delete', json_object('committee_id', OLD.committee_id, 'year', OLD.year));
END;
CREATE TRIGGER budget_plan_line_audit_insert AFTER INSERT ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES (nd_user(), 'budget_plan_line', NEW.id, 'insert', json_object('plan_id', NEW.plan_id, 'position', NEW.position, 'area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'comment', NEW.comment));
END;
CREATE TRIGGER budget_plan_line_audit_update AFTER UPDATE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES (nd_user(), 'budget_plan_line', NEW.id, 'update', json_object('area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next, 'comment', OLD.comment), json_object('area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'comment', NEW.comment));
END;
CREATE TRIGGER budget_plan_line_audit_delete AFTER DELETE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES (nd_user(), 'budget_plan_line', OLD.id, 'delete', json_object('plan_id', OLD.plan_id, 'area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next));
END;
