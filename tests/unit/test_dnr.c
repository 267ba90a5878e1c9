/* Diarienummer: the variants of real documents, the canonical form. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "namnd/dnr.h"
#include "namnd/err.h"


static void assert_parses_class(const char *text, const char *series, int year,
				long number, const char *klass)
{
	struct nd_dnr d;

	if (dnr_parse(text, &d) != ND_OK)
		fail_msg("\"%s\" refused: %s", text, nd_errmsg());
	assert_string_equal(d.series, series);
	assert_int_equal(d.year, year);
	assert_int_equal(d.number, number);
	assert_string_equal(d.klass, klass);
}

static void assert_parses(const char *text, const char *series, int year,
			  long number)
{
	assert_parses_class(text, series, year, number, "");
}

/* Refused, with a message that quotes the text. */
static void assert_refused(const char *text)
{
	struct nd_dnr d;
	char quoted[128];

	nd_errclear();
	if (dnr_parse(text, &d) != ND_EINVAL)
		fail_msg("\"%s\" accepted", text);
	snprintf(quoted, sizeof quoted, "\"%s\"", text);
	if (!strstr(nd_errmsg(), "Ogiltigt diarienummer") ||
	    !strstr(nd_errmsg(), quoted))
		fail_msg("message for \"%s\": %s", text, nd_errmsg());
}

static void assert_formats(const struct nd_dnr *d, const char *pattern,
			   const char *want)
{
	char buf[64];

	if (dnr_format(d, pattern, buf, sizeof buf) != ND_OK)
		fail_msg("format with \"%s\" failed: %s", pattern, nd_errmsg());
	assert_string_equal(buf, want);
}

static void parse_year_slash_number(void **state)
{
	(void)state;
	assert_parses("2023/109", "", 2023, 109);
}

static void parse_series_dot_year_slash(void **state)
{
	(void)state;
	assert_parses("UBN.2023/467", "UBN", 2023, 467);
}

static void parse_series_dot_year_dot(void **state)
{
	(void)state;
	assert_parses("UBN.2023.428", "UBN", 2023, 428);
}

static void parse_series_space_year_slash(void **state)
{
	(void)state;
	assert_parses("KS 2021/123", "KS", 2021, 123);
}

static void parse_zero_padded_number_with_dash(void **state)
{
	(void)state;
	assert_parses("UBN 2023-00451", "UBN", 2023, 451);
}

static void parse_series_dash_year(void **state)
{
	(void)state;
	assert_parses("KS-2021/123", "KS", 2021, 123);
}

static void parse_upper_cases_series(void **state)
{
	(void)state;
	assert_parses("ubn 2023/5", "UBN", 2023, 5);
	assert_parses("Ks 2021/1", "KS", 2021, 1);
	assert_parses("åäö 2023/1", "ÅÄÖ", 2023, 1);
	assert_parses("SÄN 2022/77", "SÄN", 2022, 77);
}

static void parse_ignores_surrounding_spaces(void **state)
{
	(void)state;
	assert_parses("  UBN 2023/5  ", "UBN", 2023, 5);
	assert_parses("\t2023/5\t", "", 2023, 5);
}

static void parse_limits(void **state)
{
	(void)state;
	assert_parses("1900/1", "", 1900, 1);
	assert_parses("2199/9999999", "", 2199, 9999999);
	assert_parses("ABCDEFGHIJKLMNO 2023/1", "ABCDEFGHIJKLMNO", 2023, 1);
}

static void parse_refuses_examples_from_the_brief(void **state)
{
	(void)state;
	assert_refused("");
	assert_refused("2023/");
	assert_refused("abc");
	assert_refused("2023/0");
	assert_refused("UBN 2023/12a");
	assert_refused("UBN 23/12");
}

static void parse_refuses_other_malformed(void **state)
{
	(void)state;
	assert_refused("UBN2023/12");     /* no separator after series */
	assert_refused("UBN 2023 12");
	assert_refused("UBN 2023/12/3");
	assert_refused("UBN  2023/12");   /* two separators */
	assert_refused("UBN/2023/12");
	assert_refused("U-B 2023/12");
	assert_refused("2023");
	assert_refused("/12");
	assert_refused("UBN 02023/12");
	assert_refused("UBN 2023/-12");
	assert_refused("UBN 2023/1 2");
}

static void parse_refuses_out_of_range(void **state)
{
	(void)state;
	assert_refused("UBN 1899/1");
	assert_refused("UBN 2200/1");
	assert_refused("UBN 2023/10000000");
	assert_refused("UBN 2023/99999999999999999999");
	assert_refused("ABCDEFGHIJKLMNOP 2023/1"); /* 16 letters */
	assert_refused("ÅÅÅÅÅÅÅÅ 2023/1");         /* 16 bytes */
}

static void parse_message_is_specific(void **state)
{
	struct nd_dnr d;
	(void)state;
	assert_int_equal(dnr_parse("XYZ", &d), ND_EINVAL);
	assert_string_equal(nd_errmsg(), "Ogiltigt diarienummer: \"XYZ\" "
			    "(väntat t.ex. \"UBN 2023/451\")");
	assert_int_equal(dnr_parse("UBN 1899/1", &d), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "1900–2199"));
	assert_int_equal(dnr_parse("UBN 2023/0", &d), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "1–9999999"));
}

static void parse_message_does_not_carry_escapes(void **state)
{
	struct nd_dnr d;
	(void)state;
	assert_int_equal(dnr_parse("\x1b[2J2023/x", &d), ND_EINVAL);
	assert_null(strchr(nd_errmsg(), '\x1b'));
	assert_non_null(strstr(nd_errmsg(), "\"?[2J2023/x\""));
}

static void parse_leaves_output_alone_on_failure(void **state)
{
	struct nd_dnr d = { "KS", 2020, 7, "" };
	(void)state;
	assert_int_equal(dnr_parse("UBN 2023/", &d), ND_EINVAL);
	assert_string_equal(d.series, "KS");
	assert_int_equal(d.year, 2020);
	assert_int_equal(d.number, 7);
}

static void variants_format_canonically(void **state)
{
	static const struct { const char *in, *want; } v[] = {
		{ "2023/109", "2023/109" },
		{ "UBN.2023/467", "UBN 2023/467" },
		{ "UBN.2023.428", "UBN 2023/428" },
		{ "KS 2021/123", "KS 2021/123" },
		{ "UBN 2023-00451", "UBN 2023/451" },
		{ "KS-2021/123", "KS 2021/123" },
	};
	struct nd_dnr d;
	size_t i;
	(void)state;
	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		assert_int_equal(dnr_parse(v[i].in, &d), ND_OK);
		assert_formats(&d, DNR_DEFAULT_PATTERN, v[i].want);
	}
}

static void format_patterns(void **state)
{
	const struct nd_dnr d = { "UBN", 2023, 451, "" };
	(void)state;
	assert_formats(&d, "{S} {Y}/{N}", "UBN 2023/451");
	assert_formats(&d, "{S}.{Y}/{N}", "UBN.2023/451");
	assert_formats(&d, "{S} {Y}-{N:5}", "UBN 2023-00451");
	assert_formats(&d, "{S}.{Y}.{N}", "UBN.2023.451");
	assert_formats(&d, "{Y}/{N}", "2023/451");
	assert_formats(&d, NULL, "UBN 2023/451");
}

static void format_without_series_drops_its_separator(void **state)
{
	const struct nd_dnr d = { "", 2023, 109, "" };
	(void)state;
	assert_formats(&d, "{S} {Y}/{N}", "2023/109");
	assert_formats(&d, "{S}.{Y}/{N}", "2023/109");
	assert_formats(&d, "{S}-{Y}-{N:5}", "2023-00109");
}

static void format_padding_never_cuts_digits(void **state)
{
	const struct nd_dnr d = { "KS", 2021, 123456, "" };
	(void)state;
	assert_formats(&d, "{S} {Y}-{N:3}", "KS 2021-123456");
	assert_formats(&d, "{S} {Y}-{N:9}", "KS 2021-000123456");
}

static void format_refuses_small_buffer(void **state)
{
	const struct nd_dnr d = { "", 2023, 451, "" };
	char buf[9];
	(void)state;
	assert_int_equal(dnr_format(&d, "{Y}/{N}", buf, 9), ND_OK);
	assert_string_equal(buf, "2023/451");
	assert_int_equal(dnr_format(&d, "{Y}/{N}", buf, 8), ND_EINVAL);
	assert_int_equal(dnr_format(&d, "{Y}/{N}", buf, 0), ND_EINVAL);
}

static void format_refuses_bad_pattern(void **state)
{
	const struct nd_dnr d = { "UBN", 2023, 451, "" };
	char buf[64];
	(void)state;
	assert_int_equal(dnr_format(&d, "{S} {Y}", buf, sizeof buf), ND_EINVAL);
	assert_int_equal(dnr_format(&d, "", buf, sizeof buf), ND_EINVAL);
}

static void pattern_check_accepts_real_patterns(void **state)
{
	static const char *const ok[] = {
		"{S} {Y}/{N}", "{S}.{Y}/{N}", "{S}.{Y}.{N}", "{S} {Y}-{N:5}",
		"{S}-{Y}/{N}", "{Y}/{N}", "{Y}-{N:4}",
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (dnr_pattern_check(ok[i]) != ND_OK)
			fail_msg("\"%s\" refused: %s", ok[i], nd_errmsg());
}

static void pattern_check_refuses_missing_or_doubled_tokens(void **state)
{
	(void)state;
	assert_int_equal(dnr_pattern_check("{S} {Y}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{Y}/{N}/{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S}{S} {Y}/{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check(""), ND_EINVAL);
	assert_int_equal(dnr_pattern_check(NULL), ND_EINVAL);
}

static void pattern_check_refuses_unknown_tokens(void **state)
{
	(void)state;
	assert_int_equal(dnr_pattern_check("{X} {Y}/{N}"), ND_EINVAL);
	assert_non_null(strstr(nd_errmsg(), "\"{X} {Y}/{N}\""));
	assert_int_equal(dnr_pattern_check("{S} {Y}/{n}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S} {Y}/{N:0}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S} {Y}/{N:10}"), ND_EINVAL);
}

static void pattern_check_refuses_unreadable_output(void **state)
{
	(void)state;
	/* "UBN2023/451" and "Dnr UBN 2023/451" do not parse back. */
	assert_int_equal(dnr_pattern_check("{S}{Y}/{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("Dnr {S} {Y}/{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{Y}/{N} {S}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S} {Y}/{N} "), ND_EINVAL);
}

static void canonical_text_is_recognised(void **state)
{
	(void)state;
	assert_true(dnr_is_canonical("UBN 2023/451", DNR_DEFAULT_PATTERN));
	assert_true(dnr_is_canonical("2023/109", DNR_DEFAULT_PATTERN));
	assert_true(dnr_is_canonical("UBN 2023/451", NULL));
	assert_true(dnr_is_canonical("UBN 2023-00451", "{S} {Y}-{N:5}"));
	assert_true(dnr_is_canonical("UBN.2023.428", "{S}.{Y}.{N}"));
}

static void non_canonical_text_is_flagged(void **state)
{
	(void)state;
	assert_false(dnr_is_canonical("UBN.2023/451", DNR_DEFAULT_PATTERN));
	assert_false(dnr_is_canonical("UBN 2023-00451", DNR_DEFAULT_PATTERN));
	assert_false(dnr_is_canonical("ubn 2023/451", DNR_DEFAULT_PATTERN));
	assert_false(dnr_is_canonical(" UBN 2023/451", DNR_DEFAULT_PATTERN));
	assert_false(dnr_is_canonical("UBN 2023-451", "{S} {Y}-{N:5}"));
	assert_false(dnr_is_canonical("UBN 2023/451", "{Y}/{N}"));
	assert_false(dnr_is_canonical("skräp", DNR_DEFAULT_PATTERN));
	assert_false(dnr_is_canonical(NULL, DNR_DEFAULT_PATTERN));
}

struct tokens {
	char buf[256];
};

static void collect(void *ctx, const char *start, size_t len)
{
	struct tokens *t = ctx;
	size_t n = strlen(t->buf);
	snprintf(t->buf + n, sizeof t->buf - n, "%s%.*s", n ? "|" : "", (int)len, start);
}

static void scan_finds_every_form(void **state)
{
	struct tokens t = { "" };
	(void)state;
	assert_int_equal(dnr_scan("Diarienummer: 2023/109, se UBN.2023/467 och UBN.2023.428 "
				  "samt KS 2021/123 och ÅN-2020/7.", collect, &t), 5);
	assert_string_equal(t.buf, "2023/109|UBN.2023/467|UBN.2023.428|KS 2021/123|ÅN-2020/7");
}

static void scan_skips_dates_numbers_and_lower_case(void **state)
{
	struct tokens t = { "" };
	(void)state;
	assert_int_equal(dnr_scan("Den 2023-12-06 kl. 2023.5, 12345/6 och 1899/2; "
				  "UBN 2023-12-06; Vxx 2023/1, UBN 2023-00451, 2000/0", collect, &t), 2);
	assert_string_equal(t.buf, "2023/1|UBN 2023-00451");
	assert_int_equal(dnr_scan(NULL, collect, &t), 0);
}


/* Forms from real registers: Ale kommun's older system ("Dnr 48/2011
 * 042", number before the year, classification code after), Borås
 * ("2012/BUN 0113 002", series after the year), compact forms ("15SN7"),
 * six-digit numbers ("2014-000812"), and a body code with a digit. */

static void parse_real_forms(void **state)
{
	(void)state;
	assert_parses_class("Dnr 48/2011 042", "", 2011, 48, "042");
	assert_parses_class("48/2011", "", 2011, 48, "");
	assert_parses_class("dnr: KS 48/2011", "KS", 2011, 48, "");
	assert_parses_class("Diarienummer: 2023/109", "", 2023, 109, "");
	assert_parses_class("2012/BUN 0113 002", "BUN", 2012, 113, "002");
	assert_parses_class("2012/BUN 0113", "BUN", 2012, 113, "");
	assert_parses_class("15SN7", "SN", 2015, 7, "");
	assert_parses_class("98SN12", "SN", 1998, 12, "");
	assert_parses_class("2014-000812", "", 2014, 812, "");
	assert_parses_class("T1 2024/5", "T1", 2024, 5, "");
	assert_parses_class("t1 2024/5", "T1", 2024, 5, "");
	assert_parses_class("UBN 2023/109 1.2.3", "UBN", 2023, 109, "1.2.3");
	assert_parses_class("2023/109 042", "", 2023, 109, "042");
}

/* The message names what is wrong, never "four digits" of a four-digit
 * year. */
static void assert_message(const char *text, const char *want)
{
	struct nd_dnr d;

	nd_errclear();
	if (dnr_parse(text, &d) != ND_EINVAL)
		fail_msg("\"%s\" accepted", text);
	if (!strstr(nd_errmsg(), want))
		fail_msg("message for \"%s\": %s (wanted \"%s\")", text, nd_errmsg(), want);
}

static void parse_messages_name_the_fault(void **state)
{
	(void)state;
	assert_message("UBN 203/451", "året \"203\" har 3 siffror; ett år skrivs med fyra");
	assert_message("UBN 23/12", "året \"23\" har 2 siffror");
	assert_message("UBN 2023", "löpnummer saknas efter året");
	assert_message("UBN 2023/", "löpnummer saknas efter året");
	assert_message("UBN 2023 12", "året och löpnumret skiljs åt med /");
	assert_message("UBN  2023/12", "två skiljetecken i rad");
	assert_message("UBN 2023/12a", "\"a\" efter löpnumret kan inte läsas");
	assert_message("UBN 2023/1 2", "\"2\" efter löpnumret kan inte läsas");
	assert_message("UBN 2023#5", "tecknet \"#\" hör inte till ett diarienummer");
	assert_message("UBN2023/12", "serien skiljs från året med mellanslag");
	assert_message("UBN 2523/4", "året 2523 ligger utanför 1900–2199");
	assert_message("", "diarienumret är tomt");
	/* No message about four digits where the year has four. */
	struct nd_dnr d;
	static const char *const four[] = { "Dnr 48/2011 042", "2012/BUN 0113 002",
					    "UBN 2023/", "UBN 2023 12", "T1 2024/x" };
	for (size_t i = 0; i < sizeof four / sizeof *four; i++) {
		nd_errclear();
		dnr_parse(four[i], &d);
		if (strstr(nd_errmsg(), "fyra"))
			fail_msg("\"%s\": %s", four[i], nd_errmsg());
	}
}

static void real_patterns_format_and_read_back(void **state)
{
	struct nd_dnr d = { "BUN", 2012, 113, "002" };
	(void)state;
	assert_formats(&d, "{Y}/{S} {N:4} {K}", "2012/BUN 0113 002");
	assert_true(dnr_is_canonical("2012/BUN 0113 002", "{Y}/{S} {N:4} {K}"));
	struct nd_dnr e = { "", 2011, 48, "042" };
	assert_formats(&e, "{N}/{Y} {K}", "48/2011 042");
	e.klass[0] = '\0';
	assert_formats(&e, "{N}/{Y} {K}", "48/2011");
	struct nd_dnr f = { "SN", 2015, 7, "" };
	assert_formats(&f, "{YY}{S}{N}", "15SN7");
	struct nd_dnr g = { "", 2014, 812, "" };
	assert_formats(&g, "{Y}-{N:6}", "2014-000812");
	/* A pattern without {K} never hides a code the ärende has. */
	struct nd_dnr h = { "UBN", 2023, 451, "042" };
	assert_formats(&h, "{S} {Y}/{N}", "UBN 2023/451 042");
	assert_formats(&h, "{YY}{S}{N}", "23UBN451 042");
	/* A compact pattern writes a dnr without series the plain way. */
	struct nd_dnr k = { "", 2015, 7, "" };
	assert_formats(&k, "{YY}{S}{N}", "2015/7");
	static const char *const ok[] = {
		"{Y}/{S} {N:4} {K}", "{N}/{Y} {K}", "{YY}{S}{N}", "{Y}-{N:6}",
		"{S} {Y}/{N} {K}", "{S} {Y}/{N};{N}/{Y} {K}",
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		if (dnr_pattern_check(ok[i]) != ND_OK)
			fail_msg("\"%s\" refused: %s", ok[i], nd_errmsg());
	/* A two-digit year with a separator reads as a wrong year. */
	assert_int_equal(dnr_pattern_check("{S} {YY}/{N}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S} {Y}/{N};{K}"), ND_EINVAL);
	assert_int_equal(dnr_pattern_check("{S} {Y}/{N};"), ND_EINVAL);
}

/* Several patterns: the first is written, every one is the organisation's
 * own (no "obs" for an older form it still uses). */
static void several_patterns(void **state)
{
	const char *pats = "{S} {Y}/{N};{N}/{Y} {K}";
	struct nd_dnr d = { "KS", 2024, 12, "" };
	(void)state;
	assert_formats(&d, pats, "KS 2024/12");
	assert_true(dnr_is_canonical("KS 2024/12", pats));
	assert_true(dnr_is_canonical("48/2011 042", pats));
	assert_false(dnr_is_canonical("KS.2024.12", pats));
}

static bool has_candidate(const struct nd_dnr *c, size_t n, const char *series,
			  int year, long number)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(c[i].series, series) == 0 && c[i].year == year &&
		    c[i].number == number)
			return true;
	return false;
}

static void typo_candidates(void **state)
{
	struct nd_dnr c[48];
	size_t n;
	(void)state;
	/* A digit missing from the year. */
	n = dnr_typo_candidates("UBN 203/451", c, 48);
	assert_true(has_candidate(c, n, "UBN", 2023, 451));
	assert_true(has_candidate(c, n, "UBN", 2003, 451));
	assert_false(has_candidate(c, n, "UBN", 2023, 415));
	/* Two digits swapped in the number, or in the year. */
	n = dnr_typo_candidates("UBN 2023/415", c, 48);
	assert_true(has_candidate(c, n, "UBN", 2023, 451));
	assert_true(has_candidate(c, n, "UBN", 2023, 145));
	assert_false(has_candidate(c, n, "UBN", 2023, 415)); /* as typed */
	n = dnr_typo_candidates("2032/109", c, 48);
	assert_true(has_candidate(c, n, "", 2023, 109));
	/* Nothing to guess from. */
	assert_int_equal(dnr_typo_candidates("skräp", c, 48), 0);
	assert_int_equal(dnr_typo_candidates(NULL, c, 48), 0);
	assert_int_equal(dnr_typo_candidates("UBN 203/451", c, 2), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scan_finds_every_form),
		cmocka_unit_test(scan_skips_dates_numbers_and_lower_case),
		cmocka_unit_test(parse_year_slash_number),
		cmocka_unit_test(parse_series_dot_year_slash),
		cmocka_unit_test(parse_series_dot_year_dot),
		cmocka_unit_test(parse_series_space_year_slash),
		cmocka_unit_test(parse_zero_padded_number_with_dash),
		cmocka_unit_test(parse_series_dash_year),
		cmocka_unit_test(parse_upper_cases_series),
		cmocka_unit_test(parse_ignores_surrounding_spaces),
		cmocka_unit_test(parse_limits),
		cmocka_unit_test(parse_refuses_examples_from_the_brief),
		cmocka_unit_test(parse_refuses_other_malformed),
		cmocka_unit_test(parse_refuses_out_of_range),
		cmocka_unit_test(parse_message_is_specific),
		cmocka_unit_test(parse_message_does_not_carry_escapes),
		cmocka_unit_test(parse_leaves_output_alone_on_failure),
		cmocka_unit_test(variants_format_canonically),
		cmocka_unit_test(format_patterns),
		cmocka_unit_test(format_without_series_drops_its_separator),
		cmocka_unit_test(format_padding_never_cuts_digits),
		cmocka_unit_test(format_refuses_small_buffer),
		cmocka_unit_test(format_refuses_bad_pattern),
		cmocka_unit_test(pattern_check_accepts_real_patterns),
		cmocka_unit_test(pattern_check_refuses_missing_or_doubled_tokens),
		cmocka_unit_test(pattern_check_refuses_unknown_tokens),
		cmocka_unit_test(pattern_check_refuses_unreadable_output),
		cmocka_unit_test(canonical_text_is_recognised),
		cmocka_unit_test(non_canonical_text_is_flagged),
		cmocka_unit_test(parse_real_forms),
		cmocka_unit_test(parse_messages_name_the_fault),
		cmocka_unit_test(real_patterns_format_and_read_back),
		cmocka_unit_test(several_patterns),
		cmocka_unit_test(typo_candidates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
