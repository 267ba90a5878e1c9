-- namnd schema, version 36: the nämndplan's budget table as real ones
-- are written (issue 12). Beside Prognos N, Budget N and Budget N+1 a
-- line may hold the outcome of the year before (Bokslut or Utfall N-1)
-- and the plan years N+2 and N+3 ("Plan", "Flerårsplan", "Ekonomisk
-- plan", "EP"). A table without a Prognos, as Sjöbo's "Bokslut 2023 |
-- Budget 2024 | Budget 2025 | Plan 2026 | Plan 2027", leaves prognos
-- empty. Earlier tables have none of the new figures (NULL).

ALTER TABLE budget_plan_line ADD COLUMN outcome INTEGER
	CHECK (outcome IS NULL OR (typeof(outcome) = 'integer'
	       AND outcome BETWEEN -9999999999999 AND 9999999999999));
ALTER TABLE budget_plan_line ADD COLUMN plan1 INTEGER
	CHECK (plan1 IS NULL OR (typeof(plan1) = 'integer'
	       AND plan1 BETWEEN -9999999999999 AND 9999999999999));
ALTER TABLE budget_plan_line ADD COLUMN plan2 INTEGER
	CHECK (plan2 IS NULL OR (typeof(plan2) = 'integer'
	       AND plan2 BETWEEN -9999999999999 AND 9999999999999));

-- The total, and how many lines have each figure: a column no line has
-- (a table without Prognos, or without plan years) is not shown.
DROP VIEW IF EXISTS budget_plan_total;
CREATE VIEW budget_plan_total AS
SELECT p.id AS plan_id, coalesce(sum(l.prognos), 0) AS prognos,
       coalesce(sum(l.budget), 0) AS budget, coalesce(sum(l.budget_next), 0) AS budget_next,
       count(l.id) AS areas,
       coalesce(sum(l.outcome), 0) AS outcome, coalesce(sum(l.plan1), 0) AS plan1,
       coalesce(sum(l.plan2), 0) AS plan2,
       count(l.prognos) AS n_prognos, count(l.budget) AS n_budget,
       count(l.budget_next) AS n_budget_next, count(l.outcome) AS n_outcome,
       count(l.plan1) AS n_plan1, count(l.plan2) AS n_plan2
FROM budget_plan p LEFT JOIN budget_plan_line l ON l.plan_id = p.id
GROUP BY p.id;

-- The audit records the new figures too (who = '' as since version 8).
DROP TRIGGER IF EXISTS budget_plan_line_audit_insert;
CREATE TRIGGER budget_plan_line_audit_insert AFTER INSERT ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'budget_plan_line', NEW.id, 'insert', json_object('plan_id', NEW.plan_id, 'position', NEW.position, 'area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'outcome', NEW.outcome, 'plan1', NEW.plan1, 'plan2', NEW.plan2, 'comment', NEW.comment));
END;
DROP TRIGGER IF EXISTS budget_plan_line_audit_update;
CREATE TRIGGER budget_plan_line_audit_update AFTER UPDATE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'budget_plan_line', NEW.id, 'update', json_object('area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next, 'outcome', OLD.outcome, 'plan1', OLD.plan1, 'plan2', OLD.plan2, 'comment', OLD.comment), json_object('area', NEW.area, 'prognos', NEW.prognos, 'budget', NEW.budget, 'budget_next', NEW.budget_next, 'outcome', NEW.outcome, 'plan1', NEW.plan1, 'plan2', NEW.plan2, 'comment', NEW.comment));
END;
DROP TRIGGER IF EXISTS budget_plan_line_audit_delete;
CREATE TRIGGER budget_plan_line_audit_delete AFTER DELETE ON budget_plan_line BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'budget_plan_line', OLD.id, 'delete', json_object('plan_id', OLD.plan_id, 'area', OLD.area, 'prognos', OLD.prognos, 'budget', OLD.budget, 'budget_next', OLD.budget_next, 'outcome', OLD.outcome, 'plan1', OLD.plan1, 'plan2', OLD.plan2));
END;
