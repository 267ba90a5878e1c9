-- namnd schema, version 27: a föredragande for every item is a rule a
-- body may set (issue 12: a real kallelse names none for many items, as
-- seed 003's does for items 8-11, so `check` warned of nothing wrong).
-- NULL or 0: check says nothing of a missing föredragande; 1: it warns.
ALTER TABLE committee ADD COLUMN rule_presenter INTEGER CHECK (rule_presenter IN (0, 1));
DROP VIEW committee_rules;
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
       coalesce(c.rule_dnr, c.kind NOT IN ('samverkansråd', 'beredning', 'ledningsgrupp'))
           AS dnr,
       coalesce(c.rule_presenter, 0) AS presenter,
       (c.rule_quorum IS NOT NULL OR c.rule_justering_days IS NOT NULL
        OR c.rule_anslag IS NOT NULL OR c.rule_appeal IS NOT NULL
        OR c.rule_dnr IS NOT NULL OR c.rule_presenter IS NOT NULL) AS per_body
  FROM committee c;

-- The audit log records the body's numbering (025) and this rule with
-- the rest of the row.
DROP TRIGGER IF EXISTS committee_audit_insert;
CREATE TRIGGER committee_audit_insert AFTER INSERT ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'committee', NEW.id, 'insert', json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal, 'rule_dnr', NEW.rule_dnr, 'numbering', NEW.numbering, 'rule_presenter', NEW.rule_presenter));
END;
DROP TRIGGER IF EXISTS committee_audit_update;
CREATE TRIGGER committee_audit_update AFTER UPDATE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'committee', NEW.id, 'update', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal, 'rule_dnr', OLD.rule_dnr, 'numbering', OLD.numbering, 'rule_presenter', OLD.rule_presenter), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal, 'rule_dnr', NEW.rule_dnr, 'numbering', NEW.numbering, 'rule_presenter', NEW.rule_presenter));
END;
DROP TRIGGER IF EXISTS committee_audit_delete;
CREATE TRIGGER committee_audit_delete AFTER DELETE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'committee', OLD.id, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal, 'rule_dnr', OLD.rule_dnr, 'numbering', OLD.numbering, 'rule_presenter', OLD.rule_presenter));
END;
