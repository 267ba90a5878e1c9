/* Ajourneringar: a meeting adjourned kl. 10.15-10.30, stated in the
 * protokoll under Plats och tid (schema 021). Locked with the rest of a
 * justerat protokoll. */
#ifndef NAMND_ADJOURN_H
#define NAMND_ADJOURN_H

#include "namnd/db.h"

/* Record that meeting was adjourned from (HH.MM or HH:MM) to to. Refused
 * (naming the field and the value) for a bad time, an end not after the
 * start, one starting at the same time as another, or one overlapping
 * another. */
enum nd_err adjournment_add(struct nd_db *db, long long meeting, const char *from,
			    const char *to);
/* Remove the ajournering of meeting that starts at from. */
enum nd_err adjournment_remove(struct nd_db *db, long long meeting, const char *from);

#endif
