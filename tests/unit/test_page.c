/* Keyset pages the UI lists use: the register filtered by words, the
 * person register in Swedish order, meetings by date (per committee). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "namnd/case.h"
#include "namnd/db.h"
#include "namnd/page.h"

static char dir[64];
static char path[128];
static struct nd_db *db;

static void add(const struct nd_entity *e, int n, const char *const *names,
		const char *const *values)
{
	long long id;
	if (entity_add(db, e, n, names, values, &id))
		fail_msg("%s", nd_errmsg());
}

static void add_case(const char *title, const char *proposal)
{
	const char *names[3] = { "committee", "title", "proposal" };
	const char *values[3] = { "UBN", title, proposal };
	long long id;
	char dnr[64];
	if (case_add(db, NULL, NULL, 2024, proposal ? 3 : 2, names, values, &id, dnr,
		     sizeof dnr))
		fail_msg("%s", nd_errmsg());
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/namnd-page-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/t.db", dir);
	setenv("NAMND_TODAY", "2024-03-12", 1);
	setenv("NAMND_USER", "enhetstest", 1);
	if (db_open(path, DB_CREATE, &db))
		return -1;
	add(&committee_entity, 2, (const char *[]){ "code", "name" },
	    (const char *[]){ "UBN", "Utbildningsnämnden" });
	add(&committee_entity, 2, (const char *[]){ "code", "name" },
	    (const char *[]){ "SN", "Socialnämnden" });
	return 0;
}

static int teardown(void **state)
{
	char side[160];
	(void)state;
	db_close(db);
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
	return 0;
}

/* Rows as "col1|col2" lines of the chosen columns. */
struct out {
	char text[2048];
	int rows, c1, c2;
	long long last_id;
	char last1[200], last2[200];
};

static int collect(void *ctx, sqlite3_stmt *st)
{
	struct out *o = ctx;
	size_t l = strlen(o->text);
	const char *a = (const char *)sqlite3_column_text(st, o->c1);
	const char *b = (const char *)sqlite3_column_text(st, o->c2);
	snprintf(o->text + l, sizeof o->text - l, "%s|%s\n", a ? a : "", b ? b : "");
	o->rows++;
	o->last_id = sqlite3_column_int64(st, 0);
	snprintf(o->last1, sizeof o->last1, "%s", a ? a : "");
	snprintf(o->last2, sizeof o->last2, "%s", b ? b : "");
	return 0;
}

static void case_filter_pages_only_matching_cases(void **state)
{
	struct out o = { "", 0, 1, 2, 0, "", "" };
	struct case_key key;
	(void)state;
	add_case("Skolskjuts i Åby", NULL);
	add_case("Budget 2025", "Nämnden beslutar att anta budgeten.");
	add_case("Lokaler för förskola", NULL);
	add_case("Skolskjutsregler", NULL);
	add_case("Månadsrapport", "Skolskjuts kostar mer än budgeterat.");
	/* Words match title and texts, the last one as a prefix. */
	assert_int_equal(case_page_match(db, CASE_BY_DNR, false, NULL, "skolskjuts", 10,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/1|Skolskjuts i Åby\nUBN 2024/4|Skolskjutsregler\n"
				    "UBN 2024/5|Månadsrapport\n");
	/* A page after the first hit continues among the hits only. */
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	memset(&key, 0, sizeof key);
	snprintf(key.series, sizeof key.series, "UBN");
	key.year = 2024;
	key.number = 1;
	assert_int_equal(case_page_match(db, CASE_BY_DNR, false, &key, "skolskjuts", 1,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/4|Skolskjutsregler\n");
	/* Backward by title from the end, among the hits. */
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	assert_int_equal(case_page_match(db, CASE_BY_TITLE, true, NULL, "budget", 10,
					 collect, &o), ND_OK);
	/* "budget" is a prefix of "budgeterat" in a proposal, too. */
	assert_string_equal(o.text, "UBN 2024/5|Månadsrapport\nUBN 2024/2|Budget 2025\n");
	/* FTS syntax in the filter is only text; no words: everything. */
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	assert_int_equal(case_page_match(db, CASE_BY_DNR, false, NULL, "\"NEAR(* OR", 10,
					 collect, &o), ND_OK);
	assert_int_equal(o.rows, 0);
	memset(&o, 0, sizeof o);
	assert_int_equal(case_page_match(db, CASE_BY_DNR, false, NULL, "   ", 10, collect,
					 &o), ND_OK);
	assert_int_equal(o.rows, 5);
}

/* A word in more ärenden than the word index is best sorted for (over
 * 50 000) is found by walking the sort order: the same rows either way. */
static void case_filter_with_a_common_word(void **state)
{
	struct out o = { "", 0, 1, 2, 0, "", "" };
	struct case_key key;
	char *err = NULL;
	(void)state;
	/* 60 000 ärenden, nine in ten about skolskjuts, in one transaction. */
	if (sqlite3_exec(db->h, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
			 "SELECT i + 1 FROM n WHERE i < 60000) INSERT INTO cases (dnr_series, "
			 "dnr_year, dnr_number, title, registered) SELECT 'UBN', 2024, i, "
			 "CASE i % 10 WHEN 0 THEN 'Lokaler ' || i ELSE 'Skolskjuts ' || i END, "
			 "'2024-01-01' FROM n; COMMIT", NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s", err);
	assert_int_equal(case_page_match(db, CASE_BY_DNR, false, NULL, "skolskjuts", 3,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/1|Skolskjuts 1\nUBN 2024/2|Skolskjuts 2\n"
				    "UBN 2024/3|Skolskjuts 3\n");
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	memset(&key, 0, sizeof key);
	snprintf(key.series, sizeof key.series, "UBN");
	key.year = 2024;
	key.number = 59991;
	assert_int_equal(case_page_match(db, CASE_BY_DNR, true, &key, "skolskjuts", 2,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/59989|Skolskjuts 59989\n"
				    "UBN 2024/59988|Skolskjuts 59988\n");
	/* By title, character by character: "Lokaler …" sort first and never
	 * match; "Skolskjuts 10", "100", "1000" and "10000" are Lokaler. */
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	assert_int_equal(case_page_match(db, CASE_BY_TITLE, false, NULL, "skolskjuts", 2,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/1|Skolskjuts 1\nUBN 2024/10001|Skolskjuts 10001\n");
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	assert_int_equal(case_page_match(db, CASE_BY_TITLE, true, NULL, "lokaler", 1,
					 collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN 2024/9990|Lokaler 9990\n");
}

static void person_pages_in_swedish_order(void **state)
{
	static const char *const names[] = { "Östen Berg", "Åsa Lind", "Anna Ek", "Ärla Holm",
					     "Bo Ek", "Zelda Ax" };
	struct out o = { "", 0, 1, 4, 0, "", "" };
	(void)state;
	for (size_t i = 0; i < 6; i++)
		add(&person_entity, 1, (const char *[]){ "name" }, &names[i]);
	add(&membership_entity, 3, (const char *[]){ "person", "committee", "role" },
	    (const char *[]){ "Åsa Lind", "UBN", "ledamot" });
	assert_int_equal(person_page(db, false, NULL, 0, 3, collect, &o), ND_OK);
	assert_string_equal(o.text, "Anna Ek|\nBo Ek|\nZelda Ax|\n");
	/* The next page starts after the last key: å, ä, ö last. */
	char name[200];
	snprintf(name, sizeof name, "%s", o.last1);
	long long id = o.last_id;
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 4;
	assert_int_equal(person_page(db, false, name, id, 10, collect, &o), ND_OK);
	assert_string_equal(o.text, "Åsa Lind|UBN ledamot\nÄrla Holm|\nÖsten Berg|\n");
	/* Backward from the end, nearest first. */
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 4;
	assert_int_equal(person_page(db, true, NULL, 0, 2, collect, &o), ND_OK);
	assert_string_equal(o.text, "Östen Berg|\nÄrla Holm|\n");
}

static void meeting_pages_by_date_and_committee(void **state)
{
	static const char *const m[][3] = {
		{ "UBN", "2024-03-20", "13:00" }, { "SN", "2024-03-14", "09:00" },
		{ "UBN", "2024-02-14", "13:00" }, { "SN", "2024-03-20", "09:00" },
	};
	struct out o = { "", 0, 1, 2, 0, "", "" };
	(void)state;
	for (size_t i = 0; i < 4; i++)
		add(&meeting_entity, 3, (const char *[]){ "committee", "date", "time" }, m[i]);
	/* From a date on: the key (date, "", 0) starts at that day. */
	assert_int_equal(meeting_page(db, NULL, false, "2024-03-14", "", 0, 10, collect, &o),
			 ND_OK);
	assert_string_equal(o.text, "SN|2024-03-14\nSN|2024-03-20\nUBN|2024-03-20\n");
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 2;
	assert_int_equal(meeting_page(db, "ubn", false, NULL, NULL, 0, 10, collect, &o), ND_OK);
	assert_string_equal(o.text, "UBN|2024-02-14\nUBN|2024-03-20\n");
	memset(&o, 0, sizeof o);
	o.c1 = 1;
	o.c2 = 3;
	assert_int_equal(meeting_page(db, NULL, true, "2024-03-20", "09:00", 1 << 30, 2,
				      collect, &o), ND_OK);
	assert_string_equal(o.text, "SN|09:00\nSN|09:00\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(case_filter_pages_only_matching_cases, setup,
						teardown),
		cmocka_unit_test_setup_teardown(case_filter_with_a_common_word, setup,
						teardown),
		cmocka_unit_test_setup_teardown(person_pages_in_swedish_order, setup, teardown),
		cmocka_unit_test_setup_teardown(meeting_pages_by_date_and_committee, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
