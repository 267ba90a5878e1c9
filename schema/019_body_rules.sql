-- namnd schema, version 19: a body's kind decides which rules apply to
-- it, and each rule can be set per body (issue 12). Bodies under the
-- kommunallag (fullmäktige, styrelse, nämnd, arbetsutskott) have a
-- quorum (KL 6:27), a justering within 14 days (KL 5:69), an anslag
-- (KL 8:12) and an appeal period (KL 13:5); a samverkansråd, a beredning
-- or a ledningsgrupp has none of them unless set; a kommunalförbund's
-- förbundsstyrelse follows its förbundsordning, which namnd takes to
-- say what the kommunallag says until the body is set otherwise.
--
-- The kind list gains 'ledningsgrupp': only the CHECK text changes, in
-- place as 009 did (every stored row stays valid, since the new rule
-- admits all the old one did).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''förbundsstyrelse'', ''beredning'')',
                     '''förbundsstyrelse'', ''beredning'', ''ledningsgrupp'')')
 WHERE type = 'table' AND name = 'committee';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_bump_019 (x);
DROP TABLE schema_bump_019;

-- NULL: as the kind says. Justering days 0: no justering deadline.
ALTER TABLE committee ADD COLUMN rule_quorum INTEGER CHECK (rule_quorum IN (0, 1));
ALTER TABLE committee ADD COLUMN rule_justering_days INTEGER
	CHECK (rule_justering_days BETWEEN 0 AND 90);
ALTER TABLE committee ADD COLUMN rule_anslag INTEGER CHECK (rule_anslag IN (0, 1));
ALTER TABLE committee ADD COLUMN rule_appeal INTEGER CHECK (rule_appeal IN (0, 1));

-- The rules in force for each body, the one place the defaults by kind
-- are written. The appeal period runs from the anslag, so there is none
-- without one.
CREATE VIEW committee_rules AS
SELECT c.id AS committee_id, c.kind AS kind,
       CASE WHEN c.kind IN ('fullmäktige', 'styrelse', 'nämnd', 'arbetsutskott')
            THEN 'kommunallagen'
            WHEN c.kind = 'förbundsstyrelse' THEN 'förbundsordningen'
            ELSE 'egna regler' END AS basis,
       coalesce(c.rule_quorum, c.kind NOT IN ('samverkansråd', 'beredning', 'ledningsgrupp'))
           AS quorum,
       coalesce(c.rule_justering_days,
                CASE WHEN c.kind IN ('samverkansråd', 'beredning', 'ledningsgrupp')
                     THEN 0 ELSE 14 END) AS justering_days,
       coalesce(c.rule_anslag, c.kind NOT IN ('samverkansråd', 'beredning', 'ledningsgrupp'))
           AS anslag,
       coalesce(c.rule_anslag, c.kind NOT IN ('samverkansråd', 'beredning', 'ledningsgrupp'))
       AND coalesce(c.rule_appeal, c.kind NOT IN ('samverkansråd', 'beredning', 'ledningsgrupp'))
           AS appeal,
       (c.rule_quorum IS NOT NULL OR c.rule_justering_days IS NOT NULL
        OR c.rule_anslag IS NOT NULL OR c.rule_appeal IS NOT NULL) AS per_body
  FROM committee c;

-- The audit log records the rules with the rest of the row.
DROP TRIGGER IF EXISTS committee_audit_insert;
CREATE TRIGGER committee_audit_insert AFTER INSERT ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'committee', NEW.id, 'insert', json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal));
END;
DROP TRIGGER IF EXISTS committee_audit_update;
CREATE TRIGGER committee_audit_update AFTER UPDATE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'committee', NEW.id, 'update', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal));
END;
DROP TRIGGER IF EXISTS committee_audit_delete;
CREATE TRIGGER committee_audit_delete AFTER DELETE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'committee', OLD.id, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal));
END;
