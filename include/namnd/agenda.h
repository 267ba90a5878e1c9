/* Föredragningslista: items in order; time slots follow from the
 * meeting's start time and the durations, so they cannot be wrong. */
#ifndef NAMND_AGENDA_H
#define NAMND_AGENDA_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/date.h"
#include "namnd/entity.h"

/* Add an item to meeting at position at (1-based; 0 or past the end:
 * last). Fields as agenda_entity (kind, title, case, presenter, role,
 * minutes, confidential, secrecy, decision). */
enum nd_err agenda_add(struct nd_db *db, long long meeting, int at, int n,
		       const char *const *names, const char *const *values,
		       long long *id_out);
/* Move an item to position to (1-based, clamped to the list). */
enum nd_err agenda_move(struct nd_db *db, long long item, int to);
/* Remove an item; the ones after it move up. */
enum nd_err agenda_remove(struct nd_db *db, long long item);
/* Copy the committee's standard agenda into an empty meeting. */
enum nd_err agenda_apply_template(struct nd_db *db, long long meeting);

/* The meetings of a sammanträdesplan: one per date for committee (a
 * code), at time and place (NULL or "": the committee's usual ones), all
 * or none; a date taken already is an error naming it. */
enum nd_err meeting_plan_add(struct nd_db *db, const char *committee,
			     const struct nd_date *dates, size_t n, const char *time,
			     const char *place);
/* The meeting of the same committee held last before meeting (by date
 * and start time): *prev is its id, 0 when there is none. */
enum nd_err meeting_previous(struct nd_db *db, long long meeting, long long *prev);
/* The föredragningslista of meeting from that of from: every item
 * without an ärende (procedural and standing items, information,
 * breaks, the decision round) with its title, föredragande and minutes,
 * in order. The agenda of meeting may
 * hold only such items (a new meeting's standard items), which are
 * replaced; one with an ärende is refused (ND_EEXIST). *copied (may be
 * NULL): the items copied. All or nothing. */
enum nd_err agenda_copy(struct nd_db *db, long long meeting, long long from, int *copied);

/* Items of a meeting in order. Columns: 0 id, 1 position, 2 kind,
 * 3 title, 4 dnr (or NULL), 5 föredragande (name or role, or ""),
 * 6 duration, 7 start (minutes since midnight), 8 end, 9 confidential
 * (the item or its ärende), 10 ground for sekretess (or NULL),
 * 11 decision item (0/1), 12 ärende id (or NULL). */
enum nd_err agenda_list(struct nd_db *db, long long meeting, nd_row_fn fn, void *ctx);

/* The item's number in the printed list: procedural items get letters
 * (A, B, …), breaks and decision rounds nothing, the rest 1, 2, ….
 * Pass counters starting at 0 and call in list order. */
void agenda_label(const char *kind, int *letters, int *numbers, char *buf, size_t size);

/* One row per committee with its next meeting (today or later), or
 * NULLs when none. Columns: 0 name,
 * 1 code, 2 meeting id, 3 date, 4 start "HH:MM", 5 status,
 * 6 notice days, 7 justerad_on, 8 anslag_on. */
enum nd_err meeting_overview(struct nd_db *db, nd_row_fn fn, void *ctx);

/* A meeting_overview row decoded, with its next deadline per LAW.md. */
struct nd_overview_row {
	const char *name, *code, *status; /* borrowed from the statement */
	long long meeting;                /* 0 when the committee has none */
	char when[24];                    /* "2024-03-27 13.00", or "—" */
	char due[48];                     /* "kallelse 03-20", "kallelse FÖRSENAD", "—" */
	bool overdue;
};
void meeting_overview_row(sqlite3_stmt *st, struct nd_date today,
			  struct nd_overview_row *out);

/* Meetings held before today that are not yet justerade or whose
 * justering is not yet anslagen, newest first, at most limit (the
 * Översikt's "Försenat" takes those whose deadline has passed, see
 * meeting_overdue_row). Columns: 0 meeting id, 1 committee code,
 * 2 date, 3 start "HH:MM", 4 notice days, 5 justerad_on, 6 anslag_on. */
enum nd_err meeting_overdue(struct nd_db *db, int limit, nd_row_fn fn, void *ctx);

/* A meeting_overdue row decoded: what is overdue and since when. */
struct nd_overdue_row {
	long long meeting;
	const char *code;   /* borrowed from the statement */
	char when[24];      /* "2024-02-14 08.30" */
	const char *what;   /* "justering" or "anslag" (NULL: nothing due) */
	char due[40];       /* "FÖRSENAD 02-28", or "senast 02-28" */
	bool overdue;       /* false: its deadline has not passed yet */
};
void meeting_overdue_row(sqlite3_stmt *st, struct nd_date today, struct nd_overdue_row *out);

#endif
