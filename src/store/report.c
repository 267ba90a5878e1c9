/* Month reports in the store: saving an imported report in one
 * transaction, reading it back through the computing views. */
#include "namnd/report.h"
#include "namnd/audit.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/strbuf.h"
#include "namnd/text.h"
#include "quote.h"
#include "report_store.h"

static int str_ptr_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The areas (not groups) of d, sorted for bsearch. Caller frees. */
static const char **sorted_areas(const struct report_data *d, size_t *n)
{
	const char **v = malloc((d->nlines ? d->nlines : 1) * sizeof *v);
	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < d->nlines; i++)
		if (!d->lines[i].is_group)
			v[(*n)++] = d->lines[i].area;
	qsort(v, *n, sizeof *v, str_ptr_cmp);
	return v;
}

static bool in_sorted(const char **v, size_t n, const char *s)
{
	return bsearch(&s, v, n, sizeof *v, str_ptr_cmp) != NULL;
}

/* Compare with the same year's latest earlier report: an area gone is
 * an error (unless allowed), an area new is a note. */
static enum nd_err check_previous(struct nd_db *db, long long committee, int year, int month,
				  const struct report_data *d, bool allow,
				  struct report_msgs *notes)
{
	sqlite3_stmt *st = NULL;
	size_t n = 0, gone = 0, seen = 0;
	const char **mine = sorted_areas(d, &n);
	const char **prev = NULL;
	char first[TEXT_QUOTE_SIZE] = "", more[64] = "";
	int pmonth = 0;
	enum nd_err e;
	if (!mine)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	e = db_prepare(db, "SELECT r.month, l.area, l.position FROM month_report r "
		       "JOIN month_report_line l ON l.report_id = r.id AND NOT l.is_group "
		       "WHERE r.id = (SELECT id FROM month_report WHERE committee_id = ?1 "
		       "AND year = ?2 AND month < ?3 ORDER BY month DESC LIMIT 1) "
		       "ORDER BY l.area", &st);
	if (e)
		goto out;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int(st, 3, month);
	prev = malloc(d->nlines ? d->nlines * sizeof *prev : sizeof *prev);
	if (!prev) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *area = (const char *)sqlite3_column_text(st, 1);
		pmonth = sqlite3_column_int(st, 0);
		if (in_sorted(mine, n, area)) {
			char *dup = seen < d->nlines ? strdup(area) : NULL;
			if (dup)
				prev[seen++] = dup;
			continue;
		}
		if (gone++ == 0)
			text_quote(area, first, sizeof first);
	}
	if (rc != SQLITE_DONE) {
		e = db_fail(db, "läsa föregående månadsuppföljning");
		goto out;
	}
	if (gone && !allow) {
		if (gone > 1)
			snprintf(more, sizeof more, " (och %zu %s till)", gone - 1,
				 gone - 1 == 1 ? "område" : "områden");
		e = nd_fail(ND_EINVAL, "Området \"%s\"%s fanns i månadsuppföljningen för "
			    "%04d-%02d men saknas i filen. Ange --allow-area-changes om "
			    "områdena har ändrats.", first, more, year, pmonth);
		goto out;
	}
	if (pmonth && notes) {
		qsort(prev, seen, sizeof *prev, str_ptr_cmp);
		for (size_t i = 0; i < d->nlines; i++) {
			const struct report_line *l = &d->lines[i];
			if (!l->is_group && !in_sorted(prev, seen, l->area))
				report_msg_add(notes, "Rad %zu: området \"%s\" är nytt sedan "
					       "%04d-%02d.", l->line, msgval(l->area), year, pmonth);
		}
		if (gone)
			report_msg_add(notes, "%zu %s från %04d-%02d finns inte längre "
				       "med.", gone, gone == 1 ? "område" : "områden", year, pmonth);
	}
out:
	if (prev)
		for (size_t i = 0; i < seen; i++)
			free((char *)prev[i]);
	free(prev);
	free(mine);
	sqlite3_finalize(st);
	return e;
}

enum nd_err store_committee_code(struct nd_db *db, long long committee, char *buf, size_t n)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT code FROM committee WHERE id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, committee);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
	else
		e = nd_fail(ND_ENOTFOUND, "Det finns ingen nämnd med id %lld.", committee);
	sqlite3_finalize(st);
	return e;
}

long long store_find_id(struct nd_db *db, const char *sql, long long committee, int year,
			int month)
{
	sqlite3_stmt *st = NULL;
	long long id = 0;
	if (db_prepare(db, sql, &st))
		return -1;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	if (month)
		sqlite3_bind_int(st, 3, month);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		id = -1;
	sqlite3_finalize(st);
	if (id < 0)
		db_fail(db, "läsa registret");
	return id;
}

/* Existing report of the period: replaced, or refused. */
static enum nd_err clear_period(struct nd_db *db, long long committee, int year, int month,
				bool replace)
{
	char code[16] = "";
	enum nd_err e;
	long long id = store_find_id(db, "SELECT id FROM month_report WHERE committee_id = ?1 "
				     "AND year = ?2 AND month = ?3", committee, year, month);
	if (id <= 0)
		return id < 0 ? ND_EDB : ND_OK;
	if (!replace) {
		if ((e = store_committee_code(db, committee, code, sizeof code)))
			return e;
		return nd_fail(ND_EEXIST, "Det finns redan en månadsuppföljning för %s "
			       "%04d-%02d; ange --replace för att ersätta den.", code, year, month);
	}
	return report_remove(db, id);
}

void store_bind_fig(sqlite3_stmt *st, int i, const struct report_line *l, int k)
{
	if (l->has[k])
		sqlite3_bind_int64(st, i, l->v[k]);
	else
		sqlite3_bind_null(st, i);
}

static enum nd_err insert_each_line(struct nd_db *db, long long report,
				    const struct report_data *d, long long before);

/* What the audit trigger on month_report_line (schema/005) writes as an
 * inserted line's new values, over the row t. */
#define LINE_AUDIT_JSON \
	"json_object('report_id', t.report_id, 'position', t.position, 'area', t.area, " \
	"'is_group', t.is_group, 'parent_id', t.parent_id, 'budget_ack', t.budget_ack, " \
	"'utfall_ack', t.utfall_ack, 'budget_year', t.budget_year, 'prognos_year', " \
	"t.prognos_year, 'comment', t.comment)"

/* The lines' audit rows are written after them in one statement
 * (audit_bulk_log): each line's own, by the trigger, was most of an
 * import's time and of its file growth's write work. */
static enum nd_err insert_lines(struct nd_db *db, long long report, const struct report_data *d)
{
	long long before = store_find_id(db, "SELECT coalesce(max(id), 0) FROM month_report_line",
					 0, 0, 0);
	if (before < 0)
		return ND_EDB;
	audit_hold(db, "month_report_line");
	enum nd_err e = insert_each_line(db, report, d, before);
	audit_release(db);
	return e ? e : audit_bulk_log(db, "month_report_line", LINE_AUDIT_JSON, before);
}

/* The lines go in LINES_PER_INSERT to a statement (VALUES (...), (...),
 * ...): one statement per line cost a statement's start and end each,
 * a quarter of the lines' insert. Each line's id is given, the next after
 * the last line in the file (before), so that a subarea names its group's
 * id before the group's statement has run; audit_bulk_log wants them in
 * that order anyway. */
enum { LINE_COLS = 11, LINES_PER_INSERT = 64 };

static enum nd_err prepare_lines(struct nd_db *db, size_t rows, sqlite3_stmt **st)
{
	struct strbuf b = { 0 };
	strbuf_add(&b, "INSERT INTO month_report_line (id, report_id, position, area, is_group, "
		   "parent_id, budget_ack, utfall_ack, budget_year, prognos_year, comment) "
		   "VALUES ");
	for (size_t r = 0; r < rows; r++)
		strbuf_add(&b, r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" :
			   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	enum nd_err e = b.oom ? nd_fail(ND_ENOMEM, "Slut på minne.") :
		db_prepare(db, strbuf_str(&b), st);
	strbuf_free(&b);
	return e;
}

static void bind_line(sqlite3_stmt *st, int at, long long report, long long before, size_t i,
		      const struct report_line *l)
{
	sqlite3_bind_int64(st, at + 1, before + (long long)i + 1);
	sqlite3_bind_int64(st, at + 2, report);
	sqlite3_bind_int64(st, at + 3, (long long)i + 1);
	sqlite3_bind_text(st, at + 4, l->area, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, at + 5, l->is_group);
	if (l->parent != REPORT_NO_PARENT)
		sqlite3_bind_int64(st, at + 6, before + (long long)l->parent + 1);
	else
		sqlite3_bind_null(st, at + 6);
	store_bind_fig(st, at + 7, l, RC_BUDGET_ACK);
	store_bind_fig(st, at + 8, l, RC_UTFALL_ACK);
	store_bind_fig(st, at + 9, l, RC_BUDGET_YEAR);
	store_bind_fig(st, at + 10, l, RC_PROGNOS_YEAR);
	db_bind_text(st, at + 11, l->comment);
}

static enum nd_err insert_each_line(struct nd_db *db, long long report,
				    const struct report_data *d, long long before)
{
	sqlite3_stmt *full = NULL, *rest = NULL;
	enum nd_err e = ND_OK;
	size_t i = 0;
	while (!e && i < d->nlines) {
		size_t k = d->nlines - i < LINES_PER_INSERT ? d->nlines - i : LINES_PER_INSERT;
		sqlite3_stmt **st = k == LINES_PER_INSERT ? &full : &rest;
		if (!*st && (e = prepare_lines(db, k, st)))
			break;
		sqlite3_reset(*st);
		for (size_t r = 0; r < k; r++)
			bind_line(*st, (int)(r * LINE_COLS), report, before, i + r, &d->lines[i + r]);
		if (sqlite3_step(*st) != SQLITE_DONE) {
			char what[96];
			snprintf(what, sizeof what, "spara raderna från rad %zu till %zu",
				 d->lines[i].line, d->lines[i + k - 1].line);
			e = db_fail(db, what);
		}
		i += k;
	}
	sqlite3_finalize(full);
	sqlite3_finalize(rest);
	return e;
}

enum nd_err report_save(struct nd_db *db, long long committee, int year, int month,
			const struct report_data *d, const struct report_save_opts *opts,
			struct report_msgs *notes, long long *id)
{
	struct report_save_opts o = opts ? *opts : (struct report_save_opts){ 0 };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (d->errors.n)
		return nd_fail(ND_EINVAL, "Rapporten har fel och kan inte sparas.");
	if (year < 1900 || year > 2199 || month < 1 || month > 12)
		return nd_fail(ND_EINVAL, "Perioden %04d-%02d finns inte.", year, month);
	char *comment = NULL;
	if ((e = store_comment(o.comment, REPORT_NOTE_MAX, &comment)) || (e = db_begin(db))) {
		free(comment);
		return e;
	}
	if ((e = clear_period(db, committee, year, month, o.replace)) ||
	    (e = check_previous(db, committee, year, month, d, o.allow_area_changes, notes)))
		goto fail;
	if ((e = db_prepare(db, "INSERT INTO month_report (committee_id, year, month, unit, "
			    "comment, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int(st, 3, month);
	sqlite3_bind_text(st, 4, d->unit == SV_UNIT_KR ? "kr" : "tkr", -1, SQLITE_STATIC);
	db_bind_text(st, 5, comment);
	db_bind_text(st, 6, o.source && *o.source ? o.source : NULL);
	if (sqlite3_step(st) != SQLITE_DONE) {
		e = db_fail(db, "spara månadsuppföljningen");
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

char *store_col_dup(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	return s ? strdup(s) : NULL;
}

void report_head_free(struct report_head *h)
{
	if (!h)
		return;
	free(h->committee);
	free(h->comment);
	h->committee = h->comment = NULL;
}

size_t store_area_width(struct nd_db *db, const char *sql, long long id, enum nd_err *e)
{
	sqlite3_stmt *st = NULL;
	size_t width = strlen(REPORT_TOTAL_LABEL);
	int rc;
	if ((*e = db_prepare(db, sql, &st)))
		return 0;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *clean = text_sanitize((const char *)sqlite3_column_text(st, 0), false);
		size_t w = text_width(clean) + (sqlite3_column_int(st, 1) ? 2 : 0);
		free(clean);
		if (w > width)
			width = w;
	}
	if (rc != SQLITE_DONE)
		*e = db_fail(db, "läsa tabellen");
	sqlite3_finalize(st);
	return width;
}

enum nd_err report_find(struct nd_db *db, long long committee, int year, int month,
			struct report_head *h)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	memset(h, 0, sizeof *h);
	e = db_prepare(db,
		"SELECT r.id, c.code, c.name, r.year, r.month, r.unit, r.comment, r.imported_on, "
		"t.budget_ack, t.utfall_ack, t.avvikelse_ack, t.budget_year, t.prognos_year, "
		"t.avvikelse_prognos, "
		"(SELECT count(*) FROM month_report_line WHERE report_id = r.id), "
		"(SELECT count(*) FROM month_report_line WHERE report_id = r.id AND is_group), "
		"EXISTS (SELECT 1 FROM month_report_line WHERE report_id = r.id AND "
		"(budget_ack % 100 <> 0 OR utfall_ack % 100 <> 0 OR budget_year % 100 <> 0 "
		"OR prognos_year % 100 <> 0)), "
		"EXISTS (SELECT 1 FROM month_report_line WHERE report_id = r.id AND "
		"comment IS NOT NULL) "
		"FROM month_report r JOIN committee c ON c.id = r.committee_id "
		"JOIN month_report_total t ON t.report_id = r.id "
		"WHERE r.committee_id = ?1 AND r.year = ?2 AND r.month = ?3", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int(st, 3, month);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE) {
			char code[16] = "?";
			sqlite3_finalize(st);
			store_committee_code(db, committee, code, sizeof code);
			return nd_fail(ND_ENOTFOUND, "Det finns ingen månadsuppföljning för %s "
				       "%04d-%02d.", code, year, month);
		}
		e = db_fail(db, "läsa månadsuppföljningen");
		sqlite3_finalize(st);
		return e;
	}
	h->id = sqlite3_column_int64(st, 0);
	snprintf(h->code, sizeof h->code, "%s", (const char *)sqlite3_column_text(st, 1));
	h->committee = store_col_dup(st, 2);
	h->year = sqlite3_column_int(st, 3);
	h->month = sqlite3_column_int(st, 4);
	h->unit = strcmp((const char *)sqlite3_column_text(st, 5), "kr") == 0 ? SV_UNIT_KR
									   : SV_UNIT_TKR;
	h->comment = store_col_dup(st, 6);
	snprintf(h->imported_on, sizeof h->imported_on, "%s",
		 (const char *)sqlite3_column_text(st, 7));
	for (int k = 0; k < RC_NCOLS; k++)
		h->total[k] = sqlite3_column_int64(st, 8 + k);
	h->nlines = (size_t)sqlite3_column_int64(st, 14);
	h->ngroups = (size_t)sqlite3_column_int64(st, 15);
	h->cents = sqlite3_column_int(st, 16);
	h->comments = sqlite3_column_int(st, 17) || h->comment;
	bool lost = !h->committee || (sqlite3_column_type(st, 6) != SQLITE_NULL && !h->comment);
	sqlite3_finalize(st);
	if (lost) {
		report_head_free(h);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	/* The widest area in display columns, sub-areas indented by two. */
	h->area_width = store_area_width(db, "SELECT area, parent_id IS NOT NULL FROM "
					 "month_report_line WHERE report_id = ?1", h->id, &e);
	if (e)
		report_head_free(h);
	return e;
}

struct rows_ctx {
	report_row_fn fn;
	void *ctx;
	int ncols;
};

static int feed_row(void *ctx, sqlite3_stmt *st)
{
	struct rows_ctx *c = ctx;
	struct report_row r = { 0 };
	r.id = sqlite3_column_int64(st, 0);
	r.area = (const char *)sqlite3_column_text(st, 1);
	r.comment = (const char *)sqlite3_column_text(st, 2);
	r.is_group = sqlite3_column_int(st, 3);
	r.in_group = sqlite3_column_int(st, 4);
	r.children = (size_t)sqlite3_column_int64(st, 5);
	for (int k = 0; k < c->ncols; k++) {
		r.has[k] = sqlite3_column_type(st, 6 + k) != SQLITE_NULL;
		r.v[k] = sqlite3_column_int64(st, 6 + k);
	}
	return c->fn(c->ctx, &r);
}

enum nd_err store_rows(struct nd_db *db, const char *sql, long long id, int ncols,
		       report_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	struct rows_ctx c = { fn, ctx, ncols };
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	return db_rows(db, st, feed_row, &c, NULL, "läsa tabellen");
}

enum nd_err report_rows(struct nd_db *db, long long report, report_row_fn fn, void *ctx)
{
	return store_rows(db,
		"SELECT f.id, f.area, f.comment, f.is_group, f.parent_id IS NOT NULL, "
		"CASE WHEN f.is_group THEN (SELECT count(*) FROM month_report_line c "
		"WHERE c.parent_id = f.id) ELSE 0 END, "
		"f.budget_ack, f.utfall_ack, f.avvikelse_ack, f.budget_year, f.prognos_year, "
		"f.avvikelse_prognos FROM month_report_figures f WHERE f.report_id = ?1 "
		"ORDER BY f.position", report, RC_NCOLS, fn, ctx);
}

enum nd_err report_list(struct nd_db *db, long long committee, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT c.code AS \"Nämnd\", printf('%04d-%02d', r.year, r.month) AS \"Period\", "
		"(SELECT count(*) FROM month_report_line l WHERE l.report_id = r.id "
		"AND NOT l.is_group) AS \"Områden\", r.unit AS \"Enhet\", "
		"r.imported_on AS \"Importerad\", r.source AS \"Källa\" "
		"FROM month_report r JOIN committee c ON c.id = r.committee_id "
		"WHERE ?1 IS NULL OR r.committee_id = ?1 "
		"ORDER BY r.year DESC, r.month DESC, c.code", &st);
	if (e)
		return e;
	if (committee)
		sqlite3_bind_int64(st, 1, committee);
	return db_rows(db, st, fn, ctx, NULL, "lista månadsuppföljningarna");
}

enum nd_err store_comment(const char *text, size_t max, char **out)
{
	*out = NULL;
	if (!text || !*text)
		return ND_OK;
	if (!(*out = text_sanitize(text, true)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (text_width(*out) > max) {
		free(*out);
		*out = NULL;
		return nd_fail(ND_ETOOLONG, "Kommentaren är längre än %zu tecken.", max);
	}
	return ND_OK;
}

enum nd_err report_set_comment(struct nd_db *db, long long report, const char *area,
			       const char *text)
{
	sqlite3_stmt *st = NULL;
	char *clean = NULL;
	enum nd_err e = store_comment(text, area ? REPORT_COMMENT_MAX : REPORT_NOTE_MAX, &clean);
	if (e)
		return e;
	e = db_prepare(db, area ? "UPDATE month_report_line SET comment = ?2 "
				  "WHERE report_id = ?1 AND area = ?3"
				: "UPDATE month_report SET comment = ?2 WHERE id = ?1", &st);
	if (!e) {
		sqlite3_bind_int64(st, 1, report);
		db_bind_text(st, 2, clean);
		if (area)
			sqlite3_bind_text(st, 3, area, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			e = db_fail(db, "spara kommentaren");
		else if (sqlite3_changes(db->h) == 0)
			e = nd_fail(ND_ENOTFOUND, area ? "Rapporten har inget område \"%s\"."
						       : "Rapporten finns inte%s.",
				    area ? msgval(area) : "");
	}
	sqlite3_finalize(st);
	free(clean);
	return e;
}

enum nd_err store_delete(struct nd_db *db, const char *sql, long long id, const char *what)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, what);
	sqlite3_finalize(st);
	return e;
}

enum nd_err report_remove(struct nd_db *db, long long report)
{
	return store_delete(db, "DELETE FROM month_report WHERE id = ?1", report,
			    "ta bort månadsuppföljningen");
}
