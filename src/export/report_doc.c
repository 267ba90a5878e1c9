/* The month report and the budget table as document models, for the PDF
 * (the text and xlsx renderings of these tables are report_text.c,
 * budget_text.c and report_xlsx.c). The same content as the text: the
 * title line, the table (Totalt first in the month report, last in the
 * budget, as the text has it), the comments; then, in the month report,
 * the deviations per area as a bar chart (on a page of its own in the
 * PDF; the text leaves it out). Deviation columns are marked
 * so that the PDF shows their negative figures, and only those, in red. */
#include "namnd/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/doc.h"
#include "namnd/strbuf.h"
#include "namnd/text.h"

#define CHART_AREAS_MAX 60 /* more: no chart (bars too thin to read) */

struct table_ctx {
	struct nd_doc *doc;
	int ncols;     /* figure columns */
	int decimals;
};

/* One row: area (indented for a sub-area), then the figures. */
static void put_row(struct table_ctx *t, const char *area, bool sub, const int64_t *v,
		    const bool *has)
{
	char num[RC_NCOLS][SV_NUM_BUF];
	const char *cells[RC_NCOLS + 1];
	struct strbuf a = { 0 };
	if (sub)
		strbuf_add(&a, "  ");
	strbuf_add(&a, area);
	cells[0] = strbuf_str(&a);
	for (int k = 0; k < t->ncols; k++) {
		num[k][0] = '\0';
		if (has[k])
			sv_num_format(v[k], t->decimals, num[k], sizeof num[k]);
		cells[k + 1] = num[k];
	}
	doc_table_row(t->doc, cells);
	strbuf_free(&a);
}

static int report_row_cb(void *ctx, const struct report_row *r)
{
	put_row(ctx, r->area, r->in_group, r->v, r->has);
	return 0;
}

static int chart_cb(void *ctx, const struct report_row *r)
{
	double v[2] = { (double)r->v[RC_AVV_ACK] / 100, (double)r->v[RC_AVV_PROGNOS] / 100 };
	doc_chart_bar(ctx, r->area, v);
	return 0;
}

static int comment_cb(void *ctx, const struct report_row *r)
{
	struct strbuf t = { 0 };
	if (!r->comment)
		return 0;
	strbuf_add(&t, r->area);
	strbuf_add(&t, ": ");
	strbuf_add(&t, r->comment);
	doc_para(ctx, strbuf_str(&t));
	strbuf_free(&t);
	return 0;
}

/* The header block: organisation (or committee) and kind, committee and
 * period. */
static void head(struct nd_doc *doc, const char *org, const char *committee, const char *kind,
		 const char *period)
{
	char *upper = text_upper(org ? org : "");
	if (upper && *upper) {
		doc_header(doc, upper, kind);
		doc_header(doc, committee, period);
	} else {
		doc_header(doc, committee, kind);
		doc_header(doc, "", period);
	}
	free(upper);
}

static void columns(struct doc_column *cols, int n, char (*heads)[64])
{
	cols[0] = (struct doc_column){ "Verksamhet", 10, 30, DOC_LEFT, DOC_WRAP };
	for (int k = 0; k < n; k++)
		cols[k + 1] = (struct doc_column){ heads[k], 6, 0, DOC_RIGHT, DOC_CUT };
}

enum nd_err report_doc_build(struct nd_db *db, const struct report_head *heads, size_t n,
			     const char *organisation, struct nd_doc **out)
{
	struct nd_doc *doc = doc_new("Månadsuppföljning");
	static const bool all[RC_NCOLS] = { true, true, true, true, true, true };
	enum nd_err e = ND_OK;
	char line[400], period[16];
	*out = NULL;
	if (!doc)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	for (size_t i = 0; i < n && !e; i++) {
		const struct report_head *h = &heads[i];
		struct doc_column cols[RC_NCOLS + 1];
		char label[RC_NCOLS][64];
		struct table_ctx t = { doc, RC_NCOLS, h->cents ? 2 : 0 };
		snprintf(period, sizeof period, "%04d-%02d", h->year, h->month);
		if (i > 0)
			doc_page_break(doc);
		head(doc, organisation, h->committee, "MÅNADSUPPFÖLJNING", period);
		if (i == 0) {
			snprintf(line, sizeof line, "Månadsuppföljning %s %s", h->committee, period);
			doc_info(doc, line, organisation && *organisation ? organisation : h->committee,
				 "Budgetuppföljning");
		}
		snprintf(line, sizeof line, "Månadsuppföljning per %s %d — %s (%s)",
			 date_month_name(h->month), h->year, h->committee, sv_unit_name(h->unit));
		doc_heading(doc, line);
		for (int k = 0; k < RC_NCOLS; k++) {
			snprintf(label[k], sizeof label[k], "%s %s",
				 report_col_head((enum report_col)k, 0),
				 report_col_head((enum report_col)k, 1));
		}
		columns(cols, RC_NCOLS, label);
		doc_table_begin(doc, RC_NCOLS + 1, cols);
		doc_table_negative_red(doc, 1 + RC_AVV_ACK);
		doc_table_negative_red(doc, 1 + RC_AVV_PROGNOS);
		put_row(&t, REPORT_TOTAL_LABEL, false, h->total, all);
		if ((e = report_rows(db, h->id, report_row_cb, &t)))
			break;
		if (h->comment)
			doc_para(doc, h->comment);
		if (h->comments) {
			doc_heading(doc, "Kommentarer per område");
			if ((e = report_rows(db, h->id, comment_cb, doc)))
				break;
		}
		/* The deviations per area as bars, on a page of their own, when
		 * the areas fit one. */
		if (h->nlines > 0 && h->nlines <= CHART_AREAS_MAX) {
			const char *series[2] = { report_col_label(RC_AVV_ACK),
						  report_col_label(RC_AVV_PROGNOS) };
			snprintf(line, sizeof line, "Avvikelse per område (%s)", sv_unit_name(h->unit));
			doc_chart_begin(doc, line, 2, series);
			e = report_rows(db, h->id, chart_cb, doc);
		}
	}
	if (!e)
		e = doc_status(doc);
	if (e) {
		doc_free(doc);
		return e;
	}
	*out = doc;
	return ND_OK;
}

/* The budget table's rows: the figures of the columns it shows. */
struct budget_ctx {
	struct table_ctx t;
	int shown[BC_ALL];
};

static int budget_row_cb(void *ctx, const struct report_row *r)
{
	struct budget_ctx *b = ctx;
	int64_t v[BC_ALL];
	bool has[BC_ALL];
	budget_pick(b->shown, b->t.ncols, r->v, r->has, v, has);
	put_row(&b->t, r->area, false, v, has);
	return 0;
}

enum nd_err budget_doc_build(struct nd_db *db, const struct budget_head *h,
			     const char *organisation, struct nd_doc **out)
{
	struct nd_doc *doc = doc_new("Budget");
	static const bool all[BC_ALL] = { true, true, true, true, true, true };
	struct doc_column cols[BC_ALL + 1];
	char label[BC_ALL][64], line[400], years[16];
	struct budget_ctx b = { { doc, 0, h->cents ? 2 : 0 }, { 0 } };
	int64_t total[BC_ALL];
	bool has[BC_ALL];
	int last;
	enum nd_err e;
	*out = NULL;
	if (!doc)
		return nd_fail(ND_ENOMEM, "Minnet räckte inte.");
	b.t.ncols = budget_shown(h, b.shown, &last);
	snprintf(years, sizeof years, "%d–%d", h->year, last);
	head(doc, organisation, h->committee, "BUDGET", years);
	snprintf(line, sizeof line, "Budget %s %s", h->committee, years);
	doc_info(doc, line, organisation && *organisation ? organisation : h->committee,
		 "Nämndplanens budget per verksamhetsområde");
	snprintf(line, sizeof line, "Budget per verksamhetsområde %s — %s (%s)", years,
		 h->committee, sv_unit_name(h->unit));
	doc_heading(doc, line);
	for (int j = 0; j < b.t.ncols; j++)
		snprintf(label[j], sizeof label[0], "%s %d",
			 budget_col_word((enum budget_col)b.shown[j]),
			 h->year + budget_col_offset((enum budget_col)b.shown[j]));
	columns(cols, b.t.ncols, label);
	doc_table_begin(doc, b.t.ncols + 1, cols);
	budget_pick(b.shown, b.t.ncols, h->total, all, total, has);
	if ((e = budget_rows(db, h->id, budget_row_cb, &b)) == ND_OK) {
		put_row(&b.t, REPORT_TOTAL_LABEL, false, total, has);
		if (h->comment)
			doc_para(doc, h->comment);
		e = doc_status(doc);
	}
	if (e) {
		doc_free(doc);
		return e;
	}
	*out = doc;
	return ND_OK;
}
