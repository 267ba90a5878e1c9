/* Full-text search. */
#include "namnd/search.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/dnr.h"
#include "namnd/text.h"
#include "quote.h"

/* Quotes, stars, NEAR, AND and column filters in the text stay text.
 * every: each word a prefix, else only the last. */
static char *fts_query(const char *text, bool every)
{
	size_t len = strlen(text);
	char *q = malloc(len * 2 + 8), *o = q;
	const char *p = text;
	bool any = false;
	if (!q)
		return NULL;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		if (any)
			*o++ = ' ';
		*o++ = '"';
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
			if (*p == '"')
				*o++ = '"';
			*o++ = *p++;
		}
		*o++ = '"';
		if (every)
			*o++ = '*';
		any = true;
	}
	if (any && !every)
		*o++ = '*';
	*o = '\0';
	return q;
}

char *search_fts_query(const char *text)
{
	return fts_query(text, false);
}

/* The columns of a hit (search.h); ?2 and ?3 mark the words. */
#define HIT_COLS \
	"SELECT CASE s.rowid % 2 WHEN 0 THEN 'ärende' ELSE 'paragraf' END, " \
	"s.rowid / 2, nullif(s.dnr, ''), s.title, " \
	"snippet(search_index, -1, ?2, ?3, '…', 12), " \
	"CASE s.rowid % 2 WHEN 0 THEN (SELECT CASE WHEN voided IS NULL THEN status " \
	"ELSE 'makulerat' END FROM cases WHERE id = s.rowid / 2) " \
	"ELSE (SELECT '§ ' || p.number || ', ' || k.code || ' ' || m.date " \
	"      FROM paragraph p JOIN meeting m ON m.id = p.meeting_id " \
	"      JOIN committee k ON k.id = m.committee_id WHERE p.id = s.rowid / 2) END, "

/* The ärende whose dnr is exactly the text, when there is one: it is
 * shown before everything else, whatever its age. 0 when none. */
static long long exact_dnr(struct nd_db *db, const char *text)
{
	struct nd_dnr d;
	long long id = 0;
	const char *p = text;
	while (*p == ' ')
		p++;
	if (!*p || strlen(p) > 60 || dnr_parse(p, &d) != ND_OK)
		return 0;
	if (case_resolve(db, p, &id) != ND_OK) {
		nd_errclear();
		return 0;
	}
	return id;
}

/* Hits are stepped through by rowid (2 * id for an ärende, 2 * id + 1 for
 * a paragraph), newest first: FTS5 walks its word lists in rowid order
 * and stops after a page, where ranking would score every match of a
 * common word (a second at a million ärenden). */
static enum nd_err page(struct nd_db *db, const char *text, bool every, long long after,
			int limit, const char *mark_on, const char *mark_off, nd_row_fn fn,
			void *ctx)
{
	sqlite3_stmt *st = NULL;
	char *q = NULL;
	int rc = SQLITE_DONE, rows = 0;
	long long exact = 0;
	enum nd_err e;

	if (!text_valid_utf8(text, strlen(text)))
		return nd_fail(ND_EINVAL, "Söktexten är inte giltig UTF-8.");
	if (strlen(text) > 1000)
		return nd_fail(ND_ETOOLONG, "Söktexten är för lång (%zu byte, högst 1000).",
			       strlen(text));
	if (!(q = fts_query(text, every)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (!*q) {
		free(q);
		return nd_fail(ND_EINVAL, "Ange något att söka efter.");
	}
	if (limit <= 0)
		limit = -1;
	exact = exact_dnr(db, text);
	if (exact && after <= 0) {
		/* The exact dnr, whether or not its text holds the words. */
		if ((e = db_prepare(db, HIT_COLS "9223372036854775807, 1 FROM search_index s "
				    "WHERE s.rowid = 2 * ?1", &st)))
			goto out;
		sqlite3_bind_int64(st, 1, exact);
		sqlite3_bind_text(st, 2, mark_on, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, mark_off, -1, SQLITE_TRANSIENT);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			rows++;
			if (fn(ctx, st))
				goto done;
		}
		sqlite3_finalize(st);
		st = NULL;
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			goto done;
		if (limit > 0 && rows >= limit)
			goto out;
	}
	e = db_prepare(db, HIT_COLS "s.rowid, 0 FROM search_index s WHERE search_index "
		       "MATCH ?1 AND s.rowid < ?5 AND s.rowid <> 2 * ?6 "
		       "ORDER BY s.rowid DESC LIMIT ?4", &st);
	if (e)
		goto out;
	sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, mark_on, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, mark_off, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, limit > 0 ? limit - rows : -1);
	sqlite3_bind_int64(st, 5, after > 0 ? after : INT64_MAX);
	sqlite3_bind_int64(st, 6, exact);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(ctx, st))
			break;
done:
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		e = nd_fail(ND_EINVAL, "Sökningen \"%s\" kunde inte utföras: %s",
			    msgval(text), sqlite3_errmsg(db->h));
out:
	sqlite3_finalize(st);
	free(q);
	return e;
}

enum nd_err search_page(struct nd_db *db, const char *text, long long after, int limit,
			const char *mark_on, const char *mark_off, nd_row_fn fn, void *ctx)
{
	return page(db, text, false, after, limit, mark_on, mark_off, fn, ctx);
}

enum nd_err search_prefix(struct nd_db *db, const char *text, int limit, nd_row_fn fn,
			  void *ctx)
{
	return page(db, text, true, 0, limit, "", "", fn, ctx);
}

enum nd_err search_run(struct nd_db *db, const char *text, int limit,
		       const char *mark_on, const char *mark_off,
		       nd_row_fn fn, void *ctx)
{
	return search_page(db, text, 0, limit, mark_on, mark_off, fn, ctx);
}

enum nd_err search_count(struct nd_db *db, const char *text, long long max,
			 long long *count)
{
	sqlite3_stmt *st = NULL;
	char *q = search_fts_query(text);
	enum nd_err e;
	*count = 0;
	if (!q)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (!*q) {
		free(q);
		return ND_OK;
	}
	if ((e = db_prepare(db, "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE "
			    "search_index MATCH ?1 LIMIT ?2)", &st)) == ND_OK) {
		sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, max + 1);
		if (sqlite3_step(st) == SQLITE_ROW)
			*count = sqlite3_column_int64(st, 0);
		else
			e = nd_fail(ND_EINVAL, "Sökningen \"%s\" kunde inte utföras: %s",
				    msgval(text), sqlite3_errmsg(db->h));
	}
	sqlite3_finalize(st);
	free(q);
	return e;
}
