/* The month report as aligned text, for pasting into the
 * tjänsteutlåtande:
 *
 *   Månadsuppföljning per oktober 2023 — Utbildningsnämnden (tkr)
 *   (blank)
 *   Verksamhet   Budget    Utfall  …      two heading lines, the numbers'
 *                 (ack)     (ack)  …      columns right-aligned
 *   Totalt     -795 480  -792 815  …
 *   area lines; sub-areas indented two spaces
 *
 * The area column is as wide as the widest area, at most LABEL_MAX
 * columns (longer names wrap at spaces onto lines indented two more
 * columns, the numbers on the first line);
 * each number column is two spaces and then as wide as its widest
 * heading or number. Numbers are Swedish ("-795 480"), with two decimals
 * for every number when any figure has them. Comments follow the table. */
#include "namnd/report.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/text.h"

#define LABEL_MAX 30
#define HEAD_LABEL "Verksamhet"

struct text_ctx {
	FILE *out;
	int decimals;
	size_t label_w;
	size_t col_w[RC_NCOLS];
	bool comments_seen;
};

static void pad(FILE *f, size_t n)
{
	while (n--)
		fputc(' ', f);
}

/* Width pass: the widest number of each column. */
static int measure(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	char buf[SV_NUM_BUF];
	for (int k = 0; k < RC_NCOLS; k++) {
		size_t n = r->has[k] ? sv_num_format(r->v[k], c->decimals, buf, sizeof buf) : 0;
		if (n > c->col_w[k])
			c->col_w[k] = n;
	}
	return 0;
}

/* Bytes of s (at most len) that fit in w columns, broken after a space
 * when the text goes on; never 0 while text remains. */
static size_t wrap_at(const char *s, size_t w)
{
	size_t fit = text_fit_bytes(s, w), cut = 0;
	if (s[fit] == '\0')
		return fit;
	for (size_t i = 0; i <= fit; i++)
		if (s[i] == ' ')
			cut = i;
	if (cut)
		return cut;
	if (fit)
		return fit;
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp);
	return n ? n : 1;
}

static void put_numbers(struct text_ctx *c, const int64_t *v, const bool *has)
{
	char buf[SV_NUM_BUF];
	for (int k = 0; k < RC_NCOLS; k++) {
		size_t n = has[k] ? sv_num_format(v[k], c->decimals, buf, sizeof buf) : 0;
		pad(c->out, 2 + c->col_w[k] - n);
		fwrite(buf, 1, n, c->out);
	}
}

/* One row: the label (wrapped within label_w after indent) and numbers. */
static void put_row(struct text_ctx *c, const char *label, size_t indent, const int64_t *v,
		    const bool *has)
{
	char *clean = text_sanitize(label, false), empty[1] = "";
	char *s = clean ? clean : empty;
	bool first = true;
	do {
		/* Continuation lines hang two columns in. */
		size_t in = first ? indent : indent + 2;
		size_t n = wrap_at(s, c->label_w > in ? c->label_w - in : 1), w;
		char save = s[n];
		s[n] = '\0';
		pad(c->out, in);
		fputs(s, c->out);
		w = in + text_width(s);
		s[n] = save;
		if (first) {
			pad(c->out, c->label_w > w ? c->label_w - w : 0);
			put_numbers(c, v, has);
		}
		fputc('\n', c->out);
		first = false;
		s += n;
		while (*s == ' ')
			s++;
	} while (*s);
	free(clean);
}

static int write_row(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	put_row(c, r->area, r->in_group ? 2 : 0, r->v, r->has);
	c->comments_seen |= r->comment != NULL;
	return 0;
}

static int write_comment(void *ctx, const struct report_row *r)
{
	struct text_ctx *c = ctx;
	if (!r->comment)
		return 0;
	char *area = text_sanitize(r->area, false), *text = text_sanitize(r->comment, true);
	fprintf(c->out, "%s: %s\n", area ? area : "", text ? text : "");
	free(area);
	free(text);
	return 0;
}

enum nd_err report_write_text(struct nd_db *db, const struct report_head *h, FILE *out)
{
	struct text_ctx c = { .out = out, .decimals = h->cents ? 2 : 0 };
	static const bool all[RC_NCOLS] = { true, true, true, true, true, true };
	enum nd_err e;
	char *name = text_sanitize(h->committee, false);

	c.label_w = h->area_width < LABEL_MAX ? h->area_width : LABEL_MAX;
	if (c.label_w < strlen(HEAD_LABEL))
		c.label_w = strlen(HEAD_LABEL);
	for (int k = 0; k < RC_NCOLS; k++) {
		size_t a = text_width(report_col_head((enum report_col)k, 0));
		size_t b = text_width(report_col_head((enum report_col)k, 1));
		c.col_w[k] = a > b ? a : b;
	}
	struct report_row total = { .area = REPORT_TOTAL_LABEL };
	memcpy(total.v, h->total, sizeof total.v);
	memcpy(total.has, all, sizeof total.has);
	measure(&c, &total);
	if ((e = report_rows(db, h->id, measure, &c)))
		goto out;

	fprintf(out, "Månadsuppföljning per %s %d — %s (%s)\n\n", date_month_name(h->month),
		h->year, name ? name : "", sv_unit_name(h->unit));
	for (int part = 0; part < 2; part++) {
		const char *l = part == 0 ? HEAD_LABEL : "";
		fputs(l, out);
		pad(out, c.label_w - strlen(l));
		for (int k = 0; k < RC_NCOLS; k++) {
			const char *s = report_col_head((enum report_col)k, part);
			pad(out, 2 + c.col_w[k] - text_width(s));
			fputs(s, out);
		}
		fputc('\n', out);
	}
	put_row(&c, REPORT_TOTAL_LABEL, 0, h->total, all);
	if ((e = report_rows(db, h->id, write_row, &c)))
		goto out;
	if (h->comment) {
		char *text = text_sanitize(h->comment, true);
		fprintf(out, "\n%s\n", text ? text : "");
		free(text);
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
