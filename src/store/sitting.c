/* Reading a meeting's seats, ersättare and attendance; who serves and
 * the quorum per paragraph. */
#include "namnd/sitting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/paragraph.h"
#include "namnd/protocol.h"
#include "namnd/rules.h"
#include "arena.h"

/* A membership valid on the meeting day ?2 in committee ?1. */
#define VALID_ON "m.committee_id = ?1 AND m.valid_from <= ?2 AND " \
	"(m.valid_to IS NULL OR m.valid_to >= ?2)"

static enum nd_err oom(void)
{
	return nd_fail(ND_ENOMEM, "Slut på minne.");
}

static enum nd_err prepare2(struct nd_db *db, const char *sql, const struct nd_sitting *s,
			    sqlite3_stmt **st)
{
	enum nd_err e = db_prepare(db, sql, st);
	if (e)
		return e;
	sqlite3_bind_int64(*st, 1, s->committee);
	sqlite3_bind_text(*st, 2, s->date, -1, SQLITE_TRANSIENT);
	return ND_OK;
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static enum nd_err load_seats(struct nd_db *db, struct nd_sitting *s, struct nd_arena *a)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int bad = 0, rc;
	enum nd_err e = prepare2(db,
		"SELECT p.id, p.name, p.party, min(CASE m.role WHEN 'ordförande' THEN 1 "
		"WHEN '1:e vice ordförande' THEN 2 WHEN '2:e vice ordförande' THEN 3 "
		"ELSE 4 END) AS r FROM membership m JOIN person p ON p.id = m.person_id "
		"WHERE " VALID_ON " AND m.role IN ('ordförande', '1:e vice ordförande', "
		"'2:e vice ordförande', 'ledamot') GROUP BY p.id "
		"ORDER BY r, p.name COLLATE sv, p.id", s, &st);
	if (e)
		return e;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct nd_seat *seat = vec_push(&s->seats, &s->nseats, &cap, sizeof *seat);
		if (!seat) {
			bad = 1;
			break;
		}
		seat->person = sqlite3_column_int64(st, 0);
		seat->name = arena_strdup(a, col(st, 1), &bad);
		seat->party = arena_strdup(a, col(st, 2), &bad);
	}
	if (rc != SQLITE_DONE && !bad)
		e = db_fail(db, "läsa ledamöterna");
	sqlite3_finalize(st);
	return e ? e : bad ? oom() : ND_OK;
}

static enum nd_err load_ersattare(struct nd_db *db, struct nd_sitting *s, struct nd_arena *a)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int bad = 0, rc;
	enum nd_err e = prepare2(db,
		"SELECT p.id, p.name, p.party, min(coalesce(m.ersattare_order, 999)) AS o "
		"FROM membership m JOIN person p ON p.id = m.person_id "
		"WHERE " VALID_ON " AND m.role = 'ersättare' GROUP BY p.id "
		"ORDER BY o, p.name COLLATE sv, p.id", s, &st);
	if (e)
		return e;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct nd_candidate *c = vec_push(&s->ersattare, &s->nersattare, &cap, sizeof *c);
		if (!c) {
			bad = 1;
			break;
		}
		c->person = sqlite3_column_int64(st, 0);
		c->name = arena_strdup(a, col(st, 1), &bad);
		c->party = arena_strdup(a, col(st, 2), &bad);
		c->order = sqlite3_column_int(st, 3);
	}
	if (rc != SQLITE_DONE && !bad)
		e = db_fail(db, "läsa ersättarna");
	sqlite3_finalize(st);
	return e ? e : bad ? oom() : ND_OK;
}

static enum nd_err load_attendance(struct nd_db *db, struct nd_sitting *s, struct nd_arena *a)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int bad = 0, rc;
	enum nd_err e = db_prepare(db,
		"SELECT a.person_id, p.name, a.status, coalesce(a.replaces_id, 0), "
		"a.from_paragraph, coalesce(a.to_paragraph, 0) FROM attendance a "
		"JOIN person p ON p.id = a.person_id WHERE a.meeting_id = ?1 ORDER BY a.id",
		&st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, s->meeting);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct nd_attendance *r = vec_push(&s->att, &s->natt, &cap, sizeof *r);
		if (!r) {
			bad = 1;
			break;
		}
		r->person = sqlite3_column_int64(st, 0);
		r->name = arena_strdup(a, col(st, 1), &bad);
		if (!presence_parse(col(st, 2), &r->status))
			r->status = PRES_OTHER;
		r->replaces = sqlite3_column_int64(st, 3);
		r->from = sqlite3_column_int(st, 4);
		r->to = sqlite3_column_int(st, 5);
	}
	if (rc != SQLITE_DONE && !bad)
		e = db_fail(db, "läsa närvaron");
	sqlite3_finalize(st);
	return e ? e : bad ? oom() : ND_OK;
}

enum nd_err sitting_load(struct nd_db *db, long long meeting, struct nd_sitting *s)
{
	sqlite3_stmt *st = NULL;
	struct nd_arena *a;
	enum nd_err e;

	memset(s, 0, sizeof *s);
	if (!(a = calloc(1, sizeof *a)))
		return oom();
	s->mem = a;
	s->meeting = meeting;
	if ((e = db_prepare(db, "SELECT m.committee_id, m.date, r.quorum FROM meeting m "
			    "JOIN committee_rules r ON r.committee_id = m.committee_id "
			    "WHERE m.id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		e = nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.", meeting);
		goto fail;
	}
	s->committee = sqlite3_column_int64(st, 0);
	snprintf(s->date, sizeof s->date, "%s", col(st, 1));
	s->quorum_rule = sqlite3_column_int(st, 2) != 0;
	sqlite3_finalize(st);
	/* A justerat meeting's quorum rule is the one it was justerat under. */
	struct nd_rules rules;
	if ((e = rules_meeting(db, meeting, &rules)))
		goto fail;
	s->quorum_rule = rules.quorum;
	s->items = paragraph_items(db, meeting);
	if ((e = load_seats(db, s, a)) || (e = load_ersattare(db, s, a)) ||
	    (e = load_attendance(db, s, a)))
		goto fail;
	return ND_OK;
fail:
	sitting_free(s);
	return e;
}

void sitting_free(struct nd_sitting *s)
{
	if (s->mem) {
		arena_free(s->mem);
		free(s->mem);
	}
	free(s->seats);
	free(s->ersattare);
	free(s->att);
	memset(s, 0, sizeof *s);
}

const struct nd_seat *sitting_seat(const struct nd_sitting *s, long long person)
{
	for (size_t i = 0; i < s->nseats; i++)
		if (s->seats[i].person == person)
			return &s->seats[i];
	return NULL;
}

const struct nd_candidate *sitting_ersattare(const struct nd_sitting *s, long long person)
{
	for (size_t i = 0; i < s->nersattare; i++)
		if (s->ersattare[i].person == person)
			return &s->ersattare[i];
	return NULL;
}

enum nd_err sitting_serving(struct nd_db *db, const struct nd_sitting *s,
			    long long paragraph, int number,
			    struct nd_serving *out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	struct nd_recusal rec[64];
	size_t nrec = 0;
	enum nd_err e = db_prepare(db, "SELECT person_id, coalesce(replaced_by, 0) FROM "
				   "recusal WHERE paragraph_id = ?1 ORDER BY id", &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	while (nrec < 64 && sqlite3_step(st) == SQLITE_ROW) {
		const struct nd_candidate *c;
		rec[nrec].person = sqlite3_column_int64(st, 0);
		rec[nrec].replaced_by = sqlite3_column_int64(st, 1);
		c = sitting_ersattare(s, rec[nrec].replaced_by);
		rec[nrec].replaced_by_name = c ? c->name : "?";
		nrec++;
	}
	sqlite3_finalize(st);
	*n = serving_at(s->seats, s->nseats, s->att, s->natt, rec, nrec, number, out);
	return ND_OK;
}

enum nd_err paragraph_serving(struct nd_db *db, long long paragraph, struct nd_sitting *s,
			      struct nd_serving **out, size_t *n, int *number)
{
	sqlite3_stmt *st = NULL;
	long long meeting = 0;
	enum nd_err e = db_prepare(db, "SELECT meeting_id, number FROM paragraph WHERE id = ?1",
				   &st);
	*out = NULL;
	*n = 0;
	memset(s, 0, sizeof *s);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, paragraph);
	if (sqlite3_step(st) == SQLITE_ROW) {
		meeting = sqlite3_column_int64(st, 0);
		*number = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (!meeting)
		return nd_fail(ND_ENOTFOUND, "Det finns ingen paragraf med id %lld.", paragraph);
	if ((e = sitting_load(db, meeting, s)))
		return e;
	if (!(*out = calloc(s->nseats + 1, sizeof **out)))
		e = oom();
	else
		e = sitting_serving(db, s, paragraph, *number, *out, n);
	if (e) {
		free(*out);
		*out = NULL;
		sitting_free(s);
	}
	return e;
}

bool serving_has(const struct nd_serving *s, size_t n, long long person)
{
	for (size_t i = 0; i < n; i++)
		if (s[i].person == person)
			return true;
	return false;
}

/* Row r as the record made when its paragraph was justerad says (its
 * own, omedelbart justerad, else the protokoll's, read once into
 * *whole): the seats and who served then, under the quorum rule then.
 * Left as it is without one. */
static enum nd_err recorded_quorum(struct nd_db *db, long long meeting,
				   struct nd_quorum_row *r, struct nd_protocol **whole,
				   bool *whole_read)
{
	struct nd_protocol *own = NULL, *p;
	const struct nd_pparagraph *g;
	enum nd_err e = protocol_record_get(db, meeting, r->number, &own);
	if (!e && !own && !*whole_read) {
		e = protocol_record_get(db, meeting, 0, whole);
		*whole_read = true;
	}
	p = own ? own : *whole;
	if (!e && p && (g = protocol_paragraph(p, r->number))) {
		r->serving = g->serving;
		r->seats = g->seats;
		if (p->rules_frozen)
			r->rule = p->rules.quorum;
		r->holds = !r->rule || quorum_holds(r->serving, r->seats);
	}
	protocol_free(own);
	return e;
}

enum nd_err quorum_by_paragraph(struct nd_db *db, long long meeting,
				struct nd_quorum_row **rows, size_t *n)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	struct nd_protocol *whole = NULL;
	bool whole_read = false;
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	enum nd_err e;
	int rc;

	*rows = NULL;
	*n = 0;
	if ((e = sitting_load(db, meeting, &s)))
		return e;
	serving = calloc(s.nseats + 1, sizeof *serving);
	if (!serving) {
		e = oom();
		goto out;
	}
	if ((e = db_prepare(db, "SELECT id, number, justerad_on IS NOT NULL FROM paragraph "
			    "WHERE meeting_id = ?1 ORDER BY number", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, meeting);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct nd_quorum_row *r = vec_push(rows, n, &cap, sizeof *r);
		size_t k = 0;
		if (!r) {
			e = oom();
			break;
		}
		r->paragraph = sqlite3_column_int64(st, 0);
		r->number = sqlite3_column_int(st, 1);
		if ((e = sitting_serving(db, &s, r->paragraph, r->number, serving, &k)))
			break;
		r->serving = k;
		r->seats = s.nseats;
		r->rule = s.quorum_rule;
		r->holds = !s.quorum_rule || quorum_holds(k, s.nseats);
		/* A justerad paragraph: who served of how many seats as its
		 * record says, whatever the memberships say now. */
		if (sqlite3_column_int(st, 2) &&
		    (e = recorded_quorum(db, meeting, r, &whole, &whole_read)))
			break;
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(db, "läsa paragraferna");
	sqlite3_finalize(st);
out:
	if (e) {
		free(*rows);
		*rows = NULL;
		*n = 0;
	}
	free(serving);
	protocol_free(whole);
	sitting_free(&s);
	return e;
}
