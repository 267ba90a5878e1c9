/* Personnummer-shaped numbers in text to be published. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "namnd/pnr.h"

/* The first hit in s as text, or "" when none. */
static const char *first(const char *s)
{
	static char buf[64];
	size_t at, n;
	if (!pnr_find(s, strlen(s), 0, &at, &n))
		return "";
	memcpy(buf, s + at, n);
	buf[n] = '\0';
	return buf;
}

static void test_shapes_found(void **state)
{
	(void)state;
	/* Skatteverket's example number, hand-checked Luhn: 8112289874. */
	assert_string_equal(first("Sökande 811228-9874 har"), "811228-9874");
	assert_string_equal(first("född 19811228-9874."), "19811228-9874");
	assert_string_equal(first("pnr 198112289874"), "198112289874");
	assert_string_equal(first("(8112289874)"), "8112289874");
	assert_string_equal(first("över hundra: 811228+9874"), "811228+9874");
	/* With a separator the check digit is not asked for: a typo of a
	 * personnummer is still one. */
	assert_string_equal(first("811228-9875"), "811228-9875");
	/* Samordningsnummer: day + 60. */
	assert_string_equal(first("701063-2391"), "701063-2391");
}

static void test_lookalikes_left(void **state)
{
	(void)state;
	assert_string_equal(first("Dnr 2014-000812"), "");          /* six-digit dnr */
	assert_string_equal(first("UBN 2023-00451"), "");
	assert_string_equal(first("telefon 0123-456 78"), "");
	assert_string_equal(first("212000-1142"), "");              /* organisationsnummer */
	assert_string_equal(first("8112289875"), "");               /* no separator, bad Luhn */
	assert_string_equal(first("481228-98741"), "");             /* a longer number */
	assert_string_equal(first("1811228-9874"), "");
	assert_string_equal(first("811328-9874"), "");              /* month 13 */
	assert_string_equal(first("811200-9874"), "");              /* day 0 */
	assert_string_equal(first("2024-03-20"), "");
	/* Inside a checksum in hex. */
	assert_string_equal(first("dada78d8112289874ec16d43"), "");
	assert_string_equal(first("§§ 12–16, kl. 08.30–10.05"), "");
}

static void test_mask(void **state)
{
	(void)state;
	char *m = pnr_mask("A 811228-9874 och B 19811228-9874, dnr 2014-000812.");
	assert_non_null(m);
	assert_string_equal(m, "A ÅÅMMDD-XXXX och B ÅÅMMDD-XXXX, dnr 2014-000812.");
	free(m);
	m = pnr_mask("inget");
	assert_string_equal(m, "inget");
	free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shapes_found),
		cmocka_unit_test(test_lookalikes_left),
		cmocka_unit_test(test_mask),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
