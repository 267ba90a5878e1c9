/* Full-text search over ärenden and paragraphs (SQLite FTS5). */
#ifndef NAMND_SEARCH_H
#define NAMND_SEARCH_H

#include "namnd/entity.h"

/* A page of hits: first the ärende whose dnr is exactly the text (when
 * it is one), then the newest first. Columns: 0 kind ("ärende" or
 * "paragraf"), 1 id of the ärende or paragraph, 2 dnr (or NULL), 3 title,
 * 4 context with the hits between mark_on and mark_off, 5 where (for a
 * paragraph "§ N, CODE YYYY-MM-DD", else the ärende's status), 6 the
 * hit's key: pass the last row's as after for the next page (0: the
 * first page), 7 1 for the exact dnr, else 0.
 * Matching folds diacritics (backeby finds Bäckeby); the user's words
 * are searched as words (prefix match on the last one); FTS5 query
 * syntax in them has no effect. limit <= 0: no limit. */
enum nd_err search_page(struct nd_db *db, const char *text, long long after, int limit,
			const char *mark_on, const char *mark_off, nd_row_fn fn, void *ctx);
/* The first page: search_page with after 0. */
enum nd_err search_run(struct nd_db *db, const char *text, int limit,
		       const char *mark_on, const char *mark_off,
		       nd_row_fn fn, void *ctx);
/* The first page as search_run without marks, every word a prefix (a
 * picker: "månadsupp jan" finds Månadsuppföljning januari). */
enum nd_err search_prefix(struct nd_db *db, const char *text, int limit, nd_row_fn fn,
			  void *ctx);
/* The number of hits, counting no further than max + 1 (a count above
 * max means "more than max"). */
enum nd_err search_count(struct nd_db *db, const char *text, long long max,
			 long long *count);

/* What the user typed as an FTS5 query of quoted words, the last one a
 * prefix: "" when there are no words. Malloc'ed (caller frees); NULL on
 * out of memory. */
char *search_fts_query(const char *text);
/* The same query with the last word's prefix spelt out as the words of
 * the index that begin so ("a" OR "b"), which FTS5 reads newest first
 * and stops after a page, where it would read every hit of a prefix
 * before the first (schema/018). Falls back to search_fts_query's form
 * when the prefix stands for very many words. Malloc'ed; NULL on out of
 * memory. */
char *search_fts_match(struct nd_db *db, const char *text);

#endif
