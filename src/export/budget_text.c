/* The nämndplan's budget table as aligned text (layout rules in
 * text_table.h), Totalt last as the nämndplan has it:
 *
 *   Budget per verksamhetsområde 2023–2024 — Utbildningsnämnden (tkr)
 *   (blank)
 *   Verksamhet            Prognos    Budget     Budget
 *                            2023      2023       2024
 *   Utvecklingsreserv      -8 078    -8 478    -10 103
 *   …
 *   Totalt               -954 463  -954 463 -1 010 299
 *
 * then the table's comment. A Bokslut N-1 column comes first and Plan
 * N+2 and N+3 last where the table has them; a Prognos no line has (a
 * multi-year table without one) is left out. */
#include "namnd/report.h"

#include <stdlib.h>

#include "namnd/text.h"
#include "text_table.h"

/* The table and the columns it shows (budget_shown): a row's figures are
 * picked into that order. */
struct btable {
	struct text_table t;
	int shown[BC_ALL];
};

static void pick(const struct btable *b, const int64_t *v, const bool *has, int64_t *ov,
		 bool *ohas)
{
	budget_pick(b->shown, b->t.ncols, v, has, ov, ohas);
}

static int measure(void *ctx, const struct report_row *r)
{
	struct btable *b = ctx;
	int64_t v[BC_ALL];
	bool has[BC_ALL];
	pick(b, r->v, r->has, v, has);
	text_table_measure(&b->t, v, has);
	return 0;
}

static int write_row(void *ctx, const struct report_row *r)
{
	struct btable *b = ctx;
	int64_t v[BC_ALL];
	bool has[BC_ALL];
	pick(b, r->v, r->has, v, has);
	text_table_row(&b->t, r->area, 0, v, has);
	return 0;
}

enum nd_err budget_write_text(struct nd_db *db, const struct budget_head *h, FILE *out)
{
	struct btable b = { .t = { .ncols = 0 } };
	static const bool all[BC_ALL] = { true, true, true, true, true, true };
	char years[BC_ALL][12];
	int64_t total[BC_ALL];
	bool has[BC_ALL];
	int last;
	enum nd_err e;
	char *name = text_sanitize(h->committee, false);

	b.t.ncols = budget_shown(h, b.shown, &last);
	for (int j = 0; j < b.t.ncols; j++) {
		enum budget_col k = (enum budget_col)b.shown[j];
		snprintf(years[j], sizeof years[0], "%d", h->year + budget_col_offset(k));
		b.t.head[j][0] = budget_col_word(k);
		b.t.head[j][1] = years[j];
	}
	pick(&b, h->total, all, total, has);
	text_table_init(&b.t, out, h->area_width, h->cents);
	text_table_measure(&b.t, total, has);
	if ((e = budget_rows(db, h->id, measure, &b)))
		goto out;
	fprintf(out, "Budget per verksamhetsområde %d–%d — %s (%s)\n\n", h->year, last,
		name ? name : "", sv_unit_name(h->unit));
	text_table_heading(&b.t);
	if ((e = budget_rows(db, h->id, write_row, &b)))
		goto out;
	text_table_row(&b.t, REPORT_TOTAL_LABEL, 0, total, has);
	if (h->comment) {
		char *text = text_sanitize(h->comment, true);
		fprintf(out, "\n%s\n", text ? text : "");
		free(text);
	}
out:
	free(name);
	if (!e && ferror(out))
		e = nd_fail(ND_EIO, "Kunde inte skriva texten.");
	return e;
}
