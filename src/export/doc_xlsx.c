/* The xlsx rendering (libxlsxwriter): one worksheet, A4 portrait fitted to
 * the page width, the tables' header row repeated on every page. Formats
 * are made once per workbook and reused. Every text is written as a
 * string (worksheet_write_string or a merged range), never a formula;
 * whole numbers in a right-aligned table column are numbers. */
#include "doc_impl.h"

#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "namnd/text.h"
#include "lazy_xlsx.h"

#define WRAP_MAX 50      /* widest wrap column, characters */
#define LINE_POINTS 15.0 /* one line of Calibri 11 */
#define XLSX_STR_MAX 32000
#define BREAKS_MAX 100

struct xl {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *hdr[2][2];  /* [first line][right] */
	lxw_format *heading, *wrap, *head, *cell[2][2], *sign, *rule;
	int ncols;
	double colw[DOC_COLS_MAX];
	lxw_row_t row;
	lxw_row_t breaks[BREAKS_MAX + 1];
	int nbreaks;
	bool repeat_done;
	lxw_error err;
};

static void check(struct xl *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->err == LXW_NO_ERROR)
		x->err = e;
}

/* Excel keeps at most 32767 characters in a cell: longer text is cut at
 * a character boundary. Returns s itself or a malloc'ed copy (*owned). */
static const char *cell_text(const char *s, char **owned)
{
	size_t n = strlen(s);
	*owned = NULL;
	if (n <= XLSX_STR_MAX)
		return s;
	n = XLSX_STR_MAX;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	*owned = malloc(n + 1);
	if (!*owned)
		return "";
	memcpy(*owned, s, n);
	(*owned)[n] = '\0';
	return *owned;
}

/* Text in the cells c1..c2 of the current row (merged when more than one). */
static void put(struct xl *x, int c1, int c2, const char *s, lxw_format *f)
{
	char *owned;
	const char *t = cell_text(s, &owned);
	if (c2 > c1)
		check(x, worksheet_merge_range(x->ws, x->row, (lxw_col_t)c1, x->row,
					       (lxw_col_t)c2, t, f));
	else if (*t)
		check(x, worksheet_write_string(x->ws, x->row, (lxw_col_t)c1, t, f));
	free(owned);
}

static double span_width(const struct xl *x, int c1, int c2)
{
	double w = 0;
	for (int c = c1; c <= c2; c++)
		w += x->colw[c];
	return w;
}

/* A merged cell does not grow with its text: give the row the height of
 * the text wrapped at the span's width. */
static void fit_row(struct xl *x, int c1, int c2, const char *s)
{
	double w = span_width(x, c1, c2) - 1;
	size_t lines = doc_wrap_lines(s, w > 1 ? (size_t)w : 1, NULL, NULL);
	if (lines > 1)
		check(x, worksheet_set_row(x->ws, x->row, LINE_POINTS * (double)lines, NULL));
}

/* Columns: the tables' columns (widest over all tables); a document
 * without tables gets a label column and a value column. */
static void layout(struct xl *x, const struct nd_doc *doc)
{
	x->ncols = 0;
	for (size_t i = 0; i < doc->n; i++) {
		const struct doc_block *b = &doc->blocks[i];
		int w[DOC_COLS_MAX];
		if (b->kind != B_TABLE)
			continue;
		doc_table_widths(b, DOC_WIDTH_MAX, w);
		for (int c = 0; c < b->ncols; c++) {
			if (b->cols[c].wrap != DOC_CUT && b->cols[c].max == 0 && w[c] > WRAP_MAX)
				w[c] = WRAP_MAX;
			if (w[c] + 2 > x->colw[c])
				x->colw[c] = w[c] + 2;
		}
		if (b->ncols > x->ncols)
			x->ncols = b->ncols;
	}
	if (x->ncols == 0) {
		double lw = 10;
		for (size_t i = 0; i < doc->n; i++) {
			const struct doc_block *b = &doc->blocks[i];
			if (b->kind != B_FIELDS && b->kind != B_SIGN)
				continue;
			for (size_t k = 0; k < b->nlines; k++)
				if (b->lines[k].a && (double)text_width(b->lines[k].a) + 2 > lw)
					lw = (double)text_width(b->lines[k].a) + 2;
		}
		x->colw[0] = lw > 32 ? 32 : lw;
		x->colw[1] = 70;
		x->ncols = 2;
	}
	if (x->ncols == 1) {
		x->colw[1] = 40;
		x->ncols = 2;
	}
	for (int c = 0; c < x->ncols; c++)
		check(x, worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, x->colw[c],
					      NULL));
}

/* The last column of the label span: labels of width lw need that many
 * columns from A, leaving at least one column for the value. */
static int label_span(const struct xl *x, size_t lw)
{
	int k = 0;
	while (k < x->ncols - 2 && span_width(x, 0, k) < (double)lw + 1)
		k++;
	return k;
}

static void formats(struct xl *x)
{
	lxw_workbook *wb = x->wb;
	for (int first = 0; first < 2; first++)
		for (int right = 0; right < 2; right++) {
			lxw_format *f = workbook_add_format(wb);
			if (first)
				format_set_bold(f);
			if (right)
				format_set_align(f, LXW_ALIGN_RIGHT);
			x->hdr[first][right] = f;
		}
	x->heading = workbook_add_format(wb);
	format_set_bold(x->heading);
	format_set_font_size(x->heading, 12);
	x->wrap = workbook_add_format(wb);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	x->head = workbook_add_format(wb);
	format_set_bold(x->head);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_TOP);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	for (int wrap = 0; wrap < 2; wrap++)
		for (int right = 0; right < 2; right++) {
			lxw_format *f = workbook_add_format(wb);
			if (wrap)
				format_set_text_wrap(f);
			format_set_align(f, right ? LXW_ALIGN_RIGHT : LXW_ALIGN_LEFT);
			format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
			x->cell[wrap][right] = f;
		}
	x->sign = workbook_add_format(wb);
	format_set_top(x->sign, LXW_BORDER_THIN);
	x->rule = workbook_add_format(wb);
	format_set_bottom(x->rule, LXW_BORDER_THIN);
}

static void put_header(struct xl *x, const struct doc_block *b)
{
	for (size_t i = 0; i < b->nlines; i++, x->row++) {
		int first = i == 0;
		put(x, 0, x->ncols - 2, b->lines[i].a, x->hdr[first][0]);
		if (b->lines[i].b && *b->lines[i].b)
			put(x, x->ncols - 1, x->ncols - 1, b->lines[i].b, x->hdr[first][1]);
	}
}

static void put_fields(struct xl *x, const struct doc_block *b)
{
	size_t lw = (size_t)b->label_width;
	for (size_t i = 0; b->label_width == 0 && i < b->nlines; i++)
		if (b->lines[i].a && text_width(b->lines[i].a) > lw)
			lw = text_width(b->lines[i].a);
	int k = label_span(x, lw);
	for (size_t i = 0; i < b->nlines; i++, x->row++) {
		if (b->lines[i].a)
			put(x, 0, k, b->lines[i].a, x->hdr[1][0]);
		put(x, k + 1, x->ncols - 1, b->lines[i].b, x->wrap);
		fit_row(x, k + 1, x->ncols - 1, b->lines[i].b);
	}
}

/* s is an optional '-' and 1..15 digits, nothing else. */
static bool whole_number(const char *s, long long *v)
{
	size_t i, n = 0;
	long long r = 0;
	if (!s)
		return false;
	for (i = s[0] == '-'; s[i] >= '0' && s[i] <= '9' && n < 16; i++, n++)
		r = r * 10 + (s[i] - '0');
	if (n == 0 || n > 15 || s[i] != '\0')
		return false;
	*v = s[0] == '-' ? -r : r;
	return true;
}

/* Lines of s in column c: wrapped at a little less than the column's
 * width (a word that just fits by our count may not in the viewer's
 * font), or its '\n' lines when the column does not wrap. */
static size_t cell_lines(const struct xl *x, int c, const char *s, bool wrap)
{
	double w = x->colw[c] - 1;
	if (!wrap) {
		size_t n = 1;
		for (const char *p = s; (p = strchr(p, '\n')) != NULL; p++)
			n++;
		return n;
	}
	return doc_wrap_lines(s, w > 1 ? (size_t)w : 1, NULL, NULL);
}

static void put_table(struct xl *x, const struct doc_block *b)
{
	if (b->has_header) {
		size_t lines = 1;
		for (int c = 0; c < b->ncols; c++) {
			check(x, worksheet_write_string(x->ws, x->row, (lxw_col_t)c,
							b->cols[c].header, x->head));
			size_t n = cell_lines(x, c, b->cols[c].header, true);
			if (n > lines)
				lines = n;
		}
		if (lines > 1)
			check(x, worksheet_set_row(x->ws, x->row, LINE_POINTS * (double)lines, NULL));
		if (!x->repeat_done)
			check(x, worksheet_repeat_rows(x->ws, x->row, x->row));
		x->repeat_done = true;
		x->row++;
	}
	for (size_t r = 0; r < b->nrows; r++, x->row++) {
		size_t lines = 1;
		for (int c = 0; c < b->ncols; c++) {
			const char *s = b->cells[r * (size_t)b->ncols + (size_t)c];
			bool wrap = b->cols[c].wrap != DOC_CUT, right = b->cols[c].align == DOC_RIGHT;
			lxw_format *f = x->cell[wrap][right];
			long long v;
			if (right && whole_number(s, &v))
				check(x, worksheet_write_number(x->ws, x->row, (lxw_col_t)c,
								(double)v, f));
			else
				put(x, c, c, s, f);
			size_t n = cell_lines(x, c, s, wrap);
			if (n > lines)
				lines = n;
		}
		/* A spreadsheet keeps a row one line high unless told; printed,
		 * a wrapped cell then runs into the rows below it. */
		if (lines > 1)
			check(x, worksheet_set_row(x->ws, x->row, LINE_POINTS * (double)lines, NULL));
	}
}

static void put_block(struct xl *x, const struct doc_block *b)
{
	int last = x->ncols - 1;
	switch (b->kind) {
	case B_HEADER:
		put_header(x, b);
		break;
	case B_HEADING:
		put(x, 0, last, b->text, x->heading);
		x->row++;
		break;
	case B_PARA:
		put(x, 0, last, b->text, x->wrap);
		fit_row(x, 0, last, b->text);
		x->row++;
		break;
	case B_LIST:
		for (size_t i = 0; i < b->nlines; i++, x->row++) {
			size_t n = strlen(b->lines[i].a) + 3;
			char *item = malloc(n);
			if (!item) {
				check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
				return;
			}
			snprintf(item, n, "- %s", b->lines[i].a);
			put(x, 0, last, item, x->wrap);
			fit_row(x, 0, last, item);
			free(item);
		}
		break;
	case B_FIELDS:
		put_fields(x, b);
		break;
	case B_TABLE:
		put_table(x, b);
		break;
	case B_SIGN: {
		size_t lw = 0;
		for (size_t i = 0; i < b->nlines; i++)
			if (text_width(b->lines[i].a) > lw)
				lw = text_width(b->lines[i].a);
		int k = label_span(x, lw);
		for (size_t i = 0; i < b->nlines; i++, x->row++) {
			/* Room to sign above the line. */
			check(x, worksheet_set_row(x->ws, x->row, 2 * LINE_POINTS, NULL));
			put(x, 0, k, b->lines[i].a, x->hdr[1][0]);
			put(x, k + 1, last, b->lines[i].b, x->sign);
		}
		break;
	}
	case B_SEP:
		for (int c = 0; c <= last; c++)
			check(x, worksheet_write_blank(x->ws, x->row, (lxw_col_t)c, x->rule));
		x->row++;
		break;
	case B_PAGE:
		if (x->nbreaks < BREAKS_MAX && x->row > 0)
			x->breaks[x->nbreaks++] = x->row;
		break;
	case B_CHART: /* the PDF's; a sheet's own charts are report_xlsx.c's */
		break;
	}
}

/* Excel's rules for sheet names: at most 31 characters, none of []:*?/\. */
static void sheet_name(const char *name, char *buf, size_t size)
{
	size_t o = 0, chars = 0;
	for (const char *p = name; *p && chars < 31 && o + 5 < size; p++) {
		if (strchr("[]:*?/\\'", *p))
			continue;
		if (((unsigned char)*p & 0xC0) != 0x80)
			chars++;
		buf[o++] = *p;
	}
	/* Never end inside a character: drop a partial sequence. */
	while (o > 0 && ((unsigned char)buf[o - 1] & 0x80) &&
	       !text_valid_utf8(buf, o))
		o--;
	buf[o] = '\0';
	if (o == 0)
		snprintf(buf, size, "Dokument");
}

enum nd_err doc_render_xlsx(const struct nd_doc *doc, const char *path)
{
	struct xl x;
	char name[160];
	bool gap = false;
	memset(&x, 0, sizeof x);
	enum nd_err le = lazy_load(&lazy_xlsx_group);
	if (le)
		return le;
	x.wb = workbook_new(path);
	if (!x.wb)
		return nd_fail(ND_EIO, "Kunde inte skapa xlsx-filen %s.", path);
	sheet_name(doc->name, name, sizeof name);
	x.ws = workbook_add_worksheet(x.wb, name);
	if (!x.ws) {
		workbook_close(x.wb);
		return nd_fail(ND_EIO, "Kunde inte skapa kalkylbladet i %s.", path);
	}
	lxw_doc_properties props = { 0 };
	props.title = doc->name;
	props.author = "namnd";
	check(&x, workbook_set_properties(x.wb, &props));
	formats(&x);
	layout(&x, doc);
	for (size_t i = 0; i < doc->n; i++) {
		const struct doc_block *b = &doc->blocks[i];
		if (b->kind == B_PAGE) {
			put_block(&x, b);
			continue;
		}
		if (b->kind == B_CHART)
			continue;
		if (gap)
			x.row++;
		put_block(&x, b);
		gap = b->kind != B_HEADING;
	}
	worksheet_set_paper(x.ws, 9); /* A4 */
	worksheet_set_portrait(x.ws);
	worksheet_fit_to_pages(x.ws, 1, 0);
	worksheet_set_margins(x.ws, 0.7, 0.7, 0.75, 0.75);
	check(&x, worksheet_set_footer(x.ws, "&C&P (&N)"));
	if (x.nbreaks > 0)
		check(&x, worksheet_set_h_pagebreaks(x.ws, x.breaks));
	lxw_error close = workbook_close(x.wb);
	if (x.err == LXW_NO_ERROR)
		x.err = close;
	if (x.err != LXW_NO_ERROR)
		return nd_fail(ND_EIO, "Kunde inte skriva xlsx-filen %s: %s.", path,
			       lxw_strerror(x.err));
	return ND_OK;
}
