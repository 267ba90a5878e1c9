/* Full-text search. */
#include "namnd/search.h"

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"
#include "quote.h"

/* Quotes, stars, NEAR, AND and column filters in the text stay text. */
char *search_fts_query(const char *text)
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
		any = true;
	}
	if (any)
		*o++ = '*';
	*o = '\0';
	return q;
}

enum nd_err search_run(struct nd_db *db, const char *text, int limit,
		       const char *mark_on, const char *mark_off,
		       nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	char *q = NULL;
	int rc;
	enum nd_err e;

	if (!text_valid_utf8(text, strlen(text)))
		return nd_fail(ND_EINVAL, "Söktexten är inte giltig UTF-8.");
	if (strlen(text) > 1000)
		return nd_fail(ND_ETOOLONG, "Söktexten är för lång (%zu byte, högst 1000).",
			       strlen(text));
	if (!(q = search_fts_query(text)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (!*q) {
		free(q);
		return nd_fail(ND_EINVAL, "Ange något att söka efter.");
	}
	e = db_prepare(db,
		"SELECT CASE s.rowid % 2 WHEN 0 THEN 'ärende' ELSE 'paragraf' END, "
		"s.rowid / 2, nullif(s.dnr, ''), s.title, "
		"snippet(search_index, -1, ?2, ?3, '…', 12), "
		"CASE s.rowid % 2 WHEN 0 THEN (SELECT status FROM cases WHERE id = s.rowid / 2) "
		"ELSE (SELECT '§ ' || p.number || ', ' || k.code || ' ' || m.date "
		"      FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
		"      JOIN committee k ON k.id = p.committee_id WHERE p.id = s.rowid / 2) END "
		"FROM search_index s WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?4", &st);
	if (e)
		goto out;
	sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, mark_on, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, mark_off, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, limit > 0 ? limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(ctx, st))
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		e = nd_fail(ND_EINVAL, "Sökningen \"%s\" kunde inte utföras: %s",
			    msgval(text), sqlite3_errmsg(db->h));
out:
	sqlite3_finalize(st);
	free(q);
	return e;
}
