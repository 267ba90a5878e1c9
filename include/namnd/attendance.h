/* Närvaro: who was at a meeting, in which role, from and to which
 * paragraph; the ersättare proposal for an absent ledamot. Every change
 * is checked as a whole (namnd/serving.h attendance_check, and against
 * the votes and jäv recorded) and made all or nothing. */
#ifndef NAMND_ATTENDANCE_H
#define NAMND_ATTENDANCE_H

#include "namnd/entity.h"
#include "namnd/serving.h"

/* Record person's status over paragraphs from..to (0: from the start /
 * to the end), replacing what was recorded for them there: earlier rows
 * of the person are cut around the range. replaces is the ledamot for
 * PRES_SERVING, else 0. */
enum nd_err attendance_set(struct nd_db *db, long long meeting, long long person,
			   enum nd_presence status, long long replaces, int from, int to);

/* Remove everything recorded for person at the meeting. */
enum nd_err attendance_remove(struct nd_db *db, long long meeting, long long person);

/* The ersättare to call for ledamot, absent over from..to, by the
 * committee's order (own party first): *ersattare gets the person id, or
 * 0 when nobody is free. ND_EINVAL when ledamot holds no seat. */
enum nd_err attendance_propose(struct nd_db *db, long long meeting, long long ledamot,
			       int from, int to, long long *ersattare);

/* Everyone recorded at the meeting, and the committee's ledamöter and
 * ersättare not recorded yet (status NULL). Columns: 0 person id, 1 name,
 * 2 party, 3 title, 4 status (or NULL), 5 replaces name, 6 replaces
 * party, 7 from paragraph (0: start), 8 to paragraph (NULL: end), 9 role
 * in the committee that day (or NULL), 10 vacant seat (0/1), 11 the
 * vacant seat's uppdrag and 12 the replaced vacant seat's, when the body
 * has more than one vacant seat of that party that day (else NULL).
 * Ledamöter first, then ersättare, then others. */
enum nd_err attendance_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx);

/* ND_ELOCKED with a message when the meeting's protokoll is justerat. */
enum nd_err meeting_check_open(struct nd_db *db, long long meeting);

#endif
