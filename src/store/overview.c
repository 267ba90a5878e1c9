/* One row of the Översikt, decoded once for the CLI and the UI. */
#include "namnd/agenda.h"

#include <stdio.h>
#include <string.h>

#include "namnd/deadline.h"
#include "util.h"

void meeting_overview_row(sqlite3_stmt *st, struct nd_date today,
			  struct nd_overview_row *out)
{
	const char *date = (const char *)sqlite3_column_text(st, 3);
	const char *start = (const char *)sqlite3_column_text(st, 4);
	struct nd_date m, j, a;

	memset(out, 0, sizeof *out);
	out->name = (const char *)sqlite3_column_text(st, 0);
	out->code = (const char *)sqlite3_column_text(st, 1);
	out->meeting = sqlite3_column_int64(st, 2);
	out->status = (const char *)sqlite3_column_text(st, 5);
	snprintf(out->when, sizeof out->when, "—");
	snprintf(out->due, sizeof out->due, "—");
	if (!out->status)
		out->status = "";
	if (!date || date_parse(date, &m) != ND_OK)
		return;
	const char *js = (const char *)sqlite3_column_text(st, 7);
	const char *as = (const char *)sqlite3_column_text(st, 8);
	bool hj = js && date_parse(js, &j) == ND_OK, ha = as && date_parse(as, &a) == ND_OK;
	struct nd_deadlines dl;
	struct nd_next_deadline next;
	/* Columns 9-11: the body's rules (committee_rules), or a justerat
	 * meeting's as it was justerat under. */
	deadlines_for(m, sqlite3_column_int(st, 6), sqlite3_column_int(st, 9),
		      sqlite3_column_int(st, 10), sqlite3_column_int(st, 11),
		      hj ? &j : NULL, ha ? &a : NULL, &dl);
	deadline_next(out->status, m, &dl, today, &next);
	if (start && strlen(start) == 5)
		snprintf(out->when, sizeof out->when, "%s %.2s.%.2s", date, start, start + 3);
	else
		snprintf(out->when, sizeof out->when, "%s", date);
	out->overdue = next.what && next.overdue;
	if (next.what && next.overdue)
		snprintf(out->due, sizeof out->due, "%s FÖRSENAD", next.what);
	else if (next.what)
		snprintf(out->due, sizeof out->due, "%s %02d-%02d", next.what, next.date.m,
			 next.date.d);
}

enum nd_err meeting_overdue(struct nd_db *db, int limit, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT m.id, k.code, m.date, m.start_time, k.notice_days, m.justerad_on, "
		"m.anslag_on, " JUSTERAT_RULES " FROM meeting m "
		"INDEXED BY meeting_open JOIN committee k ON k.id = m.committee_id "
		"JOIN committee_rules r ON r.committee_id = k.id "
		"WHERE m.date < nd_today() AND (m.justerad_on IS NULL OR m.anslag_on IS NULL) "
		"ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int(st, 1, limit);
	return db_rows(db, st, fn, ctx, NULL, "läsa försenade sammanträden");
}

void meeting_overdue_row(sqlite3_stmt *st, struct nd_date today, struct nd_overdue_row *out)
{
	const char *date = (const char *)sqlite3_column_text(st, 2);
	const char *start = (const char *)sqlite3_column_text(st, 3);
	const char *js = (const char *)sqlite3_column_text(st, 5);
	const char *as = (const char *)sqlite3_column_text(st, 6);
	struct nd_date m, j, a;
	struct nd_deadlines dl;

	memset(out, 0, sizeof *out);
	out->meeting = sqlite3_column_int64(st, 0);
	out->code = (const char *)sqlite3_column_text(st, 1);
	if (!out->code)
		out->code = "";
	if (!date || date_parse(date, &m) != ND_OK)
		return;
	if (start && strlen(start) == 5)
		snprintf(out->when, sizeof out->when, "%s %.2s.%.2s", date, start, start + 3);
	else
		snprintf(out->when, sizeof out->when, "%s", date);
	bool hj = js && date_parse(js, &j) == ND_OK, ha = as && date_parse(as, &a) == ND_OK;
	/* Columns 7-9: the body's rules (committee_rules), or a justerat
	 * meeting's as it was justerat under. */
	deadlines_for(m, sqlite3_column_int(st, 4), sqlite3_column_int(st, 7),
		      sqlite3_column_int(st, 8), sqlite3_column_int(st, 9),
		      hj ? &j : NULL, ha ? &a : NULL, &dl);
	const struct nd_date *d = !hj ? (dl.justering ? &dl.justering_due : NULL) :
				  !ha && dl.anslag ? &dl.anslag_due : NULL;
	if (!d)
		return;
	out->what = !hj ? "justering" : "anslag";
	out->overdue = date_cmp(today, *d) > 0;
	snprintf(out->due, sizeof out->due, "%s %02d-%02d", out->overdue ? "FÖRSENAD" : "senast",
		 d->m, d->d);
}
