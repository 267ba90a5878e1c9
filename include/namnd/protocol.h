/* A protokoll read whole from the store: the meeting, who was there, the
 * justerare, every paragraph with what it records, and the rättelser.
 * The documents (protokoll, utdrag, anslag, beslutslista) and the
 * canonical text whose SHA-256 is stored at justering are made from it,
 * so they can never disagree. All strings are UTF-8 as stored (documents
 * sanitize them); NULL where the store has nothing. */
#ifndef NAMND_PROTOCOL_H
#define NAMND_PROTOCOL_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/db.h"
#include "namnd/rules.h"
#include "namnd/serving.h"
#include "namnd/tally.h"

struct nd_pperson {
	long long id;            /* 0: nobody */
	const char *name, *party, *organisation, *title;
};

struct nd_patt {
	struct nd_pperson who;
	const char *role;        /* committee role on the day, or NULL */
	enum nd_presence status;
	struct nd_pperson replaces;
	int from, to;            /* 0: from the start / to the end */
	double seat;             /* place in the body's list (ordförande,
	                            vice, members as registered, ersättare in
	                            order); a serving ersättare's is the
	                            replaced one's; 9e15 for none */
	double own_seat;         /* the person's own place */
};

/* A role for a range of paragraphs (schema 026): role is "ordförande"
 * (tjänstgörande), "justerare", "ersättande justerare" or "sekreterare";
 * from 0: from the start, to 0: to the end. */
struct nd_prole { const char *role; struct nd_pperson who; int from, to; };

struct nd_pmotion { struct nd_pperson who; const char *text; };
struct nd_pvote { struct nd_pperson who; enum nd_choice choice; };
struct nd_preservation { struct nd_pperson who; bool promised; const char *reason; };
struct nd_pnote { struct nd_pperson who; const char *text; };
struct nd_precusal { struct nd_pperson who, by; };
struct nd_precipient { const char *recipient, *purpose; };
struct nd_pdocument { const char *title, *date; };

struct nd_pparagraph {
	long long id;
	int number;
	const char *title, *dnr, *presenter, *account, *decision, *proposition;
	const char *vote_question, *justerad_on, *sha256, *review_comment;
	const char *anslag_on;              /* an omedelbart justerad one's own */
	bool immediate, reviewed, confidential;
	bool item;                          /* numbered per meeting: "punkt N",
	                                       not "§ N" (schema 025) */
	struct nd_pdocument *docs;          size_t ndocs;
	struct nd_pmotion *motions;         size_t nmotions;
	struct nd_pvote *votes;             size_t nvotes;
	struct nd_preservation *reservations; size_t nreservations;
	struct nd_pnote *notes;             size_t nnotes;
	struct nd_precusal *recusals;       size_t nrecusals;
	struct nd_precipient *recipients;   size_t nrecipients;
	size_t serving, seats;              /* who serves here, of the seats */
};

/* A vacant seat on the day (schema 030), "Vakant (M)", with its place in
 * the body's list (as struct nd_patt's seat). */
struct nd_pvacant { struct nd_pperson who; double seat; };

struct nd_prattelse {
	const char *made_on, *text;
	int number;                          /* the paragraph, 0: the whole */
};

struct nd_protocol {
	long long meeting;
	const char *org, *committee, *code, *kind;
	const char *date, *start, *end, *place, *status;   /* start/end "HH:MM" */
	const char *justering_place, *justering_date, *justerad_on, *sha256, *anslag_on;
	const char *archive_place, *anslag_place;           /* settings, or NULL */
	const char *adjourned;  /* ajourneringar "10:15-10:30, 11:45-12:00" in
	                           time order, or NULL (schema 021) */
	int notice_days;
	bool items;             /* the paragraphs are items numbered per
	                           meeting (schema 025; record version 3) */
	struct nd_patt *att;                size_t natt;    /* seats first, by rank */
	struct nd_pperson *seats;           size_t nseats;  /* ledamöter on the day,
	                                       vacant seats among them */
	struct nd_pvacant *vacant;          size_t nvacant; /* the vacant seats
	                                       (record version 5) */
	struct nd_rules rules;  /* the body's rules applied: live, or as they
	                           were at justering (record version 5) */
	bool rules_frozen;      /* rules were read from the record */
	struct nd_pperson *justerare;       size_t njusterare;
	struct nd_pperson chair, secretary;
	struct nd_prole *roles;             size_t nroles;  /* by role, then
	                                       range (schema 026; record v4) */
	struct nd_pparagraph *paragraphs;   size_t nparagraphs;
	struct nd_prattelse *rattelser;     size_t nrattelser;
	bool recorded;          /* read from the record made at justering */
	void *mem;                                          /* private */
};

/* Read meeting's protokoll. On success *out is owned by the caller:
 * free with protocol_free (NULL is a no-op). */
enum nd_err protocol_load(struct nd_db *db, long long meeting, struct nd_protocol **out);
void protocol_free(struct nd_protocol *p);

/* The same for what paragraph number says (0: the whole protokoll): a
 * justerat protokoll, or an omedelbart justerad paragraph, is read from
 * the record made at its justering (the paragraph's own first), with
 * only status, justering and anslag dates, checksums and rättelser read
 * live; anything else from the live rows, people with the party they had
 * on the meeting's day. number -1: the live rows whatever is recorded. */
enum nd_err protocol_load_for(struct nd_db *db, long long meeting, int number,
			      struct nd_protocol **out);

/* Store p as the record of the justering of paragraph number (0: the
 * whole protokoll), inside the caller's transaction. The database
 * refuses a second record and any change to one. */
enum nd_err protocol_record_save(struct nd_db *db, const struct nd_protocol *p, int number);

/* Read the record of (meeting, number) into p (fresh from calloc, its
 * arena in p->mem). *found false when there is none. A record that does
 * not parse is ND_EINVAL with a message. */
enum nd_err protocol_record_read(struct nd_db *db, long long meeting, int number,
				 struct nd_protocol *p, bool *found);

/* The record of (meeting, number) alone (no live rows over it) into
 * *out, owned by the caller (protocol_free); NULL when there is none. */
enum nd_err protocol_record_get(struct nd_db *db, long long meeting, int number,
				struct nd_protocol **out);

/* Whether the record that meeting's protokoll (number 0) or paragraph
 * number is read from is as kept at justering: equal to its copy in the
 * audit log (schema 033) and never changed or removed past the lock
 * (what the canonical text's checksum does not cover: the rules, the
 * seats). *ok false with a Swedish clause in why when not. */
enum nd_err protocol_record_check(struct nd_db *db, long long meeting, int number, bool *ok,
				  char *why, size_t size);

/* Whether the attendance rows of meeting (at paragraph number, 0: at
 * every paragraph) still say what the record made at justering says:
 * who was there, as what, for whom (hostile19 F1: rows changed by
 * another program behind dropped triggers). *ok false with a Swedish
 * clause naming the person and the paragraph in why when not; true
 * when there is no record. */
enum nd_err protocol_record_attendance_check(struct nd_db *db, long long meeting, int number,
					     bool *ok, char *why, size_t size);

/* Copy into the audit log each record that has no copy there yet (one
 * made before schema 033), chained as namnd's rows are. */
enum nd_err protocol_record_audit_backfill(struct nd_db *db);

/* Make the record of every justerat protokoll and omedelbart justerad
 * paragraph that has none (a file from before records, or justerat by
 * another program), when its live rows still give its stored checksum
 * (or it has none). */
enum nd_err protocol_record_backfill(struct nd_db *db);

/* The body's rules as applied when meeting was justerat (number 0), or
 * its paragraph number omedelbart justerad, from that record (version 5
 * on): *found false when there is no record or it is older. */
enum nd_err protocol_record_rules(struct nd_db *db, long long meeting, int number,
				  struct nd_rules *out, bool *found);

/* Whether role r covers paragraph number. */
bool protocol_role_covers(const struct nd_prole *r, int number);

/* The paragraph with number, or NULL. */
const struct nd_pparagraph *protocol_paragraph(const struct nd_protocol *p, int number);

/* Whether attendance has been recorded at all: someone holds a seat
 * (a ledamot närvarande or a tjänstgörande ersättare) over some part of
 * the meeting. Before that, nobody is "frånvarande" but those recorded
 * so (förhinder), and who serves or whether quorum holds is unknown. */
bool protocol_attendance_recorded(const struct nd_protocol *p);

/* The canonical text of the protokoll (paragraph NULL) or of one
 * paragraph's extract, as if justerad on justerad_on when it is not yet:
 * one "key: value" line per fact in a fixed order, newlines in values
 * written as \n and backslashes as \\, independent of any document
 * layout. Returns malloc'ed memory the caller frees; NULL on out of
 * memory. */
char *protocol_canonical(const struct nd_protocol *p, const struct nd_pparagraph *paragraph,
			 const char *justerad_on);

/* The part of the canonical text that is paragraph g's ("§ N" to the
 * line before the next), as protocol_canonical writes it. Malloc'ed;
 * NULL on out of memory. */
char *protocol_canonical_part(const struct nd_pparagraph *g, const char *justerad_on);

/* SHA-256 of text as 64 lower-case hex digits and a NUL into hex. */
void protocol_sha256(const char *text, char hex[65]);

#endif
