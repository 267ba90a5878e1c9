/* Reading a whole protokoll into struct nd_protocol. */
#include "namnd/protocol.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/sitting.h"
#include "arena.h"

struct loader {
	struct nd_db *db;
	struct nd_arena *a;
	int oom;
	const char *date;        /* the meeting's, for dated facts (?2) */
};

static const char *dup(struct loader *l, sqlite3_stmt *st, int i)
{
	return arena_strdup(l->a, (const char *)sqlite3_column_text(st, i), &l->oom);
}

/* Person columns i..i+4: id, name, party, organisation, title. The
 * party is the one held on the meeting's day (?2): person_party keeps
 * each earlier party with the day it ended. */
#define PARTY_AT(t) "(SELECT h.party FROM person_party h WHERE h.person_id = " t ".id " \
	"AND h.until > ?2 ORDER BY h.until LIMIT 1)"
#define PERSON_COLS(t) t ".id, " t ".name, CASE WHEN EXISTS (SELECT 1 FROM person_party h " \
	"WHERE h.person_id = " t ".id AND h.until > ?2) THEN " PARTY_AT(t) " ELSE " t ".party " \
	"END, " t ".organisation, " t ".title"

static struct nd_pperson person_at(struct loader *l, sqlite3_stmt *st, int i)
{
	struct nd_pperson p = { 0, NULL, NULL, NULL, NULL };
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return p;
	p.id = sqlite3_column_int64(st, i);
	p.name = dup(l, st, i + 1);
	p.party = dup(l, st, i + 2);
	p.organisation = dup(l, st, i + 3);
	p.title = dup(l, st, i + 4);
	return p;
}

/* Move a malloc'ed array of n elements into the arena. */
static void *settle(struct loader *l, void *arr, size_t n, size_t elem)
{
	void *p = NULL;
	if (n) {
		p = arena_alloc(l->a, n * elem);
		if (p)
			memcpy(p, arr, n * elem);
		else
			l->oom = 1;
	}
	free(arr);
	return p;
}

/* Run sql with ?1 bound to id, calling row for each result row. */
static enum nd_err each(struct loader *l, const char *sql, long long id,
			void (*row)(struct loader *, sqlite3_stmt *, void *), void *ctx)
{
	sqlite3_stmt *st = NULL;
	int rc;
	enum nd_err e = db_prepare(l->db, sql, &st);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_bind_parameter_count(st) >= 2)
		db_bind_text(st, 2, l->date);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && !l->oom)
		row(l, st, ctx);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		e = db_fail(l->db, "läsa protokollet");
	sqlite3_finalize(st);
	return e;
}

/* A growing array while rows are read. */
struct vec {
	void *arr;
	size_t n, cap, elem;
};

static void *push(struct loader *l, struct vec *v)
{
	void *p = vec_push(&v->arr, &v->n, &v->cap, v->elem);
	if (!p)
		l->oom = 1;
	return p;
}

static void meeting_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_protocol *p = ctx;
	p->committee = dup(l, st, 0);
	p->code = dup(l, st, 1);
	p->kind = dup(l, st, 2);
	p->date = dup(l, st, 3);
	p->start = dup(l, st, 4);
	p->end = dup(l, st, 5);
	p->place = dup(l, st, 6);
	p->status = dup(l, st, 7);
	p->justering_place = dup(l, st, 8);
	p->justering_date = dup(l, st, 9);
	p->justerad_on = dup(l, st, 10);
	p->sha256 = dup(l, st, 11);
	p->anslag_on = dup(l, st, 12);
	p->notice_days = sqlite3_column_int(st, 13);
}

static void att_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_patt *a = push(l, ctx);
	if (!a)
		return;
	a->who = person_at(l, st, 0);
	a->role = dup(l, st, 5);
	if (!presence_parse((const char *)sqlite3_column_text(st, 6), &a->status))
		a->status = PRES_OTHER;
	a->replaces = person_at(l, st, 7);
	a->from = sqlite3_column_int(st, 12);
	a->to = sqlite3_column_int(st, 13);
	a->seat = sqlite3_column_double(st, 14);
	a->own_seat = sqlite3_column_double(st, 15);
}

static void person_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pperson *p = push(l, ctx);
	if (p)
		*p = person_at(l, st, 0);
}

static void paragraph_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pparagraph *p = push(l, ctx);
	if (!p)
		return;
	p->id = sqlite3_column_int64(st, 0);
	p->number = sqlite3_column_int(st, 1);
	p->title = dup(l, st, 2);
	p->dnr = dup(l, st, 3);
	p->presenter = dup(l, st, 4);
	p->account = dup(l, st, 5);
	p->decision = dup(l, st, 6);
	p->proposition = dup(l, st, 7);
	p->vote_question = dup(l, st, 8);
	p->justerad_on = dup(l, st, 9);
	p->sha256 = dup(l, st, 10);
	p->review_comment = dup(l, st, 11);
	p->immediate = sqlite3_column_int(st, 12) != 0;
	p->reviewed = sqlite3_column_int(st, 13) != 0;
	p->confidential = sqlite3_column_int(st, 14) != 0;
	p->anslag_on = dup(l, st, 15);
	p->item = sqlite3_column_int(st, 16) != 0;
}

static void doc_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pdocument *d = push(l, ctx);
	if (d) {
		d->title = dup(l, st, 0);
		d->date = dup(l, st, 1);
	}
}

static void motion_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pmotion *m = push(l, ctx);
	if (m) {
		m->who = person_at(l, st, 0);
		m->text = dup(l, st, 5);
	}
}

static void vote_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pvote *v = push(l, ctx);
	if (v) {
		v->who = person_at(l, st, 0);
		if (!choice_parse((const char *)sqlite3_column_text(st, 5), &v->choice))
			v->choice = VOTE_AVSTAR;
	}
}

static void reservation_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_preservation *r = push(l, ctx);
	if (r) {
		r->who = person_at(l, st, 0);
		r->promised = sqlite3_column_int(st, 5) != 0;
		r->reason = dup(l, st, 6);
	}
}

static void note_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pnote *n = push(l, ctx);
	if (n) {
		n->who = person_at(l, st, 0);
		n->text = dup(l, st, 5);
	}
}

static void recusal_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_precusal *r = push(l, ctx);
	if (r) {
		r->who = person_at(l, st, 0);
		r->by = person_at(l, st, 5);
	}
}

static void recipient_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_precipient *r = push(l, ctx);
	if (r) {
		r->recipient = dup(l, st, 0);
		r->purpose = dup(l, st, 1);
	}
}

static void rattelse_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_prattelse *r = push(l, ctx);
	if (r) {
		r->made_on = dup(l, st, 0);
		r->text = dup(l, st, 1);
		r->number = sqlite3_column_int(st, 2);
	}
}

/* Read rows with sql (?1 = id) into an arena array. */
#define LOAD(l, sql, id, fn, type, dst, cnt) do { \
	struct vec v_ = { NULL, 0, 0, sizeof(type) }; \
	enum nd_err e_ = each((l), (sql), (id), (fn), &v_); \
	(dst) = settle((l), v_.arr, v_.n, sizeof(type)); \
	(cnt) = v_.n; \
	if (e_) \
		return e_; \
} while (0)

static enum nd_err load_parts(struct loader *l, struct nd_pparagraph *p)
{
	LOAD(l, "SELECT d.title, d.doc_date FROM paragraph x JOIN case_document d ON "
	     "d.case_id = x.case_id WHERE x.id = ?1 ORDER BY d.position",
	     p->id, doc_row, struct nd_pdocument, p->docs, p->ndocs);
	LOAD(l, "SELECT " PERSON_COLS("q") ", m.text FROM motion m JOIN person q ON "
	     "q.id = m.person_id WHERE m.paragraph_id = ?1 ORDER BY m.position",
	     p->id, motion_row, struct nd_pmotion, p->motions, p->nmotions);
	LOAD(l, "SELECT " PERSON_COLS("q") ", v.vote FROM vote v JOIN person q ON "
	     "q.id = v.person_id WHERE v.paragraph_id = ?1 ORDER BY v.id",
	     p->id, vote_row, struct nd_pvote, p->votes, p->nvotes);
	LOAD(l, "SELECT " PERSON_COLS("q") ", r.written_promised, r.reason FROM reservation r "
	     "JOIN person q ON q.id = r.person_id WHERE r.paragraph_id = ?1 ORDER BY r.id",
	     p->id, reservation_row, struct nd_preservation, p->reservations, p->nreservations);
	LOAD(l, "SELECT " PERSON_COLS("q") ", n.text FROM protocol_note n LEFT JOIN person q "
	     "ON q.id = n.person_id WHERE n.paragraph_id = ?1 ORDER BY n.id",
	     p->id, note_row, struct nd_pnote, p->notes, p->nnotes);
	LOAD(l, "SELECT " PERSON_COLS("q") ", " PERSON_COLS("b") " FROM recusal r JOIN person q "
	     "ON q.id = r.person_id LEFT JOIN person b ON b.id = r.replaced_by "
	     "WHERE r.paragraph_id = ?1 ORDER BY r.id",
	     p->id, recusal_row, struct nd_precusal, p->recusals, p->nrecusals);
	LOAD(l, "SELECT recipient, purpose FROM paragraph_recipient WHERE paragraph_id = ?1 "
	     "ORDER BY purpose = 'för kännedom', id",
	     p->id, recipient_row, struct nd_precipient, p->recipients, p->nrecipients);
	return ND_OK;
}

/* Who serves at each paragraph, and the chair: the highest-ranked seat
 * present at the meeting. */
static enum nd_err load_serving(struct loader *l, struct nd_protocol *p)
{
	struct nd_sitting s;
	struct nd_serving *out = NULL;
	enum nd_err e = sitting_load(l->db, p->meeting, &s);
	if (e)
		return e;
	if (!(out = calloc(s.nseats + 1, sizeof *out))) {
		sitting_free(&s);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	for (size_t i = 0; i < p->nparagraphs && !e; i++) {
		size_t n = 0;
		e = sitting_serving(l->db, &s, p->paragraphs[i].id, p->paragraphs[i].number,
				    out, &n);
		p->paragraphs[i].serving = n;
		p->paragraphs[i].seats = s.nseats;
	}
	free(out);
	sitting_free(&s);
	return e;
}

static void pick_chair(struct nd_protocol *p)
{
	for (size_t i = 0; i < p->natt; i++)
		if (p->att[i].status == PRES_PRESENT && p->att[i].role &&
		    strcmp(p->att[i].role, "ledamot") != 0) {
			p->chair = p->att[i].who;
			return;
		}
}

/* A person's place in the body's list on the meeting's day, as the
 * kallelse has it: ordförande, vice ordförande, the ledamöter as
 * registered, then the ersättare in their order. ?1 is the meeting. The
 * attendance rows keep their old order (the canonical text of protokoll
 * justerade before is made from it); the documents sort by this. */
#define SEAT_KEY(who) "(SELECT min(CASE m.role WHEN 'ordförande' THEN 1 " \
	"WHEN '1:e vice ordförande' THEN 2 WHEN '2:e vice ordförande' THEN 3 " \
	"WHEN 'ledamot' THEN 4 WHEN 'ersättare' THEN 5 WHEN 'sekreterare' THEN 6 " \
	"ELSE 7 END * 1e14 + coalesce(m.ersattare_order, 0) * 1e10 + m.id) " \
	"FROM membership m, meeting x WHERE x.id = ?1 AND " \
	"m.committee_id = x.committee_id AND m.person_id = " who " AND " \
	"m.valid_from <= x.date AND (m.valid_to IS NULL OR m.valid_to >= x.date))"

/* The ledamot a serving ersättare's seat is: the one replaced, or for
 * one serving for an ersättare who serves for a ledamot (a chain), that
 * ledamot. */
#define CHAIN_SEAT "coalesce((SELECT y.replaces_id FROM attendance y WHERE " \
	"y.meeting_id = a.meeting_id AND y.person_id = a.replaces_id AND y.status = " \
	"'tjänstgörande ersättare' ORDER BY y.from_paragraph LIMIT 1), a.replaces_id)"

static enum nd_err load_rattelser(struct loader *l, struct nd_protocol *p)
{
	LOAD(l, "SELECT r.made_on, r.text, coalesce(p.number, 0) FROM rattelse r LEFT JOIN "
	     "paragraph p ON p.id = r.paragraph_id WHERE r.meeting_id = ?1 ORDER BY r.id",
	     p->meeting, rattelse_row, struct nd_prattelse, p->rattelser, p->nrattelser);
	return ND_OK;
}

static void vacant_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pvacant *v = push(l, ctx);
	if (!v)
		return;
	v->who = person_at(l, st, 0);
	v->seat = sqlite3_column_double(st, 5);
}

static void adjourned_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	((struct nd_protocol *)ctx)->adjourned = dup(l, st, 0);
}

static void role_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_prole *r = push(l, ctx);
	if (!r)
		return;
	r->role = dup(l, st, 0);
	r->who = person_at(l, st, 1);
	r->from = sqlite3_column_int(st, 6);
	r->to = sqlite3_column_int(st, 7);
}

static enum nd_err load_all(struct loader *l, struct nd_protocol *p)
{
	enum nd_err e;
	/* Roles on the day, for sorting and naming. */
#define ROLE_RANK "(SELECT min(CASE m.role WHEN 'ordförande' THEN 1 " \
	"WHEN '1:e vice ordförande' THEN 2 WHEN '2:e vice ordförande' THEN 3 " \
	"WHEN 'ledamot' THEN 4 WHEN 'ersättare' THEN 5 WHEN 'sekreterare' THEN 6 " \
	"ELSE 7 END) FROM membership m, meeting x WHERE x.id = ?1 AND " \
	"m.committee_id = x.committee_id AND m.person_id = q.id AND " \
	"m.valid_from <= x.date AND (m.valid_to IS NULL OR m.valid_to >= x.date))"
	if ((e = each(l, "SELECT k.name, k.code, k.kind, m.date, m.start_time, m.end_time, "
		      "m.place, m.status, m.justering_place, m.justering_date, m.justerad_on, "
		      "m.protocol_sha256, m.anslag_on, k.notice_days FROM meeting m JOIN "
		      "committee k ON k.id = m.committee_id WHERE m.id = ?1", p->meeting,
		      meeting_row, p)))
		return e;
	if (!p->date)
		return l->oom ? nd_fail(ND_ENOMEM, "Slut på minne.") :
			nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.",
				p->meeting);
	l->date = p->date;
	if ((e = each(l, "SELECT group_concat(start_time || '-' || end_time, ', ') FROM "
		      "(SELECT start_time, end_time FROM adjournment WHERE meeting_id = ?1 "
		      "ORDER BY start_time)", p->meeting, adjourned_row, p)))
		return e;
	LOAD(l, "SELECT " PERSON_COLS("q") ", CASE " ROLE_RANK " WHEN 1 THEN 'ordförande' "
	     "WHEN 2 THEN '1:e vice ordförande' WHEN 3 THEN '2:e vice ordförande' "
	     "WHEN 4 THEN 'ledamot' WHEN 5 THEN 'ersättare' WHEN 6 THEN 'sekreterare' "
	     "WHEN 7 THEN 'övrig' END, a.status, " PERSON_COLS("r") ", a.from_paragraph, "
	     "coalesce(a.to_paragraph, 0), coalesce(" SEAT_KEY("CASE WHEN a.status = "
	     "'tjänstgörande ersättare' THEN " CHAIN_SEAT " ELSE q.id END") ", 9e15), "
	     "coalesce(" SEAT_KEY("q.id") ", 9e15) "
	     "FROM attendance a JOIN person q ON q.id = a.person_id "
	     "LEFT JOIN person r ON r.id = a.replaces_id WHERE a.meeting_id = ?1 "
	     "ORDER BY coalesce(" ROLE_RANK ", 8), a.status = 'tjänstgörande ersättare' DESC, "
	     "q.name COLLATE sv, q.id, a.from_paragraph",
	     p->meeting, att_row, struct nd_patt, p->att, p->natt);
	LOAD(l, "SELECT " PERSON_COLS("q") " FROM membership m JOIN person q ON "
	     "q.id = m.person_id JOIN meeting x ON x.id = ?1 WHERE m.committee_id = "
	     "x.committee_id AND m.role IN ('ordförande', '1:e vice ordförande', "
	     "'2:e vice ordförande', 'ledamot') AND m.valid_from <= x.date AND "
	     "(m.valid_to IS NULL OR m.valid_to >= x.date) GROUP BY q.id "
	     "ORDER BY " SEAT_KEY("q.id") ", q.name COLLATE sv, q.id",
	     p->meeting, person_row, struct nd_pperson, p->seats, p->nseats);
	/* Vacant seats (schema 030), in the body's order. */
	LOAD(l, "SELECT " PERSON_COLS("q") ", " SEAT_KEY("q.id") " FROM membership m "
	     "JOIN person q ON q.id = m.person_id JOIN meeting x ON x.id = ?1 "
	     "WHERE m.committee_id = x.committee_id AND q.vacant = 1 AND m.role = 'ledamot' "
	     "AND m.valid_from <= x.date AND (m.valid_to IS NULL OR m.valid_to >= x.date) "
	     "ORDER BY 6, q.id", p->meeting, vacant_row, struct nd_pvacant, p->vacant, p->nvacant);
	if ((e = rules_meeting(l->db, p->meeting, &p->rules)))
		return e;
	LOAD(l, "SELECT " PERSON_COLS("q") " FROM justerare j JOIN person q ON "
	     "q.id = j.person_id WHERE j.meeting_id = ?1 ORDER BY j.position",
	     p->meeting, person_row, struct nd_pperson, p->justerare, p->njusterare);
	LOAD(l, "SELECT r.role, " PERSON_COLS("q") ", r.from_paragraph, "
	     "coalesce(r.to_paragraph, 0) FROM meeting_role r JOIN person q ON "
	     "q.id = r.person_id WHERE r.meeting_id = ?1 ORDER BY CASE r.role WHEN "
	     "'ordförande' THEN 1 WHEN 'justerare' THEN 2 WHEN 'ersättande justerare' "
	     "THEN 3 ELSE 4 END, r.from_paragraph, r.id",
	     p->meeting, role_row, struct nd_prole, p->roles, p->nroles);
	struct nd_pperson *sec = NULL;
	size_t nsec = 0;
	LOAD(l, "SELECT " PERSON_COLS("q") " FROM membership m JOIN person q ON "
	     "q.id = m.person_id JOIN meeting x ON x.id = ?1 WHERE m.committee_id = "
	     "x.committee_id AND m.role = 'sekreterare' AND m.valid_from <= x.date AND "
	     "(m.valid_to IS NULL OR m.valid_to >= x.date) ORDER BY NOT EXISTS (SELECT 1 "
	     "FROM attendance a WHERE a.meeting_id = x.id AND a.person_id = q.id), m.id "
	     "LIMIT 1", p->meeting, person_row, struct nd_pperson, sec, nsec);
	if (nsec)
		p->secretary = sec[0];
	LOAD(l, "SELECT p.id, p.number, p.title, CASE WHEN c.id IS NOT NULL THEN "
	     "nd_dnr(c.dnr_series, c.dnr_year, c.dnr_number) END, p.presenter, p.account, "
	     "p.decision, p.proposition, p.vote_question, p.justerad_on, p.justerad_sha256, "
	     "p.review_comment, p.immediate, p.reviewed, p.confidential, p.anslag_on, "
	     "p.numbered_in <> 0 FROM paragraph p "
	     "LEFT JOIN cases c ON c.id = p.case_id WHERE p.meeting_id = ?1 ORDER BY p.number",
	     p->meeting, paragraph_row, struct nd_pparagraph, p->paragraphs, p->nparagraphs);
	for (size_t i = 0; i < p->nparagraphs; i++) {
		p->items |= p->paragraphs[i].item;
		if ((e = load_parts(l, &p->paragraphs[i])))
			return e;
	}
	if ((e = load_rattelser(l, p)))
		return e;
	pick_chair(p);
	return load_serving(l, p);
}

/* What changes after justering, read live over a record: the meeting's
 * status, justering and anslag, each paragraph's, the rättelser. */
static void live_meeting_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_protocol *p = ctx;
	p->status = dup(l, st, 0);
	p->justerad_on = dup(l, st, 1);
	p->sha256 = dup(l, st, 2);
	p->anslag_on = dup(l, st, 3);
}

static void live_paragraph_row(struct loader *l, sqlite3_stmt *st, void *ctx)
{
	struct nd_pparagraph *g = ctx;
	g->justerad_on = dup(l, st, 0);
	g->sha256 = dup(l, st, 1);
	g->anslag_on = dup(l, st, 2);
}

static enum nd_err load_live(struct loader *l, struct nd_protocol *p)
{
	enum nd_err e;
	if ((e = each(l, "SELECT status, justerad_on, protocol_sha256, anslag_on FROM meeting "
		      "WHERE id = ?1", p->meeting, live_meeting_row, p)))
		return e;
	if (!p->status)
		return l->oom ? nd_fail(ND_ENOMEM, "Slut på minne.") :
			nd_fail(ND_ENOTFOUND, "Det finns inget sammanträde med id %lld.",
				p->meeting);
	for (size_t i = 0; i < p->nparagraphs; i++)
		if ((e = each(l, "SELECT justerad_on, justerad_sha256, anslag_on FROM paragraph "
			      "WHERE id = ?1", p->paragraphs[i].id, live_paragraph_row,
			      &p->paragraphs[i])))
			return e;
	return load_rattelser(l, p);
}

enum nd_err protocol_load(struct nd_db *db, long long meeting, struct nd_protocol **out)
{
	return protocol_load_for(db, meeting, 0, out);
}

enum nd_err protocol_load_for(struct nd_db *db, long long meeting, int number,
			      struct nd_protocol **out)
{
	struct nd_protocol *p = calloc(1, sizeof *p);
	struct nd_arena *a = calloc(1, sizeof *a);
	struct loader l = { db, a, 0, NULL };
	enum nd_err e;
	char *org = NULL, *archive = NULL, *anslag = NULL;
	bool found = false;

	*out = NULL;
	if (!p || !a) {
		free(p);
		free(a);
		return nd_fail(ND_ENOMEM, "Slut på minne.");
	}
	p->mem = a;
	p->meeting = meeting;
	/* A justerad paragraph's own record, else the protokoll's; number
	 * -1: the live rows only. */
	if (number > 0)
		e = protocol_record_read(db, meeting, number, p, &found);
	else
		e = ND_OK;
	if (!e && !found && number >= 0)
		e = protocol_record_read(db, meeting, 0, p, &found);
	if (found || e) {
		if (!e)
			e = load_live(&l, p);
		/* A record from before version 5 has no rules: the body's now. */
		if (!e && !p->rules_frozen)
			e = rules_meeting(db, meeting, &p->rules);
		if (!e && l.oom)
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
		if (e) {
			protocol_free(p);
			return e;
		}
		p->recorded = true;
		*out = p;
		return ND_OK;
	}
	org = setting_get(db, "org_name", "");
	archive = setting_get(db, "archive_place", "");
	anslag = setting_get(db, "anslag_place", "");
	p->org = arena_strdup(a, org ? org : "", &l.oom);
	p->archive_place = archive && *archive ? arena_strdup(a, archive, &l.oom) : NULL;
	p->anslag_place = anslag && *anslag ? arena_strdup(a, anslag, &l.oom) : NULL;
	free(org);
	free(archive);
	free(anslag);
	e = load_all(&l, p);
	if (!e && l.oom)
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	if (e) {
		protocol_free(p);
		return e;
	}
	*out = p;
	return ND_OK;
}

void protocol_free(struct nd_protocol *p)
{
	if (!p)
		return;
	if (p->mem) {
		arena_free(p->mem);
		free(p->mem);
	}
	free(p);
}

bool protocol_attendance_recorded(const struct nd_protocol *p)
{
	for (size_t i = 0; i < p->natt; i++)
		if (p->att[i].status == PRES_PRESENT || p->att[i].status == PRES_SERVING)
			return true;
	return false;
}

bool protocol_role_covers(const struct nd_prole *r, int number)
{
	return number >= r->from && (!r->to || number <= r->to);
}

const struct nd_pparagraph *protocol_paragraph(const struct nd_protocol *p, int number)
{
	for (size_t i = 0; i < p->nparagraphs; i++)
		if (p->paragraphs[i].number == number)
			return &p->paragraphs[i];
	return NULL;
}
