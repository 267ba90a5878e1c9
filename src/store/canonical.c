/* The canonical text of a protokoll, and its SHA-256 (nettle). The text
 * is the protokoll's facts, one "key: value" line each in a fixed order,
 * so a checksum stored at justering still verifies when the documents'
 * layout changes, and changes when any fact does. */
#include "namnd/protocol.h"
#include "namnd/strbuf.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A value on one line: "\n" for newlines, "\\" for backslashes, and
 * carriage returns dropped. */
static void value(struct strbuf *o, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\n')
			strbuf_addn(o, "\\n", 2);
		else if (*s == '\\')
			strbuf_addn(o, "\\\\", 2);
		else if (*s != '\r')
			strbuf_addn(o, s, 1);
	}
}

static void line(struct strbuf *o, const char *key, const char *v)
{
	strbuf_add(o, key);
	strbuf_add(o, ": ");
	value(o, v);
	strbuf_add(o, "\n");
}

static void line_int(struct strbuf *o, const char *key, long long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", v);
	line(o, key, buf);
}

/* "Name (Party)" or "Name, Organisation" or "Name". */
static void person(struct strbuf *o, const struct nd_pperson *p)
{
	value(o, p->name);
	if (p->party) {
		strbuf_add(o, " (");
		value(o, p->party);
		strbuf_add(o, ")");
	} else if (p->organisation) {
		strbuf_add(o, ", ");
		value(o, p->organisation);
	}
}

static void person_line(struct strbuf *o, const char *key, const struct nd_pperson *p,
			const char *rest)
{
	strbuf_add(o, key);
	strbuf_add(o, ": ");
	person(o, p);
	if (rest) {
		strbuf_add(o, " | ");
		value(o, rest);
	}
	strbuf_add(o, "\n");
}

/* The attendance rows, or for one paragraph those covering it. */
static void attendance(struct strbuf *o, const struct nd_protocol *p, const struct nd_pparagraph *g)
{
	char range[48];
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if (g && (g->number < a->from || (a->to != 0 && g->number > a->to)))
			continue;
		strbuf_add(o, "närvaro: ");
		person(o, &a->who);
		strbuf_add(o, " | ");
		strbuf_add(o, presence_name(a->status));
		if (a->replaces.id) {
			strbuf_add(o, " för ");
			person(o, &a->replaces);
		}
		snprintf(range, sizeof range, " | %d-%d\n", a->from, a->to);
		strbuf_add(o, range);
	}
	/* Vacant seats (schema 030); none before, so older texts are as they were. */
	for (size_t i = 0; !g && i < p->nvacant; i++)
		person_line(o, "vakant plats", &p->vacant[i].who, NULL);
}

static void paragraph(struct strbuf *o, const struct nd_pparagraph *g, const char *justerad_on)
{
	char buf[64];
	/* An item numbered per meeting says so; a § is written as before. */
	snprintf(buf, sizeof buf, g->item ? "punkt %d\n" : "§ %d\n", g->number);
	strbuf_add(o, buf);
	line(o, "rubrik", g->title);
	line(o, "dnr", g->dnr);
	line(o, "sekretess", g->confidential ? "ja" : "nej");
	line(o, "föredragande", g->presenter);
	for (size_t i = 0; i < g->ndocs; i++) {
		strbuf_add(o, "beslutsunderlag: ");
		value(o, g->docs[i].title);
		strbuf_add(o, " | ");
		value(o, g->docs[i].date);
		strbuf_add(o, "\n");
	}
	line(o, "ärendet", g->account);
	for (size_t i = 0; i < g->nmotions; i++)
		person_line(o, "yrkande", &g->motions[i].who, g->motions[i].text);
	line(o, "propositionsordning", g->proposition);
	line(o, "voteringsproposition", g->vote_question);
	for (size_t i = 0; i < g->nvotes; i++)
		person_line(o, "röst", &g->votes[i].who, choice_name(g->votes[i].choice));
	line(o, "beslut", g->decision);
	for (size_t i = 0; i < g->nreservations; i++) {
		const struct nd_preservation *r = &g->reservations[i];
		strbuf_add(o, "reservation: ");
		person(o, &r->who);
		strbuf_add(o, r->promised ? " | skriftlig utlovad | " : " | | ");
		value(o, r->reason);
		strbuf_add(o, "\n");
	}
	for (size_t i = 0; i < g->nnotes; i++) {
		strbuf_add(o, "protokollsanteckning: ");
		if (g->notes[i].who.id)
			person(o, &g->notes[i].who);
		strbuf_add(o, " | ");
		value(o, g->notes[i].text);
		strbuf_add(o, "\n");
	}
	for (size_t i = 0; i < g->nrecusals; i++) {
		strbuf_add(o, "jäv: ");
		person(o, &g->recusals[i].who);
		strbuf_add(o, " | ");
		if (g->recusals[i].by.id)
			person(o, &g->recusals[i].by);
		strbuf_add(o, "\n");
	}
	for (size_t i = 0; i < g->nrecipients; i++) {
		strbuf_add(o, "expediering: ");
		value(o, g->recipients[i].purpose);
		strbuf_add(o, " | ");
		value(o, g->recipients[i].recipient);
		strbuf_add(o, "\n");
	}
	line(o, "omedelbar justering", g->immediate ? (g->justerad_on ? g->justerad_on :
						       justerad_on) : "");
}

char *protocol_canonical(const struct nd_protocol *p, const struct nd_pparagraph *only,
			 const char *justerad_on)
{
	struct strbuf o = { NULL, 0, 0, false };
	strbuf_add(&o, only ? "namnd protokollsutdrag 1\n" : "namnd protokoll 1\n");
	line(&o, "organisation", p->org);
	line(&o, "nämnd", p->committee);
	line(&o, "kod", p->code);
	line(&o, "datum", p->date);
	line(&o, "tid", p->start);
	if (!only)
		line(&o, "sluttid", p->end);
	/* Only when there is one: the canonical text of a protokoll without
	 * ajournering is as it was before they could be recorded. */
	if (!only && p->adjourned)
		line(&o, "ajournering", p->adjourned);
	line(&o, "plats", p->place);
	/* An extract is final while the rest of the meeting goes on: only
	 * what is locked with its paragraph goes into its text. */
	line(&o, "justerat", only && only->justerad_on ? only->justerad_on :
	     !only && p->justerad_on ? p->justerad_on : justerad_on);
	if (!only) {
		line(&o, "justeringens plats", p->justering_place);
		line(&o, "justeringsdag", p->justering_date);
	}
	for (size_t i = 0; i < p->njusterare; i++)
		person_line(&o, "justerare", &p->justerare[i], NULL);
	if (!only && p->chair.id)
		person_line(&o, "ordförande", &p->chair, NULL);
	if (p->secretary.id)
		person_line(&o, "sekreterare", &p->secretary, NULL);
	/* Roles for a range of paragraphs (schema 026), only when there are
	 * any: a protokoll without is written as before. An extract has
	 * those covering its paragraph. */
	for (size_t i = 0; i < p->nroles; i++) {
		const struct nd_prole *r = &p->roles[i];
		char range[48];
		if (only && !protocol_role_covers(r, only->number))
			continue;
		snprintf(range, sizeof range, "%d-%d", r->from, r->to);
		strbuf_add(&o, "roll: ");
		value(&o, r->role);
		strbuf_add(&o, " | ");
		person(&o, &r->who);
		strbuf_add(&o, " | ");
		strbuf_add(&o, range);
		strbuf_add(&o, "\n");
	}
	line_int(&o, "platser", (long long)p->nseats);
	attendance(&o, p, only);
	for (size_t i = 0; i < p->nparagraphs; i++)
		if (!only || only == &p->paragraphs[i])
			paragraph(&o, &p->paragraphs[i], justerad_on);
	strbuf_add(&o, "slut\n");
	if (o.oom) {
		free(o.s);
		return NULL;
	}
	return o.s;
}

void protocol_sha256(const char *text, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	struct sha256_ctx ctx;
	uint8_t d[SHA256_DIGEST_SIZE];
	sha256_init(&ctx);
	sha256_update(&ctx, strlen(text), (const uint8_t *)text);
	sha256_digest(&ctx, sizeof d, d);
	for (size_t i = 0; i < sizeof d; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[64] = '\0';
}

char *protocol_canonical_part(const struct nd_pparagraph *g, const char *justerad_on)
{
	struct strbuf o = { NULL, 0, 0, false };
	paragraph(&o, g, justerad_on);
	if (o.oom) {
		free(o.s);
		return NULL;
	}
	return o.s;
}
