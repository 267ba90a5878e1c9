/* Small helpers shared by the store's meeting modules. */
#include "util.h"

#include <stdio.h>

enum nd_err stmt_done(struct nd_db *db, sqlite3_stmt *st, const char *what)
{
	enum nd_err e = sqlite3_step(st) == SQLITE_DONE ? ND_OK : db_fail(db, what);
	sqlite3_finalize(st);
	return e;
}

const char *person_name(struct nd_db *db, long long person, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	snprintf(buf, size, "person %lld", person);
	if (db_prepare(db, "SELECT name FROM person WHERE id = ?1", &st) == ND_OK) {
		sqlite3_bind_int64(st, 1, person);
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(buf, size, "%s", sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	return buf;
}
