/* After the meeting: the ordförande's review, justerare, justering with
 * the SHA-256 of the protokoll's canonical text, anslag, rättelser.
 * Dates are ISO text; NULL means today (NAMND_TODAY honoured). */
#ifndef NAMND_JUSTERING_H
#define NAMND_JUSTERING_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/protocol.h"

/* The justerare chosen at the meeting, in order, replacing any earlier
 * choice. Each must be a ledamot or tjänstgörande ersättare at the
 * meeting (serving at some paragraph); one or two of them (up to four
 * for a body with its own rules), and none refused by
 * meeting_role_rules at any § (the ordförande, a sekreterare, a third
 * justerare with those for some §§). */
enum nd_err justerare_set(struct nd_db *db, long long meeting, const long long *people,
			  size_t n);

/* Justera the protokoll (number 0), or omedelbart one paragraph (number
 * N, at the meeting itself: the date is the meeting's). by: who approves
 * it, each a chosen justerare or the ordförande. Refused before the
 * meeting's date or after today, by someone not chosen, when nothing is
 * numbered, when it is justerad already, or while the review has a
 * finding left (review_gate). A justering of the protokoll after the 14
 * days is refused unless late_ok, and then recorded (review_override
 * row of kind 'sen justering', with how late and the user). Stores the
 * SHA-256 of the canonical text; sha (may be NULL) gets it. From then on
 * the database refuses any change to what was justerad. */
enum nd_err justera(struct nd_db *db, long long meeting, int number, const char *date,
		    const long long *by, size_t nby, bool late_ok, char sha[65]);

/* Days a justering on day (ISO) comes after the deadline, days after a
 * meeting on meeting_date (ISO; the body's rule, 14 under the
 * kommunallag): 0 when in time or when days is 0 (no deadline). */
int justering_days_late(const char *meeting_date, const char *day, int days);

/* Record that the justering was posted on the anslagstavla on date.
 * Refused before the justering, or when it is posted already. */
enum nd_err anslag_record(struct nd_db *db, long long meeting, const char *date);

/* The same for an omedelbart justerad paragraph (number N), announced
 * before the rest of the protokoll. Refused before its justering, for a
 * paragraph not omedelbart justerad, or when it is posted already. */
enum nd_err anslag_record_paragraph(struct nd_db *db, long long meeting, int number,
				    const char *date);

/* Recompute the canonical text of a justerat protokoll (number 0) or an
 * omedelbart justerad paragraph and compare its SHA-256 with the stored
 * one. *same gets the result; now (may be NULL) the recomputed sum.
 * ND_EINVAL when it is not justerat. */
enum nd_err justering_verify(struct nd_db *db, long long meeting, int number, bool *same,
			     char now[65]);

/* A dated correction of a justerat protokoll (paragraph 0: of the whole,
 * else the paragraph's id, which must be justerad). text 1..100000
 * characters. */
enum nd_err rattelse_add(struct nd_db *db, long long meeting, long long paragraph,
			 const char *date, const char *text);

/* The ordförande's review, paragraph by paragraph: fn gets each
 * paragraph with one finding (Swedish sentence) at a time, remark true
 * for something to put right and false for a fact to note (jäv), or with
 * finding NULL when there is nothing to say. Checks: a decision is there;
 * the omröstning adds up to the members serving there; a reservation is
 * by someone serving there who did not vote for the decision, and a
 * promised written one has its reasons; the quorum holds (or, before any
 * attendance is recorded, that it is not); jäv is noted. A finding the
 * ordförande has let stand (review_override) comes with who and why and
 * remark false. */
typedef void (*review_fn)(void *ctx, const struct nd_pparagraph *g, const char *finding,
			  bool remark);
enum nd_err review_run(struct nd_db *db, long long meeting, review_fn fn, void *ctx);

/* Where the body's ordförande cannot preside and no tjänstgörande
 * ordförande is recorded (meeting_role "ordförande"): fn gets each
 * paragraph of p where the ordförande is jävig, or absent (a förhinder,
 * or attendance recorded without them present there), with a Swedish
 * sentence naming the paragraph, the ordförande and the vice ordförande
 * next in turn. When the ordförande is absent from the whole meeting and
 * no paragraph has one recorded, fn gets one sentence with g NULL (also
 * before any paragraph is numbered). Review notes it, check warns. */
typedef void (*chair_gap_fn)(void *ctx, const struct nd_pparagraph *g, const char *msg);
enum nd_err chair_gaps(struct nd_db *db, const struct nd_protocol *p, chair_gap_fn fn,
		       void *ctx);

/* The kinds of finding that stop the justering, as named on the command
 * line: beslut, närvaro, beslutförhet, omröstning, proposition,
 * reservation (not there, voted for the decision, or promised in writing
 * and not in). */
enum nd_review_kind {
	RK_DECISION, RK_ATTENDANCE, RK_QUORUM, RK_VOTE, RK_PROPOSITION, RK_RESERVATION,
	RK_COUNT
};
const char *review_kind_name(enum nd_review_kind k);
bool review_kind_parse(const char *s, enum nd_review_kind *out);

/* The kinds of finding the review of meeting reports at paragraph (its
 * id) that still stop the justering: kinds[k] true for each such kind,
 * false for the rest (none reported, or let stand). */
enum nd_err review_blocking(struct nd_db *db, long long meeting, long long paragraph,
			    bool kinds[RK_COUNT]);

/* The ordförande (by: the chair at the meeting, no one else) lets the
 * findings of kind at paragraph stand, with reason (1..10000 characters,
 * required). The review then shows them with the reason and they no
 * longer stop the justering; the row is audited. Replaces an earlier
 * override of the same kind. Refused once the paragraph is justerad. */
enum nd_err review_override(struct nd_db *db, long long paragraph,
			    enum nd_review_kind kind, const char *reason, long long by);

/* ND_OK when the review has no finding left that stops the justering of
 * the protokoll (number 0) or of paragraph number; else ND_EINVAL with a
 * message giving the count and the first finding. ref: how the meeting
 * is named in the message's commands (NULL: no commands, for the UI). */
enum nd_err review_gate(struct nd_db *db, long long meeting, int number, const char *ref);

/* Mark paragraph reviewed, with a comment (may be NULL). */
enum nd_err review_mark(struct nd_db *db, long long paragraph, const char *comment);

#endif
