/* Tabular text files (CSV/TSV) as finance systems export them and as
 * Excel writes or pastes them: encoding and delimiter detected, cells
 * parsed with libcsv (quoted cells may hold delimiters, quotes and line
 * breaks), each row with the line it starts on in the file.
 *
 * tab_parse is pure (bytes in, rows out; src/core/tabfile.c);
 * tab_load reads a file or standard input first (src/core/tabload.c).
 * Every message is Swedish and names the line (and column) concerned. */
#ifndef NAMND_TABFILE_H
#define NAMND_TABFILE_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

enum tab_encoding {
	TAB_UTF8,      /* UTF-8 without byte order mark */
	TAB_UTF8_BOM,  /* UTF-8 with a BOM (Excel's "CSV UTF-8") */
	TAB_UTF16,     /* UTF-16 with a BOM (Excel's "Unicode-text") */
	TAB_CP1252,    /* Windows-1252 (Excel's "CSV (semikolonavgränsad)") */
};

#define TAB_CELL_MAX_DEFAULT (64u * 1024u)
#define TAB_FILE_MAX_DEFAULT (256u * 1024u * 1024u)

/* What each import reads at most: a föredragningslista is a page or two
 * (4 MB is far more than any); a month's report or budget a line per
 * area, and a large organisation reporting every ansvar down to its
 * smallest unit has tens of thousands (100 000 lines are some 6 MB); a
 * diarium export a register of hundreds of thousands of ärenden. */
#define TAB_AGENDA_FILE_MAX (4u * 1024u * 1024u)
#define TAB_REPORT_FILE_MAX (16u * 1024u * 1024u)
#define TAB_CASES_FILE_MAX (128u * 1024u * 1024u)

struct tab_opts {
	size_t cell_max;   /* bytes per cell (after decoding); 0: default */
	size_t file_max;   /* bytes of input; 0: default */
	char delim;        /* '\t', ';' or ','; 0: detect */
	bool allow_ragged; /* rows may have another number of cells than
			      the first row; else that is an error */
	bool allow_layout; /* with delim 0: a table pasted from a PDF (no tabs,
			      columns parted by runs of two or more spaces,
			      "-2 209" one cell) is read as such; delim is
			      then ' ' */
	const char *what;  /* what the file is read as, for messages ("en
			      föredragningslista"); NULL: "en import" */
};

struct tab_row {
	size_t line;   /* 1-based line in the file where the row starts */
	size_t ncells;
	char **cells;  /* UTF-8, NUL-terminated, as in the file (not trimmed) */
};

struct tab_file {
	struct tab_row *rows; /* rows with at least one non-blank cell */
	size_t nrows;
	size_t width;         /* most cells in any row */
	char delim;           /* the delimiter used (' ': runs of spaces) */
	enum tab_encoding encoding;
	char note[160];       /* Swedish: the encoding and delimiter found */
	/* tabfile.c's own: the rows' cells live in slabs, in row order;
	 * slab k holds the rows from slab_end[k - 1] to below slab_end[k]
	 * (NULL once given back by tab_rows_release, which goes on at
	 * slab_first and row released). */
	char **slabs;
	size_t *slab_end;
	size_t nslabs, slab_first, slab_used, slab_cap, released;
};

/* Parse len bytes of data (need not be NUL-terminated; opts may be NULL
 * for the defaults). Refuses an empty or blank input, binary data (NUL
 * bytes, a zip such as .xlsx), bytes that are neither UTF-8 nor
 * Windows-1252, a cell over cell_max, a quote never closed, and (unless
 * allow_ragged) a row whose number of cells differs from the first row's.
 * On success *out is owned by the caller: free with tab_free. On failure
 * *out is NULL and nd_errmsg() says what and where. */
enum nd_err tab_parse(const char *data, size_t len, const struct tab_opts *opts,
		      struct tab_file **out);

/* As tab_parse, but data is malloc'ed and taken: freed as soon as it is
 * decoded (and in any case before returning). */
enum nd_err tab_parse_take(char *data, size_t len, const struct tab_opts *opts,
			   struct tab_file **out);

/* Read path ("-": standard input) whole, then tab_parse it. Messages
 * name the file. Ownership as tab_parse. */
enum nd_err tab_load(const char *path, const struct tab_opts *opts,
		     struct tab_file **out);

void tab_free(struct tab_file *t);

/* Give back the cells of rows from .. upto-1: they read as empty after
 * (tab_cell gives ""). For a reader done with a large file's rows in
 * order (calls with the same from and a growing upto), so that the file
 * and what is read from it are not held twice. */
void tab_rows_release(struct tab_file *t, size_t from, size_t upto);

/* The cell at column col (0-based) of row r, or "" past its end. */
const char *tab_cell(const struct tab_row *r, size_t col);

/* Swedish name of a delimiter ("tabb", "semikolon", "komma", : "flera
 * blanksteg"). */
const char *tab_delim_name(char delim);

/* Swedish name of an encoding ("UTF-8", "Windows-1252", ...). */
const char *tab_encoding_name(enum tab_encoding e);

#endif
