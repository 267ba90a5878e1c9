/* Månadsuppföljning: the controller's monthly budget follow-up per
 * verksamhetsområde (DOMAIN.md, "Money"), from the finance system's file
 * to the store and out to text and xlsx.
 *
 * Money is exact: integer hundredths of the report's unit (svnum.h).
 * Avvikelse (ack) = Utfall − Budget (ack), Avvikelse prognos = Prognos −
 * Budget (helår), an empty figure counting as 0; group figures and the
 * total are sums of the areas. None of these is ever stored.
 *
 * report_parse (src/core/report_parse.c) turns a parsed file into lines,
 * checking it; report_save and the readers (src/store/report.c) keep it;
 * the renderers (src/export/) write text and xlsx from the readers. */
#ifndef NAMND_REPORT_H
#define NAMND_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "namnd/db.h"
#include "namnd/svnum.h"
#include "namnd/tabfile.h"

/* The columns of the table, in their order in every rendering. */
enum report_col {
	RC_BUDGET_ACK,
	RC_UTFALL_ACK,
	RC_AVV_ACK,      /* computed: Utfall − Budget (ack) */
	RC_BUDGET_YEAR,
	RC_PROGNOS_YEAR,
	RC_AVV_PROGNOS,  /* computed: Prognos − Budget (helår) */
	RC_NCOLS
};

/* "Budget (ack)", …; static strings. */
const char *report_col_label(enum report_col c);
/* The two-line heading of the text rendering: part 0 "Budget", 1 "(ack)". */
const char *report_col_head(enum report_col c, int part);
bool report_col_computed(enum report_col c);

#define REPORT_TOTAL_LABEL "Totalt"
#define REPORT_LINES_MAX 500000
#define REPORT_AREA_MAX 200     /* characters in an area's name */
#define REPORT_COMMENT_MAX 5000 /* characters in a line's comment */
#define REPORT_NOTE_MAX 20000   /* characters in a report's or table's comment */
#define REPORT_NO_PARENT ((size_t)-1)

/* Messages gathered while reading a file (Swedish, each naming row and
 * column). */
struct report_msgs {
	char **v;
	size_t n;
};

struct report_line {
	char *area;          /* owned; sanitized, spaces collapsed */
	char *comment;       /* owned; NULL when none */
	bool is_group;       /* an area with sub-areas: no figures of its own */
	size_t parent;       /* index of its group line, or REPORT_NO_PARENT */
	int64_t v[RC_NCOLS]; /* the file's figures (computed columns too) */
	bool has[RC_NCOLS];  /* the cell was not empty */
	size_t line;         /* line in the file */
};

struct report_data {
	enum sv_unit unit;        /* SV_UNIT_TKR or SV_UNIT_KR */
	int year;                 /* budget tables: N (Prognos N, Budget N, N+1) */
	char *comment;            /* budget tables: "Kommentar …" rows; owned */
	struct report_line *lines;
	size_t nlines;
	size_t header_line;       /* line of the header row in the file */
	size_t total_line;        /* line of the file's total row; 0: none */
	struct report_msgs errors;   /* any: nothing may be stored */
	struct report_msgs warnings; /* mismatches: stored anyway */
	struct report_msgs notes;    /* what was recognised */
};

/* A header word the reader does not know (issue 12, item 7), put to the
 * user: which column is it? head is the header cell (col 0-based), word
 * the word not known, choices the columns it may be. The answer is an
 * index into choices, REPORT_ASK_IGNORE (the column is not read) or
 * REPORT_ASK_CANCEL (the import is given up) or REPORT_ASK_UNKNOWN (no
 * answer). Without a question function, or with no answer, the column is
 * not read and the message names the word and how to answer it
 * (--column "ORD=…" / --ignore "ORD" of the CLI's imports). */
struct report_question {
	size_t col;
	const char *head, *word;
	const char *const *choices;
	int nchoices;
};
#define REPORT_ASK_IGNORE (-1)
#define REPORT_ASK_CANCEL (-2)
#define REPORT_ASK_UNKNOWN (-3) /* no answer: named as a word not known */
typedef int (*report_ask_fn)(void *ctx, const struct report_question *q);

struct report_parse_opts {
	enum sv_unit unit;          /* SV_UNIT_NONE: from the header, else tkr */
	const char *committee_name; /* a row so labelled is the total row */
	int year;                   /* the report's year, 0: unknown; a column
				       headed with another year ("Utfall
				       2009-04" in 2010) is not read */
	bool free_rows;             /* the rows after the header are given
				       back (tab_rows_release) as they are
				       read: a large file and its lines are
				       not held twice */
	report_ask_fn ask;          /* a header word not known; may be NULL */
	void *ask_ctx;
};

/* Read the month report table of t: the header row is found by its words
 * (Budget, Utfall, Avvikelse, Prognos, ack, helår; Kommentar, Grupp) in
 * any column order; the total row (Totalt, Summa, the committee's name or
 * the header's first cell, as in the seed) is checked against the sum of
 * the areas and the deviation columns against the recomputation, each
 * mismatch a warning with row, column, file value and computed value.
 * Bad numbers, a missing column, duplicated areas, cells outside the
 * table: errors naming row and column. *out is set (caller frees with
 * report_data_free) unless out of memory; returns ND_EINVAL with a
 * summary when out->errors is not empty. */
enum nd_err report_parse(struct tab_file *t, const struct report_parse_opts *o,
			 struct report_data **out);
void report_data_free(struct report_data *d);

/* Append a printf-formatted message; false when out of memory. */
bool report_msg_add(struct report_msgs *m, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void report_msgs_free(struct report_msgs *m);

/* ---- The store (src/store/report.c) ---- */

struct report_save_opts {
	const char *source;       /* file name, for the record; may be NULL */
	const char *comment;      /* the report's comment; may be NULL */
	bool replace;             /* replace the period's report if there is one */
	bool allow_area_changes;  /* an area of the previous month may be gone */
};

/* Store d as the report of committee for year-month, in one transaction:
 * all or nothing. Refuses an existing period (unless replace) and an area
 * of the same year's previous report that is missing from d (unless
 * allow_area_changes), naming it. Areas new since then are added to
 * notes (may be NULL). *id gets the report's id. */
enum nd_err report_save(struct nd_db *db, long long committee, int year, int month,
			const struct report_data *d, const struct report_save_opts *o,
			struct report_msgs *notes, long long *id);

/* A stored report's heading and what its renderers need to know first. */
struct report_head {
	long long id;
	char code[16];           /* committee code */
	char *committee;         /* committee name; owned */
	int year, month;
	enum sv_unit unit;
	char *comment;           /* owned; NULL when none */
	char imported_on[11];
	size_t nlines, ngroups;
	int64_t total[RC_NCOLS]; /* the computed total row */
	bool cents;              /* a figure is not whole: show two decimals */
	bool comments;           /* some line has a comment */
	size_t area_width;       /* widest area in columns, sub-areas indented */
};

/* Find the report of committee for year-month. ND_ENOTFOUND with a
 * message naming the period when there is none. Free with
 * report_head_free. */
enum nd_err report_find(struct nd_db *db, long long committee, int year, int month,
			struct report_head *out);
void report_head_free(struct report_head *h);

/* One line as the store computes it, valid during the callback. */
struct report_row {
	long long id;
	const char *area;
	const char *comment;  /* NULL when none */
	bool is_group, in_group;
	size_t children;      /* a group's number of sub-areas */
	int64_t v[RC_NCOLS];  /* figures and computed deviations */
	bool has[RC_NCOLS];   /* false: an empty source figure (shown empty) */
};
typedef int (*report_row_fn)(void *ctx, const struct report_row *r);

/* Feed the report's lines in their order to fn, streaming (one row in
 * memory at a time). fn returns non-zero to stop. */
enum nd_err report_rows(struct nd_db *db, long long report, report_row_fn fn, void *ctx);

/* The periods stored for committee (0: all), newest first, as rows of
 * "Nämnd", "Period", "Områden", "Importerad" for db_rows consumers. */
enum nd_err report_list(struct nd_db *db, long long committee, nd_row_fn fn, void *ctx);

/* Set (text non-empty) or clear (NULL or "") the comment of the report,
 * or of its line named area when area is not NULL. */
enum nd_err report_set_comment(struct nd_db *db, long long report, const char *area,
			       const char *text);
enum nd_err report_remove(struct nd_db *db, long long report);

/* "2023-10" into year and month; ND_EINVAL naming the text. */
enum nd_err report_period_parse(const char *s, int *year, int *month);

/* ---- The nämndplan's budget table ----
 * Prognos for year N, Budget N and Budget N+1 per area, and where the
 * table has them (schema 036) the outcome of year N-1 (Bokslut, Utfall)
 * and the plan years N+2 and N+3 (Plan, Flerårsplan, Ekonomisk plan, EP);
 * a table may lack the Prognos. Totalt is the computed sum. Read into a
 * struct report_data whose lines hold v[BC_*] (src/core/budget_parse.c),
 * stored in budget_plan (src/store/budget.c), written as text
 * (src/export/budget_text.c) and PDF (src/export/report_doc.c). */
enum budget_col {
	BC_PROGNOS, BC_BUDGET, BC_BUDGET_NEXT, BC_NCOLS, /* every table's three */
	BC_OUTCOME = BC_NCOLS, BC_PLAN1, BC_PLAN2, BC_ALL
};
_Static_assert((int)BC_ALL <= (int)RC_NCOLS, "a budget line's figures fit a report line");
/* Column k's year relative to N (-1 … 3) and its word ("Bokslut",
 * "Prognos", "Budget", "Plan"). */
int budget_col_offset(enum budget_col k);
const char *budget_col_word(enum budget_col k);

struct budget_parse_opts {
	int year;                   /* N; 0: from the file's year row or headers */
	enum sv_unit unit;          /* SV_UNIT_NONE: from the header, else tkr */
	const char *committee_name; /* a row so labelled is the total row */
	report_ask_fn ask;          /* a header word not known; may be NULL */
	void *ask_ctx;
};

/* Read the budget table of t: a header row with Prognos and two Budget
 * columns, their years in the header cells or in a row above (as in the
 * nämndplan: "2023 | | 2024" over "Prognos | Budget | Budget"), the
 * areas, a total row checked against the sum (warnings as for
 * report_parse), and rows "Kommentar …" after the table as the comment.
 * Ownership and errors as report_parse. */
enum nd_err budget_parse(const struct tab_file *t, const struct budget_parse_opts *o,
			 struct report_data **out);

/* Store d as committee's budget table for d->year, all or nothing;
 * an existing one is refused unless o->replace. o->comment, when given,
 * replaces the file's comment. */
enum nd_err budget_save(struct nd_db *db, long long committee, const struct report_data *d,
			const struct report_save_opts *o, long long *id);

struct budget_head {
	long long id;
	char code[16];
	char *committee;          /* owned */
	int year;                 /* N */
	enum sv_unit unit;
	char *comment;            /* owned; NULL when none */
	size_t nlines;
	int64_t total[BC_ALL];    /* computed */
	bool has[BC_ALL];         /* some line has the figure: the column is shown */
	bool cents;
	size_t area_width;
};
/* The columns h shows, in their order (Bokslut N-1, Prognos N, Budget N,
 * Budget N+1, Plan N+2, Plan N+3; a column no line has left out) into
 * shown; returns their number. The table's last year into *last (may be
 * NULL). */
int budget_shown(const struct budget_head *h, int shown[BC_ALL], int *last);
/* A row's figures v/has (by BC_*) picked into the n shown columns. */
void budget_pick(const int *shown, int n, const int64_t *v, const bool *has, int64_t *ov,
		 bool *ohas);
enum nd_err budget_find(struct nd_db *db, long long committee, int year,
			struct budget_head *out);
void budget_head_free(struct budget_head *h);
/* The lines in order as report_rows gives them, with v[BC_*]. */
enum nd_err budget_rows(struct nd_db *db, long long plan, report_row_fn fn, void *ctx);
/* "Nämnd", "År", "Områden", "Importerad" rows for db_rows consumers. */
enum nd_err budget_list(struct nd_db *db, long long committee, nd_row_fn fn, void *ctx);
enum nd_err budget_remove(struct nd_db *db, long long plan);

/* The month reports heads[0..n) as one document (a page per month: the
 * title, the table with Totalt first, the comments), for the PDF; the
 * deviation columns' negative figures are red there. organisation is the
 * page head's and the PDF's author. On success *out is the caller's
 * (doc_free). */
struct nd_doc;
enum nd_err report_doc_build(struct nd_db *db, const struct report_head *heads, size_t n,
			     const char *organisation, struct nd_doc **out);

/* The budget table as a document (Totalt last), for the PDF. */
enum nd_err budget_doc_build(struct nd_db *db, const struct budget_head *h,
			     const char *organisation, struct nd_doc **out);

/* The budget table as aligned text, Totalt last as in the nämndplan. */
enum nd_err budget_write_text(struct nd_db *db, const struct budget_head *h, FILE *out);

/* ---- From a file to the store (src/store/report_import.c) ---- */

struct report_import_opts {
	long long committee;
	int year;                 /* month report: its year; budget: N or 0 */
	int month;                /* 1–12: a month report; 0: a budget table */
	enum sv_unit unit;        /* SV_UNIT_NONE: from the file */
	struct report_save_opts save;
	const char *text;         /* not NULL: the table as pasted (text_len
				     bytes), read instead of path */
	size_t text_len;
	report_ask_fn ask;        /* a header word not known; may be NULL */
	void *ask_ctx;
};

/* Read path ("-": standard input), then report_parse or budget_parse it,
 * then report_save or budget_save it: all or nothing. *out (caller frees
 * with report_data_free; NULL when the file could not be read) holds what
 * to show even when refused: notes (the file's encoding and delimiter
 * first, then what was recognised, then areas new since last month),
 * errors, and warnings (mismatches with the file, stored anyway). *id
 * gets the stored report's or table's id. */
enum nd_err report_import(struct nd_db *db, const char *path, const struct report_import_opts *o,
			  struct report_data **out, long long *id);

/* ---- Renderers (src/export/) ---- */

/* The aligned text table for the tjänsteutlåtande: title line, two-line
 * heading, the total row, the lines (sub-areas indented), then comments.
 * Numbers in Swedish format ("-795 480"). */
enum nd_err report_write_text(struct nd_db *db, const struct report_head *h, FILE *out);

/* An .xlsx workbook at path: a sheet per report (in the order given) and,
 * when there are several, a trend sheet. today is the date in the header
 * block ("YYYY-MM-DD"); organisation names the author's organisation in
 * the document properties (may be NULL). */
enum nd_err report_write_xlsx(struct nd_db *db, const struct report_head *heads, size_t n,
			      const char *path, const char *today, const char *organisation);

#endif
