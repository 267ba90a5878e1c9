/* Checking and counting an omröstning. */
#include "namnd/tally.h"
#include "namnd/parnum.h"

#include <string.h>

static const char *const choice_names[] = {
	[VOTE_JA] = "ja", [VOTE_NEJ] = "nej", [VOTE_AVSTAR] = "avstår",
};

const char *choice_name(enum nd_choice c)
{
	return (unsigned)c < 3 ? choice_names[c] : "";
}

bool choice_parse(const char *s, enum nd_choice *out)
{
	if (!s)
		return false;
	for (int i = 0; i < 3; i++)
		if (strcmp(s, choice_names[i]) == 0) {
			*out = (enum nd_choice)i;
			return true;
		}
	if (strcmp(s, "avstar") == 0) {
		*out = VOTE_AVSTAR;
		return true;
	}
	return false;
}

static bool serves(const struct nd_serving *s, size_t n, long long person)
{
	for (size_t i = 0; i < n; i++)
		if (s[i].person == person)
			return true;
	return false;
}

enum nd_err tally_check(const struct nd_serving *serving, size_t nserving,
			const struct nd_ballot *b, size_t nb, int number, bool items,
			struct nd_tally *t)
{
	struct nd_tally sum = { 0, 0, 0 };
	for (size_t i = 0; i < nb; i++) {
		const char *name = b[i].name ? b[i].name : "?";
		if (!serves(serving, nserving, b[i].person))
			return nd_fail(ND_EINVAL, "Omröstningen i %s: %s tjänstgör inte vid "
				       "%s och kan inte rösta (frånvarande, jävig, ersättare "
				       "utan rösträtt eller inte närvarande vid %s).",
				       PAR(items, number), name, PAR(items, number),
				       items ? "punkten" : "paragrafen");
		for (size_t j = 0; j < i; j++)
			if (b[j].person == b[i].person)
				return nd_fail(ND_EINVAL, "Omröstningen i %s: %s har röstat "
					       "två gånger.", PAR(items, number), name);
		if (b[i].choice == VOTE_JA)
			sum.ja++;
		else if (b[i].choice == VOTE_NEJ)
			sum.nej++;
		else
			sum.avstar++;
	}
	for (size_t i = 0; i < nserving; i++) {
		bool found = false;
		for (size_t j = 0; j < nb && !found; j++)
			found = b[j].person == serving[i].person;
		if (!found)
			return nd_fail(ND_EINVAL, "Omröstningen i %s har %zu röster men %zu "
				       "tjänstgör: %s saknas (ange ja, nej eller avstår).",
				       PAR(items, number), nb, nserving,
				       serving[i].name ? serving[i].name : "?");
	}
	if (t)
		*t = sum;
	return ND_OK;
}

int tally_outcome(const struct nd_tally *t)
{
	return t->ja > t->nej ? 1 : t->ja < t->nej ? -1 : 0;
}
