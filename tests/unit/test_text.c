/* UTF-8 decoding, widths, sanitising and truncation. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "namnd/text.h"

/* Checks and frees a malloc'ed result. */
static void assert_owned(char *got, const char *want)
{
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void decode_ascii(void **state)
{
	uint32_t cp = 0;
	(void)state;
	assert_int_equal(utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 0x41);
}

static void decode_two_three_four_bytes(void **state)
{
	uint32_t cp = 0;
	(void)state;
	assert_int_equal(utf8_decode("\xC3\xA5", 2, &cp), 2); /* å */
	assert_int_equal(cp, 0xE5);
	assert_int_equal(utf8_decode("\xE2\x80\xA6", 3, &cp), 3); /* … */
	assert_int_equal(cp, 0x2026);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4); /* 😀 */
	assert_int_equal(cp, 0x1F600);
}

static void decode_reads_only_the_first_character(void **state)
{
	uint32_t cp = 0;
	(void)state;
	assert_int_equal(utf8_decode("\xC3\x96" "berg", 6, &cp), 2);
	assert_int_equal(cp, 0xD6); /* Ö */
}

static void decode_refuses_malformed(void **state)
{
	uint32_t cp;
	(void)state;
	assert_int_equal(utf8_decode("\xC0\x80", 2, &cp), 0);     /* overlong NUL */
	assert_int_equal(utf8_decode("\xC1\xBF", 2, &cp), 0);     /* overlong */
	assert_int_equal(utf8_decode("\xE0\x80\xAF", 3, &cp), 0); /* overlong '/' */
	assert_int_equal(utf8_decode("\xF0\x80\x80\xAF", 4, &cp), 0);
	assert_int_equal(utf8_decode("\xED\xA0\x80", 3, &cp), 0); /* surrogate */
	assert_int_equal(utf8_decode("\xF4\x90\x80\x80", 4, &cp), 0); /* >10FFFF */
	assert_int_equal(utf8_decode("\xF5\x80\x80\x80", 4, &cp), 0);
	assert_int_equal(utf8_decode("\x80", 1, &cp), 0);         /* stray */
	assert_int_equal(utf8_decode("\xC3(", 2, &cp), 0);        /* bad cont. */
	assert_int_equal(utf8_decode("", 0, &cp), 0);
}

static void decode_respects_length(void **state)
{
	uint32_t cp;
	(void)state;
	/* Complete bytes in memory, but the caller allows only one. */
	assert_int_equal(utf8_decode("\xC3\xA5", 1, &cp), 0);
	assert_int_equal(utf8_decode("\xE2\x80\xA6", 2, &cp), 0);
}

static void decode_accepts_extremes(void **state)
{
	uint32_t cp = 0;
	(void)state;
	assert_int_equal(utf8_decode("\xF4\x8F\xBF\xBF", 4, &cp), 4);
	assert_int_equal(cp, 0x10FFFF);
	assert_int_equal(utf8_decode("\xEF\xBF\xBD", 3, &cp), 3);
	assert_int_equal(cp, 0xFFFD);
}

static void encode_writes_utf8(void **state)
{
	char buf[4];
	(void)state;
	assert_int_equal(utf8_encode(0x41, buf), 1);
	assert_memory_equal(buf, "A", 1);
	assert_int_equal(utf8_encode(0xC5, buf), 2); /* Å */
	assert_memory_equal(buf, "\xC3\x85", 2);
	assert_int_equal(utf8_encode(0x2026, buf), 3);
	assert_memory_equal(buf, "\xE2\x80\xA6", 3);
	assert_int_equal(utf8_encode(0x1F600, buf), 4);
	assert_memory_equal(buf, "\xF0\x9F\x98\x80", 4);
}

static void encode_replaces_unencodable(void **state)
{
	char buf[4];
	(void)state;
	assert_int_equal(utf8_encode(0xD800, buf), 3);
	assert_memory_equal(buf, "\xEF\xBF\xBD", 3);
	assert_int_equal(utf8_encode(0x110000, buf), 3);
	assert_memory_equal(buf, "\xEF\xBF\xBD", 3);
}

static void valid_utf8_accepts_swedish_text(void **state)
{
	const char *s = "Åsa Öberg, nämndsekreterare – 中文 😀";
	(void)state;
	assert_true(text_valid_utf8(s, strlen(s)));
	assert_true(text_valid_utf8("", 0));
}

static void invalid_utf8_is_found_with_offset(void **state)
{
	(void)state;
	assert_false(text_valid_utf8("\xC3(", 2));
	assert_false(text_valid_utf8("Latin-1 \xE5", 9)); /* å as Latin-1 */
	assert_int_equal(text_invalid_at("ab\xFF" "cd", 5), 2);
	assert_int_equal(text_invalid_at("\xC3\xA5\xC3", 3), 2);
	assert_int_equal(text_invalid_at("\xC3\xA5", 2), (size_t)-1);
}

static void cp_width_of_kinds(void **state)
{
	(void)state;
	assert_int_equal(text_cp_width('a'), 1);
	assert_int_equal(text_cp_width(0xE5), 1);    /* å */
	assert_int_equal(text_cp_width(0x301), 0);   /* combining acute */
	assert_int_equal(text_cp_width(0x200B), 0);  /* zero width space */
	assert_int_equal(text_cp_width(0x4E2D), 2);  /* 中 */
	assert_int_equal(text_cp_width(0xAC00), 2);  /* 가 */
	assert_int_equal(text_cp_width(0xFF21), 2);  /* fullwidth A */
	assert_int_equal(text_cp_width(0x1F600), 2); /* 😀 */
	assert_int_equal(text_cp_width(0x1B), 0);    /* ESC */
	assert_int_equal(text_cp_width(0x2026), 1);  /* … */
}

static void width_of_strings(void **state)
{
	(void)state;
	assert_int_equal(text_width("Åsa"), 3);
	assert_int_equal(text_width("Förvaltningschef"), 16);
	assert_int_equal(text_width("中文"), 4);
	assert_int_equal(text_width("e\xCC\x81"), 1); /* e + U+0301 */
	assert_int_equal(text_width(""), 0);
	assert_int_equal(text_width(NULL), 0);
}

static void width_counts_broken_bytes_as_one_column(void **state)
{
	(void)state;
	/* Shown as U+FFFD once sanitised. */
	assert_int_equal(text_width("a\xFF" "b"), 3);
}

static void is_control_covers_c0_del_c1_bidi(void **state)
{
	static const uint32_t yes[] = {
		0x00, 0x07, 0x0A, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F,
		0x202A, 0x202E, 0x2066, 0x2069,
	};
	static const uint32_t no[] = {
		' ', 'a', '~', 0xA0, 0xE5, 0xC5, 0x2026, 0x2029, 0x202F, 0x206A,
	};
	size_t i;
	(void)state;
	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!text_is_control(yes[i]))
			fail_msg("U+%04X not a control", (unsigned)yes[i]);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		if (text_is_control(no[i]))
			fail_msg("U+%04X taken as control", (unsigned)no[i]);
}

static void sanitize_removes_escape_keeps_swedish(void **state)
{
	(void)state;
	assert_owned(text_sanitize("\x1b[31mRöd åsna\x1b[0m", false),
		     "[31mRöd åsna[0m");
	assert_owned(text_sanitize("Ärende åäö ÅÄÖ", false), "Ärende åäö ÅÄÖ");
}

static void sanitize_removes_del_c1_and_bidi(void **state)
{
	(void)state;
	assert_owned(text_sanitize("a\x7f" "b", false), "ab");
	assert_owned(text_sanitize("a\xC2\x9B" "b", false), "ab"); /* CSI */
	assert_owned(text_sanitize("\xE2\x80\xAE" "abc\xE2\x81\xA9", false),
		     "abc"); /* RLO … PDI */
	assert_owned(text_sanitize("bell\a", false), "bell");
}

static void sanitize_tab_becomes_space(void **state)
{
	(void)state;
	assert_owned(text_sanitize("a\tb", false), "a b");
	assert_owned(text_sanitize("a\tb", true), "a b");
}

static void sanitize_keeps_newlines_when_asked(void **state)
{
	(void)state;
	assert_owned(text_sanitize("rad 1\r\nrad 2\nrad 3", true),
		     "rad 1\nrad 2\nrad 3");
	assert_owned(text_sanitize("a\rb", true), "a\nb");
}

static void sanitize_line_break_becomes_space_on_one_line(void **state)
{
	(void)state;
	assert_owned(text_sanitize("Budget\r\n2024", false), "Budget 2024");
	assert_owned(text_sanitize("a\nb", false), "a b");
}

static void sanitize_replaces_invalid_utf8(void **state)
{
	(void)state;
	assert_owned(text_sanitize("a\xFF" "b", false), "a\xEF\xBF\xBD" "b");
	/* Latin-1 "Åsa" */
	assert_owned(text_sanitize("\xC5sa", false), "\xEF\xBF\xBDsa");
	/* One truncated character is one replacement. */
	assert_owned(text_sanitize("x\xE2\x80", false), "x\xEF\xBF\xBD");
	/* The result is valid UTF-8. */
	{
		char *s = text_sanitize("\xC0\x80\xED\xA0\x80\xF8", false);
		assert_non_null(s);
		assert_true(text_valid_utf8(s, strlen(s)));
		free(s);
	}
}

static void sanitize_null_gives_empty(void **state)
{
	(void)state;
	assert_owned(text_sanitize(NULL, true), "");
	assert_owned(text_sanitize("", false), "");
}

static void truncate_title_to_eight_columns(void **state)
{
	(void)state;
	assert_owned(text_truncate("Förvaltningschef", 8), "Förvalt…");
}

static void truncate_keeps_text_that_fits(void **state)
{
	(void)state;
	assert_owned(text_truncate("Åsa", 3), "Åsa");
	assert_owned(text_truncate("Åsa", 10), "Åsa");
	assert_owned(text_truncate("", 5), "");
}

static void truncate_to_zero_and_one_column(void **state)
{
	(void)state;
	assert_owned(text_truncate("Åsa", 0), "");
	assert_owned(text_truncate("Åsa", 1), "…");
}

static void truncate_never_splits_wide_characters(void **state)
{
	(void)state;
	/* 中文字 is 6 columns; in 4, 中 (2) and … (1) fit, 文 would not. */
	assert_owned(text_truncate("中文字", 4), "中…");
	assert_owned(text_truncate("中文字", 5), "中文…");
}

static void truncate_keeps_combining_marks_with_their_letter(void **state)
{
	(void)state;
	/* Three e + U+0301, 3 columns, into 2: "é…". */
	assert_owned(text_truncate("e\xCC\x81" "e\xCC\x81" "e\xCC\x81", 2),
		     "e\xCC\x81\xE2\x80\xA6");
}

static void fit_bytes_counts_whole_characters(void **state)
{
	(void)state;
	assert_int_equal(text_fit_bytes("Åsa", 1), 2);
	assert_int_equal(text_fit_bytes("Åsa", 3), 4);
	assert_int_equal(text_fit_bytes("Åsa", 99), 4);
	assert_int_equal(text_fit_bytes("中文", 3), 3);
	assert_int_equal(text_fit_bytes("e\xCC\x81x", 1), 3);
	assert_int_equal(text_fit_bytes("abc", 0), 0);
	assert_int_equal(text_fit_bytes(NULL, 5), 0);
}

static void upper_handles_swedish_letters(void **state)
{
	(void)state;
	assert_owned(text_upper("Exempelstads kommun"), "EXEMPELSTADS KOMMUN");
	assert_owned(text_upper("Åre, Älvsbyn och Örö; é ü ÷"), "ÅRE, ÄLVSBYN OCH ÖRÖ; É Ü ÷");
	assert_owned(text_upper(NULL), "");
}

static void placeholder_found_in_text(void **state)
{
	(void)state;
	assert_string_equal(text_placeholder("Diarienummer: ÄRENDENUMMER"), "ÄRENDENUMMER");
	assert_string_equal(text_placeholder("Datum: Välj det datum då ditt tjänsteutlåtande "
					     "godkänts"), "Välj det datum");
	assert_string_equal(text_placeholder("x klicka eller tryck här för att ange text."),
			    "klicka eller tryck här för att ange text");
	assert_string_equal(text_placeholder("Beslut enligt [...] bilaga"), "[...]");
	assert_string_equal(text_placeholder("Kostnad XXXX kr"), "XXXX");
	assert_null(text_placeholder("Utbildningsnämnden noterar informationen."));
	assert_null(text_placeholder(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decode_ascii),
		cmocka_unit_test(upper_handles_swedish_letters),
		cmocka_unit_test(placeholder_found_in_text),
		cmocka_unit_test(decode_two_three_four_bytes),
		cmocka_unit_test(decode_reads_only_the_first_character),
		cmocka_unit_test(decode_refuses_malformed),
		cmocka_unit_test(decode_respects_length),
		cmocka_unit_test(decode_accepts_extremes),
		cmocka_unit_test(encode_writes_utf8),
		cmocka_unit_test(encode_replaces_unencodable),
		cmocka_unit_test(valid_utf8_accepts_swedish_text),
		cmocka_unit_test(invalid_utf8_is_found_with_offset),
		cmocka_unit_test(cp_width_of_kinds),
		cmocka_unit_test(width_of_strings),
		cmocka_unit_test(width_counts_broken_bytes_as_one_column),
		cmocka_unit_test(is_control_covers_c0_del_c1_bidi),
		cmocka_unit_test(sanitize_removes_escape_keeps_swedish),
		cmocka_unit_test(sanitize_removes_del_c1_and_bidi),
		cmocka_unit_test(sanitize_tab_becomes_space),
		cmocka_unit_test(sanitize_keeps_newlines_when_asked),
		cmocka_unit_test(sanitize_line_break_becomes_space_on_one_line),
		cmocka_unit_test(sanitize_replaces_invalid_utf8),
		cmocka_unit_test(sanitize_null_gives_empty),
		cmocka_unit_test(truncate_title_to_eight_columns),
		cmocka_unit_test(truncate_keeps_text_that_fits),
		cmocka_unit_test(truncate_to_zero_and_one_column),
		cmocka_unit_test(truncate_never_splits_wide_characters),
		cmocka_unit_test(truncate_keeps_combining_marks_with_their_letter),
		cmocka_unit_test(fit_bytes_counts_whole_characters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
