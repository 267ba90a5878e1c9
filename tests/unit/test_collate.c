/* Swedish collation: the order a Swedish reader expects of a name list. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "namnd/collate.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

/* a sorts before b, and the reverse comparison agrees. */
static void assert_before(const char *a, const char *b)
{
	if (sv_strcmp(a, b) >= 0 || sv_strcmp(b, a) <= 0)
		fail_msg("\"%s\" should sort before \"%s\"", a, b);
}

static void assert_same(const char *a, const char *b)
{
	if (sv_strcmp(a, b) != 0 || sv_strcmp(b, a) != 0)
		fail_msg("\"%s\" and \"%s\" should compare equal", a, b);
}

static int cmp_qsort(const void *a, const void *b)
{
	return sv_strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void name_list_sorts_swedish(void **state)
{
	const char *names[] = {
		"Öberg", "Åberg", "Ärlig", "Zetterlund", "Eriksson", "Émile",
		"ångström", "Üllberg", "Yngve",
	};
	static const char *const want[] = {
		"Émile", "Eriksson", "Üllberg", "Yngve", "Zetterlund", "Åberg",
		"ångström", "Ärlig", "Öberg",
	};
	size_t i, n = sizeof names / sizeof names[0];
	(void)state;
	qsort(names, n, sizeof names[0], cmp_qsort);
	for (i = 0; i < n; i++)
		assert_string_equal(names[i], want[i]);
}

static void swedish_letters_come_after_z(void **state)
{
	(void)state;
	assert_before("Zorn", "Åman");
	assert_before("zzz", "å");
	assert_before("Åsa", "Äsa");
	assert_before("Äsa", "Östen");
	assert_before("å", "ä");
	assert_before("ä", "ö");
}

static void o_umlaut_is_not_o(void **state)
{
	(void)state;
	assert_before("Olsson", "Zorn");
	assert_before("Zorn", "Öhman");
	assert_before("Oxelösund", "Öberg");
}

static void case_is_ignored(void **state)
{
	(void)state;
	assert_same("åsa", "Åsa");
	assert_same("ÅSA", "åsa");
	assert_same("ÖBERG", "öberg");
	assert_same("Eriksson", "ERIKSSON");
	assert_before("anna", "Berit");
	assert_before("Anna", "berit");
}

static void digits_before_letters(void **state)
{
	(void)state;
	assert_before("9", "A");
	assert_before("2023", "abc");
	assert_before("0", "9");
	assert_before("Rum 2", "Rum B");
}

static void space_and_punctuation_before_digits(void **state)
{
	(void)state;
	assert_before("a b", "a1");
	assert_before("Anna Lena", "Anna-Lena");
	assert_before("-", "0");
}

static void shorter_prefix_first(void **state)
{
	(void)state;
	assert_before("Ann", "Anna");
	assert_before("", "a");
	assert_before("Berg", "Bergström");
	assert_int_equal(sv_strcmp("", ""), 0);
}

static void acute_and_grave_accents_fold(void **state)
{
	(void)state;
	assert_same("Émile", "emile");
	assert_same("café", "cafe");
	assert_same("Hélène", "Helene");
	assert_same("à la carte", "a la carte");
	assert_before("Eriksson", "Éva"); /* é is e: r < v */
}

static void u_umlaut_sorts_as_y(void **state)
{
	(void)state;
	assert_same("Müller", "Myller");
	assert_same("MÜLLER", "myller");
	assert_same("Üllberg", "Yllberg");
	assert_before("Utter", "Üllberg");
	assert_before("Mustonen", "Müller");
	/* Byte order would put "Mörk" first. */
	assert_before("Müller", "Mörk");
	assert_before("Müller", "Mz");
}

static void ae_and_o_slash_sort_as_swedish_letters(void **state)
{
	(void)state;
	assert_same("Æble", "Äble");
	assert_same("Søren", "Sören");
	assert_same("SØREN", "sören");
	assert_before("Søren", "Åke"); /* ø is ö, after å */
}

static void latin_extended_a_folds_to_base(void **state)
{
	(void)state;
	assert_same("Łukasz", "Lukasz");
	assert_same("Škoda", "Skoda");
	assert_same("Dvořák", "Dvorak");
	assert_same("Ćosić", "Cosic");
	assert_before("Łukasz", "Nowak"); /* Ł is l, before n */
}

static void decomposed_letters_match_precomposed(void **state)
{
	(void)state;
	assert_same("A\xCC\x8Asa", "Åsa");     /* A + ring above */
	assert_same("O\xCC\x88" "berg", "Öberg"); /* O + diaeresis */
	assert_same("a\xCC\x88rlig", "ärlig");
	assert_same("e\xCC\x81mile", "emile");  /* e + acute */
	assert_before("Zorn", "A\xCC\x8A" "man");
}

static void other_scripts_after_o_umlaut(void **state)
{
	(void)state;
	assert_before("Öberg", "Ωmega");
	assert_before("ö", "中");
	assert_same("ΩΜΕΓΑ", "ωμεγα");
	assert_same("ПЁТР", "пётр");
}

static void no_break_space_is_space(void **state)
{
	(void)state;
	assert_same("1\xC2\xA0" "000", "1 000");
	assert_same("1\xE2\x80\xAF" "000", "1 000");
}

static void collate_uses_given_lengths(void **state)
{
	(void)state;
	assert_int_equal(sv_collate("abc", 2, "abd", 2), 0);
	assert_true(sv_collate("abc", 3, "abd", 3) < 0);
	assert_int_equal(sv_collate("Åsa", 2, "å", 2), 0);
	assert_true(sv_collate("ab", 1, "ab", 2) < 0);
	assert_int_equal(sv_collate(NULL, 0, "", 0), 0);
}

static void collate_handles_embedded_nul(void **state)
{
	(void)state;
	assert_true(sv_collate("a\0b", 3, "a", 1) > 0);
	assert_int_equal(sv_collate("a\0b", 3, "a\0B", 3), 0);
}

static void invalid_utf8_sorts_last_without_crash(void **state)
{
	(void)state;
	assert_before("ö", "\xFF");
	assert_before("中", "\xC3");
	assert_before("Ab", "A\xFF");
	assert_int_equal(sv_strcmp("\xC3", "\xC3"), 0);
}

/* Long titles that begin alike: what they share is skipped, but a mark
 * or a letter's second byte right after it still counts with the letter
 * before it. */
static void shared_beginnings_compare_by_the_rest(void **state)
{
	(void)state;
	assert_before("Detaljplan för kvarteret 12 i Bäckeby",
		      "Detaljplan för kvarteret 2 i Bäckeby");
	assert_before("Detaljplan för kvarteret 2", "Detaljplan för kvarteret 2 i Bäckeby");
	assert_same("Detaljplan för kvarteret Åsa", "DETALJPLAN FÖR KVARTERET åsa");
	assert_same("Detaljplan A\xCC\x8Asa", "Detaljplan Åsa");
	assert_before("Detaljplan Ab", "Detaljplan A\xCC\x8A");
	assert_before("Detaljplan Az", "Detaljplan A\xCC\x88");
	assert_before("Detaljplan Ö", "Detaljplan Ø\xCC\x81x");
	assert_before("Detaljplan Oz", "Detaljplan O\xCC\x88");
	assert_before("Detaljplan Å", "Detaljplan Ä");
	assert_before("Detaljplan Ä", "Detaljplan Ö");
	assert_same("Plan\xC3", "Plan\xC3");
	assert_before("Plan\xC3" "a", "Plan\xC3" "b");
	assert_before("Plan ö", "Plan \xFF");
	assert_int_equal(sv_collate("Plan a", 6, "Plan ab", 6), 0);
}

static void order_is_consistent(void **state)
{
	static const char *const s[] = {
		"", " ", "-", "0", "10", "9", "a", "A", "ab", "å", "Å", "ä", "ö",
		"é", "e", "ü", "y", "z", "æ", "ø", "Ω", "中", "\xFF", "Åsa",
		"Asa", "Ärlig", "O\xCC\x88", "1 000",
	};
	size_t n = sizeof s / sizeof s[0], i, j, k;
	(void)state;
	for (i = 0; i < n; i++) {
		assert_int_equal(sv_strcmp(s[i], s[i]), 0);
		for (j = 0; j < n; j++) {
			int ij = sign(sv_strcmp(s[i], s[j]));
			if (ij != -sign(sv_strcmp(s[j], s[i])))
				fail_msg("asymmetric: \"%s\" \"%s\"", s[i], s[j]);
			for (k = 0; k < n; k++) {
				int jk = sign(sv_strcmp(s[j], s[k]));
				if (ij <= 0 && jk <= 0 &&
				    sv_strcmp(s[i], s[k]) > 0)
					fail_msg("not transitive: \"%s\" \"%s\" \"%s\"",
						 s[i], s[j], s[k]);
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(name_list_sorts_swedish),
		cmocka_unit_test(swedish_letters_come_after_z),
		cmocka_unit_test(o_umlaut_is_not_o),
		cmocka_unit_test(case_is_ignored),
		cmocka_unit_test(digits_before_letters),
		cmocka_unit_test(space_and_punctuation_before_digits),
		cmocka_unit_test(shorter_prefix_first),
		cmocka_unit_test(acute_and_grave_accents_fold),
		cmocka_unit_test(u_umlaut_sorts_as_y),
		cmocka_unit_test(ae_and_o_slash_sort_as_swedish_letters),
		cmocka_unit_test(latin_extended_a_folds_to_base),
		cmocka_unit_test(decomposed_letters_match_precomposed),
		cmocka_unit_test(other_scripts_after_o_umlaut),
		cmocka_unit_test(no_break_space_is_space),
		cmocka_unit_test(collate_uses_given_lengths),
		cmocka_unit_test(collate_handles_embedded_nul),
		cmocka_unit_test(invalid_utf8_sorts_last_without_crash),
		cmocka_unit_test(shared_beginnings_compare_by_the_rest),
		cmocka_unit_test(order_is_consistent),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
