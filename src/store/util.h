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

#endif
