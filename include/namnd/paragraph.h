/* Paragraphs (§) of a protokoll: numbering through the committee's
 * calendar year, the paragraph's own texts, and the paragraph that lists
 * the delegeringsbeslut reported at a meeting. */
#ifndef NAMND_PARAGRAPH_H
#define NAMND_PARAGRAPH_H

#include "namnd/entity.h"

/* Give the meeting's agenda items their paragraphs and number them.
 * Items without a paragraph get one (breaks and the decision round get
 * none), with title, dnr, föredragande and the ärende's förslag till
 * beslut as the decision; then the meeting's paragraphs are numbered in
 * agenda order, from the number after the committee's last paragraph
 * earlier in the year (or the year's settable first number, default 1),
 * and the year's later meetings follow on. Attendance ranges move with
 * their paragraphs. Refused, changing nothing, when a justerad
 * paragraph would get another number. *first and *last (may be NULL) get
 * the meeting's range, 0 when it has no paragraphs. */
enum nd_err paragraph_number(struct nd_db *db, long long meeting, int *first, int *last);

/* Whether meeting's paragraphs are items numbered per meeting (punkt 1,
 * 2 …; the body's numbering 'punkt', schema 025) rather than § through
 * the year. A meeting without paragraphs answers for its body. */
bool paragraph_items(struct nd_db *db, long long meeting);

/* How messages name paragraph (by id): "§ 14", or "punkt 3" when it is
 * an item numbered per meeting (namnd/parnum.h); "paragrafen" when there
 * is no such paragraph. Returns buf. */
const char *paragraph_name(struct nd_db *db, long long paragraph, char *buf, size_t size);

/* The first paragraph number of committee's year (1..99999). */
enum nd_err paragraph_start_set(struct nd_db *db, long long committee, int year, int first);

/* The paragraph with number in meeting. */
enum nd_err paragraph_find(struct nd_db *db, long long meeting, int number, long long *id);

/* ND_ELOCKED, with a message naming the paragraph, when the paragraph
 * or its protokoll is justerad; ND_ENOTFOUND when it does not exist.
 * *meeting and *number (may be NULL) get where it belongs. */
enum nd_err paragraph_check_open(struct nd_db *db, long long paragraph,
				 long long *meeting, int *number);

/* The meeting's paragraphs in number order. Columns: 0 id, 1 number,
 * 2 title, 3 dnr (or NULL), 4 decision (or NULL), 5 justerad_on (or
 * NULL), 6 immediate, 7 reviewed, 8 confidential. */
enum nd_err paragraph_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx);

/* What the paragraph records, in protokoll order: yrkanden, votes,
 * reservationer, protokollsanteckningar, jäv, expediering, and the
 * utdrag sent by e-mail. Columns:
 * 0 kind ("yrkande", "röst", "reservation", "protokollsanteckning",
 * "jäv", "expediering", "expedierat"), 1 key (yrkande number, note id; else NULL),
 * 2 person name (or NULL), 3 party (or NULL), 4 text: the yrkande, the
 * vote (ja/nej/avstår), the reservation's reason, the note, the jäv
 * ersättare's name, the expediering's recipient, or for "expedierat"
 * "2026-12-09 till Namn <adress>"; 5 extra: "skriftlig reservation
 * utlovad", the expediering's purpose, "Message-ID <…>", or NULL; 6 the
 * person's id (NULL for expediering, expedierat and an unnamed note). */
enum nd_err paragraph_parts(struct nd_db *db, long long paragraph, nd_row_fn fn, void *ctx);

/* Write into paragraph's account the delegeringsbeslut, ordförandebeslut
 * and meddelanden reported at its meeting (the delegation register's
 * rows for that meeting), and a decision that the committee notes them
 * when it has none. *count gets the number listed. */
enum nd_err paragraph_delegations(struct nd_db *db, long long paragraph, int *count);

/* The paragraph that reports delegeringsbeslut at meeting: the one whose
 * title names them, else a new standing item "Redovisning av
 * delegeringsbeslut" last on the agenda, numbered. */
enum nd_err paragraph_for_delegations(struct nd_db *db, long long meeting, long long *id);

/* Fields: title, presenter, account, decision, proposition,
 * vote-question, confidential. */
extern const struct nd_entity paragraph_entity;

#endif
