/* The month report as an .xlsx workbook (libxlsxwriter), streamed row by
 * row in constant_memory mode, so a report of any length is written in
 * bounded memory. One sheet per month ("2023-10"):
 *
 *   A1  Månadsuppföljning per oktober 2023           (title)
 *   A2  Nämnd     Utbildningsnämnden (UBN)
 *   A3  Period    2023-10
 *   A4  Datum     2024-03-12                          (a date cell)
 *   A5  Belopp i  tkr
 *   A6  Kommentar the report's comment, when it has one
 *   row 7  Verksamhet | Budget (ack) | Utfall (ack) | Avvikelse (ack) |
 *          Budget (helår) | Prognos (helår) | Avvikelse prognos | Kommentar
 *   row 8  Totalt: =SUM(B9:B21) … (=SUBTOTAL(9,…) when there are groups,
 *          which skips the groups' own SUBTOTALs), =C8-B8, =F8-E8
 *   row 9… the lines: figures as numbers, deviations =C9-B9 and =F9-E9,
 *          a group's figures =SUBTOTAL(9,…) over its sub-areas
 *
 * Every formula carries its computed result, so viewers that do not
 * recalculate show the numbers. Header frozen, autofilter, A4 landscape
 * one page wide, only negative deviations red, a bar chart of the
 * deviations per area below the table on a page of its own. With several
 * months a "Trend" sheet follows: utfall and prognos per area and month.
 * Area names and comments are always written as strings. */
#include "namnd/report.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "namnd/date.h"
#include "namnd/doc.h"
#include "namnd/text.h"
#include "doc_impl.h"
#include "lazy_xlsx.h"

#define HEAD_ROW 6          /* 0-based row of the column headings */
#define FIRST_LINE (HEAD_ROW + 2)
#define COL_COMMENT (RC_NCOLS + 1)
#define CHART_MAX 300       /* more areas than this: no chart */
/* Column widths (characters) that print at 9–10 pt on a landscape A4
 * page fitted to its width: longer areas and comments wrap, and their
 * rows are made as high as their lines. */
#define AREA_W 36
#define NUM_W 12
#define COMMENT_W 40
#define LINE_POINTS 15.0
/* Budget, utfall and prognos are mostly negative (costs): black. Only a
 * negative deviation (over budget) is red. */
#define NUM_FMT "#,##0;-#,##0"
#define NUM_FMT_DEC "#,##0.00;-#,##0.00"
#define DEV_FMT "#,##0;[Red]-#,##0"
#define DEV_FMT_DEC "#,##0.00;[Red]-#,##0.00"

struct formats {
	lxw_format *title, *label, *head, *head_left, *text, *bold, *sub, *comment, *date;
	lxw_format *num[2], *num_bold[2], *num_total[2], *text_total;
	lxw_format *dev[2], *dev_bold[2], *dev_total[2]; /* deviations */
};

struct sheet {
	lxw_worksheet *ws;
	const struct formats *f;
	const struct report_head *h;
	lxw_row_t row;
	int dec;              /* 1: two decimals */
	const char *sum;      /* "SUM(" or "SUBTOTAL(9," */
	lxw_row_t breaks[2];  /* the page break before the chart, 0-ended */
	lxw_error err;
};

static double money(int64_t cents)
{
	return (double)cents / 100.0;
}

static void keep(struct sheet *s, lxw_error e)
{
	if (e && !s->err)
		s->err = e;
}

/* User text, sanitized, always as a string (never a formula). */
static void put_text(struct sheet *s, lxw_row_t r, lxw_col_t c, const char *text,
		     bool newlines, lxw_format *fmt)
{
	char *clean = text_sanitize(text, newlines);
	keep(s, clean ? worksheet_write_string(s->ws, r, c, clean, fmt) : LXW_ERROR_MEMORY_MALLOC_FAILED);
	free(clean);
}

/* Sheet column of figure column k: B … G. */
static lxw_col_t fig_col(int k)
{
	return (lxw_col_t)(k + 1);
}

/* The deviation formula of column k (RC_AVV_*) at sheet row r. */
static void put_deviation(struct sheet *s, lxw_row_t r, int k, int64_t v, lxw_format *fmt)
{
	char f[64], a[16], b[16];
	int from = k == RC_AVV_ACK ? RC_BUDGET_ACK : RC_BUDGET_YEAR;
	lxw_rowcol_to_cell(a, r, fig_col(from + 1));
	lxw_rowcol_to_cell(b, r, fig_col(from));
	snprintf(f, sizeof f, "=%s-%s", a, b);
	keep(s, worksheet_write_formula_num(s->ws, r, fig_col(k), f, fmt, money(v)));
}

/* At (r, c) a sum formula (fn "SUM(" or "SUBTOTAL(9,") over rows
 * first..last of column c, with the result v. */
static void put_sum(struct sheet *s, lxw_row_t r, lxw_col_t c, const char *fn, lxw_row_t first,
		    lxw_row_t last, int64_t v, lxw_format *fmt)
{
	char f[96], range[32];
	if (last < first) {
		keep(s, worksheet_write_number(s->ws, r, c, 0, fmt));
		return;
	}
	lxw_rowcol_to_range(range, first, c, last, c);
	snprintf(f, sizeof f, "=%s%s)", fn, range);
	keep(s, worksheet_write_formula_num(s->ws, r, c, f, fmt, money(v)));
}

static int write_line(void *ctx, const struct report_row *rr)
{
	struct sheet *s = ctx;
	const struct formats *f = s->f;
	lxw_row_t r = s->row++;
	lxw_format *num = rr->is_group ? f->num_bold[s->dec] : f->num[s->dec];
	lxw_format *dev = rr->is_group ? f->dev_bold[s->dec] : f->dev[s->dec];
	/* The row's height first (constant_memory writes rows in order): a
	 * spreadsheet keeps it one line high, and printed, wrapped text would
	 * run into the rows below. */
	size_t lines = doc_wrap_lines(rr->area, AREA_W - 3, NULL, NULL);
	if (rr->comment && s->h->comments) {
		size_t n = doc_wrap_lines(rr->comment, COMMENT_W - 2, NULL, NULL);
		lines = n > lines ? n : lines;
	}
	if (lines > 1)
		keep(s, worksheet_set_row(s->ws, r, LINE_POINTS * (double)lines, NULL));
	put_text(s, r, 0, rr->area, false, rr->is_group ? f->bold : rr->in_group ? f->sub : f->text);
	for (int k = 0; k < RC_NCOLS; k++) {
		if (report_col_computed((enum report_col)k))
			put_deviation(s, r, k, rr->v[k], dev);
		else if (rr->is_group)
			put_sum(s, r, fig_col(k), "SUBTOTAL(9,", r + 1,
				r + (lxw_row_t)rr->children, rr->v[k], num);
		else if (rr->has[k])
			keep(s, worksheet_write_number(s->ws, r, fig_col(k), money(rr->v[k]), num));
		else
			keep(s, worksheet_write_blank(s->ws, r, fig_col(k), num));
	}
	if (rr->comment)
		put_text(s, r, COL_COMMENT, rr->comment, true, f->comment);
	return s->err != LXW_NO_ERROR;
}

static void header_block(struct sheet *s, const char *today)
{
	const struct report_head *h = s->h;
	const struct formats *f = s->f;
	char buf[600];
	snprintf(buf, sizeof buf, "Månadsuppföljning per %s %d", date_month_name(h->month),
		 h->year);
	put_text(s, 0, 0, buf, false, f->title);
	keep(s, worksheet_write_string(s->ws, 1, 0, "Nämnd", f->label));
	snprintf(buf, sizeof buf, "%s (%s)", h->committee, h->code);
	put_text(s, 1, 1, buf, false, NULL);
	keep(s, worksheet_write_string(s->ws, 2, 0, "Period", f->label));
	snprintf(buf, sizeof buf, "%04d-%02d", h->year, h->month);
	keep(s, worksheet_write_string(s->ws, 2, 1, buf, NULL));
	keep(s, worksheet_write_string(s->ws, 3, 0, "Datum", f->label));
	struct nd_date d;
	if (date_parse(today, &d) == ND_OK) {
		lxw_datetime dt = { d.y, d.m, d.d, 0, 0, 0 };
		keep(s, worksheet_write_datetime(s->ws, 3, 1, &dt, f->date));
	}
	keep(s, worksheet_write_string(s->ws, 4, 0, "Belopp i", f->label));
	keep(s, worksheet_write_string(s->ws, 4, 1, sv_unit_name(h->unit), NULL));
	if (h->comment) {
		keep(s, worksheet_write_string(s->ws, 5, 0, "Kommentar", f->label));
		put_text(s, 5, 1, h->comment, true, NULL);
	}
	keep(s, worksheet_write_string(s->ws, HEAD_ROW, 0, "Verksamhet", f->head_left));
	for (int k = 0; k < RC_NCOLS; k++)
		keep(s, worksheet_write_string(s->ws, HEAD_ROW, fig_col(k),
					       report_col_label((enum report_col)k), f->head));
	keep(s, worksheet_write_string(s->ws, HEAD_ROW, COL_COMMENT, "Kommentar", f->head_left));
}

static void total_row(struct sheet *s)
{
	const struct report_head *h = s->h;
	lxw_row_t r = HEAD_ROW + 1, last = FIRST_LINE + (lxw_row_t)h->nlines - 1;
	lxw_format *num = s->f->num_total[s->dec];
	keep(s, worksheet_write_string(s->ws, r, 0, REPORT_TOTAL_LABEL, s->f->text_total));
	for (int k = 0; k < RC_NCOLS; k++) {
		if (report_col_computed((enum report_col)k))
			put_deviation(s, r, k, h->total[k], s->f->dev_total[s->dec]);
		else
			put_sum(s, r, fig_col(k), s->sum, FIRST_LINE, last, h->total[k], num);
	}
	keep(s, worksheet_write_blank(s->ws, r, COL_COMMENT, s->f->text_total));
}

static void page_setup(struct sheet *s)
{
	const struct report_head *h = s->h;
	double w = (double)h->area_width + 2;
	lxw_row_t last = FIRST_LINE + (lxw_row_t)h->nlines - 1;
	keep(s, worksheet_set_column(s->ws, 0, 0, w < 14 ? 14 : w > AREA_W ? AREA_W : w, NULL));
	keep(s, worksheet_set_column(s->ws, 1, RC_NCOLS, NUM_W, NULL));
	keep(s, worksheet_set_column(s->ws, COL_COMMENT, COL_COMMENT, h->comments ? COMMENT_W : 12,
				     s->f->comment));
	worksheet_freeze_panes(s->ws, HEAD_ROW + 1, 1);
	keep(s, worksheet_autofilter(s->ws, HEAD_ROW, 0, last, COL_COMMENT));
	worksheet_set_landscape(s->ws);
	worksheet_set_paper(s->ws, 9); /* A4 */
	worksheet_fit_to_pages(s->ws, 1, 0);
	keep(s, worksheet_repeat_rows(s->ws, HEAD_ROW, HEAD_ROW));
	worksheet_set_footer(s->ws, "&L&A&RSida &P av &N");
}

/* A bar per area: the two deviations. */
static void deviation_chart(struct sheet *s, lxw_workbook *wb, const char *name)
{
	const struct report_head *h = s->h;
	char cats[96], vals[96], title[64], range[32];
	lxw_row_t last = FIRST_LINE + (lxw_row_t)h->nlines;
	if (h->nlines == 0 || h->nlines > CHART_MAX)
		return;
	lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
	if (!chart) {
		keep(s, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	lxw_rowcol_to_range_abs(range, FIRST_LINE, 0, last - 1, 0);
	snprintf(cats, sizeof cats, "='%s'!%s", name, range);
	for (int k = RC_AVV_ACK; k <= RC_AVV_PROGNOS; k += RC_AVV_PROGNOS - RC_AVV_ACK) {
		lxw_rowcol_to_range_abs(range, FIRST_LINE, fig_col(k), last - 1, fig_col(k));
		snprintf(vals, sizeof vals, "='%s'!%s", name, range);
		lxw_chart_series *series = chart_add_series(chart, cats, vals);
		if (!series) {
			keep(s, LXW_ERROR_MEMORY_MALLOC_FAILED);
			return;
		}
		chart_series_set_name(series, report_col_label((enum report_col)k));
	}
	snprintf(title, sizeof title, "Avvikelse per område (%s)", sv_unit_name(h->unit));
	chart_title_set_name(chart, title);
	chart_axis_set_reverse(chart->y_axis); /* the first area at the top */
	chart_axis_set_num_format(chart->x_axis, s->dec ? NUM_FMT_DEC : NUM_FMT);
	chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	/* Below the table on a page of its own: beside it, the chart made
	 * the printed page (fitted to one page wide) so wide that the table
	 * shrank to about 5 pt. At most a landscape page high. */
	double rows = (double)h->nlines / 12.0;
	lxw_chart_options opt = { .x_scale = 1.6, .y_scale = rows < 1 ? 1 : rows > 1.7 ? 1.7 : rows };
	lxw_row_t at = last + 2;
	s->breaks[0] = at;
	s->breaks[1] = 0;
	keep(s, worksheet_set_h_pagebreaks(s->ws, s->breaks));
	keep(s, worksheet_insert_chart_opt(s->ws, at, 0, chart, &opt));
}

static enum nd_err month_sheet(struct nd_db *db, lxw_workbook *wb, const struct formats *f,
			       const struct report_head *h, const char *today)
{
	char name[16];
	snprintf(name, sizeof name, "%04d-%02d", h->year, h->month);
	struct sheet s = { .f = f, .h = h, .row = FIRST_LINE, .dec = h->cents,
			   .sum = h->ngroups ? "SUBTOTAL(9," : "SUM(" };
	if (!(s.ws = workbook_add_worksheet(wb, name)))
		return nd_fail(ND_ENOMEM, "Kunde inte lägga till bladet %s.", name);
	page_setup(&s);
	header_block(&s, today);
	total_row(&s);
	enum nd_err e = report_rows(db, h->id, write_line, &s);
	if (!e)
		deviation_chart(&s, wb, name);
	if (!e && s.err)
		e = nd_fail(ND_EIO, "Kunde inte skriva bladet %s: %s.", name, lxw_strerror(s.err));
	return e;
}

/* ---- The trend sheet: utfall and prognos per area, month by month. ---- */

#define TREND_HEAD 4
struct trend {
	struct sheet s;
	size_t n;
	char *area;         /* the area being gathered, NULL before the first */
	int64_t *v;         /* 2n: utfall per month, then prognos per month */
	bool *has;          /* 2n */
};

/* The reports' ids as a JSON array ("[4,7,9]"), bound to json_each(?1)
 * in order: its keys 0..n-1 are the months. NULL on out of memory. */
static char *trend_ids(const struct report_head *heads, size_t n)
{
	size_t cap = n * 22 + 3, o = 1;
	char *s = malloc(cap);
	if (!s)
		return NULL;
	s[0] = '[';
	for (size_t i = 0; i < n; i++) {
		int w = snprintf(s + o, cap - o, i ? ",%lld" : "%lld", (long long)heads[i].id);
		if (w < 0 || (size_t)w >= cap - o) {
			free(s);
			return NULL;
		}
		o += (size_t)w;
	}
	s[o++] = ']';
	s[o] = '\0';
	return s;
}

/* The number of areas (not groups) in the reports ?1. */
static const char TREND_COUNT_SQL[] =
	"SELECT count(DISTINCT m.area) FROM json_each(?1) r "
	"JOIN month_report_line m ON m.report_id = r.value WHERE NOT m.is_group";

/* One row per area and month it appears in: (area, month index, utfall,
 * prognos), an area's rows together, areas in the latest month's (?2)
 * order, areas gone since then after it. */
static const char TREND_SQL[] =
	"WITH l AS (SELECT r.key AS k, m.area, m.position, m.utfall_ack, m.prognos_year "
	"           FROM json_each(?1) r JOIN month_report_line m ON m.report_id = r.value "
	"           WHERE NOT m.is_group), "
	"a AS (SELECT area, coalesce(max(CASE WHEN k = ?2 THEN position END), 1000000000) AS o1, "
	"      min(position) AS o2 FROM l GROUP BY area) "
	"SELECT l.area, l.k, l.utfall_ack, l.prognos_year FROM l JOIN a ON a.area = l.area "
	"ORDER BY a.o1, a.o2, l.area, l.k";

/* Write the gathered area as the next row. */
static void trend_flush(struct trend *t)
{
	lxw_row_t r = t->s.row++;
	lxw_format *num = t->s.f->num[t->s.dec];
	put_text(&t->s, r, 0, t->area, false, t->s.f->text);
	for (size_t i = 0; i < 2 * t->n; i++) {
		lxw_col_t c = (lxw_col_t)(i + 1);
		if (t->has[i])
			keep(&t->s, worksheet_write_number(t->s.ws, r, c, money(t->v[i]), num));
		else
			keep(&t->s, worksheet_write_blank(t->s.ws, r, c, num));
	}
}

static int trend_row(void *ctx, sqlite3_stmt *st)
{
	struct trend *t = ctx;
	const char *area = (const char *)sqlite3_column_text(st, 0);
	sqlite3_int64 k = sqlite3_column_int64(st, 1);
	if (!area || k < 0 || (size_t)k >= t->n)
		return 0;
	if (!t->area || strcmp(area, t->area) != 0) {
		if (t->area)
			trend_flush(t);
		free(t->area);
		if (!(t->area = strdup(area))) {
			keep(&t->s, LXW_ERROR_MEMORY_MALLOC_FAILED);
			return 1;
		}
		memset(t->has, 0, 2 * t->n * sizeof *t->has);
	}
	for (int j = 0; j < 2; j++) {
		size_t i = (size_t)k + (size_t)j * t->n;
		if ((t->has[i] = sqlite3_column_type(st, 2 + j) != SQLITE_NULL))
			t->v[i] = sqlite3_column_int64(st, 2 + j);
	}
	return t->s.err != LXW_NO_ERROR;
}

static void trend_head(struct trend *t, const struct report_head *heads, size_t nareas)
{
	const struct formats *f = t->s.f;
	const struct report_head *last = &heads[t->n - 1];
	lxw_row_t first = TREND_HEAD + 2, end = first + (lxw_row_t)nareas - 1;
	char buf[600];
	snprintf(buf, sizeof buf, "Utfall och prognos per månad %04d-%02d – %04d-%02d",
		 heads[0].year, heads[0].month, last->year, last->month);
	put_text(&t->s, 0, 0, buf, false, f->title);
	keep(&t->s, worksheet_write_string(t->s.ws, 1, 0, "Nämnd", f->label));
	snprintf(buf, sizeof buf, "%s (%s)", last->committee, last->code);
	put_text(&t->s, 1, 1, buf, false, NULL);
	keep(&t->s, worksheet_write_string(t->s.ws, 2, 0, "Belopp i", f->label));
	keep(&t->s, worksheet_write_string(t->s.ws, 2, 1, sv_unit_name(last->unit), NULL));
	keep(&t->s, worksheet_write_string(t->s.ws, TREND_HEAD, 0, "Verksamhet", f->head_left));
	for (size_t i = 0; i < 2 * t->n; i++) {
		const struct report_head *h = &heads[i % t->n];
		snprintf(buf, sizeof buf, "%s %04d-%02d", i < t->n ? "Utfall (ack)"
								   : "Prognos (helår)",
			 h->year, h->month);
		keep(&t->s, worksheet_write_string(t->s.ws, TREND_HEAD, (lxw_col_t)(i + 1), buf,
						   f->head));
	}
	/* Rows are written in order: the total row after the whole heading.
	 * Its results are the reports' own totals, the sums of the same areas. */
	keep(&t->s, worksheet_write_string(t->s.ws, TREND_HEAD + 1, 0, REPORT_TOTAL_LABEL,
					   f->text_total));
	for (size_t i = 0; i < 2 * t->n; i++) {
		const struct report_head *h = &heads[i % t->n];
		int k = i < t->n ? RC_UTFALL_ACK : RC_PROGNOS_YEAR;
		put_sum(&t->s, TREND_HEAD + 1, (lxw_col_t)(i + 1), "SUM(", first, end,
			h->total[k], f->num_total[t->s.dec]);
	}
	keep(&t->s, worksheet_set_column(t->s.ws, 0, 0, 40, NULL));
	keep(&t->s, worksheet_set_column(t->s.ws, 1, (lxw_col_t)(2 * t->n), 18, NULL));
	worksheet_freeze_panes(t->s.ws, TREND_HEAD + 1, 1);
	keep(&t->s, worksheet_autofilter(t->s.ws, TREND_HEAD, 0, end > TREND_HEAD ? end : TREND_HEAD + 1,
					 (lxw_col_t)(2 * t->n)));
	worksheet_set_landscape(t->s.ws);
	worksheet_set_paper(t->s.ws, 9);
	worksheet_fit_to_pages(t->s.ws, 1, 0);
	keep(&t->s, worksheet_repeat_rows(t->s.ws, TREND_HEAD, TREND_HEAD));
}

static enum nd_err trend_sheet(struct nd_db *db, lxw_workbook *wb, const struct formats *f,
			       const struct report_head *heads, size_t n)
{
	struct trend t = { .s = { .f = f, .h = &heads[n - 1], .row = TREND_HEAD + 2 }, .n = n };
	sqlite3_stmt *st = NULL;
	size_t nareas = 0;
	enum nd_err e = ND_OK;
	char *ids = trend_ids(heads, n);
	t.v = calloc(2 * n, sizeof *t.v);
	t.has = calloc(2 * n, sizeof *t.has);
	if (!ids || !t.v || !t.has) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++)
		t.s.dec |= heads[i].cents;
	if (!(t.s.ws = workbook_add_worksheet(wb, "Trend"))) {
		e = nd_fail(ND_ENOMEM, "Kunde inte lägga till bladet Trend.");
		goto cleanup;
	}
	/* Rows are streamed: the total row's range is counted first. */
	if ((e = db_prepare(db, TREND_COUNT_SQL, &st)))
		goto cleanup;
	sqlite3_bind_text(st, 1, ids, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		nareas = (size_t)sqlite3_column_int64(st, 0);
	else
		e = db_fail(db, "läsa trenden");
	sqlite3_finalize(st);
	if (e)
		goto cleanup;
	trend_head(&t, heads, nareas);
	if ((e = db_prepare(db, TREND_SQL, &st)))
		goto cleanup;
	sqlite3_bind_text(st, 1, ids, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)(n - 1));
	if ((e = db_rows(db, st, trend_row, &t, NULL, "läsa trenden")))
		goto cleanup;
	if (t.area && !t.s.err)
		trend_flush(&t);
	if (t.s.err)
		e = nd_fail(ND_EIO, "Kunde inte skriva bladet Trend: %s.", lxw_strerror(t.s.err));
cleanup:
	free(t.area);
	free(t.v);
	free(t.has);
	free(ids);
	return e;
}

static lxw_format *fmt_new(lxw_workbook *wb, bool bold, const char *num)
{
	lxw_format *f = workbook_add_format(wb);
	if (f && bold)
		format_set_bold(f);
	if (f && num)
		format_set_num_format(f, num);
	return f;
}

static bool formats_make(lxw_workbook *wb, struct formats *f)
{
	f->title = fmt_new(wb, true, NULL);
	f->label = fmt_new(wb, true, NULL);
	f->head = fmt_new(wb, true, NULL);
	f->head_left = fmt_new(wb, true, NULL);
	f->text = fmt_new(wb, false, NULL);
	f->bold = fmt_new(wb, true, NULL);
	f->sub = fmt_new(wb, false, NULL);
	f->comment = fmt_new(wb, false, NULL);
	f->date = fmt_new(wb, false, "yyyy-mm-dd");
	f->text_total = fmt_new(wb, true, NULL);
	for (int d = 0; d < 2; d++) {
		const char *nf = d ? NUM_FMT_DEC : NUM_FMT;
		f->num[d] = fmt_new(wb, false, nf);
		f->num_bold[d] = fmt_new(wb, true, nf);
		f->num_total[d] = fmt_new(wb, true, nf);
		if (!f->num[d] || !f->num_bold[d] || !f->num_total[d])
			return false;
		format_set_top(f->num_total[d], LXW_BORDER_THIN);
		format_set_bottom(f->num_total[d], LXW_BORDER_THIN);
		const char *df = d ? DEV_FMT_DEC : DEV_FMT;
		f->dev[d] = fmt_new(wb, false, df);
		f->dev_bold[d] = fmt_new(wb, true, df);
		f->dev_total[d] = fmt_new(wb, true, df);
		if (!f->dev[d] || !f->dev_bold[d] || !f->dev_total[d])
			return false;
		format_set_top(f->dev_total[d], LXW_BORDER_THIN);
		format_set_bottom(f->dev_total[d], LXW_BORDER_THIN);
	}
	if (!f->title || !f->label || !f->head || !f->head_left || !f->text || !f->bold ||
	    !f->sub || !f->comment || !f->date || !f->text_total)
		return false;
	format_set_font_size(f->title, 14);
	lxw_format *heads[] = { f->head, f->head_left };
	for (size_t i = 0; i < 2; i++) {
		format_set_bottom(heads[i], LXW_BORDER_THIN);
		format_set_bg_color(heads[i], 0xDDE4EE);
		format_set_text_wrap(heads[i]);
		format_set_align(heads[i], LXW_ALIGN_VERTICAL_BOTTOM);
	}
	format_set_align(f->head, LXW_ALIGN_RIGHT);
	format_set_indent(f->sub, 1);
	lxw_format *wrapped[] = { f->text, f->sub, f->bold };
	for (size_t i = 0; i < 3; i++) {
		format_set_text_wrap(wrapped[i]);
		format_set_align(wrapped[i], LXW_ALIGN_VERTICAL_TOP);
	}
	for (int d = 0; d < 2; d++) {
		lxw_format *nums[] = { f->num[d], f->num_bold[d], f->dev[d], f->dev_bold[d] };
		for (size_t i = 0; i < 4; i++)
			format_set_align(nums[i], LXW_ALIGN_VERTICAL_TOP);
	}
	format_set_text_wrap(f->comment);
	format_set_align(f->comment, LXW_ALIGN_VERTICAL_TOP);
	format_set_top(f->text_total, LXW_BORDER_THIN);
	format_set_bottom(f->text_total, LXW_BORDER_THIN);
	return true;
}

struct book {
	struct nd_db *db;
	const struct report_head *heads;
	size_t n;
	const char *today, *organisation;
};

static enum nd_err write_book(void *ctx, const char *tmp)
{
	struct book *b = ctx;
	const struct report_head *last = &b->heads[b->n - 1];
	lxw_workbook_options wo = { .constant_memory = LXW_TRUE };
	struct formats f;
	char title[120], subject[600];
	enum nd_err e = ND_OK;
	lxw_workbook *wb = workbook_new_opt(tmp, &wo);
	if (!wb)
		return nd_fail(ND_EIO, "Kunde inte skapa arbetsboken.");
	if (b->n == 1)
		snprintf(title, sizeof title, "Månadsuppföljning %s %04d-%02d", last->code,
			 last->year, last->month);
	else
		snprintf(title, sizeof title, "Månadsuppföljning %s %04d-%02d – %04d-%02d",
			 last->code, b->heads[0].year, b->heads[0].month, last->year, last->month);
	char *committee = text_sanitize(last->committee, false);
	char *org = b->organisation && *b->organisation
		? text_sanitize(b->organisation, false) : NULL;
	snprintf(subject, sizeof subject, "Budgetuppföljning för %s", committee ? committee : "");
	struct nd_date d = { 2000, 1, 1 };
	date_parse(b->today, &d);
	lxw_doc_properties props = {
		.title = title,
		.subject = subject,
		.author = org ? org : (char *)"namnd",
		.company = org,
		.category = (char *)"Månadsuppföljning",
		.keywords = (char *)"månadsuppföljning, budget, utfall, prognos, avvikelse",
		.comments = (char *)"Skapad av namnd",
		/* The export date, so the same data gives the same file. */
		.created = (time_t)date_to_days(d) * 86400,
	};
	if (!formats_make(wb, &f) || workbook_set_properties(wb, &props) != LXW_NO_ERROR)
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	for (size_t i = 0; !e && i < b->n; i++)
		e = month_sheet(b->db, wb, &f, &b->heads[i], b->today);
	if (!e && b->n > 1)
		e = trend_sheet(b->db, wb, &f, b->heads, b->n);
	lxw_error le = workbook_close(wb);
	if (!e && le)
		e = nd_fail(ND_EIO, "Kunde inte skriva arbetsboken: %s.", lxw_strerror(le));
	free(committee);
	free(org);
	return e;
}

enum nd_err report_write_xlsx(struct nd_db *db, const struct report_head *heads, size_t n,
			      const char *path, const char *today, const char *organisation)
{
	struct book b = { db, heads, n, today, organisation };
	enum nd_err e;
	if (n == 0)
		return nd_fail(ND_EINVAL, "Ingen månadsuppföljning att skriva.");
	if ((e = lazy_load(&lazy_xlsx_group)))
		return e;
	/* The trend sheet sets the months side by side: one unit for all. */
	for (size_t i = 1; i < n; i++)
		if (heads[i].unit != heads[0].unit)
			return nd_fail(ND_EINVAL, "Månaderna %04d-%02d (%s) och %04d-%02d (%s) har "
				       "olika enheter och kan inte ställas bredvid varandra.",
				       heads[0].year, heads[0].month, sv_unit_name(heads[0].unit),
				       heads[i].year, heads[i].month, sv_unit_name(heads[i].unit));
	return doc_write_file(path, write_book, &b);
}
