/* Full-text search over ärenden and paragraphs (SQLite FTS5). */
#ifndef NAMND_SEARCH_H
#define NAMND_SEARCH_H

#include "namnd/entity.h"

/* Rows best match first. Columns: 0 kind ("ärende" or "paragraf"),
 * 1 id of the ärende or paragraph, 2 dnr (or NULL), 3 title,
 * 4 context with the hits between mark_on and mark_off, 5 where (for a
 * paragraph "§ N, CODE YYYY-MM-DD", else the ärende's status).
 * The user's words are searched as words (prefix match on the last one);
 * FTS5 query syntax in them has no effect. */
enum nd_err search_run(struct nd_db *db, const char *text, int limit,
		       const char *mark_on, const char *mark_off,
		       nd_row_fn fn, void *ctx);

/* What the user typed as an FTS5 query of quoted words, the last one a
 * prefix: "" when there are no words. Malloc'ed (caller frees); NULL on
 * out of memory. */
char *search_fts_query(const char *text);

#endif
