/* Sammanträdesplan: the dates of a year's meetings as people write them. */
#ifndef NAMND_PLAN_H
#define NAMND_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include "namnd/date.h"

#define PLAN_MAX 64

/* Parse a list like "17/1, 21/2, 20/3" (day/month in year), ISO dates
 * ("2024-01-17"), or both, separated by commas, semicolons, spaces or
 * newlines. Dates come back sorted; a date given twice, a date outside
 * year, or more than max dates is an error. Messages name the entry and
 * its place in the list. */
enum nd_err plan_parse_dates(const char *text, int year, struct nd_date *out,
			     size_t max, size_t *n);

/* A note for a planned date that is allowed but almost always a slip:
 * a public holiday, an eve (midsommarafton) or a weekend day. True with
 * "2024-06-21 är midsommarafton." in buf; false when there is none. */
bool plan_date_note(struct nd_date d, char *buf, size_t size);

#endif
