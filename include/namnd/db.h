/* The SQLite store: open, pragmas, migrations, transactions. */
#ifndef NAMND_DB_H
#define NAMND_DB_H

#include <stdbool.h>
#include <sqlite3.h>
#include "namnd/err.h"

struct nd_db {
	sqlite3 *h;
	char *path;
	char *user;    /* who, for the audit log */
	char *dnr_pattern; /* the organisation's canonical dnr form */
	bool readonly;
	int in_tx;     /* nesting depth of db_begin */
	int sql_log;   /* fd of $NAMND_SQL_LOG, or -1 */
	/* The last search's FTS5 query (search.c) and the ärenden matching
	 * the Ärenden list's word filter, a bit per id (case.c, read by the
	 * SQL function nd_matched(id)): each kept until the file changes, as
	 * told by data_version (another program's write) and total_changes
	 * (this connection's). */
	char *fts_text, *fts_q;
	long long fts_version, fts_changes;
	char *match_text;
	int match_kind;
	long long match_version, match_changes;
	unsigned char *match_bits;
	long long match_nbits;
	/* A bulk insert's audit rows (audit.c): the table whose insert
	 * trigger skips its rows while namnd's own INSERT ... SELECT runs
	 * (NULL otherwise, schema/037), and the chain's last link while
	 * audit_bulk_log writes them. */
	const char *audit_held;
	char audit_prev[65];
};

/* PRAGMA data_version: changes when another connection writes. */
long long db_data_version(struct nd_db *db);

/* A consumer of query rows: the CLI prints them, the TUI draws them,
 * an exporter writes them. Return non-zero to stop early. */
typedef int (*nd_row_fn)(void *ctx, sqlite3_stmt *st);

/* Step st to the end (or until fn stops), feeding each row to fn; then
 * finalize st. *rows (may be NULL) gets the number of rows fed. On a
 * database error returns it with a message mentioning what. */
enum nd_err db_rows(struct nd_db *db, sqlite3_stmt *st, nd_row_fn fn, void *ctx,
		    int *rows, const char *what);

enum {
	DB_CREATE = 1 << 0, /* create the file (0600) when it does not exist */
};

/* Open (and create, with DB_CREATE) the database at path, upgrade its
 * schema, and set the pragmas. With NAMND_SQL_LOG=FILE in the environment
 * every statement run is appended to FILE, one a line, as prepared
 * (parameters unexpanded): the query-plan test reads them. A file that is not a namnd database, or one
 * written by a newer namnd, is refused and left untouched.
 * On success *out is owned by the caller: free with db_close. */
enum nd_err db_open(const char *path, unsigned flags, struct nd_db **out);
void db_close(struct nd_db *db);

/* The schema version this program writes. */
int db_schema_latest(void);
/* The version recorded in the open database. */
int db_schema_version(struct nd_db *db);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Nested calls join the outer
 * transaction; only the outermost commits. db_rollback is safe to call
 * when no transaction is open. */
/* The TEMP triggers on audit_log that give this connection's audit rows
 * its user and their link in the chain (on), or none (off, only while
 * audit_bulk_log writes complete rows itself, in a transaction). */
enum nd_err db_audit_triggers(struct nd_db *db, bool on);
enum nd_err db_begin(struct nd_db *db);
enum nd_err db_commit(struct nd_db *db);
void db_rollback(struct nd_db *db);

/* Prepare sql (a static string). On failure returns ND_EDB with a
 * message. */
enum nd_err db_prepare(struct nd_db *db, const char *sql, sqlite3_stmt **st);

/* Turn the last SQLite error into an nd_err with a Swedish message that
 * mentions what (e.g. "spara ärendet"). */
enum nd_err db_fail(struct nd_db *db, const char *what);

/* Run one statement that returns no rows, binding the given text values
 * (NULL binds SQL NULL) to ?1, ?2, .... Used for small writes. */
enum nd_err db_exec_text(struct nd_db *db, const char *sql, int n,
			 const char *const *vals);

/* Bind helpers: text NULL binds NULL. */
void db_bind_text(sqlite3_stmt *st, int i, const char *s);

/* Value of an organisation setting (allocated; caller frees), or a copy
 * of def when unset. NULL only on out of memory. */
char *setting_get(struct nd_db *db, const char *key, const char *def);
/* Set a known setting after validating it (Swedish message on error). */
enum nd_err setting_set(struct nd_db *db, const char *key, const char *value);

/* Fill the database with the fictional demo organisation (schema/demo.sql),
 * dated relative to today. The database must be empty. */
enum nd_err db_load_demo(struct nd_db *db);

/* True when the database holds no committees, people or ärenden. */
bool db_is_empty(struct nd_db *db);

#endif
