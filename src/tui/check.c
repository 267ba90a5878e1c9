/* Checks run when a field is left (tui_prompt_check): the same parsers
 * and look-ups the store uses, so a value that passes here is one the
 * store takes. Messages are the store's, naming the value. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/dnr.h"
#include "namnd/text.h"

enum nd_err check_date(struct tui *t, const char *text, void *ctx)
{
	struct nd_date d;
	(void)t;
	(void)ctx;
	return date_parse(text, &d);
}

enum nd_err check_date_or_empty(struct tui *t, const char *text, void *ctx)
{
	return *text ? check_date(t, text, ctx) : ND_OK;
}

enum nd_err check_time(struct tui *t, const char *text, void *ctx)
{
	int min;
	(void)t;
	(void)ctx;
	if (!*text)
		return nd_fail(ND_EINVAL, "Ange en tid (TT.MM).");
	return time_parse(text, &min);
}

enum nd_err check_time_or_empty(struct tui *t, const char *text, void *ctx)
{
	int min;
	(void)t;
	(void)ctx;
	return *text ? time_parse(text, &min) : ND_OK;
}

enum nd_err check_year(struct tui *t, const char *text, void *ctx)
{
	char *end;
	long y = strtol(text, &end, 10);
	char q[TEXT_QUOTE_SIZE];
	(void)t;
	(void)ctx;
	if (end == text || *end || y < 1900 || y > 2199) {
		text_quote(text, q, sizeof q);
		return nd_fail(ND_EINVAL, "Året ska vara 1900–2199, inte \"%s\".", q);
	}
	return ND_OK;
}

enum nd_err check_committee(struct tui *t, const char *text, void *ctx)
{
	long long id;
	(void)ctx;
	return committee_resolve(t->db, text, &id);
}

enum nd_err check_committee_or_empty(struct tui *t, const char *text, void *ctx)
{
	return *text ? check_committee(t, text, ctx) : ND_OK;
}

enum nd_err check_dnr_or_empty(struct tui *t, const char *text, void *ctx)
{
	struct nd_dnr d;
	long long id;
	char q[TEXT_QUOTE_SIZE];
	enum nd_err e;
	(void)ctx;
	if (!*text)
		return ND_OK;
	if ((e = dnr_parse(text, &d)))
		return e;
	/* A dnr taken already is an error now, not after the title is typed. */
	if (case_resolve(t->db, text, &id) == ND_OK) {
		text_quote(text, q, sizeof q);
		return nd_fail(ND_EEXIST, "Diarienumret \"%s\" finns redan i registret.", q);
	}
	nd_errclear();
	return ND_OK;
}
