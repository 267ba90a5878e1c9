/* Förhinder: a ledamot or ersättare who has said before the meeting that
 * they cannot come. Kept as an attendance row 'frånvarande' covering the
 * whole meeting (from paragraph 0), so the quorum check before the
 * kallelse and the protokoll's attendance start from the same data. */
#ifndef NAMND_ABSENCE_H
#define NAMND_ABSENCE_H

#include <stdbool.h>
#include "namnd/db.h"

/* Record (absent) or withdraw (!absent) person's förhinder for meeting.
 * The person must be a ledamot or ersättare of the meeting's committee on
 * its day. Recording goes through attendance_set: it replaces what was
 * recorded for the person at the meeting and keeps the attendance rules;
 * withdrawing removes only a whole-meeting 'frånvarande' row. One
 * transaction; Swedish messages naming person and meeting. */
enum nd_err absence_set(struct nd_db *db, long long meeting, long long person, bool absent);

#endif
