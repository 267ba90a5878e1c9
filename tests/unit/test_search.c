/* Search and the word-filtered Ärenden list on a register that changes
 * under them: a search's query and a filter's matches are kept between
 * pages (search.c, case.c), and a write by this connection or by another
 * program is seen by the next page. A prefix of a common word finds the
 * rarer words that begin the same, on both sides of it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "namnd/case.h"
#include "namnd/db.h"
#include "namnd/search.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/namnd-test-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/t.db", dir);
	setenv("NAMND_TODAY", "2024-03-12", 1);
	setenv("NAMND_USER", "enhetstest", 1);
	return 0;
}

static int teardown(void **state)
{
	char side[160];
	(void)state;
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	rmdir(dir);
	return 0;
}

static void exec_ok(sqlite3 *h, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err ? err : "?");
}

/* A write by another program (another namnd, say): its own connection. */
static void other_program(const char *sql)
{
	struct nd_db *o = NULL;
	assert_int_equal(db_open(path, 0, &o), ND_OK);
	exec_ok(o->h, sql);
	db_close(o);
}

static int count_row(void *ctx, sqlite3_stmt *st)
{
	(void)st;
	(*(int *)ctx)++;
	return 0;
}

static int hits(struct nd_db *db, const char *text)
{
	int n = 0;
	if (search_page(db, text, 0, 0, "[", "]", count_row, &n))
		fail_msg("%s", nd_errmsg());
	return n;
}

struct walk {
	int rows;
	struct case_key last;
	char title[256];
	long long seen_max;
};

static int on_case(void *ctx, sqlite3_stmt *st)
{
	struct walk *w = ctx;
	case_key_from_row(st, &w->last);
	snprintf(w->title, sizeof w->title, "%s", w->last.title);
	w->last.title = w->title;
	w->rows++;
	return 0;
}

/* The filtered list read a screenful at a time, as the UI pages it. */
static int listed(struct nd_db *db, const char *text)
{
	struct walk w;
	int total = 0;
	memset(&w, 0, sizeof w);
	for (;;) {
		struct case_key after = w.last;
		bool first = total == 0;
		w.rows = 0;
		if (case_page_match(db, CASE_BY_DNR, false, first ? NULL : &after, text, 24,
				    on_case, &w))
			fail_msg("%s", nd_errmsg());
		total += w.rows;
		if (w.rows < 24)
			return total;
	}
}

#define ADD(n, title) \
	"INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, registered) " \
	"VALUES ('UBN', 2024, " #n ", '" title "', '2024-01-02')"

static void test_rare_words_beside_a_common_one(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	/* 2100 ärenden say "förvaltningen": a common word, and more than
	 * the filter sorts (it walks the list and tests each row). */
	exec_ok(db->h, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
		"WHERE i < 2100) INSERT INTO cases (dnr_series, dnr_year, dnr_number, title, "
		"registered) SELECT 'UBN', 2023, i, 'Yttrande från förvaltningen ' || i, "
		"'2023-01-02' FROM n; COMMIT");
	exec_ok(db->h, ADD(1, "Förvaltningarna samverkar")); /* sorts before it */
	exec_ok(db->h, ADD(2, "Förvaltningens budget"));     /* and after it */
	exec_ok(db->h, ADD(3, "Skolskjuts"));
	assert_int_equal(hits(db, "förvaltning"), 2102);
	assert_int_equal(hits(db, "forvaltningen"), 2101);
	assert_int_equal(hits(db, "förvaltningens"), 1);
	/* The search noted the common word: the next one reads around it. */
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db->h, "SELECT count(*) FROM search_common WHERE "
					    "term = 'forvaltningen'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	assert_int_equal(hits(db, "förvaltning"), 2102);
	assert_int_equal(hits(db, "förvaltningen"), 2101);
	assert_int_equal(listed(db, "förvaltning"), 2102);
	assert_int_equal(listed(db, "förvaltningarna"), 1);
	/* Another program writes a new word right after the common one
	 * while a session pages through the same filter and search. */
	assert_int_equal(listed(db, "förvaltning"), 2102);
	other_program(ADD(4, "Förvaltningenshuset"));
	assert_int_equal(listed(db, "förvaltning"), 2103);
	assert_int_equal(hits(db, "förvaltning"), 2103);
	assert_int_equal(hits(db, "förvaltningen"), 2102);
	/* And this connection itself. */
	exec_ok(db->h, ADD(5, "Förvaltningenssal"));
	assert_int_equal(hits(db, "förvaltningen"), 2103);
	assert_int_equal(listed(db, "förvaltningen"), 2103);
	db_close(db);
}

static void test_next_page_sees_changes(void **state)
{
	struct nd_db *db = NULL;
	(void)state;
	assert_int_equal(db_open(path, DB_CREATE, &db), ND_OK);
	exec_ok(db->h, ADD(1, "Yttrande från förvaltningen"));
	assert_int_equal(hits(db, "förvaltning"), 1);
	assert_int_equal(listed(db, "förvaltning"), 1);
	/* Another program registers one; the same search again finds it. */
	other_program(ADD(2, "Förvaltningens budget"));
	assert_int_equal(hits(db, "förvaltning"), 2);
	assert_int_equal(listed(db, "förvaltning"), 2);
	/* This connection's own write, then another program's change of title. */
	exec_ok(db->h, ADD(3, "Förvaltningarna"));
	assert_int_equal(hits(db, "förvaltning"), 3);
	assert_int_equal(listed(db, "förvaltning"), 3);
	other_program("UPDATE cases SET title = 'Skolskjuts' WHERE dnr_number = 1 AND "
		      "dnr_year = 2024");
	assert_int_equal(hits(db, "förvaltning"), 2);
	assert_int_equal(listed(db, "förvaltning"), 2);
	db_close(db);
}

int main(void)
{
	unsetenv("NAMND_SQL_LOG"); /* the tests' own SQL is not namnd's */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rare_words_beside_a_common_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_next_page_sees_changes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
