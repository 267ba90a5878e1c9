/* What the ordförande records in a paragraph from the Protokoll screen:
 * yrkanden, propositionsordning with the voteringsproposition,
 * reservationer, jäv, protokollsanteckningar, and removing one entered by
 * mistake. People are picked from those the rules allow (who serves at
 * the paragraph, who is present there); the store checks again. */
#include "minutes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/minutes.h"
#include "namnd/paragraph.h"
#include "namnd/sitting.h"
#include "namnd/strbuf.h"

/* "§ 14", or "punkt 3" where the body numbers items per meeting. */
#define PAR(n) tui_par(t, paragraph, (n), (char[32]){ 0 }, 32)
#define PAR_CAP(n) tui_cap((char *)PAR(n))

void people_free(struct people *p)
{
	for (int i = 0; i < p->n; i++)
		free(p->label[i]);
	p->n = 0;
}

void people_add(struct people *p, long long id, const char *name, const char *party)
{
	size_t n;
	for (int i = 0; i < p->n; i++)
		if (p->id[i] == id)
			return;
	if (p->n == PEOPLE_MAX || !name)
		return;
	n = strlen(name) + (party ? strlen(party) : 0) + 4;
	if (!(p->label[p->n] = malloc(n)))
		return;
	snprintf(p->label[p->n], n, party && *party ? "%s (%s)" : "%s", name, party);
	p->id[p->n++] = id;
}

long long people_pick(struct tui *t, const char *title, const struct people *p)
{
	int i = tui_pick_find(t, title, (const char *const *)p->label, p->n);
	return i < 0 ? -1 : p->id[i];
}

bool minutes_open(struct tui *t, long long paragraph, int *number)
{
	int n = 0;
	enum nd_err e = paragraph_check_open(t->db, paragraph, NULL, &n);
	if (number)
		*number = n;
	if (e == ND_ELOCKED) {
		nd_errclear();
		tui_msg(t, "%s är justerad och kan inte ändras; c antecknar en daterad "
			"rättelse.", PAR_CAP(n));
		return false;
	}
	if (e)
		tui_err(t, e);
	return e == ND_OK;
}

/* The party of someone in the sitting: their seat's, else as ersättare. */
static const char *party_of(const struct nd_sitting *s, long long person)
{
	const struct nd_seat *seat = sitting_seat(s, person);
	const struct nd_candidate *c = seat ? NULL : sitting_ersattare(s, person);
	return seat ? seat->party : c ? c->party : NULL;
}

/* Who the rules let act in the paragraph: serving (vote, yrka, reserve,
 * be jävig), or present there at all (a protokollsanteckning). */
enum who { SERVING, PRESENT, SPARE };

/* Add to out those of kind at paragraph; *number its number. Refuses
 * (message set, false) a justerad paragraph or when nobody qualifies. */
static bool gather(struct tui *t, long long paragraph, enum who kind, struct people *out,
		   int *number)
{
	struct nd_sitting s;
	struct nd_serving *serving = NULL;
	size_t n = 0;
	enum nd_err e;
	if (!minutes_open(t, paragraph, number))
		return false;
	if ((e = paragraph_serving(t->db, paragraph, &s, &serving, &n, number))) {
		tui_err(t, e);
		return false;
	}
	if (kind != SPARE)
		for (size_t i = 0; i < n; i++)
			people_add(out, serving[i].person, serving[i].name,
				   party_of(&s, serving[i].person));
	for (size_t i = 0; kind != SERVING && i < s.natt; i++) {
		const struct nd_attendance *a = &s.att[i];
		bool here = attendance_covers(a, *number);
		if (!here || (kind == SPARE ? a->status != PRES_ERSATTARE :
			      a->status == PRES_ABSENT || a->status == PRES_OTHER))
			continue;
		if (kind == SPARE && serving_has(serving, n, a->person))
			continue;
		people_add(out, a->person, a->name, party_of(&s, a->person));
	}
	free(serving);
	sitting_free(&s);
	if (n == 0 && kind != SPARE) {
		tui_msg(t, "Ingen tjänstgör vid %s; anteckna närvaron först (n på "
			"Sammanträdet).", PAR(*number));
		return false;
	}
	return true;
}

/* Pick one of those of kind at the paragraph; -1 when there is nobody
 * or the pick was left. */
static long long pick_person(struct tui *t, long long paragraph, enum who kind,
			     const char *what, int *number, char *name, size_t size)
{
	struct people p = { 0 };
	char title[120];
	long long id = -1;
	if (!gather(t, paragraph, kind, &p, number))
		return -1;
	snprintf(title, sizeof title, "%s i %s", what, PAR(*number));
	id = people_pick(t, title, &p);
	for (int i = 0; i < p.n && name; i++)
		if (p.id[i] == id)
			snprintf(name, size, "%s", p.label[i]);
	if (id < 0)
		tui_msg(t, "Avbrutet; ingenting ändrades.");
	people_free(&p);
	return id;
}

bool minutes_motion(struct tui *t, long long paragraph)
{
	char who[300], start[320], label[40];
	char *text = NULL;
	int number = 0;
	long long person = pick_person(t, paragraph, SERVING, "Yrkande av", &number, who,
				       sizeof who);
	enum nd_err e;
	if (person < 0)
		return false;
	/* A yrkande is written as the protokoll says it: "N N (P) yrkar …". */
	snprintf(start, sizeof start, "%s yrkar ", who);
	snprintf(label, sizeof label, "Yrkande i %s", PAR(number));
	if (!tui_prompt(t, label, start, &text))
		return false;
	if (!*text || strcmp(text, start) == 0) {
		tui_msg(t, "Yrkandet är tomt; ingenting antecknades.");
		free(text);
		return false;
	}
	do
		e = motion_add(t->db, paragraph, person, text, NULL);
	while (tui_busy(t, e));
	free(text);
	if (e) {
		tui_err(t, e);
		return false;
	}
	tui_msg(t, "Yrkandet av %s är antecknat i %s.", who, PAR(number));
	return true;
}

/* The paragraph's yrkanden's makers, for drafts. */
struct makers {
	char name[4][201];
	int n;
	int motions;
};

static int on_maker(void *ctx, sqlite3_stmt *st)
{
	struct makers *m = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	if (!kind || strcmp(kind, "yrkande") != 0 || !name)
		return 0;
	m->motions++;
	for (int i = 0; i < m->n; i++)
		if (strcmp(m->name[i], name) == 0)
			return 0;
	if (m->n < 4)
		snprintf(m->name[m->n++], sizeof m->name[0], "%s", name);
	return 0;
}

/* "Henrik Östlunds yrkande" (a name ending in s, x or z takes no s). */
static void genitive(struct strbuf *b, const char *name)
{
	size_t n = strlen(name);
	char last = n ? name[n - 1] : 's';
	strbuf_add(b, name);
	strbuf_add(b, last == 's' || last == 'x' || last == 'z' ? " yrkande" : "s yrkande");
}

/* The paragraph's current proposition and vote question. */
struct texts {
	char *proposition, *question;
};

static int on_texts(void *ctx, sqlite3_stmt *st)
{
	struct texts *x = ctx;
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i);
		const char *v = (const char *)sqlite3_column_text(st, i);
		if (!v)
			continue;
		if (strcmp(name, "Propositionsordning") == 0)
			x->proposition = strdup(v);
		else if (strcmp(name, "Voteringsproposition") == 0)
			x->question = strdup(v);
	}
	return 0;
}

bool minutes_proposition(struct tui *t, long long paragraph)
{
	struct makers mk = { .n = 0 };
	struct texts x = { NULL, NULL };
	struct strbuf draft = { 0 }, vq = { 0 };
	const char *names[2] = { "proposition", "vote-question" }, *values[2];
	char *prop = NULL, *question = NULL, label[80];
	int number = 0;
	bool done = false;
	enum nd_err e = ND_OK;
	if (!minutes_open(t, paragraph, &number))
		return false;
	if ((e = paragraph_parts(t->db, paragraph, on_maker, &mk)) ||
	    (e = entity_show(t->db, &paragraph_entity, paragraph, on_texts, &x)))
		goto out;
	/* Drafts from the yrkanden: the ordförande finishes the sentence. */
	if (!x.proposition && mk.n) {
		strbuf_add(&draft, "Ordföranden ställer proposition på ");
		for (int i = 0; i < mk.n; i++) {
			strbuf_add(&draft, i == 0 ? "" : i + 1 == mk.n ? " och " : ", ");
			genitive(&draft, mk.name[i]);
		}
		strbuf_add(&draft, " och finner att ");
	}
	if (!x.question && mk.n >= 2) {
		strbuf_add(&vq, "Den som vill bifalla ");
		genitive(&vq, mk.name[0]);
		strbuf_add(&vq, " röstar ja, den som vill bifalla ");
		genitive(&vq, mk.name[1]);
		strbuf_add(&vq, " röstar nej.");
	}
	snprintf(label, sizeof label, "Propositionsordning %s", PAR(number));
	if (!tui_prompt(t, label, x.proposition ? x.proposition : strbuf_str(&draft), &prop))
		goto out;
	snprintf(label, sizeof label, "Voteringsproposition (tom: ingen votering)");
	if (!tui_prompt(t, label, x.question ? x.question : strbuf_str(&vq), &question))
		goto out;
	values[0] = prop;
	values[1] = question;
	do
		e = entity_edit(t->db, &paragraph_entity, paragraph, 2, names, values);
	while (tui_busy(t, e));
	if (!e) {
		tui_msg(t, "Propositionsordningen i %s är sparad%s.", PAR(number),
			*question ? " med voteringspropositionen" : "");
		done = true;
	}
out:
	if (e)
		tui_err(t, e);
	strbuf_free(&draft);
	strbuf_free(&vq);
	free(x.proposition);
	free(x.question);
	free(prop);
	free(question);
	return done;
}

bool minutes_reserve(struct tui *t, long long paragraph)
{
	char who[300];
	char *why = NULL;
	int number = 0;
	long long person = pick_person(t, paragraph, SERVING, "Reservation av", &number, who,
				       sizeof who);
	enum nd_err e;
	if (person < 0)
		return false;
	if (!tui_prompt(t, "Skäl (tomt: skriftlig reservation utlovas)", NULL, &why))
		return false;
	do
		e = reservation_add(t->db, paragraph, person, *why ? why : NULL, !*why);
	while (tui_busy(t, e));
	free(why);
	if (e) {
		tui_err(t, e);
		return false;
	}
	tui_msg(t, "Reservationen är antecknad.");
	return true;
}

bool minutes_recusal(struct tui *t, long long paragraph)
{
	char who[300], title[360];
	struct people spare = { 0 };
	int number = 0;
	long long person = pick_person(t, paragraph, SERVING, "Jäv: vem lämnar", &number, who,
				       sizeof who), by = 0;
	enum nd_err e;
	if (person < 0)
		return false;
	/* An ersättare present without a seat may serve in the place. */
	people_add(&spare, 0, "Ingen ersättare tjänstgör", NULL);
	if (!gather(t, paragraph, SPARE, &spare, &number)) {
		people_free(&spare);
		return false;
	}
	snprintf(title, sizeof title, "I stället för %s i %s", who, PAR(number));
	by = spare.n > 1 ? people_pick(t, title, &spare) : 0;
	people_free(&spare);
	if (by < 0) {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		return false;
	}
	do
		e = recusal_add(t->db, paragraph, person, by);
	while (tui_busy(t, e));
	if (e) {
		tui_err(t, e);
		return false;
	}
	tui_msg(t, "Jävet är antecknat: %s deltar inte i %s.", who, PAR(number));
	return true;
}

bool minutes_note(struct tui *t, long long paragraph)
{
	struct people p = { 0 };
	char title[120], label[400], who[300] = "";
	char *text = NULL;
	int number = 0;
	long long person;
	enum nd_err e;
	people_add(&p, 0, "Ingen namngiven", NULL);
	if (!gather(t, paragraph, PRESENT, &p, &number)) {
		people_free(&p);
		return false;
	}
	snprintf(title, sizeof title, "Protokollsanteckning i %s av", PAR(number));
	person = people_pick(t, title, &p);
	for (int i = 1; i < p.n; i++)
		if (p.id[i] == person)
			snprintf(who, sizeof who, "%s", p.label[i]);
	people_free(&p);
	if (person < 0) {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		return false;
	}
	snprintf(label, sizeof label, "Protokollsanteckning%s%s", *who ? " av " : "", who);
	if (!tui_prompt(t, label, NULL, &text))
		return false;
	do
		e = note_add(t->db, paragraph, person, text, NULL);
	while (tui_busy(t, e));
	free(text);
	if (e) {
		tui_err(t, e);
		return false;
	}
	tui_msg(t, "Protokollsanteckningen är antecknad i %s.", PAR(number));
	return true;
}

/* ---- Removing what was entered by mistake ---- */

enum part { P_MOTION, P_VOTE, P_RESERVATION, P_NOTE, P_RECUSAL, P_RECIPIENT };

#define PARTS_MAX 200

struct parts {
	int n, votes;
	enum part kind[PARTS_MAX];
	long long key[PARTS_MAX]; /* position, person or note id */
	char *label[PARTS_MAX];   /* owned */
	char *text[PARTS_MAX];    /* the recipient (owned), else NULL */
};

static void parts_free(struct parts *p)
{
	for (int i = 0; i < p->n; i++) {
		free(p->label[i]);
		free(p->text[i]);
	}
}

static int on_part(void *ctx, sqlite3_stmt *st)
{
	struct parts *p = ctx;
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *name = (const char *)sqlite3_column_text(st, 2);
	const char *party = (const char *)sqlite3_column_text(st, 3);
	const char *text = (const char *)sqlite3_column_text(st, 4);
	const char *extra = (const char *)sqlite3_column_text(st, 5);
	struct strbuf b = { 0 };
	char num[24];
	enum part k;
	if (!kind || p->n == PARTS_MAX)
		return 0;
	if (strcmp(kind, "röst") == 0) {
		/* One entry for the whole omröstning, where its first vote is. */
		if (p->votes++)
			return 0;
		k = P_VOTE;
	} else if (strcmp(kind, "yrkande") == 0) {
		k = P_MOTION;
	} else if (strcmp(kind, "reservation") == 0) {
		k = P_RESERVATION;
	} else if (strcmp(kind, "protokollsanteckning") == 0) {
		k = P_NOTE;
	} else if (strcmp(kind, "jäv") == 0) {
		k = P_RECUSAL;
	} else if (strcmp(kind, "expediering") == 0) {
		k = P_RECIPIENT;
	} else {
		return 0;
	}
	p->kind[p->n] = k;
	p->key[p->n] = k == P_MOTION || k == P_NOTE ? sqlite3_column_int64(st, 1) :
		       sqlite3_column_int64(st, 6);
	p->text[p->n] = k == P_RECIPIENT && text ? strdup(text) : NULL;
	switch (k) {
	case P_MOTION:
		snprintf(num, sizeof num, "%lld", p->key[p->n]);
		strbuf_add(&b, "Yrkande ");
		strbuf_add(&b, num);
		break;
	case P_VOTE: strbuf_add(&b, "Omröstningen (alla röster)"); break;
	case P_RESERVATION: strbuf_add(&b, "Reservation"); break;
	case P_NOTE: strbuf_add(&b, "Protokollsanteckning"); break;
	case P_RECUSAL: strbuf_add(&b, "Jäv"); break;
	case P_RECIPIENT: strbuf_add(&b, "Expediering"); break;
	}
	/* A yrkande's text names its maker already. */
	if (k != P_VOTE && k != P_MOTION && name) {
		strbuf_add(&b, ": ");
		strbuf_add(&b, name);
		if (party) {
			strbuf_add(&b, " (");
			strbuf_add(&b, party);
			strbuf_add(&b, ")");
		}
	}
	if ((k == P_MOTION || k == P_NOTE || k == P_RECIPIENT || k == P_RESERVATION) && text) {
		strbuf_add(&b, ": ");
		strbuf_add(&b, text);
	}
	if (k == P_RECIPIENT && extra) {
		strbuf_add(&b, " (");
		strbuf_add(&b, extra);
		strbuf_add(&b, ")");
	}
	if (!(p->label[p->n] = strdup(strbuf_str(&b)))) {
		free(p->text[p->n]);
		strbuf_free(&b);
		return 1;
	}
	strbuf_free(&b);
	p->n++;
	return 0;
}

bool minutes_remove(struct tui *t, long long paragraph)
{
	struct parts *p = calloc(1, sizeof *p);
	char title[80], q[600];
	int number = 0, i;
	bool done = false;
	enum nd_err e;
	if (!p) {
		tui_err(t, nd_fail(ND_ENOMEM, "Slut på minne."));
		return false;
	}
	e = ND_OK;
	if (!minutes_open(t, paragraph, &number))
		goto out;
	if ((e = paragraph_parts(t->db, paragraph, on_part, p)))
		goto out;
	if (p->n == 0) {
		tui_msg(t, "%s har inga yrkanden, omröstning, reservationer, anteckningar, jäv "
			"eller expediering att ta bort.", PAR_CAP(number));
		goto out;
	}
	snprintf(title, sizeof title, "Ta bort ur %s", PAR(number));
	if ((i = tui_pick_find(t, title, (const char *const *)p->label, p->n)) < 0) {
		tui_msg(t, "Avbrutet; ingenting ändrades.");
		goto out;
	}
	snprintf(q, sizeof q, "Ta bort %s?", p->label[i]);
	if (!tui_confirm(t, q))
		goto out;
	do {
		switch (p->kind[i]) {
		case P_MOTION: e = motion_remove(t->db, paragraph, (int)p->key[i]); break;
		case P_VOTE: e = vote_clear(t->db, paragraph); break;
		case P_RESERVATION: e = reservation_remove(t->db, paragraph, p->key[i]); break;
		case P_NOTE: e = note_remove(t->db, p->key[i]); break;
		case P_RECUSAL: e = recusal_remove(t->db, paragraph, p->key[i]); break;
		case P_RECIPIENT:
			e = recipient_remove(t->db, paragraph, p->text[i] ? p->text[i] : "");
			break;
		}
	} while (tui_busy(t, e));
	if (!e) {
		tui_msg(t, "Borttaget ur %s: %s", PAR(number), p->label[i]);
		done = true;
	}
out:
	if (e)
		tui_err(t, e);
	parts_free(p);
	free(p);
	return done;
}
