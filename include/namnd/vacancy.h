/* A vacant seat ("Vakant (M)", schema 030): a ledamot's seat of a party
 * with nobody in it. It counts among the seats for the quorum, the
 * documents name it in the body's order, and an ersättare may serve in
 * it; nobody is recorded as attending for it. The seat is held by a
 * placeholder person marked vacant, so everything keyed by a seat (the
 * sitting, attendance "--for", substitution chains) works unchanged. */
#ifndef NAMND_VACANCY_H
#define NAMND_VACANCY_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"

/* A vacant ledamot's seat of party in committee from date from (NULL:
 * today); *membership gets the seat's membership id. One transaction. */
enum nd_err vacancy_add(struct nd_db *db, long long committee, const char *party,
			const char *from, long long *membership);

/* Put person in the vacant seat membership from date from (NULL: today).
 * From the seat's first day or before, the person's membership takes the
 * seat's whole period and the vacancy goes; later, the vacancy ends the day before and the person's membership
 * starts that day, so earlier meetings still show the seat vacant.
 * *filled gets the person's membership id. One transaction.
 * note (size bytes; may be NULL) gets what to check, or "": a person of
 * another party than the seat's (said, not refused: it happens after a
 * party switch), or one with another uppdrag in the body at the time.
 * The seat never changes person in place (schema 035). */
enum nd_err vacancy_fill(struct nd_db *db, long long membership, long long person,
			 const char *from, long long *filled, char *note, size_t size);

/* The vacant seat of party (NULL or "": any) in meeting's committee on its
 * day, or the seat with membership id seat (0: not named). Refused,
 * naming the seats (uppdrag numbers) and how to pick one, when several
 * match. *person gets the seat's placeholder. */
enum nd_err vacancy_at_meeting(struct nd_db *db, long long meeting, const char *party,
			       long long seat, long long *person);

/* True when text names a vacant seat: "Vakant", "vakant (M)", "Vakant M",
 * "Vakant (M) uppdrag 60"; party (size bytes) gets the party, "" when
 * none is named, *seat the uppdrag number, 0 when none is named. */
bool vacancy_ref(const char *text, char *party, size_t size, long long *seat);

/* True when person is a vacant seat's placeholder; label (may be NULL)
 * gets "Vakant (M)". */
bool vacancy_is(struct nd_db *db, long long person, char *label, size_t size);

/* A membership's period, as stored: from and to ("" when open). */
enum nd_err membership_span(struct nd_db *db, long long membership, char from[11],
			    char to[11]);

/* The meetings of membership's body, justerat or with an omedelbart
 * justerad paragraph, on a day within its period or within from..to
 * (an earlier period, for an edit; NULL/"" for none, "" to open): *n
 * how many, label the latest ("UBN 2024-03-20"). Only a seat
 * (ordförande, vice ordförande, ledamot) counts, unless any_role. Their
 * protokoll, attendance and quorum are kept as justerat whatever the
 * register says later: the CLI warns, naming the meeting. */
enum nd_err membership_justerat(struct nd_db *db, long long membership, const char *from,
				const char *to, bool any_role, char *label, size_t size,
				int *n);

/* Membership, a person's seat that filled a vacancy (the body's vacant
 * seat ending the day before it began, as vacancy_fill leaves them), is
 * to begin on from instead (member edit --from): ND_ELOCKED naming the
 * meeting and the first day allowed, as vacancy_fill, when the seat was
 * vacant at a justerat meeting on or after from (hostile19 F4); else
 * the vacancy is made to end the day before from, inside the caller's
 * transaction, so the seat is never held twice. ND_OK, nothing done,
 * for a membership that filled no vacancy. */
enum nd_err vacancy_fill_moved(struct nd_db *db, long long membership, const char *from);

/* Membership is to run from..to instead (member edit --from/--to; NULL
 * keeps that end, to "" leaves it open): ND_ELOCKED naming the meeting
 * and the limit when that would leave out a justerat meeting (or one
 * with a § justerad) at which its person was there, as the protokoll
 * shows (hostile20 F15). */
enum nd_err membership_keeps_justerat(struct nd_db *db, long long membership,
				      const char *from, const char *to);

/* The warning for a change of membership (added, or its period or role
 * edited; from/to its earlier period as membership_justerat takes them)
 * that reaches a justerat meeting, into buf ("ändringen gäller en dag då
 * nämnden hade ett justerat sammanträde (UBN 2024-04-17 och tidigare);
 * ..."); false, buf empty, when it reaches none. Said by the CLI and
 * the UI alike. */
bool membership_justerat_warning(struct nd_db *db, long long membership, const char *from,
				 const char *to, bool any_role, char *buf, size_t size);

#endif
