/* The document model and its text rendering: alignment by display width,
 * wrapping inside columns, page width, sanitizing, atomic writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/doc.h"
#include "namnd/text.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static const struct doc_column agenda_cols[] = {
	{ "Nr", 2, 3, DOC_LEFT, false },
	{ "Ärende", 10, 0, DOC_LEFT, true },
	{ "Föredragande", 8, 16, DOC_LEFT, true },
	{ "Tid", 11, 11, DOC_LEFT, false },
};

static struct nd_doc *basic_doc(void)
{
	struct nd_doc *d = doc_new("Kallelse");
	assert_non_null(d);
	doc_header(d, "EXEMPELSTADS KOMMUN", "KALLELSE");
	doc_header(d, "Utbildningsnämndens arbetsutskott", "2024-03-20");
	doc_fields_begin(d, 0);
	doc_field(d, "Tid", "onsdag 20 mars 2024 kl. 08.30");
	doc_field(d, "Plats", "Sammanträdesrum Älven, Stadshuset");
	doc_fields_begin(d, 0);
	doc_field(d, "Ledamöter", "Karin Åberg (S), ordförande");
	doc_field(d, NULL, "Olof Ek (M)");
	doc_field(d, "Ersättare", "Per Lind (S)");
	doc_para(d, "Förhinder anmäls till Maria Nord, nämndsekreterare, "
		 "maria.nord@exempelstad.se, telefon 0123-456 78.");
	doc_para(d, "Karin Åberg\nOrdförande");
	doc_heading(d, "FÖREDRAGNINGSLISTA");
	doc_table_begin(d, 4, agenda_cols);
	doc_table_row(d, (const char *[]){ "A", "Upprop", "", "08.30–08.35" });
	doc_table_row(d, (const char *[]){ "3", "Handlingsplan för digitalisering av "
					   "grundskolan 2024–2026", "Verksamhetsutvecklare",
					   "09.00–09.30" });
	doc_table_row(d, (const char *[]){ "", "Fika", NULL, "09.30–09.45" });
	assert_int_equal(doc_status(d), ND_OK);
	return d;
}

/* The hand-written golden file: every block kind a kallelse uses. */
static void text_matches_golden(void **state)
{
	(void)state;
	struct nd_doc *d = basic_doc();
	char *got = doc_render_text(d, 60);
	char *want = slurp("tests/golden/doc_basic.txt");
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
	free(want);
	doc_free(d);
}

/* No line is wider than the page, at any width. */
static void lines_fit_the_width(void **state)
{
	(void)state;
	struct nd_doc *d = basic_doc();
	for (int w = DOC_WIDTH_MIN; w <= 100; w += 7) {
		char *got = doc_render_text(d, w);
		assert_non_null(got);
		for (char *line = strtok(got, "\n"); line; line = strtok(NULL, "\n"))
			assert_true(text_width(line) <= (size_t)w);
		free(got);
	}
	doc_free(d);
}

static void long_word_is_cut_with_hyphen(void **state)
{
	(void)state;
	char word[71];
	memset(word, 'a', 70);
	word[70] = '\0';
	struct nd_doc *d = doc_new("x");
	doc_para(d, word);
	char *got = doc_render_text(d, 60);
	char want[80];
	memset(want, 'a', 59);
	snprintf(want + 59, sizeof want - 59, "-\n%.11s\n", word);
	assert_string_equal(got, want);
	free(got);
	doc_free(d);
}

/* A hyphenated compound breaks after its hyphen (the line is exactly 62
 * wide), a free-standing dash does not end a line. */
static void breaks_after_hyphen_in_word(void **state)
{
	(void)state;
	struct nd_doc *d = doc_new("x");
	doc_para(d, "Remiss - Samverkansavtal familjecentraler och familjecentrals-"
		 "liknande verksamheter i VGR");
	char *got = doc_render_text(d, 62);
	assert_string_equal(got, "Remiss - Samverkansavtal familjecentraler och "
			    "familjecentrals-\nliknande verksamheter i VGR\n");
	free(got);
	doc_free(d);
}

static void control_characters_never_reach_the_text(void **state)
{
	(void)state;
	struct nd_doc *d = doc_new("x");
	doc_para(d, "R\x1b[31mubrik\x07");
	doc_table_begin(d, 1, (const struct doc_column[]){ { "A\x1b", 1, 0, DOC_LEFT, true } });
	doc_table_row(d, (const char *[]){ "x\x1b]0;t\x07y" });
	char *got = doc_render_text(d, 60);
	assert_null(strchr(got, '\x1b'));
	assert_null(strchr(got, '\x07'));
	assert_non_null(strstr(got, "R[31mubrik"));
	free(got);
	doc_free(d);
}

static void right_aligned_column_and_no_header(void **state)
{
	(void)state;
	struct nd_doc *d = doc_new("x");
	static const struct doc_column cols[] = {
		{ NULL, 0, 0, DOC_LEFT, false },
		{ NULL, 0, 0, DOC_RIGHT, false },
	};
	doc_table_begin(d, 2, cols);
	doc_table_row(d, (const char *[]){ "Ja: Karin Åberg (S), Per Lind (S)", "2" });
	doc_table_row(d, (const char *[]){ "Nej: Olof Ek (M)", "10" });
	char *got = doc_render_text(d, 60);
	assert_string_equal(got, "Ja: Karin Åberg (S), Per Lind (S)   2\n"
				 "Nej: Olof Ek (M)                   10\n");
	free(got);
	doc_free(d);
}

static void signatures_and_list(void **state)
{
	(void)state;
	struct nd_doc *d = doc_new("x");
	doc_signature(d, "Sekreterare", "Maria Nord");
	doc_signature(d, "Ordförande", "Karin Åberg");
	doc_heading(d, "Beslutsunderlag");
	doc_list_item(d, "Tjänsteutlåtande 2024-03-01");
	doc_list_item(d, "Handlingsplan digitalisering 2024–2026");
	char *got = doc_render_text(d, 60);
	assert_string_equal(got,
		"Sekreterare  ..............................  Maria Nord\n"
		"Ordförande   ..............................  Karin Åberg\n"
		"\n"
		"Beslutsunderlag\n"
		"- Tjänsteutlåtande 2024-03-01\n"
		"- Handlingsplan digitalisering 2024–2026\n");
	free(got);
	doc_free(d);
}

static void write_is_atomic_and_refuses_missing_folder(void **state)
{
	(void)state;
	char dir[] = "/tmp/namnd-doc-XXXXXX";
	char path[128], bad[160];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/kallelse.txt", dir);
	struct nd_doc *d = basic_doc();
	assert_int_equal(doc_write(d, DOC_TEXT, 60, path), ND_OK);
	char *got = slurp(path), *want = slurp("tests/golden/doc_basic.txt");
	assert_string_equal(got, want);
	free(got);
	free(want);
	snprintf(bad, sizeof bad, "%s/saknas/kallelse.txt", dir);
	assert_int_equal(doc_write(d, DOC_TEXT, 60, bad), ND_EIO);
	assert_non_null(strstr(nd_errmsg(), "saknas"));
	assert_non_null(strstr(nd_errmsg(), "finns inte"));
	/* Only the one file: no temporary left behind. */
	char cmd[200];
	snprintf(cmd, sizeof cmd, "test \"$(ls -A %s)\" = kallelse.txt", dir);
	assert_int_equal(system(cmd), 0);
	unlink(path);
	rmdir(dir);
	doc_free(d);
}

/* The xlsx is checked by openpyxl, never by reading it back ourselves. */
static void xlsx_read_by_openpyxl(void **state)
{
	(void)state;
	char dir[] = "/tmp/namnd-xlsx-XXXXXX";
	char path[128], cmd[300];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/kallelse.xlsx", getenv("KEEP_XLSX") ? "/tmp" : dir);
	struct nd_doc *d = basic_doc();
	doc_table_row(d, (const char *[]){ "4", "=SUM(A1:A2)", "", "09.45–09.50" });
	assert_int_equal(doc_write(d, DOC_XLSX, 0, path), ND_OK);
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 tests/xlsx/check_doc_basic.py %s", path);
	assert_int_equal(system(cmd), 0);
	unlink(path);
	rmdir(dir);
	doc_free(d);
}

/* The PDF in memory, as the e-mail and the published site take it: read
 * by poppler-utils (tests/cli/pdf_check.py) against the text rendering.
 * Without doc_info the title is the document's name and the author the
 * header's first line. */
static void pdf_in_memory_read_by_poppler(void **state)
{
	(void)state;
	char dir[] = "/tmp/namnd-pdf-XXXXXX";
	char pdf[128], txt[128], cmd[600];
	unsigned char *bytes = NULL;
	size_t len = 0;
	enum doc_format fmt = DOC_TEXT;
	assert_non_null(mkdtemp(dir));
	snprintf(pdf, sizeof pdf, "%s/kallelse.pdf", dir);
	snprintf(txt, sizeof txt, "%s/kallelse.txt", dir);
	struct nd_doc *d = basic_doc();
	doc_subheading(d, "Beslutsunderlag");
	doc_list_item(d, "Tjänsteutlåtande 2024-03-01");
	doc_signature(d, "Ordförande", "Karin Åberg");
	assert_int_equal(doc_render_pdf(d, &bytes, &len), ND_OK);
	assert_true(len > 1000);
	assert_memory_equal(bytes, "%PDF-", 5);
	FILE *f = fopen(pdf, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	fclose(f);
	free(bytes);
	assert_int_equal(doc_write(d, DOC_TEXT, 400, txt), ND_OK);
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 tests/cli/pdf_check.py %s %s --pages 1 "
		 "--title Kallelse --author 'EXEMPELSTADS KOMMUN' --page-text '1:1 (1)'", pdf, txt);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(doc_format_guess("dir.x/Kallelse.PDF"), DOC_PDF);
	assert_int_equal(doc_format_guess("kallelse.pdf.txt"), DOC_TEXT);
	assert_int_equal(doc_format_parse("pdf", &fmt), ND_OK);
	assert_int_equal(fmt, DOC_PDF);
	unlink(pdf);
	unlink(txt);
	rmdir(dir);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_matches_golden),
		cmocka_unit_test(lines_fit_the_width),
		cmocka_unit_test(long_word_is_cut_with_hyphen),
		cmocka_unit_test(breaks_after_hyphen_in_word),
		cmocka_unit_test(control_characters_never_reach_the_text),
		cmocka_unit_test(right_aligned_column_and_no_header),
		cmocka_unit_test(signatures_and_list),
		cmocka_unit_test(write_is_atomic_and_refuses_missing_folder),
		cmocka_unit_test(xlsx_read_by_openpyxl),
		cmocka_unit_test(pdf_in_memory_read_by_poppler),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
