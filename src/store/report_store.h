/* Pieces shared by the month report and budget table stores
 * (report.c, budget.c). Not a public header. */
#ifndef NAMND_REPORT_STORE_H
#define NAMND_REPORT_STORE_H

#include "namnd/report.h"

/* The committee's code into buf; ND_ENOTFOUND naming the id. */
enum nd_err store_committee_code(struct nd_db *db, long long committee, char *buf, size_t n);
/* Copy of a text column, NULL for NULL (or out of memory). */
char *store_col_dup(sqlite3_stmt *st, int i);
/* The widest area in display columns (at least "Totalt"): sql selects
 * (area, indented?) for ?1 = id. *e gets any database error. */
size_t store_area_width(struct nd_db *db, const char *sql, long long id, enum nd_err *e);

/* The id sql finds for ?1 committee, ?2 year (and ?3 month when month is
 * not 0): 0 when none, -1 on a database error (message set). */
long long store_find_id(struct nd_db *db, const char *sql, long long committee, int year,
			int month);
/* A comment as stored: sanitized (line breaks kept), at most max
 * characters (ND_ETOOLONG), NULL for an empty one. Caller frees *out. */
enum nd_err store_comment(const char *text, size_t max, char **out);
/* Bind a line's figure k (NULL when the cell was empty). */
void store_bind_fig(sqlite3_stmt *st, int i, const struct report_line *l, int k);
/* Feed the rows of sql (?1 = id; columns id, area, comment, is_group,
 * in_group, children, then ncols figures) to fn, streaming. */
enum nd_err store_rows(struct nd_db *db, const char *sql, long long id, int ncols,
		       report_row_fn fn, void *ctx);
/* Run a DELETE (?1 = id); what names it in a message. */
enum nd_err store_delete(struct nd_db *db, const char *sql, long long id, const char *what);

#endif
