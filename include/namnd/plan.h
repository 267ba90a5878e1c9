/* Sammanträdesplan: the dates of a year's meetings as people write them. */
#ifndef NAMND_PLAN_H
#define NAMND_PLAN_H

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

#endif
