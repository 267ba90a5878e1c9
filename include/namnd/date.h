/* Dates, times, Swedish public holidays and the statutory deadlines of
 * LAW.md. Pure calendar arithmetic (proleptic Gregorian). */
#ifndef NAMND_DATE_H
#define NAMND_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/err.h"

struct nd_date {
	int y, m, d;
};

/* Strict ISO date "YYYY-MM-DD", year 1900..2199, real calendar day
 * (2023-02-30 is refused). ND_EINVAL with a message naming the text. */
enum nd_err date_parse(const char *s, struct nd_date *out);

/* "YYYY-MM-DD" into buf (at least 11 bytes). */
void date_format(struct nd_date d, char *buf);

bool date_valid(struct nd_date d);
int date_days_in_month(int y, int m);

/* Days since 1970-01-01 (negative before) and back. */
long date_to_days(struct nd_date d);
struct nd_date date_from_days(long days);

struct nd_date date_add_days(struct nd_date d, long n);
long date_diff(struct nd_date a, struct nd_date b); /* a - b in days */
int date_cmp(struct nd_date a, struct nd_date b);

/* 1 = Monday … 7 = Sunday. */
int date_weekday(struct nd_date d);
/* Swedish names: "måndag", "januari". Static strings. */
const char *date_weekday_name(int wd);
const char *date_month_name(int m);

/* Today: NAMND_TODAY=YYYY-MM-DD when set (tests), else the local date.
 * ND_EINVAL when NAMND_TODAY is set but not a valid date. */
enum nd_err date_today(struct nd_date *out);

/* Easter Sunday of year y. */
struct nd_date date_easter(int y);

/* Public holiday (allmän helgdag, Lag 1989:253)? Sets *name (Swedish,
 * static) when name is not NULL. Sundays are holidays by that law but are
 * reported only as "söndag" when no named holiday falls on them. */
bool date_is_public_holiday(struct nd_date d, const char **name);

/* "midsommarafton", "julafton" or "nyårsafton" (static), else NULL. */
const char *date_eve_name(struct nd_date d);

/* Days on which a statutory period may not end (Lag 1930:173): Saturday,
 * Sunday, public holiday, midsommarafton, julafton, nyårsafton. */
bool date_is_closed(struct nd_date d);

/* d itself when it is a weekday that is not closed, else the next one. */
struct nd_date date_next_open(struct nd_date d);
/* d itself when it is open, else the last open day before it. */
struct nd_date date_prev_open(struct nd_date d);
/* The day a kallelse must go out: notice_days before the meeting, or the
 * last open day before that when the office is closed on it. */
struct nd_date date_kallelse_due(struct nd_date meeting, int notice_days);

/* Time of day: "08.15", "08:15", "8.15", "0815"? (no: 4 digits refused),
 * 00.00..23.59. Minutes since midnight. ND_EINVAL naming the text. */
enum nd_err time_parse(const char *s, int *minutes);
/* A time slot as agendas write it: "08.05-08.10", "08:05–08:10",
 * "8.05 - 8.10", "kl. 08.05—08.10". Start and end in minutes since
 * midnight (end before start is for the caller to judge). ND_EINVAL
 * naming the text when it is not exactly two times around one dash. */
enum nd_err time_range_parse(const char *s, int *from, int *to);

/* "08.15" into buf (at least 6 bytes); sep is '.' or ':'. */
void time_format(int minutes, char sep, char *buf);

/* The derived dates of LAW.md for one meeting. */
struct nd_deadlines {
	struct nd_date kallelse_due;  /* meeting - notice_days, back to the
	                                 last open day */
	struct nd_date justering_due; /* meeting + 14, on to an open day */
	struct nd_date anslag_due;    /* (justerad or justering_due) + 2, on
	                                 to an open day */
	struct nd_date appeal_end;    /* (anslag or anslag_due) + 21, moved
	                                 to the next open day */
	struct nd_date takedown;      /* first open day after appeal_end */
	/* Which of the dates above apply (deadlines_for): false when the
	 * body has no such rule, or nothing to count from yet. */
	bool justering, anslag, appeal;
};

/* justerad and anslag may be NULL when not yet done. */
void deadlines_compute(struct nd_date meeting, int notice_days,
		       const struct nd_date *justerad,
		       const struct nd_date *anslag,
		       struct nd_deadlines *out);

/* The same under a body's own rules: justering within justering_days (0:
 * no deadline), an anslag when anslag, an appeal period when appeal.
 * Without a justering deadline the anslag counts from the justering
 * once it is made; the notice comes down after the appeal period, or
 * 21 days after the anslag when there is none. */
void deadlines_for(struct nd_date meeting, int notice_days, int justering_days,
		   bool anslag, bool appeal, const struct nd_date *justerad,
		   const struct nd_date *anslag_on, struct nd_deadlines *out);

#endif
