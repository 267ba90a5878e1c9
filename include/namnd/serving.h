/* Who serves (tjänstgör) at a paragraph, quorum, and which ersättare to
 * call for an absent ledamot (LAW.md: Quorum, Ersättare, Jäv). Pure
 * rules over rows the store has read; no I/O. Names and parties in the
 * structs are borrowed and used only in messages. */
#ifndef NAMND_SERVING_H
#define NAMND_SERVING_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

/* Attendance status, as stored (Swedish). */
enum nd_presence {
	PRES_PRESENT,   /* "närvarande": a ledamot at the meeting */
	PRES_ABSENT,    /* "frånvarande" */
	PRES_SERVING,   /* "tjänstgörande ersättare" for a named ledamot */
	PRES_ERSATTARE, /* "närvarande ersättare": present, without vote */
	PRES_OTHER,     /* "övrig": officials, never vote */
};

/* The stored text of a status, and back. */
const char *presence_name(enum nd_presence p);
bool presence_parse(const char *s, enum nd_presence *out);

/* One attendance row: status from paragraph number from to number to,
 * both included; from 0 = from the start, to 0 = to the end. */
struct nd_attendance {
	long long person;
	const char *name;
	enum nd_presence status;
	long long replaces;      /* PRES_SERVING: the ledamot; else 0 */
	int from, to;
};

/* A ledamot holding one of the committee's seats on the meeting day. */
struct nd_seat {
	long long person;
	const char *name;
	const char *party;       /* may be NULL */
};

/* Jäv at one paragraph: the member leaves; replaced_by (0: nobody) may
 * serve in the seat for that paragraph only. */
struct nd_recusal {
	long long person;
	long long replaced_by;
	const char *replaced_by_name;
};

/* A member with a vote at a paragraph, and the seat they fill. */
struct nd_serving {
	long long person;
	const char *name;
	long long seat;          /* the ledamot whose seat it is */
};

/* True when row a covers paragraph number n (n = 0: the start). */
bool attendance_covers(const struct nd_attendance *a, int n);

/* Who serves at paragraph number, one entry per filled seat in seat
 * order: the ledamot when present and not jävig; else the ersättare
 * serving for them there (by attendance, or for the jäv). out must hold
 * nseats entries. Returns the number filled. Rows are assumed to have
 * passed attendance_check. */
size_t serving_at(const struct nd_seat *seats, size_t nseats,
		  const struct nd_attendance *att, size_t natt,
		  const struct nd_recusal *rec, size_t nrec, int number,
		  struct nd_serving *out);

/* The rules attendance rows of one meeting must keep, with a Swedish
 * message (ND_EINVAL) naming the people and the paragraph ("punkt N"
 * when items):
 * one person's rows do not overlap; "närvarande" is for ledamöter
 * (seats), "frånvarande" for ledamöter and ersättare (a förhinder; the
 * caller checks that a non-seat is an ersättare); a tjänstgörande ersättare is not a ledamot, serves
 * for a ledamot, for one ledamot at a time, never for one who is present
 * there, and one seat has one ersättare at a time. */
enum nd_err attendance_check(const struct nd_seat *seats, size_t nseats,
			     const struct nd_attendance *att, size_t natt, bool items);

/* Quorum (KL 6 kap. 27 §): more than half of the seats serving. */
bool quorum_holds(size_t serving, size_t seats);
/* The least number serving for quorum: seats / 2 + 1. */
size_t quorum_needed(size_t seats);

/* An ersättare of the committee, in the tjänstgöringsordning. */
struct nd_candidate {
	long long person;
	const char *name;
	const char *party;       /* may be NULL */
	int order;               /* decided order, 1 first */
};

/* The ersättare to call for an absent ledamot of party over paragraphs
 * from..to (0: start / end): the first in order from the same party,
 * else the first in order of all; only those not absent and not already
 * serving for someone there (by att). Returns the index into list, or -1
 * when nobody is free. */
int ersattare_propose(const char *party, int from, int to,
		      const struct nd_candidate *list, size_t n,
		      const struct nd_attendance *att, size_t natt);

#endif
