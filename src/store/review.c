/* The ordförande's review of a protokoll before justering. */
#include "namnd/justering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/entity.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"

static void name_party(const struct nd_pperson *p, char *buf, size_t size)
{
	if (p->party)
		snprintf(buf, size, "%s (%s)", p->name, p->party);
	else
		snprintf(buf, size, "%s", p->name ? p->name : "?");
}

/* The vote's ballots against who serves: tally_check's message. */
static int review_votes(const struct nd_pparagraph *g, const struct nd_serving *serving,
			size_t ns, review_fn fn, void *ctx)
{
	struct nd_ballot *b = calloc(g->nvotes + 1, sizeof *b);
	char msg[1200];
	int found = 0;
	if (!b)
		return 0;
	for (size_t i = 0; i < g->nvotes; i++) {
		b[i].person = g->votes[i].who.id;
		b[i].name = g->votes[i].who.name;
		b[i].choice = g->votes[i].choice;
	}
	if (tally_check(serving, ns, b, g->nvotes, g->number, NULL) != ND_OK) {
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		fn(ctx, g, msg, true);
		found = 1;
	}
	free(b);
	return found;
}

static int review_one(struct nd_db *db, const struct nd_sitting *s, bool recorded,
		      const struct nd_pparagraph *g, struct nd_serving *serving,
		      review_fn fn, void *ctx)
{
	char msg[1200], who[300];
	size_t ns = 0;
	int found = 0, notes = 0;
	if (sitting_serving(db, s, g->id, g->number, serving, &ns) != ND_OK)
		return -1;
#define FINDING(...) do { snprintf(msg, sizeof msg, __VA_ARGS__); fn(ctx, g, msg, true); found++; } while (0)
	if (!g->decision || !*g->decision)
		FINDING("Beslut saknas.");
	if (!recorded)
		FINDING("Närvaron är inte antecknad: det går inte att se vilka som tjänstgör "
			"eller om nämnden är beslutför.");
	else if (!quorum_holds(ns, s->nseats))
		FINDING("Nämnden är inte beslutför: %zu av %zu platser tjänstgör (minst %zu "
			"krävs).", ns, s->nseats, quorum_needed(s->nseats));
	if (g->nvotes) {
		found += review_votes(g, serving, ns, fn, ctx);
		if (!g->proposition || !*g->proposition)
			FINDING("Omröstning utan propositionsordning.");
	} else if (g->nmotions > 1 && (!g->proposition || !*g->proposition)) {
		FINDING("%zu yrkanden men ingen propositionsordning.", g->nmotions);
	}
	for (size_t i = 0; i < g->nreservations; i++) {
		const struct nd_preservation *r = &g->reservations[i];
		name_party(&r->who, who, sizeof who);
		if (r->promised && (!r->reason || !*r->reason))
			FINDING("Skriftlig reservation utlovad av %s, men skälen har inte kommit "
				"in (de ska finnas före justeringen).", who);
	}
	for (size_t i = 0; i < g->nrecusals; i++) {
		char by[300] = "";
		name_party(&g->recusals[i].who, who, sizeof who);
		if (g->recusals[i].by.id)
			name_party(&g->recusals[i].by, by, sizeof by);
		snprintf(msg, sizeof msg, "Jäv: %s deltar inte%s%s.", who,
			 *by ? "; tjänstgör i stället: " : "", by);
		fn(ctx, g, msg, false);
		notes++;
	}
#undef FINDING
	return found ? found : notes ? -2 : 0;
}

enum nd_err review_run(struct nd_db *db, long long meeting, review_fn fn, void *ctx)
{
	struct nd_protocol *p = NULL;
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	enum nd_err e = protocol_load(db, meeting, &p);
	if (e)
		return e;
	if ((e = sitting_load(db, meeting, &s))) {
		protocol_free(p);
		return e;
	}
	if (!(serving = calloc(s.nseats + 1, sizeof *serving)))
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	for (size_t i = 0; i < p->nparagraphs && !e; i++) {
		int n = review_one(db, &s, protocol_attendance_recorded(p), &p->paragraphs[i],
				   serving, fn, ctx);
		if (n == -1)
			e = db_fail(db, "granska protokollet");
		else if (n == 0)
			fn(ctx, &p->paragraphs[i], NULL, false);
	}
	free(serving);
	sitting_free(&s);
	protocol_free(p);
	return e;
}

enum nd_err review_mark(struct nd_db *db, long long paragraph, const char *comment)
{
	static const struct nd_field f_comment = { "comment", "granskningskommentar",
						   FT_LONGTEXT, 0, 10000, NULL, NULL };
	struct nd_value v = { V_NULL, 0, NULL };
	sqlite3_stmt *st = NULL;
	enum nd_err e;
	if (comment && (e = field_parse(db, &f_comment, comment, &v)))
		return e;
	if ((e = db_begin(db)))
		goto out;
	if ((e = paragraph_check_open(db, paragraph, NULL, NULL)) ||
	    (e = db_prepare(db, "UPDATE paragraph SET reviewed = 1, review_comment = "
			    "coalesce(?2, review_comment) WHERE id = ?1", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, paragraph);
	value_bind(st, 2, &v);
	if (sqlite3_step(st) != SQLITE_DONE)
		e = db_fail(db, "markera paragrafen som granskad");
	sqlite3_finalize(st);
	if (e || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	value_clear(&v);
	return e;
}
