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

/* Register on db's connection nd_audit_hash(prev, id, at, who, tbl,
 * row_id, action, old, new), audit_link as an SQL function;
 * sqlite_compileoption_used(name), SQLite's own except that
 * 'NAMND_BULK_INSERT_' + tbl is true while audit_hold holds tbl's
 * inserts (schema/037); and nd_audit_next(id, ..., new), the link after
 * the last one it made (for audit_bulk_log). */
int audit_register(struct nd_db *db);

/* Bulk inserts, in one transaction: audit_hold(db, tbl), then one
 * INSERT ... SELECT into tbl (a plain INSERT, of rows with new ids: while
 * cases is held its checks against INSERT OR REPLACE are skipped,
 * schema/038), then audit_release(db), then
 * audit_bulk_log(db, tbl, json, after). While held, tbl's insert trigger
 * skips the rows of namnd's connection (schema/037: its WHEN asks
 * sqlite_compileoption_used, which only namnd's connection answers
 * otherwise than SQLite); audit_bulk_log then writes the same rows
 * set-based (one INSERT ... SELECT per 4096 rows, without the TEMP
 * triggers): for each row of tbl with id > after, in id order,
 * (next id, now, the user, tbl, id, 'insert', NULL, json), chained as
 * each row namnd writes. json is an SQL expression over the row (alias
 * t) giving what the trigger's json_object gives: a constant of the
 * caller's, never user text. Another program's inserts, and every other
 * table's, are logged by the triggers as always. */
void audit_hold(struct nd_db *db, const char *tbl);
void audit_release(struct nd_db *db);
enum nd_err audit_bulk_log(struct nd_db *db, const char *tbl, const char *json,
			   long long after);

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
