/* Who serves at a paragraph, quorum and the ersättare proposal. */
#include "namnd/serving.h"
#include "namnd/parnum.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

static const char *const presence_names[] = {
	[PRES_PRESENT] = "närvarande",
	[PRES_ABSENT] = "frånvarande",
	[PRES_SERVING] = "tjänstgörande ersättare",
	[PRES_ERSATTARE] = "närvarande ersättare",
	[PRES_OTHER] = "övrig",
};

const char *presence_name(enum nd_presence p)
{
	return (unsigned)p < sizeof presence_names / sizeof *presence_names ?
	       presence_names[p] : "";
}

bool presence_parse(const char *s, enum nd_presence *out)
{
	for (size_t i = 0; s && i < sizeof presence_names / sizeof *presence_names; i++)
		if (strcmp(s, presence_names[i]) == 0) {
			*out = (enum nd_presence)i;
			return true;
		}
	return false;
}

static int range_end(int to)
{
	return to == 0 ? INT_MAX : to;
}

bool attendance_covers(const struct nd_attendance *a, int n)
{
	return n >= a->from && n <= range_end(a->to);
}

/* The first paragraph number both ranges cover, or -1 when none. */
static int overlap(int from1, int to1, int from2, int to2)
{
	int lo = from1 > from2 ? from1 : from2;
	int hi = range_end(to1) < range_end(to2) ? range_end(to1) : range_end(to2);
	return lo <= hi ? lo : -1;
}

/* "vid § 43" ("vid punkt 3"), or "från början av sammanträdet" for 0. */
static const char *at_text(bool items, int n, char *buf, size_t size)
{
	if (n <= 0)
		snprintf(buf, size, "från början av sammanträdet");
	else
		snprintf(buf, size, "vid %s", PAR(items, n));
	return buf;
}

static const struct nd_seat *seat_find(const struct nd_seat *seats, size_t n, long long person)
{
	for (size_t i = 0; i < n; i++)
		if (seats[i].person == person)
			return &seats[i];
	return NULL;
}

/* The ledamot whose seat one serving for replaces holds: replaces
 * itself when a ledamot, or, for one serving for an ersättare who serves
 * for a ledamot (a chain), that ledamot; 0 when none. */
static long long seat_held(const struct nd_seat *seats, size_t nseats,
			   const struct nd_attendance *att, size_t natt, long long replaces,
			   int depth)
{
	if (seat_find(seats, nseats, replaces))
		return replaces;
	for (size_t i = 0; i < natt && depth < 4; i++)
		if (att[i].status == PRES_SERVING && att[i].person == replaces)
			return seat_held(seats, nseats, att, natt, att[i].replaces, depth + 1);
	return 0;
}

static const struct nd_recusal *recusal_find(const struct nd_recusal *rec, size_t n,
					     long long person)
{
	for (size_t i = 0; i < n; i++)
		if (rec[i].person == person)
			return &rec[i];
	return NULL;
}

size_t serving_at(const struct nd_seat *seats, size_t nseats,
		  const struct nd_attendance *att, size_t natt,
		  const struct nd_recusal *rec, size_t nrec, int number,
		  struct nd_serving *out)
{
	size_t k = 0;
	for (size_t s = 0; s < nseats; s++) {
		struct nd_serving who = { 0, NULL, seats[s].person };
		for (size_t i = 0; i < natt && !who.person; i++)
			if (att[i].person == seats[s].person && att[i].status == PRES_PRESENT &&
			    attendance_covers(&att[i], number)) {
				who.person = seats[s].person;
				who.name = seats[s].name;
			}
		for (size_t i = 0; i < natt && !who.person; i++)
			if (att[i].status == PRES_SERVING && attendance_covers(&att[i], number) &&
			    seat_held(seats, nseats, att, natt, att[i].replaces, 0) ==
			    seats[s].person) {
				who.person = att[i].person;
				who.name = att[i].name;
			}
		/* Jäv: whoever holds the seat here leaves it for this paragraph. */
		const struct nd_recusal *r = who.person ? recusal_find(rec, nrec, who.person) : NULL;
		if (r) {
			who.person = r->replaced_by;
			who.name = r->replaced_by_name;
		}
		if (who.person)
			out[k++] = who;
	}
	return k;
}

static const char *seat_name(const struct nd_seat *seats, size_t n, long long person)
{
	const struct nd_seat *s = seat_find(seats, n, person);
	return s && s->name ? s->name : "?";
}

/* Rules for one row by itself (att: all rows, for a chain). */
static enum nd_err row_check(const struct nd_seat *seats, size_t nseats,
			     const struct nd_attendance *att, size_t natt,
			     const struct nd_attendance *a, bool items)
{
	const char *name = a->name ? a->name : "?";
	bool seat = seat_find(seats, nseats, a->person) != NULL;
	if (a->from < 0 || a->to < 0 || (a->to != 0 && a->to < a->from))
		return nd_fail(ND_EINVAL, "Närvaron för %s: till %s ligger före från %s.",
			       name, PAR(items, a->to), PAR(items, a->from));
	switch (a->status) {
	case PRES_ABSENT:
		/* An ersättare's förhinder too: the store checks that they are
		 * an ersättare of the committee. */
		break;
	case PRES_PRESENT:
		if (!seat)
			return nd_fail(ND_EINVAL, "%s är inte ledamot i nämnden på "
				       "sammanträdesdagen och kan inte antecknas som \"%s\"; "
				       "en ersättare antecknas som \"närvarande ersättare\" "
				       "eller \"tjänstgörande ersättare\", en tjänsteperson "
				       "som \"övrig\".", name, presence_name(a->status));
		break;
	case PRES_SERVING:
		if (seat)
			return nd_fail(ND_EINVAL, "%s är ledamot och kan inte tjänstgöra som "
				       "ersättare.", name);
		if (!seat_held(seats, nseats, att, natt, a->replaces, 0))
			return nd_fail(ND_EINVAL, "%s kan bara tjänstgöra för en ledamot i "
				       "nämnden, eller för en ersättare som tjänstgör för en "
				       "ledamot; den angivna personen (id %lld) är ingen av dem "
				       "på sammanträdesdagen.", name, a->replaces);
		break;
	case PRES_ERSATTARE:
	case PRES_OTHER:
		break;
	}
	return ND_OK;
}

/* Rules between two rows (att: all rows, for a chain). */
static enum nd_err pair_check(const struct nd_seat *seats, size_t nseats,
			      const struct nd_attendance *att, size_t natt,
			      const struct nd_attendance *a, const struct nd_attendance *b,
			      bool items)
{
	char at[64];
	int n = overlap(a->from, a->to, b->from, b->to);
	long long aseat = a->status == PRES_SERVING ?
		seat_held(seats, nseats, att, natt, a->replaces, 0) : 0;
	long long bseat = b->status == PRES_SERVING ?
		seat_held(seats, nseats, att, natt, b->replaces, 0) : 0;
	const char *an = a->name ? a->name : "?", *bn = b->name ? b->name : "?";
	if (n < 0)
		return ND_OK;
	at_text(items, n, at, sizeof at);
	if (a->person == b->person) {
		if (a->status == PRES_SERVING && b->status == PRES_SERVING)
			return nd_fail(ND_EINVAL, "%s kan inte tjänstgöra för både %s och %s "
				       "(%s).", an, seat_name(seats, nseats, aseat),
				       seat_name(seats, nseats, bseat), at);
		return nd_fail(ND_EINVAL, "%s har två närvaroanteckningar som gäller "
			       "samtidigt (%s: \"%s\" och \"%s\"); ändra eller ta bort den "
			       "ena.", an, at, presence_name(a->status),
			       presence_name(b->status));
	}
	/* One seat, one ersättare at a time, also along a chain (an
	 * ersättare serving for one who serves for the ledamot). */
	if (a->status == PRES_SERVING && b->status == PRES_SERVING && aseat == bseat)
		return nd_fail(ND_EINVAL, "Både %s och %s tjänstgör för %s (%s); en plats "
			       "har en ersättare åt gången.", an, bn,
			       seat_name(seats, nseats, aseat), at);
	for (int swap = 0; swap < 2; swap++) {
		const struct nd_attendance *s = swap ? b : a, *p = swap ? a : b;
		if (s->status == PRES_SERVING && p->status == PRES_PRESENT &&
		    (swap ? bseat : aseat) == p->person)
			return nd_fail(ND_EINVAL, "%s är närvarande (%s); %s kan inte "
				       "tjänstgöra för %s där.", p->name ? p->name : "?",
				       at, s->name ? s->name : "?",
				       p->name ? p->name : "?");
	}
	return ND_OK;
}

enum nd_err attendance_check(const struct nd_seat *seats, size_t nseats,
			     const struct nd_attendance *att, size_t natt, bool items)
{
	enum nd_err e;
	for (size_t i = 0; i < natt; i++)
		if ((e = row_check(seats, nseats, att, natt, &att[i], items)))
			return e;
	/* One person's own conflicts first: they name the cause best. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < natt; i++)
			for (size_t j = i + 1; j < natt; j++)
				if ((att[i].person == att[j].person) == (pass == 0) &&
				    (e = pair_check(seats, nseats, att, natt, &att[i], &att[j],
						    items)))
					return e;
	return ND_OK;
}

bool quorum_holds(size_t serving, size_t seats)
{
	return seats > 0 && 2 * serving > seats;
}

size_t quorum_needed(size_t seats)
{
	return seats / 2 + 1;
}

/* Not absent and not serving (or seated) anywhere in from..to. */
static bool candidate_free(const struct nd_candidate *c, int from, int to,
			   const struct nd_attendance *att, size_t natt)
{
	for (size_t i = 0; i < natt; i++)
		if (att[i].person == c->person && att[i].status != PRES_ERSATTARE &&
		    overlap(att[i].from, att[i].to, from, to) >= 0)
			return false;
	return true;
}

int ersattare_propose(const char *party, int from, int to,
		      const struct nd_candidate *list, size_t n,
		      const struct nd_attendance *att, size_t natt)
{
	for (int pass = party ? 0 : 1; pass < 2; pass++) {
		int best = -1;
		for (size_t i = 0; i < n; i++) {
			if (pass == 0 && (!list[i].party || strcmp(list[i].party, party) != 0))
				continue;
			if (!candidate_free(&list[i], from, to, att, natt))
				continue;
			if (best < 0 || list[i].order < list[best].order)
				best = (int)i;
		}
		if (best >= 0)
			return best;
	}
	return -1;
}
