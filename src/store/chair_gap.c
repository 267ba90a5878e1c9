/* Paragraphs where the ordförande cannot preside (jäv, absence) and no
 * tjänstgörande ordförande is recorded for them (issue 12). */
#include "namnd/justering.h"
#include "namnd/parnum.h"

#include <stdio.h>
#include <string.h>

struct chair {
	long long id;
	char who[300];   /* "Karin Åberg (S)" */
};

/* The ordförande (rank 1) and the vice ordförande (vice[0] rank 2,
 * vice[1] rank 3) of the meeting's body on its day. */
static enum nd_err chairs_load(struct nd_db *db, long long meeting, struct chair *chair,
			       struct chair vice[2])
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT p.id, p.name, p.party, m.role FROM meeting x "
				   "JOIN membership m ON m.committee_id = x.committee_id "
				   "AND m.valid_from <= x.date AND (m.valid_to IS NULL OR "
				   "m.valid_to >= x.date) JOIN person p ON p.id = m.person_id "
				   "WHERE x.id = ?1 AND m.role IN ('ordförande', "
				   "'1:e vice ordförande', '2:e vice ordförande') "
				   "ORDER BY CASE m.role WHEN 'ordförande' THEN 1 WHEN "
				   "'1:e vice ordförande' THEN 2 ELSE 3 END, m.id", &st);
	int rc;
	memset(chair, 0, sizeof *chair);
	memset(vice, 0, 2 * sizeof *vice);
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *role = (const char *)sqlite3_column_text(st, 3);
		struct chair *c = strcmp(role, "ordförande") == 0 ? chair :
				  strcmp(role, "1:e vice ordförande") == 0 ? &vice[0] : &vice[1];
		const char *party = (const char *)sqlite3_column_text(st, 2);
		if (c->id)
			continue;
		c->id = sqlite3_column_int64(st, 0);
		snprintf(c->who, sizeof c->who, "%s%s%s%s", sqlite3_column_text(st, 1),
			 party ? " (" : "", party ? party : "", party ? ")" : "");
	}
	if (rc != SQLITE_DONE)
		e = db_fail(db, "läsa nämndens ordförande");
	sqlite3_finalize(st);
	return e;
}

static bool covers(int from, int to, int n)
{
	return n >= from && (to == 0 || n <= to);
}

/* Whether the ordförande is absent at paragraph number n (0: the whole
 * meeting, as a förhinder says it). */
static bool absent_at(const struct nd_protocol *p, long long chair, bool recorded, int n)
{
	bool present = false;
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if (a->who.id != chair)
			continue;
		if (a->status == PRES_ABSENT && (n ? covers(a->from, a->to, n) :
						 !a->from && !a->to))
			return true;
		if (a->status == PRES_PRESENT && (n ? covers(a->from, a->to, n) : true))
			present = true;
	}
	return recorded && !present;
}

static bool presided(const struct nd_protocol *p, int n)
{
	for (size_t i = 0; i < p->nroles; i++)
		if (strcmp(p->roles[i].role, "ordförande") == 0 &&
		    (n ? protocol_role_covers(&p->roles[i], n) :
		     !p->roles[i].from && !p->roles[i].to))
			return true;
	return false;
}

/* "; närmast i tur att leda är vice ordföranden X": the first vice
 * ordförande not absent at n, or "" when none is there. */
static void next_in_turn(const struct nd_protocol *p, const struct chair vice[2],
			 bool recorded, int n, char *buf, size_t size)
{
	buf[0] = '\0';
	for (int i = 0; i < 2; i++)
		if (vice[i].id && !absent_at(p, vice[i].id, recorded, n)) {
			snprintf(buf, size, "; närmast i tur att leda är vice ordföranden %s",
				 vice[i].who);
			return;
		}
}

enum nd_err chair_gaps(struct nd_db *db, const struct nd_protocol *p, chair_gap_fn fn,
		       void *ctx)
{
	struct chair chair, vice[2];
	char msg[1000], next[400];
	bool recorded = protocol_attendance_recorded(p), whole = true;
	enum nd_err e = chairs_load(db, p->meeting, &chair, vice);
	if (e || !chair.id)
		return e;
	/* Absent from the whole meeting, and nobody recorded to preside
	 * anywhere: one sentence, not one per paragraph. */
	for (size_t i = 0; i < p->nparagraphs && whole; i++)
		whole = absent_at(p, chair.id, recorded, p->paragraphs[i].number) &&
			!presided(p, p->paragraphs[i].number);
	if (whole && absent_at(p, chair.id, recorded, 0) && !presided(p, 0)) {
		next_in_turn(p, vice, recorded, 0, next, sizeof next);
		snprintf(msg, sizeof msg, "Ordföranden %s är inte med vid sammanträdet, och ingen "
			 "tjänstgörande ordförande är antecknad%s.", chair.who, next);
		fn(ctx, NULL, msg);
		return ND_OK;
	}
	for (size_t i = 0; i < p->nparagraphs; i++) {
		const struct nd_pparagraph *g = &p->paragraphs[i];
		bool jav = false;
		char num[32];
		for (size_t k = 0; k < g->nrecusals; k++)
			jav |= g->recusals[k].who.id == chair.id;
		if (presided(p, g->number) ||
		    (!jav && !absent_at(p, chair.id, recorded, g->number)))
			continue;
		parnum(g->item, g->number, num, sizeof num);
		next_in_turn(p, vice, recorded, g->number, next, sizeof next);
		snprintf(msg, sizeof msg, "Ordföranden %s är %s %s, och ingen tjänstgörande "
			 "ordförande är antecknad för %s%s.", chair.who,
			 jav ? "jävig i" : "inte närvarande vid", num, g->item ? "punkten" :
			 "paragrafen", next);
		fn(ctx, g, msg);
	}
	return ND_OK;
}
