/* Sammanträdesplan: a committee's (and its utskotts') meetings of a year
 * as a document, with the day the kallelse must go out. */
#include "namnd/meetdoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/text.h"

static const struct doc_column plan_columns[] = {
	{ "Datum", 10, 10, DOC_LEFT, false },
	{ "Dag", 3, 7, DOC_LEFT, false },
	{ "Tid", 5, 5, DOC_LEFT, false },
	{ "Organ", 10, 34, DOC_LEFT, true },
	{ "Plats", 10, 0, DOC_LEFT, true },
	{ "Kallelse senast", 10, 10, DOC_LEFT, true },
};
enum { P_DATE, P_DAY, P_TIME, P_BODY, P_PLACE, P_DUE, P_NCOLS };

/* ?1 committee, ?2 year: its meetings and its utskotts'. */
static const char plan_sql[] =
	"SELECT m.date, replace(m.start_time, ':', '.'), k.name, coalesce(m.place, ''), "
	"k.notice_days, (SELECT count(DISTINCT x.committee_id) FROM meeting x "
	"  JOIN committee xk ON xk.id = x.committee_id WHERE (xk.id = ?1 OR xk.parent_id = ?1) "
	"  AND x.date BETWEEN ?2 || '-01-01' AND ?2 || '-12-31') "
	"FROM meeting m JOIN committee k ON k.id = m.committee_id "
	"WHERE (k.id = ?1 OR k.parent_id = ?1) AND m.date BETWEEN ?2 || '-01-01' AND ?2 || '-12-31' "
	"ORDER BY m.date, m.start_time, k.name COLLATE sv, m.id";

static enum nd_err plan_rows(struct nd_db *db, struct nd_doc *doc, long long committee, int year)
{
	sqlite3_stmt *st = NULL;
	char y[8], due[11];
	struct nd_date d;
	int rows = 0;
	enum nd_err e = db_prepare(db, plan_sql, &st);
	if (e)
		return e;
	snprintf(y, sizeof y, "%d", year);
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, y, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *date = (const char *)sqlite3_column_text(st, 0);
		/* One committee: the Organ column would repeat its name. */
		bool bodies = sqlite3_column_int(st, 5) > 1;
		if (rows++ == 0) {
			struct doc_column cols[P_NCOLS];
			int n = 0;
			for (int c = 0; c < P_NCOLS; c++)
				if (c != P_BODY || bodies)
					cols[n++] = plan_columns[c];
			doc_table_begin(doc, n, cols);
		}
		if (date_parse(date, &d) != ND_OK)
			continue;
		date_format(date_kallelse_due(d, sqlite3_column_int(st, 4)), due);
		const char *cells[P_NCOLS] = {
			date, date_weekday_name(date_weekday(d)),
			(const char *)sqlite3_column_text(st, 1),
			(const char *)sqlite3_column_text(st, 2),
			(const char *)sqlite3_column_text(st, 3), due,
		};
		if (!bodies)
			memmove(&cells[P_BODY], &cells[P_BODY + 1],
				(P_NCOLS - P_BODY - 1) * sizeof *cells);
		doc_table_row(doc, cells);
	}
	sqlite3_finalize(st);
	if (rows == 0) {
		char line[80];
		snprintf(line, sizeof line, "(Inga sammanträden är planerade för %d.)", year);
		doc_para(doc, line);
	}
	return doc_status(doc);
}

enum nd_err plan_doc_build(struct nd_db *db, long long committee, int year,
			   const struct doc_opts *opts, struct nd_doc **out)
{
	sqlite3_stmt *st = NULL;
	struct nd_doc *doc = NULL;
	char *org = NULL, *upper = NULL, y[8];
	enum nd_err e;
	(void)opts; /* the plan holds nothing confidential */
	*out = NULL;
	if ((e = db_prepare(db, "SELECT name FROM committee WHERE id = ?1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, committee);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return nd_fail(ND_ENOTFOUND, "Det finns ingen nämnd med id %lld.", committee);
	}
	snprintf(y, sizeof y, "%d", year);
	org = setting_get(db, "org_name", "");
	upper = text_upper(org);
	doc = doc_new("Sammanträdesplan");
	if (!org || !upper || !doc) {
		e = nd_fail(ND_ENOMEM, "Minnet räckte inte.");
		goto out;
	}
	const char *name = (const char *)sqlite3_column_text(st, 0);
	if (*upper) {
		doc_header(doc, upper, "SAMMANTRÄDESPLAN");
		doc_header(doc, name, y);
	} else {
		doc_header(doc, name, "SAMMANTRÄDESPLAN");
		doc_header(doc, "", y);
	}
	if ((e = plan_rows(db, doc, committee, year)))
		goto out;
	*out = doc;
	doc = NULL;
out:
	sqlite3_finalize(st);
	doc_free(doc);
	free(org);
	free(upper);
	return e;
}
