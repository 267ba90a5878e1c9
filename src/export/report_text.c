/* The month report as aligned text, for pasting into the
 * tjänsteutlåtande (layout rules in text_table.h):
 *
 *   Månadsuppföljning per oktober 2023 — Utbildningsnämnden (tkr)
 *   (blank)
 *   Verksamhet   Budget    Utfall  …      two heading lines
 *                 (ack)     (ack)  …
 *   Totalt     -795 480  -792 815  …
 *   area lines; sub-areas indented two spaces
 *
 * then the report's comment and the areas' comments. */
#include "namnd/report.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/text.h"
#include "doc_impl.h"
#include "text_table.h"

struct text_ctx {
	struct text_table t;
	bool comments_seen;
};

static void put_line(void *ctx, const char *s, size_t len, bool hyphen)
{
	fprintf(ctx, "%.*s%s\n", (int)len, s, hyphen ? "-" : "");
}

/* Comments wrap at the table's width, so the text pastes as one block. */
static size_t table_width(const struct text_table *t)
{
	size_t w = t->label_w;
	for (int k = 0; k < t->ncols; k++)
		w += 2 + t->col_w[k];
	return w;
}

static void write_wrapped(FILE *out, size_t width, const char *area, const char *comment)
{
	char *text = text_sanitize(comment, true), *line = NULL;
	if (text && area) {
		char *a = text_sanitize(area, false);
		size_t n = strlen(a ? a : "") + strlen(text) + 3;
		if ((line = malloc(n)) != NULL)
			snprintf(line, n, "%s: %s", a ? a : "", text);
		free(a);
	}
	const char *s = line ? line : text;
	if (s)
		doc_wrap_lines(s, width, put_line, out);
	free(line);
	free(text);
}

static int measure(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	text_table_measure(&c->t, r->v, r->has);
	return 0;
}

static int write_row(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	text_table_row(&c->t, r->area, r->in_group ? 2 : 0, r->v, r->has);
	c->comments_seen |= r->comment != NULL;
	return 0;
}

static int write_comment(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	if (r->comment)
		write_wrapped(c->t.out, table_width(&c->t), r->area, r->comment);
	return 0;
}

enum nd_err report_write_text(struct nd_db *db, const struct report_head *h, FILE *out)
{
	struct text_ctx c = { .t = { .ncols = RC_NCOLS } };
	static const bool all[RC_NCOLS] = { true, true, true, true, true, true };
	enum nd_err e;
	char *name = text_sanitize(h->committee, false);

	for (int k = 0; k < RC_NCOLS; k++)
		for (int part = 0; part < 2; part++)
			c.t.head[k][part] = report_col_head((enum report_col)k, part);
	text_table_init(&c.t, out, h->area_width, h->cents);
	text_table_measure(&c.t, h->total, all);
	if ((e = report_rows(db, h->id, measure, &c)))
		goto out;

	fprintf(out, "Månadsuppföljning per %s %d — %s (%s)\n\n", date_month_name(h->month),
		h->year, name ? name : "", sv_unit_name(h->unit));
	text_table_heading(&c.t);
	text_table_row(&c.t, REPORT_TOTAL_LABEL, 0, h->total, all);
	if ((e = report_rows(db, h->id, write_row, &c)))
		goto out;
	if (h->comment) {
		fputc('\n', out);
		write_wrapped(out, table_width(&c.t), NULL, h->comment);
	}
	if (c.comments_seen) {
		fputs("\nKommentarer per område\n", out);
		e = report_rows(db, h->id, write_comment, &c);
	}
out:
	free(name);
	if (!e && ferror(out))
		e = nd_fail(ND_EIO, "Kunde inte skriva texten.");
	return e;
}
