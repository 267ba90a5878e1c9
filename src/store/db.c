/* Opening the database: file checks, pragmas, migrations, collation. */
#include "namnd/db.h"
#include "namnd/meetstate.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/audit.h"
#include "namnd/case.h"
#include "namnd/collate.h"
#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/migrations.h"
#include "namnd/protocol.h"
#include "namnd/sqlmem.h"

/* "NMND": marks the file as ours, so another program's SQLite file is
 * refused instead of being migrated. */
#define ND_APPLICATION_ID 0x4e4d4e44

static int collate_sv(void *arg, int alen, const void *a, int blen, const void *b)
{
	(void)arg;
	return sv_collate(a, (size_t)alen, b, (size_t)blen);
}

static void fn_user(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	(void)argc;
	(void)argv;
	sqlite3_result_text(ctx, db->user, -1, SQLITE_STATIC);
}

static char *current_user(void)
{
	const char *u = getenv("NAMND_USER");
	if (!u || !*u)
		u = getenv("USER");
	if (!u || !*u) {
		struct passwd *pw = getpwuid(getuid());
		u = pw ? pw->pw_name : "okänd";
	}
	return strdup(u);
}

/* nd_today(): today's date, honouring NAMND_TODAY, for SQL defaults. */
static void fn_today(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_date d;
	char buf[11];
	(void)argc;
	(void)argv;
	if (date_today(&d) != ND_OK) {
		sqlite3_result_error(ctx, nd_errmsg(), -1);
		return;
	}
	date_format(d, buf);
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* nd_state(status, anslag_on): the state to show, "laga kraft" once the
 * appeal period is over (meetstate.h). */
static void fn_state(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_date d;
	const char *status = (const char *)sqlite3_value_text(argv[0]);
	(void)argc;
	if (!status) {
		sqlite3_result_null(ctx);
		return;
	}
	if (date_today(&d) != ND_OK) {
		sqlite3_result_error(ctx, nd_errmsg(), -1);
		return;
	}
	sqlite3_result_text(ctx, meeting_state(status, (const char *)sqlite3_value_text(argv[1]),
					       d), -1, SQLITE_TRANSIENT);
}

/* nd_frozen_rule(meeting, which): a rule of the body as meeting was
 * justerat under it, from its record (version 5 on), for the lists that
 * read many meetings' deadlines in one statement (the Översikt): which 0
 * justering days, 1 anslag, 2 appeal, 3 quorum. NULL when the meeting
 * has no such record: then the body's rules as they are apply. */
static void fn_frozen_rule(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	struct nd_rules r;
	bool found = false;
	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL ||
	    protocol_record_rules(db, sqlite3_value_int64(argv[0]), 0, &r, &found) != ND_OK) {
		nd_errclear();
		sqlite3_result_null(ctx);
		return;
	}
	if (!found) {
		sqlite3_result_null(ctx);
		return;
	}
	switch (sqlite3_value_int(argv[1])) {
	case 0: sqlite3_result_int(ctx, r.justering_days); break;
	case 1: sqlite3_result_int(ctx, r.anslag); break;
	case 2: sqlite3_result_int(ctx, r.appeal); break;
	default: sqlite3_result_int(ctx, r.quorum); break;
	}
}

/* nd_dnr(series, year, number[, class]): the canonical text of a dnr, or
 * "utkast" for an ärende not yet registered. */
static void fn_dnr(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	struct nd_dnr d;
	char buf[96];
	memset(&d, 0, sizeof d);
	/* No ärende (an item without one, joined): no dnr, not "0000/0". */
	if (sqlite3_value_type(argv[1]) == SQLITE_NULL ||
	    sqlite3_value_type(argv[2]) == SQLITE_NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	if (argc > 3 && sqlite3_value_text(argv[3]))
		snprintf(d.klass, sizeof d.klass, "%s", (const char *)sqlite3_value_text(argv[3]));
	snprintf(d.series, sizeof d.series, "%s", (const char *)sqlite3_value_text(argv[0]) ?
		 (const char *)sqlite3_value_text(argv[0]) : "");
	d.year = sqlite3_value_int(argv[1]);
	d.number = (long)sqlite3_value_int64(argv[2]);
	if (d.number < 0) {
		/* An utkast's placeholder (schema 23): no dnr yet. */
		sqlite3_result_text(ctx, CASE_DRAFT_TEXT, -1, SQLITE_STATIC);
		return;
	}
	if (dnr_format(&d, db->dnr_pattern ? db->dnr_pattern : DNR_DEFAULT_PATTERN,
		       buf, sizeof buf) != ND_OK)
		dnr_format(&d, DNR_DEFAULT_PATTERN, buf, sizeof buf);
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* nd_matched(id): whether the ärende is among the word filter's matches
 * (db->match_bits, filled by case.c). A bit test per row where an IN
 * over the word index would collect every match again for each page. */
static void fn_matched(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	long long id = sqlite3_value_int64(argv[0]);
	(void)argc;
	sqlite3_result_int(ctx, id >= 0 && id < db->match_nbits &&
			   (db->match_bits[id >> 3] >> (id & 7) & 1));
}

int db_schema_latest(void)
{
	return nd_migrations[nd_migration_count - 1].version;
}

static int pragma_int(sqlite3 *h, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(h, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

long long db_data_version(struct nd_db *db)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;
	if (sqlite3_prepare_v2(db->h, "PRAGMA data_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

int db_schema_version(struct nd_db *db)
{
	int v = 0;
	pragma_int(db->h, "PRAGMA user_version", &v);
	return v;
}

static enum nd_err map_sqlite(struct nd_db *db, int rc, const char *what)
{
	const char *m = sqlite3_errmsg(db->h);
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return nd_fail(ND_EBUSY, "Databasen %s är låst av ett annat program; "
			       "försök igen om en stund (%s).", db->path, what);
	case SQLITE_READONLY:
		if (db->readonly)
			return nd_fail(ND_EREADONLY, "Databasen %s är skrivskyddad (filen eller "
				       "dess mapp går inte att skriva i, och den öppnades bara "
				       "för läsning); kan inte %s.", db->path, what);
		return nd_fail(ND_EREADONLY, "Databasen %s är skrivskyddad; kan inte %s.",
			       db->path, what);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		return nd_fail(ND_ENOTDB, "Filen %s är inte en namnd-databas (%s).",
			       db->path, m);
	case SQLITE_CONSTRAINT:
		if (strstr(m, "justerat"))
			return nd_fail(ND_ELOCKED, "Kan inte %s: %s", what, m);
		if (strstr(m, "diariet") || /* schema/018: the diarium's rules */
		    strstr(m, "akant")) /* schema/030, 035: a vacant seat's */
			return nd_fail(ND_ECONSTRAINT, "Kan inte %s: %s", what, m);
		if (rc == SQLITE_CONSTRAINT_FOREIGNKEY || strstr(m, "FOREIGN KEY"))
			return nd_fail(ND_ECONSTRAINT, "Kan inte %s: posten används "
				       "av andra uppgifter i registret.", what);
		if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
			return nd_fail(ND_EEXIST, "Kan inte %s: det finns redan en "
				       "likadan post (%s).", what, m);
		return nd_fail(ND_ECONSTRAINT, "Kan inte %s: ett värde bryter mot "
			       "registrets regler (%s).", what, m);
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		return nd_fail(ND_EIO, "Kan inte %s: fel vid läsning eller skrivning "
			       "av %s (%s).", what, db->path, m);
	case SQLITE_NOMEM:
		return nd_fail(ND_ENOMEM, "Slut på minne (%s).", what);
	}
	return nd_fail(ND_EDB, "Databasfel när namnd skulle %s: %s", what, m);
}

enum nd_err db_fail(struct nd_db *db, const char *what)
{
	return map_sqlite(db, sqlite3_extended_errcode(db->h), what);
}

enum nd_err db_prepare(struct nd_db *db, const char *sql, sqlite3_stmt **st)
{
	if (sqlite3_prepare_v2(db->h, sql, -1, st, NULL) != SQLITE_OK)
		return db_fail(db, "förbereda en fråga");
	return ND_OK;
}

enum nd_err db_rows(struct nd_db *db, sqlite3_stmt *st, nd_row_fn fn, void *ctx,
		    int *rows, const char *what)
{
	enum nd_err e = ND_OK;
	int rc, n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		n++;
		if (fn(ctx, st))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		e = db_fail(db, what);
	sqlite3_finalize(st);
	if (rows)
		*rows = n;
	return e;
}

void db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

enum nd_err db_exec_text(struct nd_db *db, const char *sql, int n,
			 const char *const *vals)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	for (int i = 0; i < n; i++)
		db_bind_text(st, i + 1, vals[i]);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "spara ändringen");
	sqlite3_finalize(st);
	return e;
}

static enum nd_err exec_plain(struct nd_db *db, const char *sql, const char *what)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(db, what);
	return ND_OK;
}

enum nd_err db_begin(struct nd_db *db)
{
	if (db->in_tx++ > 0)
		return ND_OK;
	enum nd_err e = exec_plain(db, "BEGIN IMMEDIATE", "påbörja en ändring");
	if (e)
		db->in_tx = 0;
	return e;
}

enum nd_err db_commit(struct nd_db *db)
{
	if (db->in_tx == 0 || --db->in_tx > 0)
		return ND_OK;
	enum nd_err e = exec_plain(db, "COMMIT", "spara ändringen");
	if (e)
		db_rollback(db);
	return e;
}

void db_rollback(struct nd_db *db)
{
	db->in_tx = 0;
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

/* Schema 036 reached main after 037-039 (2 December 2026). A file
 * upgraded by a build of main from between the two is at version 37 or
 * later without 036's budget columns, and the runner, which goes by
 * user_version alone, would never apply it: apply it now, once, in its
 * own transaction. (Landing now refuses a migration numbered below one
 * already on main, so this stays the only such gap.) */
static enum nd_err apply_skipped_036(struct nd_db *db, bool *migrated)
{
	int has = 1;
	if (db_schema_version(db) < 37)
		return ND_OK;
	pragma_int(db->h, "SELECT count(*) FROM pragma_table_info('budget_plan_line') "
		   "WHERE name = 'outcome'", &has);
	if (has)
		return ND_OK;
	for (int i = 0; i < nd_migration_count; i++) {
		const struct nd_migration *m = &nd_migrations[i];
		if (m->version != 36)
			continue;
		enum nd_err e = db_begin(db);
		if (e)
			return e;
		char *err = NULL;
		if (sqlite3_exec(db->h, m->sql, NULL, NULL, &err) != SQLITE_OK) {
			e = nd_fail(ND_EDB, "Kunde inte uppgradera databasen %s med "
				    "schemaversion 36 (%s), som hoppats över: %s", db->path,
				    m->name, err ? err : "okänt fel");
			sqlite3_free(err);
			db_rollback(db);
			return e;
		}
		if ((e = db_commit(db)))
			return e;
		*migrated = true;
	}
	return ND_OK;
}

/* Apply the migrations newer than the file's version, one transaction
 * each, so a failure leaves the file at the last good version. */
static enum nd_err migrate(struct nd_db *db, bool *migrated)
{
	enum nd_err e = ND_OK;
	if ((e = apply_skipped_036(db, migrated)))
		return e;
	/* A current file is the common case: no write lock for it, so opening
	 * never waits for another program's write. */
	if (db_schema_version(db) >= db_schema_latest())
		return ND_OK;
	for (int i = 0; i < nd_migration_count; i++) {
		const struct nd_migration *m = &nd_migrations[i];
		if (db_schema_version(db) >= m->version)
			continue;
		if ((e = db_begin(db)))
			return e;
		/* Re-read inside the write lock: another process may have
		 * migrated while we waited. */
		if (db_schema_version(db) >= m->version) {
			db_rollback(db);
			continue;
		}
		char *err = NULL;
		if (sqlite3_exec(db->h, m->sql, NULL, NULL, &err) != SQLITE_OK) {
			e = nd_fail(ND_EDB, "Kunde inte uppgradera databasen %s till "
				    "schemaversion %d (%s): %s", db->path, m->version,
				    m->name, err ? err : "okänt fel");
			sqlite3_free(err);
			db_rollback(db);
			return e;
		}
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", m->version);
		if ((e = exec_plain(db, sql, "spara schemaversionen")) ||
		    (e = db_commit(db))) {
			db_rollback(db);
			return e;
		}
		*migrated = true;
	}
	return ND_OK;
}

/* The audit triggers (schema/008) write the empty user '' so that any
 * program can write to the file; this connection's own audit rows get
 * its user instead. The TEMP trigger lives only in this connection: it
 * writes the row with nd_user() and drops the one without (RAISE(IGNORE)
 * in a BEFORE trigger skips just that row), so each change is still one
 * audit row and no row is rewritten. Created after the migrations, which
 * bring audit_log and the version-8 triggers. It also writes the row's
 * link in the audit chain (schema/014, src/store/audit.c): its id is
 * given, max + 1 as SQLite would pick, so the link can cover it. VALUES,
 * not INSERT ... SELECT: a SELECT that reads the table it inserts into
 * is first copied into a temporary table, made and dropped again for
 * every audited row (a quarter of a bulk import's CPU). A bulk insert
 * of namnd's (audit_hold, audit.c) writes its rows' audit rows itself,
 * set-based (audit_bulk_log), and the table's insert trigger skips them
 * (schema/037); audit_bulk_log takes this trigger away meanwhile (off:
 * it would be entered for each of its rows, to do nothing). */
enum nd_err db_audit_triggers(struct nd_db *db, bool on)
{
	if (!on)
		return exec_plain(db, "DROP TRIGGER IF EXISTS temp.nd_audit_user",
				  "skriva granskningsloggen");
	return exec_plain(db,
		"CREATE TEMP TRIGGER IF NOT EXISTS nd_audit_user BEFORE INSERT ON main.audit_log "
		"WHEN NEW.who = '' BEGIN "
		"INSERT INTO audit_log (id, at, who, tbl, row_id, action, old, new, hash) "
		"VALUES ((SELECT coalesce(max(id), 0) + 1 FROM main.audit_log), NEW.at, "
		"nd_user(), NEW.tbl, NEW.row_id, NEW.action, NEW.old, NEW.new, "
		"nd_audit_hash((SELECT hash FROM main.audit_log WHERE hash IS NOT NULL "
		"ORDER BY id DESC LIMIT 1), (SELECT coalesce(max(id), 0) + 1 FROM "
		"main.audit_log), NEW.at, nd_user(), NEW.tbl, NEW.row_id, NEW.action, "
		"NEW.old, NEW.new)); "
		"SELECT RAISE(IGNORE); END", "registrera användaren för loggen");
}

/* A party change made through namnd keeps the earlier party with the
 * day it ended (schema/013), dated by nd_today() so NAMND_TODAY holds;
 * a TEMP trigger, as nd_today() is namnd's own. A party filled in where
 * there was none is a completed entry, not a change. */
static enum nd_err party_history_trigger(struct nd_db *db)
{
	return exec_plain(db,
		"CREATE TEMP TRIGGER IF NOT EXISTS nd_person_party AFTER UPDATE OF party ON "
		"main.person WHEN OLD.party IS NOT NULL AND OLD.party IS NOT NEW.party BEGIN "
		"INSERT OR IGNORE INTO person_party (person_id, party, until) "
		"VALUES (OLD.id, OLD.party, nd_today()); END", "datera partibyten");
}

/* Create the file with owner-only permissions before SQLite sees it:
 * the register holds personal data (GDPR art. 32). */
static enum nd_err create_file(const char *path)
{
	int fd = open(path, O_CREAT | O_EXCL | O_RDWR, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return ND_OK;
		return nd_fail(ND_EIO, "Kan inte skapa databasen %s: %s", path,
			       nd_errno_text(errno));
	}
	close(fd);
	return ND_OK;
}

static enum nd_err check_identity(struct nd_db *db, bool *fresh)
{
	int appid = 0, version = 0, tables = 0;
	int rc = pragma_int(db->h, "PRAGMA application_id", &appid);
	if (rc == SQLITE_OK)
		rc = pragma_int(db->h, "PRAGMA user_version", &version);
	if (rc == SQLITE_OK)
		rc = pragma_int(db->h, "SELECT count(*) FROM sqlite_schema", &tables);
	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
			return nd_fail(ND_ENOTDB, "Filen %s är inte en namnd-databas "
				       "(inte en SQLite-databas).", db->path);
		return map_sqlite(db, rc, "läsa databasen");
	}
	*fresh = (appid == 0 && version == 0 && tables == 0);
	if (!*fresh && appid != ND_APPLICATION_ID)
		return nd_fail(ND_ENOTDB, "Filen %s är en SQLite-databas men inte en "
			       "namnd-databas; den lämnas orörd.", db->path);
	if (version > db_schema_latest())
		return nd_fail(ND_ENEWER, "Databasen %s har schemaversion %d, men den "
			       "här versionen av namnd känner bara till version %d. "
			       "Uppdatera namnd; databasen lämnas orörd.",
			       db->path, version, db_schema_latest());
	return ND_OK;
}

/* One line per statement (newlines folded), written with one write() on
 * an O_APPEND file so that concurrent processes do not interleave. */
static int trace_sql(unsigned type, void *ctx, void *p, void *x)
{
	struct nd_db *db = ctx;
	const char *sql = sqlite3_sql(p);
	(void)type;
	(void)x;
	/* Statements inside triggers are reported as "-- TRIGGER name". */
	if (!sql || !x || strncmp((const char *)x, "--", 2) == 0)
		return 0;
	size_t n = strlen(sql);
	char *line = malloc(n + 1);
	if (!line)
		return 0;
	for (size_t i = 0; i < n; i++)
		line[i] = sql[i] == '\n' || sql[i] == '\r' || sql[i] == '\t' ? ' ' : sql[i];
	line[n] = '\n';
	ssize_t w = write(db->sql_log, line, n + 1);
	(void)w;
	free(line);
	return 0;
}

static void trace_open(struct nd_db *db)
{
	const char *file = getenv("NAMND_SQL_LOG");
	if (!file || !*file)
		return;
	db->sql_log = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (db->sql_log >= 0)
		sqlite3_trace_v2(db->h, SQLITE_TRACE_STMT, trace_sql, db);
}

/* How to open path: read-write; or, when the file or its folder cannot
 * be written (read-only media, a write-protected folder), read-only, as a
 * URI into uri (malloc'ed). A WAL database is read through its -shm file;
 * where that cannot be made (the folder is read-only and it is not there)
 * the file is opened as immutable: nothing can change it there. */
static int open_mode(const char *path, char **uri)
{
	char *dir = strdup(path), *slash, *shm;
	bool file_rw = access(path, W_OK) == 0, dir_rw, shm_there;
	*uri = NULL;
	if (!dir)
		return SQLITE_OPEN_READWRITE;
	slash = strrchr(dir, '/');
	if (!slash)
		strcpy(dir, ".");
	else
		slash[slash == dir] = '\0';
	dir_rw = access(dir, W_OK) == 0;
	free(dir);
	if (file_rw && dir_rw)
		return SQLITE_OPEN_READWRITE;
	size_t n = strlen(path);
	if (!(shm = malloc(n + 5)))
		return SQLITE_OPEN_READWRITE;
	snprintf(shm, n + 5, "%s-shm", path);
	shm_there = access(shm, R_OK) == 0;
	free(shm);
	/* file:PATH?mode=ro[&immutable=1], with %, ?, # escaped. */
	if (!(*uri = malloc(n * 3 + 40)))
		return SQLITE_OPEN_READWRITE;
	char *o = *uri;
	o += sprintf(o, "file:");
	for (const char *p = path; *p; p++)
		o += (*p == '%' || *p == '?' || *p == '#') ? sprintf(o, "%%%02X", (unsigned char)*p)
							   : sprintf(o, "%c", *p);
	sprintf(o, "?mode=ro%s", !dir_rw && !shm_there ? "&immutable=1" : "");
	return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
}

enum nd_err db_open(const char *path, unsigned flags, struct nd_db **out)
{
	enum nd_err e = ND_OK;
	struct nd_db *db = NULL;
	struct stat sb;
	bool fresh = false, migrated = false;

	*out = NULL;
	if (stat(path, &sb) != 0) {
		if (!(flags & DB_CREATE))
			return nd_fail(ND_ENOTFOUND, "Databasen %s finns inte. Skapa den "
				       "med 'namnd --db %s init'.", path, path);
		if ((e = create_file(path)))
			return e;
	} else if (!S_ISREG(sb.st_mode)) {
		return nd_fail(ND_ENOTDB, "%s är ingen vanlig fil.", path);
	}

	db = calloc(1, sizeof *db);
	if (db)
		db->sql_log = -1;
	if (!db || !(db->path = strdup(path)) || !(db->user = current_user())) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	char *uri = NULL;
	sqlmem_install();
	int mode = open_mode(path, &uri);
	int orc = sqlite3_open_v2(uri ? uri : path, &db->h, mode, NULL);
	free(uri);
	if (orc != SQLITE_OK) {
		e = nd_fail(ND_EIO, "Kan inte öppna databasen %s: %s", path,
			    db->h ? sqlite3_errmsg(db->h) : "slut på minne");
		goto fail;
	}
	sqlite3_extended_result_codes(db->h, 1);
	trace_open(db);
	sqlite3_busy_timeout(db->h, 5000);
	if (sqlite3_create_collation(db->h, "sv", SQLITE_UTF8, NULL, collate_sv) ||
	    sqlite3_create_function(db->h, "nd_user", 0,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC, db, fn_user,
				    NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_today", 0, SQLITE_UTF8, NULL,
				    fn_today, NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_state", 2, SQLITE_UTF8, NULL,
				    fn_state, NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_frozen_rule", 2, SQLITE_UTF8, db,
				    fn_frozen_rule, NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_dnr", 3,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC, db, fn_dnr,
				    NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_dnr", 4,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC, db, fn_dnr,
				    NULL, NULL) ||
	    sqlite3_create_function(db->h, "nd_matched", 1, SQLITE_UTF8, db, fn_matched,
				    NULL, NULL) || audit_register(db)) {
		e = db_fail(db, "registrera svensk sortering");
		goto fail;
	}
	/* Identity and version are read before anything is written. */
	if ((e = check_identity(db, &fresh)))
		goto fail;
	if (fresh && !(flags & DB_CREATE)) {
		e = nd_fail(ND_ENOTDB, "Filen %s är tom och ingen namnd-databas ännu. "
			    "Skapa databasen med 'namnd --db %s init'.", path, path);
		goto fail;
	}
	/* An empty file someone made with other permissions becomes private
	 * before personal data goes into it. */
	if (fresh && chmod(path, 0600) != 0) {
		e = nd_fail(ND_EIO, "Kan inte göra databasen %s privat (chmod 0600): %s",
			    path, nd_errno_text(errno));
		goto fail;
	}
	db->readonly = sqlite3_db_readonly(db->h, "main") == 1;
	if (db->readonly) {
		if (fresh || db_schema_version(db) < db_schema_latest()) {
			e = nd_fail(ND_EREADONLY, "Databasen %s är skrivskyddad och "
				    "behöver uppgraderas; kontrollera filens "
				    "behörigheter.", path);
			goto fail;
		}
		if ((e = exec_plain(db, "PRAGMA foreign_keys = ON", "slå på kontroller")))
			goto fail;
		goto done;
	}
	if ((e = exec_plain(db, "PRAGMA journal_mode = WAL", "slå på WAL")) ||
	    (e = exec_plain(db, "PRAGMA synchronous = NORMAL", "ställa in synkronisering")) ||
	    (e = exec_plain(db, "PRAGMA foreign_keys = ON", "slå på kontroller")) ||
	    /* Statement journals (every write through a trigger has one) in
	     * memory, not a temporary file written page by page: a bulk
	     * import wrote twenty pages of it per ärende. Set before the TEMP
	     * trigger below, since a change drops the temp schema. */
	    (e = exec_plain(db, "PRAGMA temp_store = MEMORY", "ställa in tillfällig lagring")))
		goto fail;
	if (fresh) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d", ND_APPLICATION_ID);
		if ((e = exec_plain(db, sql, "märka databasen")))
			goto fail;
	}
	if ((e = migrate(db, &migrated)) || (e = db_audit_triggers(db, true)) ||
	    (e = party_history_trigger(db)))
		goto fail;
done:
	if (!(db->dnr_pattern = setting_get(db, "dnr_pattern", DNR_DEFAULT_PATTERN))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	/* A file from before justering records (schema/013) gets the record
	 * of each protokoll justerat in it, as its rows still say. */
	if (migrated && !fresh && ((e = protocol_record_backfill(db)) ||
				    (e = protocol_record_audit_backfill(db))))
		goto fail;
	*out = db;
	return ND_OK;
fail:
	db_close(db);
	return e;
}

void db_close(struct nd_db *db)
{
	if (!db)
		return;
	db_rollback(db);
	/* A command that changed nothing, on a file whose WAL is empty, has
	 * nothing to checkpoint: skip it (and its fsyncs) on the way out of a
	 * read. A WAL with frames in it (another program's writes) is still
	 * checkpointed, so the .db file alone stays the whole register. */
	if (db->h && db->path && sqlite3_total_changes(db->h) == 0) {
		struct stat sb;
		size_t n = strlen(db->path) + 5;
		char *wal = malloc(n);
		if (wal) {
			snprintf(wal, n, "%s-wal", db->path);
			if (stat(wal, &sb) != 0 || sb.st_size == 0)
				sqlite3_db_config(db->h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
						  (int *)NULL);
			free(wal);
		}
	}
	sqlite3_close_v2(db->h);
	if (db->sql_log >= 0)
		close(db->sql_log);
	free(db->path);
	free(db->user);
	free(db->dnr_pattern);
	free(db->fts_text);
	free(db->fts_q);
	free(db->match_text);
	free(db->match_bits);
	free(db);
}

bool db_is_empty(struct nd_db *db)
{
	int n = 0;
	pragma_int(db->h, "SELECT EXISTS (SELECT 1 FROM committee) OR "
		   "EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM cases)", &n);
	return n == 0;
}
