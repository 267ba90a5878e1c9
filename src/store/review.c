/* The ordförande's review of a protokoll before justering. */
#include "namnd/justering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/attendance.h"
#include "namnd/case.h"
#include "namnd/entity.h"
#include "namnd/meeting_role.h"
#include "namnd/paragraph.h"
#include "namnd/parnum.h"
#include "namnd/sitting.h"
#include "util.h"

static const char *const kind_names[RK_COUNT] = {
	[RK_DECISION] = "beslut", [RK_ATTENDANCE] = "närvaro",
	[RK_QUORUM] = "beslutförhet", [RK_VOTE] = "omröstning",
	[RK_PROPOSITION] = "proposition", [RK_RESERVATION] = "reservation",
};

const char *review_kind_name(enum nd_review_kind k)
{
	return k < RK_COUNT ? kind_names[k] : "";
}

bool review_kind_parse(const char *s, enum nd_review_kind *out)
{
	for (int k = 0; k < RK_COUNT; k++)
		if (s && strcmp(s, kind_names[k]) == 0) {
			*out = (enum nd_review_kind)k;
			return true;
		}
	return false;
}

/* The ordförande's overrides of one meeting: paragraph, kind, reason,
 * by whom. */
struct override {
	long long paragraph;
	enum nd_review_kind kind;
	char *text; /* "Åsidosatt av NAMN: SKÄL" */
};

struct overrides {
	struct override *v;
	size_t n;
};

static void overrides_free(struct overrides *o)
{
	for (size_t i = 0; i < o->n; i++)
		free(o->v[i].text);
	free(o->v);
	o->v = NULL;
	o->n = 0;
}

static enum nd_err overrides_load(struct nd_db *db, long long meeting, struct overrides *o)
{
	sqlite3_stmt *st = NULL;
	enum nd_err e = db_prepare(db, "SELECT o.paragraph_id, o.kind, o.reason, p.name "
				   "FROM review_override o LEFT JOIN person p ON p.id = o.person_id "
				   "WHERE o.meeting_id = ?1 AND o.paragraph_id IS NOT NULL "
				   "ORDER BY o.id", &st);
	int rc;
	o->v = NULL;
	o->n = 0;
	if (e)
		return e;
	sqlite3_bind_int64(st, 1, meeting);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		enum nd_review_kind k;
		const char *reason = (const char *)sqlite3_column_text(st, 2);
		const char *who = (const char *)sqlite3_column_text(st, 3);
		struct override *v;
		size_t len;
		if (!review_kind_parse((const char *)sqlite3_column_text(st, 1), &k))
			continue;
		if (!(v = realloc(o->v, (o->n + 1) * sizeof *v))) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		o->v = v;
		len = strlen(reason ? reason : "") + strlen(who ? who : "") + 64;
		if (!(v[o->n].text = malloc(len))) {
			e = nd_fail(ND_ENOMEM, "Slut på minne.");
			break;
		}
		snprintf(v[o->n].text, len, "Åsidosatt av ordföranden %s: %s", who ? who : "?",
			 reason ? reason : "");
		v[o->n].paragraph = sqlite3_column_int64(st, 0);
		v[o->n].kind = k;
		o->n++;
	}
	if (!e && rc != SQLITE_DONE)
		e = db_fail(db, "läsa granskningen");
	sqlite3_finalize(st);
	if (e)
		overrides_free(o);
	return e;
}

static const char *override_of(const struct overrides *o, long long paragraph,
			       enum nd_review_kind k)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->v[i].paragraph == paragraph && o->v[i].kind == k)
			return o->v[i].text;
	return NULL;
}

static void name_party(const struct nd_pperson *p, char *buf, size_t size)
{
	if (p->party)
		snprintf(buf, size, "%s (%s)", p->name, p->party);
	else
		snprintf(buf, size, "%s", p->name ? p->name : "?");
}

/* Where the findings go: the caller's function, and the kinds that
 * still block the justering of one paragraph when kinds is set. */
struct sink {
	review_fn fn;
	void *ctx;
	long long paragraph;
	bool *kinds;
};

/* One finding of kind k: something to put right, unless the ordförande
 * has let it stand with a reason, which is then said with it. Returns 1
 * when it still blocks the justering. */
static int finding(const struct overrides *o, const struct nd_pparagraph *g,
		   enum nd_review_kind k, const char *msg, const struct sink *to)
{
	const char *over = override_of(o, g->id, k);
	char both[2600];
	if (!over) {
		if (to->kinds && g->id == to->paragraph)
			to->kinds[k] = true;
		to->fn(to->ctx, g, msg, true);
		return 1;
	}
	snprintf(both, sizeof both, "%s %s", msg, over);
	to->fn(to->ctx, g, both, false);
	return 0;
}

/* The side that won the vote (VOTE_JA or VOTE_NEJ): the most votes, on a
 * tie the ordförande's (utslagsröst). -1 when neither. */
static int vote_winner(const struct nd_pparagraph *g, long long chair)
{
	int ja = 0, nej = 0, chair_vote = -1;
	for (size_t i = 0; i < g->nvotes; i++) {
		ja += g->votes[i].choice == VOTE_JA;
		nej += g->votes[i].choice == VOTE_NEJ;
		if (g->votes[i].who.id == chair && g->votes[i].choice != VOTE_AVSTAR)
			chair_vote = (int)g->votes[i].choice;
	}
	return ja > nej ? VOTE_JA : nej > ja ? VOTE_NEJ : chair_vote;
}

/* The vote's ballots against who serves: tally_check's message. */
static int review_votes(const struct overrides *o, const struct nd_pparagraph *g,
			const struct nd_serving *serving, size_t ns, const struct sink *to)
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
	if (tally_check(serving, ns, b, g->nvotes, g->number, g->item, NULL) != ND_OK) {
		snprintf(msg, sizeof msg, "%s", nd_errmsg());
		found = finding(o, g, RK_VOTE, msg, to);
	}
	free(b);
	return found;
}

/* A reservation is by someone who took part in the decision and did not
 * vote for it; a promised written one has its reasons before justering. */
static int review_reservations(const struct overrides *o, const struct nd_pparagraph *g,
			       const struct nd_serving *serving, size_t ns, long long chair,
			       const struct sink *to)
{
	char msg[1200], who[300];
	int found = 0, won = vote_winner(g, chair);
	for (size_t i = 0; i < g->nreservations; i++) {
		const struct nd_preservation *r = &g->reservations[i];
		bool serves = false;
		name_party(&r->who, who, sizeof who);
		for (size_t k = 0; k < ns && !serves; k++)
			serves = serving[k].person == r->who.id;
		if (!serves) {
			snprintf(msg, sizeof msg, "Reservation av %s, som inte tjänstgör vid %s: "
				 "bara den som deltar i beslutet kan reservera sig.", who,
				 PAR(g->item, g->number));
			found += finding(o, g, RK_RESERVATION, msg, to);
		}
		for (size_t k = 0; k < g->nvotes && won >= 0; k++)
			if (g->votes[k].who.id == r->who.id && (int)g->votes[k].choice == won) {
				snprintf(msg, sizeof msg, "Reservation av %s, som röstade %s, alltså för "
					 "det beslut som fattades: den som reserverar sig har röstat "
					 "emot det.", who, choice_name(g->votes[k].choice));
				found += finding(o, g, RK_RESERVATION, msg, to);
			}
		if (r->promised && (!r->reason || !*r->reason)) {
			snprintf(msg, sizeof msg, "Skriftlig reservation utlovad av %s, men skälen "
				 "har inte kommit in (de ska finnas före justeringen).", who);
			found += finding(o, g, RK_RESERVATION, msg, to);
		}
	}
	return found;
}

static int review_one(struct nd_db *db, const struct nd_protocol *p,
		      const struct nd_sitting *s, bool recorded,
		      long long chair, const struct overrides *o,
		      const struct nd_pparagraph *g, struct nd_serving *serving,
		      const struct sink *to)
{
	char msg[1200], who[300];
	size_t ns = 0;
	int found = 0, notes = 0, shown = 0;
	if (sitting_serving(db, s, g->id, g->number, serving, &ns) != ND_OK)
		return -1;
	/* shown counts overridden findings too: the paragraph is not "ok". */
#define FINDING(k, ...) do { snprintf(msg, sizeof msg, __VA_ARGS__); \
	found += finding(o, g, k, msg, to); shown++; } while (0)
	if (!g->decision || !*g->decision)
		FINDING(RK_DECISION, "Beslut saknas.");
	/* A justerat protokoll would write "utkast" as the dnr for good. */
	if (g->dnr && strcmp(g->dnr, CASE_DRAFT_TEXT) == 0)
		FINDING(RK_DECISION, "Ärendet är ett utkast utan diarienummer; registrera det "
			"före justeringen (r i Ärenden, namnd case register), så att protokollet "
			"anger dess diarienummer.");
	if (!recorded)
		FINDING(RK_ATTENDANCE, "Närvaron är inte antecknad: det går inte att se vilka "
			"som tjänstgör eller om nämnden är beslutför.");
	else if (s->quorum_rule && !quorum_holds(ns, s->nseats))
		FINDING(RK_QUORUM, "Nämnden är inte beslutför: %zu av %zu platser tjänstgör "
			"(minst %zu krävs).", ns, s->nseats, quorum_needed(s->nseats));
	if (g->nvotes) {
		int n = review_votes(o, g, serving, ns, to);
		found += n;
		shown += n;
		if (!g->proposition || !*g->proposition)
			FINDING(RK_PROPOSITION, "Omröstning utan propositionsordning.");
	} else if (g->nmotions > 1 && (!g->proposition || !*g->proposition)) {
		FINDING(RK_PROPOSITION, "%zu yrkanden men ingen propositionsordning.",
			g->nmotions);
	}
	{
		int n = review_reservations(o, g, serving, ns, chair, to);
		found += n;
		shown += n;
	}
	/* Roles for a range of §§ (schema 026) that attendance or another
	 * role contradicts here, however they were written. */
	for (size_t i = 0; recorded && i < p->nroles; i++) {
		char why[900];
		if (protocol_role_covers(&p->roles[i], g->number) &&
		    meeting_role_conflict(p, s, &p->roles[i], p->roles, i, g->number, why,
					  sizeof why))
			FINDING(RK_ATTENDANCE, "%s", why);
	}
	/* Who may justera the § (the ordförande, a sekreterare, more than
	 * two justerare), however the rows were written. */
	{
		char why[4][MEETING_ROLE_MSG];
		size_t nwhy = meeting_role_rules(p, g->number, 0, why, 4);
		for (size_t i = 0; i < nwhy; i++)
			FINDING(RK_ATTENDANCE, "%.1000s", why[i]);
	}
	for (size_t i = 0; i < g->nrecusals; i++) {
		char by[300] = "";
		name_party(&g->recusals[i].who, who, sizeof who);
		if (g->recusals[i].by.id)
			name_party(&g->recusals[i].by, by, sizeof by);
		snprintf(msg, sizeof msg, "Jäv: %s deltar inte%s%s.", who,
			 *by ? "; tjänstgör i stället: " : "", by);
		to->fn(to->ctx, g, msg, false);
		notes++;
	}
#undef FINDING
	return found ? found : notes || shown ? -2 : 0;
}

/* The chair_gaps sentences, by paragraph (one for the whole meeting goes
 * with the first paragraph). */
struct gaps {
	const struct nd_protocol *p;
	struct { const struct nd_pparagraph *g; char *msg; } v[64];
	size_t n;
	bool oom;
};

static void gap_add(void *ctx, const struct nd_pparagraph *g, const char *msg)
{
	struct gaps *k = ctx;
	if (!g && k->p->nparagraphs)
		g = &k->p->paragraphs[0];
	if (!g || k->n == sizeof k->v / sizeof *k->v)
		return;
	if (!(k->v[k->n].msg = strdup(msg))) {
		k->oom = true;
		return;
	}
	k->v[k->n++].g = g;
}

static void gaps_free(struct gaps *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->v[i].msg);
	k->n = 0;
}

static enum nd_err run_to(struct nd_db *db, long long meeting, const struct sink *to)
{
	struct nd_protocol *p = NULL;
	struct gaps gaps;
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	struct overrides o = { NULL, 0 };
	enum nd_err e = protocol_load(db, meeting, &p);
	if (e)
		return e;
	memset(&gaps, 0, sizeof gaps);
	gaps.p = p;
	if ((e = chair_gaps(db, p, gap_add, &gaps)) ||
	    (gaps.oom && (e = nd_fail(ND_ENOMEM, "Slut på minne."))) ||
	    (e = overrides_load(db, meeting, &o))) {
		gaps_free(&gaps);
		protocol_free(p);
		return e;
	}
	if ((e = sitting_load(db, meeting, &s))) {
		gaps_free(&gaps);
		overrides_free(&o);
		protocol_free(p);
		return e;
	}
	if (!(serving = calloc(s.nseats + 1, sizeof *serving)))
		e = nd_fail(ND_ENOMEM, "Slut på minne.");
	for (size_t i = 0; i < p->nparagraphs && !e; i++) {
		const struct nd_pparagraph *g = &p->paragraphs[i];
		/* Justerad omedelbart: reviewed then, and nothing in it can
		 * change now, so nothing found today can be mended or let
		 * stand; a finding would only block the rest's justering. */
		if (!p->justerad_on && g->justerad_on) {
			char note[160];
			snprintf(note, sizeof note, "Omedelbart justerad %s: granskades vid "
				 "justeringen och kan inte ändras.", g->justerad_on);
			to->fn(to->ctx, g, note, false);
			continue;
		}
		int n = review_one(db, p, &s, protocol_attendance_recorded(p), p->chair.id, &o,
				   &p->paragraphs[i], serving, to);
		bool noted = false;
		if (n == -1) {
			e = db_fail(db, "granska protokollet");
			break;
		}
		/* No tjänstgörande ordförande where one is needed: said, not
		 * held against the justering. */
		for (size_t k = 0; k < gaps.n; k++)
			if (gaps.v[k].g == &p->paragraphs[i]) {
				to->fn(to->ctx, &p->paragraphs[i], gaps.v[k].msg, false);
				noted = true;
			}
		if (n == 0 && !noted)
			to->fn(to->ctx, &p->paragraphs[i], NULL, false);
	}
	gaps_free(&gaps);
	free(serving);
	sitting_free(&s);
	overrides_free(&o);
	protocol_free(p);
	return e;
}

enum nd_err review_run(struct nd_db *db, long long meeting, review_fn fn, void *ctx)
{
	struct sink to = { fn, ctx, 0, NULL };
	return run_to(db, meeting, &to);
}

static void ignore(void *ctx, const struct nd_pparagraph *g, const char *f, bool remark)
{
	(void)ctx, (void)g, (void)f, (void)remark;
}

enum nd_err review_blocking(struct nd_db *db, long long meeting, long long paragraph,
			    bool kinds[RK_COUNT])
{
	struct sink to = { ignore, NULL, paragraph, kinds };
	for (int k = 0; k < RK_COUNT; k++)
		kinds[k] = false;
	return run_to(db, meeting, &to);
}

struct gate {
	int number; /* 0: every paragraph */
	int count;
	char first[1400];
};

static void gate_count(void *ctx, const struct nd_pparagraph *g, const char *f, bool remark)
{
	struct gate *k = ctx;
	if (!f || !remark || (k->number && g->number != k->number))
		return;
	if (k->count++ == 0)
		snprintf(k->first, sizeof k->first, "%s: %s", PAR_CAP(g->item, g->number), f);
}

enum nd_err review_gate(struct nd_db *db, long long meeting, int number, const char *ref)
{
	struct gate k = { number, 0, "" };
	enum nd_err e = review_run(db, meeting, gate_count, &k);
	if (e)
		return e;
	if (k.count == 0)
		return ND_OK;
	/* The UI's message line: the count first, then the first finding. */
	if (!ref)
		return nd_fail(ND_EINVAL, "%d anmärkning%s hindrar justeringen; %s %s Rätta "
			       "eller låt ordföranden åsidosätta med skäl.", k.count,
			       k.count == 1 ? "" : "ar", k.count == 1 ? "den:" : "först", k.first);
	return nd_fail(ND_EINVAL, "Protokollet kan inte justeras: granskningen har %d "
			       "anmärkning%s%s %s Rätta %s, eller låt ordföranden åsidosätta en "
			       "anmärkning med ett skäl.", k.count, k.count == 1 ? "" : "ar",
			       k.count == 1 ? ":" : ", den första:", k.first,
			       k.count == 1 ? "den" : "dem");
	return nd_fail(ND_EINVAL, "Protokollet kan inte justeras: granskningen har %d "
		       "anmärkning%s%s %s Rätta %s ('namnd review %s' visar %s), eller låt "
		       "ordföranden åsidosätta en anmärkning med skäl ('namnd review %s "
		       "--paragraph N --override SLAG --reason TEXT --by ORDFÖRANDE').",
		       k.count, k.count == 1 ? "" : "ar", k.count == 1 ? ":" : ", den första:",
		       k.first, k.count == 1 ? "den" : "dem", ref, k.count == 1 ? "den" : "alla",
		       ref);
}

enum nd_err review_override(struct nd_db *db, long long paragraph,
			    enum nd_review_kind kind, const char *reason, long long by)
{
	static const struct nd_field f_reason = { "reason", "skäl", FT_LONGTEXT, 1, 10000,
						  NULL, NULL };
	struct nd_value v = { V_NULL, 0, NULL };
	struct nd_protocol *p = NULL;
	sqlite3_stmt *st = NULL;
	long long meeting = 0;
	char name[256];
	int number = 0;
	enum nd_err e;
	if ((e = field_parse(db, &f_reason, reason, &v)))
		return e;
	if (v.kind == V_NULL || !v.s || !v.s[strspn(v.s, " \t\r\n")]) {
		value_clear(&v);
		return nd_fail(ND_EINVAL, "Fältet \"skäl\" måste anges (--reason): en "
			       "anmärkning åsidosätts bara med ett skäl.");
	}
	if ((e = db_begin(db)))
		goto out;
	if ((e = paragraph_check_open(db, paragraph, &meeting, &number)) ||
	    (e = protocol_load(db, meeting, &p)))
		goto fail;
	if (!p->chair.id || p->chair.id != by) {
		e = nd_fail(ND_EINVAL, "Bara ordföranden vid sammanträdet (%s) kan åsidosätta "
			    "en anmärkning i granskningen, inte %s.",
			    p->chair.name ? p->chair.name : "ingen antecknad",
			    person_name(db, by, name, sizeof name));
		goto fail;
	}
	if ((e = db_prepare(db, "INSERT INTO review_override (meeting_id, paragraph_id, kind, "
			    "reason, person_id) VALUES (?1, ?2, ?3, ?4, ?5) "
			    "ON CONFLICT (meeting_id, paragraph_id, kind) DO UPDATE SET "
			    "reason = excluded.reason, person_id = excluded.person_id, "
			    "made_at = excluded.made_at", &st)))
		goto fail;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_int64(st, 2, paragraph);
	sqlite3_bind_text(st, 3, review_kind_name(kind), -1, SQLITE_STATIC);
	value_bind(st, 4, &v);
	sqlite3_bind_int64(st, 5, by);
	if ((e = stmt_done(db, st, "åsidosätta anmärkningen")) || (e = db_commit(db)))
		goto fail;
	goto out;
fail:
	db_rollback(db);
out:
	protocol_free(p);
	value_clear(&v);
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
