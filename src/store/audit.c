/* The audit log's hash chain: the link of a row, the SQL function that
 * namnd's own audit trigger (src/store/db.c) uses to write it, and the
 * walk that checks every link. */
#include "namnd/audit.h"
#include "namnd/protocol.h"
#include "namnd/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void audit_link(const char *prev, const char *const fields[8], char hex[65])
{
	struct strbuf b = { 0 };
	strbuf_add(&b, "namnd audit 1\n");
	strbuf_add(&b, prev ? prev : "-");
	/* Each field as "\nLENGTH:TEXT"; the text is copied, not pushed
	 * through printf's %s, which cost more than the hash (every audited
	 * row comes here). */
	for (int i = 0; i < 8; i++) {
		if (fields[i]) {
			char head[32];
			size_t n = strlen(fields[i]);
			int k = snprintf(head, sizeof head, "\n%zu:", n);
			strbuf_addn(&b, head, (size_t)k);
			strbuf_addn(&b, fields[i], n);
		} else {
			strbuf_add(&b, "\n-");
		}
	}
	strbuf_add(&b, "\n");
	if (b.oom) {
		/* No link can be made: one that never verifies, rather than none. */
		memset(hex, '0', 64);
		hex[64] = '\0';
	} else {
		protocol_sha256(strbuf_str(&b), hex);
	}
	strbuf_free(&b);
}

static void fn_audit_hash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *prev = NULL, *f[8];
	char hex[65];
	if (argc != 9) {
		sqlite3_result_error(ctx, "nd_audit_hash: 9 argument", -1);
		return;
	}
	if (sqlite3_value_type(argv[0]) != SQLITE_NULL)
		prev = (const char *)sqlite3_value_text(argv[0]);
	for (int i = 0; i < 8; i++)
		f[i] = sqlite3_value_type(argv[i + 1]) == SQLITE_NULL ? NULL :
			(const char *)sqlite3_value_text(argv[i + 1]);
	audit_link(prev, f, hex);
	sqlite3_result_text(ctx, hex, 64, SQLITE_TRANSIENT);
}

/* sqlite_compileoption_used(X) as SQLite's own, except for the name
 * "NAMND_BULK_INSERT_" + a table: true while audit_hold holds that
 * table's inserts. The insert triggers of cases and month_report_line
 * skip their row then (schema/037); in any other program, where no
 * SQLite has such an option, they never do. */
static const char bulk_option[] = "NAMND_BULK_INSERT_";

static void fn_option_used(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	const char *opt = (const char *)sqlite3_value_text(argv[0]);
	size_t n = sizeof bulk_option - 1;
	(void)argc;
	if (!opt)
		return;
	if (strncmp(opt, bulk_option, n) == 0)
		sqlite3_result_int(ctx, db->audit_held && strcmp(opt + n, db->audit_held) == 0);
	else
		sqlite3_result_int(ctx, sqlite3_compileoption_used(opt));
}

/* The link of a row after the one this function made last (or the
 * chain's head, set by audit_bulk_log): rows are given in id order. */
static void fn_audit_next(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct nd_db *db = sqlite3_user_data(ctx);
	const char *f[8];
	char hex[65];
	(void)argc;
	for (int i = 0; i < 8; i++)
		f[i] = sqlite3_value_type(argv[i]) == SQLITE_NULL ? NULL :
			(const char *)sqlite3_value_text(argv[i]);
	audit_link(db->audit_prev[0] ? db->audit_prev : NULL, f, hex);
	memcpy(db->audit_prev, hex, sizeof hex);
	sqlite3_result_text(ctx, hex, 64, SQLITE_TRANSIENT);
}

int audit_register(struct nd_db *db)
{
	return sqlite3_create_function(db->h, "nd_audit_hash", 9,
				       SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, fn_audit_hash,
				       NULL, NULL) ||
	       sqlite3_create_function(db->h, "sqlite_compileoption_used", 1,
				       SQLITE_UTF8 | SQLITE_INNOCUOUS, db, fn_option_used, NULL,
				       NULL) ||
	       sqlite3_create_function(db->h, "nd_audit_next", 8, SQLITE_UTF8, db,
				       fn_audit_next, NULL, NULL);
}

void audit_hold(struct nd_db *db, const char *tbl)
{
	db->audit_held = tbl;
}

void audit_release(struct nd_db *db)
{
	db->audit_held = NULL;
}

static enum nd_err one_row(struct nd_db *db, const char *sql, long long *num, char *text,
			   size_t textsz)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (num)
			*num = sqlite3_column_int64(st, 0);
		if (text) {
			const char *t = (const char *)sqlite3_column_text(st, 0);
			snprintf(text, textsz, "%s", t ? t : "");
		}
	} else if (rc != SQLITE_DONE) {
		e = db_fail(db, "läsa granskningsloggen");
	}
	sqlite3_finalize(st);
	return e;
}

static enum nd_err checks(struct nd_db *db, bool on)
{
	if (sqlite3_exec(db->h, on ? "PRAGMA ignore_check_constraints = OFF" :
			 "PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(db, "skriva granskningsloggen");
	return ND_OK;
}

/* INSERT ... SELECT: CHECK constraints (a temporary table for "action
 * IN (...)") are set up once per statement, not once per row, and no
 * trigger program is entered. The audit rows get the ids after the last
 * one, in the order of the rows' ids, which namnd's bulk insert hands out
 * one after the other (checked). OR FAIL: on an error the caller rolls
 * the whole transaction back, so no statement journal is kept. */
enum { BULK_RUN = 4096 };

enum nd_err audit_bulk_log(struct nd_db *db, const char *tbl, const char *json,
			   long long after)
{
	static const char *const tables[] = { "cases", "month_report_line" };
	char sql[2048];
	long long base = 0, n = 0, lo = 0, hi = 0;
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	bool known = false;
	/* tbl names a table in SQL text: only these. */
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
		known |= strcmp(tbl, tables[i]) == 0;
	if (!known)
		return nd_fail(ND_EINVAL, "Okänd tabell för granskningsloggen: %s.", tbl);
	snprintf(sql, sizeof sql, "SELECT count(*), min(id), max(id) FROM %s WHERE id > ?1", tbl);
	if ((e = db_prepare(db, sql, &st)))
		return e;
	sqlite3_bind_int64(st, 1, after);
	if (sqlite3_step(st) == SQLITE_ROW) {
		n = sqlite3_column_int64(st, 0);
		lo = sqlite3_column_int64(st, 1);
		hi = sqlite3_column_int64(st, 2);
	} else {
		e = db_fail(db, "läsa de nya raderna");
	}
	sqlite3_finalize(st);
	if (e || n == 0)
		return e;
	if (hi - lo + 1 != n || lo != after + 1)
		return nd_fail(ND_EIO, "De nya raderna i %s har inte id i följd (%lld–%lld, %lld "
			       "rader); inget sparades.", tbl, lo, hi, n);
	if ((e = one_row(db, "SELECT coalesce(max(id), 0) FROM audit_log", &base, NULL, 0)) ||
	    (e = one_row(db, "SELECT hash FROM audit_log WHERE hash IS NOT NULL "
			 "ORDER BY id DESC LIMIT 1", NULL, db->audit_prev,
			 sizeof db->audit_prev)))
		return e;
	/* The id and the time are given once, as the trigger's row would
	 * have them: 'now' is the same for a whole statement. */
	snprintf(sql, sizeof sql, "INSERT OR FAIL INTO audit_log (id, at, who, tbl, row_id, action, "
		 "old, new, hash) SELECT a.id, a.at, a.who, '%s', a.row_id, 'insert', NULL, "
		 "a.new, nd_audit_next(a.id, a.at, a.who, '%s', a.row_id, 'insert', NULL, "
		 "a.new) FROM (SELECT ?1 + t.id AS id, strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', "
		 "'now') AS at, nd_user() AS who, t.id AS row_id, %s AS new FROM %s t WHERE "
		 "t.id BETWEEN ?2 AND ?3 ORDER BY t.id) a", tbl, tbl, json, tbl);
	/* audit_log's CHECKs are left out for this statement: its action is
	 * the constant 'insert', and each hash is audit_link's 64 lower-case
	 * hex digits. "hash NOT GLOB '*[^0-9a-f]*'" cost a tenth of a month
	 * report import's CPU. The pragma is the connection's; it is set
	 * before the statement is prepared (its CHECKs are left out of the
	 * program then) and off again before anything else runs. */
	if ((e = db_audit_triggers(db, false)) || (e = checks(db, false)) ||
	    (e = db_prepare(db, sql, &st)))
		goto out;
	/* In runs of BULK_RUN rows: a statement's changed pages stay in
	 * memory until it ends (100 000 rows in one took 60 MB). */
	for (long long from = lo; !e && from <= hi; from += BULK_RUN) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, base + 1 - lo);
		sqlite3_bind_int64(st, 2, from);
		sqlite3_bind_int64(st, 3, from + BULK_RUN - 1);
		if (sqlite3_step(st) != SQLITE_DONE)
			e = db_fail(db, "skriva granskningsloggen");
	}
	sqlite3_finalize(st);
out:;
	enum nd_err e2 = checks(db, true);
	enum nd_err e3 = db_audit_triggers(db, true);
	e2 = e2 ? e2 : e3;
	db->audit_prev[0] = '\0';
	return e ? e : e2;
}

static void say(audit_problem_fn fn, void *ctx, struct audit_summary *s, const char *msg)
{
	s->problems++;
	if (fn)
		fn(ctx, msg);
}

/* Rows of the registers that bulk imports write, each of which must have
 * its insert in the log: one without was put in past the log (its
 * trigger dropped, or skipped by a program that defines namnd's own bulk
 * flag, schema 037). Reading every row is the point of the check. */
static enum nd_err verify_inserts(struct nd_db *db, struct audit_summary *s,
				  audit_problem_fn fn, void *ctx)
{
	static const struct {
		const char *sql, *what;
	} reg[] = {
		{ "SELECT count(*), min(c.id) FROM cases c WHERE NOT EXISTS (SELECT 1 "
		  "FROM audit_log a WHERE a.tbl = 'cases' AND a.row_id = c.id AND "
		  "a.action = 'insert')", "ärenden" },
		/* An ärende whose insert is logged is gone with no delete in
		 * the log: removed past it, or replaced (INSERT OR REPLACE
		 * with its dnr) by a program that got past the triggers. */
		{ "SELECT count(*), min(a.row_id) FROM audit_log a WHERE a.tbl = 'cases' AND "
		  "a.action = 'insert' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = "
		  "a.row_id) AND NOT EXISTS (SELECT 1 FROM audit_log d WHERE d.tbl = 'cases' "
		  "AND d.row_id = a.row_id AND d.action = 'delete')", NULL },
		{ "SELECT count(*), min(l.id) FROM month_report_line l WHERE NOT EXISTS "
		  "(SELECT 1 FROM audit_log a WHERE a.tbl = 'month_report_line' AND "
		  "a.row_id = l.id AND a.action = 'insert')", "rader i månadsrapporter" },
	};
	char msg[300];
	for (size_t i = 0; i < sizeof reg / sizeof reg[0]; i++) {
		sqlite3_stmt *st = NULL;
		enum nd_err e = db_prepare(db, reg[i].sql, &st);
		if (e)
			return e;
		if (sqlite3_step(st) != SQLITE_ROW) {
			sqlite3_finalize(st);
			return db_fail(db, "läsa granskningsloggen");
		}
		long long n = sqlite3_column_int64(st, 0), first = sqlite3_column_int64(st, 1);
		sqlite3_finalize(st);
		if (n > 0 && !reg[i].what)
			snprintf(msg, sizeof msg, "%lld ärenden som loggen visar inlagda finns inte "
				 "längre och loggen visar inte att de togs bort (det första har id "
				 "%lld): de togs bort eller ersattes förbi granskningsloggen.", n,
				 first);
		else if (n > 0)
			snprintf(msg, sizeof msg, "%lld %s saknar sin rad i loggen (den första har "
				 "id %lld): de lades in förbi granskningsloggen.", n,
				 reg[i].what, first);
		if (n > 0)
			say(fn, ctx, s, msg);
	}
	return ND_OK;
}

/* Whether namnd removed (a chained delete after row id) the record an
 * unchained insert row wrote: a stray one of a meeting not justerat,
 * removed as namnd justerade it (hostile20 F11). */
static enum nd_err stray_removed(struct nd_db *db, long long id, const char *meeting,
				 const char *json, bool *removed)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT 1 FROM audit_log WHERE tbl = 'protocol_record' "
				   "AND row_id = ?1 AND action = 'delete' AND hash IS NOT NULL AND "
				   "id > ?2 AND json_extract(old, '$.number') = json_extract(?3, "
				   "'$.number') LIMIT 1", &st);
	*removed = false;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting ? strtoll(meeting, NULL, 10) : 0);
	sqlite3_bind_int64(st, 2, id);
	db_bind_text(st, 3, json);
	*removed = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err audit_verify(struct nd_db *db, const char *head, struct audit_summary *s,
			 audit_problem_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	char prev[65] = "", hex[65], msg[300];
	long long last_id = 0;
	int rc;
	enum nd_err e;
	memset(s, 0, sizeof *s);
	if ((e = db_prepare(db, "SELECT id, at, who, tbl, row_id, action, old, new, hash "
			    "FROM audit_log ORDER BY id", &st)))
		return e;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *f[8];
		long long id = sqlite3_column_int64(st, 0);
		for (int i = 0; i < 8; i++)
			f[i] = sqlite3_column_type(st, i) == SQLITE_NULL ? NULL :
				(const char *)sqlite3_column_text(st, i);
		const char *stored = (const char *)sqlite3_column_text(st, 8);
		s->rows++;
		if (id > last_id + 1 && last_id > 0) {
			if (id == last_id + 2)
				snprintf(msg, sizeof msg, "Rad %lld saknas (borttagen ur loggen).",
					 last_id + 1);
			else
				snprintf(msg, sizeof msg, "Raderna %lld–%lld saknas (borttagna ur "
					 "loggen).", last_id + 1, id - 1);
			say(fn, ctx, s, msg);
		}
		last_id = id;
		/* namnd writes a justering record once and never changes it:
		 * a change logged is one made past the lock (schema 033). */
		/* namnd itself removes (chained) only a stray record of a
		 * meeting not yet justerat, as it justerar it (F11). */
		if (f[3] && strcmp(f[3], "protocol_record") == 0 && f[5] &&
		    strcmp(f[5], "insert") != 0 && !(stored && strcmp(f[5], "delete") == 0)) {
			snprintf(msg, sizeof msg, "Rad %lld: det som sparades vid justeringen av "
				 "sammanträde %s har %s förbi låset (protocol_record, %s).", id,
				 f[4] ? f[4] : "?", strcmp(f[5], "delete") == 0 ?
				 "tagits bort" : "ändrats", f[5]);
			say(fn, ctx, s, msg);
		}
		if (!stored) {
			s->unchained++;
			/* namnd chains the copy of every record it writes (and
			 * of those it backfills): one outside the chain is a
			 * justering record another program wrote (hostile20
			 * F6), which no one justerade with namnd. */
			bool removed = false;
			if (f[3] && strcmp(f[3], "protocol_record") == 0 && f[5] &&
			    strcmp(f[5], "insert") == 0 &&
			    (e = stray_removed(db, id, f[4], f[7], &removed))) {
				sqlite3_finalize(st);
				return e;
			}
			if (f[3] && strcmp(f[3], "protocol_record") == 0 && f[5] &&
			    strcmp(f[5], "insert") == 0 && !removed) {
				snprintf(msg, sizeof msg, "Rad %lld: det som sparades vid "
					 "justeringen av sammanträde %s skrevs av ett annat "
					 "program än namnd (utanför kedjan): det går inte att "
					 "lita på.", id, f[4] ? f[4] : "?");
				say(fn, ctx, s, msg);
			}
			continue;
		}
		audit_link(*prev ? prev : NULL, f, hex);
		if (strcmp(hex, stored) == 0)
			s->chained++;
		else {
			snprintf(msg, sizeof msg, "Rad %lld stämmer inte med kedjan: den är ändrad "
				 "(eller en kedjad rad före den är borttagen).", id);
			say(fn, ctx, s, msg);
		}
		/* Later links are checked against what is stored, so one
		 * change is reported once. */
		snprintf(prev, sizeof prev, "%s", stored);
		if (head && strcmp(stored, head) == 0)
			s->head_found = true;
	}
	if (rc != SQLITE_DONE)
		e = db_fail(db, "läsa granskningsloggen");
	sqlite3_finalize(st);
	snprintf(s->head, sizeof s->head, "%s", prev);
	if (!e)
		e = verify_inserts(db, s, fn, ctx);
	return e;
}
