/* Full-text search. */
#include "namnd/search.h"
#include "namnd/case.h"

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

/* A word in at least this many records is common (schema/022). */
#define SEARCH_COMMON_MIN 500
/* A prefix standing for more words than this is left to FTS5's own
 * prefix query (a letter or two: slower, but rare and still right). */
#define EXPAND_MAX 256

struct words {
	char **v;
	int n, cap;
	bool full; /* more than EXPAND_MAX */
};

static int words_add(struct words *w, const char *s, size_t n)
{
	if (w->n == w->cap) {
		int cap = w->cap ? w->cap * 2 : 16;
		char **v = realloc(w->v, (size_t)cap * sizeof *v);
		if (!v)
			return -1;
		w->v = v;
		w->cap = cap;
	}
	if (!(w->v[w->n] = malloc(n + 1)))
		return -1;
	memcpy(w->v[w->n], s, n);
	w->v[w->n++][n] = '\0';
	return 0;
}

static void words_free(struct words *w)
{
	for (int i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	memset(w, 0, sizeof *w);
}

static int on_token(void *ctx, int flags, const char *t, int n, int start, int end)
{
	(void)flags;
	(void)start;
	(void)end;
	return words_add(ctx, t, (size_t)n) ? SQLITE_NOMEM : SQLITE_OK;
}

/* The tokens of text as search_index holds them (its tokenizer, as set
 * in schema/011: case and diacritics folded). */
static int tokens_of(struct nd_db *db, const char *text, size_t len, struct words *out)
{
	const char *args[] = { "remove_diacritics", "2" };
	sqlite3_stmt *st = NULL;
	fts5_api *api = NULL;
	fts5_tokenizer tk;
	Fts5Tokenizer *t = NULL;
	void *ud = NULL;
	int rc = sqlite3_prepare_v2(db->h, "SELECT fts5(?1)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (!api || api->xFindTokenizer(api, "unicode61", &ud, &tk) != SQLITE_OK ||
	    tk.xCreate(ud, args, 2, &t) != SQLITE_OK)
		return -1;
	rc = tk.xTokenize(t, out, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, text,
			  (int)len, on_token);
	tk.xDelete(t);
	return rc == SQLITE_OK ? 0 : -1;
}

/* Adds to out the words of the index in [lo, hi] (bytes, inclusive),
 * read from search_vocab; those found common go to learn. */
static int vocab_range(struct nd_db *db, const char *lo, size_t nlo, const char *hi,
		       size_t nhi, struct words *out, struct words *learn)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(db->h, "SELECT term, doc FROM search_vocab "
			       "WHERE term >= ?1 AND term <= ?2", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, lo, (int)nlo, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, hi, (int)nhi, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && !out->full) {
		const char *term = (const char *)sqlite3_column_text(st, 0);
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		if (out->n >= EXPAND_MAX) {
			out->full = true;
			break;
		}
		if (words_add(out, term, n) ||
		    (sqlite3_column_int64(st, 1) >= SEARCH_COMMON_MIN && words_add(learn, term, n))) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* Every word of the index that begins with prefix, in byte order: the
 * common ones from search_common, the others from search_vocab between
 * them (so that no common word's long list is read). Words found common
 * in search_vocab are added to search_common when the file can be
 * written without waiting. -1 on error; out->full when there are too
 * many. *any_common: whether any of them is common. */
static int prefix_words(struct nd_db *db, const char *prefix, struct words *out,
			bool *any_common)
{
	struct words common = { 0 }, learn = { 0 };
	sqlite3_stmt *st = NULL;
	size_t np = strlen(prefix);
	char *lo = malloc(np + 2), *end = malloc(np + 2), *hi = NULL;
	size_t nlo = np;
	int rc, r = -1;
	if (!lo || !end)
		goto out;
	/* Every word beginning with prefix sorts below prefix + 0xff (no
	 * byte of UTF-8 is 0xff). */
	memcpy(lo, prefix, np);
	memcpy(end, prefix, np);
	end[np] = '\xff';
	if (sqlite3_prepare_v2(db->h, "SELECT term FROM search_common WHERE term >= ?1 AND "
			       "term < ?2 ORDER BY term", -1, &st, NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_text(st, 1, prefix, (int)np, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, end, (int)np + 1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (words_add(&common, (const char *)sqlite3_column_text(st, 0),
			      (size_t)sqlite3_column_bytes(st, 0)))
			break;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto out;
	for (int i = 0; i <= common.n && !out->full; i++) {
		/* The gap below the next common word: up to the greatest
		 * string before it (its last byte one less, then 0xff). */
		const char *c = i < common.n ? common.v[i] : NULL;
		size_t nc = c ? strlen(c) : 0;
		free(hi);
		if (!(hi = malloc(nc + 2)))
			goto out;
		if (c && nc > 0) {
			memcpy(hi, c, nc);
			hi[nc - 1]--;
			hi[nc] = '\xff';
		}
		if (vocab_range(db, lo, nlo, c ? hi : end, c ? nc + 1 : np + 1, out, &learn))
			goto out;
		if (!c)
			break;
		if (out->n >= EXPAND_MAX) {
			out->full = true;
			break;
		}
		if (words_add(out, c, nc))
			goto out;
		/* The next gap begins just after the common word. */
		char *grown = realloc(lo, nc + 2);
		if (!grown)
			goto out;
		lo = grown;
		memcpy(lo, c, nc);
		lo[nc] = '\x01';
		nlo = nc + 1;
	}
	*any_common = common.n > 0 || learn.n > 0;
	if (learn.n && !db->readonly && sqlite3_get_autocommit(db->h) &&
	    sqlite3_prepare_v2(db->h, "INSERT OR IGNORE INTO search_common (term) VALUES (?1)",
			       -1, &st, NULL) == SQLITE_OK) {
		/* A hint: never wait for another program's write for it. */
		sqlite3_busy_timeout(db->h, 0);
		for (int i = 0; i < learn.n; i++) {
			sqlite3_bind_text(st, 1, learn.v[i], -1, SQLITE_STATIC);
			if (sqlite3_step(st) != SQLITE_DONE)
				break;
			sqlite3_reset(st);
		}
		sqlite3_finalize(st);
		sqlite3_busy_timeout(db->h, 5000);
	}
	r = 0;
out:
	free(lo);
	free(hi);
	free(end);
	words_free(&common);
	words_free(&learn);
	return r;
}

/* Appends s to the query at *o as FTS5 string text ("" for "). */
static char *put_quoted(char *o, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			*o++ = '"';
		*o++ = s[i];
	}
	return o;
}

/* The query with the last word's prefix spelt out (search_fts_match). */
static char *expand(struct nd_db *db, const char *text)
{
	struct words toks = { 0 }, terms = { 0 };
	bool common = false;
	const char *p = text, *last = NULL;
	char *q0 = NULL;
	size_t nlast = 0;
	char *q = search_fts_query(text), *x = NULL, *o;
	if (!q || !*q)
		return q;
	/* The last word of the text. */
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		last = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		nlast = (size_t)(p - last);
	}
	if (!last || tokens_of(db, last, nlast, &toks) || toks.n == 0 ||
	    prefix_words(db, toks.v[toks.n - 1], &terms, &common) || terms.full ||
	    terms.n == 0 || !common)
		goto out; /* FTS5's own prefix query */
	/* The words before the last, as search_fts_query quotes them. */
	{
		char *head = malloc((size_t)(last - text) + 1);
		size_t pre = 0, size, nh;
		if (!head)
			goto out;
		memcpy(head, text, (size_t)(last - text));
		head[last - text] = '\0';
		q0 = search_fts_query(head);
		free(head);
		if (!q0)
			goto out;
		nh = strlen(q0);
		if (nh && q0[nh - 1] == '*')
			nh--;
		for (int i = 0; i + 1 < toks.n; i++)
			pre += strlen(toks.v[i]) * 2 + 1;
		size = nh + 8;
		for (int i = 0; i < terms.n; i++)
			size += pre + strlen(terms.v[i]) * 2 + 8;
		if (!(x = malloc(size))) {
			free(q0);
			goto out;
		}
		memcpy(x, q0, nh);
		o = x + nh;
		/* FTS5 wants AND spelt out before a parenthesis. */
		if (nh) {
			memcpy(o, " AND ", 5);
			o += 5;
		}
		free(q0);
	}
	*o++ = '(';
	for (int i = 0; i < terms.n; i++) {
		if (i) {
			memcpy(o, " OR ", 4);
			o += 4;
		}
		*o++ = '"';
		for (int j = 0; j + 1 < toks.n; j++) {
			o = put_quoted(o, toks.v[j], strlen(toks.v[j]));
			*o++ = ' ';
		}
		o = put_quoted(o, terms.v[i], strlen(terms.v[i]));
		*o++ = '"';
	}
	*o++ = ')';
	*o = '\0';
	free(q);
	q = x;
out:
	words_free(&toks);
	words_free(&terms);
	return q;
}

/* The last query is kept until the file changes, so that the next page
 * of a search, its count and the pages of a filtered list do not read
 * the vocabulary again. */
char *search_fts_match(struct nd_db *db, const char *text)
{
	long long version = db_data_version(db), changes = sqlite3_total_changes64(db->h);
	char *q;
	if (db->fts_text && strcmp(text, db->fts_text) == 0 && version == db->fts_version &&
	    changes == db->fts_changes)
		return strdup(db->fts_q);
	free(db->fts_text);
	free(db->fts_q);
	db->fts_text = db->fts_q = NULL;
	if (!(q = expand(db, text)))
		return NULL;
	/* Read again: expand may have noted a common word. */
	if ((db->fts_text = strdup(text)) && (db->fts_q = strdup(q))) {
		db->fts_version = db_data_version(db);
		db->fts_changes = sqlite3_total_changes64(db->h);
	} else {
		free(db->fts_text);
		db->fts_text = NULL;
	}
	return q;
}

/* The columns of a hit (search.h); ?2 and ?3 mark the words. */
#define HIT_COLS \
	"SELECT CASE s.rowid % 2 WHEN 0 THEN 'ärende' ELSE 'paragraf' END, " \
	"s.rowid / 2, CASE WHEN s.rowid % 2 = 0 AND s.dnr = '" CASE_DRAFT_TEXT "' " \
	"THEN '" CASE_DRAFT_TEXT " ' || (s.rowid / 2) ELSE nullif(s.dnr, '') END, s.title, " \
	"snippet(search_index, -1, ?2, ?3, '…', 12), " \
	"CASE s.rowid % 2 WHEN 0 THEN (SELECT CASE WHEN " CASE_DRAFT_SQL " THEN '" \
	CASE_DRAFT_TEXT "' WHEN voided IS NULL THEN status ELSE 'makulerat' END " \
	"FROM cases c WHERE id = s.rowid / 2) " \
	"ELSE (SELECT CASE WHEN p.numbered_in <> 0 THEN 'punkt ' ELSE '§ ' END || " \
	"      p.number || ', ' || k.code || ' ' || m.date " \
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
	if (!(q = every ? fts_query(text, true) : search_fts_match(db, text)))
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
	char *q = search_fts_match(db, text);
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
