/* The line editor's buffer: UTF-8 aware cursor movement and deletion. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "namnd/ledit.h"

static void type(struct ledit *e, const char *s)
{
	/* Only the code points used below: ASCII and å ä ö Å é. */
	while (*s) {
		uint32_t cp;
		unsigned char c = (unsigned char)*s;
		if (c < 0x80) {
			cp = c;
			s++;
		} else {
			cp = ((uint32_t)(c & 0x1F) << 6) | ((unsigned char)s[1] & 0x3F);
			s += 2;
		}
		assert_true(ledit_insert(e, cp));
	}
}

static void starts_at_end_of_initial_text(void **state)
{
	struct ledit e;
	(void)state;
	assert_int_equal(ledit_init(&e, "Årsredovisning", 100), 0);
	assert_string_equal(e.buf, "Årsredovisning");
	assert_int_equal(e.cur, strlen("Årsredovisning"));
	assert_int_equal(ledit_cursor_col(&e), 14);
	ledit_free(&e);
}

static void initial_text_is_sanitised_to_one_line(void **state)
{
	struct ledit e;
	(void)state;
	assert_int_equal(ledit_init(&e, "rad ett\nrad\x1b[31m två", 100), 0);
	assert_string_equal(e.buf, "rad ett rad[31m två");
	ledit_free(&e);
	assert_int_equal(ledit_init(&e, NULL, 10), 0);
	assert_string_equal(e.buf, "");
	ledit_free(&e);
}

static void initial_text_cut_on_a_character_boundary(void **state)
{
	struct ledit e;
	(void)state;
	/* "ö" is 2 bytes: 6 bytes of "abcöö" end inside the second ö. */
	assert_int_equal(ledit_init(&e, "abcöö", 6), 0);
	assert_string_equal(e.buf, "abcö");
	ledit_free(&e);
}

static void backspace_removes_a_whole_swedish_letter(void **state)
{
	struct ledit e;
	(void)state;
	ledit_init(&e, "", 100);
	type(&e, "Bäst");
	ledit_backspace(&e);
	ledit_backspace(&e);
	ledit_backspace(&e);
	assert_string_equal(e.buf, "B");
	ledit_backspace(&e);
	ledit_backspace(&e); /* at the start: nothing */
	assert_string_equal(e.buf, "");
	ledit_free(&e);
}

static void cursor_moves_by_characters_and_inserts_there(void **state)
{
	struct ledit e;
	(void)state;
	ledit_init(&e, "gra", 100);
	ledit_left(&e);
	ledit_left(&e);
	type(&e, "ö"); /* g|ra becomes gö|ra */
	assert_string_equal(e.buf, "göra");
	assert_int_equal(ledit_cursor_col(&e), 2);
	ledit_home(&e);
	type(&e, "å");
	assert_string_equal(e.buf, "ågöra");
	ledit_end(&e);
	ledit_right(&e); /* at the end: stays */
	assert_int_equal(e.cur, e.len);
	ledit_left(&e);
	ledit_delete(&e);
	assert_string_equal(e.buf, "ågör");
	ledit_delete(&e); /* at the end: nothing */
	assert_string_equal(e.buf, "ågör");
	ledit_free(&e);
}

static void combining_mark_stays_with_its_letter(void **state)
{
	struct ledit e;
	(void)state;
	/* "e" + COMBINING ACUTE (U+0301) + "x" */
	ledit_init(&e, "e\xCC\x81x", 100);
	ledit_left(&e);
	ledit_left(&e);
	assert_int_equal(e.cur, 0);
	ledit_right(&e);
	assert_int_equal(e.cur, 3);
	ledit_end(&e);
	ledit_left(&e);
	ledit_backspace(&e);
	assert_string_equal(e.buf, "x");
	ledit_free(&e);
}

static void delete_word_before_cursor(void **state)
{
	struct ledit e;
	(void)state;
	ledit_init(&e, "Förslag till beslut  ", 100);
	ledit_delete_word(&e);
	assert_string_equal(e.buf, "Förslag till ");
	ledit_delete_word(&e);
	assert_string_equal(e.buf, "Förslag ");
	ledit_word_left(&e);
	assert_int_equal(e.cur, 0);
	ledit_word_right(&e);
	assert_int_equal(e.cur, strlen("Förslag "));
	ledit_delete_word(&e);
	assert_string_equal(e.buf, "");
	ledit_free(&e);
}

static void kill_to_start_and_end(void **state)
{
	struct ledit e;
	(void)state;
	ledit_init(&e, "ärende åtta", 100);
	ledit_word_left(&e);
	ledit_kill_end(&e);
	assert_string_equal(e.buf, "ärende ");
	ledit_left(&e);
	ledit_kill_start(&e);
	assert_string_equal(e.buf, " ");
	assert_int_equal(e.cur, 0);
	ledit_free(&e);
}

static void control_characters_and_overflow_refused(void **state)
{
	struct ledit e;
	(void)state;
	ledit_init(&e, "abc", 4);
	assert_false(ledit_insert(&e, 0x1B)); /* ESC */
	assert_false(ledit_insert(&e, '\n'));
	assert_false(ledit_insert(&e, 0x202E)); /* bidi override */
	assert_false(ledit_insert(&e, 0xE5));  /* å needs 2 bytes: 5 > 4 */
	assert_true(ledit_insert(&e, 'd'));
	assert_false(ledit_insert(&e, 'e'));
	assert_string_equal(e.buf, "abcd");
	ledit_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(starts_at_end_of_initial_text),
		cmocka_unit_test(initial_text_is_sanitised_to_one_line),
		cmocka_unit_test(initial_text_cut_on_a_character_boundary),
		cmocka_unit_test(backspace_removes_a_whole_swedish_letter),
		cmocka_unit_test(cursor_moves_by_characters_and_inserts_there),
		cmocka_unit_test(combining_mark_stays_with_its_letter),
		cmocka_unit_test(delete_word_before_cursor),
		cmocka_unit_test(kill_to_start_and_end),
		cmocka_unit_test(control_characters_and_overflow_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
