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
 * then the table's comment. */
#include "namnd/report.h"

#include <stdlib.h>

#include "namnd/text.h"
#include "text_table.h"

static int measure(void *ctx, const struct report_row *r)
{
	text_table_measure(ctx, r->v, r->has);
	return 0;
}

static int write_row(void *ctx, const struct report_row *r)
{
	text_table_row(ctx, r->area, 0, r->v, r->has);
	return 0;
}

enum nd_err budget_write_text(struct nd_db *db, const struct budget_head *h, FILE *out)
{
	struct text_table t = { .ncols = BC_NCOLS };
	static const bool all[BC_NCOLS] = { true, true, true };
	char years[BC_NCOLS][12];
	enum nd_err e;
	char *name = text_sanitize(h->committee, false);

	snprintf(years[BC_PROGNOS], sizeof years[0], "%d", h->year);
	snprintf(years[BC_BUDGET], sizeof years[0], "%d", h->year);
	snprintf(years[BC_BUDGET_NEXT], sizeof years[0], "%d", h->year + 1);
	t.head[BC_PROGNOS][0] = "Prognos";
	t.head[BC_BUDGET][0] = t.head[BC_BUDGET_NEXT][0] = "Budget";
	for (int k = 0; k < BC_NCOLS; k++)
		t.head[k][1] = years[k];
	text_table_init(&t, out, h->area_width, h->cents);
	text_table_measure(&t, h->total, all);
	if ((e = budget_rows(db, h->id, measure, &t)))
		goto out;
	fprintf(out, "Budget per verksamhetsområde %d–%d — %s (%s)\n\n", h->year, h->year + 1,
		name ? name : "", sv_unit_name(h->unit));
	text_table_heading(&t);
	if ((e = budget_rows(db, h->id, write_row, &t)))
		goto out;
	text_table_row(&t, REPORT_TOTAL_LABEL, 0, h->total, all);
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
