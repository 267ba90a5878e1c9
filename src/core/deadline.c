/* Which deadline of a meeting comes next. */
#include "namnd/deadline.h"

#include <string.h>

void deadline_next(const char *status, struct nd_date meeting,
		   const struct nd_deadlines *dl, struct nd_date today,
		   struct nd_next_deadline *out)
{
	bool held = date_cmp(today, meeting) > 0;
	out->what = NULL;
	out->overdue = false;
	if (strcmp(status, "planerat") == 0 && !held) {
		out->what = "kallelse";
		out->date = dl->kallelse_due;
	} else if ((strcmp(status, "planerat") == 0 || strcmp(status, "kallat") == 0 ||
		    strcmp(status, "genomfört") == 0) && held) {
		out->what = "justering";
		out->date = dl->justering_due;
	} else if (strcmp(status, "genomfört") == 0) {
		/* Held today: the protokoll is due within 14 days. */
		out->what = "justering";
		out->date = dl->justering_due;
	} else if (strcmp(status, "justerat") == 0) {
		out->what = "anslag";
		out->date = dl->anslag_due;
	} else if (strcmp(status, "anslaget") == 0) {
		if (dl->appeal && date_cmp(today, dl->appeal_end) <= 0) {
			out->what = "överklagandetid";
			out->date = dl->appeal_end;
		}
		return;
	}
	/* A body without the rule (deadlines_for) has no such deadline. */
	if (out->what && ((out->what[0] == 'j' && !dl->justering) ||
			  (out->what[0] == 'a' && !dl->anslag)))
		out->what = NULL;
	if (out->what)
		out->overdue = date_cmp(today, out->date) > 0;
}
