-- namnd schema, version 20: a decision item's dnr is a rule of the body,
-- and several bodies may number their paragraphs in
-- one § series through the year (issue 12). A body with a row here whose
-- series_id is set numbers its paragraphs in that body's series, and they
-- are keyed by it (paragraph.committee_id is the series' body, so the
-- UNIQUE (committee_id, year, number) holds for the whole series). No row,
-- or series_id NULL: the body's own series, as before.
CREATE TABLE committee_series (
	committee_id INTEGER PRIMARY KEY REFERENCES committee(id) ON DELETE CASCADE,
	series_id    INTEGER REFERENCES committee(id) ON DELETE RESTRICT,
	CHECK (series_id IS NULL OR series_id <> committee_id)
);
CREATE INDEX committee_series_series ON committee_series(series_id);

CREATE TRIGGER committee_series_audit_insert AFTER INSERT ON committee_series BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'committee_series', NEW.committee_id, 'insert', json_object('committee_id', NEW.committee_id, 'series_id', NEW.series_id));
END;
CREATE TRIGGER committee_series_audit_update AFTER UPDATE ON committee_series BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'committee_series', NEW.committee_id, 'update', json_object('committee_id', OLD.committee_id, 'series_id', OLD.series_id), json_object('committee_id', NEW.committee_id, 'series_id', NEW.series_id));
END;
CREATE TRIGGER committee_series_audit_delete AFTER DELETE ON committee_series BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'committee_series', OLD.committee_id, 'delete', json_object('committee_id', OLD.committee_id, 'series_id', OLD.series_id));
END;

-- rule_dnr: a decision item must have an ärende with a dnr (check's
-- error dnr_saknas). NULL: as the kind says (yes under the kommunallag
-- and a förbundsordning; a samverkansråd, beredning or ledningsgrupp
-- decides many items without one).
ALTER TABLE committee ADD COLUMN rule_dnr INTEGER CHECK (rule_dnr IN (0, 1));
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
       (c.rule_quorum IS NOT NULL OR c.rule_justering_days IS NOT NULL
        OR c.rule_anslag IS NOT NULL OR c.rule_appeal IS NOT NULL
        OR c.rule_dnr IS NOT NULL) AS per_body
  FROM committee c;

-- The audit log records the rules with the rest of the row.
DROP TRIGGER IF EXISTS committee_audit_insert;
CREATE TRIGGER committee_audit_insert AFTER INSERT ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, new)
	VALUES ('', 'committee', NEW.id, 'insert', json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal, 'rule_dnr', NEW.rule_dnr));
END;
DROP TRIGGER IF EXISTS committee_audit_update;
CREATE TRIGGER committee_audit_update AFTER UPDATE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old, new)
	VALUES ('', 'committee', NEW.id, 'update', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal, 'rule_dnr', OLD.rule_dnr), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'kind', NEW.kind, 'parent_id', NEW.parent_id, 'place', NEW.place, 'start_time', NEW.start_time, 'notice_days', NEW.notice_days, 'dnr_series', NEW.dnr_series, 'rule_quorum', NEW.rule_quorum, 'rule_justering_days', NEW.rule_justering_days, 'rule_anslag', NEW.rule_anslag, 'rule_appeal', NEW.rule_appeal, 'rule_dnr', NEW.rule_dnr));
END;
DROP TRIGGER IF EXISTS committee_audit_delete;
CREATE TRIGGER committee_audit_delete AFTER DELETE ON committee BEGIN
	INSERT INTO audit_log (who, tbl, row_id, action, old)
	VALUES ('', 'committee', OLD.id, 'delete', json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'kind', OLD.kind, 'parent_id', OLD.parent_id, 'place', OLD.place, 'start_time', OLD.start_time, 'notice_days', OLD.notice_days, 'dnr_series', OLD.dnr_series, 'rule_quorum', OLD.rule_quorum, 'rule_justering_days', OLD.rule_justering_days, 'rule_anslag', OLD.rule_anslag, 'rule_appeal', OLD.rule_appeal, 'rule_dnr', OLD.rule_dnr));
END;
