/* The text rendering: UTF-8 lines fitted to a page width, columns aligned
 * by display width (å is one column), trailing spaces trimmed, blocks
 * separated by one empty line (none after a heading). */
#include "doc_impl.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

#define SIGN_DOTS 30
#define GAP 2

struct sb {
	char *s;
	size_t n, cap;
	bool fail;
};

static void sb_add(struct sb *b, const char *s, size_t len)
{
	if (b->fail)
		return;
	if (b->n + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->n + len + 1 > cap)
			cap *= 2;
		char *ns = realloc(b->s, cap);
		if (!ns) {
			b->fail = true;
			return;
		}
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, len);
	b->n += len;
	b->s[b->n] = '\0';
}

static void sb_str(struct sb *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static void sb_spaces(struct sb *b, size_t n)
{
	static const char sp[] = "                                ";
	while (n > 0) {
		size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
		sb_add(b, sp, k);
		n -= k;
	}
}

/* End the current output line: trailing spaces go. */
static void sb_eol(struct sb *b)
{
	if (b->fail)
		return;
	while (b->n > 0 && b->s[b->n - 1] == ' ')
		b->n--;
	sb_add(b, "\n", 1);
}

/* Pieces of wrapped text, each an owned NUL-terminated line. */
struct pieces {
	char **v;
	size_t n, cap;
	bool fail;
};

static void piece_add(void *ctx, const char *s, size_t len, bool hyphen)
{
	struct pieces *p = ctx;
	if (p->fail)
		return;
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 8;
		char **nv = realloc(p->v, cap * sizeof *nv);
		if (!nv) {
			p->fail = true;
			return;
		}
		p->v = nv;
		p->cap = cap;
	}
	char *line = malloc(len + 2);
	if (!line) {
		p->fail = true;
		return;
	}
	memcpy(line, s, len);
	if (hyphen)
		line[len++] = '-';
	line[len] = '\0';
	p->v[p->n++] = line;
}

static void pieces_free(struct pieces *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	memset(p, 0, sizeof *p);
}

/* Wrapped (or, when !wrap, cut with "…") lines of text in width columns. */
static bool pieces_of(struct pieces *p, const char *text, size_t width, bool wrap)
{
	memset(p, 0, sizeof *p);
	if (wrap) {
		doc_wrap_lines(text, width, piece_add, p);
		return !p->fail;
	}
	for (const char *s = text;;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		char *line = malloc(n + 1), *cut;
		if (!line)
			return !(p->fail = true);
		memcpy(line, s, n);
		line[n] = '\0';
		cut = text_truncate(line, width);
		free(line);
		if (!cut)
			return !(p->fail = true);
		piece_add(p, cut, strlen(cut), false);
		free(cut);
		if (!nl || p->fail)
			return !p->fail;
		s = nl + 1;
	}
}

/* s padded to w columns, on the left for DOC_RIGHT. */
static void sb_cell(struct sb *b, const char *s, size_t w, enum doc_align align)
{
	size_t tw = text_width(s);
	size_t pad = tw < w ? w - tw : 0;
	if (align == DOC_RIGHT)
		sb_spaces(b, pad);
	sb_str(b, s);
	if (align != DOC_RIGHT)
		sb_spaces(b, pad);
}

static void render_header(struct sb *out, const struct doc_block *b, size_t width)
{
	size_t rw = 0;
	for (size_t i = 0; i < b->nlines; i++)
		if (b->lines[i].b && text_width(b->lines[i].b) > rw)
			rw = text_width(b->lines[i].b);
	size_t lw = rw && width > rw + GAP ? width - rw - GAP : width;
	for (size_t i = 0; i < b->nlines; i++) {
		struct pieces p;
		const char *right = b->lines[i].b;
		if (!pieces_of(&p, b->lines[i].a, right ? lw : width, true)) {
			out->fail = true;
			pieces_free(&p);
			return;
		}
		for (size_t k = 0; k < p.n; k++) {
			if (k == 0 && right && *right) {
				sb_cell(out, p.v[k], lw + GAP, DOC_LEFT);
				sb_str(out, right);
			} else {
				sb_str(out, p.v[k]);
			}
			sb_eol(out);
		}
		pieces_free(&p);
	}
}

static void render_lines(struct sb *out, const char *text, size_t width, const char *first,
			 size_t indent)
{
	struct pieces p;
	if (!pieces_of(&p, text, width > indent ? width - indent : 1, true))
		out->fail = true;
	for (size_t k = 0; k < p.n; k++) {
		if (k == 0 && first)
			sb_str(out, first);
		else
			sb_spaces(out, indent);
		sb_str(out, p.v[k]);
		sb_eol(out);
	}
	pieces_free(&p);
}

static void render_fields(struct sb *out, const struct doc_block *b, size_t width)
{
	size_t lw = (size_t)b->label_width;
	if (lw == 0) {
		for (size_t i = 0; i < b->nlines; i++)
			if (b->lines[i].a && text_width(b->lines[i].a) > lw)
				lw = text_width(b->lines[i].a);
		if (lw > width / 3)
			lw = width / 3;
	}
	size_t vw = width > lw + GAP + 10 ? width - lw - GAP : 10;
	for (size_t i = 0; i < b->nlines; i++) {
		struct pieces lp = { 0 }, vp = { 0 };
		bool ok = (!b->lines[i].a || pieces_of(&lp, b->lines[i].a, lw, true)) &&
			  pieces_of(&vp, b->lines[i].b, vw, true);
		if (!ok) {
			out->fail = true;
		} else {
			size_t rows = lp.n > vp.n ? lp.n : vp.n;
			for (size_t k = 0; k < rows; k++) {
				sb_cell(out, k < lp.n ? lp.v[k] : "", lw + GAP, DOC_LEFT);
				if (k < vp.n)
					sb_str(out, vp.v[k]);
				sb_eol(out);
			}
		}
		pieces_free(&lp);
		pieces_free(&vp);
	}
}

/* One table row (or the header): every cell wrapped or cut in its
 * column, the row as tall as its tallest cell. */
static void render_row(struct sb *out, const struct doc_block *b, const int *w,
		       const char *const *cells)
{
	struct pieces p[DOC_COLS_MAX];
	size_t rows = 0;
	int n = b->ncols;
	memset(p, 0, sizeof p);
	for (int c = 0; c < n; c++) {
		if (!pieces_of(&p[c], cells[c], (size_t)w[c], b->cols[c].wrap != DOC_CUT))
			out->fail = true;
		if (p[c].n > rows)
			rows = p[c].n;
	}
	for (size_t k = 0; k < rows && !out->fail; k++) {
		for (int c = 0; c < n; c++) {
			if (c > 0)
				sb_spaces(out, GAP);
			sb_cell(out, k < p[c].n ? p[c].v[k] : "", (size_t)w[c],
				b->cols[c].align);
		}
		sb_eol(out);
	}
	for (int c = 0; c < n; c++)
		pieces_free(&p[c]);
}

static void render_table(struct sb *out, const struct doc_block *b, size_t width)
{
	int w[DOC_COLS_MAX];
	const char *head[DOC_COLS_MAX];
	doc_table_widths(b, (int)width, w);
	if (b->has_header) {
		for (int c = 0; c < b->ncols; c++)
			head[c] = b->cols[c].header;
		render_row(out, b, w, head);
		for (int c = 0; c < b->ncols; c++) {
			if (c > 0)
				sb_spaces(out, GAP);
			for (int k = 0; k < w[c]; k++)
				sb_add(out, "-", 1);
		}
		sb_eol(out);
	}
	for (size_t r = 0; r < b->nrows; r++)
		render_row(out, b, w, (const char *const *)b->cells + r * (size_t)b->ncols);
}

static void render_signatures(struct sb *out, const struct doc_block *b)
{
	size_t rw = 0;
	for (size_t i = 0; i < b->nlines; i++)
		if (text_width(b->lines[i].a) > rw)
			rw = text_width(b->lines[i].a);
	for (size_t i = 0; i < b->nlines; i++) {
		sb_cell(out, b->lines[i].a, rw + GAP, DOC_LEFT);
		for (int k = 0; k < SIGN_DOTS; k++)
			sb_add(out, ".", 1);
		sb_spaces(out, GAP);
		sb_str(out, b->lines[i].b);
		sb_eol(out);
	}
}

char *doc_render_text(const struct nd_doc *doc, int width)
{
	struct sb out = { 0 };
	bool gap = false;
	if (!doc || doc->err)
		return NULL;
	if (width < DOC_WIDTH_MIN)
		width = DOC_WIDTH_MIN;
	if (width > DOC_WIDTH_MAX)
		width = DOC_WIDTH_MAX;
	size_t w = (size_t)width;
	sb_add(&out, "", 0);
	for (size_t i = 0; i < doc->n && !out.fail; i++) {
		const struct doc_block *b = &doc->blocks[i];
		if (b->kind == B_PAGE || b->kind == B_CHART)
			continue;
		if (gap)
			sb_add(&out, "\n", 1);
		switch (b->kind) {
		case B_HEADER:
			render_header(&out, b, w);
			break;
		case B_HEADING:
		case B_PARA:
			render_lines(&out, b->text, w, NULL, 0);
			break;
		case B_LIST:
			for (size_t k = 0; k < b->nlines; k++)
				render_lines(&out, b->lines[k].a, w, "- ", 2);
			break;
		case B_FIELDS:
			render_fields(&out, b, w);
			break;
		case B_TABLE:
			render_table(&out, b, w);
			break;
		case B_SIGN:
			render_signatures(&out, b);
			break;
		case B_SEP:
			for (size_t k = 0; k < w; k++)
				sb_add(&out, "-", 1);
			sb_eol(&out);
			break;
		case B_PAGE:
		case B_CHART:
			break;
		}
		gap = b->kind != B_HEADING;
	}
	if (out.fail) {
		free(out.s);
		nd_fail(ND_ENOMEM, "Minnet räckte inte till dokumentet.");
		return NULL;
	}
	return out.s;
}
