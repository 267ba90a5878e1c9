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

int audit_register(sqlite3 *h)
{
	return sqlite3_create_function(h, "nd_audit_hash", 9, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
				       NULL, fn_audit_hash, NULL, NULL);
}

static void say(audit_problem_fn fn, void *ctx, struct audit_summary *s, const char *msg)
{
	s->problems++;
	if (fn)
		fn(ctx, msg);
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
		if (!stored) {
			s->unchained++;
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
	return e;
}
