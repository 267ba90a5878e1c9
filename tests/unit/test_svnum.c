/* Swedish numbers as the controller's files write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "namnd/svnum.h"

static void expect_num(const char *s, int64_t cents, enum sv_unit unit)
{
	struct sv_num n;
	if (sv_num_parse(s, &n) != ND_OK)
		fail_msg("\"%s\" refused: %s", s, nd_errmsg());
	assert_false(n.empty);
	if (n.cents != cents)
		fail_msg("\"%s\": got %lld, want %lld", s, (long long)n.cents, (long long)cents);
	assert_int_equal(n.unit, unit);
}

static void test_seed_figures(void **state)
{
	(void)state;
	expect_num("-795 480", -79548000, SV_UNIT_NONE);
	expect_num("2 665", 266500, SV_UNIT_NONE);
	expect_num("223", 22300, SV_UNIT_NONE);
	expect_num("0", 0, SV_UNIT_NONE);
	expect_num("-1 010 299", -101029900, SV_UNIT_NONE);
}

static void test_separators_and_signs(void **state)
{
	(void)state;
	expect_num("1\xC2\xA0" "234,5", 123450, SV_UNIT_NONE);      /* U+00A0 */
	expect_num("-1\xE2\x80\xAF" "234", -123400, SV_UNIT_NONE);  /* U+202F */
	expect_num("\xE2\x88\x92" "8 078", -807800, SV_UNIT_NONE);  /* U+2212 */
	expect_num("\xE2\x80\x93" "5", -500, SV_UNIT_NONE);         /* U+2013 */
	expect_num("+400", 40000, SV_UNIT_NONE);
	expect_num("1234567", 123456700, SV_UNIT_NONE);
	expect_num(" \t7 115\xC2\xA0 ", 711500, SV_UNIT_NONE);
	expect_num("0,5", 50, SV_UNIT_NONE);
	expect_num("-12,25", -1225, SV_UNIT_NONE);
	expect_num("007", 700, SV_UNIT_NONE);
	expect_num("99 999 999 999,99", SV_NUM_MAX, SV_UNIT_NONE);
	/* A space after the sign, as reports set it (seed 003: "– 614"). */
	expect_num("\xE2\x80\x93 614", -61400, SV_UNIT_NONE);        /* U+2013 */
	expect_num("- 5", -500, SV_UNIT_NONE);
	expect_num("\xE2\x88\x92\xC2\xA0" "1 000", -100000, SV_UNIT_NONE); /* U+2212 NBSP */
}

static void test_units(void **state)
{
	(void)state;
	expect_num("-6 892 tkr", -689200, SV_UNIT_TKR);
	expect_num("500kr", 50000, SV_UNIT_KR);
	expect_num("1 000 TKR", 100000, SV_UNIT_TKR);
	expect_num("12,50 Kr", 1250, SV_UNIT_KR);
	expect_num("2,4 mnkr", 240, SV_UNIT_MNKR);
	expect_num("-24,0 Mkr", -2400, SV_UNIT_MNKR);
	expect_num("\xE2\x80\x93 13,9 mkr", -1390, SV_UNIT_MNKR);
}

static void test_empty_and_accounting_zero(void **state)
{
	(void)state;
	struct sv_num n;
	assert_int_equal(sv_num_parse("", &n), ND_OK);
	assert_true(n.empty);
	assert_int_equal(sv_num_parse(" \xC2\xA0 ", &n), ND_OK);
	assert_true(n.empty);
	assert_int_equal(sv_num_parse(NULL, &n), ND_OK);
	assert_true(n.empty);
	/* Excel's accounting format writes zero as a dash: a value, not empty. */
	assert_int_equal(sv_num_parse(" - ", &n), ND_OK);
	assert_false(n.empty);
	assert_int_equal(n.cents, 0);
}

static void expect_refused(const char *s, const char *why)
{
	struct sv_num n;
	if (sv_num_parse(s, &n) != ND_EINVAL)
		fail_msg("\"%s\" was accepted as %lld", s, (long long)n.cents);
	if (!strstr(nd_errmsg(), why))
		fail_msg("\"%s\": message \"%s\" lacks \"%s\"", s, nd_errmsg(), why);
}

static void test_refused(void **state)
{
	(void)state;
	expect_refused("1.234,5", "punkt");
	expect_refused("1234.5", "punkt");
	expect_refused("12 34", "tre och tre");
	expect_refused("1 2345", "tre och tre");
	expect_refused("1234 567", "tre och tre");
	expect_refused("12  345", "tre och tre");
	expect_refused("--5", "två tecken");
	expect_refused("\xE2\x88\x92-5", "två tecken");
	expect_refused("abc", "annat än siffror");
	expect_refused("Summa", "annat än siffror");
	expect_refused("5 tkr extra", "annat än siffror");
	expect_refused("1,234", "högst två decimaler");
	expect_refused("5,", "decimaler saknas");
	expect_refused(",5", "siffror saknas");
	expect_refused("1,2,3", "två decimalkomman");
	expect_refused("5-", "mitt i talet");
	expect_refused("100 000 000 000", "för stort");
	expect_refused("tkr", "enhet utan tal");
	/* The message quotes the text as written. */
	expect_refused("12 34", "\"12 34\"");
}

static void expect_fmt(int64_t cents, int decimals, const char *want)
{
	char buf[SV_NUM_BUF];
	size_t n = sv_num_format(cents, decimals, buf, sizeof buf);
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void test_format(void **state)
{
	(void)state;
	expect_fmt(-79548000, 0, "-795 480");
	expect_fmt(266500, 0, "2 665");
	expect_fmt(0, 0, "0");
	expect_fmt(40000, 0, "400");
	expect_fmt(-101029900, 0, "-1 010 299");
	expect_fmt(266550, 2, "2 665,50");
	expect_fmt(-5, 2, "-0,05");
	expect_fmt(-49, 0, "0");     /* no "-0" */
	expect_fmt(-50, 0, "-1");    /* half away from zero */
	expect_fmt(150, 0, "2");
	expect_fmt(SV_NUM_MAX, 2, "99 999 999 999,99");
	char buf[SV_NUM_BUF];
	sv_num_format(INT64_MIN, 2, buf, sizeof buf);
	assert_string_equal(buf, "-92 233 720 368 547 758,08");
	/* A short buffer is cut, never overrun. */
	char small[4];
	assert_int_equal(sv_num_format(-79548000, 0, small, sizeof small), 3);
	assert_string_equal(small, "-79");
}

static void test_round_trip(void **state)
{
	(void)state;
	const int64_t v[] = { 0, 1, -1, 99, 100, -123456789, 266550, SV_NUM_MAX, -SV_NUM_MAX };
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		char buf[SV_NUM_BUF];
		struct sv_num n;
		sv_num_format(v[i], 2, buf, sizeof buf);
		assert_int_equal(sv_num_parse(buf, &n), ND_OK);
		assert_int_equal(n.cents, v[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_figures),
		cmocka_unit_test(test_separators_and_signs),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_empty_and_accounting_zero),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
