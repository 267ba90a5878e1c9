/* A meeting's state follows from what has happened: planerat → kallat
 * (the kallelse sent, after the check) → genomfört (attendance recorded)
 * → justerat → anslaget → laga kraft (the appeal period over; computed,
 * never stored) → arkiverat. Each step is taken by its act; the database
 * refuses a status its fact does not support (schema version 13). */
#ifndef NAMND_MEETSTATE_H
#define NAMND_MEETSTATE_H

#include <stdbool.h>
#include "namnd/date.h"
#include "namnd/db.h"

/* Record the kallelse as sent on date (NULL: today) by the user: refused
 * while the check (preflight) has errors (the first is named), after the
 * meeting has been held, and for a date after today. Keeps the date,
 * time and place it announced; the meeting becomes kallat. Sending again
 * (a new kallelse after a change) records the new one. */
enum nd_err kallelse_record_sent(struct nd_db *db, long long meeting, const char *date);

/* ND_OK when a kallelse may go out now: the meeting is planerat or kallat
 * and the check (preflight) has no error; else the reason (the first
 * error named). Sending by e-mail asks this before the first message. */
enum nd_err kallelse_sendable(struct nd_db *db, long long meeting);

/* Archive the meeting on date (NULL: today): only once anslaget and the
 * appeal period is over (laga kraft), once. */
enum nd_err meeting_archive(struct nd_db *db, long long meeting, const char *date);

/* The state to show for a stored status: "laga kraft" for an anslaget
 * meeting whose appeal period (from anslag_on, ISO) ended before today;
 * else status. Static or status itself. */
const char *meeting_state(const char *status, const char *anslag_on, struct nd_date today);

/* Set status from the attendance: genomfört when someone is recorded
 * present or serving, else kallat or planerat by the kallelse. Only
 * before justering. For the attendance functions, inside their
 * transaction. */
enum nd_err meeting_status_from_attendance(struct nd_db *db, long long meeting);

/* ND_ELOCKED with a message when the meeting is justerat: its agenda and
 * times can no longer change. */
enum nd_err agenda_check_open(struct nd_db *db, long long meeting);

#endif
