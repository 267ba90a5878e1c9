/* The document model: building it. Every text is copied sanitized. */
#include "doc_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "namnd/text.h"

struct nd_doc *doc_new(const char *name)
{
	struct nd_doc *doc = calloc(1, sizeof *doc);
	if (!doc)
		return NULL;
	doc->name = text_sanitize(name ? name : "Dokument", false);
	if (!doc->name) {
		free(doc);
		return NULL;
	}
	return doc;
}

static void block_clear(struct doc_block *b)
{
	free(b->text);
	for (size_t i = 0; i < b->nlines; i++) {
		free(b->lines[i].a);
		free(b->lines[i].b);
	}
	free(b->lines);
	for (int i = 0; i < b->ncols; i++)
		free((char *)b->cols[i].header);
	for (size_t i = 0; i < b->nrows * (size_t)b->ncols; i++)
		free(b->cells[i]);
	free(b->cells);
}

void doc_free(struct nd_doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->n; i++)
		block_clear(&doc->blocks[i]);
	free(doc->blocks);
	free(doc->name);
	free(doc->title);
	free(doc->author);
	free(doc->subject);
	free(doc);
}

enum nd_err doc_status(const struct nd_doc *doc)
{
	return doc ? doc->err : ND_ENOMEM;
}

static bool oom(struct nd_doc *doc)
{
	if (!doc->err)
		doc->err = nd_fail(ND_ENOMEM, "Minnet räckte inte till dokumentet.");
	return false;
}

/* A sanitized copy; NULL stays NULL. */
static bool copy(struct nd_doc *doc, const char *s, bool newlines, char **out)
{
	*out = NULL;
	if (!s)
		return true;
	*out = text_sanitize(s, newlines);
	return *out ? true : oom(doc);
}

static struct doc_block *block_add(struct nd_doc *doc, enum doc_kind kind)
{
	if (doc->err)
		return NULL;
	if (doc->n == doc->cap) {
		size_t cap = doc->cap ? doc->cap * 2 : 16;
		struct doc_block *nb = realloc(doc->blocks, cap * sizeof *nb);
		if (!nb) {
			oom(doc);
			return NULL;
		}
		doc->blocks = nb;
		doc->cap = cap;
	}
	struct doc_block *b = &doc->blocks[doc->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

/* The last block when it is of kind, else a new one. */
static struct doc_block *block_cont(struct nd_doc *doc, enum doc_kind kind)
{
	if (!doc->err && doc->n > 0 && doc->blocks[doc->n - 1].kind == kind)
		return &doc->blocks[doc->n - 1];
	return block_add(doc, kind);
}

static void line_add(struct nd_doc *doc, struct doc_block *b, const char *a,
		     const char *bb, bool newlines)
{
	struct doc_line l;
	if (!b)
		return;
	if (b->nlines == b->lcap) {
		size_t cap = b->lcap ? b->lcap * 2 : 8;
		struct doc_line *nl = realloc(b->lines, cap * sizeof *nl);
		if (!nl) {
			oom(doc);
			return;
		}
		b->lines = nl;
		b->lcap = cap;
	}
	if (!copy(doc, a, false, &l.a))
		return;
	if (!copy(doc, bb, newlines, &l.b)) {
		free(l.a);
		return;
	}
	b->lines[b->nlines++] = l;
}

void doc_header(struct nd_doc *doc, const char *left, const char *right)
{
	line_add(doc, block_cont(doc, B_HEADER), left ? left : "", right, false);
}

static void text_block(struct nd_doc *doc, enum doc_kind kind, const char *text,
		       bool newlines)
{
	struct doc_block *b = block_add(doc, kind);
	if (b)
		copy(doc, text ? text : "", newlines, &b->text);
}

void doc_heading(struct nd_doc *doc, const char *text)
{
	text_block(doc, B_HEADING, text, false);
	if (!doc->err)
		doc->blocks[doc->n - 1].level = 1;
}

void doc_subheading(struct nd_doc *doc, const char *text)
{
	text_block(doc, B_HEADING, text, false);
	if (!doc->err)
		doc->blocks[doc->n - 1].level = 2;
}

void doc_info(struct nd_doc *doc, const char *title, const char *author,
	      const char *subject)
{
	char *t, *a, *s;
	if (doc->err)
		return;
	if (!copy(doc, title, false, &t))
		return;
	if (!copy(doc, author && *author ? author : NULL, false, &a)) {
		free(t);
		return;
	}
	if (!copy(doc, subject, false, &s)) {
		free(t);
		free(a);
		return;
	}
	free(doc->title);
	free(doc->author);
	free(doc->subject);
	doc->title = t;
	doc->author = a;
	doc->subject = s;
}

void doc_para(struct nd_doc *doc, const char *text)
{
	text_block(doc, B_PARA, text, true);
}

void doc_list_item(struct nd_doc *doc, const char *text)
{
	line_add(doc, block_cont(doc, B_LIST), text ? text : "", NULL, false);
}

void doc_fields_begin(struct nd_doc *doc, int label_width)
{
	struct doc_block *b = block_add(doc, B_FIELDS);
	if (b)
		b->label_width = label_width > 0 ? label_width : 0;
}

void doc_field(struct nd_doc *doc, const char *label, const char *value)
{
	line_add(doc, block_cont(doc, B_FIELDS), label && *label ? label : NULL,
		 value ? value : "", true);
}

void doc_table_begin(struct nd_doc *doc, int ncols, const struct doc_column *cols)
{
	if (doc->err)
		return;
	if (ncols < 1 || ncols > DOC_COLS_MAX) {
		doc->err = nd_fail(ND_EINVAL, "En tabell ska ha 1–%d kolumner, inte %d.",
				   DOC_COLS_MAX, ncols);
		return;
	}
	struct doc_block *b = block_add(doc, B_TABLE);
	if (!b)
		return;
	b->ncols = ncols;
	for (int i = 0; i < ncols; i++) {
		b->cols[i] = cols[i];
		b->cols[i].header = NULL;
		if (cols[i].header)
			b->has_header = true;
		if (cols[i].min < 0)
			b->cols[i].min = 0;
		if (cols[i].max < 0)
			b->cols[i].max = 0;
	}
	for (int i = 0; i < ncols; i++) {
		char *h;
		if (!copy(doc, cols[i].header ? cols[i].header : "", false, &h))
			return;
		b->cols[i].header = h;
	}
}

void doc_table_negative_red(struct nd_doc *doc, int col)
{
	if (doc->err || doc->n == 0 || doc->blocks[doc->n - 1].kind != B_TABLE)
		return;
	if (col >= 0 && col < doc->blocks[doc->n - 1].ncols)
		doc->blocks[doc->n - 1].red_negative |= 1u << col;
}

void doc_table_row(struct nd_doc *doc, const char *const *cells)
{
	if (doc->err)
		return;
	if (doc->n == 0 || doc->blocks[doc->n - 1].kind != B_TABLE) {
		doc->err = nd_fail(ND_EINVAL, "En tabellrad utan tabell.");
		return;
	}
	struct doc_block *b = &doc->blocks[doc->n - 1];
	size_t nc = (size_t)b->ncols;
	if (b->nrows == b->rcap) {
		size_t cap = b->rcap ? b->rcap * 2 : 16;
		char **ncells = realloc(b->cells, cap * nc * sizeof *ncells);
		if (!ncells) {
			oom(doc);
			return;
		}
		b->cells = ncells;
		b->rcap = cap;
	}
	char **row = b->cells + b->nrows * nc;
	for (size_t i = 0; i < nc; i++) {
		if (!copy(doc, cells[i] ? cells[i] : "", true, &row[i])) {
			while (i > 0)
				free(row[--i]);
			return;
		}
	}
	b->nrows++;
}

void doc_chart_begin(struct nd_doc *doc, const char *title, int nseries,
		     const char *const *series)
{
	struct doc_column cols[5];
	if (doc->err)
		return;
	if (nseries < 1 || nseries > 4) {
		doc->err = nd_fail(ND_EINVAL, "Ett diagram ska ha 1–4 serier, inte %d.", nseries);
		return;
	}
	for (int i = 0; i <= nseries; i++)
		cols[i] = (struct doc_column){ i ? series[i - 1] : "", 0, 0, DOC_LEFT, DOC_CUT };
	doc_table_begin(doc, nseries + 1, cols);
	if (doc->err)
		return;
	struct doc_block *b = &doc->blocks[doc->n - 1];
	b->kind = B_CHART;
	copy(doc, title ? title : "", false, &b->text);
}

void doc_chart_bar(struct nd_doc *doc, const char *label, const double *values)
{
	char num[4][32];
	const char *cells[5];
	if (doc->err || doc->n == 0 || doc->blocks[doc->n - 1].kind != B_CHART)
		return;
	struct doc_block *b = &doc->blocks[doc->n - 1];
	cells[0] = label;
	for (int i = 1; i < b->ncols; i++) {
		snprintf(num[i - 1], sizeof num[0], "%.17g", values[i - 1]);
		cells[i] = num[i - 1];
	}
	/* Stored as a table's row: doc_table_row wants a table last. */
	b->kind = B_TABLE;
	doc_table_row(doc, cells);
	b->kind = B_CHART;
}

void doc_signature(struct nd_doc *doc, const char *role, const char *name)
{
	line_add(doc, block_cont(doc, B_SIGN), role ? role : "", name ? name : "", false);
}

void doc_separator(struct nd_doc *doc)
{
	block_add(doc, B_SEP);
}

void doc_page_break(struct nd_doc *doc)
{
	block_add(doc, B_PAGE);
}

enum nd_err doc_format_parse(const char *s, enum doc_format *out)
{
	if (s && (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)) {
		*out = DOC_TEXT;
		return ND_OK;
	}
	if (s && strcmp(s, "xlsx") == 0) {
		*out = DOC_XLSX;
		return ND_OK;
	}
	if (s && strcmp(s, "pdf") == 0) {
		*out = DOC_PDF;
		return ND_OK;
	}
	char q[TEXT_QUOTE_SIZE];
	text_quote(s, q, sizeof q);
	return nd_fail(ND_EINVAL, "Formatet \"%s\" finns inte; välj text, xlsx eller pdf.", q);
}

enum doc_format doc_format_guess(const char *path)
{
	size_t n = path ? strlen(path) : 0;
	if (n >= 5 && strcasecmp(path + n - 5, ".xlsx") == 0)
		return DOC_XLSX;
	if (n >= 4 && strcasecmp(path + n - 4, ".pdf") == 0)
		return DOC_PDF;
	return DOC_TEXT;
}
