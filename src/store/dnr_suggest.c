/* "Menade du …": the existing ärenden a mistyped diarienummer may mean. */
#include "namnd/case.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/dnr.h"
#include "namnd/strbuf.h"
#include "namnd/text.h"
#include "quote.h"

#define SUGGEST_MAX 3

enum nd_err case_typo_hint(struct nd_db *db, const char *text, enum nd_err e)
{
	struct nd_dnr cand[48];
	size_t n = dnr_typo_candidates(text, cand, sizeof cand / sizeof *cand);
	sqlite3_stmt *st = NULL;
	struct strbuf hint = { 0 };
	int found = 0;

	if (n == 0 || db_prepare(db, "SELECT nd_dnr(dnr_series, dnr_year, dnr_number), title "
				 "FROM cases WHERE dnr_year = ?2 AND dnr_number = ?3 AND "
				 "(dnr_series = ?1 OR ?1 = '') ORDER BY dnr_series LIMIT 2", &st))
		return e;
	for (size_t i = 0; i < n && found < SUGGEST_MAX; i++) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, cand[i].series, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 2, cand[i].year);
		sqlite3_bind_int64(st, 3, cand[i].number);
		while (found < SUGGEST_MAX && sqlite3_step(st) == SQLITE_ROW) {
			const char *dnr = (const char *)sqlite3_column_text(st, 0);
			char *clean = text_sanitize((const char *)sqlite3_column_text(st, 1), false);
			char *title = clean ? text_truncate(clean, 40) : NULL;
			strbuf_add(&hint, found++ ? " eller " : "");
			strbuf_add(&hint, dnr ? dnr : "");
			strbuf_add(&hint, " (");
			strbuf_add(&hint, title ? title : "");
			strbuf_add(&hint, ")");
			free(title);
			free(clean);
		}
	}
	sqlite3_finalize(st);
	if (found) {
		char msg[600];
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		e = nd_fail(e, "%s Menade du %s?", msg, strbuf_str(&hint));
	}
	strbuf_free(&hint);
	return e;
}
