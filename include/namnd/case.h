/* Ärenden: registering with a diarienummer, and paging through the
 * register by keyset (never OFFSET). */
#ifndef NAMND_CASE_H
#define NAMND_CASE_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/entity.h"
#include "namnd/dnr.h"

/* Register a new ärende. When dnr_text is given, that dnr (in any known
 * form) is used and the series counter moves past it; otherwise the next
 * number of series (NULL: the committee's series, else the organisation's
 * default) and year (0: this year) is allocated in the same transaction.
 * Fields as in entity_add. The canonical dnr is written to dnr_out. */
enum nd_err case_add(struct nd_db *db, const char *dnr_text, const char *series,
		     int year, int n, const char *const *names,
		     const char *const *values, long long *id_out,
		     char *dnr_out, size_t dnr_size);

/* An utkast (draft): an ärende not yet registered. It has no dnr, so no
 * number of any series is used up by it; lists, search, show and
 * documents write CASE_DRAFT_TEXT where the dnr would stand, the list
 * and show with its id ("utkast 57", which case_resolve reads). In the
 * table it holds series '', year 1900 and a negative number (schema 23);
 * CASE_DRAFT_SQL tests a row of cases c for it. */
#define CASE_DRAFT_TEXT "utkast"
#define CASE_DRAFT_SQL "c.dnr_number < 0"

/* Save a new ärende as an utkast, without a dnr. Fields as in entity_add
 * (the same as case_add's). */
enum nd_err case_add_draft(struct nd_db *db, int n, const char *const *names,
			   const char *const *values, long long *id_out);

/* Register the utkast id: it gets a dnr now, as case_add gives one
 * (dnr_text, series and year the same), and today as its registration
 * date; audited like every change. The canonical dnr goes to dnr_out.
 * Refused for an ärende that is registered already. */
enum nd_err case_register(struct nd_db *db, long long id, const char *dnr_text,
			  const char *series, int year, char *dnr_out, size_t dnr_size);

/* Whether ärende id is an utkast. */
bool case_is_draft(struct nd_db *db, long long id);

/* Makulera (void) the ärende id: it was registered by mistake. It keeps
 * its dnr (the number is never given out again), shows as makulerat in
 * lists, search and show, and can no longer be put on an agenda or
 * changed; today's date, reason and the user are recorded (and audited).
 * Refused when the ärende is on an agenda or in a protokoll, when it is
 * makulerat already, and without a reason. */
enum nd_err case_void(struct nd_db *db, long long id, const char *reason);

/* Remove the ärende id: a registered ärende never is (the database
 * refuses, whichever program asks); the refusal names its dnr and says
 * how to makulera it instead. An utkast is, unless it has stood in a
 * sent kallelse or in a protokoll (then the refusal names which, and
 * says to register and makulera it) or is on an agenda (take it off
 * first). */
enum nd_err case_remove(struct nd_db *db, long long id);

/* e, with "Menade du UBN 2023/451 (title)?" added to the current message
 * when text looks like a slip for existing ärenden (a digit missing from
 * the year, two digits swapped; see dnr_typo_candidates). */
enum nd_err case_typo_hint(struct nd_db *db, const char *text, enum nd_err e);

/* The dnr of ärende id as the register writes it (its id when there is
 * no such ärende), for messages. */
void case_dnr_of(struct nd_db *db, long long id, char *buf, size_t size);

/* Canonical text of a dnr, in the organisation's pattern. */
void case_dnr_format(struct nd_db *db, const char *series, int year, long number,
		     char *buf, size_t size);

enum case_sort { CASE_BY_DNR, CASE_BY_TITLE };

/* Position in a sorted list: the last row seen. */
struct case_key {
	char series[DNR_SERIES_MAX + 1];
	int year;
	long number;
	const char *title; /* borrowed */
	long long id;
};

/* Rows of the register in sort order after *after (NULL: from the start),
 * or, when backward, before *after (NULL: from the end) in reverse order.
 * Columns: 0 id, 1 dnr (canonical text), 2 title, 3 status, 4 committee
 * code, 5 series, 6 year, 7 number. At most limit rows (<= 0: all). */
enum nd_err case_page(struct nd_db *db, enum case_sort sort, bool backward,
		      const struct case_key *after, int limit, nd_row_fn fn, void *ctx);

/* case_page limited to the ärenden whose dnr, title or texts hold the
 * words of match (full-text search, the last word as a prefix; NULL or
 * no words: all). */
enum nd_err case_page_match(struct nd_db *db, enum case_sort sort, bool backward,
			    const struct case_key *after, const char *match, int limit,
			    nd_row_fn fn, void *ctx);

/* What the Ärenden list is narrowed to; NULL/0 members do not narrow. */
struct case_filter {
	const char *match;  /* words, as for case_page_match */
	const char *status; /* one of the statuses */
	long long officer;  /* the handläggare's person id */
};

/* case_page limited by f (NULL: all). */
enum nd_err case_page_filter(struct nd_db *db, enum case_sort sort, bool backward,
			     const struct case_key *after, const struct case_filter *f,
			     int limit, nd_row_fn fn, void *ctx);

/* Fill key from a row given to a case_page consumer (title borrowed from
 * the statement: copy it before the next step). */
void case_key_from_row(sqlite3_stmt *st, struct case_key *key);

#endif
