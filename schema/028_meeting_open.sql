-- namnd schema, version 28: the meetings still waiting for justering or
-- anslag, found without reading the register's history.
--
-- The Översikt (`namnd overview`, the UI's first screen) lists the
-- earlier meetings whose justering or anslag is not done. Through the
-- date index that read every meeting before today, twenty years of them
-- in a large kommun, to find the few; this index holds only the few.
-- src/store/overview.c names it (INDEXED BY): without statistics the
-- planner cannot tell it is the smaller.
CREATE INDEX meeting_open ON meeting(date) WHERE justerad_on IS NULL OR anslag_on IS NULL;
