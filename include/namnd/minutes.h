/* What a paragraph records beside its texts: yrkanden, the omröstning,
 * reservationer, protokollsanteckningar, jäv and expediering. Each
 * function checks the paragraph is not justerad and the rules of the
 * meeting (who serves there), and writes all or nothing. Paragraphs are
 * given by id (see paragraph_find). */
#ifndef NAMND_MINUTES_H
#define NAMND_MINUTES_H

#include <stdbool.h>
#include "namnd/entity.h"
#include "namnd/tally.h"

/* Yrkande by person (present at the meeting), last in order. */
enum nd_err motion_add(struct nd_db *db, long long paragraph, long long person,
		       const char *text, long long *id);
/* Remove yrkande number position (1-based); later ones move up. */
enum nd_err motion_remove(struct nd_db *db, long long paragraph, int position);

/* Record the omröstning: replaces any earlier one. The ballots are
 * checked against who serves at the paragraph (tally_check). *t (may be
 * NULL) gets the count. */
enum nd_err vote_record(struct nd_db *db, long long paragraph,
			const struct nd_ballot *b, size_t n, struct nd_tally *t);
enum nd_err vote_clear(struct nd_db *db, long long paragraph);

/* Reservation by a member serving at the paragraph, with the written
 * reason (may be NULL) or the promise of one. Adding again replaces. */
enum nd_err reservation_add(struct nd_db *db, long long paragraph, long long person,
			    const char *reason, bool promised);
enum nd_err reservation_remove(struct nd_db *db, long long paragraph, long long person);

/* Protokollsanteckning, by person (0: none named). */
enum nd_err note_add(struct nd_db *db, long long paragraph, long long person,
		     const char *text, long long *id);
enum nd_err note_remove(struct nd_db *db, long long note);

/* Jäv: person, serving at the paragraph, leaves it; replaced_by (0:
 * nobody) is an ersättare present there without a seat who serves in
 * their place for this paragraph only. */
enum nd_err recusal_add(struct nd_db *db, long long paragraph, long long person,
			long long replaced_by);
enum nd_err recusal_remove(struct nd_db *db, long long paragraph, long long person);

/* Expediering: purpose "för vidare hantering" or "för kännedom". */
enum nd_err recipient_add(struct nd_db *db, long long paragraph, const char *recipient,
			  const char *purpose);
enum nd_err recipient_remove(struct nd_db *db, long long paragraph, const char *recipient);

/* The meeting's votes and jäv still fit its attendance: every vote is by
 * someone serving at that paragraph, and an ersättare filling a jävig
 * member's seat holds no other seat there. ND_EINVAL naming who and
 * where. Called after every attendance change. */
enum nd_err minutes_check(struct nd_db *db, long long meeting);

#endif
