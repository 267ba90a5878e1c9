/* The next deadline of a meeting, as the Översikt shows it. */
#ifndef NAMND_DEADLINE_H
#define NAMND_DEADLINE_H

#include <stdbool.h>
#include "namnd/date.h"

/* Meeting status as stored: planerat, kallat, genomfört, justerat,
 * anslaget, arkiverat. */
struct nd_next_deadline {
	const char *what;    /* "kallelse", "justering", "anslag",
	                        "överklagandetid", or NULL: nothing due */
	struct nd_date date;
	bool overdue;        /* the date has passed and it is not done */
};

/* What is due next for a meeting in status on date today:
 * planerat → kallelse; kallat (before or on the day) → nothing;
 * kallat/genomfört after the day → justering; justerat → anslag;
 * anslaget → end of the appeal period (never overdue); arkiverat → none. */
void deadline_next(const char *status, struct nd_date meeting,
		   const struct nd_deadlines *dl, struct nd_date today,
		   struct nd_next_deadline *out);

#endif
