/* Small helpers shared by the store's meeting modules. Internal. */
#ifndef NAMND_STORE_UTIL_H
#define NAMND_STORE_UTIL_H

#include <stddef.h>
#include "namnd/db.h"

/* Step st once (a statement without rows) and finalize it; a failure
 * becomes db_fail(db, what). */
enum nd_err stmt_done(struct nd_db *db, sqlite3_stmt *st, const char *what);

/* The person's name for a message into buf ("person ID" when unknown). */
const char *person_name(struct nd_db *db, long long person, char *buf, size_t size);

/* The rules a meeting's deadlines follow, as three columns (justering
 * days, anslag, appeal) over meeting m and its committee_rules r: the
 * body's as they are, or for a justerat meeting those it was justerat
 * under (namnd/rules.h; nd_frozen_rule, db.c). */
#define JUSTERAT_RULES "CASE WHEN m.justerad_on IS NULL THEN r.justering_days ELSE " \
	"coalesce(nd_frozen_rule(m.id, 0), r.justering_days) END, CASE WHEN m.justerad_on " \
	"IS NULL THEN r.anslag ELSE coalesce(nd_frozen_rule(m.id, 1), r.anslag) END, " \
	"CASE WHEN m.justerad_on IS NULL THEN r.appeal ELSE coalesce(nd_frozen_rule(m.id, " \
	"2), r.appeal) END"

#endif
