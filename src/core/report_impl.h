/* Pieces shared by the readers of the month report and of the nämndplan
 * budget table (report_parse.c, budget_parse.c). Not a public header. */
#ifndef NAMND_REPORT_IMPL_H
#define NAMND_REPORT_IMPL_H

#include "namnd/report.h"

/* What a header cell names, word by word (report_parse.c's lexicon,
 * shared by the month report and the budget table): a figure column
 * (enum report_col), or one of these. */
enum {
	RK_PLAN = -7,    /* a plan year ("Plan 2026", "Flerårsplan", "EP") */
	RK_YEAR = -6,    /* a figure of another year than the report's */
	RK_AVV = -5,     /* a bare "Avvikelse": its neighbours tell which */
	RK_SHARE = -4,   /* a share ("%", "andel"): not an amount */
	RK_LAST = -3,    /* last year's figures or a bokslut */
	RK_UNKNOWN = -2, /* a figure word beside a word not known */
	RK_NONE = -1,    /* no figure word: names, or a column not read */
	RK_COMMENT = RC_NCOLS, RK_GROUP, RK_BUDGET /* a bare Budget */, RK_NKINDS
};
/* The kind of column cell names; report_year (0: any) makes a figure of
 * another year RK_YEAR. The first word not in the lexicon (not a number,
 * not one letter) is copied to unknown, else unknown is "". */
int rp_classify(const char *cell, int report_year, char *unknown, size_t usize);
/* Put the header word not known in column col to the user (o's ask,
 * may be NULL: REPORT_ASK_IGNORE) with choices; the answer as
 * report_ask_fn gives it. */
int rp_ask(report_ask_fn ask, void *ctx, const struct tab_row *h, size_t col,
	   const char *word, const char *const *choices, int n);

/* Sanitized copy of s, runs of spaces (no-break ones too) made one, ends
 * trimmed; keep_newlines keeps line breaks. Caller frees; NULL: no memory. */
char *rp_clean(const char *s, bool keep_newlines);
/* How a word not known is answered on the command line, for messages:
 * ' (ange --column "plan=…" eller --ignore "plan")'. word as quoted. */
const char *rp_answer_hint(const char *word, char *buf, size_t size);
/* Lower case for matching words: ASCII and Å Ä Ö É. */
void rp_lower(const char *s, char *buf, size_t bufsz);
/* w occurs in the lower-cased l as a word of its own. */
bool rp_has_word(const char *l, const char *w);
/* The unit a row's cells name: tkr, kr, or none. h may be NULL. */
enum sv_unit rp_unit(const struct tab_row *h);
/* The cell is empty or only spaces. */
bool rp_blank(const char *s);
/* A total row's label: Totalt, Summa, …, the header's label cell (as in
 * the seed: "Utbildning") or the committee's name. */
bool rp_total_label(const char *label, const char *header_label, const char *committee);
/* An error in d->errors (the first 50, then "and more"). Returns -1, or
 * -2 when out of memory. */
int rp_error(struct report_data *d, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* A warning naming row, column, the file's and the computed value, when
 * they differ. */
void rp_mismatch(struct report_data *d, size_t line, const char *what, size_t col,
		 const char *head, int64_t file, int64_t computed);
/* Swedish text of v, decimals only when it has them (SV_NUM_BUF bytes). */
void rp_fmt(int64_t v, char *buf);
/* Errors for areas (and groups) named twice. -2: out of memory. */
int rp_duplicates(struct report_data *d, size_t label_col, size_t group_col);
/* A new line for area (owned from here on; freed when out of memory) from
 * the file's line, at the end of d (*cap: its capacity). NULL: no memory. */
struct report_line *rp_add_line(struct report_data *d, size_t *cap, char *area, size_t line);

/* The parser's result: ND_ENOMEM (rc -2), ND_EINVAL with a summary when
 * d has errors, else ND_OK. */
enum nd_err rp_result(const struct report_data *d, int rc);

#endif
