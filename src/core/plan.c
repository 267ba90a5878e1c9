/* Parsing a sammanträdesplan's list of dates. */
#include "namnd/plan.h"
#include "namnd/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static bool is_sep(char c)
{
	return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int cmp_date(const void *a, const void *b)
{
	return date_cmp(*(const struct nd_date *)a, *(const struct nd_date *)b);
}

/* "17/1" → day 17, month 1; both parts 1–2 digits. */
static bool parse_day_month(const char *s, int *d, int *m)
{
	int dd = 0, mm = 0, nd = 0, nm = 0;
	const char *p = s;
	for (; *p >= '0' && *p <= '9'; p++, nd++)
		dd = dd * 10 + (*p - '0');
	if (nd < 1 || nd > 2 || *p++ != '/')
		return false;
	for (; *p >= '0' && *p <= '9'; p++, nm++)
		mm = mm * 10 + (*p - '0');
	if (nm < 1 || nm > 2 || *p)
		return false;
	*d = dd;
	*m = mm;
	return true;
}

static enum nd_err entry_bad(const char *tok, size_t pos, const char *why)
{
	char q[TEXT_QUOTE_SIZE];
	text_quote(tok, q, sizeof q);
	return nd_fail(ND_EINVAL, "Datum nr %zu i planen, \"%s\": %s.", pos, q, why);
}

enum nd_err plan_parse_dates(const char *text, int year, struct nd_date *out,
			     size_t max, size_t *n)
{
	char tok[64];
	size_t count = 0;
	const char *p = text;

	*n = 0;
	if (year < 1900 || year > 2199)
		return nd_fail(ND_EINVAL, "Året för planen ska vara 1900–2199, inte %d.", year);
	while (*p) {
		while (*p && is_sep(*p))
			p++;
		if (!*p)
			break;
		size_t len = 0;
		while (p[len] && !is_sep(p[len]))
			len++;
		size_t pos = count + 1;
		if (len >= sizeof tok) {
			snprintf(tok, sizeof tok, "%.*s", 40, p);
			return entry_bad(tok, pos, "för långt för ett datum");
		}
		memcpy(tok, p, len);
		tok[len] = '\0';
		p += len;
		struct nd_date d;
		int dd, mm;
		if (parse_day_month(tok, &dd, &mm)) {
			d.y = year;
			d.m = mm;
			d.d = dd;
			if (mm < 1 || mm > 12)
				return entry_bad(tok, pos, "månaden ska vara 1–12");
			if (dd < 1 || dd > date_days_in_month(year, mm)) {
				char why[64];
				snprintf(why, sizeof why, "%s %d har %d dagar", date_month_name(mm),
					 year, date_days_in_month(year, mm));
				return entry_bad(tok, pos, why);
			}
		} else if (date_parse(tok, &d) != ND_OK) {
			/* ISO in form but not a day of the calendar (2023-02-29). */
			bool iso = len == 10 && tok[4] == '-' && tok[7] == '-' &&
				   strspn(tok, "0123456789-") == 10;
			return entry_bad(tok, pos, iso ? "den dagen finns inte i kalendern" :
					 "skriv dag/månad (17/1) eller ÅÅÅÅ-MM-DD");
		} else if (d.y != year) {
			return entry_bad(tok, pos, "datumet ligger inte i planens år");
		}
		for (size_t i = 0; i < count; i++)
			if (date_cmp(out[i], d) == 0)
				return entry_bad(tok, pos, "datumet finns redan i planen");
		if (count == max) {
			char why[48];
			snprintf(why, sizeof why, "planen rymmer högst %zu datum", max);
			return entry_bad(tok, pos, why);
		}
		out[count++] = d;
	}
	if (count == 0)
		return nd_fail(ND_EINVAL, "Planen innehåller inga datum (skriv t.ex. \"17/1, 21/2, 20/3\").");
	qsort(out, count, sizeof *out, cmp_date);
	*n = count;
	return ND_OK;
}
bool plan_date_note(struct nd_date d, char *buf, size_t size)
{
	const char *name = NULL;
	char day[11];
	date_format(d, day);
	if ((date_is_public_holiday(d, &name) && date_weekday(d) != 7) ||
	    (name = date_eve_name(d)) != NULL)
		snprintf(buf, size, "%s är %s.", day, name);
	else if (date_weekday(d) >= 6)
		snprintf(buf, size, "%s är en %s.", day, date_weekday_name(date_weekday(d)));
	else
		return false;
	return true;
}
