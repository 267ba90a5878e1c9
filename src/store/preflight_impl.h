/* Shared by the two halves of the check before a kallelse goes out.
 * Not a public header. */
#ifndef NAMND_STORE_PREFLIGHT_IMPL_H
#define NAMND_STORE_PREFLIGHT_IMPL_H

#include "namnd/preflight.h"

struct pf {
	struct nd_db *db;
	struct pf_list *out;
	long long item;     /* the item findings are added for (0: meeting) */
	const char *where;  /* its name in messages */
	bool oom;
	bool dnr;           /* the body requires a dnr on decision items */
	bool presenter;     /* the body requires a föredragande (schema 027) */
};

/* Add a finding for the current item (printf format, Swedish). */
void pf_add(struct pf *pf, enum pf_severity sev, const char *code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/* Placeholders and dnr in another form in text; field names it in the
 * message ("förslaget till beslut"). */
void pf_scan_text(struct pf *pf, const char *text, const char *field);

/* Every agenda item of meeting, in order (a decision item without a dnr
 * only when pf->dnr). */
enum nd_err pf_check_items(struct pf *pf, long long meeting);

#endif
