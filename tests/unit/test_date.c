/* Dates, holidays and statutory deadlines. Expected values are worked out
 * by hand from the calendar (e.g. 2024-01-01 was a Monday, Christmas Eve
 * 2024 a Tuesday) and the rules of LAW.md. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "namnd/date.h"
#include "namnd/err.h"

static struct nd_date D(int y, int m, int d)
{
	struct nd_date out = { y, m, d };
	return out;
}

/* Compares as text so a failure shows both dates. */
#define assert_date(got, y, m, d) do { \
	char g_[11], w_[11]; \
	date_format((got), g_); \
	date_format(D((y), (m), (d)), w_); \
	assert_string_equal(g_, w_); \
} while (0)

static void assert_msg_has(const char *needle)
{
	if (!strstr(nd_errmsg(), needle))
		fail_msg("message \"%s\" lacks \"%s\"", nd_errmsg(), needle);
}

static void parse_accepts_leap_day(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("2024-02-29", &d), ND_OK);
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
}

static void parse_refuses_feb_29_in_common_year(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("2023-02-29", &d), ND_EINVAL);
	assert_msg_has("\"2023-02-29\"");
	assert_msg_has("februari 2023 har 28 dagar");
}

static void parse_refuses_feb_30(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("2023-02-30", &d), ND_EINVAL);
	assert_string_equal(nd_errmsg(),
		"Ogiltigt datum: \"2023-02-30\" (februari 2023 har 28 dagar)");
}

static void parse_refuses_april_31(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("2023-04-31", &d), ND_EINVAL);
	assert_msg_has("april 2023 har 30 dagar");
}

static void parse_refuses_bad_month_and_day_zero(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("2023-13-01", &d), ND_EINVAL);
	assert_msg_has("\"2023-13-01\"");
	assert_int_equal(date_parse("2023-00-10", &d), ND_EINVAL);
	assert_int_equal(date_parse("2023-01-00", &d), ND_EINVAL);
	assert_string_equal(nd_errmsg(),
		"Ogiltigt datum: \"2023-01-00\" (dag 01–31)");
}

static void parse_is_strict_about_shape(void **state)
{
	static const char *bad[] = {
		"", "2023-1-5", "20230105", "2023-01-05 ", " 2023-01-05",
		"2023/01/05", "05-01-2023", "2023-01-5x", "2023-01-055",
		"abcd-ef-gh",
	};
	struct nd_date d;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(date_parse(bad[i], &d), ND_EINVAL);
	assert_int_equal(date_parse(NULL, &d), ND_EINVAL);
}

static void parse_year_range_is_1900_to_2199(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(date_parse("1900-01-01", &d), ND_OK);
	assert_int_equal(date_parse("2199-12-31", &d), ND_OK);
	assert_int_equal(date_parse("1899-12-31", &d), ND_EINVAL);
	assert_int_equal(date_parse("2200-01-01", &d), ND_EINVAL);
}

static void format_pads_with_zeros(void **state)
{
	char buf[11];
	(void)state;
	date_format(D(2024, 3, 5), buf);
	assert_string_equal(buf, "2024-03-05");
	date_format(D(2023, 12, 6), buf);
	assert_string_equal(buf, "2023-12-06");
}

static void leap_years_follow_gregorian_rule(void **state)
{
	(void)state;
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(2023, 2), 28);
	assert_int_equal(date_days_in_month(2000, 2), 29); /* div. by 400 */
	assert_int_equal(date_days_in_month(1900, 2), 28); /* div. by 100 */
	assert_int_equal(date_days_in_month(2100, 2), 28);
	assert_int_equal(date_days_in_month(2023, 4), 30);
	assert_int_equal(date_days_in_month(2023, 12), 31);
	assert_int_equal(date_days_in_month(2023, 13), 0);
}

static void valid_checks_calendar_and_range(void **state)
{
	(void)state;
	assert_true(date_valid(D(2024, 2, 29)));
	assert_false(date_valid(D(2023, 2, 29)));
	assert_false(date_valid(D(2023, 0, 1)));
	assert_false(date_valid(D(2023, 6, 31)));
	assert_false(date_valid(D(1899, 12, 31)));
}

static void days_count_from_1970(void **state)
{
	(void)state;
	assert_int_equal(date_to_days(D(1970, 1, 1)), 0);
	assert_int_equal(date_to_days(D(1970, 1, 2)), 1);
	assert_int_equal(date_to_days(D(1969, 12, 31)), -1);
	/* 30 years with 7 leap days (1972 … 1996). */
	assert_int_equal(date_to_days(D(2000, 1, 1)), 10957);
	/* 70 years with 17 leap days (1904 … 1968). */
	assert_int_equal(date_to_days(D(1900, 1, 1)), -25567);
}

static void days_convert_back(void **state)
{
	(void)state;
	assert_date(date_from_days(0), 1970, 1, 1);
	assert_date(date_from_days(-1), 1969, 12, 31);
	assert_date(date_from_days(10957), 2000, 1, 1);
	assert_date(date_from_days(-25567), 1900, 1, 1);
	assert_date(date_from_days(date_to_days(D(2024, 2, 29))), 2024, 2, 29);
	assert_date(date_from_days(date_to_days(D(2199, 12, 31))), 2199, 12, 31);
}

static void add_days_crosses_months_and_years(void **state)
{
	(void)state;
	assert_date(date_add_days(D(2023, 12, 31), 1), 2024, 1, 1);
	assert_date(date_add_days(D(2024, 2, 28), 1), 2024, 2, 29);
	assert_date(date_add_days(D(2023, 2, 28), 1), 2023, 3, 1);
	assert_date(date_add_days(D(2024, 3, 1), -1), 2024, 2, 29);
	assert_date(date_add_days(D(2024, 1, 26), 21), 2024, 2, 16);
}

static void diff_and_cmp(void **state)
{
	(void)state;
	assert_int_equal(date_diff(D(2024, 3, 1), D(2024, 2, 1)), 29);
	assert_int_equal(date_diff(D(2023, 3, 1), D(2023, 2, 1)), 28);
	assert_int_equal(date_diff(D(2025, 1, 1), D(2024, 1, 1)), 366);
	assert_int_equal(date_diff(D(2024, 1, 1), D(2025, 1, 1)), -366);
	assert_true(date_cmp(D(2023, 12, 31), D(2024, 1, 1)) < 0);
	assert_true(date_cmp(D(2024, 2, 1), D(2024, 1, 31)) > 0);
	assert_int_equal(date_cmp(D(2024, 5, 5), D(2024, 5, 5)), 0);
}

static void weekday_of_known_dates(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(D(1970, 1, 1)), 4); /* Thursday */
	assert_int_equal(date_weekday(D(2024, 1, 1)), 1); /* Monday */
	assert_int_equal(date_weekday(D(2000, 1, 1)), 6); /* Saturday */
	assert_int_equal(date_weekday(D(2023, 12, 6)), 3); /* Wednesday */
	assert_int_equal(date_weekday(D(2024, 12, 24)), 2); /* Tuesday */
	assert_int_equal(date_weekday(D(1969, 12, 28)), 7); /* Sunday */
}

static void swedish_names(void **state)
{
	(void)state;
	assert_string_equal(date_weekday_name(1), "måndag");
	assert_string_equal(date_weekday_name(6), "lördag");
	assert_string_equal(date_weekday_name(7), "söndag");
	assert_string_equal(date_weekday_name(0), "");
	assert_string_equal(date_month_name(1), "januari");
	assert_string_equal(date_month_name(8), "augusti");
	assert_string_equal(date_month_name(12), "december");
	assert_string_equal(date_month_name(13), "");
	assert_string_equal(date_weekday_name(date_weekday(D(2023, 12, 6))),
			    "onsdag");
}

static void today_follows_namnd_today(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(setenv("NAMND_TODAY", "2024-02-29", 1), 0);
	assert_int_equal(date_today(&d), ND_OK);
	assert_date(d, 2024, 2, 29);
	unsetenv("NAMND_TODAY");
}

static void today_refuses_bad_namnd_today(void **state)
{
	struct nd_date d;
	(void)state;
	assert_int_equal(setenv("NAMND_TODAY", "2024-02-30", 1), 0);
	assert_int_equal(date_today(&d), ND_EINVAL);
	assert_msg_has("NAMND_TODAY");
	assert_msg_has("\"2024-02-30\"");
	unsetenv("NAMND_TODAY");
}

static void today_without_env_is_a_real_date(void **state)
{
	struct nd_date d;
	(void)state;
	unsetenv("NAMND_TODAY");
	assert_int_equal(date_today(&d), ND_OK);
	assert_true(date_valid(d));
	assert_true(d.y >= 2024);
}

static void easter_sundays(void **state)
{
	(void)state;
	assert_date(date_easter(2024), 2024, 3, 31);
	assert_date(date_easter(2025), 2025, 4, 20);
	assert_date(date_easter(2026), 2026, 4, 5);
	assert_date(date_easter(2023), 2023, 4, 9);
	assert_date(date_easter(2008), 2008, 3, 23); /* early */
	assert_date(date_easter(2038), 2038, 4, 25); /* latest possible */
}

static void easter_holidays_2024(void **state)
{
	const char *name = NULL;
	(void)state;
	assert_true(date_is_public_holiday(D(2024, 3, 29), &name));
	assert_string_equal(name, "långfredagen");
	assert_true(date_is_public_holiday(D(2024, 3, 31), &name));
	assert_string_equal(name, "påskdagen");
	assert_true(date_is_public_holiday(D(2024, 4, 1), &name));
	assert_string_equal(name, "annandag påsk");
	assert_true(date_is_public_holiday(D(2024, 5, 9), &name));
	assert_string_equal(name, "Kristi himmelsfärdsdag");
	assert_true(date_is_public_holiday(D(2024, 5, 19), &name));
	assert_string_equal(name, "pingstdagen");
	/* Skärtorsdagen and påskafton are not holidays. */
	assert_false(date_is_public_holiday(D(2024, 3, 28), NULL));
	assert_false(date_is_public_holiday(D(2024, 3, 30), NULL));
	/* Annandag pingst is no longer a holiday. */
	assert_false(date_is_public_holiday(D(2024, 5, 20), NULL));
}

static void fixed_holidays_2024(void **state)
{
	static const struct { int m, d; const char *name; } fixed[] = {
		{ 1, 1, "nyårsdagen" }, { 1, 6, "trettondedag jul" },
		{ 5, 1, "första maj" }, { 6, 6, "nationaldagen" },
		{ 12, 25, "juldagen" }, { 12, 26, "annandag jul" },
	};
	const char *name;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		name = NULL;
		assert_true(date_is_public_holiday(D(2024, fixed[i].m, fixed[i].d),
						   &name));
		assert_string_equal(name, fixed[i].name);
	}
}

static void midsommardagen_is_saturday_20_to_26_june(void **state)
{
	const char *name = NULL;
	(void)state;
	assert_true(date_is_public_holiday(D(2024, 6, 22), &name));
	assert_string_equal(name, "midsommardagen");
	assert_true(date_is_public_holiday(D(2015, 6, 20), &name));
	assert_string_equal(name, "midsommardagen");
	assert_true(date_is_public_holiday(D(2021, 6, 26), &name));
	assert_string_equal(name, "midsommardagen");
	/* 2024-06-29 is a Saturday, but outside 20–26 June. */
	assert_false(date_is_public_holiday(D(2024, 6, 29), NULL));
	/* Midsommarafton is closed, but not a public holiday. */
	assert_false(date_is_public_holiday(D(2024, 6, 21), NULL));
}

static void alla_helgons_dag_is_saturday_31_oct_to_6_nov(void **state)
{
	const char *name = NULL;
	(void)state;
	assert_true(date_is_public_holiday(D(2023, 11, 4), &name));
	assert_string_equal(name, "alla helgons dag");
	assert_true(date_is_public_holiday(D(2024, 11, 2), &name));
	assert_string_equal(name, "alla helgons dag");
	assert_true(date_is_public_holiday(D(2020, 10, 31), &name));
	assert_string_equal(name, "alla helgons dag");
	/* 1 November itself is a weekday in 2023 (Wednesday). */
	assert_false(date_is_public_holiday(D(2023, 11, 1), NULL));
}

static void plain_sunday_is_reported_as_sondag(void **state)
{
	const char *name = NULL;
	(void)state;
	assert_true(date_is_public_holiday(D(2024, 1, 7), &name));
	assert_string_equal(name, "söndag");
	/* A named holiday on a Sunday keeps its name. */
	assert_true(date_is_public_holiday(D(2024, 3, 31), &name));
	assert_string_equal(name, "påskdagen");
}

static void ordinary_days_are_not_holidays(void **state)
{
	const char *name = "unchanged";
	(void)state;
	assert_false(date_is_public_holiday(D(2024, 1, 2), &name));
	assert_string_equal(name, "unchanged");
	assert_false(date_is_public_holiday(D(2024, 1, 13), NULL)); /* Sat */
	assert_false(date_is_public_holiday(D(2024, 12, 24), NULL));
	assert_false(date_is_public_holiday(D(2024, 12, 31), NULL));
}

static void closed_days(void **state)
{
	(void)state;
	assert_true(date_is_closed(D(2024, 1, 13)));  /* Saturday */
	assert_true(date_is_closed(D(2024, 1, 14)));  /* Sunday */
	assert_true(date_is_closed(D(2024, 5, 9)));   /* Kristi himmelsfärd */
	assert_true(date_is_closed(D(2024, 6, 21)));  /* midsommarafton */
	assert_true(date_is_closed(D(2024, 12, 24))); /* julafton, Tuesday */
	assert_true(date_is_closed(D(2024, 12, 31))); /* nyårsafton, Tuesday */
	assert_true(date_is_closed(D(2024, 6, 6)));   /* nationaldagen */
	assert_false(date_is_closed(D(2024, 1, 15))); /* Monday */
	assert_false(date_is_closed(D(2024, 5, 10))); /* klämdag: open */
	assert_false(date_is_closed(D(2024, 3, 28))); /* skärtorsdagen */
	assert_false(date_is_closed(D(2024, 12, 23)));
}

static void eve_names(void **state)
{
	(void)state;
	assert_string_equal(date_eve_name(D(2024, 6, 21)), "midsommarafton");
	assert_string_equal(date_eve_name(D(2024, 12, 24)), "julafton");
	assert_string_equal(date_eve_name(D(2024, 12, 31)), "nyårsafton");
	assert_null(date_eve_name(D(2024, 6, 22))); /* midsommardagen: a holiday, no eve */
	assert_null(date_eve_name(D(2024, 12, 23)));
}

/* Midsommarafton is the Friday 19–25 June: 2015-06-19 and 2021-06-25;
 * Friday 2021-06-18 is an ordinary day. */
static void midsommarafton_is_friday_19_to_25_june(void **state)
{
	(void)state;
	assert_true(date_is_closed(D(2015, 6, 19)));
	assert_true(date_is_closed(D(2021, 6, 25)));
	assert_false(date_is_closed(D(2021, 6, 18)));
	assert_false(date_is_closed(D(2024, 6, 28)));
}

static void next_open_skips_closed_runs(void **state)
{
	(void)state;
	assert_date(date_next_open(D(2024, 1, 15)), 2024, 1, 15);
	assert_date(date_next_open(D(2024, 1, 13)), 2024, 1, 15);
	assert_date(date_next_open(D(2024, 3, 29)), 2024, 4, 2);
	assert_date(date_next_open(D(2024, 12, 24)), 2024, 12, 27);
	assert_date(date_next_open(D(2024, 12, 31)), 2025, 1, 2);
	assert_date(date_next_open(D(2024, 6, 21)), 2024, 6, 24);
}

static void time_parse_accepts_dot_colon_and_one_digit_hour(void **state)
{
	int m = -1;
	(void)state;
	assert_int_equal(time_parse("08.15", &m), ND_OK);
	assert_int_equal(m, 495);
	m = -1;
	assert_int_equal(time_parse("08:15", &m), ND_OK);
	assert_int_equal(m, 495);
	m = -1;
	assert_int_equal(time_parse("8.15", &m), ND_OK);
	assert_int_equal(m, 495);
	assert_int_equal(time_parse("00.00", &m), ND_OK);
	assert_int_equal(m, 0);
	assert_int_equal(time_parse("23:59", &m), ND_OK);
	assert_int_equal(m, 1439);
}

static void time_parse_refuses_hour_25(void **state)
{
	int m;
	(void)state;
	assert_int_equal(time_parse("25:00", &m), ND_EINVAL);
	assert_string_equal(nd_errmsg(), "Ogiltig tid: \"25:00\" (timme 00–23)");
	assert_int_equal(time_parse("24.00", &m), ND_EINVAL);
}

static void time_parse_refuses_minute_60(void **state)
{
	int m;
	(void)state;
	assert_int_equal(time_parse("08.60", &m), ND_EINVAL);
	assert_msg_has("\"08.60\"");
	assert_msg_has("minut 00–59");
}

static void time_parse_refuses_bad_shapes(void **state)
{
	static const char *bad[] = {
		"0815", "8", "", "-1.00", "08.5", "08.155", "8:15 ", " 8.15",
		"123.00", "08-15", ".15", "08.", "08,15",
	};
	size_t i;
	int m;
	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (time_parse(bad[i], &m) != ND_EINVAL)
			fail_msg("\"%s\" accepted", bad[i]);
	}
	assert_int_equal(time_parse(NULL, &m), ND_EINVAL);
	assert_int_equal(time_parse("0815", &m), ND_EINVAL);
	assert_msg_has("\"0815\"");
}

static void time_format_with_either_separator(void **state)
{
	char buf[6];
	(void)state;
	time_format(495, '.', buf);
	assert_string_equal(buf, "08.15");
	time_format(495, ':', buf);
	assert_string_equal(buf, "08:15");
	time_format(0, '.', buf);
	assert_string_equal(buf, "00.00");
	time_format(1439, '.', buf);
	assert_string_equal(buf, "23.59");
	time_format(13 * 60 + 5, '.', buf);
	assert_string_equal(buf, "13.05");
}

/* Meeting Wednesday 2024-01-10, nothing done yet: the appeal period ends
 * Friday 02-16, so the notice comes down Monday 02-19, not Saturday. */
static void deadlines_plain_case(void **state)
{
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 1, 10), 7, NULL, NULL, &dl);
	assert_date(dl.kallelse_due, 2024, 1, 3);
	assert_date(dl.justering_due, 2024, 1, 24);
	assert_date(dl.anslag_due, 2024, 1, 26);
	assert_date(dl.appeal_end, 2024, 2, 16);
	assert_date(dl.takedown, 2024, 2, 19);
}

/* A body's own rules (a samverkansråd set to 30 days and an anslag, no
 * appeal period): justering Friday 2024-04-19, the anslag Monday 04-22
 * (04-21 is a Sunday), no appeal period; without a justering deadline
 * nothing is due until the justering is made. */
static void deadlines_under_own_rules(void **state)
{
	struct nd_date just = D(2024, 4, 30);
	struct nd_deadlines dl;
	(void)state;
	deadlines_for(D(2024, 3, 20), 7, 30, true, false, NULL, NULL, &dl);
	assert_true(dl.justering && dl.anslag && !dl.appeal);
	assert_date(dl.justering_due, 2024, 4, 19);
	assert_date(dl.anslag_due, 2024, 4, 22);
	assert_date(dl.takedown, 2024, 5, 14);
	deadlines_for(D(2024, 3, 20), 7, 0, true, true, NULL, NULL, &dl);
	assert_true(!dl.justering && !dl.anslag && !dl.appeal);
	deadlines_for(D(2024, 3, 20), 7, 0, true, true, &just, NULL, &dl);
	assert_true(!dl.justering && dl.anslag && dl.appeal);
	assert_date(dl.anslag_due, 2024, 5, 2);
	deadlines_for(D(2024, 3, 20), 7, 0, false, false, &just, NULL, &dl);
	assert_true(!dl.justering && !dl.anslag && !dl.appeal);
	deadlines_compute(D(2024, 3, 20), 7, NULL, NULL, &dl);
	assert_true(dl.justering && dl.anslag && dl.appeal);
}

static void deadlines_use_actual_justering_and_anslag(void **state)
{
	struct nd_date just = D(2024, 1, 15), ansl = D(2024, 1, 16);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 1, 10), 7, &just, NULL, &dl);
	assert_date(dl.anslag_due, 2024, 1, 17);
	assert_date(dl.appeal_end, 2024, 2, 7);
	deadlines_compute(D(2024, 1, 10), 7, &just, &ansl, &dl);
	assert_date(dl.anslag_due, 2024, 1, 17);
	assert_date(dl.appeal_end, 2024, 2, 6);
	assert_date(dl.takedown, 2024, 2, 7);
}

/* Justerad Thursday 2024-02-01: the second day after is Saturday 02-03,
 * so the anslag may go up on Monday 02-05 (Lag 1930:173), whose 21st
 * day is Monday 02-26. Put up on Saturday 02-03 all the same (a web
 * anslagstavla), the 21st day is Saturday 02-24; the period runs to
 * Monday and the notice comes down on Tuesday. */
static void appeal_ending_on_saturday_moves_to_monday(void **state)
{
	struct nd_date just = D(2024, 2, 1), ansl = D(2024, 2, 3);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 1, 25), 7, &just, NULL, &dl);
	assert_date(dl.anslag_due, 2024, 2, 5);
	assert_date(dl.appeal_end, 2024, 2, 26);
	assert_date(dl.takedown, 2024, 2, 27);
	deadlines_compute(D(2024, 1, 25), 7, &just, &ansl, &dl);
	assert_date(dl.appeal_end, 2024, 2, 26);
	assert_date(dl.takedown, 2024, 2, 27);
}

static void appeal_ending_on_julafton_moves_past_christmas(void **state)
{
	struct nd_date ansl = D(2024, 12, 3);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 11, 20), 7, NULL, &ansl, &dl);
	assert_date(dl.appeal_end, 2024, 12, 27);
	/* Friday 12-27; Saturday and Sunday follow: down on Monday. */
	assert_date(dl.takedown, 2024, 12, 30);
}

static void appeal_ending_on_nyarsafton_moves_to_january_2(void **state)
{
	struct nd_date ansl = D(2024, 12, 10);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 11, 27), 7, NULL, &ansl, &dl);
	assert_date(dl.appeal_end, 2025, 1, 2);
	assert_date(dl.takedown, 2025, 1, 3);
}

static void appeal_ending_on_midsommarafton_moves_to_monday(void **state)
{
	struct nd_date ansl = D(2024, 5, 31);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 5, 20), 7, NULL, &ansl, &dl);
	assert_date(dl.appeal_end, 2024, 6, 24);
}

/* 21st day långfredagen 2024-03-29: Saturday, påskdagen and annandag påsk
 * follow, so the period runs to Tuesday 04-02. */
static void appeal_ending_on_langfredag_skips_easter(void **state)
{
	struct nd_date ansl = D(2024, 3, 8);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 2, 26), 7, NULL, &ansl, &dl);
	assert_date(dl.appeal_end, 2024, 4, 2);
	assert_date(dl.takedown, 2024, 4, 3);
}

static void appeal_ending_on_ascension_day_moves_to_friday(void **state)
{
	struct nd_date ansl = D(2024, 4, 18);
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 4, 8), 7, NULL, &ansl, &dl);
	assert_date(dl.appeal_end, 2024, 5, 10);
}

/* No derived date on a closed day. Justering due on julafton runs past
 * juldagen and annandag jul to Friday 12-27 (Lag 1930:173); its second
 * day after is Sunday 12-29, so the anslag is due Monday 12-30, whose
 * 21st day is Monday 2025-01-20. */
static void no_deadline_on_a_closed_day(void **state)
{
	struct nd_deadlines dl;
	(void)state;
	deadlines_compute(D(2024, 12, 10), 14, NULL, NULL, &dl);
	assert_date(dl.kallelse_due, 2024, 11, 26);
	assert_date(dl.justering_due, 2024, 12, 27);
	assert_date(dl.anslag_due, 2024, 12, 30);
	assert_date(dl.appeal_end, 2025, 1, 20);
	assert_date(dl.takedown, 2025, 1, 21);
	/* Five days' notice before Thursday 2024-06-13 is a Saturday: out on
	 * Friday 06-07 (Thursday 06-06 is nationaldagen, Friday is open). */
	deadlines_compute(D(2024, 6, 13), 5, NULL, NULL, &dl);
	assert_date(dl.kallelse_due, 2024, 6, 7);
	/* Seven days' notice before the same Thursday is Thursday 06-06,
	 * nationaldagen: out on Wednesday 06-05. */
	deadlines_compute(D(2024, 6, 13), 7, NULL, NULL, &dl);
	assert_date(dl.kallelse_due, 2024, 6, 5);
	/* Justerad on Friday 2024-03-15: the second day after is a Sunday,
	 * the anslag is due on Monday. */
	struct nd_date just = D(2024, 3, 15);
	deadlines_compute(D(2024, 3, 6), 7, &just, NULL, &dl);
	assert_date(dl.anslag_due, 2024, 3, 18);
}

static void time_ranges_as_written(void **state)
{
	int f = -1, t = -1;
	(void)state;
	assert_int_equal(time_range_parse("08.05-08.10", &f, &t), ND_OK);
	assert_int_equal(f, 8 * 60 + 5);
	assert_int_equal(t, 8 * 60 + 10);
	assert_int_equal(time_range_parse(" 08:05–08:10 ", &f, &t), ND_OK);
	assert_int_equal(t, 8 * 60 + 10);
	assert_int_equal(time_range_parse("kl. 9.20 — 9.10", &f, &t), ND_OK);
	assert_int_equal(f, 9 * 60 + 20); /* end before start: the caller's to judge */
	assert_int_equal(t, 9 * 60 + 10);
	assert_int_equal(time_range_parse("9.50 - 10.05", &f, &t), ND_OK);
	assert_int_equal(t, 10 * 60 + 5);
}

static void time_ranges_refused(void **state)
{
	int f, t;
	(void)state;
	assert_int_equal(time_range_parse("09-10-09.15", &f, &t), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "\"09-10-09.15\" går inte att läsa"));
	assert_int_equal(time_range_parse("08.05", &f, &t), ND_EINVAL);
	assert_int_equal(time_range_parse("08.05-", &f, &t), ND_EINVAL);
	assert_int_equal(time_range_parse("24.00-24.10", &f, &t), ND_EINVAL);
	assert_int_equal(time_range_parse("", &f, &t), ND_EINVAL);
	assert_int_equal(time_range_parse(NULL, &f, &t), ND_EINVAL);
	assert_int_equal(time_range_parse("08.05-08.10-08.15", &f, &t), ND_EINVAL);
}

/* More hand-computed appeal ends (anslag + 21 days, then the next open
 * day), in 2025 and across New Year 2025/2026:
 *   Easter 2025 is 20 April: anslag Friday 2025-03-28 → 21st day
 *   långfredagen 04-18; 19 Saturday, 20 påskdagen, 21 annandag påsk →
 *   Tuesday 04-22.
 *   Anslag Monday 2024-03-11 → annandag påsk 2024-04-01 → Tuesday 04-02.
 *   Midsommarafton 2025 is Friday 06-20: anslag Friday 2025-05-30 → 06-20;
 *   21 midsommardagen, 22 Sunday → Monday 06-23.
 *   Anslag Wednesday 2025-12-10 → nyårsafton 12-31; nyårsdagen 2026-01-01
 *   → Friday 2026-01-02.
 *   Anslag Monday 2024-12-16 → trettondedag jul 2025-01-06 (Monday) →
 *   Tuesday 01-07.
 *   Kristi himmelsfärd 2025 is 04-20 + 39 = Thursday 05-29: anslag
 *   Thursday 05-08 → 05-29 → Friday 05-30. */
static void appeal_ends_across_holidays_2025(void **state)
{
	/* down: the first open day after the end (Friday 2026-01-02 →
	 * Monday 01-05; Friday 2025-05-30 → Monday 06-02). */
	static const struct { struct nd_date anslag, end, down; } cases[] = {
		{ { 2025, 3, 28 }, { 2025, 4, 22 }, { 2025, 4, 23 } },
		{ { 2024, 3, 11 }, { 2024, 4, 2 }, { 2024, 4, 3 } },
		{ { 2025, 5, 30 }, { 2025, 6, 23 }, { 2025, 6, 24 } },
		{ { 2025, 12, 10 }, { 2026, 1, 2 }, { 2026, 1, 5 } },
		{ { 2024, 12, 16 }, { 2025, 1, 7 }, { 2025, 1, 8 } },
		{ { 2025, 5, 8 }, { 2025, 5, 30 }, { 2025, 6, 2 } },
	};
	struct nd_deadlines dl;
	(void)state;
	assert_date(date_easter(2025), 2025, 4, 20);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct nd_date meeting = date_add_days(cases[i].anslag, -10);
		deadlines_compute(meeting, 7, NULL, &cases[i].anslag, &dl);
		assert_date(dl.appeal_end, cases[i].end.y, cases[i].end.m, cases[i].end.d);
		assert_date(dl.takedown, cases[i].down.y, cases[i].down.m, cases[i].down.d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(time_ranges_as_written),
		cmocka_unit_test(time_ranges_refused),
		cmocka_unit_test(parse_accepts_leap_day),
		cmocka_unit_test(parse_refuses_feb_29_in_common_year),
		cmocka_unit_test(parse_refuses_feb_30),
		cmocka_unit_test(parse_refuses_april_31),
		cmocka_unit_test(parse_refuses_bad_month_and_day_zero),
		cmocka_unit_test(parse_is_strict_about_shape),
		cmocka_unit_test(parse_year_range_is_1900_to_2199),
		cmocka_unit_test(format_pads_with_zeros),
		cmocka_unit_test(leap_years_follow_gregorian_rule),
		cmocka_unit_test(valid_checks_calendar_and_range),
		cmocka_unit_test(days_count_from_1970),
		cmocka_unit_test(days_convert_back),
		cmocka_unit_test(add_days_crosses_months_and_years),
		cmocka_unit_test(diff_and_cmp),
		cmocka_unit_test(weekday_of_known_dates),
		cmocka_unit_test(swedish_names),
		cmocka_unit_test(today_follows_namnd_today),
		cmocka_unit_test(today_refuses_bad_namnd_today),
		cmocka_unit_test(today_without_env_is_a_real_date),
		cmocka_unit_test(easter_sundays),
		cmocka_unit_test(easter_holidays_2024),
		cmocka_unit_test(fixed_holidays_2024),
		cmocka_unit_test(midsommardagen_is_saturday_20_to_26_june),
		cmocka_unit_test(alla_helgons_dag_is_saturday_31_oct_to_6_nov),
		cmocka_unit_test(plain_sunday_is_reported_as_sondag),
		cmocka_unit_test(ordinary_days_are_not_holidays),
		cmocka_unit_test(closed_days),
		cmocka_unit_test(eve_names),
		cmocka_unit_test(midsommarafton_is_friday_19_to_25_june),
		cmocka_unit_test(next_open_skips_closed_runs),
		cmocka_unit_test(time_parse_accepts_dot_colon_and_one_digit_hour),
		cmocka_unit_test(time_parse_refuses_hour_25),
		cmocka_unit_test(time_parse_refuses_minute_60),
		cmocka_unit_test(time_parse_refuses_bad_shapes),
		cmocka_unit_test(time_format_with_either_separator),
		cmocka_unit_test(deadlines_plain_case),
		cmocka_unit_test(deadlines_use_actual_justering_and_anslag),
		cmocka_unit_test(deadlines_under_own_rules),
		cmocka_unit_test(appeal_ending_on_saturday_moves_to_monday),
		cmocka_unit_test(appeal_ending_on_julafton_moves_past_christmas),
		cmocka_unit_test(appeal_ending_on_nyarsafton_moves_to_january_2),
		cmocka_unit_test(appeal_ending_on_midsommarafton_moves_to_monday),
		cmocka_unit_test(appeal_ending_on_langfredag_skips_easter),
		cmocka_unit_test(appeal_ending_on_ascension_day_moves_to_friday),
		cmocka_unit_test(no_deadline_on_a_closed_day),
		cmocka_unit_test(appeal_ends_across_holidays_2025),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
