/* Sammanträdesplan dates as people write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "namnd/plan.h"

static void expect_dates(const char *text, int year, const char *const *want, size_t nwant)
{
	struct nd_date got[PLAN_MAX];
	size_t n;
	char buf[11];
	assert_int_equal(plan_parse_dates(text, year, got, PLAN_MAX, &n), ND_OK);
	assert_int_equal(n, nwant);
	for (size_t i = 0; i < n; i++) {
		date_format(got[i], buf);
		assert_string_equal(buf, want[i]);
	}
}

static void test_day_month_list(void **state)
{
	(void)state;
	const char *want[] = { "2024-01-17", "2024-02-21", "2024-03-20" };
	expect_dates("17/1, 21/2, 20/3", 2024, want, 3);
}

static void test_mixed_forms_and_separators_sorted(void **state)
{
	(void)state;
	const char *want[] = { "2024-02-07", "2024-05-02", "2024-12-11" };
	expect_dates("11/12;\n2024-05-02  7/2", 2024, want, 3);
}

static void test_leap_day(void **state)
{
	(void)state;
	const char *want[] = { "2024-02-29" };
	expect_dates("29/2", 2024, want, 1);
}

static void expect_error(const char *text, int year, const char *part)
{
	struct nd_date got[4];
	size_t n = 99;
	assert_int_equal(plan_parse_dates(text, year, got, 4, &n), ND_EINVAL);
	assert_int_equal(n, 0);
	if (!strstr(nd_errmsg(), part))
		fail_msg("message \"%s\" lacks \"%s\"", nd_errmsg(), part);
}

static void test_impossible_day_named_with_place(void **state)
{
	(void)state;
	expect_error("17/1, 30/2", 2024, "Datum nr 2 i planen, \"30/2\": februari 2024 har 29 dagar");
	expect_error("29/2", 2023, "februari 2023 har 28 dagar");
}

static void test_bad_entries(void **state)
{
	(void)state;
	expect_error("17/13", 2024, "månaden ska vara 1–12");
	expect_error("17 jan", 2024, "\"17\"");
	expect_error("2023-05-02", 2024, "inte i planens år");
	expect_error("17/1, 17/1", 2024, "finns redan");
	expect_error(" , ;", 2024, "inga datum");
	expect_error("1/1 2/1 3/1 4/1 5/1", 2024, "högst 4 datum");
	expect_error("1/1", 1800, "1900–2199");
}

static void test_iso_date_not_in_calendar(void **state)
{
	struct nd_date got[PLAN_MAX];
	size_t n;
	(void)state;
	assert_int_equal(plan_parse_dates("17/1, 2023-02-29", 2023, got, PLAN_MAX, &n), ND_EINVAL);
	assert_string_equal(nd_errmsg(), "Datum nr 2 i planen, \"2023-02-29\": den dagen "
			    "finns inte i kalendern.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso_date_not_in_calendar),
		cmocka_unit_test(test_day_month_list),
		cmocka_unit_test(test_mixed_forms_and_separators_sorted),
		cmocka_unit_test(test_leap_day),
		cmocka_unit_test(test_impossible_day_named_with_place),
		cmocka_unit_test(test_bad_entries),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
