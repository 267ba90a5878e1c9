/* Which rules apply to a body: a kind under the kommunallag has a quorum,
 * a justering deadline, an anslag and an appeal period; a samverkansråd,
 * a beredning or a ledningsgrupp has none; a förbundsstyrelse follows
 * its förbundsordning. Each rule can be set per body (committee edit
 * --quorum, --justering-days, --anslag, --appeal, --dnr-required,
 * --presenter-required). The
 * defaults by kind are written once, in the view committee_rules
 * (schemas 019, 020, 027). */
#ifndef NAMND_RULES_H
#define NAMND_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"

struct nd_rules {
	char kind[32];       /* "nämnd", "samverkansråd", … */
	char basis[32];      /* "kommunallagen", "förbundsordningen",
	                        "egna regler" */
	bool quorum;         /* more than half the seats must serve */
	int justering_days;  /* justering within this many days; 0: none */
	bool anslag;         /* the justering is announced on the anslagstavla */
	bool appeal;         /* an appeal period runs from the anslag */
	bool dnr;            /* a decision item needs an ärende with a dnr */
	bool presenter;      /* an item without föredragande is warned of
	                        (schema 027; off unless set for the body) */
	bool per_body;       /* some rule is set for this body, not its kind */
	bool frozen;         /* as the meeting was justerat under (its record);
	                        not itself recorded */
};

/* The rules of body committee, or of the body that holds meeting: for a
 * justerat meeting those it was justerat under (its record, version 5
 * on), so a body's rules changed later alter none of its dates. */
enum nd_err rules_committee(struct nd_db *db, long long committee, struct nd_rules *out);
enum nd_err rules_meeting(struct nd_db *db, long long meeting, struct nd_rules *out);

/* The rules of paragraph number of meeting (0: the meeting, as
 * rules_meeting): for one justerad omedelbart, those it was justerad
 * under (its own record), as a justerat protokoll keeps its own. */
enum nd_err rules_paragraph(struct nd_db *db, long long meeting, int number,
			    struct nd_rules *out);

/* The rules under the kommunallag, for callers without a body. */
void rules_kl(struct nd_rules *out);

/* One line saying which rules apply, as check and deadlines print it:
 * "kommunallagen (nämnd): beslutförhet, justering inom 14 dagar, anslag,
 * överklagandetid, diarienummer på beslutspunkter" or "egna regler
 * (samverkansråd): ingen regel om beslutförhet, ingen justeringsfrist,
 * inget anslag, ingen överklagandetid, beslut utan diarienummer". */
void rules_describe(const struct nd_rules *r, char *buf, size_t size);

#endif
