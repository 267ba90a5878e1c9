-- namnd schema, version 2: full-text search over ärenden and paragraphs.
-- rowid encodes the source: 2*id for an ärende, 2*id+1 for a paragraph,
-- so triggers find their row without a scan. Diacritics are kept: in
-- Swedish å ä ö are letters of their own, not accented a and o.
CREATE VIRTUAL TABLE search_index USING fts5(
	dnr, title, body,
	tokenize = "unicode61 remove_diacritics 0"
);

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number),
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
CREATE TRIGGER cases_search_update AFTER UPDATE ON cases BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id,
	        trim(NEW.dnr_series || ' ' || NEW.dnr_year || '/' || NEW.dnr_number),
	        NEW.title,
	        coalesce(NEW.summary, '') || char(10) || coalesce(NEW.proposal, '')
	        || char(10) || coalesce(NEW.description, ''));
END;
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id;
END;

CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraph BEGIN
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
CREATE TRIGGER paragraph_search_update AFTER UPDATE ON paragraph BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id + 1;
	INSERT INTO search_index (rowid, dnr, title, body)
	VALUES (2 * NEW.id + 1,
	        (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
	           FROM cases c WHERE c.id = NEW.case_id),
	        NEW.title,
	        coalesce(NEW.account, '') || char(10) || coalesce(NEW.decision, '')
	        || char(10) || coalesce(NEW.proposition, ''));
END;
CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraph BEGIN
	DELETE FROM search_index WHERE rowid = 2 * OLD.id + 1;
END;

-- A database upgraded from version 1 already holds ärenden and paragraphs.
INSERT INTO search_index (rowid, dnr, title, body)
SELECT 2 * id, trim(dnr_series || ' ' || dnr_year || '/' || dnr_number), title,
       coalesce(summary, '') || char(10) || coalesce(proposal, '')
       || char(10) || coalesce(description, '')
  FROM cases;
INSERT INTO search_index (rowid, dnr, title, body)
SELECT 2 * p.id + 1,
       (SELECT trim(c.dnr_series || ' ' || c.dnr_year || '/' || c.dnr_number)
          FROM cases c WHERE c.id = p.case_id),
       p.title,
       coalesce(p.account, '') || char(10) || coalesce(p.decision, '')
       || char(10) || coalesce(p.proposition, '')
  FROM paragraph p;
