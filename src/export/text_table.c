/* Aligned text tables of money (see text_table.h). */
#include "text_table.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

static void pad(FILE *f, size_t n)
{
	while (n--)
		fputc(' ', f);
}

void text_table_init(struct text_table *t, FILE *out, size_t area_width, bool cents)
{
	t->out = out;
	t->decimals = cents ? 2 : 0;
	t->label_w = area_width < TT_LABEL_MAX ? area_width : TT_LABEL_MAX;
	if (t->label_w < strlen(TT_HEAD_LABEL))
		t->label_w = strlen(TT_HEAD_LABEL);
	for (int k = 0; k < t->ncols; k++) {
		size_t a = text_width(t->head[k][0]), b = text_width(t->head[k][1]);
		t->col_w[k] = a > b ? a : b;
	}
}

void text_table_measure(struct text_table *t, const int64_t *v, const bool *has)
{
	char buf[SV_NUM_BUF];
	for (int k = 0; k < t->ncols; k++) {
		size_t n = has[k] ? sv_num_format(v[k], t->decimals, buf, sizeof buf) : 0;
		if (n > t->col_w[k])
			t->col_w[k] = n;
	}
}

void text_table_heading(struct text_table *t)
{
	for (int part = 0; part < 2; part++) {
		const char *l = part == 0 ? TT_HEAD_LABEL : "";
		fputs(l, t->out);
		pad(t->out, t->label_w - strlen(l));
		for (int k = 0; k < t->ncols; k++) {
			const char *s = t->head[k][part];
			pad(t->out, 2 + t->col_w[k] - text_width(s));
			fputs(s, t->out);
		}
		fputc('\n', t->out);
	}
}

/* Bytes of s that fit in w columns, broken after a space when the text
 * goes on; never 0 while text remains. */
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

static void put_numbers(struct text_table *t, const int64_t *v, const bool *has)
{
	char buf[SV_NUM_BUF];
	for (int k = 0; k < t->ncols; k++) {
		size_t n = has[k] ? sv_num_format(v[k], t->decimals, buf, sizeof buf) : 0;
		pad(t->out, 2 + t->col_w[k] - n);
		fwrite(buf, 1, n, t->out);
	}
}

void text_table_row(struct text_table *t, const char *label, size_t indent,
		    const int64_t *v, const bool *has)
{
	char *clean = text_sanitize(label, false), empty[1] = "";
	char *s = clean ? clean : empty;
	bool first = true;
	do {
		/* Continuation lines hang two columns in. */
		size_t in = first ? indent : indent + 2;
		size_t n = wrap_at(s, t->label_w > in ? t->label_w - in : 1), w;
		char save = s[n];
		s[n] = '\0';
		pad(t->out, in);
		fputs(s, t->out);
		w = in + text_width(s);
		s[n] = save;
		if (first) {
			pad(t->out, t->label_w > w ? t->label_w - w : 0);
			put_numbers(t, v, has);
		}
		fputc('\n', t->out);
		first = false;
		s += n;
		while (*s == ' ')
			s++;
	} while (*s);
	free(clean);
}
