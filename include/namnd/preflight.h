/* Kontroll före utskick: the problems a kallelse should not go out with,
 * each with the agenda item it concerns. The CLI lists them (namnd
 * check), the TUI shows them under the agenda.
 *
 * Errors (the kallelse would be wrong):
 *   dnr_saknas     a decision item without a dnr (no ärende), for a body
 *                  whose rules require one (namnd/rules.h)
 *   dubblett       an ärende on the list twice
 *   platshållare   a template placeholder left in a text (ÄRENDENUMMER …)
 *   beslutsförhet  with the förhinder known, no quorum (only for a body
 *                  with the quorum rule, namnd/rules.h)
 * Warnings:
 *   dnr_form       a dnr in a text not in the organisation's form, or an
 *                  ärende outside its committee's series
 *   ej_klart       the ärende is not ready for decision
 *   föredragande   an ärende or information item without föredragande
 *   sluttid        the agenda runs past the meeting's planned end
 *   kallelse_sen   the kallelse should already have gone out
 *   ny_kallelse    the date, time or place changed after the kallelse
 *                  was sent
 *   e_post         a ledamot or ersättare without e-mail */
#ifndef NAMND_PREFLIGHT_H
#define NAMND_PREFLIGHT_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/date.h"
#include "namnd/db.h"

enum pf_severity { PF_ERROR, PF_WARNING };

struct pf_finding {
	enum pf_severity severity;
	const char *code;   /* static: "dnr_saknas", … (see above) */
	long long item;     /* agenda item id; 0: the meeting as a whole */
	char *where;        /* "punkt 3", "punkt «Fika»", "sammanträdet" (owned) */
	char *message;      /* Swedish (owned) */
};

struct pf_list {
	struct pf_finding *v;
	size_t n, cap;
	int errors, warnings;
	char rules[300];    /* which rules were applied (rules_describe) */
};

/* Check meeting as of today (for the kallelse's due date). Findings in
 * agenda order, the meeting's own after them. *out is filled even when
 * nothing is found; free it with preflight_free (also after an error). */
enum nd_err preflight_check(struct nd_db *db, long long meeting, struct nd_date today,
			    struct pf_list *out);
void preflight_free(struct pf_list *list);

#endif
