-- namnd schema, version 9: a diarienummer series may hold digits after its
-- first letter, as a body code may ("T1", "BUN2"): committee.code always
-- allowed it, so an ärende of body T1 could not be registered in its own
-- series. Only the CHECK text changes, which SQLite documents as safe to
-- edit in place (https://sqlite.org/lang_altertable.html, "otherwise"
-- procedure): no row is rewritten and every row stays valid, since the
-- new rule admits all the old one did. The RESET reloads this
-- connection's schema; creating and dropping a table moves the schema
-- cookie so every other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'dnr_series NOT GLOB ''*[^A-ZÅÄÖ]*''',
                     'dnr_series NOT GLOB ''*[^A-ZÅÄÖ0-9]*'' AND dnr_series GLOB ''[A-ZÅÄÖ]*''')
 WHERE type = 'table' AND name IN ('cases', 'committee');
PRAGMA writable_schema = RESET;
CREATE TABLE schema_bump_009 (x);
DROP TABLE schema_bump_009;
