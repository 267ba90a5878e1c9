/* CSV/TSV files as finance systems and Excel write them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "namnd/tabfile.h"

static struct tab_file *parse_ok(const char *data, size_t len, const struct tab_opts *o)
{
	struct tab_file *t = NULL;
	if (tab_parse(data, len, o, &t) != ND_OK)
		fail_msg("refused: %s", nd_errmsg());
	return t;
}

#define PARSE(lit) parse_ok(lit, sizeof lit - 1, NULL)

static void expect_refused(const char *data, size_t len, const struct tab_opts *o,
			   enum nd_err want, const char *part)
{
	struct tab_file *t = (struct tab_file *)1;
	enum nd_err e = tab_parse(data, len, o, &t);
	if (e != want)
		fail_msg("got %d, want %d (%s)", e, want, nd_errmsg());
	assert_null(t);
	if (!strstr(nd_errmsg(), part))
		fail_msg("message \"%s\" lacks \"%s\"", nd_errmsg(), part);
}

#define REFUSED(lit, want, part) expect_refused(lit, sizeof lit - 1, NULL, want, part)

static void test_seed_tsv(void **state)
{
	(void)state;
	struct tab_file *t = PARSE(
		"Utbildning\tBudget tkr (ack)\tUtfall tkr (ack)\n"
		"Utbildning\t-795 480\t-792 815\n"
		"Förskola köpta, sålda\t-21 107\t-20 125\n");
	assert_int_equal(t->nrows, 3);
	assert_int_equal(t->width, 3);
	assert_int_equal(t->delim, '\t');
	assert_int_equal(t->encoding, TAB_UTF8);
	assert_string_equal(t->rows[2].cells[0], "Förskola köpta, sålda");
	assert_string_equal(t->rows[1].cells[2], "-792 815");
	assert_int_equal(t->rows[2].line, 3);
	assert_string_equal(t->note, "Teckenkodning: UTF-8; avgränsare: tabb.");
	tab_free(t);
}

static void test_semicolon_bom_crlf(void **state)
{
	(void)state;
	struct tab_file *t = PARSE("\xEF\xBB\xBFOmråde;Budget\r\nKomvux;-10 463\r\n");
	assert_int_equal(t->encoding, TAB_UTF8_BOM);
	assert_int_equal(t->delim, ';');
	assert_string_equal(t->rows[0].cells[0], "Område"); /* no BOM in the cell */
	assert_string_equal(t->rows[1].cells[1], "-10 463");   /* no \r */
	assert_non_null(strstr(t->note, "UTF-8 med BOM"));
	assert_non_null(strstr(t->note, "semikolon"));
	tab_free(t);
}

static void test_windows_1252_converted(void **state)
{
	(void)state;
	/* "Förskola;Övrigt €" in Windows-1252, Mac line ends (lone CR). */
	struct tab_file *t = PARSE("F\xF6rskola;\xD6vrigt \x80\rK\xF6pt;1\r");
	assert_int_equal(t->encoding, TAB_CP1252);
	assert_string_equal(t->rows[0].cells[0], "Förskola");
	assert_string_equal(t->rows[0].cells[1], "Övrigt €");
	assert_string_equal(t->rows[1].cells[0], "Köpt");
	assert_int_equal(t->rows[1].line, 2);
	assert_non_null(strstr(t->note, "Windows-1252 (omkodad till UTF-8)"));
	tab_free(t);
}

static void test_utf16_excel_unicode_text(void **state)
{
	(void)state;
	/* "Å\tB\r\n1\t2\r\n" in UTF-16LE with BOM. */
	static const char d[] = "\xFF\xFE\xC5\x00\t\x00" "B\x00\r\x00\n\x00"
				"1\x00\t\x00" "2\x00\r\x00\n\x00";
	struct tab_file *t = parse_ok(d, sizeof d - 1, NULL);
	assert_int_equal(t->encoding, TAB_UTF16);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(t->rows[0].cells[0], "Å");
	assert_string_equal(t->rows[1].cells[1], "2");
	assert_int_equal(t->rows[1].line, 2);
	tab_free(t);
}

static void test_quoted_cells_keep_lines(void **state)
{
	(void)state;
	struct tab_file *t = PARSE(
		"Område,Kommentar,Belopp\n"
		"\"Förskola, köpta\",\"Rad ett\nrad två\n\"\"tre\"\"\",\"1 234,5\"\n"
		"\n"
		"Komvux,,-603\n");
	assert_int_equal(t->delim, ',');
	assert_int_equal(t->nrows, 3);
	assert_string_equal(t->rows[1].cells[0], "Förskola, köpta");
	assert_string_equal(t->rows[1].cells[1], "Rad ett\nrad två\n\"tre\"");
	assert_string_equal(t->rows[1].cells[2], "1 234,5");
	assert_int_equal(t->rows[1].line, 2);
	assert_int_equal(t->rows[2].line, 6); /* after a 3-line row and a blank line */
	assert_string_equal(t->rows[2].cells[1], "");
	tab_free(t);
}

static void test_blank_rows_skipped(void **state)
{
	(void)state;
	struct tab_file *t = PARSE("\n\na;b\n;\n \xC2\xA0;\t\nc;d");
	assert_int_equal(t->delim, ';'); /* a stray tab does not win */
	assert_int_equal(t->nrows, 2);
	assert_int_equal(t->rows[0].line, 3);
	assert_int_equal(t->rows[1].line, 6);
	assert_string_equal(t->rows[1].cells[1], "d"); /* last line without \n */
	tab_free(t);
}

static void test_delimiter_from_most_lines(void **state)
{
	(void)state;
	/* A title line without delimiters, commas inside names. */
	static const char d[] = "Månadsuppföljning\n\nOmråde\tBudget\n"
				"Förskola köpta, sålda\t1\nKomvux\t2\n";
	struct tab_opts o = { .allow_ragged = true };
	struct tab_file *t = parse_ok(d, sizeof d - 1, &o);
	assert_int_equal(t->delim, '\t');
	assert_string_equal(t->rows[2].cells[0], "Förskola köpta, sålda");
	tab_free(t);
	t = PARSE("a;b\n\"x\ty\";c\nd;e\n");
	assert_int_equal(t->delim, ';'); /* the tab is inside quotes */
	tab_free(t);
}

static void test_delimiter_forced_and_single_column(void **state)
{
	(void)state;
	struct tab_opts o = { .delim = ';' };
	struct tab_file *t = parse_ok("a,b;c\n", 6, &o);
	assert_int_equal(t->width, 2);
	assert_string_equal(t->rows[0].cells[0], "a,b");
	tab_free(t);
	t = PARSE("Ett ärende\nEtt till\n");
	assert_int_equal(t->width, 1);
	assert_non_null(strstr(t->note, "ingen (en kolumn)"));
	tab_free(t);
}

static void test_ragged_rows(void **state)
{
	(void)state;
	REFUSED("a\tb\tc\n1\t2\t3\n4\t5\n", ND_EINVAL, "Rad 3 har 2 celler men första raden (rad 1) har 3");
	struct tab_opts o = { .allow_ragged = true };
	struct tab_file *t = parse_ok("a\tb\tc\n4\t5\n", 10, &o);
	assert_int_equal(t->rows[1].ncells, 2);
	assert_int_equal(t->width, 3);
	assert_string_equal(tab_cell(&t->rows[1], 2), "");
	assert_string_equal(tab_cell(&t->rows[1], 1), "5");
	tab_free(t);
}

static void test_empty_and_binary_refused(void **state)
{
	(void)state;
	expect_refused("", 0, NULL, ND_EINVAL, "Filen är tom.");
	REFUSED(" \n\r\n\t\n", ND_EINVAL, "Filen är tom");
	REFUSED("a;b\nc\0d;e\n", ND_EINVAL, "Rad 2: filen innehåller nolltecken");
	REFUSED("PK\x03\x04rest", ND_EINVAL, "Excel-arbetsbok");
	struct tab_opts o = { .file_max = 4 };
	expect_refused("a;b\nc;d\n", 8, &o, ND_ETOOLONG, "högst 4 byte");
}

static void test_bad_bytes_refused(void **state)
{
	(void)state;
	/* 0x81 is undefined in Windows-1252. */
	REFUSED("a;b\nF\xF6r;\x81\n", ND_EINVAL, "Rad 2: byte 0x81 är varken UTF-8 eller Windows-1252");
	/* UTF-8 with one broken byte is damaged UTF-8, not Windows-1252. */
	REFUSED("Förskola;1\nK\xF6pt;2\n", ND_EINVAL, "Rad 2: byte 0xF6 är inte giltig UTF-8");
	REFUSED("\xFF\xFE" "a\x00\x00", ND_EINVAL, "udda antal byte");
	REFUSED("\xFF\xFE" "a\x00\n\x00\x00\xD8" "b\x00", ND_EINVAL, "Rad 2: filen är UTF-16");
}

static void test_huge_cell_refused(void **state)
{
	(void)state;
	size_t big = 1024 * 1024;
	char *d = malloc(big + 64);
	assert_non_null(d);
	strcpy(d, "Område;Kommentar\nKomvux;");
	size_t n = strlen(d);
	memset(d + n, 'x', big);
	n += big;
	d[n++] = '\n';
	expect_refused(d, n, NULL, ND_ETOOLONG, "Rad 2, kolumn 2: cellen är 1048576 byte");
	/* A quote never closed swallows the rest: refused as soon as too big. */
	strcpy(d, "a;b\nc;\"");
	n = strlen(d);
	for (size_t i = 0; i < 100000; i++) {
		memcpy(d + n, "rad\n", 4);
		n += 4;
	}
	expect_refused(d, n, NULL, ND_ETOOLONG, "Rad 2, kolumn 2: cellen är över 65536 byte");
	struct tab_opts o = { .cell_max = 1024 * 1024 };
	expect_refused(d, n, &o, ND_EINVAL, "Rad 2, kolumn 2: citattecknet");
	free(d);
}

static void test_unclosed_quote_refused(void **state)
{
	(void)state;
	REFUSED("a;b\nc;\"d\ne\n", ND_EINVAL, "Rad 2, kolumn 2: citattecknet som börjar cellen avslutas aldrig");
}

/* A large file spans many slabs: every cell reads back as written, and
 * released rows read as empty while the rest (the header too) are kept. */
static void test_large_file_and_release(void **state)
{
	(void)state;
	enum { ROWS = 60000 };
	size_t cap = (size_t)ROWS * 40 + 64, n = 0;
	char *data = malloc(cap);
	assert_non_null(data);
	n += (size_t)snprintf(data + n, cap - n, "Område\tBudget\tKommentar\n");
	for (int i = 1; i <= ROWS; i++)
		n += (size_t)snprintf(data + n, cap - n, "Område %06d\t%d\t%s\n", i, -i,
				      i % 7 ? "" : "sju");
	struct tab_file *t = NULL;
	assert_int_equal(tab_parse_take(data, n, NULL, &t), ND_OK);
	assert_int_equal(t->nrows, ROWS + 1);
	char want[32];
	for (size_t i = 1; i <= ROWS; i += 997) {
		snprintf(want, sizeof want, "Område %06zu", i);
		assert_string_equal(tab_cell(&t->rows[i], 0), want);
		snprintf(want, sizeof want, "%ld", -(long)i);
		assert_string_equal(tab_cell(&t->rows[i], 1), want);
		assert_string_equal(tab_cell(&t->rows[i], 2), i % 7 ? "" : "sju");
	}
	tab_rows_release(t, 1, 30000);
	tab_rows_release(t, 1, 45001);
	assert_string_equal(tab_cell(&t->rows[0], 0), "Område");
	assert_string_equal(tab_cell(&t->rows[0], 2), "Kommentar");
	assert_string_equal(tab_cell(&t->rows[1], 0), "");
	assert_string_equal(tab_cell(&t->rows[45000], 1), "");
	assert_string_equal(tab_cell(&t->rows[45001], 0), "Område 045001");
	assert_string_equal(tab_cell(&t->rows[ROWS], 0), "Område 060000");
	tab_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_tsv),
		cmocka_unit_test(test_semicolon_bom_crlf),
		cmocka_unit_test(test_windows_1252_converted),
		cmocka_unit_test(test_utf16_excel_unicode_text),
		cmocka_unit_test(test_quoted_cells_keep_lines),
		cmocka_unit_test(test_blank_rows_skipped),
		cmocka_unit_test(test_delimiter_from_most_lines),
		cmocka_unit_test(test_delimiter_forced_and_single_column),
		cmocka_unit_test(test_ragged_rows),
		cmocka_unit_test(test_empty_and_binary_refused),
		cmocka_unit_test(test_bad_bytes_refused),
		cmocka_unit_test(test_huge_cell_refused),
		cmocka_unit_test(test_unclosed_quote_refused),
		cmocka_unit_test(test_large_file_and_release),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
