/* Ärenden: fields, dnr allocation, keyset paging, and the tables that
 * hang off an ärende (beslutsunderlag, sändlista, avsnitt). */
#include "namnd/case.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/search.h"
#include "namnd/text.h"
#include "quote.h"
#include "util.h"

static const char *const case_statuses[] = {
	"registrerat", "under beredning", "klart för beslut", "beslutat", "avslutat", NULL,
};

static const struct nd_field case_fields[] = {
	{ "title", "titel", FT_TEXT, 1, 1000, NULL,
	  "UPDATE cases SET title = ?1 WHERE id = ?2" },
	{ "committee", "nämnd", FT_COMMITTEE, 0, 0, NULL,
	  "UPDATE cases SET committee_id = ?1 WHERE id = ?2" },
	{ "officer", "handläggare", FT_PERSON, 0, 0, NULL,
	  "UPDATE cases SET officer_id = ?1 WHERE id = ?2" },
	{ "status", "status", FT_ENUM, 0, 0, case_statuses,
	  "UPDATE cases SET status = coalesce(?1, 'registrerat') WHERE id = ?2" },
	{ "registered", "registrerat", FT_DATE, 0, 0, NULL,
	  "UPDATE cases SET registered = coalesce(?1, nd_today()) WHERE id = ?2" },
	{ "proposal", "förslag till beslut", FT_LONGTEXT, 0, 100000, NULL,
	  "UPDATE cases SET proposal = ?1 WHERE id = ?2" },
	{ "summary", "sammanfattning", FT_LONGTEXT, 0, 100000, NULL,
	  "UPDATE cases SET summary = ?1 WHERE id = ?2" },
	{ "description", "ärendet", FT_LONGTEXT, 0, 200000, NULL,
	  "UPDATE cases SET description = ?1 WHERE id = ?2" },
	{ "confidential", "sekretess", FT_BOOL, 0, 0, NULL,
	  "UPDATE cases SET confidential = coalesce(?1, 0) WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

/* Every field goes into the one INSERT: an INSERT followed by UPDATEs
 * would write the audit log and the search index twice per ärende. */
static const char *const case_insert[] = {
	"title", "committee", "officer", "status", "registered", "proposal", "summary",
	"description", "confidential", NULL,
};
static const char *const case_required[] = { "title", NULL };

const struct nd_entity case_entity = {
	.name = "case",
	.label = "ärende",
	.fields = case_fields,
	.insert_fields = case_insert,
	.required = case_required,
	/* ?1 series, ?2 year, ?3 number, ?4 class come from case_add. */
	.insert_sql = "INSERT INTO cases (dnr_series, dnr_year, dnr_number, dnr_class, "
		      "title, committee_id, officer_id, status, registered, proposal, "
		      "summary, description, confidential) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
		      "?7, coalesce(?8, 'registrerat'), coalesce(?9, nd_today()), ?10, ?11, "
		      "?12, coalesce(?13, 0))",
	.delete_sql = "DELETE FROM cases WHERE id = ?1",
	.show_sql = "SELECT c.id AS \"Id\", CASE WHEN " CASE_DRAFT_SQL " THEN "
		    "'" CASE_DRAFT_TEXT " ' || c.id ELSE nd_dnr(c.dnr_series, c.dnr_year, "
		    "c.dnr_number, c.dnr_class) END AS \"Dnr\", c.title AS \"Titel\", "
		    "k.code AS \"Nämnd\", p.name AS \"Handläggare\", "
		    "CASE WHEN " CASE_DRAFT_SQL " THEN '" CASE_DRAFT_TEXT "' "
		    "WHEN c.voided IS NULL THEN c.status ELSE 'makulerat' END "
		    "AS \"Status\", CASE WHEN " CASE_DRAFT_SQL " THEN NULL ELSE "
		    "c.registered END AS \"Registrerat\", "
		    "c.voided AS \"Makulerat\", c.void_reason AS \"Skäl för makulering\", "
		    "nullif(c.voided_by, '') AS \"Makulerat av\", "
		    "CASE c.confidential WHEN 1 THEN 'ja' ELSE 'nej' END AS \"Sekretess\", "
		    "c.proposal AS \"Förslag till beslut\", "
		    "c.summary AS \"Sammanfattning\", c.description AS \"Ärendet\" "
		    "FROM cases c LEFT JOIN committee k ON k.id = c.committee_id "
		    "LEFT JOIN person p ON p.id = c.officer_id WHERE c.id = ?1",
	.list_sql = NULL, /* lists page through case_page */
	.resolve = case_resolve,
};

void case_dnr_format(struct nd_db *db, const char *series, int year, long number,
		     char *buf, size_t size)
{
	struct nd_dnr d;
	if (number < 0) {
		snprintf(buf, size, "%s", CASE_DRAFT_TEXT);
		return;
	}
	memset(&d, 0, sizeof d);
	snprintf(d.series, sizeof d.series, "%s", series ? series : "");
	d.year = year;
	d.number = number;
	if (dnr_format(&d, db->dnr_pattern, buf, size) != ND_OK)
		dnr_format(&d, DNR_DEFAULT_PATTERN, buf, size);
}

/* Next number in (series, year), or move the counter past a number that
 * was registered by hand. Runs inside the caller's transaction. */
static enum nd_err counter_bump(struct nd_db *db, const char *series, int year,
				long given, long *out)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"INSERT INTO dnr_counter (series, year, last) VALUES (?1, ?2, "
		"coalesce(?3, 1)) ON CONFLICT (series, year) DO UPDATE SET last = "
		"CASE WHEN ?3 IS NULL THEN last + 1 ELSE max(last, ?3) END "
		"RETURNING last", &st);
	if (e)
		return e;
	sqlite3_bind_text(st, 1, series, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, year);
	if (given > 0)
		sqlite3_bind_int64(st, 3, given);
	if (sqlite3_step(st) != SQLITE_ROW)
		e = db_fail(db, "räkna fram nästa diarienummer");
	else
		*out = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return e;
}

static bool dnr_taken(struct nd_db *db, const char *series, int year, long number)
{
	sqlite3_stmt *st = NULL;
	bool taken = false;
	if (db_prepare(db, "SELECT 1 FROM cases WHERE dnr_series = ?1 AND dnr_year = ?2 "
		       "AND dnr_number = ?3", &st))
		return false;
	sqlite3_bind_text(st, 1, series, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int64(st, 3, number);
	taken = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return taken;
}

/* The series for a new ärende: the committee's own, else its code,
 * else the organisation's default. */
static enum nd_err default_series(struct nd_db *db, const char *code, char *out,
				  size_t size)
{
	if (code && *code) {
		sqlite3_stmt *st = NULL;
		/* An utskott's ärenden are its nämnd's: same series. */
		enum nd_err e = db_prepare(db, "SELECT coalesce(c.dnr_series, p.dnr_series, "
					   "p.code, c.code) FROM committee c LEFT JOIN "
					   "committee p ON p.id = c.parent_id WHERE "
					   "c.code = upper(?1)", &st);
		if (e)
			return e;
		sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
		if (*out)
			return ND_OK;
		return nd_fail(ND_ENOTFOUND, "Okänd nämnd: \"%s\".", msgval(code));
	}
	char *s = setting_get(db, "dnr_series", "");
	if (!s)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	snprintf(out, size, "%s", s);
	free(s);
	return ND_OK;
}

/* The dnr a registration asks for, before its transaction: dnr_text
 * parsed, or the series (NULL: the committee's, else the organisation's
 * default) and year (0: this year) with the number still to take. */
static enum nd_err dnr_choose(struct nd_db *db, const char *dnr_text, const char *series,
			      int year, const char *committee, struct nd_dnr *d)
{
	enum nd_err e;
	memset(d, 0, sizeof *d);
	if (dnr_text && *dnr_text)
		return dnr_parse(dnr_text, d);
	struct nd_date today;
	if ((e = date_today(&today)))
		return e;
	d->year = year ? year : today.y;
	if (d->year < 1900 || d->year > 2199)
		return nd_fail(ND_EINVAL, "Fältet \"år\" måste vara 1900–2199, inte %d.", d->year);
	if (series) {
		struct nd_dnr probe;
		char text[64];
		snprintf(text, sizeof text, "%s 2000/1", series);
		if (*series && dnr_parse(text, &probe) != ND_OK)
			return nd_fail(ND_EINVAL, "Fältet \"diarieserie\" ska börja med en bokstav "
				       "och bara innehålla A–Ö och siffror: \"%s\".",
				       msgval(series));
		snprintf(d->series, sizeof d->series, "%s", *series ? probe.series : "");
		return ND_OK;
	}
	return default_series(db, committee, d->series, sizeof d->series);
}

/* Take d's number inside the caller's transaction: a given number when it
 * is free (the series counter moves past it), else the next free one. */
static enum nd_err dnr_take(struct nd_db *db, struct nd_dnr *d)
{
	enum nd_err e;
	if (d->number > 0) {
		long last;
		if (dnr_taken(db, d->series, d->year, d->number)) {
			char text[64];
			case_dnr_format(db, d->series, d->year, d->number, text, sizeof text);
			return nd_fail(ND_EEXIST, "Diarienumret %s finns redan.", text);
		}
		return counter_bump(db, d->series, d->year, d->number, &last);
	}
	do {
		if ((e = counter_bump(db, d->series, d->year, 0, &d->number)))
			return e;
	} while (dnr_taken(db, d->series, d->year, d->number));
	return ND_OK;
}

static const char *committee_value(int n, const char *const *names, const char *const *values)
{
	const char *code = NULL;
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], "committee") == 0)
			code = values[i];
	return code;
}

enum nd_err case_add(struct nd_db *db, const char *dnr_text, const char *series,
		     int year, int n, const char *const *names,
		     const char *const *values, long long *id_out,
		     char *dnr_out, size_t dnr_size)
{
	struct nd_dnr d;
	struct nd_value pre[4] = { { V_TEXT, 0, NULL }, { V_INT, 0, NULL }, { V_INT, 0, NULL },
				   { V_TEXT, 0, NULL } };
	enum nd_err e;

	if ((e = dnr_choose(db, dnr_text, series, year, committee_value(n, names, values), &d)))
		return e;
	if ((e = db_begin(db)))
		return e;
	if ((e = dnr_take(db, &d)))
		goto fail;
	pre[0].s = d.series;
	pre[1].i = d.year;
	pre[2].i = d.number;
	pre[3].s = d.klass[0] ? d.klass : NULL;
	if ((e = entity_insert(db, &case_entity, 4, pre, n, names, values, id_out)))
		goto fail;
	if ((e = db_commit(db)))
		goto fail;
	if (dnr_out && dnr_format(&d, db->dnr_pattern, dnr_out, dnr_size) != ND_OK)
		case_dnr_format(db, d.series, d.year, d.number, dnr_out, dnr_size);
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err case_add_draft(struct nd_db *db, int n, const char *const *names,
			   const char *const *values, long long *id_out)
{
	/* The placeholder (schema 23): series '', year 1900 and the next
	 * negative number, one seek at the start of the unique index. */
	struct nd_value pre[4] = { { V_TEXT, 0, (char *)"" }, { V_INT, 1900, NULL },
				   { V_INT, -1, NULL }, { V_TEXT, 0, NULL } };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (committee_value(n, names, values)) {
		char series[DNR_SERIES_MAX + 1];
		/* Named and known now, as a registration would check it. */
		if ((e = default_series(db, committee_value(n, names, values), series,
					sizeof series)))
			return e;
	}
	if ((e = db_begin(db)))
		return e;
	if ((e = db_prepare(db, "SELECT min(dnr_number) FROM cases WHERE dnr_series = '' "
			    "AND dnr_year = 1900 AND dnr_number < 0", &st)))
		goto fail;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		pre[2].i = sqlite3_column_int64(st, 0) - 1;
	sqlite3_finalize(st);
	if ((e = entity_insert(db, &case_entity, 4, pre, n, names, values, id_out)) ||
	    (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

bool case_is_draft(struct nd_db *db, long long id)
{
	sqlite3_stmt *st = NULL;
	bool draft = false;
	if (db_prepare(db, "SELECT dnr_number < 0 FROM cases WHERE id = ?1", &st))
		return false;
	sqlite3_bind_int64(st, 1, id);
	draft = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return draft;
}

enum nd_err case_register(struct nd_db *db, long long id, const char *dnr_text,
			  const char *series, int year, char *dnr_out, size_t dnr_size)
{
	sqlite3_stmt *st = NULL;
	char code[64] = "", dnr[96];
	int draft = -1;
	struct nd_dnr d;
	enum nd_err e;
	if ((e = db_prepare(db, "SELECT c.dnr_number < 0, k.code FROM cases c LEFT JOIN "
			    "committee k ON k.id = c.committee_id WHERE c.id = ?1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		draft = sqlite3_column_int(st, 0);
		if (sqlite3_column_text(st, 1))
			snprintf(code, sizeof code, "%s", (const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (draft < 0)
		return nd_fail(ND_ENOTFOUND, "Ärendet %lld finns inte.", id);
	if (!draft) {
		case_dnr_of(db, id, dnr, sizeof dnr);
		return nd_fail(ND_EEXIST, "Ärende %s är redan registrerat.", dnr);
	}
	if ((e = dnr_choose(db, dnr_text, series, year, code, &d)) || (e = db_begin(db)))
		return e;
	if ((e = dnr_take(db, &d)))
		goto fail;
	if ((e = db_prepare(db, "UPDATE cases SET dnr_series = ?2, dnr_year = ?3, "
			    "dnr_number = ?4, dnr_class = ?5, registered = nd_today() "
			    "WHERE id = ?1 AND dnr_number < 0", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, d.series, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 3, d.year);
	sqlite3_bind_int64(st, 4, d.number);
	if (d.klass[0])
		sqlite3_bind_text(st, 5, d.klass, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "registrera utkastet")))
		goto fail;
	if (sqlite3_changes(db->h) != 1) {
		e = nd_fail(ND_EEXIST, "Utkastet %lld registrerades just av någon annan.", id);
		goto fail;
	}
	if ((e = db_commit(db)))
		goto fail;
	if (dnr_out && dnr_format(&d, db->dnr_pattern, dnr_out, dnr_size) != ND_OK)
		case_dnr_format(db, d.series, d.year, d.number, dnr_out, dnr_size);
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

/* One statement per sort order, direction and whether there is a key:
 * with a key the row-value comparison is a range search on the index, so
 * a page deep in the list costs what the first one does (an "?1 IS NULL
 * OR" in one statement would make SQLite scan from the start instead). */
#define CASE_STATUS "CASE WHEN " CASE_DRAFT_SQL " THEN '" CASE_DRAFT_TEXT "' " \
	"WHEN c.voided IS NULL THEN c.status ELSE 'makulerat' END"
#define CASE_COLS "SELECT c.id, CASE WHEN " CASE_DRAFT_SQL " THEN '" CASE_DRAFT_TEXT " ' " \
	"|| c.id ELSE nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) END, " \
	"c.title, " CASE_STATUS ", k.code, c.dnr_series, c.dnr_year, c.dnr_number FROM cases c " \
	"LEFT JOIN committee k ON k.id = c.committee_id "
#define BY_DNR " ORDER BY c.dnr_series, c.dnr_year, c.dnr_number LIMIT ?4"
#define BY_DNR_DESC " ORDER BY c.dnr_series DESC, c.dnr_year DESC, c.dnr_number DESC LIMIT ?4"
#define BY_TITLE " ORDER BY c.title, c.id LIMIT ?4"
#define BY_TITLE_DESC " ORDER BY c.title DESC, c.id DESC LIMIT ?4"
#define DNR_KEY "(c.dnr_series, c.dnr_year, c.dnr_number)"

/* Only ärenden matching the words in ?5 (full-text). A rare word is
 * best found from the word index (few rows to sort); a common one by
 * walking the sort order and testing each row's bit in the filter's
 * set of matches (nd_matched, filled once per filter by match_prepare),
 * which for a word in half the register is a page in a millisecond
 * where sorting its matches took half a second. */
#define MATCH_IN "c.id IN (SELECT s.rowid / 2 FROM search_index s WHERE " \
	"search_index MATCH ?5 AND s.rowid % 2 = 0)"
/* A status narrows as each row is tested (every status is common); a
 * handläggare's ärenden are found from the officer index and sorted (a
 * handläggare has hundreds, not a million). */
#define STATUS " AND (?6 IS NULL OR " CASE_STATUS " = ?6)"
#define OFFICER " AND c.officer_id = ?7"
#define PAGE_M(where, order, off) { \
	CASE_COLS "WHERE " where STATUS off order, \
	CASE_COLS "WHERE " where STATUS off " AND " MATCH_IN order, \
	CASE_COLS "WHERE " where STATUS off " AND nd_matched(c.id)" order }
#define PAGE(where, order) { PAGE_M(where, order, ""), PAGE_M(where, order, OFFICER) }

enum { M_NONE, M_FEW, M_MANY };
/* More matches than this walk the sort order instead: about where
 * sorting the matches costs what walking to a page of them does. */
#define MATCH_FEW_MAX 2000

/* [sort][backward][has key][has officer][M_*] */
static const char *const page_sql[2][2][2][2][3] = {
	[CASE_BY_DNR] = {
		{ PAGE("?1 IS NULL", BY_DNR), PAGE(DNR_KEY " > (?1, ?2, ?3)", BY_DNR) },
		{ PAGE("?1 IS NULL", BY_DNR_DESC),
		  PAGE(DNR_KEY " < (?1, ?2, ?3)", BY_DNR_DESC) },
	},
	[CASE_BY_TITLE] = {
		{ PAGE("?1 IS NULL", BY_TITLE), PAGE("(c.title, c.id) > (?1, ?2)", BY_TITLE) },
		{ PAGE("?1 IS NULL", BY_TITLE_DESC),
		  PAGE("(c.title, c.id) < (?1, ?2)", BY_TITLE_DESC) },
	},
};

/* The filter's matches, read once: whether they are few or many, and
 * for many a bit per ärende in db->match_bits. Kept for the last filter
 * until the file changes (db.h), so paging through one filter reads the
 * word index once. *q gets the FTS5 query (malloc'ed). */
static enum nd_err match_prepare(struct nd_db *db, const char *match, int *kind, char **q)
{
	long long version = db_data_version(db), changes = sqlite3_total_changes64(db->h);
	sqlite3_stmt *st = NULL;
	long long n = 0, max = 0;
	int rc;
	enum nd_err e;

	if (!(*q = search_fts_match(db, match)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (!**q) {
		*kind = M_NONE;
		return ND_OK;
	}
	if (db->match_text && strcmp(match, db->match_text) == 0 &&
	    version == db->match_version && changes == db->match_changes) {
		*kind = db->match_kind;
		return ND_OK;
	}
	free(db->match_text);
	db->match_text = NULL;
	if ((e = db_prepare(db, "SELECT max(id) FROM cases", &st)))
		return e;
	if (sqlite3_step(st) == SQLITE_ROW)
		max = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	free(db->match_bits);
	db->match_nbits = 0;
	if (!(db->match_bits = calloc((size_t)(max / 8 + 1), 1)))
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	db->match_nbits = max + 1;
	if ((e = db_prepare(db, "SELECT rowid FROM search_index WHERE search_index MATCH ?1",
			    &st)))
		return e;
	sqlite3_bind_text(st, 1, *q, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long r = sqlite3_column_int64(st, 0), id = r / 2;
		if (r % 2 == 0 && id >= 0 && id <= max) {
			db->match_bits[id >> 3] |= (unsigned char)(1u << (id & 7));
			n++;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return nd_fail(ND_EINVAL, "Filtret \"%s\" kunde inte användas: %s",
			       msgval(match), sqlite3_errmsg(db->h));
	*kind = n > MATCH_FEW_MAX ? M_MANY : M_FEW;
	if ((db->match_text = strdup(match))) {
		db->match_kind = *kind;
		db->match_version = db_data_version(db);
		db->match_changes = sqlite3_total_changes64(db->h);
	}
	return ND_OK;
}

enum nd_err case_page_filter(struct nd_db *db, enum case_sort sort, bool backward,
			     const struct case_key *after, const struct case_filter *f,
			     int limit, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	char *q = NULL;
	int kind = M_NONE;
	const char *match = f ? f->match : NULL;
	bool officer = f && f->officer > 0;
	enum nd_err e;
	if (match && *match) {
		if (!text_valid_utf8(match, strlen(match)))
			return nd_fail(ND_EINVAL, "Filtret är inte giltig UTF-8.");
		if ((e = match_prepare(db, match, &kind, &q))) {
			free(q);
			return e;
		}
		if (q && !*q) {
			free(q);
			q = NULL;
		}
	}
	if ((e = db_prepare(db, page_sql[sort][backward][after != NULL][officer][kind],
			    &st))) {
		free(q);
		return e;
	}
	if (after && sort == CASE_BY_DNR) {
		sqlite3_bind_text(st, 1, after->series, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 2, after->year);
		sqlite3_bind_int64(st, 3, after->number);
	} else if (after) {
		sqlite3_bind_text(st, 1, after->title ? after->title : "", -1,
				  SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, after->id);
	}
	sqlite3_bind_int(st, 4, limit > 0 ? limit : -1);
	if (q)
		sqlite3_bind_text(st, 5, q, -1, SQLITE_TRANSIENT);
	free(q);
	if (f && f->status && *f->status)
		sqlite3_bind_text(st, 6, f->status, -1, SQLITE_TRANSIENT);
	if (officer)
		sqlite3_bind_int64(st, 7, f->officer);
	return db_rows(db, st, fn, ctx, NULL, "läsa ärendelistan");
}

enum nd_err case_page_match(struct nd_db *db, enum case_sort sort, bool backward,
			    const struct case_key *after, const char *match, int limit,
			    nd_row_fn fn, void *ctx)
{
	struct case_filter f = { match, NULL, 0 };
	return case_page_filter(db, sort, backward, after, &f, limit, fn, ctx);
}

enum nd_err case_page(struct nd_db *db, enum case_sort sort, bool backward,
		      const struct case_key *after, int limit, nd_row_fn fn, void *ctx)
{
	return case_page_match(db, sort, backward, after, NULL, limit, fn, ctx);
}

void case_key_from_row(sqlite3_stmt *st, struct case_key *key)
{
	key->id = sqlite3_column_int64(st, 0);
	key->title = (const char *)sqlite3_column_text(st, 2);
	snprintf(key->series, sizeof key->series, "%s",
		 (const char *)sqlite3_column_text(st, 5));
	key->year = sqlite3_column_int(st, 6);
	key->number = (long)sqlite3_column_int64(st, 7);
}

/* The ärende's dnr as the register writes it, for messages. */
void case_dnr_of(struct nd_db *db, long long id, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	snprintf(buf, size, "%lld", id);
	if (db_prepare(db, "SELECT CASE WHEN " CASE_DRAFT_SQL " THEN '" CASE_DRAFT_TEXT " ' "
		       "|| c.id ELSE nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number, "
		       "c.dnr_class) END FROM cases c WHERE c.id = ?1", &st))
		return;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

static bool case_used_at(struct nd_db *db, long long id, char *buf, size_t size);

/* An utkast goes unless it was seen (case_shown, schema 23) or is on an
 * agenda; the database refuses both too, these messages name where. */
static enum nd_err draft_remove(struct nd_db *db, long long id)
{
	sqlite3_stmt *st = NULL;
	char title[TEXT_QUOTE_SIZE], where[200] = "";
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	if ((e = db_prepare(db, "SELECT c.title, s.shown_in FROM cases c LEFT JOIN case_shown s "
			    "ON s.case_id = c.id WHERE c.id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	snprintf(title, sizeof title, "%lld", id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		text_quote((const char *)sqlite3_column_text(st, 0), title, sizeof title);
		if (sqlite3_column_text(st, 1))
			snprintf(where, sizeof where, "%s",
				 (const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (*where) {
		e = nd_fail(ND_ECONSTRAINT, "Utkastet %lld »%s« har stått i %s och tas inte bort: "
			    "det som stått i en kallelse eller ett protokoll finns kvar i "
			    "diariet. Registrera det (namnd case register %lld, r i Ärenden) "
			    "och makulera det sedan om det inte ska behandlas (namnd case "
			    "void DNR --reason SKÄL).", id, title, where, id);
		goto fail;
	}
	if (case_used_at(db, id, where, sizeof where)) {
		e = nd_fail(ND_ECONSTRAINT, "Utkastet %lld »%s« står på föredragningslistan för %s; "
			    "ta först bort punkten.", id, title, where);
		goto fail;
	}
	if ((e = entity_remove(db, &case_entity, id)) || (e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}

enum nd_err case_remove(struct nd_db *db, long long id)
{
	char dnr[96];
	if (case_is_draft(db, id))
		return draft_remove(db, id);
	enum nd_err e = entity_remove(db, &case_entity, id);
	if (e != ND_ECONSTRAINT || !strstr(nd_errmsg(), "diariet"))
		return e;
	case_dnr_of(db, id, dnr, sizeof dnr);
	return nd_fail(ND_ECONSTRAINT, "Ärende %s är registrerat i diariet och tas aldrig "
		       "bort. Ett ärende som registrerats av misstag makuleras med ett skäl "
		       "och behåller sitt diarienummer: namnd case void %s --reason SKÄL "
		       "(m i Ärenden).", dnr, dnr);
}

/* The first meeting whose agenda or protokoll holds the ärende, as
 * "UBN 2024-03-12", into buf; false when none. */
static bool case_used_at(struct nd_db *db, long long id, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	bool used = false;
	if (db_prepare(db, "SELECT k.code || ' ' || m.date FROM meeting m JOIN committee k "
		       "ON k.id = m.committee_id WHERE m.id IN (SELECT meeting_id FROM "
		       "agenda_item WHERE case_id = ?1 UNION SELECT meeting_id FROM "
		       "paragraph WHERE case_id = ?1) ORDER BY m.date LIMIT 1", &st))
		return false;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		used = true;
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return used;
}

enum nd_err case_void(struct nd_db *db, long long id, const char *reason)
{
	static const struct nd_field reason_field = {
		"reason", "skäl", FT_TEXT, 1, 1000, NULL, NULL,
	};
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	char dnr[96], where[64];
	enum nd_err e;
	if (case_is_draft(db, id)) {
		/* One that stood in a sent kallelse or a protokoll is not
		 * removed either: only registering it is left. */
		bool shown = false;
		if (!db_prepare(db, "SELECT shown_in FROM case_shown WHERE case_id = ?1", &st)) {
			sqlite3_bind_int64(st, 1, id);
			if (sqlite3_step(st) == SQLITE_ROW) {
				shown = true;
				snprintf(where, sizeof where, "%s",
					 (const char *)sqlite3_column_text(st, 0));
			}
			sqlite3_finalize(st);
		}
		if (shown)
			return nd_fail(ND_EINVAL, "Utkastet %lld har inget diarienummer att "
				       "makulera, och det har stått i %s och tas därför inte bort: "
				       "registrera det först (namnd case register %lld) och makulera "
				       "det sedan.", id, where, id);
		return nd_fail(ND_EINVAL, "Utkastet %lld har inget diarienummer att makulera: ta "
			       "bort det (namnd case rm %lld) eller registrera det först (namnd "
			       "case register %lld).", id, id, id);
	}
	if (!reason || !*reason)
		return nd_fail(ND_EINVAL, "Ange skälet till makuleringen (--reason SKÄL): "
			       "varför ärendet registrerades av misstag.");
	if ((e = field_parse(db, &reason_field, reason, &v)))
		return e;
	if ((e = db_begin(db)))
		goto out;
	case_dnr_of(db, id, dnr, sizeof dnr);
	if ((e = db_prepare(db, "SELECT voided FROM cases WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Ärendet %lld finns inte.", id);
	} else if (sqlite3_column_type(st, 0) != SQLITE_NULL) {
		e = nd_fail(ND_EEXIST, "Ärende %s makulerades redan %s.", dnr,
			    (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	st = NULL;
	if (e)
		goto fail;
	if (case_used_at(db, id, where, sizeof where)) {
		e = nd_fail(ND_ECONSTRAINT, "Ärende %s står på föredragningslistan eller i "
			    "protokollet för %s och kan inte makuleras. Ta först bort det "
			    "från föredragningslistan; ett ärende som behandlats står kvar.",
			    dnr, where);
		goto fail;
	}
	if ((e = db_prepare(db, "UPDATE cases SET voided = nd_today(), void_reason = ?2, "
			    "voided_by = ?3 WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, v.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, db->user ? db->user : "", -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "makulera ärendet")) || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}

/* Beslutsunderlag: documents in the order listed. */
static const struct nd_field document_fields[] = {
	{ "case", "ärende", FT_CASE, 0, 0, NULL, NULL },
	{ "title", "titel", FT_TEXT, 1, 500, NULL,
	  "UPDATE case_document SET title = ?1 WHERE id = ?2" },
	{ "date", "datum", FT_DATE, 0, 0, NULL,
	  "UPDATE case_document SET doc_date = ?1 WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};
static const char *const document_insert[] = { "case", "title", "date", NULL };
static const char *const document_required[] = { "case", "title", NULL };
static const char *const by_case[] = { "case", NULL };
static const int document_widths[] = { 5, 10, 0 };

const struct nd_entity document_entity = {
	.name = "document",
	.label = "handling",
	.fields = document_fields,
	.insert_fields = document_insert,
	.required = document_required,
	.insert_sql = "INSERT INTO case_document (case_id, position, title, doc_date) "
		      "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
		      "case_document WHERE case_id = ?1), ?2, ?3)",
	.delete_sql = "DELETE FROM case_document WHERE id = ?1",
	.show_sql = "SELECT id AS \"Id\", title AS \"Titel\", doc_date AS \"Datum\" "
		    "FROM case_document WHERE id = ?1",
	.list_sql = "SELECT id AS \"Id\", coalesce(doc_date, '') AS \"Datum\", "
		    "title AS \"Titel\" FROM case_document WHERE case_id = ?1 "
		    "ORDER BY position",
	.list_filters = by_case,
	.list_widths = document_widths,
	.resolve = id_resolve,
};

static const char *const purposes[] = { "för vidare hantering", "för kännedom", NULL };

static const struct nd_field recipient_fields[] = {
	{ "case", "ärende", FT_CASE, 0, 0, NULL, NULL },
	{ "to", "mottagare", FT_TEXT, 1, 300, NULL,
	  "UPDATE case_recipient SET recipient = ?1 WHERE id = ?2" },
	{ "purpose", "syfte", FT_ENUM, 0, 0, purposes,
	  "UPDATE case_recipient SET purpose = coalesce(?1, 'för kännedom') WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};
static const char *const recipient_insert[] = { "case", "to", "purpose", NULL };
static const char *const recipient_required[] = { "case", "to", NULL };
static const int recipient_widths[] = { 5, 22, 0 };

const struct nd_entity recipient_entity = {
	.name = "recipient",
	.label = "mottagare",
	.fields = recipient_fields,
	.insert_fields = recipient_insert,
	.required = recipient_required,
	.insert_sql = "INSERT INTO case_recipient (case_id, recipient, purpose) "
		      "VALUES (?1, ?2, coalesce(?3, 'för kännedom'))",
	.delete_sql = "DELETE FROM case_recipient WHERE id = ?1",
	.show_sql = "SELECT id AS \"Id\", recipient AS \"Mottagare\", purpose AS \"Syfte\" "
		    "FROM case_recipient WHERE id = ?1",
	.list_sql = "SELECT id AS \"Id\", purpose AS \"Syfte\", recipient AS \"Mottagare\" "
		    "FROM case_recipient WHERE case_id = ?1 ORDER BY purpose DESC, id",
	.list_filters = by_case,
	.list_widths = recipient_widths,
	.resolve = id_resolve,
};

static const struct nd_field section_fields[] = {
	{ "case", "ärende", FT_CASE, 0, 0, NULL, NULL },
	{ "heading", "rubrik", FT_TEXT, 1, 200, NULL,
	  "UPDATE case_section SET heading = ?1 WHERE id = ?2" },
	{ "body", "text", FT_LONGTEXT, 0, 100000, NULL,
	  "UPDATE case_section SET body = coalesce(?1, '') WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};
static const char *const section_insert[] = { "case", "heading", "body", NULL };
static const char *const section_required[] = { "case", "heading", NULL };
static const int section_widths[] = { 5, 30, 0 };

const struct nd_entity section_entity = {
	.name = "section",
	.label = "avsnitt",
	.fields = section_fields,
	.insert_fields = section_insert,
	.required = section_required,
	.insert_sql = "INSERT INTO case_section (case_id, position, heading, body) "
		      "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
		      "case_section WHERE case_id = ?1), ?2, coalesce(?3, ''))",
	.delete_sql = "DELETE FROM case_section WHERE id = ?1",
	.show_sql = "SELECT id AS \"Id\", heading AS \"Rubrik\", body AS \"Text\" "
		    "FROM case_section WHERE id = ?1",
	.list_sql = "SELECT id AS \"Id\", heading AS \"Rubrik\", body AS \"Text\" "
		    "FROM case_section WHERE case_id = ?1 ORDER BY position",
	.list_filters = by_case,
	.list_widths = section_widths,
	.resolve = id_resolve,
};
