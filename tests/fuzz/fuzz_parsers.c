/* libFuzzer target for the text parsers of src/core: dnr, dates, times,
 * UTF-8 handling, Swedish numbers and CSV/TSV files. Checks properties, not just absence of crashes:
 * a parsed dnr formats and parses back to itself, sanitized text is valid
 * UTF-8 without control characters, truncation never exceeds its width,
 * a parsed number formats and parses back to itself, a parsed table has
 * valid UTF-8 cells without carriage returns on ascending lines, and a
 * month report or budget table read from it is either refused with
 * errors or clean. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/dnr.h"
#include "namnd/report.h"
#include "namnd/svnum.h"
#include "namnd/tabfile.h"
#include "namnd/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_number(const char *s)
{
	struct sv_num n, back;
	char buf[SV_NUM_BUF];
	if (sv_num_parse(s, &n) != ND_OK || n.empty)
		return;
	if (n.cents > SV_NUM_MAX || n.cents < -SV_NUM_MAX)
		abort();
	sv_num_format(n.cents, 2, buf, sizeof buf);
	if (sv_num_parse(buf, &back) != ND_OK || back.cents != n.cents)
		abort();
}

static void fuzz_table(const uint8_t *data, size_t size)
{
	struct tab_file *t = NULL;
	struct tab_opts o = { .cell_max = 256, .allow_ragged = size % 2 };
	size_t lines = 1, prev = 0;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r';
	if (tab_parse((const char *)data, size, &o, &t) != ND_OK) {
		if (t)
			abort();
		return;
	}
	for (size_t r = 0; r < t->nrows; r++) {
		const struct tab_row *row = &t->rows[r];
		if (row->line <= prev || row->line > lines || row->ncells > t->width)
			abort();
		prev = row->line;
		for (size_t c = 0; c < row->ncells; c++) {
			size_t n = strlen(row->cells[c]);
			if (n > o.cell_max || !text_valid_utf8(row->cells[c], n) ||
			    memchr(row->cells[c], '\r', n))
				abort();
		}
	}
	/* A month report read from it: accepted means areas, no errors,
	 * names that are clean one-line text. */
	for (int budget = 0; budget < 2; budget++) {
		struct report_data *d = NULL;
		enum nd_err e = budget ? budget_parse(t, NULL, &d) : report_parse(t, NULL, &d);
		if (d && e == ND_OK) {
			if (d->nlines == 0 || d->errors.n)
				abort();
			for (size_t i = 0; i < d->nlines; i++) {
				const char *a = d->lines[i].area;
				if (!*a || !text_valid_utf8(a, strlen(a)) || strchr(a, '\n'))
					abort();
			}
		} else if (d && e == ND_EINVAL && d->errors.n == 0) {
			abort();
		}
		report_data_free(d);
	}
	tab_free(t);
}

/* Every dnr found in running text lies inside it and parses. */
static void scan_token(void *ctx, const char *start, size_t len)
{
	const char *s = ctx;
	char tok[128];
	struct nd_dnr d;
	if (start < s || start + len > s + strlen(s) || len == 0)
		abort();
	if (len < sizeof tok) {
		memcpy(tok, start, len);
		tok[len] = '\0';
		if (dnr_parse(tok, &d) != ND_OK)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	struct nd_dnr d, back;
	if (dnr_parse(s, &d) == ND_OK) {
		char buf[96];
		if (dnr_format(&d, DNR_DEFAULT_PATTERN, buf, sizeof buf) != ND_OK ||
		    dnr_parse(buf, &back) != ND_OK || back.year != d.year ||
		    back.number != d.number || strcmp(back.series, d.series) != 0)
			abort();
	}
	struct nd_date date;
	if (date_parse(s, &date) == ND_OK) {
		char buf[11];
		date_format(date, buf);
		if (strcmp(buf, s) != 0 || !date_valid(date))
			abort();
	}
	int min;
	if (time_parse(s, &min) == ND_OK && (min < 0 || min > 1439))
		abort();

	int from, to;
	if (time_range_parse(s, &from, &to) == ND_OK &&
	    (from < 0 || from > 1439 || to < 0 || to > 1439))
		abort();
	dnr_scan(s, scan_token, s);
	text_placeholder(s);
	fuzz_number(s);
	fuzz_table(data, size);

	char *clean = text_sanitize(s, size % 2);
	if (clean) {
		size_t n = strlen(clean);
		if (!text_valid_utf8(clean, n))
			abort();
		for (size_t i = 0; i < n;) {
			uint32_t cp;
			size_t k = utf8_decode(clean + i, n - i, &cp);
			if (k == 0 || (text_is_control(cp) && cp != '\n'))
				abort();
			i += k;
		}
		char *cut = text_truncate(clean, size % 40);
		if (cut && text_width(cut) > size % 40)
			abort();
		free(cut);
	}
	free(clean);
	free(s);
	return 0;
}
