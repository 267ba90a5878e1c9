/* Omröstning: ja / nej / avstår per serving member, checked against who
 * serves at the paragraph, and tallied. Pure; no I/O. */
#ifndef NAMND_TALLY_H
#define NAMND_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"
#include "namnd/serving.h"

enum nd_choice { VOTE_JA, VOTE_NEJ, VOTE_AVSTAR };

/* "ja", "nej", "avstår" (also "avstar" on input). */
const char *choice_name(enum nd_choice c);
bool choice_parse(const char *s, enum nd_choice *out);

struct nd_ballot {
	long long person;
	const char *name;        /* borrowed, for messages */
	enum nd_choice choice;
};

struct nd_tally {
	int ja, nej, avstar;
};

/* Check the ballots of the vote at paragraph number against who serves
 * there: each ballot is by a serving member, nobody votes twice, and
 * every serving member has a ballot (ja, nej or avstår), so the count
 * matches the serving members. ND_EINVAL with a Swedish message naming
 * the member and the paragraph ("punkt N" when items). Fills *t (may be NULL) on success. */
enum nd_err tally_check(const struct nd_serving *serving, size_t nserving,
			const struct nd_ballot *b, size_t nb, int number, bool items,
			struct nd_tally *t);

/* 1 when ja has more votes than nej, -1 when nej has more, 0 on a tie. */
int tally_outcome(const struct nd_tally *t);

#endif
