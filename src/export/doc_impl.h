/* The document model's inside, shared by the builder functions (doc.c)
 * and the renderers (doc_text.c, doc_xlsx.c). Not a public header. */
#ifndef NAMND_EXPORT_DOC_IMPL_H
#define NAMND_EXPORT_DOC_IMPL_H

#include "namnd/doc.h"

#define DOC_COLS_MAX 16

enum doc_kind {
	B_HEADER,   /* lines: a = left, b = right (or NULL) */
	B_HEADING,  /* text */
	B_PARA,     /* text, may hold '\n' */
	B_LIST,     /* lines: a = item text */
	B_FIELDS,   /* lines: a = label (NULL: continuation), b = value */
	B_TABLE,    /* cols, cells */
	B_SIGN,     /* lines: a = role, b = name */
	B_SEP,
	B_PAGE,
	B_CHART,    /* text = title; cols = label + series; cells: label, values */
};

struct doc_line {
	char *a, *b;
};

struct doc_block {
	enum doc_kind kind;
	char *text;
	struct doc_line *lines;
	size_t nlines, lcap;
	int label_width;         /* B_FIELDS: 0 = auto */
	int level;               /* B_HEADING: 1 heading, 2 subheading */
	int ncols;               /* B_TABLE */
	struct doc_column cols[DOC_COLS_MAX]; /* headers owned */
	char **cells;            /* nrows * ncols, each owned (never NULL) */
	size_t nrows, rcap;
	bool has_header;
	unsigned red_negative;   /* B_TABLE: bit c: column c's negatives in red */
};

struct nd_doc {
	char *name;
	char *title, *author, *subject; /* doc_info, each may be NULL */
	struct doc_block *blocks;
	size_t n, cap;
	enum nd_err err;
};

/* Wrapping for both renderers: the len bytes of text (one line, no
 * '\n') broken at spaces, or after a hyphen, into pieces of at most
 * width columns; a word longer than width is cut with a hyphen. Calls
 * fn with each piece (bytes, not NUL-terminated) and returns the count
 * of lines. fn may be NULL to count only. add_hyphen tells fn to write a
 * '-' after the piece. */
typedef void (*doc_line_fn)(void *ctx, const char *s, size_t len, bool add_hyphen);
size_t doc_wrap(const char *text, size_t len, size_t width, doc_line_fn fn, void *ctx);

/* Lines of a text holding '\n', each wrapped to width. */
size_t doc_wrap_lines(const char *text, size_t width, doc_line_fn fn, void *ctx);

/* The text rendering's width for each column of table b on a page of
 * width columns (gap of 2 between columns). */
void doc_table_widths(const struct doc_block *b, int width, int *out);

/* Render into xlsx at path (created or truncated). */
enum nd_err doc_render_xlsx(const struct nd_doc *doc, const char *path);

#endif
