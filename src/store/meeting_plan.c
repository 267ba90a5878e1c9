/* A year's sammanträdesplan added at once: all of its meetings or none. */
#include "namnd/agenda.h"

#include <stdio.h>

enum nd_err meeting_plan_add(struct nd_db *db, const char *committee,
			     const struct nd_date *dates, size_t n, const char *time,
			     const char *place)
{
	const char *names[4] = { "committee", "date", "time", "place" };
	const char *values[4] = { committee, NULL, time && *time ? time : NULL,
				  place && *place ? place : NULL };
	char buf[11];
	enum nd_err e;
	if ((e = db_begin(db)))
		return e;
	for (size_t i = 0; i < n; i++) {
		date_format(dates[i], buf);
		values[1] = buf;
		if ((e = entity_add(db, &meeting_entity, 4, names, values, NULL))) {
			db_rollback(db);
			if (e == ND_EEXIST)
				nd_fail(e, "Det finns redan ett sammanträde %s %s; inget av "
					"planens datum lades in.", committee, buf);
			return e;
		}
	}
	return db_commit(db);
}
