/* The nämndplan's budget table in the store: saved in one transaction,
 * read back with its computed total (view budget_plan_total). */
#include "namnd/report.h"

#include <stdlib.h>
#include <string.h>

#include "report_store.h"

/* An existing table for the year: removed when replacing, else refused. */
static enum nd_err clear_year(struct nd_db *db, long long committee, int year, bool replace)
{
	char code[16] = "";
	enum nd_err e;
	long long id = store_find_id(db, "SELECT id FROM budget_plan WHERE committee_id = ?1 "
				     "AND year = ?2", committee, year, 0);
	if (id <= 0)
		return id < 0 ? ND_EDB : ND_OK;
	if (!replace) {
		if ((e = store_committee_code(db, committee, code, sizeof code)))
			return e;
		return nd_fail(ND_EEXIST, "Det finns redan en budgettabell för %s %d; ange "
			       "--replace för att ersätta den.", code, year);
	}
	return budget_remove(db, id);
}

static enum nd_err insert_lines(struct nd_db *db, long long plan, const struct report_data *d)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "INSERT INTO budget_plan_line (plan_id, position, area, "
				   "prognos, budget, budget_next, outcome, plan1, plan2) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
				   &st);
	for (size_t i = 0; !e && i < d->nlines; i++) {
		const struct report_line *l = &d->lines[i];
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, plan);
		sqlite3_bind_int64(st, 2, (long long)i + 1);
		sqlite3_bind_text(st, 3, l->area, -1, SQLITE_STATIC);
		store_bind_fig(st, 4, l, BC_PROGNOS);
		store_bind_fig(st, 5, l, BC_BUDGET);
		store_bind_fig(st, 6, l, BC_BUDGET_NEXT);
		store_bind_fig(st, 7, l, BC_OUTCOME);
		store_bind_fig(st, 8, l, BC_PLAN1);
		store_bind_fig(st, 9, l, BC_PLAN2);
		if (sqlite3_step(st) != SQLITE_DONE) {
			char what[96];
			snprintf(what, sizeof what, "spara raden från rad %zu", l->line);
			e = db_fail(db, what);
		}
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err budget_save(struct nd_db *db, long long committee, const struct report_data *d,
			const struct report_save_opts *opts, long long *id)
{
	struct report_save_opts o = opts ? *opts : (struct report_save_opts){ 0 };
	sqlite3_stmt *st = NULL;
	char *comment = NULL;
	enum nd_err e;
	if (d->errors.n)
		return nd_fail(ND_EINVAL, "Tabellen har fel och kan inte sparas.");
	if (d->year < 1900 || d->year > 2198)
		return nd_fail(ND_EINVAL, "Året %d går inte att använda.", d->year);
	if ((e = store_comment(o.comment && *o.comment ? o.comment : d->comment,
			       REPORT_NOTE_MAX, &comment)) || (e = db_begin(db))) {
		free(comment);
		return e;
	}
	if ((e = clear_year(db, committee, d->year, o.replace)) ||
	    (e = db_prepare(db, "INSERT INTO budget_plan (committee_id, year, unit, comment, "
			    "source) VALUES (?1, ?2, ?3, ?4, ?5)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, d->year);
	sqlite3_bind_text(st, 3, d->unit == SV_UNIT_KR ? "kr" : "tkr", -1, SQLITE_STATIC);
	db_bind_text(st, 4, comment);
	db_bind_text(st, 5, o.source && *o.source ? o.source : NULL);
	if (sqlite3_step(st) != SQLITE_DONE) {
		e = db_fail(db, "spara budgettabellen");
		goto fail;
	}
	*id = sqlite3_last_insert_rowid(db->h);
	sqlite3_finalize(st);
	st = NULL;
	if ((e = insert_lines(db, *id, d)) || (e = db_commit(db)))
		goto fail;
	free(comment);
	return ND_OK;
fail:
	sqlite3_finalize(st);
	db_rollback(db);
	free(comment);
	return e;
}

void budget_head_free(struct budget_head *h)
{
	if (!h)
		return;
	free(h->committee);
	free(h->comment);
	h->committee = h->comment = NULL;
}

enum nd_err budget_find(struct nd_db *db, long long committee, int year, struct budget_head *h)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	memset(h, 0, sizeof *h);
	e = db_prepare(db,
		"SELECT p.id, c.code, c.name, p.year, p.unit, p.comment, t.prognos, t.budget, "
		"t.budget_next, t.areas, EXISTS (SELECT 1 FROM budget_plan_line WHERE "
		"plan_id = p.id AND (prognos % 100 <> 0 OR budget % 100 <> 0 OR "
		"budget_next % 100 <> 0 OR outcome % 100 <> 0 OR plan1 % 100 <> 0 OR "
		"plan2 % 100 <> 0)), t.outcome, t.plan1, t.plan2, t.n_prognos, t.n_budget, "
		"t.n_budget_next, t.n_outcome, t.n_plan1, t.n_plan2 "
		"FROM budget_plan p JOIN committee c ON c.id = p.committee_id "
		"JOIN budget_plan_total t ON t.plan_id = p.id "
		"WHERE p.committee_id = ?1 AND p.year = ?2", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return db_fail(db, "läsa budgettabellen");
		char code[16] = "?";
		store_committee_code(db, committee, code, sizeof code);
		return nd_fail(ND_ENOTFOUND, "Det finns ingen budgettabell för %s %d.", code, year);
	}
	h->id = sqlite3_column_int64(st, 0);
	snprintf(h->code, sizeof h->code, "%s", (const char *)sqlite3_column_text(st, 1));
	h->committee = store_col_dup(st, 2);
	h->year = sqlite3_column_int(st, 3);
	h->unit = strcmp((const char *)sqlite3_column_text(st, 4), "kr") == 0 ? SV_UNIT_KR
									   : SV_UNIT_TKR;
	h->comment = store_col_dup(st, 5);
	for (int k = 0; k < BC_NCOLS; k++)
		h->total[k] = sqlite3_column_int64(st, 6 + k);
	h->nlines = (size_t)sqlite3_column_int64(st, 9);
	h->cents = sqlite3_column_int(st, 10);
	for (int k = BC_NCOLS; k < BC_ALL; k++)
		h->total[k] = sqlite3_column_int64(st, 11 + k - BC_NCOLS);
	/* A column no line has is not shown; Budget N and N+1 always are. */
	for (int k = 0; k < BC_ALL; k++)
		h->has[k] = k == BC_BUDGET || k == BC_BUDGET_NEXT ||
			    sqlite3_column_int64(st, 14 + k) > 0;
	bool lost = !h->committee || (sqlite3_column_type(st, 5) != SQLITE_NULL && !h->comment);
	sqlite3_finalize(st);
	if (lost) {
		budget_head_free(h);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	h->area_width = store_area_width(db, "SELECT area, 0 FROM budget_plan_line "
					 "WHERE plan_id = ?1", h->id, &e);
	if (e)
		budget_head_free(h);
	return e;
}

enum nd_err budget_rows(struct nd_db *db, long long plan, report_row_fn fn, void *ctx)
{
	return store_rows(db, "SELECT id, area, comment, 0, 0, 0, prognos, budget, budget_next, "
			  "outcome, plan1, plan2 FROM budget_plan_line WHERE plan_id = ?1 "
			  "ORDER BY position", plan, BC_ALL, fn, ctx);
}

enum nd_err budget_list(struct nd_db *db, long long committee, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT c.code AS \"Nämnd\", p.year AS \"År\", "
		"(SELECT count(*) FROM budget_plan_line l WHERE l.plan_id = p.id) AS \"Områden\", "
		"p.unit AS \"Enhet\", p.imported_on AS \"Importerad\", p.source AS \"Källa\" "
		"FROM budget_plan p JOIN committee c ON c.id = p.committee_id "
		"WHERE ?1 IS NULL OR p.committee_id = ?1 ORDER BY p.year DESC, c.code", &st);
	if (e)
		return e;
	if (committee)
		sqlite3_bind_int64(st, 1, committee);
	return db_rows(db, st, fn, ctx, NULL, "lista budgettabellerna");
}

enum nd_err budget_remove(struct nd_db *db, long long plan)
{
	return store_delete(db, "DELETE FROM budget_plan WHERE id = ?1", plan,
			    "ta bort budgettabellen");
}
