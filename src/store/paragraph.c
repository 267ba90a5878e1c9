/* Paragraphs: numbering through the year, texts, delegation listing. */
#include "namnd/paragraph.h"
#include "namnd/parnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/agenda.h"
#include "namnd/strbuf.h"
#include "arena.h"
#include "util.h"

/* Numbers at and above this are temporary, while renumbering. */
#define TEMP_BASE 5000000
#define SWAP_BASE 8000000

static const struct nd_field paragraph_fields[] = {
	{ "title", "rubrik", FT_TEXT, 1, 1000, NULL,
	  "UPDATE paragraph SET title = coalesce(?1, title) WHERE id = ?2" },
	{ "presenter", "föredragande", FT_TEXT, 1, 300, NULL,
	  "UPDATE paragraph SET presenter = ?1 WHERE id = ?2" },
	{ "account", "ärendebeskrivning", FT_LONGTEXT, 0, 100000, NULL,
	  "UPDATE paragraph SET account = ?1 WHERE id = ?2" },
	{ "decision", "beslut", FT_LONGTEXT, 0, 100000, NULL,
	  "UPDATE paragraph SET decision = ?1 WHERE id = ?2" },
	{ "proposition", "propositionsordning", FT_LONGTEXT, 0, 10000, NULL,
	  "UPDATE paragraph SET proposition = ?1 WHERE id = ?2" },
	{ "vote-question", "voteringsproposition", FT_TEXT, 1, 1000, NULL,
	  "UPDATE paragraph SET vote_question = ?1 WHERE id = ?2" },
	{ "confidential", "sekretess", FT_BOOL, 0, 0, NULL,
	  "UPDATE paragraph SET confidential = coalesce(?1, 0) WHERE id = ?2" },
	{ NULL, NULL, 0, 0, 0, NULL, NULL },
};

const struct nd_entity paragraph_entity = {
	.name = "paragraph",
	.label = "paragraf",
	.fields = paragraph_fields,
	.show_sql = "SELECT p.id AS \"Id\", CASE WHEN p.numbered_in <> 0 THEN 'punkt ' "
		    "ELSE '§ ' END || p.number AS \"Paragraf\", "
		    "k.code || ' ' || m.date AS \"Sammanträde\", p.title AS \"Rubrik\", "
		    "nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) AS \"Dnr\", "
		    "p.presenter AS \"Föredragande\", p.account AS \"Ärendet\", "
		    "p.proposition AS \"Propositionsordning\", "
		    "p.vote_question AS \"Voteringsproposition\", p.decision AS \"Beslut\", "
		    "CASE p.immediate WHEN 1 THEN 'ja' END AS \"Omedelbar justering\", "
		    "coalesce(p.justerad_on, m.justerad_on) AS \"Justerad\", "
		    "CASE p.reviewed WHEN 1 THEN 'ja' ELSE 'nej' END AS \"Granskad\", "
		    "p.review_comment AS \"Granskningskommentar\", "
		    "CASE p.confidential WHEN 1 THEN 'ja' END AS \"Sekretess\" "
		    "FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
		    "JOIN committee k ON k.id = m.committee_id "
		    "LEFT JOIN cases c ON c.id = p.case_id WHERE p.id = ?1",
	.resolve = id_resolve,
};

enum nd_err paragraph_check_open(struct nd_db *db, long long paragraph,
				 long long *meeting, int *number)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT p.meeting_id, p.number, p.justerad_on, "
				   "m.justerad_on, p.numbered_in <> 0 FROM paragraph p JOIN meeting m ON "
				   "m.id = p.meeting_id WHERE p.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns ingen paragraf med id %lld.", paragraph);
	} else {
		int n = sqlite3_column_int(st, 1);
		bool items = sqlite3_column_int(st, 4) != 0;
		if (meeting)
			*meeting = sqlite3_column_int64(st, 0);
		if (number)
			*number = n;
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			e = nd_fail(ND_ELOCKED, "Protokollet med %s är justerat %s och kan "
				    "inte ändras. En rättelse görs som en ny, daterad rättelse "
				    "('namnd rattelse add').", PAR(items, n),
				    sqlite3_column_text(st, 3));
		else if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			e = nd_fail(ND_ELOCKED, "%s är omedelbart justerad %s och kan inte "
				    "ändras. En rättelse görs som en ny, daterad rättelse "
				    "('namnd rattelse add').", PAR_CAP(items, n),
				    sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err paragraph_find(struct nd_db *db, long long meeting, int number, long long *id)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT id FROM paragraph WHERE meeting_id = ?1 AND "
				   "number = ?2", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	if (sqlite3_step(st) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	else
		e = nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s (se 'namnd paragraph "
			    "list'; de numreras med 'namnd paragraph number').",
			    PAR(paragraph_items(db, meeting), number));
	sqlite3_finalize(st);
	return e;
}

enum nd_err paragraph_start_set(struct nd_db *db, long long committee, int year, int first)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (year < 1900 || year > 2199)
		return nd_fail(ND_EINVAL, "Fältet \"år\" har värdet %d, men måste vara mellan "
			       "1900 och 2199.", year);
	if (first < 1 || first > 99999)
		return nd_fail(ND_EINVAL, "Fältet \"första paragraf\" har värdet %d, men måste "
			       "vara mellan 1 och 99999.", first);
	/* A body that shares another's series sets that series' start. */
	if ((e = db_prepare(db, "INSERT INTO paragraph_start (committee_id, year, first_number) "
			    "SELECT coalesce((SELECT series_id FROM committee_series WHERE "
			    "committee_id = ?1), ?1), ?2, ?3 "
			    "ON CONFLICT (committee_id, year) DO UPDATE "
			    "SET first_number = excluded.first_number", &st)))
		return e;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_int(st, 2, year);
	sqlite3_bind_int(st, 3, first);
	return stmt_done(db, st, "spara första paragrafnumret");
}

struct mt {
	long long id, committee;
	long long numbered_in;  /* the meeting when numbered per meeting, else 0 */
	int year;
	char date[11], start[6];
};

static enum nd_err meeting_read(struct nd_db *db, long long meeting, struct mt *m)
{
	sqlite3_stmt *st = NULL;
	/* committee: the body whose series the paragraphs are numbered and
	 * keyed in (its own, or the one it shares, schema 020). */
	enum nd_err e = db_prepare(db, "SELECT coalesce((SELECT series_id FROM "
				   "committee_series WHERE committee_id = m.committee_id), "
				   "m.committee_id), CAST(substr(m.date, 1, 4) AS INTEGER), "
				   "m.date, m.start_time, m.justerad_on, CASE WHEN k.numbering = "
				   "'punkt' THEN m.id ELSE 0 END FROM meeting m JOIN committee k "
				   "ON k.id = m.committee_id WHERE m.id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
	} else if (sqlite3_column_type(st, 4) != SQLITE_NULL) {
		e = nd_fail(ND_ELOCKED, "Protokollet för sammanträdet %s är justerat %s; "
			    "paragraferna kan inte numreras om.", sqlite3_column_text(st, 2),
			    sqlite3_column_text(st, 4));
	} else {
		m->id = meeting;
		m->committee = sqlite3_column_int64(st, 0);
		m->year = sqlite3_column_int(st, 1);
		snprintf(m->date, sizeof m->date, "%s", sqlite3_column_text(st, 2));
		snprintf(m->start, sizeof m->start, "%s", sqlite3_column_text(st, 3));
		m->numbered_in = sqlite3_column_int64(st, 5);
	}
	sqlite3_finalize(st);
	return e;
}

/* New paragraphs for the items that have none, with temporary numbers,
 * and their expediering from the ärende's "beslutet skickas till". */
static enum nd_err create_missing(struct nd_db *db, const struct mt *m)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"INSERT INTO paragraph (meeting_id, agenda_item_id, committee_id, year, number, "
		"title, case_id, presenter, decision, confidential, numbered_in) "
		"SELECT a.meeting_id, a.id, ?2, ?3, ?4 + a.position, coalesce(a.title, c.title), "
		"a.case_id, CASE WHEN p.id IS NOT NULL THEN p.name || coalesce(', ' || p.title, '') "
		"|| coalesce(', ' || p.organisation, '') "
		"ELSE a.presenter_role END, c.proposal, "
		"max(a.confidential, coalesce(c.confidential, 0)), ?5 "
		"FROM agenda_item a LEFT JOIN cases c ON c.id = a.case_id "
		"LEFT JOIN person p ON p.id = a.presenter_id "
		"WHERE a.meeting_id = ?1 AND a.kind NOT IN ('paus', 'beslutsomgång') "
		"AND NOT EXISTS (SELECT 1 FROM paragraph x WHERE x.agenda_item_id = a.id) "
		"ORDER BY a.position", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, m->id);
	sqlite3_bind_int64(st, 2, m->committee);
	sqlite3_bind_int(st, 3, m->year);
	sqlite3_bind_int(st, 4, TEMP_BASE);
	sqlite3_bind_int64(st, 5, m->numbered_in);
	if ((e = stmt_done(db, st, "lägga till paragrafer")))
		return e;
	if ((e = db_prepare(db, "INSERT INTO paragraph_recipient (paragraph_id, recipient, "
			    "purpose) SELECT p.id, r.recipient, r.purpose FROM paragraph p "
			    "JOIN case_recipient r ON r.case_id = p.case_id WHERE "
			    "p.meeting_id = ?1 AND p.number >= ?2 ORDER BY p.id, r.id", &st)))
		return e;
	sqlite3_bind_int64(st, 1, m->id);
	sqlite3_bind_int(st, 2, TEMP_BASE);
	return stmt_done(db, st, "lägga till expedieringen");
}

/* The number before the meeting's first: the committee's last number
 * earlier in the year, or the year's first number - 1; 0 for items
 * numbered per meeting. */
static enum nd_err number_before(struct nd_db *db, const struct mt *m, int *before)
{
	sqlite3_stmt *st = NULL;
	if (m->numbered_in) {
		*before = 0;
		return ND_OK;
	}
	enum nd_err e = db_prepare(db,
		"SELECT coalesce((SELECT max(p.number) FROM paragraph p JOIN meeting x ON "
		"x.id = p.meeting_id WHERE p.committee_id = ?1 AND p.year = ?2 AND "
		"p.numbered_in = 0 AND p.number < ?6 AND (x.date, x.start_time, x.id) < (?3, ?4, ?5)), "
		"(SELECT first_number - 1 FROM paragraph_start WHERE committee_id = ?1 "
		"AND year = ?2), 0)", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, m->committee);
	sqlite3_bind_int(st, 2, m->year);
	sqlite3_bind_text(st, 3, m->date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, m->start, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, m->id);
	sqlite3_bind_int(st, 6, TEMP_BASE);
	if (sqlite3_step(st) == SQLITE_ROW)
		*before = sqlite3_column_int(st, 0);
	else
		e = db_fail(db, "läsa paragrafnumren");
	sqlite3_finalize(st);
	return e;
}

struct renum {
	long long id;
	int old, now;
	bool justerad;
};

static enum nd_err set_number(struct nd_db *db, long long id, int number)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "UPDATE paragraph SET number = ?2 WHERE id = ?1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, number);
	return stmt_done(db, st, "numrera paragrafen");
}

static int map_number(const struct renum *r, size_t n, int old)
{
	for (size_t i = 0; i < n; i++)
		if (r[i].old == old && old < TEMP_BASE)
			return r[i].now;
	return old;
}

struct att_move {
	long long id;
	int from, to, nfrom, nto; /* to 0: to the end */
};

static int cmp_moves(const void *pa, const void *pb)
{
	const struct att_move *a = pa, *b = pb;
	bool aup = a->nfrom > a->from, bup = b->nfrom > b->from;
	/* Rows moving up first, highest first; then the rest, lowest first:
	 * no row passes through another's key (meeting, person, from). */
	if (aup != bup)
		return aup ? -1 : 1;
	if (aup)
		return (a->from < b->from) - (a->from > b->from);
	return (a->from > b->from) - (a->from < b->from);
}

/* Ranges of paragraphs follow their paragraphs to the new numbers: sel
 * reads (id, from, to or 0) of the meeting ?1, upd sets ?2 and ?3 (NULL:
 * to the end) of row ?1. */
static enum nd_err move_ranges(struct nd_db *db, long long meeting, const struct renum *r,
			       size_t n, const char *sel, const char *upd, const char *what)
{
	sqlite3_stmt *st = NULL;
	struct att_move *moves = NULL;
	size_t nm = 0, cap = 0;
	enum nd_err e = db_prepare(db, sel, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int f = sqlite3_column_int(st, 1), t = sqlite3_column_int(st, 2);
		int nf = f ? map_number(r, n, f) : 0, nt = t ? map_number(r, n, t) : 0;
		if (nf == f && nt == t)
			continue;
		struct att_move *mv = vec_push(&moves, &nm, &cap, sizeof *mv);
		if (!mv) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		*mv = (struct att_move){ sqlite3_column_int64(st, 0), f, t, nf, nt };
	}
	sqlite3_finalize(st);
	if (nm > 1)
		qsort(moves, nm, sizeof *moves, cmp_moves);
	for (size_t i = 0; i < nm && !e; i++) {
		if ((e = db_prepare(db, upd, &st)))
			break;
		sqlite3_bind_int64(st, 1, moves[i].id);
		sqlite3_bind_int(st, 2, moves[i].nfrom);
		if (moves[i].nto)
			sqlite3_bind_int(st, 3, moves[i].nto);
		else
			sqlite3_bind_null(st, 3);
		e = stmt_done(db, st, what);
	}
	free(moves);
	return e;
}

/* Attendance and the roles for a range (schema 026) move with them. */
static enum nd_err move_attendance(struct nd_db *db, long long meeting,
				   const struct renum *r, size_t n)
{
	enum nd_err e = move_ranges(db, meeting, r, n, "SELECT id, from_paragraph, "
				    "coalesce(to_paragraph, 0) FROM attendance WHERE meeting_id = ?1",
				    "UPDATE attendance SET from_paragraph = ?2, to_paragraph = ?3 "
				    "WHERE id = ?1", "flytta närvaron till de nya paragrafnumren");
	if (e)
		return e;
	return move_ranges(db, meeting, r, n, "SELECT id, from_paragraph, coalesce(to_paragraph, "
			   "0) FROM meeting_role WHERE meeting_id = ?1", "UPDATE meeting_role SET "
			   "from_paragraph = ?2, to_paragraph = ?3 WHERE id = ?1",
			   "flytta rollerna till de nya paragrafnumren");
}

/* Plan the numbers of a meeting's paragraphs from first, in agenda order
 * (paragraphs whose item was removed come last, in their old order),
 * appending to *r. *last gets the last number used (first - 1 when none).
 * Refused when a justerad paragraph would change number. */
static enum nd_err plan_numbers(struct nd_db *db, const struct mt *m, int first,
				struct renum **r, size_t *n, size_t *cap, int *last)
{
	sqlite3_stmt *st = NULL;
	int next = first;
	enum nd_err e = db_prepare(db, "SELECT p.id, p.number, p.justerad_on IS NOT NULL "
				   "FROM paragraph p LEFT JOIN agenda_item a ON "
				   "a.id = p.agenda_item_id WHERE p.meeting_id = ?1 "
				   "ORDER BY a.position IS NULL, a.position, p.number", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, m->id);
	while (!e && sqlite3_step(st) == SQLITE_ROW) {
		struct renum *x = vec_push(r, n, cap, sizeof *x);
		if (!x) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		x->id = sqlite3_column_int64(st, 0);
		x->old = sqlite3_column_int(st, 1);
		x->now = next++;
		x->justerad = sqlite3_column_int(st, 2) != 0;
		if (x->justerad && x->old != x->now)
			e = nd_fail(ND_ELOCKED, "%s (sammanträdet %s) är justerad och kan "
				    "inte få nummer %s; numreringen ändrades inte. Lägg nya "
				    "punkter efter den omedelbart justerade paragrafen, eller "
				    "ange paragraferna efter den som egna.",
				    PAR_CAP(m->numbered_in, x->old), m->date,
				    PAR(m->numbered_in, x->now));
	}
	sqlite3_finalize(st);
	*last = next - 1;
	return e;
}

/* Apply planned numbers: through a band no real number uses, so no two
 * paragraphs ever share a number on the way. */
static enum nd_err apply_numbers(struct nd_db *db, const struct renum *r, size_t n)
{
	enum nd_err e = ND_OK;
	for (size_t i = 0; i < n && !e; i++)
		if (r[i].old != r[i].now)
			e = set_number(db, r[i].id, SWAP_BASE + (int)i);
	for (size_t i = 0; i < n && !e; i++)
		if (r[i].old != r[i].now)
			e = set_number(db, r[i].id, r[i].now);
	return e;
}

/* The year's later meetings of the series (the committee and those that
 * share its series) that have paragraphs numbered in it; none when the
 * meeting numbers its own items. */
static enum nd_err later_meetings(struct nd_db *db, const struct mt *m,
				  struct mt **out, size_t *n, size_t *cap)
{
	sqlite3_stmt *st = NULL;
	if (m->numbered_in)
		return ND_OK;
	enum nd_err e = db_prepare(db,
		"SELECT x.id, x.date, x.start_time FROM meeting x WHERE x.committee_id IN "
		"(SELECT ?1 UNION SELECT committee_id FROM committee_series WHERE "
		"series_id = ?1) "
		"AND (x.date, x.start_time, x.id) > (?3, ?4, ?5) AND x.date <= ?2 || '-12-31' "
		"AND EXISTS (SELECT 1 FROM paragraph p WHERE p.meeting_id = x.id AND "
		"p.year = ?6 AND p.numbered_in = 0) ORDER BY x.date, x.start_time, x.id", &st);
	if (e)
		return e;
	char year[8];
	snprintf(year, sizeof year, "%04d", m->year);
	sqlite3_bind_int64(st, 1, m->committee);
	sqlite3_bind_text(st, 2, year, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, m->date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, m->start, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, m->id);
	sqlite3_bind_int(st, 6, m->year);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct mt *x = vec_push(out, n, cap, sizeof *x);
		if (!x) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		x->id = sqlite3_column_int64(st, 0);
		x->committee = m->committee;
		x->numbered_in = 0;
		x->year = m->year;
		snprintf(x->date, sizeof x->date, "%s", sqlite3_column_text(st, 1));
		snprintf(x->start, sizeof x->start, "%s", sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	return e;
}

enum nd_err paragraph_number(struct nd_db *db, long long meeting, int *first, int *last)
{
	struct mt m, *mts = NULL;
	struct renum *r = NULL;
	size_t nm = 0, capm = 0, n = 0, cap = 0, *start = NULL;
	int before = 0, end = 0;
	enum nd_err e;

	if ((e = db_begin(db)))
		return e;
	if ((e = meeting_read(db, meeting, &m)) || (e = create_missing(db, &m)) ||
	    (e = number_before(db, &m, &before)))
		goto out;
	/* This meeting, then the year's later ones, which follow on. */
	struct mt *self = vec_push(&mts, &nm, &capm, sizeof *self);
	if (!self) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	*self = m;
	if ((e = later_meetings(db, &m, &mts, &nm, &capm)) ||
	    !(start = calloc(nm + 1, sizeof *start))) {
		if (!e)
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	end = before;
	for (size_t i = 0; i < nm && !e; i++) {
		start[i] = n;
		e = plan_numbers(db, &mts[i], end + 1, &r, &n, &cap, &end);
		if (i == 0) {
			if (first)
				*first = end > before ? before + 1 : 0;
			if (last)
				*last = end > before ? end : 0;
		}
	}
	start[nm] = n;
	if (!e)
		e = apply_numbers(db, r, n);
	for (size_t i = 0; i < nm && !e; i++)
		e = move_attendance(db, mts[i].id, r + start[i], start[i + 1] - start[i]);
	if (!e)
		e = db_commit(db);
out:
	if (e)
		db_rollback(db);
	free(mts);
	free(r);
	free(start);
	return e;
}

const char *paragraph_name(struct nd_db *db, long long paragraph, char *buf, size_t size)
{
	sqlite3_stmt *st = NULL;
	snprintf(buf, size, "paragrafen");
	if (db_prepare(db, "SELECT numbered_in <> 0, number FROM paragraph WHERE id = ?1", &st))
		return buf;
	sqlite3_bind_int64(st, 1, paragraph);
	if (sqlite3_step(st) == SQLITE_ROW)
		parnum(sqlite3_column_int(st, 0), sqlite3_column_int(st, 1), buf, size);
	sqlite3_finalize(st);
	return buf;
}

bool paragraph_items(struct nd_db *db, long long meeting)
{
	sqlite3_stmt *st = NULL;
	bool items = false;
	if (db_prepare(db, "SELECT coalesce((SELECT p.numbered_in <> 0 FROM paragraph p "
		       "WHERE p.meeting_id = m.id ORDER BY p.number LIMIT 1), k.numbering IS "
		       "'punkt') FROM meeting m JOIN committee k ON k.id = m.committee_id "
		       "WHERE m.id = ?1", &st))
		return false;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		items = sqlite3_column_int(st, 0) != 0;
	sqlite3_finalize(st);
	return items;
}

enum nd_err paragraph_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT p.id, p.number, p.title, CASE WHEN c.id IS NOT NULL THEN "
		"nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) END, p.decision, "
		"coalesce(p.justerad_on, m.justerad_on), p.immediate, p.reviewed, "
		"p.confidential, p.numbered_in <> 0 FROM paragraph p JOIN meeting m ON "
		"m.id = p.meeting_id LEFT JOIN cases c ON c.id = p.case_id WHERE "
		"p.meeting_id = ?1 ORDER BY p.number", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	return db_rows(db, st, fn, ctx, NULL, "läsa paragraferna");
}

enum nd_err paragraph_parts(struct nd_db *db, long long paragraph, nd_row_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db,
		"SELECT k, key, name, party, txt, extra, who FROM ("
		"SELECT 1 AS o, 'yrkande' AS k, m.position AS key, p.name, p.party, m.text AS txt, "
		"NULL AS extra, m.position AS s, p.id AS who FROM motion m "
		"JOIN person p ON p.id = m.person_id WHERE m.paragraph_id = ?1 "
		"UNION ALL SELECT 2, 'röst', NULL, p.name, p.party, v.vote, NULL, v.id, p.id FROM vote v "
		"JOIN person p ON p.id = v.person_id WHERE v.paragraph_id = ?1 "
		"UNION ALL SELECT 3, 'reservation', NULL, p.name, p.party, r.reason, "
		"CASE WHEN r.written_promised = 1 THEN 'skriftlig reservation utlovad' END, r.id, p.id "
		"FROM reservation r JOIN person p ON p.id = r.person_id WHERE r.paragraph_id = ?1 "
		"UNION ALL SELECT 4, 'protokollsanteckning', n.id, p.name, p.party, n.text, NULL, "
		"n.id, p.id FROM protocol_note n LEFT JOIN person p ON p.id = n.person_id "
		"WHERE n.paragraph_id = ?1 "
		"UNION ALL SELECT 5, 'jäv', NULL, p.name, p.party, q.name, NULL, j.id, p.id "
		"FROM recusal j JOIN person p ON p.id = j.person_id LEFT JOIN person q ON q.id = j.replaced_by "
		"WHERE j.paragraph_id = ?1 "
		"UNION ALL SELECT 6, 'expediering', NULL, NULL, NULL, x.recipient, x.purpose, x.id, NULL "
		"FROM paragraph_recipient x WHERE x.paragraph_id = ?1 "
		"UNION ALL SELECT 7, 'expedierat', NULL, NULL, NULL, substr(m.sent_at, 1, 10) || "
		"' till ' || m.recipient || CASE WHEN instr(m.recipient, '<') = 0 THEN ' <' || "
		"m.address || '>' ELSE '' END, 'Message-ID <' || m.message_id || '>', m.id, NULL "
		"FROM sent_mail m WHERE m.paragraph_id = ?1) ORDER BY o, s", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	return db_rows(db, st, fn, ctx, NULL, "läsa paragrafen");
}

static const char *delegation_heading(const char *kind)
{
	return strcmp(kind, "ordförandebeslut") == 0 ? "Ordförandebeslut" :
	       strcmp(kind, "meddelande") == 0 ? "Meddelanden" : "Delegeringsbeslut";
}

enum nd_err paragraph_delegations(struct nd_db *db, long long paragraph, int *count)
{
	sqlite3_stmt *st = NULL;
	struct strbuf b = { 0 }, decision = { 0 };
	long long meeting;
	char last_kind[32] = "";
	enum nd_err e;
	int n = 0;

	if ((e = db_begin(db)))
		return e;
	if ((e = paragraph_check_open(db, paragraph, &meeting, NULL)) ||
	    (e = db_prepare(db, "SELECT d.kind, d.decided_on, d.title, p.name, d.point, "
			    "CASE WHEN c.id IS NOT NULL THEN nd_dnr(c.dnr_series, c.dnr_year, "
			    "c.dnr_number) END FROM delegation d LEFT JOIN person p ON "
			    "p.id = d.decided_by LEFT JOIN cases c ON c.id = d.case_id "
			    "WHERE d.meeting_id = ?1 ORDER BY CASE d.kind WHEN "
			    "'delegeringsbeslut' THEN 1 WHEN 'ordförandebeslut' THEN 2 ELSE 3 "
			    "END, d.decided_on, d.id", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 0);
		const char *by = (const char *)sqlite3_column_text(st, 3);
		const char *point = (const char *)sqlite3_column_text(st, 4);
		const char *dnr = (const char *)sqlite3_column_text(st, 5);
		if (strcmp(kind, last_kind) != 0) {
			if (n)
				strbuf_add(&b, "\n");
			strbuf_add(&b, delegation_heading(kind));
			strbuf_add(&b, "\n");
			snprintf(last_kind, sizeof last_kind, "%s", kind);
		}
		strbuf_add(&b, "- ");
		strbuf_add(&b, (const char *)sqlite3_column_text(st, 1));
		strbuf_add(&b, " ");
		strbuf_add(&b, (const char *)sqlite3_column_text(st, 2));
		if (by || point || dnr) {
			strbuf_add(&b, " (");
			strbuf_add(&b, by);
			strbuf_add(&b, by && point ? ", " : "");
			strbuf_add(&b, point ? "punkt " : "");
			strbuf_add(&b, point);
			strbuf_add(&b, (by || point) && dnr ? ", " : "");
			strbuf_add(&b, dnr);
			strbuf_add(&b, ")");
		}
		strbuf_add(&b, "\n");
		n++;
	}
	sqlite3_finalize(st);
	if (n == 0)
		strbuf_add(&b, "Inga delegeringsbeslut eller meddelanden har anmälts till "
			"sammanträdet.");
	else if (!b.oom)
		b.s[--b.len] = '\0'; /* the last newline */
	if ((e = db_prepare(db, "SELECT k.name FROM meeting m JOIN committee k ON "
			    "k.id = m.committee_id WHERE m.id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW)
		strbuf_add(&decision, (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	strbuf_add(&decision, " noterar redovisningen.");
	if (b.oom || decision.oom) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto fail;
	}
	if ((e = db_prepare(db, "UPDATE paragraph SET account = ?2, decision = "
			    "coalesce(decision, ?3) WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	sqlite3_bind_text(st, 2, b.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, decision.s, -1, SQLITE_TRANSIENT);
	if ((e = stmt_done(db, st, "skriva delegeringsbesluten i paragrafen")) ||
	    (e = db_commit(db)))
		goto fail;
	strbuf_free(&b);
	strbuf_free(&decision);
	if (count)
		*count = n;
	return ND_OK;
fail:
	strbuf_free(&b);
	strbuf_free(&decision);
	db_rollback(db);
	return e;
}

enum nd_err paragraph_for_delegations(struct nd_db *db, long long meeting, long long *id)
{
	static const char *const names[] = { "kind", "title" };
	static const char *const values[] = { "stående", "Redovisning av delegeringsbeslut" };
	sqlite3_stmt *st = NULL;
	long long item;
	bool found = false;
	enum nd_err e = db_prepare(db, "SELECT id FROM paragraph WHERE meeting_id = ?1 AND "
				   "lower(title) LIKE '%delegeringsbeslut%' ORDER BY number "
				   "LIMIT 1", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		found = true;
	}
	sqlite3_finalize(st);
	if (found)
		return ND_OK;
	if ((e = db_begin(db)))
		return e;
	if ((e = agenda_add(db, meeting, 0, 2, names, values, &item)) ||
	    (e = paragraph_number(db, meeting, NULL, NULL)) ||
	    (e = db_prepare(db, "SELECT id FROM paragraph WHERE agenda_item_id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, item);
	if (sqlite3_step(st) == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if ((e = db_commit(db)))
		goto fail;
	return ND_OK;
fail:
	db_rollback(db);
	return e;
}
