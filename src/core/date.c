/* Calendar arithmetic (proleptic Gregorian), Swedish public holidays and
 * the statutory deadlines of LAW.md. */
#include "namnd/date.h"
#include "namnd/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#define YEAR_MIN 1900
#define YEAR_MAX 2199

static const char *const weekday_names[] = {
	"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"
};

static const char *const month_names[] = {
	"januari", "februari", "mars", "april", "maj", "juni", "juli",
	"augusti", "september", "oktober", "november", "december"
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int digits_value(const char *s, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Valid means what date_parse accepts: a real day in 1900..2199. */
bool date_valid(struct nd_date d)
{
	return d.y >= YEAR_MIN && d.y <= YEAR_MAX && d.m >= 1 && d.m <= 12 &&
	       d.d >= 1 && d.d <= date_days_in_month(d.y, d.m);
}

static enum nd_err date_bad(const char *s, const char *why)
{
	char q[TEXT_QUOTE_SIZE];

	text_quote(s, q, sizeof q);
	return nd_fail(ND_EINVAL, "Ogiltigt datum: \"%s\" (%s)", q, why);
}

enum nd_err date_parse(const char *s, struct nd_date *out)
{
	struct nd_date d;
	char why[64];
	int i;

	if (!s)
		s = "";
	for (i = 0; i < 10; i++) {
		bool dash = i == 4 || i == 7;
		if (dash ? s[i] != '-' : !is_digit(s[i]))
			break;
	}
	if (i < 10 || s[10] != '\0')
		return date_bad(s, "väntat ÅÅÅÅ-MM-DD, t.ex. \"2024-03-15\"");
	d.y = digits_value(s, 4);
	d.m = digits_value(s + 5, 2);
	d.d = digits_value(s + 8, 2);
	if (d.y < YEAR_MIN || d.y > YEAR_MAX)
		return date_bad(s, "året ska vara 1900–2199");
	if (d.m < 1 || d.m > 12)
		return date_bad(s, "månad 01–12");
	if (d.d < 1 || d.d > date_days_in_month(d.y, d.m)) {
		if (d.d < 1)
			snprintf(why, sizeof why, "dag 01–%02d",
				 date_days_in_month(d.y, d.m));
		else
			snprintf(why, sizeof why, "%s %d har %d dagar",
				 month_names[d.m - 1], d.y,
				 date_days_in_month(d.y, d.m));
		return date_bad(s, why);
	}
	*out = d;
	return ND_OK;
}

void date_format(struct nd_date d, char *buf)
{
	/* Out-of-range fields are clamped to keep the output 10 bytes. */
	int y = d.y < 0 ? 0 : d.y > 9999 ? 9999 : d.y;
	int m = d.m < 0 ? 0 : d.m > 99 ? 99 : d.m;
	int dd = d.d < 0 ? 0 : d.d > 99 ? 99 : d.d;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + dd / 10);
	buf[9] = (char)('0' + dd % 10);
	buf[10] = '\0';
}

/* Howard Hinnant's days_from_civil: exact for every Gregorian date,
 * negative years included, with no loops. */
long date_to_days(struct nd_date d)
{
	long y = (long)d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (d.m > 2 ? d.m - 3 : d.m + 9) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct nd_date date_from_days(long z)
{
	struct nd_date out;
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	out.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	out.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out.y = (int)(yoe + era * 400 + (out.m <= 2));
	return out;
}

struct nd_date date_add_days(struct nd_date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

long date_diff(struct nd_date a, struct nd_date b)
{
	return date_to_days(a) - date_to_days(b);
}

int date_cmp(struct nd_date a, struct nd_date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int date_weekday(struct nd_date d)
{
	/* 1970-01-01 was a Thursday (4). */
	long r = (date_to_days(d) + 3) % 7;

	return (int)(r < 0 ? r + 7 : r) + 1;
}

const char *date_weekday_name(int wd)
{
	return wd >= 1 && wd <= 7 ? weekday_names[wd - 1] : "";
}

const char *date_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

enum nd_err date_today(struct nd_date *out)
{
	const char *env = getenv("NAMND_TODAY");
	char why[512];
	struct tm tm;
	time_t now;

	/* An empty value counts as unset, as `NAMND_TODAY= namnd` means. */
	if (env && *env) {
		if (date_parse(env, out) == ND_OK)
			return ND_OK;
		snprintf(why, sizeof why, "%s", nd_errmsg());
		return nd_fail(ND_EINVAL, "NAMND_TODAY: %s", why);
	}
	now = time(NULL);
	if (now == (time_t)-1 || !localtime_r(&now, &tm))
		return nd_fail(ND_EIO, "Dagens datum kunde inte läsas från "
			       "systemklockan");
	out->y = tm.tm_year + 1900;
	out->m = tm.tm_mon + 1;
	out->d = tm.tm_mday;
	return ND_OK;
}

/* The anonymous Gregorian computus (Meeus/Jones/Butcher). */
struct nd_date date_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100;
	int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int t = h + l - 7 * m + 114;
	struct nd_date out = { y, t / 31, t % 31 + 1 };

	return out;
}

/* How a holiday's date is found each year. */
enum rule {
	RULE_FIXED,   /* month m, day d */
	RULE_EASTER,  /* Easter Sunday + d days */
	RULE_WEEKDAY  /* the weekday wd in the seven days from m/d */
};

struct holiday {
	enum rule rule;
	int m, d, wd;
	const char *name;
};

/* Lag (1989:253) om allmänna helgdagar, as listed in LAW.md. */
static const struct holiday holidays[] = {
	{ RULE_FIXED, 1, 1, 0, "nyårsdagen" },
	{ RULE_FIXED, 1, 6, 0, "trettondedag jul" },
	{ RULE_EASTER, 0, -2, 0, "långfredagen" },
	{ RULE_EASTER, 0, 0, 0, "påskdagen" },
	{ RULE_EASTER, 0, 1, 0, "annandag påsk" },
	{ RULE_FIXED, 5, 1, 0, "första maj" },
	{ RULE_EASTER, 0, 39, 0, "Kristi himmelsfärdsdag" },
	{ RULE_FIXED, 6, 6, 0, "nationaldagen" },
	{ RULE_EASTER, 0, 49, 0, "pingstdagen" },
	{ RULE_WEEKDAY, 6, 20, 6, "midsommardagen" },
	{ RULE_WEEKDAY, 10, 31, 6, "alla helgons dag" },
	{ RULE_FIXED, 12, 25, 0, "juldagen" },
	{ RULE_FIXED, 12, 26, 0, "annandag jul" },
};

/* Not holidays, but Lag (1930:173) lets no period end on them. */
static const struct holiday eves[] = {
	{ RULE_WEEKDAY, 6, 19, 5, "midsommarafton" },
	{ RULE_FIXED, 12, 24, 0, "julafton" },
	{ RULE_FIXED, 12, 31, 0, "nyårsafton" },
};

static bool holiday_on(const struct holiday *h, struct nd_date d)
{
	struct nd_date start;
	long off;

	switch (h->rule) {
	case RULE_FIXED:
		return d.m == h->m && d.d == h->d;
	case RULE_EASTER:
		return date_diff(d, date_easter(d.y)) == h->d;
	case RULE_WEEKDAY:
		start.y = d.y;
		start.m = h->m;
		start.d = h->d;
		off = date_diff(d, start);
		return off >= 0 && off < 7 && date_weekday(d) == h->wd;
	}
	return false;
}

static const char *holiday_find(const struct holiday *table, size_t n,
				struct nd_date d)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (holiday_on(&table[i], d))
			return table[i].name;
	return NULL;
}

bool date_is_public_holiday(struct nd_date d, const char **name)
{
	const char *found = holiday_find(holidays,
					 sizeof holidays / sizeof holidays[0], d);

	if (!found && date_weekday(d) == 7)
		found = "söndag";
	if (found && name)
		*name = found;
	return found != NULL;
}

const char *date_eve_name(struct nd_date d)
{
	return holiday_find(eves, sizeof eves / sizeof eves[0], d);
}

bool date_is_closed(struct nd_date d)
{
	return date_weekday(d) >= 6 || date_is_public_holiday(d, NULL) ||
	       date_eve_name(d) != NULL;
}

struct nd_date date_next_open(struct nd_date d)
{
	while (date_is_closed(d))
		d = date_add_days(d, 1);
	return d;
}

struct nd_date date_prev_open(struct nd_date d)
{
	while (date_is_closed(d))
		d = date_add_days(d, -1);
	return d;
}

struct nd_date date_kallelse_due(struct nd_date meeting, int notice_days)
{
	return date_prev_open(date_add_days(meeting, -(long)notice_days));
}

static enum nd_err time_bad(const char *s, const char *why)
{
	char q[TEXT_QUOTE_SIZE];

	text_quote(s, q, sizeof q);
	return nd_fail(ND_EINVAL, "Ogiltig tid: \"%s\" (%s)", q, why);
}

enum nd_err time_parse(const char *s, int *minutes)
{
	int nh = 0, h, m;

	if (!s)
		s = "";
	while (nh < 3 && is_digit(s[nh]))
		nh++;
	if (nh < 1 || nh > 2 || (s[nh] != '.' && s[nh] != ':') ||
	    !is_digit(s[nh + 1]) || !is_digit(s[nh + 2]) || s[nh + 3] != '\0')
		return time_bad(s, "väntat TT.MM, t.ex. \"08.15\"");
	h = digits_value(s, nh);
	m = digits_value(s + nh + 1, 2);
	if (h > 23)
		return time_bad(s, "timme 00–23");
	if (m > 59)
		return time_bad(s, "minut 00–59");
	*minutes = h * 60 + m;
	return ND_OK;
}

void time_format(int minutes, char sep, char *buf)
{
	/* Wrap into one day, so an agenda running past midnight reads as a
	 * clock would. */
	int t = minutes % 1440;

	if (t < 0)
		t += 1440;
	if (sep != ':')
		sep = '.';
	buf[0] = (char)('0' + t / 600);
	buf[1] = (char)('0' + t / 60 % 10);
	buf[2] = sep;
	buf[3] = (char)('0' + t % 60 / 10);
	buf[4] = (char)('0' + t % 10);
	buf[5] = '\0';
}

void deadlines_compute(struct nd_date meeting, int notice_days,
		       const struct nd_date *justerad,
		       const struct nd_date *anslag,
		       struct nd_deadlines *out)
{
	deadlines_for(meeting, notice_days, 14, true, true, justerad, anslag, out);
}

void deadlines_for(struct nd_date meeting, int notice_days, int justering_days,
		   bool anslag, bool appeal, const struct nd_date *justerad,
		   const struct nd_date *anslag_on, struct nd_deadlines *out)
{
	struct nd_date base;

	/* No date lands on a day the office is closed. Justering (KL 5:69),
	 * anslag (KL 8:12) and the appeal period (KL 13:5) are statutory
	 * periods: one whose last day is closed runs to the next weekday
	 * (Lag 1930:173). The kallelse comes before the meeting, so its day
	 * moves back to the last open day. The notice comes down the first
	 * open day after the appeal period. */
	memset(out, 0, sizeof *out);
	out->kallelse_due = date_kallelse_due(meeting, notice_days);
	out->justering = justering_days > 0;
	if (out->justering)
		out->justering_due = date_next_open(date_add_days(meeting, justering_days));
	out->anslag = anslag && (justerad || out->justering);
	if (out->anslag) {
		base = justerad ? *justerad : out->justering_due;
		out->anslag_due = date_next_open(date_add_days(base, 2));
	}
	if (!anslag || (!anslag_on && !out->anslag))
		return;
	base = anslag_on ? *anslag_on : out->anslag_due;
	out->appeal = appeal;
	out->appeal_end = date_next_open(date_add_days(base, 21));
	out->takedown = date_next_open(date_add_days(out->appeal_end, 1));
}
