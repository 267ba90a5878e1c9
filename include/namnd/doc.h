/* Documents: built once as a model, then rendered as UTF-8 text, .xlsx or
 * PDF, so the renderings can never disagree about content.
 *
 * A document (struct nd_doc) is a list of blocks in reading order:
 *
 *   header lines   "EXEMPELSTADS KOMMUN ........ KALLELSE" (left, right)
 *   heading        "FÖREDRAGNINGSLISTA" (the next block follows directly);
 *                  a subheading ("Beslut" under "§ 14 …") is the same in
 *                  text and xlsx, one level lower in the PDF's structure
 *   paragraph      wrapped text; '\n' in it starts a new line
 *   list item      "- text", wrapped with a hanging indent
 *   fields         label–value rows: "Tid    onsdag 20 mars 2024 kl. 08.30";
 *                  a NULL label continues the row above (Ledamöter …)
 *   table          columns with header, min/max width, alignment, wrap
 *   signatures     "Ordförande  ..............................  Karin Åberg"
 *   separator      a rule across the page
 *   page break     a new page in xlsx and PDF; nothing extra in text
 *   chart          horizontal bars per row (the month report's
 *                  deviations): drawn on a page of its own in the PDF;
 *                  text and xlsx leave it out (their tables hold the
 *                  figures, the xlsx has its own chart)
 *
 * Every text given to the model is copied and sanitized (control
 * characters removed, invalid UTF-8 replaced), so no renderer ever sees an
 * escape sequence. The xlsx renderer writes every text with
 * worksheet_write_string: a title "=SUM(A1)" stays a string.
 *
 * Errors are sticky: the building functions return nothing; the first
 * failure (out of memory) is kept and every later call does nothing.
 * A builder checks doc_status() once at the end.
 *
 * Adding a new document type (protokoll, utdrag, anslag, …):
 *   1. In src/export/NAME.c write
 *        enum nd_err NAME_build(struct nd_db *db, long long id,
 *                               const struct doc_opts *opts, struct nd_doc **out);
 *      that reads the store (bound parameters only) and calls doc_new and
 *      the doc_* functions below; declare it in a header of its own in
 *      include/namnd/. It decides content and order, never layout: no
 *      padding, no line breaks for width, no xlsx calls. Honour
 *      opts->public_only (leave out what is confidential).
 *      src/export/kallelse.c is the example; meeting_doc.h has the shared
 *      pieces (meeting header, agenda table).
 *   2. A CLI verb (or TUI key) calls NAME_build, then doc_write (or
 *      doc_render_text for a preview, doc_render_pdf for a PDF in
 *      memory), then doc_free.
 *   3. Tests: a hand-written golden text file in tests/golden/ compared
 *      byte for byte, the xlsx read by /usr/bin/python3 + openpyxl, the
 *      PDF by poppler-utils (pdfinfo, pdffonts, pdftotext).
 *
 * The PDF (doc_pdf.c, Cairo + Pango): A4 portrait, DejaVu Sans embedded;
 * the first header block is the head of every page with the page number
 * "1 (3)"; headings stay with their text; table rows are not split (one
 * taller than a page goes on line by line on the next) and a
 * table's header row repeats on each page; tagged (H1 = the kind in the
 * header, H2 headings, H3 subheadings, P, L/LI, Table/TR/TH/TD) with
 * title, author (the organisation) and subject from doc_info; PDF/A-2b's
 * XMP metadata, sRGB output intent and trailer /ID added after Cairo.
 */
#ifndef NAMND_DOC_H
#define NAMND_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

enum doc_format { DOC_TEXT, DOC_XLSX, DOC_PDF };

/* Text renderings: default and allowed page widths in columns. */
#define DOC_WIDTH_DEFAULT 80
#define DOC_WIDTH_MIN 60
#define DOC_WIDTH_MAX 400

/* A right-aligned column holds figures: in xlsx its cells that are whole
 * numbers ("3", "-14") are written as numbers, so Excel can sum them (vote
 * counts); any other text in it stays a string. */
enum doc_align { DOC_LEFT, DOC_RIGHT };

/* How a cell wider than its column is shown: cut with "…", wrapped, or
 * wrapped with its words kept whole (a dnr: "2026/4-" "52" would read as
 * another number) as long as other columns can give up width instead.
 * false and true in column specs mean DOC_CUT and DOC_WRAP. */
enum doc_wrap { DOC_CUT = 0, DOC_WRAP = 1, DOC_WRAP_WORDS = 2 };

/* One table column. Widths are display columns (å is one). The text
 * rendering gives a column its widest cell, kept within [min, max]
 * (max 0: no limit); when the table is wider than the page, wrap columns
 * give up width (widest first, never below min; DOC_WRAP_WORDS columns
 * not below their longest word until the others are at their minimum). */
struct doc_column {
	const char *header; /* NULL in every column: the table has no header row */
	int min, max;
	enum doc_align align;
	enum doc_wrap wrap;
};

/* What builders are asked for. */
struct doc_opts {
	bool public_only; /* confidential items shown as such, details left out */
};

struct nd_doc;

/* A new, empty document. name is the xlsx sheet name and title ("Kallelse").
 * Returns NULL on out of memory. Free with doc_free. */
struct nd_doc *doc_new(const char *name);
void doc_free(struct nd_doc *doc); /* NULL is a no-op */

/* ND_OK, or the first error met while building (ND_ENOMEM, ND_EINVAL). */
enum nd_err doc_status(const struct nd_doc *doc);

/* What the PDF's metadata says: title ("Protokoll Utbildningsnämnden
 * 2024-03-20"), author (the organisation; NULL or "": none) and subject.
 * Without it the PDF's title is the document's name and its author the
 * first header line's left text. */
void doc_info(struct nd_doc *doc, const char *title, const char *author,
	      const char *subject);

/* One header line: left text, and right text (may be NULL) set in a
 * column at the right margin. Consecutive header lines form one block. */
void doc_header(struct nd_doc *doc, const char *left, const char *right);
void doc_heading(struct nd_doc *doc, const char *text);
void doc_subheading(struct nd_doc *doc, const char *text);
void doc_para(struct nd_doc *doc, const char *text);
/* Consecutive list items form one block. */
void doc_list_item(struct nd_doc *doc, const char *text);

/* Start a label–value block. label_width: columns for the labels (longer
 * labels wrap inside it), 0 = as wide as the widest label. */
void doc_fields_begin(struct nd_doc *doc, int label_width);
/* A row of the current fields block (one is started when there is none).
 * label NULL or "": continues the row above. value may hold '\n'. */
void doc_field(struct nd_doc *doc, const char *label, const char *value);

/* Start a table of ncols (1..16) columns; the specs are copied. */
void doc_table_begin(struct nd_doc *doc, int ncols, const struct doc_column *cols);
/* Column col (0-based) of the current table holds deviations: the PDF
 * shows its negative figures ("-2 209") in red, and nothing else in red. */
void doc_table_negative_red(struct nd_doc *doc, int col);
/* A row of the current table: ncols cells, NULL = empty. */
void doc_table_row(struct nd_doc *doc, const char *const *cells);

/* A bar chart titled title with nseries (1..4) series named series[];
 * then doc_chart_bar for each category, in order, with nseries values.
 * Negative values are drawn red, positive ones blue. */
void doc_chart_begin(struct nd_doc *doc, const char *title, int nseries,
		     const char *const *series);
void doc_chart_bar(struct nd_doc *doc, const char *label, const double *values);

/* A signature line; consecutive ones form one block. */
void doc_signature(struct nd_doc *doc, const char *role, const char *name);
void doc_separator(struct nd_doc *doc);
void doc_page_break(struct nd_doc *doc);

/* The text rendering, lines fitted to width columns (DOC_WIDTH_MIN..
 * DOC_WIDTH_MAX; others are clamped), ending in a newline. Returns
 * malloc'ed memory the caller frees; NULL on out of memory. */
char *doc_render_text(const struct nd_doc *doc, int width);

/* The PDF rendering in memory (for an e-mail attachment or a web page):
 * on ND_OK *out is malloc'ed, *len bytes, and the caller frees it; on an
 * error *out is NULL and the message is set. */
enum nd_err doc_render_pdf(const struct nd_doc *doc, unsigned char **out, size_t *len);

/* Write the document to path atomically: a temporary file in the same
 * folder is written, flushed to disk and renamed over path, so path is
 * either the old file or the whole new one. A missing or unwritable
 * folder gives a Swedish message naming it, and leaves no file behind.
 * width is used by DOC_TEXT only. */
enum nd_err doc_write(const struct nd_doc *doc, enum doc_format fmt, int width,
		      const char *path);

/* The writing step of doc_write, for any file: fn writes the whole file
 * at tmp, a new empty temporary file in path's folder; on success tmp is
 * flushed to disk and renamed over path, on failure removed. The folder
 * checks and messages are doc_write's. */
typedef enum nd_err (*doc_file_fn)(void *ctx, const char *tmp);
enum nd_err doc_write_file(const char *path, doc_file_fn fn, void *ctx);
/* doc_write_file of a text as it is (a calendar, a web page). */
enum nd_err doc_write_string(const char *path, const char *text);

/* "text"/"txt", "xlsx" or "pdf" (Swedish message naming the value
 * otherwise). */
enum nd_err doc_format_parse(const char *s, enum doc_format *out);
/* DOC_XLSX when path ends in ".xlsx", DOC_PDF for ".pdf" (any case), else
 * DOC_TEXT. */
enum doc_format doc_format_guess(const char *path);

#endif
