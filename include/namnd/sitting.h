/* A meeting's sitting: the committee's seats and ersättare on the day,
 * the attendance rows, and from them who serves at each paragraph and
 * whether the quorum holds. Read from the store into the rule structs of
 * namnd/serving.h. */
#ifndef NAMND_SITTING_H
#define NAMND_SITTING_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"
#include "namnd/serving.h"

struct nd_sitting {
	long long meeting, committee;
	char date[11];
	struct nd_seat *seats;            /* ledamöter, by rank then name */
	size_t nseats;
	struct nd_candidate *ersattare;   /* in the tjänstgöringsordning */
	size_t nersattare;
	struct nd_attendance *att;        /* the meeting's rows, by id */
	size_t natt;
	bool items;                       /* numbered per meeting: messages
	                                     say "punkt N" (namnd/parnum.h) */
	bool quorum_rule;                 /* the body has a quorum rule
	                                     (namnd/rules.h) */
	void *mem;                        /* private */
};

/* Read the sitting of meeting. On success *s is owned by the caller:
 * free with sitting_free (which accepts a zeroed struct). */
enum nd_err sitting_load(struct nd_db *db, long long meeting, struct nd_sitting *s);
void sitting_free(struct nd_sitting *s);

/* Who serves at paragraph (id, with its number): out must hold
 * s->nseats entries; *n gets the count. */
enum nd_err sitting_serving(struct nd_db *db, const struct nd_sitting *s,
			    long long paragraph, int number,
			    struct nd_serving *out, size_t *n);

/* Who serves at paragraph (by id): the sitting of its meeting into *s
 * (free with sitting_free), the serving members into *out (malloc'ed;
 * caller frees), their count into *n and the paragraph's number into
 * *number. */
enum nd_err paragraph_serving(struct nd_db *db, long long paragraph, struct nd_sitting *s,
			      struct nd_serving **out, size_t *n, int *number);

/* True when person is among the n serving. */
bool serving_has(const struct nd_serving *s, size_t n, long long person);

/* The seat, or the ersättare, with this person id (NULL when none). */
const struct nd_seat *sitting_seat(const struct nd_sitting *s, long long person);
const struct nd_candidate *sitting_ersattare(const struct nd_sitting *s, long long person);

/* Quorum per paragraph of a meeting, in number order. */
struct nd_quorum_row {
	long long paragraph;
	int number;
	size_t serving, seats;
	bool holds;          /* true also when the body has no quorum rule */
	bool rule;           /* the body has a quorum rule */
};
/* *rows is malloc'ed (caller frees); *n rows. */
enum nd_err quorum_by_paragraph(struct nd_db *db, long long meeting,
				struct nd_quorum_row **rows, size_t *n);

#endif
