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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lazy_pdf.h"
#include "pdf_archive.h"

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

static cairo_status_t mem_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf_mem *m = closure;
	if (pdf_mem_append(m, data, len))
		return CAIRO_STATUS_SUCCESS;
	return m->nomem ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_WRITE_ERROR;
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
	struct pdf_mem m = { 0 };
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
		pdf_archive_update(&m, doc, pdf_made_on(), cairo_version_string());
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
