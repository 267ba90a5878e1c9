/* The audit log as a hash chain (schema/014): each row namnd writes
 * carries hash = SHA-256 of the last chained row's hash and its own
 * fields, so a row altered or deleted afterwards breaks the chain. */
#ifndef NAMND_AUDIT_H
#define NAMND_AUDIT_H

#include <stdbool.h>
#include "namnd/db.h"

/* The chain link of one row: prev (the last chained row's hash, NULL for
 * the first) and its fields id, at, who, tbl, row_id, action, old, new as
 * text (NULL for SQL NULL), each written as "length:bytes" or "-", into
 * hex (64 lower-case hex digits and a NUL). */
void audit_link(const char *prev, const char *const fields[8], char hex[65]);

/* Register nd_audit_hash(prev, id, at, who, tbl, row_id, action, old,
 * new), audit_link as an SQL function, on db's connection. */
int audit_register(sqlite3 *h);

struct audit_summary {
	long long rows;        /* rows read */
	long long chained;     /* rows with a hash that holds */
	long long unchained;   /* rows without a hash: another program, or older */
	long long problems;    /* broken links and gaps */
	char head[65];         /* the last chained row's hash, "" when none */
	bool head_found;       /* the --head asked for is in the chain */
};

/* A finding: a Swedish sentence naming the row(s). */
typedef void (*audit_problem_fn)(void *ctx, const char *finding);

/* Walk the whole log in id order, checking every link, reporting each
 * altered row, each gap in the ids (deleted rows) and, when head is not
 * NULL, whether that earlier head is still in the chain. */
enum nd_err audit_verify(struct nd_db *db, const char *head, struct audit_summary *s,
			 audit_problem_fn fn, void *ctx);

#endif
