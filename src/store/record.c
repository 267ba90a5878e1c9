/* The record of a justering: at justering the whole protokoll as read
 * by protocol_load (people with party, title and organisation, the
 * body's and organisation's names, the settings it prints, dnr as then
 * formatted, who served) is written to protocol_record, and from then on
 * every document is made from it, never from live rows. What may still
 * change after justering is read live over it: status, anslag dates and
 * the rättelser (and the dates and checksums of the justering, which the
 * database locks).
 *
 * The stored body is one value a line, so a reader needs nothing but the
 * line it is on: "i123" a number, "n" no text, "s5:Hello" a text of 5
 * bytes (it may hold newlines). One walk over struct nd_protocol both
 * writes and reads it, so the two can never disagree. */
#include "namnd/protocol.h"
#include "namnd/parnum.h"
#include "namnd/strbuf.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

/* Version 2 (schema 021) adds the ajourneringar at the end; a version 1
 * record has none. Version 3 (schema 025) adds after them whether the
 * paragraphs are items numbered per meeting; earlier ones are § through
 * the year. Version 4 (schema 026) adds the roles for a range of
 * paragraphs (tjänstgörande ordförande, justerare, ersättande justerare,
 * sekreterare); earlier ones have none. Version 5 (schema 030) adds the
 * vacant seats and the body's rules as applied at justering (kind,
 * basis, quorum, justering days, anslag, appeal, dnr, föredragande), so
 * a later change of the body's rules or kind alters no date of a
 * justerat meeting; earlier ones have neither, and their meetings follow
 * the body's rules as they are. */
#define RECORD_VERSION 5
#define RECORD_MAGIC "namnd record 5\n"
#define RECORD_MAGIC_4 "namnd record 4\n"
#define RECORD_MAGIC_3 "namnd record 3\n"
#define RECORD_MAGIC_2 "namnd record 2\n"
#define RECORD_MAGIC_1 "namnd record 1\n"

struct rec {
	bool rd;
	struct strbuf out;           /* writing */
	const char *in, *end;        /* reading */
	struct nd_arena *a;
	int oom;
	bool bad;
};

static void r_num(struct rec *r, long long *v)
{
	char *e;
	if (!r->rd) {
		strbuf_printf(&r->out, "i%lld\n", *v);
		return;
	}
	if (r->bad || r->in >= r->end || *r->in != 'i') {
		r->bad = true;
		return;
	}
	long long x = strtoll(r->in + 1, &e, 10);
	if (e == r->in + 1 || e >= r->end || *e != '\n') {
		r->bad = true;
		return;
	}
	*v = x;
	r->in = e + 1;
}

static void r_int(struct rec *r, int *v, int lo, int hi)
{
	long long x = *v;
	r_num(r, &x);
	if (r->rd && !r->bad) {
		if (x < lo || x > hi)
			r->bad = true;
		else
			*v = (int)x;
	}
}

static void r_bool(struct rec *r, bool *v)
{
	int x = *v;
	r_int(r, &x, 0, 1);
	*v = x != 0;
}

static void r_size(struct rec *r, size_t *v)
{
	long long x = (long long)*v;
	r_num(r, &x);
	if (r->rd && !r->bad) {
		if (x < 0)
			r->bad = true;
		else
			*v = (size_t)x;
	}
}

static void r_str(struct rec *r, const char **s)
{
	char *e;
	if (!r->rd) {
		if (!*s) {
			strbuf_add(&r->out, "n\n");
		} else {
			size_t n = strlen(*s);
			strbuf_printf(&r->out, "s%zu:", n);
			strbuf_addn(&r->out, *s, n);
			strbuf_add(&r->out, "\n");
		}
		return;
	}
	if (r->bad || r->end - r->in < 2) {
		r->bad = true;
		return;
	}
	if (r->in[0] == 'n' && r->in[1] == '\n') {
		*s = NULL;
		r->in += 2;
		return;
	}
	if (r->in[0] != 's' || r->in[1] < '0' || r->in[1] > '9') {
		r->bad = true;
		return;
	}
	unsigned long long n = strtoull(r->in + 1, &e, 10);
	if (e >= r->end || *e != ':' || n >= (unsigned long long)(r->end - e - 1) ||
	    e[1 + n] != '\n') {
		r->bad = true;
		return;
	}
	char *c = arena_alloc(r->a, (size_t)n + 1);
	if (!c) {
		r->oom = 1;
		r->bad = true;
		return;
	}
	memcpy(c, e + 1, (size_t)n);
	c[n] = '\0';
	*s = c;
	r->in = e + 2 + n;
}

/* An array's length, and on reading its zeroed elements in the arena. */
static void *r_arr(struct rec *r, void *arr, size_t *n, size_t elem)
{
	r_size(r, n);
	if (!r->rd)
		return arr;
	/* Every element takes at least two bytes of the body. */
	if (r->bad || *n > (size_t)(r->end - r->in) / 2) {
		r->bad = true;
		*n = 0;
		return NULL;
	}
	if (!*n)
		return NULL;
	void *p = arena_alloc(r->a, *n * elem);
	if (!p) {
		r->oom = 1;
		r->bad = true;
		*n = 0;
	}
	return p;
}

#define ARR(r, field, count) ((field) = r_arr((r), (field), &(count), sizeof *(field)))

static void w_person(struct rec *r, struct nd_pperson *p)
{
	r_num(r, &p->id);
	r_str(r, &p->name);
	r_str(r, &p->party);
	r_str(r, &p->organisation);
	r_str(r, &p->title);
}

static void w_paragraph(struct rec *r, struct nd_pparagraph *g)
{
	int choice;
	r_num(r, &g->id);
	r_int(r, &g->number, 0, INT_MAX);
	r_str(r, &g->title);
	r_str(r, &g->dnr);
	r_str(r, &g->presenter);
	r_str(r, &g->account);
	r_str(r, &g->decision);
	r_str(r, &g->proposition);
	r_str(r, &g->vote_question);
	r_str(r, &g->review_comment);
	r_bool(r, &g->immediate);
	r_bool(r, &g->reviewed);
	r_bool(r, &g->confidential);
	r_size(r, &g->serving);
	r_size(r, &g->seats);
	ARR(r, g->docs, g->ndocs);
	for (size_t i = 0; i < g->ndocs; i++) {
		r_str(r, &g->docs[i].title);
		r_str(r, &g->docs[i].date);
	}
	ARR(r, g->motions, g->nmotions);
	for (size_t i = 0; i < g->nmotions; i++) {
		w_person(r, &g->motions[i].who);
		r_str(r, &g->motions[i].text);
	}
	ARR(r, g->votes, g->nvotes);
	for (size_t i = 0; i < g->nvotes; i++) {
		w_person(r, &g->votes[i].who);
		choice = (int)g->votes[i].choice;
		r_int(r, &choice, VOTE_JA, VOTE_AVSTAR);
		g->votes[i].choice = (enum nd_choice)choice;
	}
	ARR(r, g->reservations, g->nreservations);
	for (size_t i = 0; i < g->nreservations; i++) {
		w_person(r, &g->reservations[i].who);
		r_bool(r, &g->reservations[i].promised);
		r_str(r, &g->reservations[i].reason);
	}
	ARR(r, g->notes, g->nnotes);
	for (size_t i = 0; i < g->nnotes; i++) {
		w_person(r, &g->notes[i].who);
		r_str(r, &g->notes[i].text);
	}
	ARR(r, g->recusals, g->nrecusals);
	for (size_t i = 0; i < g->nrecusals; i++) {
		w_person(r, &g->recusals[i].who);
		w_person(r, &g->recusals[i].by);
	}
	ARR(r, g->recipients, g->nrecipients);
	for (size_t i = 0; i < g->nrecipients; i++) {
		r_str(r, &g->recipients[i].recipient);
		r_str(r, &g->recipients[i].purpose);
	}
}

/* A text into a fixed array (kind, basis): written as a text, read back
 * into it; a longer one than fits is a damaged record. */
static void r_chars(struct rec *r, char *buf, size_t size)
{
	const char *s = buf;
	r_str(r, &s);
	if (!r->rd || r->bad)
		return;
	if (!s || strlen(s) >= size)
		r->bad = true;
	else
		memmove(buf, s, strlen(s) + 1);
}

static void w_rules(struct rec *r, struct nd_rules *x)
{
	r_chars(r, x->kind, sizeof x->kind);
	r_chars(r, x->basis, sizeof x->basis);
	r_bool(r, &x->quorum);
	r_int(r, &x->justering_days, 0, 90);
	r_bool(r, &x->anslag);
	r_bool(r, &x->appeal);
	r_bool(r, &x->dnr);
	r_bool(r, &x->presenter);
	r_bool(r, &x->per_body);
}

/* Everything but what is read live over a record (see the top). Only
 * paragraph only (NULL: all) is written. */
static void w_protocol(struct rec *r, struct nd_protocol *p, const struct nd_pparagraph *only,
		       int version)
{
	int status;
	r_str(r, &p->org);
	r_str(r, &p->committee);
	r_str(r, &p->code);
	r_str(r, &p->kind);
	r_str(r, &p->date);
	r_str(r, &p->start);
	r_str(r, &p->end);
	r_str(r, &p->place);
	r_str(r, &p->justering_place);
	r_str(r, &p->justering_date);
	r_str(r, &p->archive_place);
	r_str(r, &p->anslag_place);
	r_int(r, &p->notice_days, 0, INT_MAX);
	ARR(r, p->att, p->natt);
	for (size_t i = 0; i < p->natt; i++) {
		struct nd_patt *a = &p->att[i];
		w_person(r, &a->who);
		r_str(r, &a->role);
		status = (int)a->status;
		r_int(r, &status, PRES_PRESENT, PRES_OTHER);
		a->status = (enum nd_presence)status;
		w_person(r, &a->replaces);
		/* Places in the body's list are whole numbers below 1e16. */
		long long seat = (long long)a->seat, own = (long long)a->own_seat;
		r_num(r, &seat);
		r_num(r, &own);
		a->seat = (double)seat;
		a->own_seat = (double)own;
		r_int(r, &a->from, 0, INT_MAX);
		r_int(r, &a->to, 0, INT_MAX);
	}
	ARR(r, p->seats, p->nseats);
	for (size_t i = 0; i < p->nseats; i++)
		w_person(r, &p->seats[i]);
	ARR(r, p->justerare, p->njusterare);
	for (size_t i = 0; i < p->njusterare; i++)
		w_person(r, &p->justerare[i]);
	w_person(r, &p->chair);
	w_person(r, &p->secretary);
	if (only && !r->rd) {
		size_t one = 1;
		r_size(r, &one);
		w_paragraph(r, (struct nd_pparagraph *)only);
	} else {
		ARR(r, p->paragraphs, p->nparagraphs);
		for (size_t i = 0; i < p->nparagraphs; i++)
			w_paragraph(r, &p->paragraphs[i]);
	}
	if (version >= 2)
		r_str(r, &p->adjourned);
	if (version >= 3)
		r_bool(r, &p->items);
	if (version >= 4) {
		ARR(r, p->roles, p->nroles);
		for (size_t i = 0; i < p->nroles; i++) {
			r_str(r, &p->roles[i].role);
			w_person(r, &p->roles[i].who);
			r_int(r, &p->roles[i].from, 0, INT_MAX);
			r_int(r, &p->roles[i].to, 0, INT_MAX);
		}
	}
	if (version >= 5) {
		ARR(r, p->vacant, p->nvacant);
		for (size_t i = 0; i < p->nvacant; i++) {
			long long seat = (long long)p->vacant[i].seat;
			w_person(r, &p->vacant[i].who);
			r_num(r, &seat);
			p->vacant[i].seat = (double)seat;
		}
		w_rules(r, &p->rules);
		p->rules_frozen = r->rd && !r->bad;
	}
	if (r->rd)
		for (size_t i = 0; i < p->nparagraphs; i++)
			p->paragraphs[i].item = p->items;
}

enum nd_err protocol_record_save(struct nd_db *db, const struct nd_protocol *p, int number)
{
	struct rec r = { .rd = false };
	const struct nd_pparagraph *only = number ? protocol_paragraph(p, number) : NULL;
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (number && !only)
		return nd_fail(ND_ENOTFOUND, "Sammanträdet har ingen %s.", PAR(p->items, number));
	strbuf_add(&r.out, RECORD_MAGIC);
	w_protocol(&r, (struct nd_protocol *)p, only, RECORD_VERSION);
	if (r.out.oom) {
		strbuf_free(&r.out);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	if ((e = db_prepare(db, "INSERT INTO protocol_record (meeting_id, number, body) "
			    "VALUES (?1, ?2, ?3)", &st))) {
		strbuf_free(&r.out);
		return e;
	}
	sqlite3_bind_int64(st, 1, p->meeting);
	sqlite3_bind_int(st, 2, number);
	sqlite3_bind_text(st, 3, r.out.s, (int)r.out.len, SQLITE_STATIC);
	e = stmt_done(db, st, "spara det justerade protokollet");
	strbuf_free(&r.out);
	return e;
}

enum nd_err protocol_record_read(struct nd_db *db, long long meeting, int number,
				 struct nd_protocol *p, bool *found)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	*found = false;
	/* Only the record of a justering that took place: of a meeting
	 * justerat, or of a paragraph omedelbart justerad (its own sum).
	 * One another program wrote for a meeting or § not justerat is
	 * ignored, never read (hostile20 F11), and justera replaces it. */
	if ((e = db_prepare(db, "SELECT r.body FROM protocol_record r WHERE r.meeting_id = ?1 "
			    "AND r.number = ?2 AND CASE WHEN ?2 = 0 THEN EXISTS (SELECT 1 FROM "
			    "meeting m WHERE m.id = ?1 AND m.justerad_on IS NOT NULL) ELSE EXISTS "
			    "(SELECT 1 FROM paragraph p WHERE p.meeting_id = ?1 AND p.number = ?2 "
			    "AND p.justerad_on IS NOT NULL AND p.justerad_sha256 IS NOT NULL) END",
			    &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(st);
		return ND_OK;
	}
	if (rc != SQLITE_ROW) {
		e = db_fail(db, "läsa det justerade protokollet");
		sqlite3_finalize(st);
		return e;
	}
	const char *body = (const char *)sqlite3_column_text(st, 0);
	size_t len = (size_t)sqlite3_column_bytes(st, 0);
	struct rec r = { .rd = true, .a = p->mem };
	int version = 0;
	if (body && len >= strlen(RECORD_MAGIC) &&
	    memcmp(body, RECORD_MAGIC, strlen(RECORD_MAGIC)) == 0)
		version = 5;
	else if (body && len >= strlen(RECORD_MAGIC_4) &&
		 memcmp(body, RECORD_MAGIC_4, strlen(RECORD_MAGIC_4)) == 0)
		version = 4;
	else if (body && len >= strlen(RECORD_MAGIC_3) &&
		 memcmp(body, RECORD_MAGIC_3, strlen(RECORD_MAGIC_3)) == 0)
		version = 3;
	else if (body && len >= strlen(RECORD_MAGIC_2) &&
		 memcmp(body, RECORD_MAGIC_2, strlen(RECORD_MAGIC_2)) == 0)
		version = 2;
	else if (body && len >= strlen(RECORD_MAGIC_1) &&
		 memcmp(body, RECORD_MAGIC_1, strlen(RECORD_MAGIC_1)) == 0)
		version = 1;
	if (!version) {
		r.bad = true;
	} else {
		r.in = body + strlen(RECORD_MAGIC);
		r.end = body + len;
		w_protocol(&r, p, NULL, version);
		if (r.in != r.end)
			r.bad = true;
	}
	sqlite3_finalize(st);
	if (r.oom)
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	if (r.bad)
		return nd_fail(ND_EINVAL, "Det justerade protokollet för sammanträdet %lld "
			       "(%s) går inte att läsa: det sparade innehållet är skadat.",
			       meeting, number ? "en paragraf" : "hela protokollet");
	*found = true;
	return ND_OK;
}

enum nd_err protocol_record_get(struct nd_db *db, long long meeting, int number,
				struct nd_protocol **out)
{
	struct nd_protocol *p = calloc(1, sizeof *p);
	struct nd_arena *a = calloc(1, sizeof *a);
	bool found = false;
	enum nd_err e;
	*out = NULL;
	if (!p || !a) {
		free(p);
		free(a);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	p->mem = a;
	p->meeting = meeting;
	if ((e = protocol_record_read(db, meeting, number, p, &found)) || !found)
		protocol_free(p);
	else
		*out = p;
	return e;
}

enum nd_err protocol_record_rules(struct nd_db *db, long long meeting, int number,
				  struct nd_rules *out, bool *found)
{
	struct nd_protocol *p = NULL;
	enum nd_err e = protocol_record_get(db, meeting, number, &p);
	*found = !e && p && p->rules_frozen;
	if (*found)
		*out = p->rules;
	protocol_free(p);
	return e;
}

enum nd_err protocol_record_backfill(struct nd_db *db)
{
	struct todo { long long meeting; int number; char sha[65]; bool has_sha; } *t = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	int rc;
	/* Paragraphs first: a protokoll's record is never read for them. */
	if ((e = db_prepare(db, "SELECT p.meeting_id, p.number, p.justerad_sha256 FROM paragraph p "
			    "WHERE p.justerad_sha256 IS NOT NULL AND p.justerad_on IS NOT NULL "
			    "AND NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = "
			    "p.meeting_id AND r.number = p.number) UNION ALL SELECT m.id, 0, "
			    "m.protocol_sha256 FROM meeting m WHERE m.justerad_on IS NOT NULL AND "
			    "NOT EXISTS (SELECT 1 FROM protocol_record r WHERE r.meeting_id = m.id "
			    "AND r.number = 0)", &st)))
		return e;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct todo *x = vec_push(&t, &n, &cap, sizeof *t);
		if (!x) {
			sqlite3_finalize(st);
			free(t);
			return nd_fail(ND_ENOMEM, "Slut på minne.");
		}
		x->meeting = sqlite3_column_int64(st, 0);
		x->number = sqlite3_column_int(st, 1);
		x->has_sha = sqlite3_column_type(st, 2) != SQLITE_NULL;
		snprintf(x->sha, sizeof x->sha, "%s",
			 x->has_sha ? (const char *)sqlite3_column_text(st, 2) : "");
	}
	if (rc != SQLITE_DONE)
		e = db_fail(db, "läsa justerade protokoll");
	sqlite3_finalize(st);
	if (e || !n) {
		free(t);
		return e;
	}
	if ((e = db_begin(db))) {
		free(t);
		return e;
	}
	for (size_t i = 0; i < n && !e; i++) {
		struct nd_protocol *p = NULL;
		const struct nd_pparagraph *g = NULL;
		char hex[65], *text;
		if ((e = protocol_load_for(db, t[i].meeting, -1, &p)))
			break;
		if (t[i].number && !(g = protocol_paragraph(p, t[i].number))) {
			protocol_free(p);
			continue;
		}
		text = protocol_canonical(p, g, g ? g->justerad_on : p->justerad_on);
		if (!text) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
		} else {
			protocol_sha256(text, hex);
			/* One that no longer verifies is left to --verify. */
			if (!t[i].has_sha || strcmp(hex, t[i].sha) == 0)
				e = protocol_record_save(db, p, t[i].number);
		}
		free(text);
		protocol_free(p);
	}
	free(t);
	if (e || (e = db_commit(db)))
		db_rollback(db);
	return e;
}

enum nd_err protocol_record_audit_backfill(struct nd_db *db)
{
	/* Each record without its copy in the audit log (one made before
	 * schema 033), in order, chained as namnd's own rows are. */
	return db_exec_text(db, "INSERT INTO audit_log (who, tbl, row_id, action, new) "
		       "SELECT '', 'protocol_record', r.meeting_id, 'insert', "
		       "json_object('meeting_id', r.meeting_id, 'number', r.number, 'body', "
		       "r.body) FROM protocol_record r WHERE NOT EXISTS (SELECT 1 FROM "
		       "audit_log a WHERE a.tbl = 'protocol_record' AND a.row_id = "
		       "r.meeting_id AND a.action = 'insert' AND json_extract(a.new, "
		       "'$.number') = r.number) ORDER BY r.meeting_id, r.number", 0, NULL);
}

/* The body of record (meeting, number) as kept in the audit log when it
 * was written (schema 033) into *copy (malloc'ed; NULL when none), the
 * id of that copy's row when it stands outside the chain (*unchained;
 * 0: chained), and the id of a later audit row that changed or removed
 * it (0: none). namnd's connection chains every audit row it writes,
 * the copies of its records too (also those it backfills, record.c):
 * a copy outside the chain was written by another program, which wrote
 * the record itself (hostile20 F6). A chained copy is preferred, so an
 * unchained one planted beside namnd's does not hide it. */
static enum nd_err audit_copy(struct nd_db *db, long long meeting, int number, char **copy,
			      size_t *len, long long *unchained, long long *changed)
{
	sqlite3_stmt *st = NULL;
	long long copy_id = 0;
	enum nd_err e;
	*copy = NULL;
	*len = 0;
	*unchained = 0;
	*changed = 0;
	if ((e = db_prepare(db, "SELECT json_extract(new, '$.body'), id, hash IS NULL FROM "
			    "audit_log WHERE tbl = 'protocol_record' AND row_id = ?1 AND action = "
			    "'insert' AND json_extract(new, '$.number') = ?2 ORDER BY hash IS NULL, "
			    "id LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
		copy_id = sqlite3_column_int64(st, 1);
		if (sqlite3_column_int(st, 2))
			*unchained = sqlite3_column_int64(st, 1);
		*len = (size_t)sqlite3_column_bytes(st, 0);
		if ((*copy = malloc(*len + 1)))
			memcpy(*copy, sqlite3_column_text(st, 0), *len + 1);
		else
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	sqlite3_finalize(st);
	/* After the copy: namnd's justering removes a stray record
	 * another program wrote before it (hostile20 F11). */
	if (e || (e = db_prepare(db, "SELECT id FROM audit_log WHERE tbl = 'protocol_record' "
				 "AND row_id = ?1 AND action <> 'insert' AND "
				 "json_extract(coalesce(old, new), '$.number') = ?2 AND id > ?3 "
				 "ORDER BY id LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	sqlite3_bind_int64(st, 3, copy_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		*changed = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return ND_OK;
}

enum nd_err protocol_record_check(struct nd_db *db, long long meeting, int number, bool *ok,
				  char *why, size_t size)
{
	sqlite3_stmt *st = NULL;
	char *body = NULL, *copy = NULL;
	size_t blen = 0, clen = 0;
	long long changed = 0, unchained = 0;
	int which = -1;
	enum nd_err e;
	*ok = true;
	why[0] = '\0';
	/* The record the documents are made from: the paragraph's own,
	 * else the protokoll's. */
	if ((e = db_prepare(db, "SELECT number, body FROM protocol_record WHERE meeting_id = ?1 "
			    "AND number IN (?2, 0) ORDER BY number DESC LIMIT 1", &st)))
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int(st, 2, number);
	if (sqlite3_step(st) == SQLITE_ROW) {
		which = sqlite3_column_int(st, 0);
		blen = (size_t)sqlite3_column_bytes(st, 1);
		if (!(body = malloc(blen + 1)))
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
		else
			memcpy(body, sqlite3_column_text(st, 1), blen + 1);
	}
	sqlite3_finalize(st);
	if (e)
		return e;
	/* None: the protokoll's own copy, if there was one, says it went. */
	if ((e = audit_copy(db, meeting, which >= 0 ? which : number, &copy, &clen, &unchained, &changed)))
		goto out;
	if (which < 0 && number && !copy) {
		free(copy);
		e = audit_copy(db, meeting, 0, &copy, &clen, &unchained, &changed);
		if (e)
			goto out;
	}
	if (which < 0) {
		if (copy || changed) {
			*ok = false;
			snprintf(why, size, "det som sparades vid justeringen har tagits bort "
				 "(granskningsloggen har det%s)", changed ? ", och en rad om "
				 "att det ändrades" : "");
		}
	} else if (changed) {
		*ok = false;
		snprintf(why, size, "det som sparades vid justeringen har ändrats eller tagits "
			 "bort förbi låset (granskningsloggen, rad %lld)", changed);
	} else if (!copy) {
		*ok = false;
		snprintf(why, size, "det som sparades vid justeringen saknar sin kopia i "
			 "granskningsloggen");
	} else if (unchained) {
		*ok = false;
		snprintf(why, size, "det som sparades vid justeringen skrevs inte av namnd: "
			 "dess kopia i granskningsloggen (rad %lld) står utanför kedjan, "
			 "skriven av ett annat program", unchained);
	} else if (clen != blen || memcmp(copy, body, blen) != 0) {
		*ok = false;
		snprintf(why, size, "det som sparades vid justeringen (bland annat organets "
			 "regler och platserna) stämmer inte med kopian i granskningsloggen: "
			 "det har ändrats efter justeringen");
	}
out:
	free(body);
	free(copy);
	return e;
}

/* One attendance row, as the record keeps it or the file has it now. */
struct att_fact { long long person, replaces; const char *name; char status[32]; int from, to; };

static bool att_covers(const struct att_fact *a, int number)
{
	return (a->from == 0 || a->from <= number) && (a->to == 0 || a->to >= number);
}

static const struct att_fact *att_at(const struct att_fact *a, size_t n, long long person,
				     int number)
{
	for (size_t i = 0; i < n; i++)
		if (a[i].person == person && att_covers(&a[i], number))
			return &a[i];
	return NULL;
}

enum nd_err protocol_record_attendance_check(struct nd_db *db, long long meeting, int number,
					     bool *ok, char *why, size_t size)
{
	struct nd_protocol *p = NULL;
	struct att_fact *kept = NULL, *now = NULL;
	size_t nkept = 0, nnow = 0, cap = 0;
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	*ok = true;
	why[0] = '\0';
	if (number && (e = protocol_record_get(db, meeting, number, &p)))
		return e;
	if (!p && (e = protocol_record_get(db, meeting, 0, &p)))
		return e;
	if (!p)
		return ND_OK;
	if (!(kept = calloc(p->natt ? p->natt : 1, sizeof *kept))) {
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
		goto out;
	}
	for (size_t i = 0; i < p->natt; i++, nkept++) {
		kept[i].person = p->att[i].who.id;
		kept[i].replaces = p->att[i].replaces.id;
		kept[i].name = p->att[i].who.name;
		snprintf(kept[i].status, sizeof kept[i].status, "%s",
			 presence_name(p->att[i].status));
		kept[i].from = p->att[i].from;
		kept[i].to = p->att[i].to;
	}
	/* The rows as they are now: status as stored (an unknown one is
	 * "övrig" in a protokoll, as the record would have it). */
	if ((e = db_prepare(db, "SELECT a.person_id, coalesce(a.replaces_id, 0), q.name, "
			    "a.status, coalesce(a.from_paragraph, 0), coalesce(a.to_paragraph, 0) "
			    "FROM attendance a LEFT JOIN person q ON q.id = a.person_id "
			    "WHERE a.meeting_id = ?1", &st)))
		goto out;
	sqlite3_bind_int64(st, 1, meeting);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (nnow == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct att_fact *m = realloc(now, ncap * sizeof *m);
			if (!m) {
				e = nd_fail(ND_ENOMEM, "Slut på minne.");
				break;
			}
			now = m;
			cap = ncap;
		}
		struct att_fact *a = &now[nnow++];
		enum nd_presence pr;
		memset(a, 0, sizeof *a);
		a->person = sqlite3_column_int64(st, 0);
		a->replaces = sqlite3_column_int64(st, 1);
		/* Names are looked up in the record below; the live name
		 * only for someone the record does not have. */
		a->name = NULL;
		if (!presence_parse((const char *)sqlite3_column_text(st, 3), &pr))
			pr = PRES_OTHER;
		snprintf(a->status, sizeof a->status, "%s", presence_name(pr));
		a->from = sqlite3_column_int(st, 4);
		a->to = sqlite3_column_int(st, 5);
	}
	sqlite3_finalize(st);
	st = NULL;
	if (e)
		goto out;
	for (size_t g = 0; g < p->nparagraphs && *ok; g++) {
		int k = p->paragraphs[g].number;
		if (number && k != number)
			continue;
		for (size_t i = 0; i < nkept && *ok; i++) {
			if (!att_covers(&kept[i], k))
				continue;
			const struct att_fact *a = att_at(now, nnow, kept[i].person, k);
			if (!a) {
				*ok = false;
				snprintf(why, size, "närvaron vid %s har ändrats efter justeringen: "
					 "%s antecknades som %s men finns inte längre i närvaron",
					 PAR(p->items, k), kept[i].name ? kept[i].name : "?",
					 kept[i].status);
			} else if (strcmp(a->status, kept[i].status) != 0 ||
				   a->replaces != kept[i].replaces) {
				*ok = false;
				snprintf(why, size, "närvaron vid %s har ändrats efter justeringen: "
					 "%s antecknades som %s, nu står %s%s",
					 PAR(p->items, k), kept[i].name ? kept[i].name : "?",
					 kept[i].status, a->status,
					 a->replaces != kept[i].replaces ? " för en annan ledamot" : "");
			}
		}
		for (size_t i = 0; i < nnow && *ok; i++) {
			if (!att_covers(&now[i], k) || att_at(kept, nkept, now[i].person, k))
				continue;
			char name[200] = "";
			if ((e = db_prepare(db, "SELECT name FROM person WHERE id = ?1", &st)))
				goto out;
			sqlite3_bind_int64(st, 1, now[i].person);
			if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
				snprintf(name, sizeof name, "%s", sqlite3_column_text(st, 0));
			sqlite3_finalize(st);
			st = NULL;
			*ok = false;
			snprintf(why, size, "närvaron vid %s har ändrats efter justeringen: %s står "
				 "nu som %s men antecknades inte", PAR(p->items, k),
				 *name ? name : "en person som inte finns", now[i].status);
		}
	}
out:
	free(kept);
	free(now);
	protocol_free(p);
	return e;
}
