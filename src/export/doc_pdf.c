/* The PDF rendering (Cairo + Pango): A4 portrait as a kommun prints it.
 *
 * The document's first header block is the page head of every page:
 * organisation and committee at the left, the document's kind and its
 * date at the right, the page number "2 (5)" in the corner. The blocks
 * follow in reading order; a heading is kept on the page of the text it
 * heads, a table row is split only when it is taller than a page (its
 * cells go on line by line on the next) and a table's header row is
 * repeated on each page it continues on. Fonts are DejaVu, embedded by
 * Cairo.
 *
 * The same walk runs twice: first without drawing, to count the pages
 * ("1 (3)" needs the total), then drawing. Both passes measure text with
 * one Pango context whose metrics do not depend on the surface, so they
 * break lines and pages alike.
 *
 * Structure tags (cairo_tag_begin) make the PDF tagged: H1 for the
 * document's kind, H2/H3 for headings, P, L/LI, Table/TR/TH/TD. Tags
 * open at a page break are closed before it and opened again after it,
 * so the next page's head never lands inside a paragraph's or table's
 * structure (Cairo 1.16 cannot mark it as an artifact). */
#include "doc_impl.h"

#include "namnd/date.h"
#include "namnd/svnum.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lazy_pdf.h"

#define MM (72.0 / 25.4)
#define PAGE_W (210 * MM)
#define PAGE_H (297 * MM)
#define X0 (25 * MM)
#define X1 (PAGE_W - 18 * MM)
#define TEXT_W (X1 - X0)
#define Y_TOP (14 * MM)
#define Y_BOTTOM (PAGE_H - 16 * MM)

#define BLOCK_GAP 7.0     /* between blocks */
#define HEAD_GAP 2.0      /* after a heading */
#define COL_GAP 8.0       /* between table columns */
#define CELL_PAD 2.0      /* above and below a table cell */
#define CHAR_W 5.7        /* a digit of DejaVu Sans 9 (0.636 em): table widths */
#define NOMINAL_W 4.9     /* an average character of DejaVu Sans 9 */
#define SIGN_LINE 200.0   /* length of a signature line */
#define TAGS_MAX 8

enum font { F_BODY, F_BOLD, F_H2, F_H3, F_TABLE, F_TABLE_BOLD, F_NFONTS };

static const char *const font_names[F_NFONTS] = {
	"DejaVu Sans 10", "DejaVu Sans Bold 10", "DejaVu Sans Bold 12", "DejaVu Sans Bold 10",
	"DejaVu Sans 9", "DejaVu Sans Bold 9",
};

struct pdf {
	const struct nd_doc *doc;
	PangoFontMap *fm;
	PangoContext *pc;
	PangoFontDescription *font[F_NFONTS];
	PangoAttrList *attrs;           /* every layout's: no ligatures */
	double adv[128];                /* ASCII advances in F_TABLE, 0: not yet */
	cairo_t *cr;                    /* NULL while counting pages */
	int page, pages;
	double y, body_top;
	const struct doc_block *running; /* the page head, or NULL */
	const char *tags[TAGS_MAX];      /* open structure tags, outermost first */
	int ntags;
	const struct doc_block *table;   /* table being drawn: its head repeats */
	const double *colw;
};

/* ---- text ---- */

static PangoLayout *layout(struct pdf *p, enum font f, const char *s, double width,
			   PangoAlignment align)
{
	PangoLayout *l = pango_layout_new(p->pc);
	pango_layout_set_font_description(l, p->font[f]);
	pango_layout_set_attributes(l, p->attrs);
	if (width > 0) {
		pango_layout_set_width(l, pango_units_from_double(width));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, s, -1);
	return l;
}

static double height_of(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return pango_units_to_double(h);
}

static double width_of(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return pango_units_to_double(w);
}

/* One line of layout l (at the iterator) with its top at y. A line that
 * is not the last is drawn as a layout of its own text ending in the
 * space (or the hyphen) it was broken at: Cairo would otherwise mark the
 * invisible space as ActualText inside the element, which poppler's
 * structure reader loses the rest of the element at, and an explicit
 * line break would join the words on either side in extracted text. */
static void draw_line(struct pdf *p, PangoLayout *l, PangoLayoutIter *it, double x, double y)
{
	PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
	PangoRectangle r;
	int y0, y1;
	pango_layout_iter_get_line_extents(it, NULL, &r);
	pango_layout_iter_get_line_yrange(it, &y0, &y1);
	double base = y + pango_units_to_double(pango_layout_iter_get_baseline(it) - y0);
	if (pango_layout_iter_at_last_line(it)) {
		cairo_move_to(p->cr, x + pango_units_to_double(r.x), base);
		pango_cairo_show_layout_line(p->cr, line);
		return;
	}
	const char *text = pango_layout_get_text(l) + line->start_index;
	size_t len = (size_t)line->length;
	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		len--;
	char *own = malloc(len + 2);
	if (!own)
		return;
	memcpy(own, text, len);
	if (len > 0 && own[len - 1] != ' ' && own[len - 1] != '-') {
		char next = text[len];
		own[len++] = next == '\n' || next == '\r' || next == ' ' ? ' ' : '-';
	}
	own[len] = '\0';
	PangoLayout *one = pango_layout_new(p->pc);
	pango_layout_set_font_description(one, pango_layout_get_font_description(l));
	pango_layout_set_attributes(one, p->attrs);
	pango_layout_set_text(one, own, -1);
	cairo_move_to(p->cr, x + pango_units_to_double(r.x), base);
	pango_cairo_show_layout_line(p->cr, pango_layout_get_line_readonly(one, 0));
	g_object_unref(one);
	free(own);
}

static void show(struct pdf *p, PangoLayout *l, double x, double y)
{
	if (!p->cr)
		return;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		int y0, y1;
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		draw_line(p, l, it, x, y + pango_units_to_double(y0));
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

/* Height of one line of font f. */
static double line_height(struct pdf *p, enum font f)
{
	PangoLayout *l = layout(p, f, "Åg", 0, PANGO_ALIGN_LEFT);
	double h = height_of(l);
	g_object_unref(l);
	return h;
}

/* ---- structure tags ---- */

static void tag_open(struct pdf *p, const char *name)
{
	if (p->ntags < TAGS_MAX)
		p->tags[p->ntags] = name;
	p->ntags++;
	if (p->cr && p->ntags <= TAGS_MAX)
		cairo_tag_begin(p->cr, name, "");
}

static void tag_close(struct pdf *p)
{
	if (p->ntags == 0)
		return;
	p->ntags--;
	if (p->cr && p->ntags < TAGS_MAX)
		cairo_tag_end(p->cr, p->tags[p->ntags]);
}

static void rule(struct pdf *p, double x, double y, double w, double width, double grey)
{
	if (!p->cr)
		return;
	cairo_save(p->cr);
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x, y);
	cairo_line_to(p->cr, x + w, y);
	cairo_stroke(p->cr);
	cairo_restore(p->cr);
}

/* ---- pages ---- */

static void table_head(struct pdf *p, bool tagged);

/* Header lines: left text, the right text in a column at 58 % of the
 * width; with the page number in the corner when page > 0. */
static void header_lines(struct pdf *p, const struct doc_block *b, bool tagged, int page)
{
	double rx = X0 + TEXT_W * 0.58, lw = rx - X0 - 10, rw = X1 - rx;
	double pnw = 0;
	PangoLayout *pn = NULL;
	if (page > 0) {
		char num[32];
		snprintf(num, sizeof num, "%d (%d)", page, p->pages > page ? p->pages : page);
		pn = layout(p, F_BODY, num, 0, PANGO_ALIGN_LEFT);
		pnw = width_of(pn) + 10;
		show(p, pn, X1 - width_of(pn), p->y);
	}
	for (size_t i = 0; b && i < b->nlines; i++) {
		enum font f = i == 0 ? F_BOLD : F_BODY;
		const char *right = b->lines[i].b;
		PangoLayout *l = layout(p, f, b->lines[i].a, right ? lw : TEXT_W - pnw,
					PANGO_ALIGN_LEFT);
		PangoLayout *r = right && *right ?
			layout(p, f, right, rw - (i == 0 ? pnw : 0), PANGO_ALIGN_LEFT) : NULL;
		double h = height_of(l);
		if (*b->lines[i].a) {
			if (tagged)
				tag_open(p, "P");
			show(p, l, X0, p->y);
			if (tagged)
				tag_close(p);
		}
		if (r) {
			if (tagged)
				tag_open(p, i == 0 ? "H1" : "P");
			show(p, r, rx, p->y);
			if (tagged)
				tag_close(p);
			if (height_of(r) > h)
				h = height_of(r);
			g_object_unref(r);
		}
		g_object_unref(l);
		p->y += h;
	}
	if (pn) {
		if (!b || b->nlines == 0)
			p->y += height_of(pn);
		g_object_unref(pn);
	}
}

/* A new page: the page head, then the tags that were open go on. The
 * root (Document) stays open: readers want one root element. */
static void new_page(struct pdf *p)
{
	int ntags = p->ntags;
	while (p->ntags > 1)
		tag_close(p);
	if (p->page > 0 && p->cr)
		cairo_show_page(p->cr);
	p->page++;
	p->y = Y_TOP;
	header_lines(p, p->running, p->page == 1, p->page);
	if (p->running) {
		p->y += 4;
		rule(p, X0, p->y, TEXT_W, 0.5, 0.4);
		p->y += 14;
	} else {
		p->y += 10;
	}
	p->body_top = p->y;
	for (int i = 1; i < ntags && i < TAGS_MAX; i++)
		tag_open(p, p->tags[i]);
	p->ntags = ntags;
	if (p->table)
		table_head(p, false);
}

/* Room for h points: a new page when they do not fit and the page
 * already holds something. */
static void room(struct pdf *p, double h)
{
	if (p->y + h > Y_BOTTOM && p->y > p->body_top + 0.5)
		new_page(p);
}

/* A layout placed line by line at x, each line where it fits. */
static void flow(struct pdf *p, PangoLayout *l, double x)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		int y0, y1;
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		double h = pango_units_to_double(y1 - y0);
		room(p, h);
		if (p->cr)
			draw_line(p, l, it, x, p->y);
		p->y += h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

/* ---- blocks ---- */

static void para(struct pdf *p, const char *text, enum font f, const char *tag)
{
	PangoLayout *l = layout(p, f, text, TEXT_W, PANGO_ALIGN_LEFT);
	tag_open(p, tag);
	flow(p, l, X0);
	tag_close(p);
	g_object_unref(l);
}

static void list(struct pdf *p, const struct doc_block *b)
{
	const double indent = 14;
	tag_open(p, "L");
	for (size_t i = 0; i < b->nlines; i++) {
		PangoLayout *l = layout(p, F_BODY, b->lines[i].a, TEXT_W - indent,
					PANGO_ALIGN_LEFT);
		PangoLayout *dash = layout(p, F_BODY, "–", 0, PANGO_ALIGN_LEFT);
		tag_open(p, "LI");
		room(p, line_height(p, F_BODY));
		tag_open(p, "Lbl");
		show(p, dash, X0 + 2, p->y);
		tag_close(p);
		tag_open(p, "LBody");
		flow(p, l, X0 + indent);
		tag_close(p);
		tag_close(p);
		g_object_unref(dash);
		g_object_unref(l);
	}
	tag_close(p);
}

/* The label column of a fields block: its widest label, at most a third
 * of the width, or label_width characters when the builder set it. */
static double label_column(struct pdf *p, const struct doc_block *b)
{
	double w = 0, cap = b->label_width > 0 ? b->label_width * 6.2 : TEXT_W / 3;
	for (size_t i = 0; i < b->nlines; i++) {
		if (!b->lines[i].a)
			continue;
		PangoLayout *l = layout(p, F_BOLD, b->lines[i].a, 0, PANGO_ALIGN_LEFT);
		if (width_of(l) > w)
			w = width_of(l);
		g_object_unref(l);
	}
	return w > cap ? cap : w;
}

static void fields(struct pdf *p, const struct doc_block *b)
{
	double lw = label_column(p, b), vx = X0 + lw + 12;
	tag_open(p, "Table");
	for (size_t i = 0; i < b->nlines; i++) {
		PangoLayout *lab = b->lines[i].a ?
			layout(p, F_BOLD, b->lines[i].a, lw, PANGO_ALIGN_LEFT) : NULL;
		PangoLayout *val = layout(p, F_BODY, b->lines[i].b, X1 - vx, PANGO_ALIGN_LEFT);
		double h = height_of(val);
		if (lab && height_of(lab) > h)
			h = height_of(lab);
		room(p, h);
		tag_open(p, "TR");
		if (lab) {
			tag_open(p, "TH");
			show(p, lab, X0, p->y);
			tag_close(p);
		}
		tag_open(p, "TD");
		show(p, val, vx, p->y);
		tag_close(p);
		tag_close(p);
		p->y += h + 1;
		if (lab)
			g_object_unref(lab);
		g_object_unref(val);
	}
	tag_close(p);
}

/* The width of s in F_TABLE, summed from the advances of its characters
 * (kerning aside); a character outside ASCII counts as a digit. */
static double estimate(struct pdf *p, const char *s)
{
	double w = 0, line = 0;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n') {
			w = line > w ? line : w;
			line = 0;
		} else if (c >= 0x80) {
			line += (c & 0xC0) != 0x80 ? CHAR_W : 0;
		} else if (c >= 0x20) {
			if (p->adv[c] == 0) {
				char one[2] = { (char)c, '\0' };
				PangoLayout *l = layout(p, F_TABLE, one, 0, PANGO_ALIGN_LEFT);
				p->adv[c] = width_of(l) > 0 ? width_of(l) : 0.01;
				g_object_unref(l);
			}
			line += p->adv[c];
		}
	}
	return line > w ? line : w;
}

/* Characters in the longest word of s. */
static size_t longest_word(const char *s)
{
	size_t best = 0, cur = 0;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n')
			cur = 0;
		else if (((unsigned char)*s & 0xC0) != 0x80 && ++cur > best)
			best = cur;
	}
	return best;
}

/* Column widths in points: the text rendering's widths for a page of
 * TEXT_W / NOMINAL_W columns, a column to a digit's width (DejaVu's
 * letters are mostly narrower), each at least as wide as its header's
 * longest word. When that is too wide, the widest wrapping column gives
 * up width first, down to its header's longest word (and its cells'
 * longest word when it keeps words whole); columns that cut (times,
 * numbers) keep theirs. */
static void table_widths(struct pdf *p, const struct doc_block *b, double *w)
{
	int cw[DOC_COLS_MAX];
	double total = 0, floor[DOC_COLS_MAX];
	doc_table_widths(b, (int)(TEXT_W / NOMINAL_W), cw);
	for (int c = 0; c < b->ncols; c++) {
		w[c] = cw[c] * CHAR_W;
		floor[c] = b->cols[c].min * CHAR_W;
		for (const char *h = b->cols[c].header; h && *h;) {
			size_t n = strcspn(h, " \n");
			char word[128];
			snprintf(word, sizeof word, "%.*s", (int)(n < 127 ? n : 127), h);
			PangoLayout *l = layout(p, F_TABLE_BOLD, word, 0, PANGO_ALIGN_LEFT);
			if (width_of(l) + 1 > floor[c])
				floor[c] = width_of(l) + 1;
			g_object_unref(l);
			h += n;
			h += strspn(h, " \n");
		}
		if (b->cols[c].wrap == DOC_WRAP_WORDS)
			for (size_t r = 0; r < b->nrows; r++) {
				double ww = (double)longest_word(b->cells[r * (size_t)b->ncols +
									  (size_t)c]) * CHAR_W;
				if (ww > floor[c])
					floor[c] = ww;
			}
		if (floor[c] > TEXT_W / 2)
			floor[c] = TEXT_W / 2;
		if (w[c] < floor[c])
			w[c] = floor[c];
		if (b->cols[c].wrap == DOC_CUT) {
			/* Times and numbers: as wide as the widest, measured;
			 * the header wraps above them. */
			double need = floor[c];
			for (size_t r = 0; r < b->nrows; r++) {
				double e = estimate(p, b->cells[r * (size_t)b->ncols + (size_t)c]);
				if (e > need)
					need = e;
			}
			w[c] = need + 1 > TEXT_W / 2 ? TEXT_W / 2 : need + 1;
			floor[c] = w[c];
		}
		total += w[c] + (c > 0 ? COL_GAP : 0);
	}
	while (total > TEXT_W) {
		int pick = -1;
		for (int c = 0; c < b->ncols; c++)
			if (w[c] - floor[c] >= 1 && (pick < 0 || w[c] > w[pick]))
				pick = c;
		if (pick < 0)
			break;
		double give = total - TEXT_W < 1 ? total - TEXT_W : 1;
		w[pick] -= give;
		total -= give;
	}
	/* Room left: wrapping columns grow toward their widest cell (within
	 * their maximum), so fewer rows wrap. */
	for (int c = 0; c < b->ncols && total < TEXT_W - 1; c++) {
		if (b->cols[c].wrap == DOC_CUT)
			continue;
		double natural = 0;
		for (size_t r = 0; r < b->nrows; r++) {
			double e = estimate(p, b->cells[r * (size_t)b->ncols + (size_t)c]);
			if (e > natural)
				natural = e;
		}
		if (b->cols[c].max > 0 && natural > b->cols[c].max * CHAR_W)
			natural = b->cols[c].max * CHAR_W;
		if (natural + 1 > w[c]) {
			double grow = natural + 1 - w[c];
			if (grow > TEXT_W - total)
				grow = TEXT_W - total;
			w[c] += grow;
			total += grow;
		}
	}
	if (total > TEXT_W) /* every column at its floor: all give up alike */
		for (int c = 0; c < b->ncols; c++)
			w[c] *= (TEXT_W - COL_GAP * (b->ncols - 1)) /
				(total - COL_GAP * (b->ncols - 1));
}

/* One row of cells: layouts made, the row's height returned. */
static double row_layouts(struct pdf *p, const struct doc_block *b, const double *w,
			  const char *const *cells, enum font f, PangoLayout **out)
{
	double h = 0;
	for (int c = 0; c < b->ncols; c++) {
		out[c] = layout(p, f, cells[c], w[c],
				b->cols[c].align == DOC_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
		if (b->cols[c].wrap == DOC_CUT && f != F_TABLE_BOLD && !strchr(cells[c], '\n')) {
			pango_layout_set_ellipsize(out[c], PANGO_ELLIPSIZE_END);
			pango_layout_set_height(out[c], -1);
		}
		if (height_of(out[c]) > h)
			h = height_of(out[c]);
	}
	return h + 2 * CELL_PAD;
}

/* Whether cell c of a row (cells NULL: the header row) is a negative
 * deviation, drawn red. */
static bool cell_red(const struct doc_block *b, const char *const *cells, int c)
{
	return cells && (b->red_negative >> c & 1) &&
	       (cells[c][0] == '-' || strncmp(cells[c], "\u2212", 3) == 0);
}

/* cells: the row's texts (NULL for the header row), for the red. */
static void row_show(struct pdf *p, const struct doc_block *b, const double *w,
		     PangoLayout **ls, const char *const *cells, const char *cell_tag)
{
	double x = X0;
	if (cell_tag)
		tag_open(p, "TR");
	for (int c = 0; c < b->ncols; c++) {
		bool red = cell_red(b, cells, c);
		if (cell_tag)
			tag_open(p, cell_tag);
		if (red && p->cr)
			cairo_set_source_rgb(p->cr, 0.78, 0, 0);
		show(p, ls[c], x, p->y + CELL_PAD);
		if (red && p->cr)
			cairo_set_source_rgb(p->cr, 0, 0, 0);
		if (cell_tag)
			tag_close(p);
		x += w[c] + COL_GAP;
		g_object_unref(ls[c]);
	}
	if (cell_tag)
		tag_close(p);
}

/* A row taller than the room left on the page, drawn from p->y line by
 * line: each cell's lines go on while they fit above the foot, the rest
 * continue on the next page under the repeated header row, until every
 * cell is drawn whole. Nothing is cut and nothing runs off the page. In
 * the structure each page's part is a row of its own (Cairo cannot
 * continue an element), the parts in reading order. */
static void row_split(struct pdf *p, const struct doc_block *b, const double *w,
		      PangoLayout **ls, const char *const *cells)
{
	PangoLayoutIter *it[DOC_COLS_MAX];
	bool more[DOC_COLS_MAX];
	double off[DOC_COLS_MAX];
	bool any = true;
	int slice = 0;
	for (int c = 0; c < b->ncols; c++) {
		it[c] = pango_layout_get_iter(ls[c]);
		more[c] = *cells[c] != '\0';
		off[c] = 0;
	}
	while (any) {
		double top = p->y + CELL_PAD, bottom = top, x = X0;
		any = false;
		tag_open(p, "TR");
		for (int c = 0; c < b->ncols; c++) {
			bool red = cell_red(b, cells, c), first = true;
			tag_open(p, "TD");
			if (red && p->cr)
				cairo_set_source_rgb(p->cr, 0.78, 0, 0);
			while (more[c]) {
				int y0, y1;
				pango_layout_iter_get_line_yrange(it[c], &y0, &y1);
				double ly0 = pango_units_to_double(y0) - off[c],
				       ly1 = pango_units_to_double(y1) - off[c];
				if (top + ly1 > Y_BOTTOM && !(first && slice > 0)) {
					off[c] = pango_units_to_double(y0);
					any = true;
					break;
				}
				first = false;
				if (p->cr)
					draw_line(p, ls[c], it[c], x, top + ly0);
				if (top + ly1 > bottom)
					bottom = top + ly1;
				more[c] = pango_layout_iter_next_line(it[c]);
			}
			if (red && p->cr)
				cairo_set_source_rgb(p->cr, 0, 0, 0);
			tag_close(p);
			x += w[c] + COL_GAP;
		}
		tag_close(p);
		p->y = bottom + CELL_PAD;
		if (any)
			new_page(p);
		slice++;
	}
	for (int c = 0; c < b->ncols; c++) {
		pango_layout_iter_free(it[c]);
		g_object_unref(ls[c]);
	}
}

static double table_total(const struct doc_block *b, const double *w)
{
	double t = 0;
	for (int c = 0; c < b->ncols; c++)
		t += w[c] + (c > 0 ? COL_GAP : 0);
	return t;
}

/* The header row of p->table, tagged as header cells when asked (the
 * first time; a repetition on a later page is not content again). */
static void table_head(struct pdf *p, bool tagged)
{
	const struct doc_block *b = p->table;
	const char *head[DOC_COLS_MAX];
	PangoLayout *ls[DOC_COLS_MAX];
	if (!b->has_header)
		return;
	for (int c = 0; c < b->ncols; c++)
		head[c] = b->cols[c].header;
	double h = row_layouts(p, b, p->colw, head, F_TABLE_BOLD, ls);
	int ntags = p->ntags;
	if (!tagged) { /* leave the table while drawing the repetition */
		while (p->ntags > 1)
			tag_close(p);
	}
	row_show(p, b, p->colw, ls, NULL, tagged ? "TH" : NULL);
	if (!tagged) {
		for (int i = 1; i < ntags && i < TAGS_MAX; i++)
			tag_open(p, p->tags[i]);
		p->ntags = ntags;
	}
	p->y += h;
	rule(p, X0, p->y, table_total(b, p->colw), 0.6, 0.2);
	p->y += 1;
}

static void table(struct pdf *p, const struct doc_block *b)
{
	double w[DOC_COLS_MAX];
	PangoLayout *ls[DOC_COLS_MAX];
	table_widths(p, b, w);
	double total = table_total(b, w), head_h = 0;
	tag_open(p, "Table");
	p->colw = w;
	if (b->has_header) {
		/* The header row and the first row together. */
		const char *head[DOC_COLS_MAX];
		for (int c = 0; c < b->ncols; c++)
			head[c] = b->cols[c].header;
		double h = row_layouts(p, b, w, head, F_TABLE_BOLD, ls);
		for (int c = 0; c < b->ncols; c++)
			g_object_unref(ls[c]);
		head_h = h + 1;
		if (b->nrows > 0) {
			double h1 = row_layouts(p, b, w, (const char *const *)b->cells, F_TABLE, ls);
			for (int c = 0; c < b->ncols; c++)
				g_object_unref(ls[c]);
			if (h1 > Y_BOTTOM - Y_TOP - 4 * h) /* split: its first lines */
				h1 = 3 * line_height(p, F_TABLE) + 2 * CELL_PAD;
			h += h1;
		}
		room(p, h + 1);
		p->table = b;
		table_head(p, true);
	}
	p->table = b;
	for (size_t r = 0; r < b->nrows; r++) {
		const char *const *cells = (const char *const *)b->cells + r * (size_t)b->ncols;
		double h = row_layouts(p, b, w, cells, F_TABLE, ls);
		if (h > Y_BOTTOM - p->body_top - head_h) {
			/* Taller than a page: begun here when a few lines fit. */
			room(p, 3 * line_height(p, F_TABLE) + 2 * CELL_PAD);
			row_split(p, b, w, ls, cells);
		} else {
			room(p, h);
			row_show(p, b, w, ls, cells, "TD");
			p->y += h;
		}
		if (r + 1 < b->nrows)
			rule(p, X0, p->y, total, 0.3, 0.75);
	}
	p->table = NULL;
	p->colw = NULL;
	tag_close(p);
}

static void signatures(struct pdf *p, const struct doc_block *b)
{
	double lw = 0, each = 2.6 * line_height(p, F_BODY) + line_height(p, F_TABLE);
	for (size_t i = 0; i < b->nlines; i++) {
		PangoLayout *l = layout(p, F_BOLD, b->lines[i].a, 0, PANGO_ALIGN_LEFT);
		if (width_of(l) > lw)
			lw = width_of(l);
		g_object_unref(l);
	}
	if (lw > TEXT_W / 3)
		lw = TEXT_W / 3;
	/* Signatures stay together when they fit on a page; a table for
	 * the reader: role, name. */
	room(p, each * (double)b->nlines);
	tag_open(p, "Table");
	for (size_t i = 0; i < b->nlines; i++) {
		PangoLayout *role = layout(p, F_BOLD, b->lines[i].a, lw, PANGO_ALIGN_LEFT);
		PangoLayout *name = layout(p, F_TABLE, b->lines[i].b, SIGN_LINE, PANGO_ALIGN_LEFT);
		room(p, each);
		double line_y = p->y + 1.6 * line_height(p, F_BODY);
		tag_open(p, "TR");
		tag_open(p, "TH");
		show(p, role, X0, line_y - height_of(role) + 2);
		tag_close(p);
		rule(p, X0 + lw + 12, line_y, SIGN_LINE, 0.5, 0);
		tag_open(p, "TD");
		show(p, name, X0 + lw + 12, line_y + 1.5);
		tag_close(p);
		tag_close(p);
		p->y = line_y + 1.5 + height_of(name) + 0.8 * line_height(p, F_BODY);
		g_object_unref(role);
		g_object_unref(name);
	}
	tag_close(p);
}

/* Bars of a chart: blue when positive, red when negative, a lighter
 * shade for each further series. */
static void bar_colour(struct pdf *p, int series, double v)
{
	double k = series * 0.28;
	if (v < 0)
		cairo_set_source_rgb(p->cr, 0.78 + k * 0.6, 0.10 + k * 1.6, 0.10 + k * 1.6);
	else
		cairo_set_source_rgb(p->cr, 0.18 + k * 1.4, 0.33 + k * 1.2, 0.58 + k * 0.9);
}

static void money_label(struct pdf *p, double v, double x, double y, PangoAlignment align)
{
	char buf[SV_NUM_BUF];
	sv_num_format((int64_t)llround(v * 100), 0, buf, sizeof buf);
	PangoLayout *l = layout(p, F_TABLE, buf, 0, PANGO_ALIGN_LEFT);
	double w = width_of(l);
	show(p, l, align == PANGO_ALIGN_RIGHT ? x - w : align == PANGO_ALIGN_CENTER ? x - w / 2 : x,
	     y);
	g_object_unref(l);
}

/* A horizontal bar chart on a page of its own: the categories' labels at
 * the left, bars from a zero line, the scale's ends and zero under it, a
 * legend. Tagged as a Figure whose text is the labels and the scale. */
static void chart(struct pdf *p, const struct doc_block *b)
{
	int ns = b->ncols - 1;
	double lo = 0, hi = 0, lh = line_height(p, F_TABLE);
	if (b->nrows == 0 || ns < 1)
		return;
	if (p->y > p->body_top + 0.5)
		new_page(p);
	PangoLayout *title = layout(p, F_H2, b->text, TEXT_W, PANGO_ALIGN_LEFT);
	tag_open(p, "H2");
	show(p, title, X0, p->y);
	tag_close(p);
	p->y += height_of(title) + 8;
	g_object_unref(title);
	for (size_t r = 0; r < b->nrows; r++)
		for (int k = 1; k <= ns; k++) {
			double v = strtod(b->cells[r * (size_t)b->ncols + (size_t)k], NULL);
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
		}
	double span = hi - lo > 0 ? hi - lo : 1, lw = TEXT_W * 0.36;
	double px0 = X0 + lw + 8, pw = X1 - px0, top = p->y;
	double rowh = (Y_BOTTOM - top - 3 * lh - 16) / (double)b->nrows;
	rowh = rowh > 24 ? 24 : rowh;
	double zero = px0 + (0 - lo) / span * pw;
	tag_open(p, "Figure");
	for (size_t r = 0; r < b->nrows; r++) {
		const char *const *cells = (const char *const *)b->cells + r * (size_t)b->ncols;
		double y = top + rowh * (double)r;
		PangoLayout *l = layout(p, F_TABLE, cells[0], lw, PANGO_ALIGN_RIGHT);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		pango_layout_set_height(l, -1);
		if (p->cr)
			cairo_set_source_rgb(p->cr, 0, 0, 0);
		show(p, l, X0, y + (rowh - height_of(l)) / 2);
		g_object_unref(l);
		double bh = rowh * 0.72 / ns;
		for (int k = 1; k <= ns && p->cr; k++) {
			double v = strtod(cells[k], NULL), x = px0 + (v - lo) / span * pw;
			bar_colour(p, k - 1, v);
			cairo_rectangle(p->cr, v < 0 ? x : zero, y + rowh * 0.14 + bh * (k - 1),
					fabs(x - zero), bh);
			cairo_fill(p->cr);
		}
	}
	double bottom = top + rowh * (double)b->nrows;
	if (p->cr) {
		rule(p, px0, bottom, pw, 0.5, 0.3);
		cairo_set_source_rgb(p->cr, 0.3, 0.3, 0.3);
		cairo_set_line_width(p->cr, 0.5);
		cairo_move_to(p->cr, zero, top);
		cairo_line_to(p->cr, zero, bottom);
		cairo_stroke(p->cr);
	}
	if (p->cr)
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	money_label(p, lo, px0, bottom + 2, PANGO_ALIGN_LEFT);
	if (zero - px0 > 30 && px0 + pw - zero > 30)
		money_label(p, 0, zero, bottom + 2, PANGO_ALIGN_CENTER);
	money_label(p, hi, px0 + pw, bottom + 2, PANGO_ALIGN_RIGHT);
	/* The legend: each series' shade, and what red means. */
	double x = X0 + lw / 3, y = bottom + lh + 8;
	for (int k = 1; k <= ns; k++) {
		PangoLayout *l = layout(p, F_TABLE, b->cols[k].header, 0, PANGO_ALIGN_LEFT);
		if (p->cr) {
			bar_colour(p, k - 1, 1);
			cairo_rectangle(p->cr, x, y + 2, 9, 7);
			cairo_fill(p->cr);
			cairo_set_source_rgb(p->cr, 0, 0, 0);
		}
		show(p, l, x + 12, y);
		x += 12 + width_of(l) + 14;
		g_object_unref(l);
	}
	PangoLayout *note = layout(p, F_TABLE, "röd: negativ avvikelse", 0, PANGO_ALIGN_LEFT);
	if (p->cr) {
		bar_colour(p, 0, -1);
		cairo_rectangle(p->cr, x, y + 2, 9, 7);
		cairo_fill(p->cr);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	}
	show(p, note, x + 12, y);
	g_object_unref(note);
	tag_close(p);
	p->y = y + lh + 4;
}

/* What must follow a heading on its page: the next block's first lines
 * (a table's header and first row, roughly). */
static double lead_height(struct pdf *p, size_t i)
{
	const struct nd_doc *doc = p->doc;
	double line = line_height(p, F_BODY);
	if (i >= doc->n)
		return 0;
	switch (doc->blocks[i].kind) {
	case B_HEADING:
		return line_height(p, F_H3) + HEAD_GAP + lead_height(p, i + 1);
	case B_TABLE:
		return 4 * line + 4 * CELL_PAD;
	case B_SIGN:
		return 3 * line;
	case B_PAGE:
	case B_SEP:
	case B_CHART:
		return 0;
	default:
		return 2 * line;
	}
}

/* A heading is H2 (the document's kind is its H1), a subheading H3. */
static void heading(struct pdf *p, size_t i)
{
	const struct doc_block *b = &p->doc->blocks[i];
	bool sub = b->level > 1;
	enum font f = sub ? F_H3 : F_H2;
	PangoLayout *l = layout(p, f, b->text, TEXT_W, PANGO_ALIGN_LEFT);
	if (p->y > p->body_top + 0.5 && !sub)
		p->y += 4;
	room(p, height_of(l) + HEAD_GAP + lead_height(p, i + 1));
	tag_open(p, sub ? "H3" : "H2");
	flow(p, l, X0);
	tag_close(p);
	g_object_unref(l);
	p->y += HEAD_GAP;
}

static void walk(struct pdf *p)
{
	const struct nd_doc *doc = p->doc;
	bool gap = false;
	size_t start = 0;
	p->running = doc->n > 0 && doc->blocks[0].kind == B_HEADER ? &doc->blocks[0] : NULL;
	if (p->running)
		start = 1;
	p->page = 0;
	p->ntags = 0;
	p->table = NULL;
	tag_open(p, "Document");
	new_page(p);
	for (size_t i = start; i < doc->n; i++) {
		const struct doc_block *b = &doc->blocks[i];
		if (b->kind == B_PAGE) {
			if (p->y > p->body_top + 0.5)
				new_page(p);
			gap = false;
			continue;
		}
		if (gap && p->y > p->body_top + 0.5)
			p->y += BLOCK_GAP;
		switch (b->kind) {
		case B_HEADER:
			room(p, 2 * line_height(p, F_BODY));
			header_lines(p, b, true, 0);
			break;
		case B_HEADING:
			heading(p, i);
			break;
		case B_PARA:
			para(p, b->text, F_BODY, "P");
			break;
		case B_LIST:
			list(p, b);
			break;
		case B_FIELDS:
			fields(p, b);
			break;
		case B_TABLE:
			table(p, b);
			break;
		case B_SIGN:
			signatures(p, b);
			break;
		case B_SEP:
			room(p, 6);
			rule(p, X0, p->y + 3, TEXT_W, 0.5, 0.4);
			p->y += 6;
			break;
		case B_CHART:
			chart(p, b);
			break;
		case B_PAGE:
			break;
		}
		gap = b->kind != B_HEADING;
	}
	while (p->ntags > 0)
		tag_close(p);
}

/* LeakSanitizer (the asan build) reads this: fontconfig keeps a
 * per-process cache it never frees, not ours to fix. Unused elsewhere. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

/* ---- the file ---- */

struct mem {
	unsigned char *s;
	size_t n, cap;
	bool fail;
};

static cairo_status_t mem_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct mem *m = closure;
	if (m->fail)
		return CAIRO_STATUS_WRITE_ERROR;
	if (m->n + len > m->cap) {
		size_t cap = m->cap ? m->cap : 65536;
		while (m->n + len > cap)
			cap *= 2;
		unsigned char *ns = realloc(m->s, cap);
		if (!ns) {
			m->fail = true;
			return CAIRO_STATUS_NO_MEMORY;
		}
		m->s = ns;
		m->cap = cap;
	}
	memcpy(m->s + m->n, data, len);
	m->n += len;
	return CAIRO_STATUS_SUCCESS;
}

/* The last occurrence of the NUL-terminated needle in m, or NULL. */
static const char *rfind(const struct mem *m, size_t end, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = end >= k ? end - k + 1 : 0; i-- > 0;)
		if (memcmp(m->s + i, needle, k) == 0)
			return (const char *)m->s + i;
	return NULL;
}

static void mem_printf(struct mem *m, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof buf)
		m->fail = true;
	else
		mem_write(m, (const unsigned char *)buf, (unsigned)n);
}

static void mem_puts(struct mem *m, const char *s)
{
	mem_write(m, (const unsigned char *)s, (unsigned)strlen(s));
}

/* ---- PDF/A-2b, as far as Cairo allows ----
 *
 * Cairo 1.16 writes neither the XMP metadata stream nor the output intent
 * PDF/A requires, nor a trailer /ID, nor the catalog's /Lang. They are
 * added as an incremental update (as a PDF editor saves a change): the
 * catalog again with /Lang, /MarkInfo, /Metadata and /OutputIntents, the
 * XMP packet (declaring PDF/A-2b) with the same title, author, subject,
 * tool and dates as a new document information dictionary, an sRGB ICC
 * profile for the output intent, and a trailer with /ID. */

static void be32(unsigned char *b, uint32_t v)
{
	b[0] = (unsigned char)(v >> 24);
	b[1] = (unsigned char)(v >> 16);
	b[2] = (unsigned char)(v >> 8);
	b[3] = (unsigned char)v;
}

static void be16(unsigned char *b, unsigned v)
{
	b[0] = (unsigned char)(v >> 8);
	b[1] = (unsigned char)v;
}

/* An s15Fixed16Number. */
static void s15(unsigned char *b, double v)
{
	be32(b, (uint32_t)(int32_t)lround(v * 65536));
}

#define ICC_TRC 1024
#define ICC_SIZE 3072 /* the profile below is 2 540 bytes */

/* An ICC v2 display profile of sRGB (IEC 61966-2-1): the primaries and
 * white adapted to D50 as in the standard's own profile, the tone curve
 * as a table of the sRGB formula. Written here rather than shipped, so
 * nothing is copied and nothing is read at run time. Returns its size
 * (at most ICC_SIZE). */
static size_t srgb_icc(unsigned char *p, struct tm *when)
{
	static const char desc[] = "sRGB IEC61966-2.1";
	static const char cprt[] = "No copyright, use freely";
	static const double xyz[4][3] = {
		{ 0.964203, 1.0, 0.824905 }, /* wtpt: D50 */
		{ 0.436066, 0.222488, 0.013916 },
		{ 0.385147, 0.716873, 0.097076 },
		{ 0.143066, 0.060608, 0.714096 },
	};
	static const char *const xyz_tags[4] = { "wtpt", "rXYZ", "gXYZ", "bXYZ" };
	size_t at = 128 + 4 + 9 * 12, n = 0;
	memset(p, 0, ICC_SIZE);
	/* The tag table: offsets filled in as the tags are laid out. */
#define TAG(sig, off, len)                                 \
	do {                                               \
		memcpy(p + 132 + 12 * n, sig, 4);          \
		be32(p + 136 + 12 * n, (uint32_t)(off));   \
		be32(p + 140 + 12 * n, (uint32_t)(len));   \
		n++;                                       \
	} while (0)
	/* desc: textDescriptionType, ASCII only. */
	size_t start = at;
	memcpy(p + at, "desc", 4);
	be32(p + at + 8, (uint32_t)sizeof desc);
	memcpy(p + at + 12, desc, sizeof desc);
	at += 12 + sizeof desc + 4 + 4 + 2 + 1 + 67;
	TAG("desc", start, at - start);
	at = (at + 3) & ~(size_t)3;
	start = at;
	memcpy(p + at, "text", 4);
	memcpy(p + at + 8, cprt, sizeof cprt);
	at += 8 + sizeof cprt;
	TAG("cprt", start, at - start);
	at = (at + 3) & ~(size_t)3;
	for (int i = 0; i < 4; i++) {
		memcpy(p + at, "XYZ ", 4);
		for (int k = 0; k < 3; k++)
			s15(p + at + 8 + 4 * k, xyz[i][k]);
		TAG(xyz_tags[i], at, 20);
		at += 20;
	}
	/* One curve for the three channels (tags may share their data). */
	memcpy(p + at, "curv", 4);
	be32(p + at + 8, ICC_TRC);
	for (int i = 0; i < ICC_TRC; i++) {
		double v = (double)i / (ICC_TRC - 1);
		v = v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
		be16(p + at + 12 + 2 * i, (unsigned)lround(v * 65535));
	}
	TAG("rTRC", at, 12 + 2 * ICC_TRC);
	TAG("gTRC", at, 12 + 2 * ICC_TRC);
	TAG("bTRC", at, 12 + 2 * ICC_TRC);
	at += 12 + 2 * ICC_TRC;
#undef TAG
	be32(p + 128, (uint32_t)n);
	/* The header. */
	be32(p, (uint32_t)at);
	be32(p + 8, 0x02100000);     /* version 2.1 */
	memcpy(p + 12, "mntr", 4);   /* a display */
	memcpy(p + 16, "RGB ", 4);
	memcpy(p + 20, "XYZ ", 4);
	be16(p + 24, (unsigned)when->tm_year + 1900);
	be16(p + 26, (unsigned)when->tm_mon + 1);
	be16(p + 28, (unsigned)when->tm_mday);
	memcpy(p + 36, "acsp", 4);
	be32(p + 64, 0);             /* perceptual */
	for (int k = 0; k < 3; k++)  /* the PCS illuminant, D50 */
		s15(p + 68 + 4 * k, xyz[0][k]);
	return at;
}

/* s as a PDF text string: UTF-16BE in hex with its byte order mark. */
static void pdf_text(struct mem *m, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	mem_puts(m, "<FEFF");
	while (*u) {
		uint32_t c = *u++;
		int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
		if (more)
			c &= 0x3Fu >> more;
		for (; more > 0 && (*u & 0xC0) == 0x80; more--)
			c = c << 6 | (*u++ & 0x3F);
		if (c >= 0x10000) {
			c -= 0x10000;
			mem_printf(m, "%04X%04X", (unsigned)(0xD800 | c >> 10),
				   (unsigned)(0xDC00 | (c & 0x3FF)));
		} else {
			mem_printf(m, "%04X", (unsigned)c);
		}
	}
	mem_puts(m, ">");
}

/* s with XML's special characters escaped. */
static void xml_text(struct mem *m, const char *s)
{
	for (; *s; s++) {
		const char *r = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : NULL;
		if (r)
			mem_puts(m, r);
		else
			mem_write(m, (const unsigned char *)s, 1);
	}
}

/* The XMP packet: the PDF/A identification and the information
 * dictionary's entries, each with the same value. */
static void xmp(struct mem *m, const char *title, const char *author, const char *subject,
		const char *producer, const char *date)
{
	mem_puts(m, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
		 "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
		 " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
		 "  <rdf:Description rdf:about=\"\"\n"
		 "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
		 "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
		 "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
		 "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
		 "   <pdfaid:part>2</pdfaid:part>\n"
		 "   <pdfaid:conformance>B</pdfaid:conformance>\n"
		 "   <dc:format>application/pdf</dc:format>\n"
		 "   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>\n"
		 "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
	xml_text(m, title);
	mem_puts(m, "</rdf:li></rdf:Alt></dc:title>\n");
	if (author) {
		mem_puts(m, "   <dc:creator><rdf:Seq><rdf:li>");
		xml_text(m, author);
		mem_puts(m, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	if (subject) {
		mem_puts(m, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
		xml_text(m, subject);
		mem_puts(m, "</rdf:li></rdf:Alt></dc:description>\n");
	}
	mem_puts(m, "   <xmp:CreatorTool>namnd</xmp:CreatorTool>\n   <pdf:Producer>");
	xml_text(m, producer);
	mem_printf(m, "</pdf:Producer>\n   <xmp:CreateDate>%s</xmp:CreateDate>\n"
		   "   <xmp:ModifyDate>%s</xmp:ModifyDate>\n", date, date);
	mem_puts(m, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
}

/* FNV-1a: the trailer's /ID from the file and its date. */
static uint64_t fnv(const unsigned char *s, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 0x100000001b3ull;
	return h;
}

/* The moment a document is dated: the start (UTC) of namnd's today, not
 * the second, so the same document made twice on a day is the same file
 * (a repeated publish is byte-identical). */
static time_t made_on(void)
{
	struct nd_date d;
	struct tm tm;
	if (date_today(&d) != ND_OK)
		return time(NULL);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = d.y - 1900;
	tm.tm_mon = d.m - 1;
	tm.tm_mday = d.d;
	return timegm(&tm);
}

static void archive_update(struct mem *m, const struct nd_doc *doc, time_t now)
{
	const char *trailer = rfind(m, m->n, "trailer"), *sx = rfind(m, m->n, "startxref");
	long root = 0, size = 0, prev = 0;
	char key[32], pdate[32], xdate[32], producer[64];
	struct tm tm;
	if (m->fail || !trailer || !sx || sx < trailer || !gmtime_r(&now, &tm))
		return;
	const char *r = strstr(trailer, "/Root "), *z = strstr(trailer, "/Size ");
	if (!r || !z || r > sx || z > sx || sscanf(r, "/Root %ld 0 R", &root) != 1 ||
	    sscanf(z, "/Size %ld", &size) != 1 || sscanf(sx, "startxref %ld", &prev) != 1)
		return;
	snprintf(key, sizeof key, "\n%ld 0 obj\n", root);
	const char *obj = rfind(m, (size_t)(trailer - (const char *)m->s), key);
	const char *open = obj ? strstr(obj, "<<") : NULL;
	const char *end = open ? strstr(open, "endobj") : NULL;
	const char *close = end ? rfind(m, (size_t)(end - (const char *)m->s), ">>") : NULL;
	if (!close || close < open || !strstr(open, "/Type /Catalog") ||
	    strstr(open, "/Type /Catalog") > close)
		return;
	size_t o_open = (size_t)(open - (const char *)m->s),
	       o_close = (size_t)(close - (const char *)m->s);
	const char *mk = strstr(open, "/MarkInfo");
	bool marked = mk && mk < close;
	for (const char *k = open; k < close; k++)
		if (strncmp(k, "/Lang", 5) == 0 || strncmp(k, "/Metadata", 9) == 0 ||
		    strncmp(k, "/OutputIntents", 14) == 0)
			return; /* not the catalog Cairo 1.16 writes */

	const struct doc_block *h = doc->n > 0 && doc->blocks[0].kind == B_HEADER ?
		&doc->blocks[0] : NULL;
	const char *title = doc->title ? doc->title : doc->name;
	const char *author = doc->author ? doc->author : h && h->nlines > 0 ? h->lines[0].a : NULL;
	if (author && !*author)
		author = NULL;
	strftime(pdate, sizeof pdate, "D:%Y%m%d%H%M%SZ", &tm);
	strftime(xdate, sizeof xdate, "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(producer, sizeof producer, "cairo %s (https://cairographics.org)",
		 cairo_version_string());
	uint64_t id0 = fnv(m->s, m->n, 0xcbf29ce484222325ull),
		 id1 = fnv((const unsigned char *)pdate, strlen(pdate), id0);

	/* Cairo's catalog, copied before m grows (and may move). */
	char *cat = malloc(o_close - o_open + 1);
	if (!cat) {
		m->fail = true;
		return;
	}
	memcpy(cat, m->s + o_open, o_close - o_open);
	cat[o_close - o_open] = '\0';
	/* New objects: size (XMP), size + 1 (ICC), size + 2 (Info). */
	size_t off[4];
	off[0] = m->n + 1;
	mem_printf(m, "\n%ld 0 obj\n", root);
	mem_puts(m, cat);
	free(cat);
	if (!marked)
		mem_puts(m, "   /MarkInfo << /Marked true >>\n");
	mem_printf(m, "   /Lang (sv-SE)\n   /ViewerPreferences << /DisplayDocTitle true >>\n"
		   "   /Metadata %ld 0 R\n"
		   "   /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1\n"
		   "      /OutputConditionIdentifier (sRGB IEC61966-2.1)\n"
		   "      /RegistryName (http://www.color.org)\n"
		   "      /Info (sRGB IEC61966-2.1) /DestOutputProfile %ld 0 R >> ]\n"
		   ">>\nendobj\n", size, size + 1);

	struct mem x = { 0 };
	xmp(&x, title, author, doc->subject, producer, xdate);
	if (x.fail) {
		free(x.s);
		m->fail = true;
		return;
	}
	off[1] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /Type /Metadata /Subtype /XML /Length %zu >>\nstream\n",
		   size, x.n);
	mem_write(m, x.s, (unsigned)x.n);
	mem_puts(m, "\nendstream\nendobj\n");
	free(x.s);

	unsigned char icc[ICC_SIZE];
	size_t ni = srgb_icc(icc, &tm);
	off[2] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /N 3 /Length %zu >>\nstream\n", size + 1, ni);
	mem_write(m, icc, (unsigned)ni);
	mem_puts(m, "\nendstream\nendobj\n");

	off[3] = m->n;
	mem_printf(m, "%ld 0 obj\n<< /Title ", size + 2);
	pdf_text(m, title);
	if (author) {
		mem_puts(m, "\n   /Author ");
		pdf_text(m, author);
	}
	if (doc->subject) {
		mem_puts(m, "\n   /Subject ");
		pdf_text(m, doc->subject);
	}
	mem_printf(m, "\n   /Creator (namnd)\n   /Producer (%s)\n"
		   "   /CreationDate (%s)\n   /ModDate (%s)\n>>\nendobj\n", producer, pdate, pdate);

	size_t xref = m->n;
	mem_printf(m, "xref\n%ld 1\n%010zu 00000 n \n%ld 3\n", root, off[0], size);
	for (int i = 1; i < 4; i++)
		mem_printf(m, "%010zu 00000 n \n", off[i]);
	mem_printf(m, "trailer\n<< /Size %ld\n   /Root %ld 0 R\n   /Info %ld 0 R\n"
		   "   /ID [<%016llx%016llx> <%016llx%016llx>]\n",
		   size + 3, root, size + 2, (unsigned long long)id0, (unsigned long long)id1,
		   (unsigned long long)id0, (unsigned long long)id1);
	mem_printf(m, "   /Prev %ld\n>>\nstartxref\n%zu\n%%%%EOF\n", prev, xref);
}

/* The metadata: the builder's (doc_info), else the document's name and
 * its header's first line. */
static void metadata(cairo_surface_t *s, const struct nd_doc *doc)
{
	const struct doc_block *h = doc->n > 0 && doc->blocks[0].kind == B_HEADER ?
		&doc->blocks[0] : NULL;
	const char *author = doc->author ? doc->author :
		h && h->nlines > 0 ? h->lines[0].a : NULL;
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE,
				       doc->title ? doc->title : doc->name);
	if (author && *author)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, author);
	if (doc->subject)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, doc->subject);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "namnd");
	/* The day it was made (namnd's today), not the second: the same
	 * document made twice on one day is the same file, so a publish
	 * repeated is byte-identical. */
	struct nd_date today;
	char iso[11], stamp[24];
	if (date_today(&today) == ND_OK) {
		date_format(today, iso);
		snprintf(stamp, sizeof stamp, "%sT00:00:00", iso);
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, stamp);
	}
}

static bool pdf_init(struct pdf *p, const struct nd_doc *doc)
{
	memset(p, 0, sizeof *p);
	p->doc = doc;
	p->fm = pango_cairo_font_map_new();
	if (!p->fm)
		return false;
	p->pc = pango_font_map_create_context(p->fm);
	if (!p->pc)
		return false;
	/* Metrics of the font itself, at 72 units an inch: a point is a
	 * point on every surface, in both passes. */
	pango_cairo_context_set_resolution(p->pc, 72);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->pc, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(p->pc, FALSE);
	pango_context_set_language(p->pc, pango_language_from_string("sv-se"));
	for (int i = 0; i < F_NFONTS; i++)
		if (!(p->font[i] = pango_font_description_from_string(font_names[i])))
			return false;
	/* "fi" as one glyph reads back as "ﬁ" (and Cairo marks it as
	 * ActualText): the letters are drawn as letters. */
	p->attrs = pango_attr_list_new();
	pango_attr_list_insert(p->attrs, pango_attr_font_features_new("liga=0, clig=0"));
	return true;
}

static void pdf_done(struct pdf *p)
{
	for (int i = 0; i < F_NFONTS; i++)
		if (p->font[i])
			pango_font_description_free(p->font[i]);
	if (p->attrs)
		pango_attr_list_unref(p->attrs);
	if (p->pc)
		g_object_unref(p->pc);
	if (p->fm)
		g_object_unref(p->fm);
}

enum nd_err doc_render_pdf(const struct nd_doc *doc, unsigned char **out, size_t *len)
{
	struct pdf p;
	struct mem m = { 0 };
	enum nd_err e = ND_OK;
	*out = NULL;
	*len = 0;
	if (!doc || doc->err)
		return doc ? doc->err : ND_ENOMEM;
	if ((e = lazy_load(&lazy_pdf_group)))
		return e;
	if (!pdf_init(&p, doc)) {
		pdf_done(&p);
		return nd_fail(ND_ENOMEM, "Kunde inte förbereda PDF-dokumentet.");
	}
	walk(&p); /* count the pages */
	p.pages = p.page;
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(mem_write, &m, PAGE_W, PAGE_H);
	metadata(s, doc);
	p.cr = cairo_create(s);
	walk(&p);
	cairo_destroy(p.cr);
	cairo_surface_finish(s);
	cairo_status_t st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	pdf_done(&p);
	if (st == CAIRO_STATUS_SUCCESS)
		archive_update(&m, doc, made_on());
	if (m.fail || st != CAIRO_STATUS_SUCCESS) {
		free(m.s);
		e = m.fail || st == CAIRO_STATUS_NO_MEMORY ?
			nd_fail(ND_ENOMEM, "Minnet räckte inte till PDF-dokumentet.") :
			nd_fail(ND_EIO, "Kunde inte göra PDF-dokumentet: %s.",
				cairo_status_to_string(st));
		return e;
	}
	*out = m.s;
	*len = m.n;
	return ND_OK;
}
