/* The next deadline per meeting status (the Översikt column). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "namnd/deadline.h"

static struct nd_date D(int y, int m, int d)
{
	struct nd_date r = { y, m, d };
	return r;
}

static struct nd_next_deadline next(const char *status, struct nd_date today)
{
	/* Meeting Wednesday 2024-03-20, 7 days' notice, nothing done yet. */
	struct nd_deadlines dl;
	struct nd_next_deadline n;
	deadlines_compute(D(2024, 3, 20), 7, NULL, NULL, &dl);
	deadline_next(status, D(2024, 3, 20), &dl, today, &n);
	return n;
}

static void test_planned_meeting_waits_for_kallelse(void **state)
{
	(void)state;
	struct nd_next_deadline n = next("planerat", D(2024, 3, 12));
	assert_string_equal(n.what, "kallelse");
	assert_int_equal(date_cmp(n.date, D(2024, 3, 13)), 0);
	assert_false(n.overdue);
}

static void test_kallelse_late(void **state)
{
	(void)state;
	struct nd_next_deadline n = next("planerat", D(2024, 3, 14));
	assert_string_equal(n.what, "kallelse");
	assert_true(n.overdue);
}

static void test_called_meeting_has_nothing_due_before_the_day(void **state)
{
	(void)state;
	assert_null(next("kallat", D(2024, 3, 19)).what);
}

static void test_held_meeting_due_for_justering(void **state)
{
	(void)state;
	struct nd_next_deadline n = next("genomfört", D(2024, 3, 25));
	assert_string_equal(n.what, "justering");
	assert_int_equal(date_cmp(n.date, D(2024, 4, 3)), 0);
	assert_false(n.overdue);
	assert_true(next("genomfört", D(2024, 4, 4)).overdue);
	/* A meeting still marked kallat after its day also needs justering. */
	assert_string_equal(next("kallat", D(2024, 3, 21)).what, "justering");
}

static void test_justerat_due_for_anslag(void **state)
{
	(void)state;
	struct nd_deadlines dl;
	struct nd_next_deadline n;
	struct nd_date j = D(2024, 3, 25);
	deadlines_compute(D(2024, 3, 20), 7, &j, NULL, &dl);
	deadline_next("justerat", D(2024, 3, 20), &dl, D(2024, 3, 26), &n);
	assert_string_equal(n.what, "anslag");
	assert_int_equal(date_cmp(n.date, D(2024, 3, 27)), 0);
	deadline_next("justerat", D(2024, 3, 20), &dl, D(2024, 3, 28), &n);
	assert_true(n.overdue);
}

static void test_anslaget_shows_appeal_end_until_it_passes(void **state)
{
	(void)state;
	struct nd_deadlines dl;
	struct nd_next_deadline n;
	struct nd_date j = D(2024, 3, 25), a = D(2024, 3, 26);
	deadlines_compute(D(2024, 3, 20), 7, &j, &a, &dl);
	deadline_next("anslaget", D(2024, 3, 20), &dl, D(2024, 4, 1), &n);
	assert_string_equal(n.what, "överklagandetid");
	/* 2024-03-26 + 21 days = Tuesday 2024-04-16. */
	assert_int_equal(date_cmp(n.date, D(2024, 4, 16)), 0);
	deadline_next("anslaget", D(2024, 3, 20), &dl, D(2024, 4, 17), &n);
	assert_null(n.what);
}

static void test_archived_has_nothing(void **state)
{
	(void)state;
	assert_null(next("arkiverat", D(2025, 1, 1)).what);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_planned_meeting_waits_for_kallelse),
		cmocka_unit_test(test_kallelse_late),
		cmocka_unit_test(test_called_meeting_has_nothing_due_before_the_day),
		cmocka_unit_test(test_held_meeting_due_for_justering),
		cmocka_unit_test(test_justerat_due_for_anslag),
		cmocka_unit_test(test_anslaget_shows_appeal_end_until_it_passes),
		cmocka_unit_test(test_archived_has_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
