/* Keyset pages over people and meetings, for lists that show only what
 * fits on the screen (the ärenden have case_page). Never OFFSET. */
#ifndef NAMND_PAGE_H
#define NAMND_PAGE_H

#include <stdbool.h>
#include "namnd/db.h"

/* People in Swedish name order after (name, id) — or before it, nearest
 * first, when backward; name NULL: from the start (end). Columns: 0 id,
 * 1 name, 2 party, 3 title or organisation, 4 current assignments
 * ("UBN ledamot, UBNAU ersättare"). At most limit rows. */
enum nd_err person_page(struct nd_db *db, bool backward, const char *name,
			long long id, int limit, nd_row_fn fn, void *ctx);

/* Meetings by date and time after (date, time "HH:MM", id), or before
 * it when backward; date NULL: from the start (end). committee (a code)
 * limits to one committee; NULL: all. Columns: 0 id, 1 committee code,
 * 2 date, 3 start "HH:MM", 4 status, 5 place, 6 agenda items. */
enum nd_err meeting_page(struct nd_db *db, const char *committee, bool backward,
			 const char *date, const char *time, long long id, int limit,
			 nd_row_fn fn, void *ctx);

#endif
