/* The canonical text of a protokoll, and its SHA-256 (nettle). The text
 * is the protokoll's facts, one "key: value" line each in a fixed order,
 * so a checksum stored at justering still verifies when the documents'
 * layout changes, and changes when any fact does. */
#include "namnd/protocol.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct out {
	char *s;
	size_t len, cap;
	bool oom;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->oom)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = (o->len + n + 1) * 2;
		char *p = realloc(o->s, cap);
		if (!p) {
			o->oom = true;
			return;
		}
		o->s = p;
		o->cap = cap;
	}
	memcpy(o->s + o->len, s, n);
	o->len += n;
	o->s[o->len] = '\0';
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* A value on one line: "\n" for newlines, "\\" for backslashes, and
 * carriage returns dropped. */
static void value(struct out *o, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\n')
			put(o, "\\n", 2);
		else if (*s == '\\')
			put(o, "\\\\", 2);
		else if (*s != '\r')
			put(o, s, 1);
	}
}

static void line(struct out *o, const char *key, const char *v)
{
	puts_(o, key);
	puts_(o, ": ");
	value(o, v);
	puts_(o, "\n");
}

static void line_int(struct out *o, const char *key, long long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", v);
	line(o, key, buf);
}

/* "Name (Party)" or "Name, Organisation" or "Name". */
static void person(struct out *o, const struct nd_pperson *p)
{
	value(o, p->name);
	if (p->party) {
		puts_(o, " (");
		value(o, p->party);
		puts_(o, ")");
	} else if (p->organisation) {
		puts_(o, ", ");
		value(o, p->organisation);
	}
}

static void person_line(struct out *o, const char *key, const struct nd_pperson *p,
			const char *rest)
{
	puts_(o, key);
	puts_(o, ": ");
	person(o, p);
	if (rest) {
		puts_(o, " | ");
		value(o, rest);
	}
	puts_(o, "\n");
}

/* The attendance rows, or for one paragraph those covering it. */
static void attendance(struct out *o, const struct nd_protocol *p, const struct nd_pparagraph *g)
{
	char range[48];
	for (size_t i = 0; i < p->natt; i++) {
		const struct nd_patt *a = &p->att[i];
		if (g && (g->number < a->from || (a->to != 0 && g->number > a->to)))
			continue;
		puts_(o, "närvaro: ");
		person(o, &a->who);
		puts_(o, " | ");
		puts_(o, presence_name(a->status));
		if (a->replaces.id) {
			puts_(o, " för ");
			person(o, &a->replaces);
		}
		snprintf(range, sizeof range, " | %d-%d\n", a->from, a->to);
		puts_(o, range);
	}
}

static void paragraph(struct out *o, const struct nd_pparagraph *g, const char *justerad_on)
{
	char buf[64];
	snprintf(buf, sizeof buf, "§ %d\n", g->number);
	puts_(o, buf);
	line(o, "rubrik", g->title);
	line(o, "dnr", g->dnr);
	line(o, "sekretess", g->confidential ? "ja" : "nej");
	line(o, "föredragande", g->presenter);
	for (size_t i = 0; i < g->ndocs; i++) {
		puts_(o, "beslutsunderlag: ");
		value(o, g->docs[i].title);
		puts_(o, " | ");
		value(o, g->docs[i].date);
		puts_(o, "\n");
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
		puts_(o, "reservation: ");
		person(o, &r->who);
		puts_(o, r->promised ? " | skriftlig utlovad | " : " | | ");
		value(o, r->reason);
		puts_(o, "\n");
	}
	for (size_t i = 0; i < g->nnotes; i++) {
		puts_(o, "protokollsanteckning: ");
		if (g->notes[i].who.id)
			person(o, &g->notes[i].who);
		puts_(o, " | ");
		value(o, g->notes[i].text);
		puts_(o, "\n");
	}
	for (size_t i = 0; i < g->nrecusals; i++) {
		puts_(o, "jäv: ");
		person(o, &g->recusals[i].who);
		puts_(o, " | ");
		if (g->recusals[i].by.id)
			person(o, &g->recusals[i].by);
		puts_(o, "\n");
	}
	for (size_t i = 0; i < g->nrecipients; i++) {
		puts_(o, "expediering: ");
		value(o, g->recipients[i].purpose);
		puts_(o, " | ");
		value(o, g->recipients[i].recipient);
		puts_(o, "\n");
	}
	line(o, "omedelbar justering", g->immediate ? (g->justerad_on ? g->justerad_on :
						       justerad_on) : "");
}

char *protocol_canonical(const struct nd_protocol *p, const struct nd_pparagraph *only,
			 const char *justerad_on)
{
	struct out o = { NULL, 0, 0, false };
	puts_(&o, only ? "namnd protokollsutdrag 1\n" : "namnd protokoll 1\n");
	line(&o, "organisation", p->org);
	line(&o, "nämnd", p->committee);
	line(&o, "kod", p->code);
	line(&o, "datum", p->date);
	line(&o, "tid", p->start);
	if (!only)
		line(&o, "sluttid", p->end);
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
	line_int(&o, "platser", (long long)p->nseats);
	attendance(&o, p, only);
	for (size_t i = 0; i < p->nparagraphs; i++)
		if (!only || only == &p->paragraphs[i])
			paragraph(&o, &p->paragraphs[i], justerad_on);
	puts_(&o, "slut\n");
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
