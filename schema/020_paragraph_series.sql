-- namnd schema, version 20: several bodies may number their paragraphs in
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
