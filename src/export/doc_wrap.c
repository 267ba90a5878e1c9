/* Line breaking by display width, and the text widths of table columns.
 * Shared by the text and xlsx renderers. */
#include "doc_impl.h"

#include <stdint.h>
#include <string.h>

#include "namnd/text.h"

/* Width of the first len bytes of s. */
static size_t width_n(const char *s, size_t len)
{
	size_t i = 0, w = 0, n;
	uint32_t cp;
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			w++;
		} else {
			w += (size_t)text_cp_width(cp);
		}
		i += n;
	}
	return w;
}

/* Bytes of the first len bytes of s that fit in cols columns; zero-width
 * marks after the last character that fits still fit. */
static size_t fit_n(const char *s, size_t len, size_t cols)
{
	size_t i = 0, used = 0, n;
	uint32_t cp;
	while (i < len) {
		int w = 1;
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			n = 1;
		else
			w = text_cp_width(cp);
		if (used + (size_t)w > cols)
			break;
		used += (size_t)w;
		i += n;
	}
	return i;
}

static void emit(doc_line_fn fn, void *ctx, const char *s, size_t len, bool hyphen)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (fn)
		fn(ctx, s, len, hyphen);
}

size_t doc_wrap(const char *text, size_t len, size_t width, doc_line_fn fn, void *ctx)
{
	size_t i = 0, count = 0;
	if (width < 1)
		width = 1;
	if (len == 0) {
		emit(fn, ctx, text, 0, false);
		return 1;
	}
	while (i < len) {
		const char *rest = text + i;
		size_t rlen = len - i;
		if (width_n(rest, rlen) <= width) {
			emit(fn, ctx, rest, rlen, false);
			return count + 1;
		}
		size_t fit = fit_n(rest, rlen, width), end = 0, next = 0;
		/* The last break that leaves the line within width: before a
		 * space (the space goes), or after a hyphen inside a word. */
		for (size_t p = 1; p <= fit && p < rlen; p++) {
			if (rest[p] == ' ' && rest[p - 1] != ' ') {
				end = p;
				next = p;
			} else if (p < fit && rest[p] == '-' && rest[p - 1] != ' ' &&
				   rest[p + 1] != ' ') {
				end = p + 1;
				next = p + 1;
			}
		}
		if (end > 0) {
			emit(fn, ctx, rest, end, false);
		} else {
			/* One word wider than the line: cut it, with a hyphen
			 * when there is room for one. */
			size_t cut = fit_n(rest, rlen, width > 1 ? width - 1 : 1);
			if (cut == 0) {
				uint32_t cp;
				cut = utf8_decode(rest, rlen, &cp);
				if (cut == 0)
					cut = 1;
			}
			emit(fn, ctx, rest, cut, width > 1);
			next = cut;
		}
		count++;
		i += next;
		while (i < len && text[i] == ' ')
			i++;
	}
	return count;
}

size_t doc_wrap_lines(const char *text, size_t width, doc_line_fn fn, void *ctx)
{
	size_t count = 0;
	const char *p = text;
	for (const char *nl; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		count += doc_wrap(p, (size_t)(nl - p), width, fn, ctx);
	return count + doc_wrap(p, strlen(p), width, fn, ctx);
}

/* Widest line of a cell, in columns. */
static size_t cell_width(const char *s)
{
	size_t w = 0;
	for (const char *p = s;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		size_t lw = width_n(p, n);
		if (lw > w)
			w = lw;
		if (!nl)
			return w;
		p = nl + 1;
	}
}

/* Widest word (run without spaces or newlines) of a cell, in columns. */
static int longest_word(const char *s)
{
	size_t w = 0;
	while (s && *s) {
		size_t n = strcspn(s, " \n");
		size_t ww = width_n(s, n);
		if (ww > w)
			w = ww;
		s += n;
		s += strspn(s, " \n");
	}
	return w > (size_t)DOC_WIDTH_MAX ? DOC_WIDTH_MAX : (int)w;
}

/* The width column c may shrink to: its minimum, or in the first pass
 * its longest word when it keeps words whole. */
static int floor_of(const struct doc_block *b, int c, bool keep)
{
	int floor = b->cols[c].min > 1 ? b->cols[c].min : 1;
	if (keep && b->cols[c].wrap == DOC_WRAP_WORDS)
		for (size_t r = 0; r < b->nrows; r++) {
			int ww = longest_word(b->cells[r * (size_t)b->ncols + (size_t)c]);
			if (ww > floor)
				floor = ww;
		}
	return floor;
}

void doc_table_widths(const struct doc_block *b, int width, int *out)
{
	int n = b->ncols, total = 0, floors[DOC_COLS_MAX];
	for (int c = 0; c < n; c++) {
		size_t w = b->has_header ? cell_width(b->cols[c].header) : 0;
		for (size_t r = 0; r < b->nrows; r++) {
			size_t cw = cell_width(b->cells[r * (size_t)n + (size_t)c]);
			if (cw > w)
				w = cw;
		}
		if (w > (size_t)DOC_WIDTH_MAX)
			w = DOC_WIDTH_MAX;
		int wi = (int)w;
		if (wi < b->cols[c].min)
			wi = b->cols[c].min;
		if (b->cols[c].max > 0 && wi > b->cols[c].max)
			wi = b->cols[c].max;
		if (wi < 1)
			wi = 1;
		out[c] = wi;
		total += wi + (c > 0 ? 2 : 0);
	}
	/* Too wide for the page: the widest wrap column gives up a column
	 * at a time, down to its minimum; columns that keep words whole go
	 * below their longest word only when nothing else is left. */
	for (int pass = 0; pass < 2 && total > width; pass++) {
		for (int c = 0; c < n; c++)
			floors[c] = floor_of(b, c, pass == 0);
		while (total > width) {
			int pick = -1;
			for (int c = 0; c < n; c++)
				if (b->cols[c].wrap != DOC_CUT && out[c] > floors[c] &&
				    (pick < 0 || out[c] > out[pick]))
					pick = c;
			if (pick < 0)
				break;
			out[pick]--;
			total--;
		}
	}
}
